// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "application.h"
#include "charts/chartpanel.h"
#include "dialogs/briefexportcontroller.h"
#include "dialogs/eventdialog.h"
#include "dialogs/importexportcontroller.h"
#include "events/eventactions.h"
#include "events/eventstable.h"
#include "events/filterbar.h"
#include "inspector/inspectorpane.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "models/sourcelistmodel.h"
#include "search/searchfield.h"
#include "sources/sourcedeck.h"
#include "sources/sourceeditor.h"
#include "sources/sourcelistpanel.h"
#include "sources/sourcepane.h"
#include "sources/sourceview.h"
#include "store/eventedits.h"
#include "store/database.h"
#include "store/postgres/pgconnection.h"
#include "store/store.h"
#include "style/palettewatcher.h"
#include "style/themesetting.h"
#include "timeline/timelinearea.h"
#include "timeline/timelineloader.h"
#include "timeline/timelineview.h"
#include "widgets/readonlybanner.h"
#include "widgets/recentdatabasesmenu.h"
#include "widgets/savedviewsmenu.h"
#include "widgets/statuscounts.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>

namespace tickerline {

namespace {

constexpr int kLayoutVersion = 1;

// A write of this process waits for another process's (a command-line import): every window says so.
void showWaitingForWriter()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget)) {
            window->statusBar()->showMessage(
                MainWindow::tr("Waiting for another Tickerline process to finish writing…"), 10000);
            window->statusBar()->repaint(); // a wait on this thread blocks the event loop: paint now
        }
    }
}

QSettings settings() { return QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")); }

// The local files among dropped URLs.
QStringList droppedFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(&workspace), m_store(workspace.store())
{
    init();
}

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(store, this)), m_store(store)
{
    init();
}

void MainWindow::init()
{
    setObjectName(QStringLiteral("mainWindow"));
    if (isPostgresTarget(m_store.name())) { // a team database: its name says which server and database
        setWindowTitle(tr("%1 — Tickerline").arg(m_store.name()));
    } else {
        setWindowTitle(tr("%1 — Tickerline").arg(QFileInfo(m_store.name()).fileName()));
        setWindowFilePath(m_store.name());
    }
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setDockNestingEnabled(true);

    m_selection = m_workspace->selection();
    m_undoStack = m_workspace->undoStack();
    m_eventModel = m_workspace->events();
    m_eventFilter = new EventFilterProxyModel(this);
    m_eventFilter->setSourceModel(m_eventModel);

    m_transfers = new ImportExportController(*m_workspace, this);
    connect(m_transfers, &ImportExportController::imported, this, [this](const QString &summary) {
        // The workspace reads the new rows again off the GUI thread: the window stays responsive.
        m_sourceView->refresh();
        statusBar()->showMessage(summary, 10000);
    });
    connect(m_transfers, &ImportExportController::exported, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    connect(m_transfers, &ImportExportController::failed, this, [this](const QString &message, bool cancelled) {
        if (cancelled)
            statusBar()->showMessage(message, 10000);
        else
            QMessageBox::warning(this, tr("Not imported"), message);
    });
    buildEventsArea();
    buildSourceDock();
    buildToolBar();
    buildMenus();
    buildInspectorDock();
    if (m_workspace->isReadOnly()) {
        // Above the filter bar, across the whole window.
        m_readOnlyBanner = new ReadOnlyBanner(m_store.readOnlyReason(), m_store.readOnlyDetail(), this);
        insertToolBar(m_filterBar, m_readOnlyBanner);
        insertToolBarBreak(m_filterBar);
        setWindowTitle(tr("%1 (read-only) — Tickerline").arg(QFileInfo(m_store.name()).fileName()));
    }
    // The charts sit under the timeline; the source and inspector keep the full height on the right.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto *charts = new ChartPanel(m_store, m_selection, this);
    m_charts = charts;
    charts->setObjectName(QStringLiteral("charts"));
    connect(charts, &ChartPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    QDockWidget *chartDock = addDockView(tr("Charts"), charts, Qt::BottomDockWidgetArea);
    // A chart takes its colours when it is built: a new theme builds it again.
    new PaletteWatcher(charts, [charts] { charts->reload(); });
    m_statusCounts = new StatusCounts(*m_workspace, m_eventFilter, m_sourceView, this);
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_eventFilter, &EventFilterProxyModel::filterChanged, m_statusCounts, &StatusCounts::refresh);
    connect(m_workspace, &Workspace::indexChanged, this, &MainWindow::showIndex);
    // The source view follows sourcesChanged itself; the inspector lists the event's quotes,
    // the timeline labels quoted events first, and the status bar counts them.
    connect(m_workspace, &Workspace::sourcesChanged, this, [this] {
        m_inspector->showEvent(m_selection->currentEvent());
        m_timelineArea->view()->setFirstQuotes(m_sourceView->firstQuotes());
        m_statusCounts->refresh();
    });
    connect(m_workspace, &Workspace::eventsChanged, this, [this](const QStringList &uids) {
        if (uids.contains(m_selection->currentEvent()))
            m_inspector->showEvent(m_selection->currentEvent());
    });
    connect(m_workspace, &Workspace::eventsInserted, this,
            [this](const QStringList &uids) { m_selection->setCurrentEvent(uids.constLast()); });
    for (auto edited : {&Workspace::eventsInserted, &Workspace::eventsChanged, &Workspace::eventsRemoved})
        connect(m_workspace, edited, this, &MainWindow::showEdit);
    connect(m_workspace, &Workspace::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Not changed"), message);
    });
    connect(m_workspace, &Workspace::changedOutside, this, [this] {
        m_sourceView->refresh();
        m_charts->reload();
        statusBar()->showMessage(tr("Another Tickerline process changed the database; it is shown as it is now."),
                                 10000);
    });
    Database::setBusyNotice([] {
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            showWaitingForWriter();
        else
            QMetaObject::invokeMethod(QCoreApplication::instance(), &showWaitingForWriter, Qt::QueuedConnection);
    });

    // Room for the docks to come: most of the screen, on a first start without a saved layout.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(qBound(960, available.width() * 17 / 20, 1800), qBound(640, available.height() * 17 / 20, 1200));
    resizeDocks({m_sourceDock}, {width() * 2 / 5}, Qt::Horizontal);
    // The charts take a third of the height; the timeline's lanes and a screenful of the table's
    // rows share the rest, 11 to 9 (the lanes scroll when they need more).
    resizeDocks({chartDock, m_sourceDock}, {height() / 3, height() * 2 / 3}, Qt::Vertical);
    m_centralSplitter->setSizes({height() * 11 / 30, height() * 9 / 30});
    m_sourceView->refresh();
    m_workspace->load(); // showIndex() follows, at once or when a large database is read
    m_statusCounts->refresh();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildEventsArea()
{
    m_eventsTable = new EventsTable(m_selection, m_eventModel, m_eventFilter, this);
    m_eventsView = m_eventsTable->view();
    m_noEvents = m_eventsTable->emptyLabel();

    m_centralSplitter = new QSplitter(Qt::Vertical, this);
    m_centralSplitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter->setChildrenCollapsible(false);
    m_centralSplitter->addWidget(m_eventsTable);
    setCentralWidget(m_centralSplitter);

    // The timeline is the central view; the table below it lists the same filtered events.
    m_timelineArea = new TimelineArea(m_selection, m_eventFilter, this);
    m_centralSplitter->insertWidget(0, m_timelineArea);
    m_centralSplitter->setStretchFactor(0, 3);
    m_centralSplitter->setStretchFactor(1, 2);
    connect(m_timelineArea, &TimelineArea::displayZoneChanged, this,
            [this](const QTimeZone &zone) { m_eventModel->setDisplayZone(zone.isValid() ? zone : QTimeZone::utc()); });
    connect(m_timelineArea, &TimelineArea::eventActivated, this, [this](const QString &uid) {
        // The source is shown; the keyboard stays on the timeline, so Esc, Home and the arrows work on.
        m_selection->setCurrentEvent(uid);
        m_sourceDock->show();
        m_sourceDock->raise();
    });
}

void MainWindow::buildInspectorDock()
{
    m_inspector = new InspectorPane(m_store, m_selection, this);
    m_inspector->setUnsavedLookups(
        [this](const QString &uid) { return m_workspace->unsavedEvent(uid); },
        [this](const QString &actor) { return m_workspace->actorNames().value(actor, actor); });
    // An event shown while its import is saved says so until it is; then it shows in full.
    connect(m_workspace, &Workspace::canEditChanged, m_inspector,
            [this] { m_inspector->showEvent(m_selection->currentEvent()); });
    m_inspectorDock = addDockView(tr("Inspector"), m_inspector, Qt::RightDockWidgetArea);
    splitDockWidget(m_sourceDock, m_inspectorDock, Qt::Vertical);
    connect(m_inspector, &InspectorPane::quoteActivated, this, &MainWindow::showQuote);
}

void MainWindow::buildSourceDock()
{
    m_sourceView = new SourceView(*m_workspace, this);
    m_sourceDock = addDockView(tr("Source"), m_sourceView, Qt::RightDockWidgetArea);
    connect(m_sourceView, &SourceView::wantsAttention, this, [this] {
        m_sourceDock->show();
        m_sourceDock->raise();
    });
    connect(m_sourceView, &SourceView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    setAcceptDrops(true);
}

void MainWindow::showQuote(const QString &quoteUid)
{
    m_sourceView->showQuote(quoteUid);
}

void MainWindow::openSource(const QString &sourceUid)
{
    m_sourceView->openSource(sourceUid);
}

QTabWidget *MainWindow::sourceTabs() const
{
    return m_sourceView->tabs();
}

SourceDeck *MainWindow::sourceDeck() const
{
    return m_sourceView->deck();
}

SourceListPanel *MainWindow::sourceList() const
{
    return m_sourceView->list();
}

SourceEditor *MainWindow::sourceEditor() const
{
    return m_sourceView->editor();
}

QAction *MainWindow::sideBySideAction() const
{
    return m_sourceView->sideBySideAction();
}

SourcePane *MainWindow::currentSourcePane() const
{
    return m_sourceView->currentPane();
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
    m_filterBar = new FilterBar(m_store, m_eventFilter, this);
    addToolBar(m_filterBar);
    m_textFilter = m_filterBar->textFilter();
    m_search = m_filterBar->searchField();
    m_searchAction = m_filterBar->searchAction();
    addAction(m_searchAction);
    connect(m_search, &SearchField::eventChosen, this, [this](const QString &uid) {
        // A hit the filters hide is shown all the same: the user asked for it by name.
        if (m_eventFilter->rowCount() < m_eventModel->rowCount()
            && !m_eventFilter->mapFromSource(m_eventModel->index(m_eventModel->rowOfEvent(uid), 0)).isValid())
            m_filterBar->showEverything();
        m_selection->setCurrentEvent(uid);
        m_timelineArea->view()->setFocus();
    });
    connect(m_search, &SearchField::quoteChosen, this, &MainWindow::showQuote);
    connect(m_search, &SearchField::sourceChosen, this, &MainWindow::openSource);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newDb = file->addAction(tr("&New database…"), this, [this] { application::newDatabase(this); });
    newDb->setObjectName(QStringLiteral("newDatabaseAction"));
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open database…"), this, [this] { application::openDatabase(this); });
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *openReadOnly =
        file->addAction(tr("Open &Read-Only…"), this, [this] { application::openDatabaseReadOnly(this); });
    openReadOnly->setObjectName(QStringLiteral("openReadOnlyAction"));
    openReadOnly->setToolTip(tr("Open a database without ever changing it"));
    QAction *team = file->addAction(tr("&Connect to Team Database…"), this,
                                    [this] { application::connectToTeamDatabase(this); });
    team->setObjectName(QStringLiteral("connectTeamDatabaseAction"));
    team->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    team->setToolTip(tr("Open a PostgreSQL database that several analysts share"));
    file->addMenu(new RecentDatabasesMenu(this));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), m_transfers, &ImportExportController::chooseAndImport);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    import->setToolTip(tr("Import events, prices, quotes or whole datasets (or drop the files on the window)"));
    file->addAction(m_sourceView->importArticleAction());
    const bool writable = !m_workspace->isReadOnly();
    import->setEnabled(writable);
    connect(m_workspace, &Workspace::canEditChanged, import,
            [this, import] { import->setEnabled(m_workspace->canEdit()); });
    QAction *exportAction = file->addAction(tr("&Export…"), m_transfers, &ImportExportController::chooseAndExport);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto *briefs = new BriefExportController(*m_workspace, this);
    connect(briefs, &BriefExportController::exported, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    connect(briefs, &BriefExportController::failed, this, [this](const QString &message, bool cancelled) {
        if (cancelled)
            statusBar()->showMessage(message, 10000);
        else
            QMessageBox::warning(this, tr("No brief written"), message);
    });
    QAction *brief = file->addAction(tr("Export &brief…"), this,
                                     [this, briefs] { briefs->chooseAndExport(m_selection->currentEvent()); });
    brief->setObjectName(QStringLiteral("exportBriefAction"));
    brief->setToolTip(tr("One PDF or HTML document of the selected event with its evidence"));
    QAction *replace = file->addAction(tr("&Replace source text…"), this, [this] {
        if (SourcePane *pane = currentSourcePane())
            sourceEditor()->chooseReplacementText(pane->sourceUid());
        else
            statusBar()->showMessage(tr("Open a source first: select an event or choose one from the list"), 8000);
    });
    replace->setObjectName(QStringLiteral("replaceTextAction"));
    replace->setEnabled(writable);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z on every platform theme (some give Redo only Ctrl+Y), and the theme's own.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    // A status message about an edit ("Imported …") is stale once that edit is undone or redone.
    for (QAction *action : {undo, redo})
        connect(action, &QAction::triggered, statusBar(), &QStatusBar::clearMessage);
    edit->addAction(undo);
    edit->addAction(redo);
    addActions({undo, redo}); // the shortcuts work with the menu bar hidden too
    edit->addSeparator();
    QAction *quote = edit->addAction(tr("&Quote → event…"), this, [this] {
        sourceEditor()->quoteSelection(currentSourcePane(), m_selection->currentEvent());
    });
    quote->setObjectName(QStringLiteral("quoteAction"));
    quote->setEnabled(writable);
    quote->setShortcut(QKeySequence(tr("Ctrl+E")));
    edit->addSeparator();
    edit->addAction(m_searchAction);

    QMenu *events = menuBar()->addMenu(tr("E&vents"));
    events->setObjectName(QStringLiteral("eventsMenu"));
    m_eventActions = new EventActions(*m_workspace, m_eventModel, this, m_centralSplitter);
    m_eventActions->addTo(events);
    connect(m_eventActions, &EventActions::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_eventsView, &QTableView::doubleClicked, m_eventActions, &EventActions::editCurrent);
    connect(m_timelineArea, &TimelineArea::emptySpaceActivated, m_eventActions,
            [this](std::int64_t ms) { m_eventActions->newEvent(ms); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_filterBar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sourceDock->toggleViewAction());
    m_viewMenu->addAction(m_sourceView->sideBySideAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(ThemeSetting::createMenu(m_viewMenu));
    m_viewMenu->addMenu(new SavedViewsMenu(
        *m_workspace, [this] { return currentView(); }, [this](const ViewSettings &view) { showView(view); }, this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tickerline"), this, [this] { application::showAbout(this); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

ViewSettings MainWindow::currentView() const
{
    ViewSettings view;
    view.kinds = m_eventFilter->visibleKinds();
    view.text = m_textFilter->text();
    if (m_selection->hasVisibleRange()) {
        view.fromMs = m_selection->visibleFromMs();
        view.toMs = m_selection->visibleToMs();
    }
    view.lanes = m_timelineArea->lanes();
    view.zone = m_timelineArea->zone();
    const ChartRequest chart = m_charts->request();
    view.chart = ViewSettings::Chart(int(chart.kind));
    view.chartSymbols = chart.symbols;
    return view;
}

void MainWindow::showView(const ViewSettings &view)
{
    m_filterBar->setVisibleKinds(view.kinds);
    m_textFilter->setText(view.text);
    m_timelineArea->setLanes(view.lanes);
    m_timelineArea->setZone(view.zone);
    m_charts->setKind(ChartKind(int(view.chart)));
    if (!view.chartSymbols.isEmpty())
        m_charts->setSymbols(view.chartSymbols);
    if (view.fromMs && view.toMs && *view.toMs > *view.fromMs)
        m_timelineArea->view()->setVisibleRange(*view.fromMs, *view.toMs);
}

void MainWindow::showEdit()
{
    // The table's rows moved with the workspace's model; the timeline, charts and counts follow.
    m_timelineArea->eventsEdited();
    m_charts->reload(); // its event markers
    m_eventsTable->updateEmptyState();
    m_statusCounts->refresh();
}

void MainWindow::showIndex()
{
    // One compact index of every event behind both the table and the timeline: a million events
    // never exist as Event objects, and an edit changes it in place without reading them again.
    const std::shared_ptr<TimelineIndex> &index = m_workspace->index();
    m_timelineArea->setData(index, m_store.eras(), m_sourceView->firstQuotes());
    m_eventsTable->updateEmptyState();

    const QString current = m_selection->currentEvent();
    if (!current.isEmpty() && m_eventModel->rowOfEvent(current) < 0) {
        m_selection->setCurrentEvent({});
    } else {
        m_eventsTable->selectEvent(current);
        m_sourceView->showSourcesOf(current, true);
    }
    m_statusCounts->refresh();
}

void MainWindow::saveSettings() const
{
    QSettings store = settings();
    store.beginGroup(QStringLiteral("MainWindow"));
    store.setValue(QStringLiteral("geometry"), saveGeometry());
    store.setValue(QStringLiteral("state"), saveState(kLayoutVersion));
    store.setValue(QStringLiteral("centralSplitter"), m_centralSplitter->saveState());
    store.setValue(QStringLiteral("sourceSplitter"), m_sourceView->splitter()->saveState());
    store.setValue(QStringLiteral("eventsHeader"), m_eventsView->horizontalHeader()->saveState());
    store.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings store = settings();
    store.beginGroup(QStringLiteral("MainWindow"));
    // A first start fills the screen: the timeline, the charts and the sources all want room.
    if (!restoreGeometry(store.value(QStringLiteral("geometry")).toByteArray()))
        setWindowState(windowState() | Qt::WindowMaximized);
    restoreState(store.value(QStringLiteral("state")).toByteArray(), kLayoutVersion);
    m_centralSplitter->restoreState(store.value(QStringLiteral("centralSplitter")).toByteArray());
    m_sourceView->splitter()->restoreState(store.value(QStringLiteral("sourceSplitter")).toByteArray());
    m_eventsTable->restoreHeader(store.value(QStringLiteral("eventsHeader")).toByteArray());
    store.endGroup();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // A dropped file is imported: nothing to drop on a read-only database.
    if (!m_workspace->isReadOnly() && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedFiles(event->mimeData());
    if (paths.isEmpty() || m_workspace->isReadOnly())
        return;
    event->acceptProposedAction();
    m_transfers->importDropped(paths, [this](const QString &path) { sourceEditor()->importArticle(path); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The window can be used while an import is saved: closing it would cancel the import.
    if (m_workspace->isImporting()) {
        QMessageBox ask(QMessageBox::Question, tr("Tickerline"),
                        tr("An import is still being saved. Close the window and cancel it? Nothing of it "
                           "would be saved."),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("closeWhileImportingQuestion"));
        QPushButton *close = ask.addButton(tr("Cancel Import and Close"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(ask.addButton(tr("Keep Importing"), QMessageBox::RejectRole));
        ask.exec();
        if (ask.clickedButton() != close) {
            event->ignore();
            return;
        }
        m_transfers->cancel();
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace tickerline
