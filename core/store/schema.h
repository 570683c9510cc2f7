// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace tickerline {

class Database;

// The schema lives in PRAGMA user_version; each step moves a database one version forward.
namespace schema {

constexpr int kApplicationId = 0x544B4C4E; // "TKLN" in PRAGMA application_id
int latestVersion();
// Brings a Tickerline database (or an empty one) to the latest version, in one transaction.
void migrate(Database &db);

// A bulk load of events runs faster without the secondary indexes and the per-row full-text
// trigger: these drop them and put them back (inside the caller's transaction), and
// indexNewEvents fills the full-text index for the rows after a given id in one statement.
void dropEventIndexes(Database &db);
void createEventIndexes(Database &db);
void indexNewEvents(Database &db, std::int64_t afterId);

} // namespace schema
} // namespace tickerline
