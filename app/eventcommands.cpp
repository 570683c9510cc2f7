// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommands.h"

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
    ensureDataset(store, editsDataset()); // new actors are credited to it, and the event when new
    Event event = m_event;
    m_newActors = addActorsByName(store, event, editsDataset().uid);
    addEvent(store, event);
    setEventLinks(store, event.uid, m_links);
    change.insertedEvents << event.uid;
}

void AddEventCommand::revert(Store &store, WorkspaceChange &change)
{
    removeEvent(store, m_event.uid);
    for (const QString &actor : std::as_const(m_newActors))
        removeActorIfUnused(store, actor);
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
    ensureDataset(store, editsDataset());
    m_newActors = addActorsByName(store, after, editsDataset().uid);
    updateEvent(store, after);
    setEventLinks(store, after.uid, m_linksAfter);
    change.changedEvents << after.uid;
}

void EditEventCommand::revert(Store &store, WorkspaceChange &change)
{
    updateEvent(store, m_before);
    setEventLinks(store, m_before.uid, m_linksBefore);
    for (const QString &actor : std::as_const(m_newActors))
        removeActorIfUnused(store, actor);
    change.changedEvents << m_before.uid;
}

RemoveEventCommand::RemoveEventCommand(Workspace &workspace, const Event &event)
    : WorkspaceCommand(workspace, commandText(QT_TRANSLATE_NOOP("EventCommands", "Delete event “%1”"), event.title)),
      m_uid(event.uid)
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
    m_record = removeEvent(store, m_uid);
    change.removedEvents << m_uid;
    change.changedSources << m_quoteSources;
}

void RemoveEventCommand::revert(Store &store, WorkspaceChange &change)
{
    restoreEvent(store, m_record);
    change.insertedEvents << m_uid;
    change.changedSources << m_quoteSources;
}

} // namespace tickerline
