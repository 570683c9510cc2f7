// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

namespace tickerline {

// The Tickerline events CSV: one event a row, the columns
//   uid,title,kind,start,end,precision,uncertain,tz,actors,symbols,summary
// in any order (names case-insensitive; only title and start are required, an unknown column is
// refused rather than silently dropped).
//
// - uid: generated from the title and start date when empty ("deepseek-r1-release-2025-01-20"),
//   made unique with "-2", "-3", …; an explicit uid may not repeat or contain spaces.
// - kind: statement, release, market, policy, deal, report or other (default other).
// - start, end: ISO 8601 ("2025-01-20", "2025-01-20T08:32:19Z", "2025-01-20T08:32+01:00"), also
//   "2025-01" and "2025" for month and year precision. A time without an offset is UTC.
// - precision: year … second; when empty it follows the start text (a date → day, HH:MM → minute,
//   HH:MM:SS → second). Day, month and year precision need a date without a time of day.
// - uncertain: true/false, 1/0, yes/no (empty: false). tz: an IANA zone (empty: UTC).
// - actors, symbols: separated by ";". Actors are names; each becomes an actor whose uid is the
//   slug of the name (kind left empty: a CSV does not say person or organisation).
//
// The text is UTF-8 (BOM, CRLF and quoted line breaks as CsvReader reads them). Every problem is
// a tickerline::Error "FILE:LINE: column NAME: what is wrong".
//
// Text cells (uid, title, tz, actors, symbols, summary) are written neutralised against
// spreadsheet formulas and read back restored (CsvFormula); kind, start, end, precision and
// uncertain are written by Tickerline itself and never start with a formula character.
class EventCsv final
{
public:
    static constexpr qsizetype kMaxShortChars = 4'000;     // uid, title, tz, actors, symbols
    static constexpr qsizetype kMaxSummaryChars = 100'000; // the CSV reader itself stops at 1 MB

    static QByteArray header(); // the columns above, the order the writer uses

    // The rows as events of one new dataset (datasetForFile), with their actors. A large file is
    // read in parts on several threads (parts: how many; 0 lets its size decide), with the same
    // events, actors and first problem as one thread gives.
    static Snapshot parse(const QByteArray &data, const QString &fileName, int parts = 0);
    static Snapshot readFile(const QString &path);

    // The events of a snapshot in the columns above, UTF-8 with "\n" line ends, fields quoted only
    // where needed. Day, month and year precision starts are written as dates, the precision
    // always, so that parse(write(s)) gives the same events. Actors are written by name; a name
    // containing ";" cannot be written and is refused.
    static QByteArray write(const Snapshot &snapshot);

    // True when a header line names a title and a start column (for format detection).
    static bool looksLikeHeader(const QByteArray &firstLine);
};

} // namespace tickerline
