// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineindex.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <thread>

namespace tickerline {

std::uint32_t StringPool::append(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    m_bytes.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    m_offsets.push_back(m_bytes.size());
    return static_cast<std::uint32_t>(m_offsets.size() - 2);
}

std::uint32_t StringPool::appendBytes(std::string_view utf8)
{
    m_bytes.append(utf8);
    m_offsets.push_back(m_bytes.size());
    return static_cast<std::uint32_t>(m_offsets.size() - 2);
}

QString StringPool::at(std::uint32_t index) const
{
    const std::uint64_t from = m_offsets[index];
    const std::uint64_t to = m_offsets[index + 1];
    return QString::fromUtf8(m_bytes.data() + from, static_cast<qsizetype>(to - from));
}

std::string_view StringPool::view(std::uint32_t index) const
{
    return std::string_view(m_bytes).substr(m_offsets[index], m_offsets[index + 1] - m_offsets[index]);
}

void StringPool::reserve(std::size_t count, std::size_t bytes)
{
    m_offsets.reserve(count + 1);
    m_bytes.reserve(bytes);
}

int StringPool::compare(std::uint32_t index, const QByteArray &utf8) const
{
    const std::uint64_t from = m_offsets[index];
    const std::size_t length = m_offsets[index + 1] - from;
    const std::size_t other = static_cast<std::size_t>(utf8.size());
    const int c = std::memcmp(m_bytes.data() + from, utf8.constData(), std::min(length, other));
    if (c != 0)
        return c;
    return length < other ? -1 : (length > other ? 1 : 0);
}

// FNV-1a: uids are short, and collisions only cost a second string compare.
static std::uint64_t uidHash(std::string_view bytes)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

// An event's actors once each (an actor may hold two roles in it), in its order.
static QList<QString> distinctActors(const Event &event)
{
    QList<QString> actors;
    for (const EventActor &actor : event.actors) {
        if (!actors.contains(actor.actor))
            actors.append(actor.actor);
    }
    return actors;
}

void TimelineIndex::reserve(std::size_t events, std::size_t textBytes)
{
    m_entries.reserve(events);
    m_records->uids.reserve(events, textBytes / 2);
    m_records->titles.reserve(events, textBytes / 2);
    m_records->actorOffsets.reserve(events + 1);
    m_records->symbolOffsets.reserve(events + 1);
}

static std::uint32_t intern(const QString &key, QList<QString> &keys,
                            QHash<QString, std::uint32_t> &lookup)
{
    const auto it = lookup.constFind(key);
    if (it != lookup.constEnd())
        return *it;
    const auto id = static_cast<std::uint32_t>(keys.size());
    keys.append(key);
    lookup.insert(key, id);
    return id;
}

void TimelineIndex::addEvent(QStringView uid, QStringView title, EventKind kind,
                             std::int64_t startMs, std::optional<std::int64_t> endMs,
                             Precision precision, bool uncertain, const QByteArray &zoneId,
                             const QList<QString> &actorKeys, const QList<QString> &symbols)
{
    m_entries.push_back(
        appendRecord(uid, title, kind, startMs, endMs, precision, uncertain, zoneId, actorKeys, symbols));
}

TimelineEntry TimelineIndex::appendRecord(QStringView uid, QStringView title, EventKind kind, std::int64_t startMs,
                                          std::optional<std::int64_t> endMs, Precision precision, bool uncertain,
                                          const QByteArray &zoneId, const QList<QString> &actorKeys,
                                          const QList<QString> &symbols)
{
    TimelineEntry entry;
    entry.startMs = startMs;
    entry.endMs = std::max(startMs, endMs.value_or(startMs));
    entry.record = m_records->uids.append(uid);
    m_records->titles.append(title);
    entry.kind = static_cast<std::uint8_t>(kind);
    entry.flags = static_cast<std::uint8_t>(precision) | (endMs ? TimelineEntry::Span : 0)
                  | (uncertain ? TimelineEntry::Uncertain : 0);
    auto zone = m_zoneLookup.constFind(zoneId);
    if (zone == m_zoneLookup.constEnd()) {
        zone = m_zoneLookup.insert(zoneId, static_cast<std::uint16_t>(m_zoneIds.size()));
        m_zoneIds.append(zoneId);
    }
    entry.zone = *zone;
    for (const QString &actor : actorKeys)
        m_records->actorIds.push_back(intern(actor, m_actorKeys, m_actorLookup));
    m_records->actorOffsets.push_back(static_cast<std::uint32_t>(m_records->actorIds.size()));
    for (const QString &symbol : symbols)
        m_records->symbolIds.push_back(intern(symbol, m_symbolKeys, m_symbolLookup));
    m_records->symbolOffsets.push_back(static_cast<std::uint32_t>(m_records->symbolIds.size()));
    return entry;
}

void TimelineIndex::finish(LaneMode mode)
{
    // Hashed in record order, the pool's: read front to back, not at random after the sort.
    std::vector<std::uint64_t> hashOfRecord(m_records->uids.size());
    for (const TimelineEntry &entry : m_entries)
        hashOfRecord[entry.record] = uidHash(m_records->uids.view(entry.record));
    const auto inTimeOrder = [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.startMs != b.startMs ? a.startMs < b.startMs : a.record < b.record;
    };
    if (!std::is_sorted(m_entries.begin(), m_entries.end(), inTimeOrder)) // a subset's are
        std::sort(m_entries.begin(), m_entries.end(), inTimeOrder);
    m_byUid.resize(m_entries.size());
    for (std::uint32_t i = 0; i < m_entries.size(); ++i)
        m_byUid[i] = {hashOfRecord[m_entries[i].record], i};
    std::sort(m_byUid.begin(), m_byUid.end());
    setLaneMode(mode);
}

TimelineIndex TimelineIndex::subset(const std::vector<std::uint32_t> &entries) const
{
    TimelineIndex index = withKeysOnly();
    index.m_records.share(m_records);
    index.m_entries.reserve(entries.size());
    for (std::uint32_t i : entries)
        index.m_entries.push_back(m_entries[i]);
    if (!std::is_sorted(entries.begin(), entries.end())) {
        index.finish(m_laneMode);
        return index;
    }
    // Entries kept in their order keep their time order, and the uid lookup is this one's without
    // the others: no uid is read again (a cache miss each) and nothing is sorted.
    std::vector<std::uint32_t> position(m_entries.size(), kNoEntry);
    for (std::uint32_t n = 0; n < entries.size(); ++n)
        position[entries[n]] = n;
    index.m_byUid.reserve(entries.size());
    for (const auto &[hash, entry] : m_byUid) {
        if (position[entry] != kNoEntry)
            index.m_byUid.emplace_back(hash, position[entry]);
    }
    index.setLaneMode(m_laneMode);
    return index;
}

TimelineIndex TimelineIndex::withKeysOnly() const
{
    TimelineIndex index;
    index.m_zoneIds = m_zoneIds;
    index.m_zoneLookup = m_zoneLookup;
    index.m_actorKeys = m_actorKeys;
    index.m_actorLookup = m_actorLookup;
    index.m_symbolKeys = m_symbolKeys;
    index.m_symbolLookup = m_symbolLookup;
    index.m_actorNames = m_actorNames;
    return index;
}

TimelineIndex TimelineIndex::copyOf(const std::vector<std::uint32_t> &entries) const
{
    // Bytes and interned ids are copied as they are (the keys are shared), so that half a
    // million events are copied without a QString.
    TimelineIndex index = withKeysOnly();
    index.reserve(entries.size());
    for (std::uint32_t i : entries) {
        TimelineEntry entry = m_entries[i];
        const std::uint32_t record = entry.record;
        entry.record = index.m_records->uids.appendBytes(m_records->uids.view(record));
        index.m_records->titles.appendBytes(m_records->titles.view(record));
        index.m_entries.push_back(entry);
        const auto actors = actorIds(i), symbols = symbolIds(i);
        index.m_records->actorIds.insert(index.m_records->actorIds.end(), actors.begin(), actors.end());
        index.m_records->actorOffsets.push_back(static_cast<std::uint32_t>(index.m_records->actorIds.size()));
        index.m_records->symbolIds.insert(index.m_records->symbolIds.end(), symbols.begin(), symbols.end());
        index.m_records->symbolOffsets.push_back(static_cast<std::uint32_t>(index.m_records->symbolIds.size()));
    }
    return index;
}

TimelineIndex TimelineIndex::withChanges(const QStringList &removed, const QList<Event> &added) const
{
    std::vector<bool> dropped(m_entries.size(), false);
    for (const QString &uid : removed) {
        if (const auto entry = findUid(uid))
            dropped[*entry] = true;
    }
    for (const Event &event : added) {
        if (const auto entry = findUid(event.uid))
            dropped[*entry] = true;
    }
    std::vector<std::uint32_t> kept;
    kept.reserve(m_entries.size());
    for (std::uint32_t i = 0; i < m_entries.size(); ++i) {
        if (!dropped[i])
            kept.push_back(i);
    }
    // Records of its own: this runs off the GUI thread, beside edits of this index's records.
    TimelineIndex index = copyOf(kept);
    index.reserve(kept.size() + size_t(added.size()));
    QString zone;
    QByteArray zoneId; // most events share a zone (a million of them, one QString): encoded once
    for (const Event &event : added) {
        if (event.tz != zone) {
            zone = event.tz;
            zoneId = zone.toUtf8();
        }
        index.addEvent(event.uid, event.title, event.kind, event.startMs, event.endMs, event.precision, event.uncertain,
                       zoneId, distinctActors(event), event.symbols);
    }
    index.finish(m_laneMode);
    return index;
}

QStringList TimelineIndex::actorKeys(std::uint32_t entry) const
{
    QStringList keys;
    for (std::uint32_t id : actorIds(entry))
        keys << m_actorKeys[id];
    return keys;
}

std::span<const std::uint32_t> TimelineIndex::actorIds(std::uint32_t entry) const
{
    const std::uint32_t record = m_entries[entry].record;
    return std::span(m_records->actorIds)
        .subspan(m_records->actorOffsets[record],
                 m_records->actorOffsets[record + 1] - m_records->actorOffsets[record]);
}

std::span<const std::uint32_t> TimelineIndex::symbolIds(std::uint32_t entry) const
{
    const std::uint32_t record = m_entries[entry].record;
    return std::span(m_records->symbolIds)
        .subspan(m_records->symbolOffsets[record],
                 m_records->symbolOffsets[record + 1] - m_records->symbolOffsets[record]);
}

QStringList TimelineIndex::symbols(std::uint32_t entry) const
{
    QStringList keys;
    for (std::uint32_t id : symbolIds(entry))
        keys << m_symbolKeys[id];
    return keys;
}

TimelineIndex TimelineIndex::fromEvents(const QList<Event> &events,
                                        const QHash<QString, QString> &actorNames, LaneMode mode)
{
    TimelineIndex index;
    index.reserve(static_cast<std::size_t>(events.size()));
    index.setActorNames(actorNames);
    for (const Event &event : events) {
        index.addEvent(event.uid, event.title, event.kind, event.startMs, event.endMs, event.precision,
                       event.uncertain, event.tz.toUtf8(), distinctActors(event), event.symbols);
    }
    index.finish(mode);
    return index;
}

void TimelineIndex::buildLane(Lane &lane, std::vector<std::uint32_t> &&members) const
{
    std::sort(members.begin(), members.end());
    lane.entries = std::move(members);
    lane.starts.resize(lane.entries.size());
    lane.maxEnds.resize(lane.entries.size());
    std::int64_t maxEnd = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < lane.entries.size(); ++i) {
        const TimelineEntry &e = m_entries[lane.entries[i]];
        lane.starts[i] = e.startMs;
        maxEnd = std::max(maxEnd, e.endMs);
        lane.maxEnds[i] = maxEnd;
    }
}

void TimelineIndex::setLaneMode(LaneMode mode)
{
    m_laneMode = mode;
    m_lanes.clear();
    std::vector<std::vector<std::uint32_t>> members;
    QList<QString> names;
    std::vector<std::uint32_t> unassigned;
    auto byKeys = [&](const QList<QString> &keys, const std::vector<std::uint32_t> &offsets,
                      const std::vector<std::uint32_t> &ids) {
        // Records of removed events have no entry (removeEntry leaves them in the pools).
        const std::vector<std::uint32_t> entryOfRecord = entryOfEachRecord();
        members.resize(static_cast<std::size_t>(keys.size()));
        for (std::uint32_t r = 0; r < entryOfRecord.size(); ++r) {
            if (entryOfRecord[r] == kNoEntry)
                continue;
            if (offsets[r] == offsets[r + 1])
                unassigned.push_back(entryOfRecord[r]);
            for (std::uint32_t k = offsets[r]; k < offsets[r + 1]; ++k)
                members[ids[k]].push_back(entryOfRecord[r]);
        }
    };
    if (mode == LaneMode::ByKind) {
        const int kinds = static_cast<int>(EventKind::Other) + 1;
        members.resize(kinds);
        for (std::uint32_t i = 0; i < m_entries.size(); ++i)
            members[m_entries[i].kind].push_back(i);
        for (int k = 0; k < kinds; ++k)
            names.append(toString(static_cast<EventKind>(k)));
    } else if (mode == LaneMode::ByActor) {
        byKeys(m_actorKeys, m_records->actorOffsets, m_records->actorIds);
        for (const QString &key : m_actorKeys)
            names.append(m_actorNames.value(key, key));
    } else {
        byKeys(m_symbolKeys, m_records->symbolOffsets, m_records->symbolIds);
        names = m_symbolKeys;
    }

    // Lanes in a stable, readable order: kinds in their enum order, actors and symbols by name.
    std::vector<std::size_t> order(members.size());
    std::iota(order.begin(), order.end(), 0u);
    if (mode != LaneMode::ByKind)
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return names[static_cast<qsizetype>(a)].compare(names[static_cast<qsizetype>(b)],
                                                           Qt::CaseInsensitive) < 0;
        });
    for (std::size_t i : order) {
        if (members[i].empty())
            continue;
        Lane lane;
        lane.name = names[static_cast<qsizetype>(i)];
        lane.kind = mode == LaneMode::ByKind ? static_cast<int>(i) : -1;
        lane.key = static_cast<std::uint32_t>(i);
        buildLane(lane, std::move(members[i]));
        m_lanes.push_back(std::move(lane));
    }
    if (!unassigned.empty()) {
        Lane lane;
        lane.name = mode == LaneMode::ByActor ? QStringLiteral("No actor")
                                              : QStringLiteral("No symbol");
        lane.unassigned = true;
        buildLane(lane, std::move(unassigned));
        m_lanes.push_back(std::move(lane));
    }
}

void TimelineIndex::updateMaxEnds(Lane &lane, std::size_t from) const
{
    // The running maximum after a change at `from`; once it meets the stored one again, the rest
    // of the lane is as it was.
    std::int64_t running = from == 0 ? std::numeric_limits<std::int64_t>::min() : lane.maxEnds[from - 1];
    for (std::size_t i = from; i < lane.entries.size(); ++i) {
        running = std::max(running, m_entries[lane.entries[i]].endMs);
        if (i > from && lane.maxEnds[i] == running)
            break;
        lane.maxEnds[i] = running;
    }
}

bool TimelineIndex::belongsTo(const Lane &lane, std::uint32_t entry) const
{
    if (m_laneMode == LaneMode::ByKind)
        return lane.kind == m_entries[entry].kind;
    const auto keys = m_laneMode == LaneMode::ByActor ? actorIds(entry) : symbolIds(entry);
    if (lane.unassigned)
        return keys.empty();
    return std::find(keys.begin(), keys.end(), lane.key) != keys.end();
}

void TimelineIndex::removeEntry(std::uint32_t entry)
{
    const std::uint64_t hash = uidHash(m_records->uids.view(m_entries[entry].record));
    auto byUid = std::lower_bound(m_byUid.begin(), m_byUid.end(), std::pair{hash, std::uint32_t(0)});
    while (byUid->second != entry)
        ++byUid;
    m_byUid.erase(byUid);
    for (auto &pair : m_byUid)
        pair.second -= pair.second > entry ? 1 : 0;
    m_entries.erase(m_entries.begin() + entry);

    for (std::size_t l = 0; l < m_lanes.size();) {
        Lane &lane = m_lanes[l];
        const auto found = std::lower_bound(lane.entries.begin(), lane.entries.end(), entry);
        const auto at = static_cast<std::size_t>(found - lane.entries.begin());
        const bool member = found != lane.entries.end() && *found == entry;
        if (member) {
            lane.entries.erase(found);
            lane.starts.erase(lane.starts.begin() + std::ptrdiff_t(at));
            lane.maxEnds.erase(lane.maxEnds.begin() + std::ptrdiff_t(at));
        }
        for (std::size_t i = at; i < lane.entries.size(); ++i)
            --lane.entries[i]; // lane entries are sorted: only those after it move
        if (member && lane.entries.empty()) {
            m_lanes.erase(m_lanes.begin() + std::ptrdiff_t(l));
            continue;
        }
        if (member)
            updateMaxEnds(lane, at);
        ++l;
    }
}

std::uint32_t TimelineIndex::insertPosition(std::int64_t startMs) const
{
    // A new record sorts after every existing one of the same start.
    const auto at = std::upper_bound(m_entries.begin(), m_entries.end(), startMs,
                                     [](std::int64_t ms, const TimelineEntry &e) { return ms < e.startMs; });
    return static_cast<std::uint32_t>(at - m_entries.begin());
}

std::uint32_t TimelineIndex::insertEvent(const Event &event)
{
    const TimelineEntry added = appendRecord(event.uid, event.title, event.kind, event.startMs, event.endMs,
                                             event.precision, event.uncertain, event.tz.toUtf8(),
                                             distinctActors(event), event.symbols);
    const std::uint32_t entry = insertPosition(added.startMs);
    for (auto &pair : m_byUid)
        pair.second += pair.second >= entry ? 1 : 0;
    const std::pair byUid{uidHash(m_records->uids.view(added.record)), entry};
    m_byUid.insert(std::lower_bound(m_byUid.begin(), m_byUid.end(), byUid), byUid);
    m_entries.insert(m_entries.begin() + entry, added);

    relane(entry, true);
    return entry;
}

bool TimelineIndex::replaceEntry(std::uint32_t entry, const Event &event)
{
    const auto before = entry == 0 ? std::numeric_limits<std::int64_t>::min() : m_entries[entry - 1].startMs;
    const auto after = entry + 1 == m_entries.size() ? std::numeric_limits<std::int64_t>::max()
                                                     : m_entries[entry + 1].startMs;
    // A new record sorts after the others of its start, so the next one must start later.
    if (event.startMs < before || event.startMs >= after)
        return false;
    m_entries[entry] = appendRecord(event.uid, event.title, event.kind, event.startMs, event.endMs, event.precision,
                                    event.uncertain, event.tz.toUtf8(), distinctActors(event), event.symbols);
    relane(entry, false);
    return true;
}

void TimelineIndex::relane(std::uint32_t entry, bool isNew)
{
    const TimelineEntry &e = m_entries[entry];
    std::size_t lanesJoined = 0;
    for (std::size_t l = 0; l < m_lanes.size();) {
        Lane &lane = m_lanes[l];
        const auto found = std::lower_bound(lane.entries.begin(), lane.entries.end(), entry);
        const auto at = static_cast<std::size_t>(found - lane.entries.begin());
        if (isNew) {
            for (std::size_t i = at; i < lane.entries.size(); ++i)
                ++lane.entries[i];
        }
        const bool was = !isNew && found != lane.entries.end() && *found == entry;
        const bool is = belongsTo(lane, entry);
        if (is && !was) {
            lane.entries.insert(lane.entries.begin() + std::ptrdiff_t(at), entry);
            lane.starts.insert(lane.starts.begin() + std::ptrdiff_t(at), e.startMs);
            lane.maxEnds.insert(lane.maxEnds.begin() + std::ptrdiff_t(at), e.endMs);
        } else if (was && !is) {
            lane.entries.erase(found);
            lane.starts.erase(lane.starts.begin() + std::ptrdiff_t(at));
            lane.maxEnds.erase(lane.maxEnds.begin() + std::ptrdiff_t(at));
            if (lane.entries.empty()) {
                m_lanes.erase(m_lanes.begin() + std::ptrdiff_t(l));
                continue;
            }
        } else if (is) {
            lane.starts[at] = e.startMs;
        }
        if (is || was)
            updateMaxEnds(lane, at);
        lanesJoined += is ? 1 : 0;
        ++l;
    }
    const auto keys = m_laneMode == LaneMode::ByActor    ? actorIds(entry).size()
                      : m_laneMode == LaneMode::BySymbol ? symbolIds(entry).size()
                                                         : 1;
    if (lanesJoined < std::max<std::size_t>(keys, 1))
        setLaneMode(m_laneMode); // a lane it opens: the lanes are laid out again, in their order
}

std::optional<std::uint32_t> TimelineIndex::findUid(const QString &uid) const
{
    const QByteArray utf8 = uid.toUtf8();
    const std::uint64_t hash = uidHash(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    auto it = std::lower_bound(m_byUid.begin(), m_byUid.end(), std::pair{hash, std::uint32_t(0)});
    for (; it != m_byUid.end() && it->first == hash; ++it) {
        if (m_records->uids.compare(m_entries[it->second].record, utf8) == 0)
            return it->second;
    }
    return std::nullopt;
}

std::vector<std::uint32_t> TimelineIndex::entryOfEachRecord() const
{
    std::vector<std::uint32_t> entryOfRecord(m_records->uids.size(), kNoEntry);
    for (std::uint32_t i = 0; i < m_entries.size(); ++i)
        entryOfRecord[m_entries[i].record] = i;
    return entryOfRecord;
}

std::vector<std::uint32_t> TimelineIndex::entriesInPoolOrder() const
{
    std::vector<std::uint32_t> entryOfRecord = entryOfEachRecord();
    std::erase(entryOfRecord, kNoEntry); // records of removed events
    return entryOfRecord;
}

TimelineIndex::EventText TimelineIndex::textOfRecord(std::uint32_t record) const
{
    const auto keys = [record](const std::vector<std::uint32_t> &ids, const std::vector<std::uint32_t> &offsets) {
        return std::span(ids).subspan(offsets[record], offsets[record + 1] - offsets[record]);
    };
    return {m_records->titles.view(record), m_records->uids.view(record),
            keys(m_records->actorIds, m_records->actorOffsets), keys(m_records->symbolIds, m_records->symbolOffsets)};
}

std::vector<std::uint8_t> TimelineIndex::textsPassing(const std::function<bool(const EventText &)> &test,
                                                      int threads) const
{
    // Records of removed events are tested too: skipping them would cost more than they do.
    // Most records have an entry, except in a subset's shared records: then entries are visited.
    const bool byRecord = m_records->uids.size() <= 2 * m_entries.size();
    const std::size_t count = byRecord ? m_records->uids.size() : m_entries.size();
    std::vector<std::uint8_t> passed(count); // a byte each, and parts apart: threads share no line but at a part's end
    const auto testPart = [&](std::size_t from, std::size_t to) {
        for (auto i = std::uint32_t(from); i < to; ++i)
            passed[i] = test(byRecord ? textOfRecord(i) : text(i));
    };
    const std::size_t parts = std::clamp<std::size_t>(std::size_t(std::max(threads, 1)), 1, count / 4096 + 1);
    const std::size_t part = count / parts + 1;
    {
        std::vector<std::jthread> helpers;
        for (std::size_t i = 1; i < parts; ++i)
            helpers.emplace_back(testPart, std::min(count, i * part), std::min(count, (i + 1) * part));
        testPart(0, std::min(count, part));
    }
    if (!byRecord)
        return passed;
    std::vector<std::uint8_t> byEntry(m_entries.size());
    for (std::size_t entry = 0; entry < m_entries.size(); ++entry)
        byEntry[entry] = passed[m_entries[entry].record];
    return byEntry;
}

std::int64_t TimelineIndex::firstMs() const
{
    return m_entries.empty() ? 0 : m_entries.front().startMs;
}

std::int64_t TimelineIndex::lastMs() const
{
    std::int64_t last = 0;
    bool any = false;
    for (const Lane &lane : m_lanes)
        if (!lane.maxEnds.empty()) {
            last = any ? std::max(last, lane.maxEnds.back()) : lane.maxEnds.back();
            any = true;
        }
    return last;
}

std::pair<std::size_t, std::size_t> TimelineIndex::laneRange(std::size_t laneIndex,
                                                             std::int64_t fromMs,
                                                             std::int64_t toMs) const
{
    const Lane &lane = m_lanes[laneIndex];
    const auto first = std::lower_bound(lane.maxEnds.begin(), lane.maxEnds.end(), fromMs)
                       - lane.maxEnds.begin();
    const auto last = std::upper_bound(lane.starts.begin(), lane.starts.end(), toMs)
                      - lane.starts.begin();
    return {static_cast<std::size_t>(first),
            static_cast<std::size_t>(std::max(first, last))};
}

std::size_t TimelineIndex::countStarts(std::size_t laneIndex, std::int64_t fromMs,
                                       std::int64_t toMs) const
{
    const Lane &lane = m_lanes[laneIndex];
    const auto a = std::lower_bound(lane.starts.begin(), lane.starts.end(), fromMs);
    const auto b = std::lower_bound(a, lane.starts.end(), toMs);
    return static_cast<std::size_t>(b - a);
}

void TimelineIndex::binStarts(std::size_t laneIndex, std::int64_t fromMs, std::int64_t toMs,
                              std::vector<std::uint32_t> &counts) const
{
    const Lane &lane = m_lanes[laneIndex];
    const std::size_t bins = counts.size();
    if (bins == 0)
        return;
    const double width = static_cast<double>(toMs - fromMs) / static_cast<double>(bins);
    auto previous = std::lower_bound(lane.starts.begin(), lane.starts.end(), fromMs);
    for (std::size_t b = 0; b < bins; ++b) {
        const auto edge = b + 1 == bins ? toMs
                                        : fromMs + static_cast<std::int64_t>(width * double(b + 1));
        const auto next = std::lower_bound(previous, lane.starts.end(), edge);
        counts[b] = static_cast<std::uint32_t>(next - previous);
        previous = next;
    }
}

std::size_t TimelineIndex::memoryBytes() const
{
    std::size_t bytes = m_entries.capacity() * sizeof(TimelineEntry) + m_byUid.capacity() * sizeof(m_byUid.front()) +
                        (m_records->actorIds.capacity() + m_records->actorOffsets.capacity() +
                         m_records->symbolIds.capacity() + m_records->symbolOffsets.capacity()) *
                            sizeof(std::uint32_t);
    for (const Lane &lane : m_lanes)
        bytes += lane.entries.capacity() * 4 + lane.starts.capacity() * 8
                 + lane.maxEnds.capacity() * 8;
    return bytes;
}

} // namespace tickerline
