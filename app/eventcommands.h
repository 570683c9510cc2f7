// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/store.h"
#include "workspace.h"

namespace tickerline {

// A new event with its links to other events.
class AddEventCommand final : public WorkspaceCommand
{
public:
    AddEventCommand(Workspace &workspace, const Event &event, const QList<EventLink> &links);

private:
    void apply(Store &store, WorkspaceChange &change) override;
    void revert(Store &store, WorkspaceChange &change) override;

    Event m_event; // its actors may be names of actors to make (see addActorsByName)
    QList<EventLink> m_links;
    QStringList m_newActors;
};

// An event's fields, actors, symbols and links, from what they were to what the form says.
class EditEventCommand final : public WorkspaceCommand
{
public:
    EditEventCommand(Workspace &workspace, const Event &before, const QList<EventLink> &linksBefore,
                     const Event &after, const QList<EventLink> &linksAfter);

private:
    void apply(Store &store, WorkspaceChange &change) override;
    void revert(Store &store, WorkspaceChange &change) override;

    Event m_before;
    QList<EventLink> m_linksBefore;
    Event m_after;
    Event m_stored; // m_after as apply() stored it, its actors named by uid: what revert() expects
    QList<EventLink> m_linksAfter;
    QStringList m_newActors;
};

// Deletes an event; undo puts back the same row: its links and the quotes that pointed at it.
class RemoveEventCommand final : public WorkspaceCommand
{
public:
    RemoveEventCommand(Workspace &workspace, const Event &event);

private:
    void apply(Store &store, WorkspaceChange &change) override;
    void revert(Store &store, WorkspaceChange &change) override;

    QString m_uid;
    Event m_expected;     // the event as the user saw it: a colleague's change since is not deleted unseen
    EventRecord m_record; // what the delete took away, kept for undo
    QStringList m_quoteSources;
};

} // namespace tickerline
