// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

#include <cstdint>
#include <optional>

class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolBar;
class QToolButton;
class QUndoStack;

namespace tickerline {

class ChartPanel;
class EventActions;
class EventFilterProxyModel;
class EventsTable;
class ImportExportController;
class FilterBar;
class InspectorPane;
class ReadOnlyBanner;
class SearchField;
class TimelineArea;
class EventSelection;
class EventTableModel;
class SourceDeck;
class SourceEditor;
class SourceListPanel;
class SourcePane;
class SourceView;
class StatusCounts;
class Store;
class Workspace;

// The frame of the application: the events in the central splitter (where the timeline goes
// too), the sources in a dock, and room for more docks. Every view follows the one
// EventSelection it owns, so views added later need only that object.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // A window on an open database; it may own the workspace (see setParent) or not.
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    // A window on a store the caller keeps alive, with a workspace of its own.
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    EventSelection *selection() const { return m_selection; }
    QSplitter *centralSplitter() const { return m_centralSplitter; }
    // Docks a view and lists it in the View menu. The dock's objectName, which the saved layout
    // is keyed on, is the view's objectName + "Dock" (the title when the view has none), so
    // give views stable objectNames. A layout saved earlier is applied to the new dock.
    QDockWidget *addDockView(const QString &title, QWidget *view, Qt::DockWidgetArea area);

    QTableView *eventsView() const { return m_eventsView; }
    EventTableModel *eventModel() const { return m_eventModel; }
    EventFilterProxyModel *eventFilter() const { return m_eventFilter; }
    QDockWidget *sourceDock() const { return m_sourceDock; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    TimelineArea *timelineArea() const { return m_timelineArea; }
    QTabWidget *sourceTabs() const; // the panes when they are not side by side
    SourceDeck *sourceDeck() const;
    SourceListPanel *sourceList() const;
    SourceEditor *sourceEditor() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *sideBySideAction() const;
    SourcePane *currentSourcePane() const; // null when no source is shown
    QMenu *viewMenu() const { return m_viewMenu; }
    SearchField *searchField() const { return m_search; }
    ImportExportController *transfers() const { return m_transfers; }
    QLabel *noEventsLabel() const { return m_noEvents; }
    EventActions *eventActions() const { return m_eventActions; }
    ReadOnlyBanner *readOnlyBanner() const { return m_readOnlyBanner; } // null unless read-only

public slots:
    void showEdit();
    // What a saved view keeps of the window, and showing one.
    ViewSettings currentView() const;
    void showView(const ViewSettings &view);
    // Brings a quote into view in its source pane, selecting its event.
    void showQuote(const QString &quoteUid);
    // Opens a source in a pane beside those of the selected event, and makes it the current pane.
    void openSource(const QString &sourceUid);
    void saveSettings() const;
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void init();
    void buildMenus();
    void showIndex();
    void buildToolBar();
    void buildEventsArea();
    void buildSourceDock();
    void buildInspectorDock();

    Workspace *m_workspace = nullptr;
    Store &m_store;
    EventSelection *m_selection = nullptr;
    EventTableModel *m_eventModel = nullptr;
    EventFilterProxyModel *m_eventFilter = nullptr;

    FilterBar *m_filterBar = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QMenu *m_viewMenu = nullptr;
    QSplitter *m_centralSplitter = nullptr;
    QLabel *m_noEvents = nullptr;
    SearchField *m_search = nullptr;
    QAction *m_searchAction = nullptr;
    QTableView *m_eventsView = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    SourceView *m_sourceView = nullptr;
    ImportExportController *m_transfers = nullptr;
    ChartPanel *m_charts = nullptr;
    QUndoStack *m_undoStack = nullptr;
    EventActions *m_eventActions = nullptr;
    EventsTable *m_eventsTable = nullptr;
    StatusCounts *m_statusCounts = nullptr;
    TimelineArea *m_timelineArea = nullptr;
    InspectorPane *m_inspector = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    ReadOnlyBanner *m_readOnlyBanner = nullptr;
};

} // namespace tickerline
