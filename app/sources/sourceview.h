// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace tickerline {

class SourceDeck;
class SourceEditor;
class SourceListPanel;
class SourcePane;
class Workspace;

// The Source dock's content: the list of sources above the panes that show the selected event's
// sources with their quotes highlighted (tabs, or side by side), and the editor that quotes,
// relinks and imports. It follows the workspace's selection; clicking a highlight selects its
// event.
class SourceView final : public QWidget
{
    Q_OBJECT

public:
    SourceView(Workspace &workspace, QWidget *parent = nullptr);

    SourceDeck *deck() const { return m_deck; }
    QTabWidget *tabs() const;
    SourceListPanel *list() const { return m_list; }
    SourceEditor *editor() const { return m_editor; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *sideBySideAction() const { return m_sideBySideAction; }
    QAction *importArticleAction() const { return m_importArticleAction; }
    SourcePane *currentPane() const; // null when no source is shown

    qsizetype sourceCount() const { return m_sourceCount; }
    qsizetype quoteCount() const { return m_quoteCount; }
    // The first quote of every quoted event (the timeline's tooltips show it).
    QHash<QString, QString> firstQuotes() const;

    // Reads every quote and source header again (on opening, and after an import).
    void refresh();
    // The panes of this event's sources; keepOpen (after an edit) keeps every open pane open and
    // refreshes them in place instead of scrolling to the event's quote.
    void showSourcesOf(const QString &eventUid, bool keepOpen = false);

public slots:
    // Brings a quote into view in its source pane, selecting its event.
    void showQuote(const QString &quoteUid);
    // Opens a source in a pane beside those of the selected event, and makes it the current pane.
    void openSource(const QString &sourceUid);

signals:
    void wantsAttention(); // the dock holding it should be shown and raised
    void message(const QString &text);

private:
    SourcePane *createPane(const QString &sourceUid);
    const Source &cachedSource(const QString &uid);
    const QList<Quote> &cachedQuotesOfSource(const QString &uid);
    void updateSources(const QStringList &sourceUids, bool listChanged);
    void indexQuotes();
    void updateEventTitles();

    Workspace &m_workspace;
    QLabel *m_noSource = nullptr;
    QStackedWidget *m_area = nullptr;
    SourceDeck *m_deck = nullptr;
    SourceListPanel *m_list = nullptr;
    QSplitter *m_splitter = nullptr;
    SourceEditor *m_editor = nullptr;
    QAction *m_sideBySideAction = nullptr;
    QAction *m_importArticleAction = nullptr;

    QList<Quote> m_allQuotes;
    QHash<QString, QList<Quote>> m_quotesOfEvent;
    QHash<QString, Source> m_sources;
    QHash<QString, QList<Quote>> m_quotesOfSource;
    QHash<QString, QString> m_eventTitles;  // of the events quotes point at
    QHash<QString, int> m_speakerColors;    // one colour per speaker across all panes
    QString m_activatedSource; // the pane whose highlight was clicked, while that click is handled
    QString m_openedSource;    // chosen from the list or just imported: shown whatever the event
    qsizetype m_sourceCount = 0;
    qsizetype m_quoteCount = 0;
};

} // namespace tickerline
