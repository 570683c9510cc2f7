// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotecommands.h"

#include "error.h"
#include "store/eventedits.h"
#include "store/quoteedits.h"
#include "store/store.h"

#include <QCoreApplication>

namespace tickerline {

StoreCommand::StoreCommand(Store &store, StoreCommandHooks hooks, const QString &text)
    : QUndoCommand(text), m_store(store), m_hooks(std::move(hooks))
{
}

void StoreCommand::redo()
{
    run([this](Store &store) { apply(store); });
}

void StoreCommand::undo()
{
    run([this](Store &store) { revert(store); });
}

void StoreCommand::run(const std::function<void(Store &)> &change)
{
    try {
        Transaction transaction(m_store.database());
        change(m_store);
        transaction.commit();
    } catch (const Error &error) {
        setObsolete(true);
        if (m_hooks.failed)
            m_hooks.failed(error.message());
        return;
    }
    if (m_hooks.changed)
        m_hooks.changed();
}

AddQuoteCommand::AddQuoteCommand(Store &store, StoreCommandHooks hooks, const Quote &quote,
                                 const std::optional<Event> &newEvent)
    : StoreCommand(store, std::move(hooks),
                   newEvent ? QCoreApplication::translate("QuoteCommands", "Quote for new event “%1”").arg(newEvent->title)
                            : QCoreApplication::translate("QuoteCommands", "Quote")),
      m_quote(quote), m_newEvent(newEvent)
{
}

void AddQuoteCommand::apply(Store &store)
{
    if (m_newEvent)
        addEvent(store, *m_newEvent);
    addQuote(store, m_quote);
}

void AddQuoteCommand::revert(Store &store)
{
    removeQuote(store, m_quote.uid);
    if (m_newEvent)
        removeEvent(store, m_newEvent->uid);
}

RemoveQuoteCommand::RemoveQuoteCommand(Store &store, StoreCommandHooks hooks, const Quote &quote)
    : StoreCommand(store, std::move(hooks), QCoreApplication::translate("QuoteCommands", "Remove quote")),
      m_quote(quote)
{
}

void RemoveQuoteCommand::apply(Store &store)
{
    removeQuote(store, m_quote.uid);
}

void RemoveQuoteCommand::revert(Store &store)
{
    addQuote(store, m_quote);
}

RelinkQuoteCommand::RelinkQuoteCommand(Store &store, StoreCommandHooks hooks, const Quote &quote,
                                       const QString &eventUid, const QString &speakerUid,
                                       const std::optional<Event> &newEvent)
    : StoreCommand(store, std::move(hooks), QCoreApplication::translate("QuoteCommands", "Link quote to event")),
      m_quote(quote.uid), m_oldEvent(quote.event), m_oldSpeaker(quote.speaker),
      m_newEvent(newEvent ? newEvent->uid : eventUid), m_newSpeaker(speakerUid), m_createdEvent(newEvent)
{
}

void RelinkQuoteCommand::apply(Store &store)
{
    if (m_createdEvent)
        addEvent(store, *m_createdEvent);
    relinkQuote(store, m_quote, m_newEvent, m_newSpeaker);
}

void RelinkQuoteCommand::revert(Store &store)
{
    relinkQuote(store, m_quote, m_oldEvent, m_oldSpeaker);
    if (m_createdEvent)
        removeEvent(store, m_createdEvent->uid);
}

AddSourceCommand::AddSourceCommand(Store &store, StoreCommandHooks hooks, const Source &source,
                                   const DatasetInfo &provenance)
    : StoreCommand(store, std::move(hooks),
                   QCoreApplication::translate("QuoteCommands", "Import “%1”").arg(source.title)),
      m_source(source), m_provenance(provenance)
{
}

void AddSourceCommand::apply(Store &store)
{
    addSource(store, m_source, m_provenance);
}

void AddSourceCommand::revert(Store &store)
{
    removeSource(store, m_source.uid);
    removeDatasetIfUnused(store, m_provenance.uid);
}

ReplaceSourceTextCommand::ReplaceSourceTextCommand(Store &store, StoreCommandHooks hooks, const QString &sourceUid,
                                                   const QString &oldText, const QList<Quote> &oldQuotes,
                                                   const QString &newText, const QList<Quote> &newQuotes)
    : StoreCommand(store, std::move(hooks), QCoreApplication::translate("QuoteCommands", "Replace source text")),
      m_source(sourceUid), m_oldText(oldText), m_oldQuotes(oldQuotes), m_newText(newText), m_newQuotes(newQuotes)
{
}

void ReplaceSourceTextCommand::apply(Store &store)
{
    store.replaceSourceText(m_source, m_newText, m_newQuotes);
}

void ReplaceSourceTextCommand::revert(Store &store)
{
    store.replaceSourceText(m_source, m_oldText, m_oldQuotes);
}

} // namespace tickerline
