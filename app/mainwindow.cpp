// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "charts/chartpanel.h"
#include "inspectorpane.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "models/sourcelistmodel.h"
#include "sourcepane.h"
#include "sources/sourcedeck.h"
#include "sources/sourceeditor.h"
#include "sources/sourcelistpanel.h"
#include "store/store.h"
#include "timeline/timelineloader.h"
#include "timeline/timelineview.h"
#include "timelinearea.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace tickerline {

namespace {

constexpr int kLayoutVersion = 1;

QSettings settings() { return QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")); }

const QString kSideBySideKey = QStringLiteral("Sources/sideBySide");

// The local article files among dropped URLs.
QStringList droppedArticles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && SourceEditor::isArticleFile(url.toLocalFile()))
            paths << url.toLocalFile();
    }
    return paths;
}

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
    m_eventModel->setSummaryLookup([this](const QString &uid) {
        const auto event = m_store.event(uid);
        return event ? event->summary : QString();
    });
    m_eventFilter = new EventFilterProxyModel(this);
    m_eventFilter->setSourceModel(m_eventModel);

    buildEventsArea();
    buildSourceDock();
    buildToolBar();
    buildMenus();
    buildInspectorDock();
    // The charts sit under the timeline; the source and inspector keep the full height on the right.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto *charts = new ChartPanel(m_store, m_selection, this);
    charts->setObjectName(QStringLiteral("charts"));
    QDockWidget *chartDock = addDockView(tr("Charts"), charts, Qt::BottomDockWidgetArea);
    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_selection, &EventSelection::currentEventChanged, this, &MainWindow::followCurrentEvent);
    connect(m_eventFilter, &EventFilterProxyModel::filterChanged, this, &MainWindow::updateStatus);

    // Room for the docks to come: most of the screen, on a first start without a saved layout.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(qBound(960, available.width() * 17 / 20, 1800), qBound(640, available.height() * 17 / 20, 1200));
    resizeDocks({m_sourceDock}, {width() * 2 / 5}, Qt::Horizontal);
    resizeDocks({chartDock, m_sourceDock}, {height() * 2 / 5, height() * 3 / 5}, Qt::Vertical);
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
    const QList<SourcePane *> panes = m_sourceDeck->panes();
    const auto pane = std::find_if(panes.cbegin(), panes.cend(),
                                   [&](const SourcePane *p) { return p->sourceUid() == quote->source; });
    if (pane == panes.cend())
        openSource(quote->source); // an unlinked quote, or one of a source the event does not cite
    for (SourcePane *candidate : m_sourceDeck->panes()) {
        if (candidate->sourceUid() == quote->source) {
            m_sourceDeck->setCurrentPane(candidate);
            m_sourceDock->show();
            m_sourceDock->raise();
            candidate->showQuote(quoteUid);
        }
    }
}

void MainWindow::openSource(const QString &sourceUid)
{
    if (sourceUid.isEmpty())
        return;
    m_openedSource = sourceUid;
    m_activatedSource = sourceUid;
    showSourcesOf(m_selection->currentEvent());
    m_activatedSource.clear();
    m_sourceDock->show();
    m_sourceDock->raise();
}

void MainWindow::buildSourceDock()
{
    m_noSource = new QLabel(tr("Select an event to read its source"), this);
    m_noSource->setObjectName(QStringLiteral("noSourceLabel"));
    m_noSource->setAlignment(Qt::AlignCenter);
    m_noSource->setWordWrap(true);
    m_noSource->setMargin(24);
    m_noSource->setForegroundRole(QPalette::PlaceholderText);

    m_sourceDeck = new SourceDeck(this);
    m_sourceDeck->setObjectName(QStringLiteral("sourceDeck"));
    connect(m_sourceDeck, &SourceDeck::currentPaneChanged, this, [this](SourcePane *pane) {
        m_sourceList->setCurrentSource(pane ? pane->sourceUid() : QString());
    });

    auto *panes = new QStackedWidget(this);
    panes->setObjectName(QStringLiteral("sourcePanes"));
    panes->addWidget(m_noSource);
    panes->addWidget(m_sourceDeck);
    m_sourceArea = panes;

    m_sourceList = new SourceListPanel(this);
    connect(m_sourceList, &SourceListPanel::sourceChosen, this, &MainWindow::openSource);

    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_sourceEditor = new SourceEditor(m_store, m_undoStack, this);
    m_sourceEditor->setEventIndex([this] { return m_eventModel->timelineIndex(); });
    connect(m_sourceEditor, &SourceEditor::changed, this, &MainWindow::afterSourceEdit);
    connect(m_sourceEditor, &SourceEditor::sourceAdded, this, &MainWindow::openSource);
    connect(m_sourceEditor, &SourceEditor::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });

    m_sideBySideAction = new QAction(tr("Side by side"), this);
    m_sideBySideAction->setObjectName(QStringLiteral("sideBySideAction"));
    m_sideBySideAction->setCheckable(true);
    m_sideBySideAction->setToolTip(tr("Show the open sources next to each other instead of as tabs"));
    m_sideBySideAction->setChecked(settings().value(kSideBySideKey, false).toBool());
    m_sourceDeck->setSideBySide(m_sideBySideAction->isChecked());
    connect(m_sideBySideAction, &QAction::toggled, this, [this](bool on) {
        m_sourceDeck->setSideBySide(on);
        settings().setValue(kSideBySideKey, on);
    });

    m_importArticleAction = new QAction(tr("&Import article…"), this);
    m_importArticleAction->setObjectName(QStringLiteral("importArticleAction"));
    m_importArticleAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importArticleAction->setToolTip(tr("Add a text, Markdown or HTML article as a new source "
                                         "(or drop the file on the window)"));
    connect(m_importArticleAction, &QAction::triggered, m_sourceEditor, &SourceEditor::chooseArticleToImport);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("sourceToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_sideBySideAction);
    bar->addAction(m_importArticleAction);

    m_sourceSplitter = new QSplitter(Qt::Vertical, this);
    m_sourceSplitter->setObjectName(QStringLiteral("sourceDockSplitter"));
    m_sourceSplitter->addWidget(m_sourceList);
    m_sourceSplitter->addWidget(panes);
    m_sourceSplitter->setStretchFactor(0, 0);
    m_sourceSplitter->setStretchFactor(1, 1);
    m_sourceSplitter->setCollapsible(1, false);
    m_sourceSplitter->setSizes({fontMetrics().height() * 8, 600}); // the header and about five sources

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("sourceView"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(m_sourceSplitter, 1);
    content->setMinimumWidth(280);

    m_sourceDock = addDockView(tr("Source"), content, Qt::RightDockWidgetArea);
    setAcceptDrops(true);
}

QTabWidget *MainWindow::sourceTabs() const
{
    return m_sourceDeck->tabs();
}

SourcePane *MainWindow::createSourcePane(const QString &sourceUid)
{
    auto *pane = new SourcePane(m_sourceDeck);
    pane->setObjectName(QStringLiteral("sourcePane_") + sourceUid);
    pane->setSource(cachedSource(sourceUid), cachedQuotesOfSource(sourceUid), {m_actorNames, m_eventTitles, m_speakerColors});
    connect(pane, &SourcePane::eventActivated, this, [this, pane](const QString &eventUid) {
        m_activatedSource = pane->sourceUid();
        m_selection->setCurrentEvent(eventUid);
        m_activatedSource.clear();
    });
    connect(pane, &SourcePane::quoteSelectionRequested, this,
            [this, pane] { m_sourceEditor->quoteSelection(pane, m_selection->currentEvent()); });
    connect(pane, &SourcePane::removeQuoteRequested, m_sourceEditor, &SourceEditor::removeQuote);
    connect(pane, &SourcePane::relinkQuoteRequested, m_sourceEditor, &SourceEditor::relinkQuoteInteractively);
    connect(pane, &SourcePane::replaceTextRequested, this,
            [this, pane] { m_sourceEditor->chooseReplacementText(pane->sourceUid()); });
    return pane;
}

void MainWindow::afterSourceEdit()
{
    // The pane edited stays open even when the selected event no longer quotes it.
    if (SourcePane *pane = currentSourcePane())
        m_openedSource = pane->sourceUid();
    reload();
    m_inspector->showEvent(m_selection->currentEvent());
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
    file->addAction(m_importArticleAction);
    QAction *replace = file->addAction(tr("&Replace source text…"), this, [this] {
        if (SourcePane *pane = currentSourcePane())
            m_sourceEditor->chooseReplacementText(pane->sourceUid());
        else
            statusBar()->showMessage(tr("Open a source first: select an event or choose one from the list"), 8000);
    });
    replace->setObjectName(QStringLiteral("replaceTextAction"));
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
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    addActions({undo, redo}); // the shortcuts work with the menu bar hidden too
    edit->addSeparator();
    QAction *quote = edit->addAction(tr("&Quote → event…"), this, [this] {
        m_sourceEditor->quoteSelection(currentSourcePane(), m_selection->currentEvent());
    });
    quote->setObjectName(QStringLiteral("quoteAction"));
    quote->setShortcut(QKeySequence(tr("Ctrl+E")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sourceDock->toggleViewAction());
    m_viewMenu->addAction(m_sideBySideAction);

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
    m_speakerColors.clear();
    QHash<QString, int> quoteCounts;
    for (const Quote &quote : quotes) {
        if (!quote.speaker.isEmpty() && !m_speakerColors.contains(quote.speaker))
            m_speakerColors.insert(quote.speaker, int(m_speakerColors.size()));
        if (quote.event.isEmpty())
            continue;
        m_quotesOfEvent[quote.event] << quote;
        ++quoteCounts[quote.event];
    }
    m_quoteCount = quotes.size();
    m_sources.clear();
    m_quotesOfSource.clear();
    // Headers, not texts: source texts are read when a pane needs them.
    const QList<Source> sources = SourceListPanel::readHeaders(m_store);
    m_sourceList->setSources(sources);
    m_sourceCount = sources.size();

    // One compact index of every event, read a row at a time, behind both the table and the
    // timeline: a million events never exist as Event objects.
    const auto index = std::make_shared<TimelineIndex>(loadTimelineIndex(m_store));
    m_eventTitles.clear(); // of the events quotes point at, for the source panes
    QHash<QString, QString> firstQuotes;
    for (auto it = m_quotesOfEvent.cbegin(); it != m_quotesOfEvent.cend(); ++it) {
        if (const auto entry = index->findUid(it.key()))
            m_eventTitles.insert(it.key(), index->title(*entry));
        firstQuotes.insert(it.key(), it.value().constFirst().exact);
    }
    m_eventModel->setIndex(index, quoteCounts);
    m_timelineArea->setData(index, m_store.eras(), firstQuotes);
    m_eventsArea->setCurrentWidget(index->isEmpty() ? static_cast<QWidget *>(m_noEvents) : m_eventsView);

    const QString current = m_selection->currentEvent();
    m_reloading = true;
    if (!current.isEmpty() && m_eventModel->rowOfEvent(current) < 0)
        m_selection->setCurrentEvent({});
    else
        followCurrentEvent(current);
    m_reloading = false;
    updateStatus();
    emit reloaded();
}

void MainWindow::updateStatus()
{
    // Spelled out rather than "%n event(s)": the English text is shown without a translation.
    const qsizetype total = m_eventModel->rowCount();
    const qsizetype shown = m_eventFilter->rowCount();
    const auto number = [](qsizetype n) { return QLocale().toString(qlonglong(n)); }; // 1,000,000
    QString events;
    if (shown != total)
        events = tr("%1 of %2 events shown").arg(number(shown), number(total));
    else
        events = total == 1 ? tr("1 event") : tr("%1 events").arg(number(total));
    const QString sources = m_sourceCount == 1 ? tr("1 source") : tr("%1 sources").arg(number(m_sourceCount));
    const QString quotes = m_quoteCount == 1 ? tr("1 quote") : tr("%1 quotes").arg(number(m_quoteCount));
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
    return m_sourceArea->currentWidget() == m_sourceDeck ? m_sourceDeck->currentPane() : nullptr;
}

void MainWindow::showSourcesOf(const QString &uid)
{
    const auto listed = [this](const QString &sourceUid) {
        return m_sourceList->model()->rowOfSource(sourceUid) >= 0; // gone after an undone import
    };
    if (!m_openedSource.isEmpty() && !listed(m_openedSource))
        m_openedSource.clear();
    QStringList wanted; // sources of the event's quotes, in the order of its quotes
    for (const Quote &quote : m_quotesOfEvent.value(uid)) {
        if (!wanted.contains(quote.source))
            wanted << quote.source;
    }
    const qsizetype eventSources = wanted.size();
    if (!m_openedSource.isEmpty() && !wanted.contains(m_openedSource))
        wanted << m_openedSource;
    SourcePane *current = currentSourcePane();
    if (m_reloading) {
        // An edit keeps every pane open that was: the user is working in them.
        for (SourcePane *pane : m_sourceDeck->panes()) {
            if (!wanted.contains(pane->sourceUid()) && listed(pane->sourceUid()))
                wanted << pane->sourceUid();
        }
    }
    if (wanted.isEmpty()) {
        m_noSource->setText(uid.isEmpty() ? tr("Select an event to read its source")
                                          : tr("No source quotes this event yet"));
        m_sourceArea->setCurrentWidget(m_noSource);
        return;
    }

    QHash<QString, SourcePane *> existing;
    for (SourcePane *pane : m_sourceDeck->panes())
        existing.insert(pane->sourceUid(), pane);
    // After a click on a highlight, reading on in that pane beats jumping to another tab; after
    // an edit, so does the pane that was edited.
    QString keep = wanted.first();
    if (wanted.contains(m_activatedSource))
        keep = m_activatedSource;
    else if (m_reloading && current && wanted.contains(current->sourceUid()))
        keep = current->sourceUid();
    else if (eventSources == 0 && !m_openedSource.isEmpty())
        keep = m_openedSource;

    const SourcePane::Names names{m_actorNames, m_eventTitles, m_speakerColors};
    QList<SourceDeck::Entry> entries;
    SourcePane *keptPane = nullptr;
    for (const QString &sourceUid : std::as_const(wanted)) {
        SourcePane *pane = existing.take(sourceUid);
        if (!pane)
            pane = createSourcePane(sourceUid);
        else if (m_reloading)
            pane->setSource(cachedSource(sourceUid), cachedQuotesOfSource(sourceUid), names);
        const Source &source = cachedSource(sourceUid);
        entries << SourceDeck::Entry{pane, source.outlet.isEmpty() ? source.title : source.outlet, source.title};
        if (sourceUid == keep)
            keptPane = pane;
    }
    m_sourceDeck->setPanes(entries, keptPane);
    for (SourcePane *stale : std::as_const(existing))
        stale->deleteLater();
    m_sourceArea->setCurrentWidget(m_sourceDeck);
    m_sourceList->setCurrentSource(keep);
    for (const SourceDeck::Entry &entry : std::as_const(entries)) {
        if (m_reloading || !entry.pane->showQuote(uid))
            entry.pane->setEmphasizedEvent(uid);
    }
}

void MainWindow::saveSettings() const
{
    QSettings store = settings();
    store.beginGroup(QStringLiteral("MainWindow"));
    store.setValue(QStringLiteral("geometry"), saveGeometry());
    store.setValue(QStringLiteral("state"), saveState(kLayoutVersion));
    store.setValue(QStringLiteral("centralSplitter"), m_centralSplitter->saveState());
    store.setValue(QStringLiteral("sourceSplitter"), m_sourceSplitter->saveState());
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
    m_sourceSplitter->restoreState(store.value(QStringLiteral("sourceSplitter")).toByteArray());
    m_eventsView->horizontalHeader()->restoreState(store.value(QStringLiteral("eventsHeader")).toByteArray());
    store.endGroup();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedArticles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedArticles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &path : paths)
        m_sourceEditor->importArticle(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace tickerline
