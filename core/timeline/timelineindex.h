// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The timeline's read-only picture of the events: compact entries sorted by time, string pools
// instead of one QString per field, and per-lane sorted arrays, so that a frame with a million
// events costs binary searches, never a walk over everything.

#include "domain/entities.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tickerline {

enum class LaneMode { ByKind, ByActor, BySymbol };

// One event as the timeline draws it; 24 bytes.
struct TimelineEntry
{
    enum Flag : std::uint8_t {
        PrecisionMask = 0x07, // the Precision enum's value
        Span = 0x08,
        Uncertain = 0x10,
    };

    std::int64_t startMs = 0;
    // Last instant covered. Day/month/year precision store the UTC midnight of the last day
    // (as the domain does); spans store their end; points store their start.
    std::int64_t endMs = 0;
    std::uint32_t record = 0; // insertion order: index into the string pools and lane keys
    std::uint16_t zone = 0;   // index into zoneIds()
    std::uint8_t kind = 0;    // EventKind
    std::uint8_t flags = 0;

    Precision precision() const { return static_cast<Precision>(flags & PrecisionMask); }
    bool isSpan() const { return flags & Span; }
    bool isUncertain() const { return flags & Uncertain; }
    bool isCalendarPrecision() const { return precision() <= Precision::Day; }
};

// Strings appended once and read as views; UTF-8 halves the memory of a million titles.
class StringPool final
{
public:
    std::uint32_t append(QStringView text);
    std::uint32_t appendBytes(std::string_view utf8);
    QString at(std::uint32_t index) const;
    std::size_t size() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
    void reserve(std::size_t count, std::size_t bytes);
    int compare(std::uint32_t index, const QByteArray &utf8) const;
    std::string_view view(std::uint32_t index) const;

private:
    std::string m_bytes;
    std::vector<std::uint64_t> m_offsets{0};
};

class TimelineIndex final
{
public:
    struct Lane
    {
        QString name;
        int kind = -1; // EventKind of a ByKind lane, -1 otherwise
        bool unassigned = false; // the events without an actor (or symbol)
        std::uint32_t key = 0; // what its events share: the kind, or the interned actor or symbol id
        std::vector<std::uint32_t> entries; // indices into entries(), sorted by start
        std::vector<std::int64_t> starts;   // starts of those entries, for cache-friendly searches
        std::vector<std::int64_t> maxEnds;  // running maximum of their ends
    };

    // Builder side. Actor and symbol keys are interned; an event with several actors appears in
    // each actor's lane.
    void reserve(std::size_t events, std::size_t textBytes = 0);
    void addEvent(QStringView uid, QStringView title, EventKind kind, std::int64_t startMs,
                  std::optional<std::int64_t> endMs, Precision precision, bool uncertain,
                  const QByteArray &zoneId, const QList<QString> &actorKeys,
                  const QList<QString> &symbols);
    // Sorts and builds the lanes of `mode`; call after the last addEvent.
    void finish(LaneMode mode = LaneMode::ByKind);

    static TimelineIndex fromEvents(const QList<Event> &events,
                                    const QHash<QString, QString> &actorNames,
                                    LaneMode mode = LaneMode::ByKind);
    // A new index of some of these entries (a filter's result), with the same lane mode. It shares
    // this index's records (strings and lane keys), which later edits of either only append to:
    // it is for the thread that edits this one.
    TimelineIndex subset(const std::vector<std::uint32_t> &entries) const;
    // A new index without the events whose uids are in `removed`, and with `added` (already
    // stored; an event both removed and added is one that changed): an edit costs a copy of
    // these compact arrays, never a read of every event from the store.
    // The added events' records follow the kept entries' ones, in the order given: added[i] has
    // record size() - added.size() + i.
    TimelineIndex withChanges(const QStringList &removed, const QList<Event> &added) const;

    // Edits in place, for one event at a time: moves within the compact arrays and no sort, so
    // that an edit of a million events costs milliseconds. A removed event's strings stay in the
    // pools until the next full load.
    void removeEntry(std::uint32_t entry);
    // Where insertEvent puts an event that starts at startMs: after every event starting at or
    // before it.
    std::uint32_t insertPosition(std::int64_t startMs) const;
    std::uint32_t insertEvent(const Event &event); // returns its entry
    // The event of `entry` with new fields, when it keeps its place in time order (most edits);
    // false, and nothing changed, when it would move (remove and insert it instead).
    bool replaceEntry(std::uint32_t entry, const Event &event);

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_laneMode; }
    void setActorNames(const QHash<QString, QString> &names) { m_actorNames = names; }
    const QHash<QString, QString> &actorNames() const { return m_actorNames; }

    std::size_t size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.empty(); }
    const std::vector<TimelineEntry> &entries() const { return m_entries; }
    const TimelineEntry &entry(std::uint32_t i) const { return m_entries[i]; }
    const std::vector<Lane> &lanes() const { return m_lanes; }
    QString uid(std::uint32_t entry) const { return m_records->uids.at(m_entries[entry].record); }
    QString title(std::uint32_t entry) const { return m_records->titles.at(m_entries[entry].record); }
    QByteArray zoneId(std::uint32_t entry) const { return m_zoneIds.at(m_entries[entry].zone); }
    QStringList actorKeys(std::uint32_t entry) const; // actor uids, in the event's order
    QStringList symbols(std::uint32_t entry) const;
    // The same without copies, for sorting a million rows: UTF-8 titles and interned key ids.
    std::string_view titleBytes(std::uint32_t entry) const { return m_records->titles.view(m_entries[entry].record); }
    std::string_view uidBytes(std::uint32_t entry) const { return m_records->uids.view(m_entries[entry].record); }
    std::span<const std::uint32_t> actorIds(std::uint32_t entry) const;
    std::span<const std::uint32_t> symbolIds(std::uint32_t entry) const;
    const QList<QString> &actorKeyList() const { return m_actorKeys; } // by id
    const QList<QString> &symbolKeyList() const { return m_symbolKeys; }
    std::optional<std::uint32_t> findUid(const QString &uid) const;
    // Every entry, in the order of its strings in the pools: a walk over a million titles in this
    // order reads them front to back instead of at random.
    std::vector<std::uint32_t> entriesInPoolOrder() const;
    // What the table's text filter reads of an event.
    struct EventText
    {
        std::string_view title; // UTF-8
        std::string_view uid;
        std::span<const std::uint32_t> actorIds;
        std::span<const std::uint32_t> symbolIds;
    };
    EventText text(std::uint32_t entry) const { return textOfRecord(m_entries[entry].record); }
    // Whether each entry's text passes `test`, a byte by entry (1 if it does). The texts are read
    // in the order of the pools, front to back (a million entries at random cost a cache miss
    // each); with threads > 1, that many threads test parts of the pools at once.
    std::vector<std::uint8_t> textsPassing(const std::function<bool(const EventText &)> &test, int threads = 1) const;

    std::int64_t firstMs() const;
    std::int64_t lastMs() const; // greatest end

    // Positions [first, last) in lane.entries of entries that may overlap [fromMs, toMs]:
    // every overlapping one is inside; a few long-ended ones before may not overlap.
    std::pair<std::size_t, std::size_t> laneRange(std::size_t lane, std::int64_t fromMs,
                                                  std::int64_t toMs) const;
    // Number of entries of a lane starting in [fromMs, toMs).
    std::size_t countStarts(std::size_t lane, std::int64_t fromMs, std::int64_t toMs) const;
    // Starts per bin: bins equal slices of [fromMs, toMs); costs bins × log(n).
    void binStarts(std::size_t lane, std::int64_t fromMs, std::int64_t toMs,
                   std::vector<std::uint32_t> &counts) const;

    std::size_t memoryBytes() const;

private:
    static constexpr std::uint32_t kNoEntry = std::numeric_limits<std::uint32_t>::max();
    // The entry of each string of the pools, kNoEntry for those of removed events.
    std::vector<std::uint32_t> entryOfEachRecord() const;
    EventText textOfRecord(std::uint32_t record) const;
    TimelineEntry appendRecord(QStringView uid, QStringView title, EventKind kind, std::int64_t startMs,
                               std::optional<std::int64_t> endMs, Precision precision, bool uncertain,
                               const QByteArray &zoneId, const QList<QString> &actorKeys,
                               const QList<QString> &symbols);
    bool belongsTo(const Lane &lane, std::uint32_t entry) const;
    // Puts `entry` into the lanes it belongs to and out of the others, after its fields changed;
    // lanes it opens are made by laying out all lanes again.
    void relane(std::uint32_t entry, bool isNew);
    void updateMaxEnds(Lane &lane, std::size_t from) const;
    void buildLane(Lane &lane, std::vector<std::uint32_t> &&members) const;
    // An index with this one's interned keys and zones, and no events.
    TimelineIndex withKeysOnly() const;
    // The entries with records of their own, copied from these; not finished.
    TimelineIndex copyOf(const std::vector<std::uint32_t> &entries) const;

    std::vector<TimelineEntry> m_entries;
    // The strings and lane keys of every event added, by record: only ever appended to. A copy of
    // the index copies them; subset() shares them, and its index is then made in the time it
    // takes to copy the kept entries, however far apart their strings lie.
    struct Records
    {
        StringPool uids;
        StringPool titles;
        // Lane keys per record, compressed rows: keys of record r are [offsets[r], offsets[r+1]).
        std::vector<std::uint32_t> actorOffsets{0};
        std::vector<std::uint32_t> actorIds;
        std::vector<std::uint32_t> symbolOffsets{0};
        std::vector<std::uint32_t> symbolIds;
    };
    class RecordsHandle final
    {
    public:
        RecordsHandle()
            : m_records(std::make_shared<Records>())
        {}
        RecordsHandle(const RecordsHandle &other)
            : m_records(std::make_shared<Records>(*other.m_records))
        {}
        RecordsHandle &operator=(const RecordsHandle &other)
        {
            if (this != &other)
                m_records = std::make_shared<Records>(*other.m_records);
            return *this;
        }
        RecordsHandle(RecordsHandle &&) noexcept = default;
        RecordsHandle &operator=(RecordsHandle &&) noexcept = default;
        ~RecordsHandle() = default;
        void share(const RecordsHandle &other) { m_records = other.m_records; }
        Records *operator->() const { return m_records.get(); }

    private:
        std::shared_ptr<Records> m_records;
    };
    RecordsHandle m_records;
    QList<QByteArray> m_zoneIds;
    QHash<QByteArray, std::uint16_t> m_zoneLookup;
    QList<QString> m_actorKeys;
    QHash<QString, std::uint32_t> m_actorLookup;
    QList<QString> m_symbolKeys;
    QHash<QString, std::uint32_t> m_symbolLookup;
    // (hash of the uid, entry), sorted: a lookup is a binary search and a string compare or two;
    // sorting hashes rather than strings keeps finish() fast for a million events.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> m_byUid;
    QHash<QString, QString> m_actorNames;
    std::vector<Lane> m_lanes;
    LaneMode m_laneMode = LaneMode::ByKind;
};

} // namespace tickerline
