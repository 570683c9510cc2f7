// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace tickerline {

class Database;

// The schema lives in PRAGMA user_version; each step moves a database one version forward.
namespace schema {

constexpr int kApplicationId = 0x544B4C4E; // "TKLN" in PRAGMA application_id
int latestVersion();
// Brings a Tickerline database (or an empty one) to the latest version, in one transaction that
// is rolled back when the result is not exactly Tickerline's schema (foreignObject).
void migrate(Database &db);

// What is wrong with the schema of `db` (a Tickerline file of `version`) compared with the one
// Tickerline's own migrations make at that version: its first table, index, view or trigger that
// is not part of it or differs from it (its SQL, whitespace aside), as "trigger \"x\" is not part
// of Tickerline's schema". Empty when every object is one of ours; an object that is missing is
// no danger and is left to the migrations and to `check`.
QString foreignObject(Database &db, int version);
// The refusal of a file with such an object, naming it.
QString notOurs(const QString &path, const QString &foreignObject);

// A bulk load of events runs faster without the secondary indexes and the per-row full-text
// trigger: these drop them and put them back (inside the caller's transaction), and
// indexNewEvents fills the full-text index for the rows after a given id in one statement.
void dropEventIndexes(Database &db);
void createEventIndexes(Database &db);
void indexNewEvents(Database &db, std::int64_t afterId);

} // namespace schema
} // namespace tickerline
