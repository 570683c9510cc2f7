// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QObject>
#include <QTimeZone>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;
class QWidget;

namespace tickerline {

class SourcePane;
class Store;
class TimelineIndex;
class StoreCommand;
struct QuoteTarget;

// Turns what a user does to sources — quoting a selection, removing or relinking a quote,
// importing an article, replacing a source's text — into undoable commands on the window's one
// undo stack. Every change is written to the store at once; changed() follows each one (and each
// undo and redo), and refusals are shown in a message box naming the file and line.
class SourceEditor final : public QObject
{
    Q_OBJECT

public:
    SourceEditor(Store &store, QUndoStack *stack, QWidget *window);

    QUndoStack *undoStack() const { return m_stack; }
    // Where the quote dialog finds the events to choose from (the window's own index); without
    // it they are read from the store.
    void setEventIndex(std::function<std::shared_ptr<const TimelineIndex>()> provider) { m_eventIndex = std::move(provider); }

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
    bool replaceText(const QString &sourceUid, const QString &path);

    static bool isArticleFile(const QString &path);

signals:
    void changed();
    void sourceAdded(const QString &sourceUid);
    void message(const QString &text);

private:
    std::optional<Event> prepareNewEvent(const QuoteTarget &target);
    std::shared_ptr<const TimelineIndex> eventIndex();
    QTimeZone displayZone() const;
    void push(StoreCommand *command);
    void refuse(const QString &title, const QString &message);

    Store &m_store;
    QUndoStack *m_stack = nullptr;
    QWidget *m_window = nullptr;
    std::function<std::shared_ptr<const TimelineIndex>()> m_eventIndex;
    bool m_failed = false;
};

} // namespace tickerline
