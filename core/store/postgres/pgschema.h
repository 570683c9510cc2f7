// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tickerline {

class PgConnection;

// Tickerline's tables in a PostgreSQL database (DESIGN §15): the file's data model, with row
// versions for edits by many analysts, full text as weighted tsvectors with GIN indexes, and the
// bars as plain rows that SQL can decimate.
namespace pgschema {

int latestVersion();

// Creates the tables in an empty database, or migrates Tickerline's older ones, in one
// transaction that concurrent first openers take in turn. Refuses, changing nothing, a database
// written by a newer Tickerline and one holding another program's tables.
void prepare(PgConnection &db);

// The schema version the database holds (0: none).
int version(PgConnection &db);

} // namespace pgschema
} // namespace tickerline
