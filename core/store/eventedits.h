// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace tickerline {

class Store;

// The single-event writes of the event form and of `tickerline event`. Each is one transaction (a
// savepoint inside a caller's), names rows by uid, and throws Error, leaving the store as it was,
// with a message that starts with the field at fault: "end: before start", "tz: unknown zone
// \"Mars/Base\"", "uid: no event \"x\"", "actors: no actor \"x\"".

// Everything removeEvent takes away, so that restoreEvent can put it back exactly: the same row
// ids, so that an export afterwards is byte for byte the export before.
struct EventRecord
{
    Event event;                    // as stored, with its actors, symbols and row id
    QList<EventLink> links;         // from it and to it, in the order they were stored
    QList<std::int64_t> linkRowIds; // where each of `links` was stored (links are read in that order)
    QStringList quotes;             // uids of the quotes that pointed at it
    bool operator==(const EventRecord &) const = default;
};

// Inserts an event with its actors (each an actor uid that exists, see findActor/addActor) and
// symbols; its dataset, when named, must exist. An empty tz is stored as "UTC".
void addEvent(Store &store, const Event &event);
// Replaces the title, summary, kind, start, end, precision, uncertain flag, zone, actors (roles and
// order as given) and symbols of the event with that uid. The row, its dataset, its links and the
// quotes that point at it stay.
void updateEvent(Store &store, const Event &event);
// Deletes an event and its links; its quotes stay, pointing at no event.
EventRecord removeEvent(Store &store, const QString &uid);
// Undoes removeEvent: the event at its old row id (when still free), its links, its quotes.
void restoreEvent(Store &store, const EventRecord &record);

// The links from this event to others, in the order they were made (none for an unknown uid).
QList<EventLink> linksOfEvent(Store &store, const QString &uid);
// Makes `links` the links from this event (an empty `from` means this event); links that stay
// keep their place. Each `to` must be another event; types as eventLinkTypes().
void setEventLinks(Store &store, const QString &uid, const QList<EventLink> &links);
QStringList eventLinkTypes(); // responds-to, caused, follows, reports

// The actor a user means: the one with this uid, else the first whose name matches ignoring case.
std::optional<Actor> findActor(Store &store, const QString &uidOrName);
// Inserts an actor (uid and name required; its dataset, when named, must exist).
void addActor(Store &store, const Actor &actor);
// Deletes an actor that no event and no quote names any more (what undoing an edit leaves behind).
void removeActorIfUnused(Store &store, const QString &uid);
// Makes every actor of the event that the store does not know by uid one it knows: the actor of
// that name, else a new actor of that name credited to `dataset`. Returns the uids of new actors.
QStringList addActorsByName(Store &store, Event &event, const QString &dataset);
// A slug of the name, with "-2", "-3"… appended while that actor uid is taken.
QString uniqueActorUid(Store &store, const QString &name);

} // namespace tickerline
