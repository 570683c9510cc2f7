// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharecountsdialog.h"

#include "error.h"
#include "store/store.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tickerline {

namespace {

// A bad cell: the message and where to put the cursor.
struct CellProblem
{
    QString message;
    int row = 0;
    int column = 0;
};

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString sharesText(const std::optional<std::int64_t> &shares)
{
    return shares ? QLocale().toString(qlonglong(*shares)) : QString();
}

// "24,490,000,000", "24 490 000 000", "24490000000" (and the locale's own separators).
std::optional<std::int64_t> parseShares(QString text, bool *ok)
{
    *ok = true;
    static const QRegularExpression separators(QStringLiteral("[\\s,'_\\x{00A0}\\x{202F}]"));
    text.remove(separators).remove(QLocale().groupSeparator());
    if (text.isEmpty())
        return std::nullopt;
    const qlonglong value = text.toLongLong(ok);
    *ok = *ok && value > 0;
    return value;
}

} // namespace

ShareCountsDialog::ShareCountsDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_symbols(store.symbols()), m_table(new QTableWidget(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Share counts"));
    auto *intro = new QLabel(tr("Shares outstanding turn a session's move into market value in the impact chart. "
                                "Leave a count empty when it is not known."));
    intro->setWordWrap(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Symbol"), tr("Name"), tr("Shares outstanding"), tr("As of"), tr("Source")});
    m_table->setRowCount(int(m_symbols.size()));
    for (int row = 0; row < m_symbols.size(); ++row) {
        const Symbol &symbol = m_symbols[row];
        m_table->setItem(row, Ticker, readOnlyItem(symbol.ticker));
        m_table->setItem(row, Name, readOnlyItem(symbol.name));
        auto *shares = new QTableWidgetItem(sharesText(symbol.sharesOutstanding));
        shares->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Shares, shares);
        m_table->setItem(row, AsOf, new QTableWidgetItem(symbol.sharesAsOf));
        m_table->setItem(row, Source, new QTableWidgetItem(symbol.sharesSource));
        m_table->item(row, Source)->setToolTip(symbol.sharesSource);
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Name, std::min(m_table->columnWidth(Name), 240));
    m_table->setColumnWidth(Source, 320);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareCountsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 520);
}

QString ShareCountsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QList<Symbol> ShareCountsDialog::edited() const
{
    QList<Symbol> changed;
    for (int row = 0; row < m_symbols.size(); ++row) {
        Symbol symbol = m_symbols[row];
        const QString sharesCell = m_table->item(row, Shares)->text().trimmed();
        bool ok = false;
        symbol.sharesOutstanding = parseShares(sharesCell, &ok);
        if (!ok)
            throw CellProblem{tr("%1, shares outstanding: \"%2\" is not a positive whole number")
                                  .arg(symbol.ticker, sharesCell),
                              row, Shares};
        symbol.sharesAsOf = m_table->item(row, AsOf)->text().trimmed();
        if (!symbol.sharesAsOf.isEmpty() && !QDate::fromString(symbol.sharesAsOf, Qt::ISODate).isValid())
            throw CellProblem{tr("%1, as of: \"%2\" is not a date like 2025-01-27").arg(symbol.ticker, symbol.sharesAsOf),
                              row, AsOf};
        symbol.sharesSource = m_table->item(row, Source)->text().trimmed();
        if (symbol != m_symbols[row])
            changed << symbol;
    }
    return changed;
}

void ShareCountsDialog::accept()
{
    try {
        const QList<Symbol> changed = edited();
        if (!changed.isEmpty())
            m_store.updateShareCounts(changed);
    } catch (const CellProblem &problem) {
        m_problem->setText(problem.message);
        m_problem->show();
        m_table->setCurrentCell(problem.row, problem.column);
        m_table->setFocus();
        return;
    } catch (const Error &error) {
        m_problem->setText(error.message());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace tickerline
