// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QObject>
#include <QTimeZone>

#include <cstdint>
#include <optional>

class QUndoCommand;
class QWidget;

namespace tickerline {

class BackgroundTask;

class SourcePane;
class Store;
class Workspace;
struct QuoteTarget;

// Turns what a user does to sources — quoting a selection, removing or relinking a quote,
// importing an article, replacing a source's text — into undoable commands on the workspace's one
// undo stack; the workspace tells the views what each changed. A file or selection refused before
// anything is written is shown in a message box naming the file and line; a write the store
// refuses reaches the user through Workspace::failed.
class SourceEditor final : public QObject
{
    Q_OBJECT

public:
    SourceEditor(Workspace &workspace, QWidget *window);

    // Asks with a QuoteDialog (defaulting to suggestedEvent) and quotes the pane's selection.
    void quoteSelection(SourcePane *pane, const QString &suggestedEvent);
    void relinkQuoteInteractively(const QString &quoteUid);
    void removeQuote(const QString &quoteUid);
    void chooseArticleToImport();
    void chooseReplacementText(const QString &sourceUid);

    // The new quote's uid; empty when refused.
    QString addQuote(const QString &sourceUid, std::int64_t start, std::int64_t end, const QuoteTarget &target);
    bool relinkQuote(const QString &quoteUid, const QuoteTarget &target);
    // The new source's uid; empty when the file was refused (the user has been told why).
    QString importArticle(const QString &path);
    // Reads the file and re-anchors the source's quotes in it off the GUI thread, behind a
    // progress dialog with Cancel; textReplaced follows once the command is on the undo stack.
    void replaceText(const QString &sourceUid, const QString &path);
    BackgroundTask *task() const { return m_task; }

    static bool isArticleFile(const QString &path);

signals:
    void sourceAdded(const QString &sourceUid);
    void textReplaced(const QString &sourceUid);
    void message(const QString &text);

private:
    std::optional<Event> prepareNewEvent(const QuoteTarget &target);
    QTimeZone displayZone() const;
    bool push(QUndoCommand *command);
    void refuse(const QString &title, const QString &message);

    Workspace &m_workspace;
    Store &m_store;
    QWidget *m_window = nullptr;
    BackgroundTask *m_task = nullptr;
};

} // namespace tickerline
