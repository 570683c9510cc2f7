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

namespace tickerline {

class EventFilterProxyModel;
class InspectorPane;
class TimelineArea;
class EventSelection;
class EventTableModel;
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
    QTabWidget *sourceTabs() const { return m_sourceTabs; }
    SourcePane *currentSourcePane() const; // null when no source is shown
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }

public slots:
    // Reads events, quotes and counts from the store again (after an import, say).
    void reload();
    // Brings a quote into view in its source pane, selecting its event.
    void showQuote(const QString &quoteUid);
    void saveSettings() const;
    void restoreSettings();

signals:
    void reloaded();

protected:
    void closeEvent(QCloseEvent *event) override;

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
    QTabWidget *m_sourceTabs = nullptr;
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
    QString m_activatedSource; // the pane whose highlight was clicked, while that click is handled
    qsizetype m_sourceCount = 0;
    qsizetype m_quoteCount = 0;
    bool m_syncingTable = false; // the table is following the selection, not leading it
};

} // namespace tickerline
