// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace tickerline {

namespace {

constexpr int kMaxOffset = 250; // about a year of sessions either side

QString suffixOf(BriefFormat format)
{
    return format == BriefFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("html");
}

} // namespace

BriefDialog::BriefDialog(const QString &eventTitle, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_symbols(new QLineEdit(this))
    , m_benchmark(new QLineEdit(this))
    , m_first(new QSpinBox(this))
    , m_last(new QSpinBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("briefDialog"));
    setWindowTitle(tr("Export Brief"));
    auto *form = new QFormLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(eventTitle.toHtmlEscaped()), this);
    title->setWordWrap(true);
    form->addRow(tr("Event:"), title);

    m_symbols->setObjectName(QStringLiteral("briefSymbols"));
    m_symbols->setPlaceholderText(tr("the event's symbols (or those of the events it links to)"));
    m_symbols->setToolTip(tr("Comma-separated tickers, e.g. NVDA, AVGO"));
    form->addRow(tr("&Symbols:"), m_symbols);
    m_benchmark->setObjectName(QStringLiteral("briefBenchmark"));
    m_benchmark->setPlaceholderText(tr("SPY, else ^GSPC"));
    form->addRow(tr("&Benchmark:"), m_benchmark);

    for (QSpinBox *box : {m_first, m_last}) {
        box->setRange(-kMaxOffset, kMaxOffset);
        box->setPrefix(QStringLiteral("T"));
    }
    m_first->setObjectName(QStringLiteral("briefFirstOffset"));
    m_last->setObjectName(QStringLiteral("briefLastOffset"));
    m_first->setValue(-1);
    m_last->setValue(5);
    auto *window = new QHBoxLayout;
    window->addWidget(m_first);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_last);
    window->addWidget(new QLabel(tr("sessions"), this));
    window->addStretch();
    auto *windowLabel = new QLabel(tr("Study &window:"), this);
    windowLabel->setBuddy(m_first);
    form->addRow(windowLabel, window);

    m_format->setObjectName(QStringLiteral("briefFormat"));
    m_format->addItem(tr("PDF document"), int(BriefFormat::Pdf));
    m_format->addItem(tr("HTML page (self-contained)"), int(BriefFormat::Html));
    form->addRow(tr("&Format:"), m_format);

    m_path->setObjectName(QStringLiteral("briefPath"));
    m_path->setText(suggestedPath);
    if (briefFormatForPath(suggestedPath) == BriefFormat::Html)
        m_format->setCurrentIndex(1);
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setAutoDefault(false); // Enter accepts the dialog, not the file chooser
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(choose);
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);

    m_problem->setObjectName(QStringLiteral("briefProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: palette(dark)"));
    form->addRow(m_problem);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &BriefDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &BriefDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &BriefDialog::validate);
    connect(m_first, &QSpinBox::valueChanged, this, &BriefDialog::validate);
    connect(m_last, &QSpinBox::valueChanged, this, &BriefDialog::validate);
    validate();
    m_symbols->setFocus();
}

EventBriefOptions BriefDialog::options() const
{
    EventBriefOptions options;
    for (const QString &symbol : m_symbols->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!symbol.trimmed().isEmpty())
            options.symbols << symbol.trimmed();
    }
    options.benchmark = m_benchmark->text().trimmed();
    options.firstOffset = m_first->value();
    options.lastOffset = m_last->value();
    return options;
}

QString BriefDialog::path() const
{
    return m_path->text().trimmed();
}

BriefFormat BriefDialog::format() const
{
    return BriefFormat(m_format->currentData().toInt());
}

void BriefDialog::chooseFile()
{
    const QString filter = format() == BriefFormat::Pdf ? tr("PDF documents (*.pdf)") : tr("HTML pages (*.html *.htm)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Brief"), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

// The file follows the format: report.pdf becomes report.html.
void BriefDialog::formatChanged()
{
    const QString current = path();
    const auto pathFormat = briefFormatForPath(current);
    if (current.isEmpty() || pathFormat == format())
        return;
    const QFileInfo info(current);
    const QString base = pathFormat ? current.left(current.size() - info.suffix().size() - 1) : current;
    m_path->setText(base + QLatin1Char('.') + suffixOf(format()));
}

void BriefDialog::validate()
{
    QString problem;
    const auto pathFormat = briefFormatForPath(path());
    if (path().isEmpty())
        problem = tr("Choose a file to write.");
    else if (!pathFormat)
        problem = tr("The file must end in .pdf or .html.");
    else if (m_first->value() > m_last->value())
        problem = tr("The window ends before it starts.");
    if (pathFormat && *pathFormat != format())
        m_format->setCurrentIndex(*pathFormat == BriefFormat::Pdf ? 0 : 1);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace tickerline
