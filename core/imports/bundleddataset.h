// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tickerline {

class Store;

// Adds the dataset compiled into the program (resources/data/): the episode's events, actors,
// sources, quotes and symbols, then every bundled price series with its provenance.
void installBundledDataset(Store &store);

// Writes the bundled price series (loadBundledPrices) into the store in one transaction. A symbol
// row is created only where none exists, so installing after the symbol metadata keeps names and
// share counts.
void installBundledPrices(Store &store);

// The user's own database: QStandardPaths::AppDataLocation/tickerline.db.
QString defaultDatabasePath();

// Creates the default database from the bundled dataset when it does not exist yet. It is
// built beside the final name and renamed when complete, so a crash never leaves half a dataset
// where the program would later open it. Returns the path.
QString ensureDefaultDatabase();

} // namespace tickerline
