// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "io/eventimport.h"

#include <QByteArray>
#include <QString>

namespace tickerline {

class Store;

// Makes a snapshot from a file fit a store that already holds other datasets: an actor with the
// same name and kind as one in the store becomes a reference to that one (so that "Sam Altman"
// from a CSV joins the bundled Sam Altman instead of clashing on its uid); an actor whose uid is
// taken by a different actor gets a fresh uid.
void reconcileActorsWithStore(Store &store, Snapshot &snapshot);

// Reads an event file (Auto: as the format registry detects it) and adds it to the store in one
// transaction, actors reconciled. A store complaint (an event uid already there, the same file
// imported twice) is reported as "FILE: what is wrong".
Snapshot importEventFile(Store &store, const QByteArray &data, const QString &fileName,
                         EventFormat format = EventFormat::Auto);
// The same for a snapshot already read (not Tickerline JSON, which has importTickerlineJson).
void importEventSnapshot(Store &store, Snapshot &snapshot, const QString &fileName);
// Its second half: the snapshot's actors already reconciled, its rows written.
void writeEventSnapshot(Store &store, const Snapshot &snapshot, const QString &fileName);

} // namespace tickerline
