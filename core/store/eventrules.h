// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <optional>

namespace tickerline {

// The rules every stored event keeps, whichever database holds it; each refusal throws Error
// with a message that starts with the field at fault.

// An empty zone is stored as "UTC".
Event withDefaultZone(Event event);

// Title, start and end, zone and symbols. `storedTz` is the zone the event has now: an imported
// event may carry one this system does not know, and editing its title must not be refused for that.
void checkEventFields(const Event &event, const QString &storedTz = {});

// No actor named twice in the same role (the database checks that each exists).
void checkEventActors(const Event &event);

// The links an event `uid` is to have, each once, its own uid as their `from`: refused when one is
// from another event, of an unknown type or to the event itself. Whether each `to` exists is the
// database's to say ("links: no event \"x\"").
QList<EventLink> checkedLinksOf(const QString &uid, const QList<EventLink> &links);

// Refuses an edit made on `expected` (the event as the editor read it) when the event as it is now,
// `current`, was deleted or changed since: the message names the fields someone else changed
// ("title, start: someone else changed event …"). Only the form's fields count.
void refuseIfChangedSince(const Event &expected, const std::optional<Event> &current);

} // namespace tickerline
