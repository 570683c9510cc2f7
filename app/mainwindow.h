// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

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

class EventFilterProxyModel;
class InspectorPane;
class TimelineArea;
class EventSelection;
class EventTableModel;
class SourceDeck;
class SourceEditor;
class SourceListPanel;
class SourcePane;
class Store;

// The frame of the application: the events in the central splitter (where the timeline goes
// too), the sources in a dock, and room for more docks. Every view follows the one
// EventSelection it owns, so views added later need only that object.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

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
    SourceDeck *sourceDeck() const { return m_sourceDeck; }
    SourceListPanel *sourceList() const { return m_sourceList; }
    SourceEditor *sourceEditor() const { return m_sourceEditor; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *sideBySideAction() const { return m_sideBySideAction; }
    SourcePane *currentSourcePane() const; // null when no source is shown
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }

public slots:
    // Reads events, quotes and counts from the store again (after an import, say).
    void reload();
    // Brings a quote into view in its source pane, selecting its event.
    void showQuote(const QString &quoteUid);
    // Opens a source in a pane beside those of the selected event, and makes it the current pane.
    void openSource(const QString &sourceUid);
    void saveSettings() const;
    void restoreSettings();

signals:
    void reloaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void buildEventsArea();
    void buildSourceDock();
    void buildInspectorDock();
    void setKindVisible(EventKind kind, bool visible);
    void updateKindButton();
    void updateStatus();
    void followCurrentEvent(const QString &uid);
    void selectEventRow(const QString &uid);
    void showSourcesOf(const QString &uid);
    SourcePane *createSourcePane(const QString &sourceUid);
    void afterSourceEdit();
    const Source &cachedSource(const QString &uid);
    const QList<Quote> &cachedQuotesOfSource(const QString &uid);
    void showAbout();

    Store &m_store;
    EventSelection *m_selection = nullptr;
    EventTableModel *m_eventModel = nullptr;
    EventFilterProxyModel *m_eventFilter = nullptr;

    QToolBar *m_toolBar = nullptr;
    QToolButton *m_kindButton = nullptr;
    QList<QAction *> m_kindActions;
    QLineEdit *m_textFilter = nullptr;
    QMenu *m_viewMenu = nullptr;
    QSplitter *m_centralSplitter = nullptr;
    QStackedWidget *m_eventsArea = nullptr;
    QLabel *m_noEvents = nullptr;
    QTableView *m_eventsView = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QStackedWidget *m_sourceArea = nullptr;
    QLabel *m_noSource = nullptr;
    SourceDeck *m_sourceDeck = nullptr;
    SourceListPanel *m_sourceList = nullptr;
    QSplitter *m_sourceSplitter = nullptr;
    SourceEditor *m_sourceEditor = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_sideBySideAction = nullptr;
    QAction *m_importArticleAction = nullptr;
    QLabel *m_statusCounts = nullptr;
    TimelineArea *m_timelineArea = nullptr;
    InspectorPane *m_inspector = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QList<Quote> m_allQuotes;

    QHash<QString, QList<Quote>> m_quotesOfEvent;
    QHash<QString, Source> m_sources;
    QHash<QString, QList<Quote>> m_quotesOfSource;
    QHash<QString, QString> m_actorNames;
    QHash<QString, QString> m_eventTitles;
    QHash<QString, int> m_speakerColors; // one colour per speaker across all panes
    QString m_activatedSource; // the pane whose highlight was clicked, while that click is handled
    QString m_openedSource;    // chosen from the list or just imported: shown whatever the event
    bool m_reloading = false;  // panes are refreshed in place, not scrolled to the event's quote
    qsizetype m_sourceCount = 0;
    qsizetype m_quoteCount = 0;
    bool m_syncingTable = false; // the table is following the selection, not leading it
};

} // namespace tickerline
