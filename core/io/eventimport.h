// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/uids.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace tickerline {

// The event file formats (the registry's --format names; imports/formatregistry.h decides which
// one a file is). Auto is "none given".
enum class EventFormat { Auto, Tickerline, EventsCsv, TimelineJs, TimelineJsSheet, TheTimeline, ICalendar };

QString toString(EventFormat format); // the --format names below; "auto" for Auto
// tickerline, events-csv, timelinejs, timelinejs-sheet, timeline, ics (and auto); case-insensitive.
std::optional<EventFormat> eventFormatFromString(const QString &name);

// Reads an events CSV, TimelineJS JSON or sheet, a .timeline file, an iCalendar file or Tickerline
// JSON into a snapshot. Every row of the first five names one new dataset (see datasetForFile); Tickerline
// JSON carries its own. Auto is refused: the format registry detects, this only reads. Throws
// Error "FILE:LINE: field: what is wrong".
Snapshot readEventFile(const QByteArray &data, const QString &fileName, EventFormat format);

// --- Shared by the importers -------------------------------------------------------------------

// Provenance of a file's rows: uid "file:<name>:<first 12 hex digits of the SHA-256 of the bytes>",
// name (the given title, else the file name), origin the path as given, imported_at now in UTC.
DatasetInfo datasetForFile(const QByteArray &data, const QString &fileName, const QString &title = {});

// A date or time as the importers accept it: "2025", "2025-01", "2025-01-20",
// "2025-01-20T08:32", "2025-01-20 08:32:19.250", each optionally followed by "Z" or "±HH:MM" (none
// means UTC). The precision is what the text gives: year, month, day, minute or second. Years
// outside 1400–9999 and days not in the calendar are refused, with the reason in *why. Parses the
// bytes directly: the events CSV calls it a million times.
struct EventTime
{
    std::int64_t ms = 0;
    Precision precision = Precision::Day;
};
std::optional<EventTime> parseEventTime(QByteArrayView text, QString *why);

// The uid an importer gives an event without one: slug of the title, then its start date.
QString generatedEventBase(const QString &title, std::int64_t startMs);

// Actors made from names (CSV actors, TimelineJS groups, Timeline categories): one per
// (kind, name), uid "<slug of name>" or "<kind>-<slug of name>" when a prefix is given.
class ActorCollector final
{
public:
    ActorCollector(QString kind, QString uidPrefix, QString dataset);
    QString uidFor(const QString &name); // adds the actor on first use
    const QList<Actor> &actors() const { return m_actors; }

private:
    QString m_kind;
    QString m_uidPrefix;
    QString m_dataset;
    QHash<QString, QString> m_uidByName;
    QSet<QString> m_uids;
    QList<Actor> m_actors;
};

} // namespace tickerline
