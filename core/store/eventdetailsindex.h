// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/store.h"

#include <QHash>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace tickerline {

// Every event's actors, symbols and quotes, read in their tables' order and kept in the events'
// time order, so that a listing in time order reads them front to back: looked up by event id,
// the rows of a million events in random order cost several cache misses an event (a third of
// the JSON listing's time). A few bytes a row (texts that repeat, actors' names, roles and
// symbols, are kept once).
class EventDetailsIndex final
{
public:
    // The index of a database whose event ids are dense (as rows numbered on insertion are):
    // none for a file whose ids are negative or far apart, which the subqueries list instead.
    // Without `details`, only the events' order (for a listing without them).
    static std::optional<EventDetailsIndex> of(Database &db, bool details);

    // Where one reader of the index is, with its own copies of the texts that repeat (actors'
    // names, roles, symbols) when it reads on a thread of its own: two threads copying the same
    // strings would count references on the same cache lines at every event.
    class Cursor final
    {
    public:
        Cursor(const EventDetailsIndex &index, bool ownTexts)
            : m_actors(index.m_actors)
            , m_roles(index.m_roles.texts())
            , m_symbols(index.m_symbols.texts())
        {
            if (!ownTexts)
                return;
            const auto own = [](QString &text) { text = QString(text.constData(), text.size()); };
            for (ListedEvent::Actor &actor : m_actors) {
                own(actor.uid);
                own(actor.name);
                own(actor.role);
            }
            std::for_each(m_roles.begin(), m_roles.end(), own);
            std::for_each(m_symbols.begin(), m_symbols.end(), own);
        }

    private:
        friend class EventDetailsIndex;
        std::size_t m_nextRank = 0;
        std::vector<ListedEvent::Actor> m_actors;
        QStringList m_roles;
        QStringList m_symbols;
    };

    // Fills the details of the event `eventId`; quickest when events come in time order.
    void fill(std::int64_t eventId, ListedEvent &event, Cursor &cursor) const
    {
        const std::uint32_t rank = rankOf(eventId, cursor.m_nextRank);
        event.actors.clear();
        for (const ActorRow &row : rowsOf(m_actorRows, m_actorStarts, rank)) {
            ListedEvent::Actor actor = row.actor >= 0 ? cursor.m_actors[std::size_t(row.actor)] : ListedEvent::Actor{};
            actor.role = cursor.m_roles[row.role];
            event.actors << std::move(actor);
        }
        event.symbols.clear();
        for (const SymbolRow &row : rowsOf(m_symbolRows, m_symbolStarts, rank))
            event.symbols << cursor.m_symbols[row.symbol];
        event.quotes.clear();
        for (const QuoteRow &row : rowsOf(m_quoteRows, m_quoteStarts, rank))
            event.quotes << row.quote;
    }

    // The events in the listing's order: how many, the id of each, and the rank that follows an
    // event's.
    std::size_t size() const { return m_idOfRank.size(); }
    std::int64_t idOfRank(std::size_t rank) const { return m_idOfRank[rank]; }
    std::size_t rankAfter(std::int64_t eventId) const
    {
        std::size_t next = 0;
        return std::size_t(rankOf(eventId, next)) + 1;
    }

private:
    static constexpr std::uint32_t kNoRank = std::numeric_limits<std::uint32_t>::max();

    struct ActorRow
    {
        std::uint32_t rank; // of its event in time order
        std::int64_t position;
        int actor; // in m_actors; -1 for an actor the table lacks
        int role;  // in m_roles
    };
    struct SymbolRow
    {
        std::uint32_t rank;
        std::int64_t position;
        int symbol; // in m_symbols
    };
    struct QuoteRow
    {
        std::uint32_t rank;
        std::int64_t position; // the quote's id
        ListedEvent::QuoteAnchor quote;
    };

    // Each text once, by number.
    class Texts final
    {
    public:
        int add(const QString &text);
        const QStringList &texts() const { return m_texts; }

    private:
        QStringList m_texts;
        QHash<QString, int> m_numbers;
    };

    EventDetailsIndex(Database &db, std::int64_t maxId, bool details);

    // The rank of an event: the next one after the last asked for when the events come in time
    // order, as they do, so that its lookup is not a cache miss too.
    std::uint32_t rankOf(std::int64_t eventId, std::size_t &nextRank) const
    {
        if (nextRank < m_idOfRank.size() && m_idOfRank[nextRank] == eventId)
            return std::uint32_t(nextRank++);
        const std::uint32_t rank =
            eventId >= 0 && std::size_t(eventId) < m_rankOfId.size() ? m_rankOfId[std::size_t(eventId)] : kNoRank;
        if (rank != kNoRank)
            nextRank = std::size_t(rank) + 1;
        return rank;
    }

    // Puts the rows in the order of their events' ranks, each event's in the order of their
    // positions (as the subqueries' rows are sorted), and returns where each event's rows begin:
    // the rows of rank r are [starts[r], starts[r + 1]).
    template<typename Row> static std::vector<std::uint32_t> inTimeOrder(std::vector<Row> &rows, std::size_t ranks);

    template<typename Row>
    static std::span<const Row> rowsOf(const std::vector<Row> &rows, const std::vector<std::uint32_t> &starts,
                                       std::uint32_t rank)
    {
        if (std::size_t(rank) + 1 >= starts.size())
            return {};
        return {rows.data() + starts[rank], rows.data() + starts[std::size_t(rank) + 1]};
    }

    std::vector<std::uint32_t> m_rankOfId; // by event id
    std::vector<std::int64_t> m_idOfRank;  // the events' ids in time order
    std::vector<ListedEvent::Actor> m_actors;
    Texts m_roles;
    Texts m_symbols;
    std::vector<ActorRow> m_actorRows;
    std::vector<SymbolRow> m_symbolRows;
    std::vector<QuoteRow> m_quoteRows;
    std::vector<std::uint32_t> m_actorStarts, m_symbolStarts, m_quoteStarts;
};

} // namespace tickerline
