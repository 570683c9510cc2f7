// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tickerline {

class Database;

// The schema lives in PRAGMA user_version; each step moves a database one version forward.
namespace schema {

constexpr int kApplicationId = 0x544B4C4E; // "TKLN" in PRAGMA application_id
int latestVersion();
// Brings a Tickerline database (or an empty one) to the latest version, in one transaction.
void migrate(Database &db);

} // namespace schema
} // namespace tickerline
