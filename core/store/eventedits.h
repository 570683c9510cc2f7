// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tickerline {

class Store;

// What the event form and `tickerline event` need beside the Store's own edits (Store::addEvent
// and the rest), the same on a file and on a server.

QStringList eventLinkTypes(); // responds-to, caused, follows, reports

// The actor a user means: the one with this uid, else the first whose name matches ignoring case.
std::optional<Actor> findActor(Store &store, const QString &uidOrName);
// Makes every actor of the event that the store does not know by uid one it knows: the actor of
// that name, else a new actor of that name credited to `dataset`. Returns the uids of new actors.
QStringList addActorsByName(Store &store, Event &event, const QString &dataset);
// A slug of the name, with "-2", "-3"… appended while that actor uid is taken.
QString uniqueActorUid(Store &store, const QString &name);

} // namespace tickerline
