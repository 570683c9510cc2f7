// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/eventdetailsindex.h"

#include <algorithm>

namespace tickerline {

std::optional<EventDetailsIndex> EventDetailsIndex::of(Database &db, bool details)
{
    Statement ids(db, "SELECT coalesce(min(id), 0), coalesce(max(id), 0), count(*) FROM events");
    if (!ids.step() || ids.int64(0) < 0 || ids.int64(1) > 2 * ids.int64(2) + 4096)
        return std::nullopt;
    return EventDetailsIndex(db, ids.int64(1), details);
}

int EventDetailsIndex::Texts::add(const QString &text)
{
    const auto found = m_numbers.constFind(text);
    if (found != m_numbers.cend())
        return *found;
    m_texts << text;
    return *m_numbers.insert(text, int(m_texts.size() - 1));
}

template<typename Row>
std::vector<std::uint32_t> EventDetailsIndex::inTimeOrder(std::vector<Row> &rows, std::size_t ranks)
{
    std::vector<std::uint32_t> starts(ranks + 1, 0);
    for (const Row &row : rows)
        ++starts[std::size_t(row.rank) + 1];
    for (std::size_t i = 1; i < starts.size(); ++i)
        starts[i] += starts[i - 1];
    std::vector<Row> placed(rows.size());
    std::vector<std::uint32_t> next(starts.begin(), starts.end() - 1);
    for (Row &row : rows)
        placed[next[row.rank]++] = std::move(row);
    rows = std::move(placed);
    for (std::size_t r = 0; r < ranks; ++r) {
        if (starts[r + 1] - starts[r] > 1)
            std::stable_sort(rows.begin() + starts[r], rows.begin() + starts[r + 1],
                             [](const Row &a, const Row &b) { return a.position < b.position; });
    }
    return starts;
}

EventDetailsIndex::EventDetailsIndex(Database &db, std::int64_t maxId, bool details)
    : m_rankOfId(std::size_t(maxId) + 1, kNoRank)
{
    // The listing's own order (events_by_start holds each event's id beside its start).
    for (Statement order(db, "SELECT id FROM events ORDER BY start_ms, id"); order.step();) {
        const std::int64_t id = order.int64(0);
        if (id >= 0 && id <= maxId) {
            m_rankOfId[std::size_t(id)] = std::uint32_t(m_idOfRank.size());
            m_idOfRank.push_back(id);
        }
    }
    if (!details)
        return;
    // A row of an event the listing does not hold belongs to no event (a damaged file): left out.
    const auto rankOfRow = [this](std::int64_t eventId) {
        return eventId >= 0 && std::size_t(eventId) < m_rankOfId.size() ? m_rankOfId[std::size_t(eventId)] : kNoRank;
    };
    QHash<std::int64_t, int> actorIndex;
    for (Statement actors(db, "SELECT id, uid, name FROM actors"); actors.step();) {
        actorIndex.insert(actors.int64(0), int(m_actors.size()));
        m_actors.push_back({actors.text(1), actors.text(2), QString()});
    }
    for (Statement rows(db, "SELECT event_id, position, actor_id, role FROM event_actors"); rows.step();) {
        if (const std::uint32_t rank = rankOfRow(rows.int64(0)); rank != kNoRank)
            m_actorRows.push_back(
                {rank, rows.int64(1), actorIndex.value(rows.int64(2), -1), m_roles.add(rows.text(3))});
    }
    for (Statement rows(db, "SELECT event_id, position, symbol FROM event_symbols"); rows.step();) {
        if (const std::uint32_t rank = rankOfRow(rows.int64(0)); rank != kNoRank)
            m_symbolRows.push_back({rank, rows.int64(1), m_symbols.add(rows.text(2))});
    }
    for (Statement rows(db, "SELECT q.event_id, q.id, q.uid, s.uid, q.exact, q.pos_start, q.pos_end, q.status "
                            "FROM quotes q JOIN sources s ON s.id = q.source_id WHERE q.event_id IS NOT NULL");
         rows.step();) {
        const std::uint32_t rank = rankOfRow(rows.int64(0));
        if (rank == kNoRank)
            continue;
        ListedEvent::QuoteAnchor quote{
            rows.text(2),  rows.text(3),  rows.text(4),
            rows.int64(5), rows.int64(6), anchorStatusFromString(rows.text(7)).value_or(AnchorStatus::Orphaned)};
        m_quoteRows.push_back({rank, rows.int64(1), std::move(quote)});
    }
    m_actorStarts = inTimeOrder(m_actorRows, m_idOfRank.size());
    m_symbolStarts = inTimeOrder(m_symbolRows, m_idOfRank.size());
    m_quoteStarts = inTimeOrder(m_quoteRows, m_idOfRank.size());
}

} // namespace tickerline
