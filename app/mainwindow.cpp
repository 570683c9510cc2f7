// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "inspectorpane.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "sourcepane.h"
#include "store/store.h"
#include "timeline/timelineview.h"
#include "timelinearea.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace tickerline {

namespace {

constexpr int kLayoutVersion = 1;

QSettings settings() { return QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")); }

const QList<EventKind> &allKinds()
{
    static const QList<EventKind> kinds{EventKind::Statement, EventKind::Release, EventKind::Market, EventKind::Policy,
                                        EventKind::Deal,      EventKind::Report,  EventKind::Other};
    return kinds;
}

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent) : QMainWindow(parent), m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tickerline — %1").arg(QFileInfo(store.path()).fileName()));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setDockNestingEnabled(true);

    m_selection = new EventSelection(this);
    m_eventModel = new EventTableModel(this);
    m_eventFilter = new EventFilterProxyModel(this);
    m_eventFilter->setSourceModel(m_eventModel);

    buildEventsArea();
    buildSourceDock();
    buildToolBar();
    buildMenus();
    buildInspectorDock();
    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_selection, &EventSelection::currentEventChanged, this, &MainWindow::followCurrentEvent);
    connect(m_eventFilter, &EventFilterProxyModel::filterChanged, this, &MainWindow::updateStatus);

    // Room for the docks to come: most of the screen, on a first start without a saved layout.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(qBound(960, available.width() * 17 / 20, 1800), qBound(640, available.height() * 17 / 20, 1200));
    resizeDocks({m_sourceDock}, {width() * 2 / 5}, Qt::Horizontal);
    reload();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildEventsArea()
{
    m_eventsView = new QTableView(this);
    m_eventsView->setObjectName(QStringLiteral("eventsTable"));

    // Connected before the view's selection model exists, so these run before it reacts: when a
    // filter removes the current row, the selection model moves to a neighbour, and that move
    // must not change the selected event.
    auto holdSelection = [this] { m_syncingTable = true; };
    auto resumeSelection = [this] {
        m_syncingTable = false;
        selectEventRow(m_selection->currentEvent());
    };
    connect(m_eventFilter, &QAbstractItemModel::rowsAboutToBeRemoved, this, holdSelection);
    connect(m_eventFilter, &QAbstractItemModel::layoutAboutToBeChanged, this, holdSelection);
    connect(m_eventFilter, &QAbstractItemModel::modelAboutToBeReset, this, holdSelection);

    m_eventsView->setModel(m_eventFilter);

    connect(m_eventFilter, &QAbstractItemModel::rowsRemoved, this, resumeSelection);
    connect(m_eventFilter, &QAbstractItemModel::rowsInserted, this, resumeSelection);
    connect(m_eventFilter, &QAbstractItemModel::layoutChanged, this, resumeSelection);
    connect(m_eventFilter, &QAbstractItemModel::modelReset, this, resumeSelection);

    m_eventsView->setSortingEnabled(true);
    m_eventsView->sortByColumn(EventTableModel::TimeColumn, Qt::AscendingOrder);
    m_eventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventsView->setAlternatingRowColors(true);
    m_eventsView->setWordWrap(false);
    m_eventsView->verticalHeader()->hide();
    m_eventsView->verticalHeader()->setDefaultSectionSize(m_eventsView->fontMetrics().height() + 8);

    QHeaderView *header = m_eventsView->horizontalHeader();
    const QFontMetrics metrics = m_eventsView->fontMetrics();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(EventTableModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("~2025-01-26 – 2025-01-27 ")) + 24);
    header->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(EventTableModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("Statement")) + 28);
    header->resizeSection(EventTableModel::ActorsColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 18);
    header->resizeSection(EventTableModel::SymbolsColumn, metrics.horizontalAdvance(QStringLiteral("NVDA, AVGO")) + 12);
    header->resizeSection(EventTableModel::QuotesColumn, metrics.horizontalAdvance(tr("Quotes")) + 24);
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Title")) + 24);

    // Selection, not the current index: a view that gains focus makes its first row current
    // without selecting it, and that must not pick an event for the user.
    connect(m_eventsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_syncingTable)
            return;
        const QModelIndexList rows = m_eventsView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_selection->setCurrentEvent(rows.constFirst().data(EventTableModel::UidRole).toString());
    });

    m_noEvents = new QLabel(this);
    m_noEvents->setObjectName(QStringLiteral("noEventsLabel"));
    m_noEvents->setTextFormat(Qt::RichText);
    m_noEvents->setText(tr("No events yet — import a Tickerline JSON file with <code>tickerline import FILE</code>"));
    m_noEvents->setAlignment(Qt::AlignCenter);
    m_noEvents->setWordWrap(true);
    m_noEvents->setMargin(24);

    m_eventsArea = new QStackedWidget(this);
    m_eventsArea->setObjectName(QStringLiteral("eventsArea"));
    m_eventsArea->addWidget(m_noEvents);
    m_eventsArea->addWidget(m_eventsView);

    m_centralSplitter = new QSplitter(Qt::Vertical, this);
    m_centralSplitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter->setChildrenCollapsible(false);
    m_centralSplitter->addWidget(m_eventsArea);
    setCentralWidget(m_centralSplitter);

    // The timeline is the central view; the table below it lists the same filtered events.
    m_timelineArea = new TimelineArea(m_selection, m_eventFilter, this);
    m_centralSplitter->insertWidget(0, m_timelineArea);
    m_centralSplitter->setStretchFactor(0, 3);
    m_centralSplitter->setStretchFactor(1, 2);
    connect(m_timelineArea, &TimelineArea::displayZoneChanged, this,
            [this](const QTimeZone &zone) { m_eventModel->setDisplayZone(zone.isValid() ? zone : QTimeZone::utc()); });
    connect(m_timelineArea, &TimelineArea::eventActivated, this, [this](const QString &uid) {
        m_selection->setCurrentEvent(uid);
        m_sourceDock->show();
        m_sourceDock->raise();
        if (SourcePane *pane = currentSourcePane())
            pane->setFocus();
    });
}

void MainWindow::buildInspectorDock()
{
    m_inspector = new InspectorPane(m_store, m_selection, this);
    m_inspectorDock = addDockView(tr("Inspector"), m_inspector, Qt::RightDockWidgetArea);
    splitDockWidget(m_sourceDock, m_inspectorDock, Qt::Vertical);
    connect(m_inspector, &InspectorPane::quoteActivated, this, &MainWindow::showQuote);
}

void MainWindow::showQuote(const QString &quoteUid)
{
    const auto quote = std::find_if(m_allQuotes.cbegin(), m_allQuotes.cend(),
                                    [&](const Quote &q) { return q.uid == quoteUid; });
    if (quote == m_allQuotes.cend())
        return;
    if (!quote->event.isEmpty())
        m_selection->setCurrentEvent(quote->event);
    for (int i = 0; i < m_sourceTabs->count(); ++i) {
        auto *pane = qobject_cast<SourcePane *>(m_sourceTabs->widget(i));
        if (pane && pane->sourceUid() == quote->source) {
            m_sourceTabs->setCurrentIndex(i);
            m_sourceDock->show();
            m_sourceDock->raise();
            pane->showQuote(quoteUid);
        }
    }
}

void MainWindow::buildSourceDock()
{
    m_noSource = new QLabel(tr("Select an event to read its source"), this);
    m_noSource->setObjectName(QStringLiteral("noSourceLabel"));
    m_noSource->setAlignment(Qt::AlignCenter);
    m_noSource->setWordWrap(true);
    m_noSource->setMargin(24);
    m_noSource->setForegroundRole(QPalette::PlaceholderText);

    m_sourceTabs = new QTabWidget(this);
    m_sourceTabs->setObjectName(QStringLiteral("sourceTabs"));
    m_sourceTabs->setDocumentMode(true);
    m_sourceTabs->setUsesScrollButtons(true);
    m_sourceTabs->setElideMode(Qt::ElideRight);

    m_sourceArea = new QStackedWidget(this);
    m_sourceArea->setObjectName(QStringLiteral("sourceView"));
    m_sourceArea->addWidget(m_noSource);
    m_sourceArea->addWidget(m_sourceTabs);
    m_sourceArea->setMinimumWidth(280);

    m_sourceDock = addDockView(tr("Source"), m_sourceArea, Qt::RightDockWidgetArea);
}

QDockWidget *MainWindow::addDockView(const QString &title, QWidget *view, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    const QString name = view->objectName().isEmpty() ? title : view->objectName();
    dock->setObjectName(name + QStringLiteral("Dock"));
    dock->setWidget(view);
    addDockWidget(area, dock);
    restoreDockWidget(dock); // a no-op before restoreState, and the saved place after it
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Filters"));
    m_toolBar->setObjectName(QStringLiteral("filterToolBar"));
    m_toolBar->setMovable(true);

    auto *kindMenu = new QMenu(this);
    QAction *all = kindMenu->addAction(tr("Show all kinds"));
    all->setObjectName(QStringLiteral("kindFilterAll"));
    connect(all, &QAction::triggered, this, [this] {
        for (QAction *action : std::as_const(m_kindActions))
            action->setChecked(true);
    });
    kindMenu->addSeparator();
    for (EventKind kind : allKinds()) {
        QAction *action = kindMenu->addAction(EventTableModel::kindLabel(kind));
        action->setObjectName(QStringLiteral("kindFilter_") + toString(kind));
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, kind](bool on) { setKindVisible(kind, on); });
        m_kindActions << action;
    }

    m_kindButton = new QToolButton(this);
    m_kindButton->setObjectName(QStringLiteral("kindFilterButton"));
    m_kindButton->setMenu(kindMenu);
    m_kindButton->setPopupMode(QToolButton::InstantPopup);
    m_kindButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_kindButton->setToolTip(tr("Show only some kinds of event"));
    m_toolBar->addWidget(m_kindButton);
    updateKindButton();

    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setPlaceholderText(tr("Filter events by title, actor or symbol…"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setMaximumWidth(360);
    m_textFilter->setMinimumWidth(220);
    connect(m_textFilter, &QLineEdit::textChanged, m_eventFilter, &EventFilterProxyModel::setText);
    m_toolBar->addWidget(m_textFilter);
}

void MainWindow::setKindVisible(EventKind kind, bool visible)
{
    m_eventFilter->setKindVisible(kind, visible);
    updateKindButton();
}

void MainWindow::updateKindButton()
{
    const qsizetype shown = m_eventFilter->visibleKinds().size();
    if (m_eventFilter->allKindsVisible())
        m_kindButton->setText(tr("All kinds"));
    else if (shown == 1)
        m_kindButton->setText(EventTableModel::kindLabel(m_eventFilter->visibleKinds().constFirst()));
    else
        m_kindButton->setText(tr("%1 of %2 kinds").arg(shown).arg(allKinds().size()));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sourceDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tickerline"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tickerline"),
                       tr("<h3>Tickerline %1</h3>"
                          "<p>Events, prices and sources of technology-market episodes: a timeline of what "
                          "happened, the market's reaction beside it, and the exact words that document it.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::reload()
{
    m_actorNames.clear();
    for (const Actor &actor : m_store.actors())
        m_actorNames.insert(actor.uid, actor.name);

    const QList<Quote> quotes = m_store.quotes();
    m_allQuotes = quotes;
    m_quotesOfEvent.clear();
    QHash<QString, int> quoteCounts;
    for (const Quote &quote : quotes) {
        if (quote.event.isEmpty())
            continue;
        m_quotesOfEvent[quote.event] << quote;
        ++quoteCounts[quote.event];
    }
    m_quoteCount = quotes.size();
    m_sources.clear();
    m_quotesOfSource.clear();
    {
        // Counting, not loading: source texts are read when an event needs them.
        Statement count(m_store.database(), "SELECT count(*) FROM sources");
        m_sourceCount = count.step() ? count.int64(0) : 0;
    }

    const QList<Event> events = m_store.events();
    m_eventTitles.clear();
    for (const Event &event : events)
        m_eventTitles.insert(event.uid, event.title);
    m_eventModel->setEvents(events, m_actorNames, quoteCounts);
    QHash<QString, QString> firstQuotes;
    for (auto it = m_quotesOfEvent.cbegin(); it != m_quotesOfEvent.cend(); ++it)
        firstQuotes.insert(it.key(), it.value().constFirst().exact);
    m_timelineArea->setData(events, m_store.eras(), m_actorNames, firstQuotes);
    m_eventsArea->setCurrentWidget(events.isEmpty() ? static_cast<QWidget *>(m_noEvents) : m_eventsView);

    const QString current = m_selection->currentEvent();
    if (!current.isEmpty() && !m_eventTitles.contains(current))
        m_selection->setCurrentEvent({});
    else
        followCurrentEvent(current);
    updateStatus();
    emit reloaded();
}

void MainWindow::updateStatus()
{
    // Spelled out rather than "%n event(s)": the English text is shown without a translation.
    const qsizetype total = m_eventModel->rowCount();
    const qsizetype shown = m_eventFilter->rowCount();
    QString events;
    if (shown != total)
        events = tr("%1 of %2 events shown").arg(shown).arg(total);
    else
        events = total == 1 ? tr("1 event") : tr("%1 events").arg(total);
    const QString sources = m_sourceCount == 1 ? tr("1 source") : tr("%1 sources").arg(m_sourceCount);
    const QString quotes = m_quoteCount == 1 ? tr("1 quote") : tr("%1 quotes").arg(m_quoteCount);
    m_statusCounts->setText(QStringList{events, sources, quotes}.join(QStringLiteral(" · ")));
}

void MainWindow::followCurrentEvent(const QString &uid)
{
    selectEventRow(uid);
    showSourcesOf(uid);
}

void MainWindow::selectEventRow(const QString &uid)
{
    if (m_syncingTable)
        return;
    const int row = m_eventModel->rowOfEvent(uid);
    const QModelIndex index = row < 0 ? QModelIndex() : m_eventFilter->mapFromSource(m_eventModel->index(row, 0));
    QItemSelectionModel *selectionModel = m_eventsView->selectionModel();
    if (index.isValid() && selectionModel->currentIndex().row() == index.row()
        && selectionModel->isRowSelected(index.row()))
        return;
    m_syncingTable = true;
    if (index.isValid()) {
        selectionModel->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_eventsView->scrollTo(index);
    } else {
        // Hidden by a filter or nothing selected: no row stands for it.
        selectionModel->clear();
    }
    m_syncingTable = false;
}

const Source &MainWindow::cachedSource(const QString &uid)
{
    auto found = m_sources.find(uid);
    if (found == m_sources.end())
        found = m_sources.insert(uid, m_store.source(uid).value_or(Source{}));
    return *found;
}

const QList<Quote> &MainWindow::cachedQuotesOfSource(const QString &uid)
{
    auto found = m_quotesOfSource.find(uid);
    if (found == m_quotesOfSource.end())
        found = m_quotesOfSource.insert(uid, m_store.quotesOfSource(uid));
    return *found;
}

SourcePane *MainWindow::currentSourcePane() const
{
    return m_sourceArea->currentWidget() == m_sourceTabs ? qobject_cast<SourcePane *>(m_sourceTabs->currentWidget())
                                                         : nullptr;
}

void MainWindow::showSourcesOf(const QString &uid)
{
    QStringList wanted; // sources of the event's quotes, in the order of its quotes
    for (const Quote &quote : m_quotesOfEvent.value(uid)) {
        if (!wanted.contains(quote.source))
            wanted << quote.source;
    }
    if (wanted.isEmpty()) {
        m_noSource->setText(uid.isEmpty() ? tr("Select an event to read its source")
                                          : tr("No source quotes this event yet"));
        m_sourceArea->setCurrentWidget(m_noSource);
        return;
    }

    QHash<QString, SourcePane *> existing;
    for (int i = 0; i < m_sourceTabs->count(); ++i) {
        if (auto *pane = qobject_cast<SourcePane *>(m_sourceTabs->widget(i)))
            existing.insert(pane->sourceUid(), pane);
    }
    // After a click on a highlight, reading on in that pane beats jumping to another tab.
    const QString keep = wanted.contains(m_activatedSource) ? m_activatedSource : wanted.first();

    const SourcePane::Names names{m_actorNames, m_eventTitles};
    QList<SourcePane *> panes;
    for (const QString &sourceUid : std::as_const(wanted)) {
        SourcePane *pane = existing.take(sourceUid);
        if (!pane) {
            pane = new SourcePane(m_sourceTabs);
            pane->setObjectName(QStringLiteral("sourcePane_") + sourceUid);
            pane->setSource(cachedSource(sourceUid), cachedQuotesOfSource(sourceUid), names);
            connect(pane, &SourcePane::eventActivated, this, [this, pane](const QString &eventUid) {
                m_activatedSource = pane->sourceUid();
                m_selection->setCurrentEvent(eventUid);
                m_activatedSource.clear();
            });
        }
        panes << pane;
    }

    const QSignalBlocker blocker(m_sourceTabs);
    while (m_sourceTabs->count())
        m_sourceTabs->removeTab(0);
    for (SourcePane *stale : std::as_const(existing))
        stale->deleteLater();
    for (SourcePane *pane : std::as_const(panes)) {
        const Source &source = cachedSource(pane->sourceUid());
        const int tab = m_sourceTabs->addTab(pane, source.outlet.isEmpty() ? source.title : source.outlet);
        m_sourceTabs->setTabToolTip(tab, source.title);
        if (pane->sourceUid() == keep)
            m_sourceTabs->setCurrentIndex(tab);
    }
    m_sourceArea->setCurrentWidget(m_sourceTabs);
    for (SourcePane *pane : std::as_const(panes))
        pane->showQuote(uid);
}

void MainWindow::saveSettings() const
{
    QSettings store = settings();
    store.beginGroup(QStringLiteral("MainWindow"));
    store.setValue(QStringLiteral("geometry"), saveGeometry());
    store.setValue(QStringLiteral("state"), saveState(kLayoutVersion));
    store.setValue(QStringLiteral("centralSplitter"), m_centralSplitter->saveState());
    store.setValue(QStringLiteral("eventsHeader"), m_eventsView->horizontalHeader()->saveState());
    store.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings store = settings();
    store.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(store.value(QStringLiteral("geometry")).toByteArray());
    restoreState(store.value(QStringLiteral("state")).toByteArray(), kLayoutVersion);
    m_centralSplitter->restoreState(store.value(QStringLiteral("centralSplitter")).toByteArray());
    m_eventsView->horizontalHeader()->restoreState(store.value(QStringLiteral("eventsHeader")).toByteArray());
    store.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace tickerline
