// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace tickerline {

class Store;

// The event file formats that import understands. Auto means "let the content decide"; as a
// result of detectEventFormat() it means "not an event file" (the caller may try prices).
enum class EventFormat { Auto, Tickerline, EventsCsv, TimelineJs, TimelineJsSheet, TheTimeline };

QString toString(EventFormat format); // the --format names below; "auto" for Auto
// tickerline, events-csv, timelinejs, timelinejs-sheet, timeline (and auto); case-insensitive.
std::optional<EventFormat> eventFormatFromString(const QString &name);

// Decides from the content; the file name only breaks ties (a .timeline file that is not XML is
// still not TheTimeline). Looks at the first few kilobytes, so it is cheap on a huge file.
EventFormat detectEventFormat(const QByteArray &data, const QString &fileName);

// Reads an events CSV, TimelineJS JSON or sheet, or a .timeline file into a snapshot whose every
// row names one new dataset (see datasetForFile). Tickerline JSON is not read here: it carries
// its own datasets and conflict checks (readTickerlineJson / importTickerlineJson). Auto detects
// first. Throws Error "FILE:LINE: field: what is wrong".
Snapshot readEventFile(const QByteArray &data, const QString &fileName, EventFormat format = EventFormat::Auto);

// Makes a snapshot from a file fit a store that already holds other datasets: an actor with the
// same name and kind as one in the store becomes a reference to that one (so that "Sam Altman"
// from a CSV joins the bundled Sam Altman instead of clashing on its uid); an actor whose uid is
// taken by a different actor gets a fresh uid.
void reconcileActorsWithStore(Store &store, Snapshot &snapshot);

// readEventFile + reconcileActorsWithStore + Store::importSnapshot in one transaction. A store
// complaint (an event uid already there, the same file imported twice) is reported as
// "FILE: what is wrong".
Snapshot importEventFile(Store &store, const QByteArray &data, const QString &fileName,
                         EventFormat format = EventFormat::Auto);

// --- Shared by the importers -------------------------------------------------------------------

// Provenance of a file's rows: uid "file:<name>:<first 12 hex digits of the SHA-256 of the bytes>",
// name (the given title, else the file name), origin the path as given, imported_at now in UTC.
DatasetInfo datasetForFile(const QByteArray &data, const QString &fileName, const QString &title = {});

// "Rózsa Péter writes recursion" → "rozsa-peter-writes-recursion": ASCII letters and digits,
// runs of anything else as one "-", at most maxLength characters, never empty ("event").
QString slugify(const QString &text, qsizetype maxLength = 60);

// Hands out uids that are unique within one import: explicit ones are claimed (a second claim is
// refused by returning false); generated ones get "-2", "-3", … until free.
class UidAllocator final
{
public:
    bool claim(const QString &uid) { return !m_taken.contains(uid) && (m_taken.insert(uid), true); }
    bool isTaken(const QString &uid) const { return m_taken.contains(uid); }
    QString generate(const QString &base);
    void reserve(qsizetype count) { m_taken.reserve(count); }

private:
    QSet<QString> m_taken;
    QHash<QString, int> m_nextSuffix;
};

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
