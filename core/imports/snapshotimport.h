// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

namespace tickerline {

class Store;

// Imports a Tickerline JSON file into a store as one transaction. Conflicts with what the store
// already holds (a uid taken, a reference to nothing) are reported like parse errors, with the
// file, line and JSON path, and leave the store as it was.
void importTickerlineJson(Store &store, const QByteArray &data, const QString &fileName);
// The same for a snapshot already read from data (messages still point into data).
void importTickerlineJson(Store &store, const Snapshot &snapshot, const QByteArray &data, const QString &fileName);

} // namespace tickerline
