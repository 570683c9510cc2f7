// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricecolumnsdialog.h"

#include "error.h"
#include "style/palette.h"
#include "time/isotime.h"
#include "time/localdates.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tickerline {

namespace {

constexpr int PriceColumnMapping::*kFieldMembers[] = {
    &PriceColumnMapping::date,  &PriceColumnMapping::open,     &PriceColumnMapping::high,  &PriceColumnMapping::low,
    &PriceColumnMapping::close, &PriceColumnMapping::adjClose, &PriceColumnMapping::volume};

QString fieldLabel(PriceColumnsDialog::Field field)
{
    switch (field) {
    case PriceColumnsDialog::Date:
        return PriceColumnsDialog::tr("&Date / time:");
    case PriceColumnsDialog::Open:
        return PriceColumnsDialog::tr("&Open:");
    case PriceColumnsDialog::High:
        return PriceColumnsDialog::tr("&High:");
    case PriceColumnsDialog::Low:
        return PriceColumnsDialog::tr("&Low:");
    case PriceColumnsDialog::Close:
        return PriceColumnsDialog::tr("Clos&e:");
    case PriceColumnsDialog::AdjClose:
        return PriceColumnsDialog::tr("&Adjusted close:");
    case PriceColumnsDialog::Volume:
        return PriceColumnsDialog::tr("&Volume:");
    case PriceColumnsDialog::FieldCount:
        break;
    }
    return {};
}

// The field's name inside a sentence ("the close").
QString fieldName(PriceColumnsDialog::Field field)
{
    switch (field) {
    case PriceColumnsDialog::Date:
        return PriceColumnsDialog::tr("date");
    case PriceColumnsDialog::Open:
        return PriceColumnsDialog::tr("open");
    case PriceColumnsDialog::High:
        return PriceColumnsDialog::tr("high");
    case PriceColumnsDialog::Low:
        return PriceColumnsDialog::tr("low");
    case PriceColumnsDialog::Close:
        return PriceColumnsDialog::tr("close");
    case PriceColumnsDialog::AdjClose:
        return PriceColumnsDialog::tr("adjusted close");
    case PriceColumnsDialog::Volume:
        return PriceColumnsDialog::tr("volume");
    case PriceColumnsDialog::FieldCount:
        break;
    }
    return {};
}

} // namespace

PriceColumnsDialog::PriceColumnsDialog(PriceFileQuestion question, QWidget *parent)
    : QDialog(parent)
    , m_question(std::move(question))
{
    setObjectName(QStringLiteral("priceColumnsDialog"));
    setWindowTitle(tr("Import prices"));
    const PriceCsvPreview &preview = m_question.preview();
    const QString fileName = QFileInfo(m_question.path()).fileName();

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("priceFileIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    if (m_question.needsColumns() && m_question.needsSymbol())
        intro->setText(tr("%1: Tickerline does not recognise the columns of this price file, and the file does not "
                          "say which symbol it holds. Choose the columns and name the symbol.")
                           .arg(fileName));
    else if (m_question.needsColumns())
        intro->setText(tr("%1: Tickerline does not recognise the columns of this price file. Choose which column "
                          "holds what.")
                           .arg(fileName));
    else
        intro->setText(tr("%1: the file does not say which symbol its prices are for. Name the symbol.").arg(fileName));

    m_preview = new QTableWidget(int(preview.rows.size()), int(preview.header.size()), this);
    m_preview->setObjectName(QStringLiteral("pricePreview"));
    m_preview->setHorizontalHeaderLabels(preview.header);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setFocusPolicy(Qt::NoFocus); // the form's fields come first; the table is to look at
    m_preview->setWordWrap(false);
    for (int row = 0; row < preview.rows.size(); ++row) {
        const QStringList &values = preview.rows[row];
        for (int column = 0; column < values.size() && column < preview.header.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(values[column]));
    }
    m_preview->resizeColumnsToContents();
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_preview->setMinimumHeight(fontMetrics().height() * 10);

    QStringList choices{tr("(none)")};
    for (int column = 0; column < preview.header.size(); ++column) {
        const QString name = preview.header[column].trimmed();
        choices << (name.isEmpty() ? tr("Column %1").arg(column + 1) : tr("%1 (column %2)").arg(name).arg(column + 1));
    }
    for (int field = 0; field < FieldCount; ++field) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("priceColumn%1").arg(field));
        box->addItems(choices);
        box->setCurrentIndex(preview.guessed.*kFieldMembers[field] + 1);
        connect(box, &QComboBox::currentIndexChanged, this, &PriceColumnsDialog::validate);
        m_columns[field] = box;
    }
    m_symbol = new QLineEdit(preview.symbol, this);
    m_symbol->setObjectName(QStringLiteral("priceSymbol"));
    m_symbol->setPlaceholderText(tr("e.g. NVDA"));
    connect(m_symbol, &QLineEdit::textChanged, this, &PriceColumnsDialog::validate);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("priceProblem"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMinimumHeight(fontMetrics().height() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The missing piece comes first, in the form and in the tab order.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    QList<QWidget *> order;
    const auto addSymbol = [&] {
        form->addRow(tr("&Symbol:"), m_symbol);
        order << m_symbol;
    };
    if (m_question.needsSymbol())
        addSymbol();
    for (int field = 0; field < FieldCount; ++field) {
        form->addRow(fieldLabel(Field(field)), m_columns[field]);
        order << m_columns[field];
    }
    if (!m_question.needsSymbol())
        addSymbol();
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setTabOrder(order.last(), m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    // The wrapped introduction needs its height for the width the dialog opens with.
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 90);
    resize(width, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());

    if (m_question.needsSymbol())
        m_symbol->setFocus();
    else
        m_columns[Date]->setFocus();
    validate();
}

PriceColumnMapping PriceColumnsDialog::mapping() const
{
    PriceColumnMapping mapping;
    for (int field = 0; field < FieldCount; ++field)
        mapping.*kFieldMembers[field] = m_columns[field]->currentIndex() - 1;
    return mapping;
}

std::optional<PriceColumnMapping> PriceColumnsDialog::chosenColumns() const
{
    // A recognised header whose columns the user left alone is read by its names, with the
    // quirks of its layout (Nasdaq.com's "$" and thousands separators).
    const PriceColumnMapping chosen = mapping();
    if (!m_question.needsColumns() && chosen == m_question.preview().guessed)
        return std::nullopt;
    return chosen;
}

QString PriceColumnsDialog::chosenSymbol() const
{
    const QString symbol = m_symbol->text().trimmed();
    return symbol == m_question.preview().symbol ? QString() : symbol;
}

PriceFileChoice PriceColumnsDialog::choice() const
{
    return {chosenSymbol(), chosenColumns()};
}

QString PriceColumnsDialog::mappingProblem() const
{
    const PriceColumnMapping chosen = mapping();
    if (chosen.date < 0)
        return tr("Choose the column that holds the date.");
    if (chosen.close < 0)
        return tr("Choose the column that holds the close.");
    for (int field = 0; field < FieldCount; ++field) {
        for (int other = field + 1; other < FieldCount; ++other) {
            const int column = chosen.*kFieldMembers[field];
            if (column >= 0 && column == chosen.*kFieldMembers[other])
                return tr("Column “%1” is chosen for both the %2 and the %3.")
                    .arg(m_question.preview().header.value(column), fieldName(Field(field)), fieldName(Field(other)));
        }
    }
    if (m_symbol->text().trimmed().isEmpty())
        return tr("Name the symbol (ticker) these prices are for.");
    return {};
}

// The parser's "FILE:LINE: column NAME: what is wrong", without the file the dialog already names.
QString PriceColumnsDialog::parserMessage(const QString &message) const
{
    QString rest = message;
    const QString prefix = m_question.path() + QLatin1Char(':');
    if (rest.startsWith(prefix))
        rest = rest.mid(prefix.size());
    static const QRegularExpression lineAndColumn(QStringLiteral(R"(^(\d+): column (.+?): (.*)$)"),
                                                  QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineOnly(QStringLiteral(R"(^(\d+): (.*)$)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    if (const auto match = lineAndColumn.match(rest); match.hasMatch())
        return tr("Line %1, column “%2”: %3").arg(match.captured(1), match.captured(2), match.captured(3));
    if (const auto match = lineOnly.match(rest); match.hasMatch())
        return tr("Line %1: %2").arg(match.captured(1), match.captured(2));
    return rest.trimmed();
}

void PriceColumnsDialog::validate()
{
    QString problem = mappingProblem();
    QString ready;
    if (problem.isEmpty()) {
        try {
            const PriceCsvResult read = m_question.check(chosenSymbol(), chosenColumns());
            const std::vector<Bar> &bars = read.series.bars;
            const QLocale locale;
            const QDate first = QDateTime::fromMSecsSinceEpoch(bars.front().tsMs, QTimeZone::utc()).date();
            ready = tr("Reads as prices of %1 from %2.")
                        .arg(read.series.symbol, locale.toString(first, localNumericDatePattern(locale)));
        } catch (const Error &error) {
            problem = parserMessage(error.message());
        }
    }
    // Which field each column of the preview now gives, under its name.
    const PriceColumnMapping chosen = mapping();
    for (int column = 0; column < m_preview->columnCount(); ++column) {
        QStringList fields;
        for (int field = 0; field < FieldCount; ++field) {
            if (chosen.*kFieldMembers[field] == column)
                fields << fieldName(Field(field));
        }
        const QString name = m_question.preview().header.value(column);
        m_preview->setHorizontalHeaderItem(
            column, new QTableWidgetItem(
                        fields.isEmpty() ? name : name + QStringLiteral("\n→ ") + fields.join(QStringLiteral(", "))));
    }
    m_preview->resizeColumnsToContents();

    m_problem = problem;
    QPalette palette = m_message->palette();
    const ColourTheme theme = palette::themeOf(palette);
    palette.setColor(QPalette::WindowText, problem.isEmpty() ? palette::fineText(theme) : palette::problemText(theme));
    m_message->setPalette(palette);
    m_message->setText(problem.isEmpty() ? ready : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace tickerline
