// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommands.h"

#include "store/eventedits.h"
#include "store/quoteedits.h"
#include "store/store.h"

#include <QCoreApplication>

namespace tickerline {

namespace {

QString commandText(const char *text, const QString &title)
{
    return QCoreApplication::translate("EventCommands", text).arg(title);
}

} // namespace

AddEventCommand::AddEventCommand(Workspace &workspace, const Event &event, const QList<EventLink> &links)
    : WorkspaceCommand(workspace, commandText(QT_TRANSLATE_NOOP("EventCommands", "New event “%1”"), event.title)),
      m_event(event), m_links(links)
{
}

void AddEventCommand::apply(Store &store, WorkspaceChange &change)
{
    store.ensureDataset(editsDataset()); // new actors are credited to it, and the event when new
    Event event = m_event;
    m_newActors = addActorsByName(store, event, editsDataset().uid);
    store.addEvent(event);
    store.setEventLinks(event.uid, m_links);
    change.insertedEvents << event.uid;
}

void AddEventCommand::revert(Store &store, WorkspaceChange &change)
{
    store.removeEvent(m_event.uid);
    for (const QString &actor : std::as_const(m_newActors))
        store.removeActorIfUnused(actor);
    change.removedEvents << m_event.uid;
}

EditEventCommand::EditEventCommand(Workspace &workspace, const Event &before, const QList<EventLink> &linksBefore,
                                   const Event &after, const QList<EventLink> &linksAfter)
    : WorkspaceCommand(workspace, commandText(QT_TRANSLATE_NOOP("EventCommands", "Edit event “%1”"), after.title)),
      m_before(before), m_linksBefore(linksBefore), m_after(after), m_linksAfter(linksAfter)
{
}

void EditEventCommand::apply(Store &store, WorkspaceChange &change)
{
    Event after = m_after;
    store.ensureDataset(editsDataset());
    m_newActors = addActorsByName(store, after, editsDataset().uid);
    store.updateEvent(after, m_before);
    store.setEventLinks(after.uid, m_linksAfter);
    m_stored = after;
    change.changedEvents << after.uid;
}

void EditEventCommand::revert(Store &store, WorkspaceChange &change)
{
    store.updateEvent(m_before, m_stored);
    store.setEventLinks(m_before.uid, m_linksBefore);
    for (const QString &actor : std::as_const(m_newActors))
        store.removeActorIfUnused(actor);
    change.changedEvents << m_before.uid;
}

RemoveEventCommand::RemoveEventCommand(Workspace &workspace, const Event &event)
    : WorkspaceCommand(workspace, commandText(QT_TRANSLATE_NOOP("EventCommands", "Delete event “%1”"), event.title)),
      m_uid(event.uid), m_expected(event)
{
}

void RemoveEventCommand::apply(Store &store, WorkspaceChange &change)
{
    // The quotes that pointed at it will point at no event: their sources' highlights change.
    m_quoteSources.clear();
    for (const Quote &quote : store.quotesOfEvent(m_uid)) {
        if (!m_quoteSources.contains(quote.source))
            m_quoteSources << quote.source;
    }
    m_record = store.removeEvent(m_uid, m_expected);
    m_expected = m_record.event; // a redo expects what the undo put back
    change.removedEvents << m_uid;
    change.changedSources << m_quoteSources;
}

void RemoveEventCommand::revert(Store &store, WorkspaceChange &change)
{
    store.restoreEvent(m_record);
    change.insertedEvents << m_uid;
    change.changedSources << m_quoteSources;
}

} // namespace tickerline
