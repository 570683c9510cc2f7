// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include "widgets/emptystatelabel.h"

#include "chartexporter.h"
#include "chartfactory.h"
#include "chartinput.h"
#include "dialogs/backgroundtask.h"
#include "error.h"
#include "exportdialog.h"
#include "models/eventselection.h"
#include "pricechart.h"
#include "pngencoder.h"
#include "pricechartview.h"
#include "sharecountsdialog.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace tickerline {

namespace {

constexpr int kDefaultSymbols = 2;

} // namespace

ChartPanel::ChartPanel(Store &store, EventSelection *selection, QWidget *parent)
    : QWidget(parent), m_store(store), m_selection(selection), m_kind(new QComboBox), m_symbolsButton(new QToolButton),
      m_symbolMenu(new QMenu(this)), m_events(new QCheckBox(tr("Events"))), m_value(new QCheckBox(tr("Market value"))),
      m_shares(new QPushButton(tr("Share counts…"))),
      m_export(new QPushButton(tr("Export…"))), m_copy(new QPushButton(tr("Copy"))), m_view(new PriceChartView),
      m_problem(new EmptyStateLabel), m_exportTask(new BackgroundTask(this))
{
    for (ChartKind kind : {ChartKind::Price, ChartKind::Candles, ChartKind::Compare, ChartKind::Impact,
                           ChartKind::Density}) {
        static const char *const names[] = {QT_TR_NOOP("Price"), QT_TR_NOOP("Candlesticks"),
                                            QT_TR_NOOP("Comparison"), QT_TR_NOOP("Impact"),
                                            QT_TR_NOOP("Event density")};
        m_kind->addItem(tr(names[int(kind)]), int(kind));
    }
    m_kind->setAccessibleName(tr("Chart kind"));
    m_symbolsButton->setText(tr("Symbols"));
    m_symbolsButton->setMenu(m_symbolMenu);
    m_symbolsButton->setPopupMode(QToolButton::InstantPopup);
    m_events->setChecked(true);
    m_value->setToolTip(tr("Impact in market value (shares × change of the close) rather than in %; comparison "
                           "as an index of 100 rather than in %"));
    m_problem->hide();
    // Below this a chart's title, legend, axis names and notes leave its plot no room: the dock
    // keeps at least this much (its titles wrap, never elide, at any size above it).
    m_view->setMinimumSize(480, 250);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_symbolsButton);
    bar->addWidget(m_events);
    bar->addWidget(m_value);
    bar->addWidget(m_shares);
    bar->addStretch(1);
    bar->addWidget(m_export);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_events, &QCheckBox::toggled, this, &ChartPanel::rebuild);
    connect(m_value, &QCheckBox::toggled, this, &ChartPanel::rebuild);
    connect(m_export, &QPushButton::clicked, this, &ChartPanel::exportWithDialog);
    connect(m_copy, &QPushButton::clicked, this, &ChartPanel::copyToClipboard);
    m_copy->setToolTip(tr("Copy the chart to the clipboard as an image (%1)")
                           .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, this, this, &ChartPanel::copyToClipboard);
    copyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_shares, &QPushButton::clicked, this, &ChartPanel::editShareCounts);
    m_shares->setToolTip(tr("Shares outstanding of each symbol, behind the impact chart's market values"));
    m_shares->setEnabled(!store.isReadOnly()); // the counts are stored in the database
    connect(m_view, &PriceChartView::visibleRangeRequested, m_selection, &EventSelection::setVisibleRange);
    connect(m_selection, &EventSelection::visibleRangeChanged, this, [this](std::int64_t from, std::int64_t to) {
        if (PriceChart *price = m_view->priceChart())
            price->setRange(from, to);
    });
    connect(m_selection, &EventSelection::currentEventChanged, this, [this](const QString &uid) {
        const ChartKind kind = request().kind;
        if (kind == ChartKind::Compare || kind == ChartKind::Impact)
            rebuild();
        else if (PriceChart *price = m_view->priceChart())
            price->setSelectedEvent(uid);
    });
    reload();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::reload()
{
    fillSymbolMenu();
    rebuild();
}

void ChartPanel::fillSymbolMenu()
{
    m_symbolMenu->clear();
    const QList<Symbol> symbols = m_store.symbols();
    QStringList known;
    for (const Symbol &symbol : symbols)
        known << symbol.ticker;
    QStringList kept;
    for (const QString &symbol : m_symbols) {
        if (known.contains(symbol))
            kept << symbol;
    }
    m_symbols = kept;
    if (m_symbols.isEmpty())
        m_symbols = known.mid(0, kDefaultSymbols);
    for (const Symbol &symbol : symbols) {
        QString label = symbol.name.isEmpty() || symbol.name == symbol.ticker
                            ? symbol.ticker
                            : QStringLiteral("%1 — %2").arg(symbol.ticker, symbol.name);
        label.replace(QLatin1Char('&'), QStringLiteral("&&")); // "S&P 500": not an accelerator
        QAction *action = m_symbolMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_symbols.contains(symbol.ticker));
        action->setData(symbol.ticker);
        connect(action, &QAction::toggled, this, [this, toggled = symbol.ticker](bool on) {
            if (on && !m_symbols.contains(toggled))
                m_symbols << toggled;
            else if (!on)
                m_symbols.removeAll(toggled);
            rebuild();
        });
    }
}

void ChartPanel::editShareCounts()
{
    ShareCountsDialog dialog(m_store, this);
    if (dialog.exec() == QDialog::Accepted)
        rebuild();
}

ChartRequest ChartPanel::request() const
{
    ChartRequest request;
    request.kind = ChartKind(m_kind->currentData().toInt());
    request.symbols = m_symbols;
    request.showEvents = m_events->isChecked();
    request.percent = !m_value->isChecked();
    request.eventUid = m_selection->currentEvent();
    if (request.kind != ChartKind::Compare && request.kind != ChartKind::Impact && m_selection->hasVisibleRange()) {
        request.fromMs = m_selection->visibleFromMs();
        request.toMs = m_selection->visibleToMs();
    }
    if (request.kind == ChartKind::Impact)
        request.symbols.clear(); // every company with a share count (value) or every stock (%)
    return request;
}

void ChartPanel::setKind(ChartKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ChartPanel::setSymbols(const QStringList &symbols)
{
    m_symbols = symbols;
    const QSignalBlocker blocker(m_symbolMenu);
    for (QAction *action : m_symbolMenu->actions()) {
        const QSignalBlocker actionBlocker(action);
        action->setChecked(m_symbols.contains(action->data().toString()));
    }
    rebuild();
}

TickerChart *ChartPanel::chart() const
{
    return qobject_cast<TickerChart *>(m_view->chart());
}

QString ChartPanel::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

std::unique_ptr<TickerChart> ChartPanel::buildChart(ColourTheme theme) const
{
    ChartRequest request = this->request();
    request.theme = theme;
    if (request.kind == ChartKind::Impact && request.eventUid.isEmpty())
        throw Error(tr("Select an event to see each symbol's move on its first session."));
    if (request.kind == ChartKind::Compare && request.symbols.isEmpty())
        throw Error(tr("Choose symbols to compare."));
    if (PriceChart *price = m_view->priceChart(); price && (request.kind == ChartKind::Price
                                                            || request.kind == ChartKind::Candles)) {
        request.fromMs = price->fromMs();
        request.toMs = price->toMs();
    }
    return makeChart(loadChartInput(m_store, request), request);
}

void ChartPanel::rebuild()
{
    const bool compareOrImpact = request().kind == ChartKind::Compare || request().kind == ChartKind::Impact;
    m_value->setEnabled(compareOrImpact);
    m_symbolsButton->setEnabled(request().kind != ChartKind::Impact && request().kind != ChartKind::Density);
    QChart *old = m_view->chart();
    m_view->setPriceChart(nullptr);
    try {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        std::unique_ptr<TickerChart> chart = buildChart(dark ? ColourTheme::Dark : ColourTheme::Light);
        if (auto *price = qobject_cast<PriceChart *>(chart.get())) {
            m_view->setPriceChart(price);
            price->setSelectedEvent(m_selection->currentEvent());
            connect(price, &PriceChart::eventClicked, m_selection, &EventSelection::setCurrentEvent);
        }
        chart->setCaptionMayHide(true); // a short chart in the dock: in the view's tooltip
        m_view->setChart(chart.release());
        m_problem->hide();
        m_view->show();
        m_export->setEnabled(true);
        m_copy->setEnabled(true);
    } catch (const Error &error) {
        m_view->setChart(new QChart);
        m_problem->setText(error.message());
        m_problem->show();
        m_view->hide();
        m_export->setEnabled(false);
        m_copy->setEnabled(false);
    }
    delete old;
}

void ChartPanel::exportTo(const QString &path, const ExportOptions &options, ColourTheme theme)
{
    const std::unique_ptr<TickerChart> chart = buildChart(theme);
    ChartExporter(options).exportToFile(*chart, path);
}

void ChartPanel::exportWithDialog()
{
    ExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    exportWithProgress(path, dialog.options(), dialog.theme());
}

void ChartPanel::exportWithProgress(const QString &path, const ExportOptions &options, ColourTheme theme)
{
    const auto fail = [this](const QString &message, bool cancelled) {
        if (!cancelled)
            QMessageBox::warning(this, tr("Export chart"), message);
        emit exportFailed(message, cancelled);
    };
    try {
        const std::unique_ptr<TickerChart> chart = buildChart(theme);
        ChartExporter exporter(options);
        if (ChartExporter::formatForPath(path) != ExportFormat::Png) {
            exporter.exportToFile(*chart, path); // vector drawings: their cost does not grow with the size
            emit exported(path);
            return;
        }
        // Qt Charts paints on the GUI thread: in strips, with the events handled between them.
        QProgressDialog progress(tr("Drawing the chart…"), tr("Cancel"), 0, 1, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        const std::optional<QImage> image = exporter.renderImage(*chart, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done); // a modal dialog's setValue handles the events
            return !progress.wasCanceled();
        });
        if (!image) {
            fail(tr("Cancelled: nothing was written."), true);
            return;
        }
        const auto encodeAndWrite = [image = *image, dpi = options.dpi, texts = ChartExporter::pngTexts(*chart),
                                     path](const std::atomic_bool &, const BackgroundTask::Progress &) {
            ChartExporter::writeFile(path, encodeChartPng(image, dpi, texts));
            return path;
        };
        m_exportTask->run(tr("Writing %1…").arg(QFileInfo(path).fileName()), encodeAndWrite,
                          [this](const QString &written) { emit exported(written); }, fail);
    } catch (const Error &error) {
        fail(error.message(), false);
    }
}

void ChartPanel::copyToClipboard()
{
    if (!m_copy->isEnabled()) {
        emit message(tr("No chart to copy: %1").arg(problem()));
        return;
    }
    try {
        const std::unique_ptr<TickerChart> chart = buildChart(ColourTheme::Light);
        const qreal ratio = devicePixelRatioF();
        const QSize copied =
            ChartExporter({(m_view->size() * ratio).expandedTo(QSize(640, 360)), qRound(96 * ratio), true})
                .copyToClipboard(*chart);
        //: The size of the image copied, in pixels: "1200 × 700 px".
        emit message(tr("Copied the chart to the clipboard (%1 × %2 px)").arg(copied.width()).arg(copied.height()));
    } catch (const Error &error) {
        emit message(tr("Could not copy the chart: %1").arg(error.message()));
    }
}

} // namespace tickerline
