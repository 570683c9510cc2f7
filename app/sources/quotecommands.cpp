// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotecommands.h"

#include "store/eventedits.h"
#include "store/quoteedits.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace tickerline {

namespace {

QString commandText(const char *text)
{
    return QCoreApplication::translate("QuoteCommands", text);
}

// Credits the edit to the edits dataset; true when that row is new, so that undo takes it away
// again and leaves the database exactly as it was.
bool ensureEditsDataset(Store &store)
{
    const QList<DatasetInfo> datasets = store.datasets();
    const bool had = std::any_of(datasets.cbegin(), datasets.cend(),
                                 [](const DatasetInfo &dataset) { return dataset.uid == editsDataset().uid; });
    store.ensureDataset(editsDataset());
    return !had;
}

void removeEditsDatasetIfMade(Store &store, bool made)
{
    if (made)
        store.removeDatasetIfUnused(editsDataset().uid);
}

// The event a quote command makes: written before its quote, and taken away after it on undo.
void addNewEvent(Store &store, const std::optional<Event> &event, WorkspaceChange &change)
{
    if (!event)
        return;
    store.addEvent(*event);
    change.insertedEvents << event->uid;
}

void removeNewEvent(Store &store, const std::optional<Event> &event, WorkspaceChange &change)
{
    if (!event)
        return;
    store.removeEvent(event->uid);
    change.removedEvents << event->uid;
}

} // namespace

AddQuoteCommand::AddQuoteCommand(Workspace &workspace, const Quote &quote, const std::optional<Event> &newEvent)
    : WorkspaceCommand(
          workspace,
          newEvent ? commandText(QT_TRANSLATE_NOOP("QuoteCommands", "Quote for new event “%1”")).arg(newEvent->title)
                   : commandText(QT_TRANSLATE_NOOP("QuoteCommands", "Quote")))
    , m_quote(quote)
    , m_newEvent(newEvent)
{}

void AddQuoteCommand::apply(Store &store, WorkspaceChange &change)
{
    m_madeDataset = ensureEditsDataset(store); // the quote's, and the new event's
    addNewEvent(store, m_newEvent, change);
    store.addQuote(m_quote);
    change.changedSources << m_quote.source;
}

void AddQuoteCommand::revert(Store &store, WorkspaceChange &change)
{
    store.removeQuote(m_quote.uid);
    removeNewEvent(store, m_newEvent, change);
    removeEditsDatasetIfMade(store, m_madeDataset);
    change.changedSources << m_quote.source;
}

RemoveQuoteCommand::RemoveQuoteCommand(Workspace &workspace, const Quote &quote)
    : WorkspaceCommand(workspace, commandText(QT_TRANSLATE_NOOP("QuoteCommands", "Remove quote")))
    , m_quote(quote)
{}

void RemoveQuoteCommand::apply(Store &store, WorkspaceChange &change)
{
    store.removeQuote(m_quote.uid);
    change.changedSources << m_quote.source;
}

void RemoveQuoteCommand::revert(Store &store, WorkspaceChange &change)
{
    store.addQuote(m_quote);
    change.changedSources << m_quote.source;
}

RelinkQuoteCommand::RelinkQuoteCommand(Workspace &workspace, const Quote &quote, const QString &eventUid,
                                       const QString &speakerUid, const std::optional<Event> &newEvent)
    : WorkspaceCommand(workspace, commandText(QT_TRANSLATE_NOOP("QuoteCommands", "Link quote to event")))
    , m_quote(quote.uid)
    , m_source(quote.source)
    , m_oldEvent(quote.event)
    , m_oldSpeaker(quote.speaker)
    , m_newEvent(newEvent ? newEvent->uid : eventUid)
    , m_newSpeaker(speakerUid)
    , m_createdEvent(newEvent)
{}

void RelinkQuoteCommand::apply(Store &store, WorkspaceChange &change)
{
    m_madeDataset = m_createdEvent && ensureEditsDataset(store);
    addNewEvent(store, m_createdEvent, change);
    store.relinkQuote(m_quote, m_newEvent, m_newSpeaker);
    change.changedSources << m_source;
}

void RelinkQuoteCommand::revert(Store &store, WorkspaceChange &change)
{
    store.relinkQuote(m_quote, m_oldEvent, m_oldSpeaker);
    removeNewEvent(store, m_createdEvent, change);
    removeEditsDatasetIfMade(store, m_madeDataset);
    change.changedSources << m_source;
}

AddSourceCommand::AddSourceCommand(Workspace &workspace, const Source &source, const DatasetInfo &provenance)
    : WorkspaceCommand(workspace, commandText(QT_TRANSLATE_NOOP("QuoteCommands", "Import “%1”")).arg(source.title))
    , m_source(source)
    , m_provenance(provenance)
{}

void AddSourceCommand::apply(Store &store, WorkspaceChange &change)
{
    store.addSource(m_source, m_provenance);
    change.changedSources << m_source.uid;
    change.sourceListChanged = true;
}

void AddSourceCommand::revert(Store &store, WorkspaceChange &change)
{
    store.removeSource(m_source.uid);
    store.removeDatasetIfUnused(m_provenance.uid);
    change.changedSources << m_source.uid;
    change.sourceListChanged = true;
}

ReplaceSourceTextCommand::ReplaceSourceTextCommand(Workspace &workspace, const QString &sourceUid,
                                                   const QString &oldText, const QList<Quote> &oldQuotes,
                                                   const QString &newText, const QList<Quote> &newQuotes)
    : WorkspaceCommand(workspace, commandText(QT_TRANSLATE_NOOP("QuoteCommands", "Replace source text")))
    , m_source(sourceUid)
    , m_oldText(oldText)
    , m_oldQuotes(oldQuotes)
    , m_newText(newText)
    , m_newQuotes(newQuotes)
{}

void ReplaceSourceTextCommand::apply(Store &store, WorkspaceChange &change)
{
    store.replaceSourceText(m_source, m_newText, m_newQuotes);
    change.changedSources << m_source;
}

void ReplaceSourceTextCommand::revert(Store &store, WorkspaceChange &change)
{
    store.replaceSourceText(m_source, m_oldText, m_oldQuotes);
    change.changedSources << m_source;
}

} // namespace tickerline
