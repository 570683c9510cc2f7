// SPDX-License-Identifier: GPL-3.0-or-later
// FileStore::forEachListedEvent: the events of a filter, in time order, printed as they are read and
// never held. Each event's actors, symbols and quotes come along: for a filtered listing from
// correlated subqueries of the one statement; for a listing of every event, after its first
// thousand, from the three small tables read once and put in the events' time order
// (EventDetailsIndex), which costs a sequential scan each instead of three index searches an
// event at random.
#include "store/filestore.h"
#include "store/storednames.h"

#include "error.h"

#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>

namespace tickerline {

namespace {

// The page cache of a listing (negative: KiB rather than pages), not a memory map: time order
// reads the events' rows at random, and a mapped page is checked again (cell_size_check) at every
// visit, where a cached one is checked once. Larger caches measured no faster (a million events
// read in time order touch most pages of the table once), so they stay small.
constexpr qint64 kListingCacheKiB = -16 * 1024;
constexpr qint64 kDetailedListingCacheKiB = -32 * 1024;

// A connection setting changed for one listing and given back after it, even when it throws.
class ScopedPragma final
{
public:
    ScopedPragma(Database &db, const char *name, qint64 value)
        : m_db(db)
        , m_name(name)
        , m_old(m_db.pragmaInt(name))
    {
        set(value);
    }
    ~ScopedPragma()
    {
        try {
            set(m_old);
        } catch (const Error &) { // a connection setting that cannot fail; never throw while unwinding
        }
    }
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    void set(qint64 value)
    {
        m_db.exec(QByteArray("PRAGMA ").append(m_name).append(" = ").append(QByteArray::number(value)).constData());
    }

    Database &m_db;
    const char *m_name;
    qint64 m_old;
};

// One read transaction around the listing's statements, so that the details read beforehand and
// the events read after them are of the same moment, whatever other processes write meanwhile.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db.handle()) != 0)
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ~ReadSnapshot()
    {
        if (!m_own)
            return;
        try {
            m_db.exec("COMMIT"); // it only read: nothing is written
        } catch (const Error &) { // never throw while unwinding
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_own;
};

// Each value of a subquery's rows packed as "<bytes>:<value>", the rows run together, so that
// no character of any text can be taken for a separator. NULL packs as empty text.
QByteArray packed(std::initializer_list<const char *> values)
{
    QByteArrayList parts;
    for (const char *value : values) {
        const QByteArray v = QByteArray("coalesce(") + value + ", '')";
        parts << "length(CAST(" + v + " AS BLOB)) || ':' || " + v;
    }
    return "group_concat(" + parts.join(" || ") + ", '')";
}

// Reads the packed values back, one at a time.
class PackedReader final
{
public:
    explicit PackedReader(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}

    bool atEnd() const { return m_at >= m_bytes.size(); }

    QByteArray next()
    {
        const qsizetype colon = m_bytes.indexOf(':', m_at);
        if (colon < 0) {
            m_at = m_bytes.size();
            return {};
        }
        const qsizetype size = m_bytes.mid(m_at, colon - m_at).toLongLong();
        const QByteArray value = m_bytes.mid(colon + 1, size);
        m_at = colon + 1 + size;
        return value;
    }

    QString nextText() { return QString::fromUtf8(next()); }
    std::int64_t nextInt() { return next().toLongLong(); }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};

// The few rows of an event put in the order FileStore::events gives them (an aggregate's order is
// SQLite's to choose).
template<typename T> void sortByKey(std::vector<std::pair<std::int64_t, T>> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

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
    static std::optional<EventDetailsIndex> of(Database &db)
    {
        Statement ids(db, "SELECT coalesce(min(id), 0), coalesce(max(id), 0), count(*) FROM events");
        if (!ids.step() || ids.int64(0) < 0 || ids.int64(1) > 2 * ids.int64(2) + 4096)
            return std::nullopt;
        return EventDetailsIndex(db, ids.int64(1));
    }

    // Fills the details of the event `eventId`; quickest when events come in time order.
    void fill(std::int64_t eventId, ListedEvent &event) const
    {
        const std::uint32_t rank = rankOf(eventId);
        event.actors.clear();
        for (const ActorRow &row : rowsOf(m_actorRows, m_actorStarts, rank)) {
            ListedEvent::Actor actor = row.actor >= 0 ? m_actors[std::size_t(row.actor)] : ListedEvent::Actor{};
            actor.role = m_roles[row.role];
            event.actors << std::move(actor);
        }
        event.symbols.clear();
        for (const SymbolRow &row : rowsOf(m_symbolRows, m_symbolStarts, rank))
            event.symbols << m_symbols[row.symbol];
        event.quotes.clear();
        for (const QuoteRow &row : rowsOf(m_quoteRows, m_quoteStarts, rank))
            event.quotes << row.quote;
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
        int add(const QString &text)
        {
            const auto found = m_numbers.constFind(text);
            if (found != m_numbers.cend())
                return *found;
            m_texts << text;
            return *m_numbers.insert(text, int(m_texts.size() - 1));
        }
        const QString &operator[](int number) const { return m_texts[number]; }

    private:
        QStringList m_texts;
        QHash<QString, int> m_numbers;
    };

    EventDetailsIndex(Database &db, std::int64_t maxId)
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
        // A row of an event the listing does not hold belongs to no event (a damaged file): left out.
        const auto rankOfRow = [this](std::int64_t eventId) {
            return eventId >= 0 && std::size_t(eventId) < m_rankOfId.size() ? m_rankOfId[std::size_t(eventId)]
                                                                           : kNoRank;
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
            ListedEvent::QuoteAnchor quote{rows.text(2), rows.text(3), rows.text(4), rows.int64(5), rows.int64(6),
                                           anchorStatusFromString(rows.text(7)).value_or(AnchorStatus::Orphaned)};
            m_quoteRows.push_back({rank, rows.int64(1), std::move(quote)});
        }
        m_actorStarts = inTimeOrder(m_actorRows, m_idOfRank.size());
        m_symbolStarts = inTimeOrder(m_symbolRows, m_idOfRank.size());
        m_quoteStarts = inTimeOrder(m_quoteRows, m_idOfRank.size());
    }

    // The rank of an event: the next one after the last asked for when the events come in time
    // order, as they do, so that its lookup is not a cache miss too.
    std::uint32_t rankOf(std::int64_t eventId) const
    {
        if (m_nextRank < m_idOfRank.size() && m_idOfRank[m_nextRank] == eventId)
            return std::uint32_t(m_nextRank++);
        const std::uint32_t rank =
            eventId >= 0 && std::size_t(eventId) < m_rankOfId.size() ? m_rankOfId[std::size_t(eventId)] : kNoRank;
        if (rank != kNoRank)
            m_nextRank = std::size_t(rank) + 1;
        return rank;
    }

    // Puts the rows in the order of their events' ranks, each event's in the order of their
    // positions (as the subqueries' rows are sorted), and returns where each event's rows begin:
    // the rows of rank r are [starts[r], starts[r + 1]).
    template<typename Row> static std::vector<std::uint32_t> inTimeOrder(std::vector<Row> &rows, std::size_t ranks)
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
    mutable std::size_t m_nextRank = 0;
    std::vector<ListedEvent::Actor> m_actors;
    Texts m_roles;
    Texts m_symbols;
    std::vector<ActorRow> m_actorRows;
    std::vector<SymbolRow> m_symbolRows;
    std::vector<QuoteRow> m_quoteRows;
    std::vector<std::uint32_t> m_actorStarts, m_symbolStarts, m_quoteStarts;
};

// The events a listing of every event reads with subqueries before it reads the details tables:
// enough to fill the first screens while that takes its half second.
constexpr int kFirstFromSubqueries = 1000;

// The listing's statement: the event's columns (its id tenth; its summary only with the details),
// then, with `subqueries`, its actors, symbols and quotes packed, in time order.
QByteArray listingSql(EventDetail detail, bool subqueries, const QByteArray &where)
{
    QByteArray sql = "SELECT e.uid, e.title, ";
    sql += detail == EventDetail::Full ? "e.summary" : "''";
    sql += ", e.kind, e.start_ms, e.end_ms, e.precision, e.uncertain, e.tz, e.id";
    if (subqueries) {
        sql += ", (SELECT " + packed({"ea.position", "a.uid", "a.name", "ea.role"}) +
               " FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id)";
        sql += ", (SELECT " + packed({"position", "symbol"}) + " FROM event_symbols WHERE event_id = e.id)";
        sql += ", (SELECT " + packed({"q.id", "q.uid", "s.uid", "q.exact", "q.pos_start", "q.pos_end", "q.status"}) +
               " FROM quotes q JOIN sources s ON s.id = q.source_id WHERE q.event_id = e.id)";
    }
    return sql + " FROM events e " + where + " ORDER BY e.start_ms, e.id";
}

// The event's own columns of a listing row.
void readListedRow(Statement &statement, ListedEvent &event)
{
    event.uid = storedUtf8(statement.blob(0));
    event.title = storedUtf8(statement.blob(1));
    event.summary = storedUtf8(statement.blob(2));
    event.kind = storedEventKind(statement.blob(3));
    event.startMs = statement.int64(4);
    event.endMs = statement.optionalInt64(5);
    event.precision = storedPrecision(statement.blob(6), Precision::Day);
    event.uncertain = statement.int64(7) != 0;
    event.tz = storedUtf8(statement.blob(8));
}

// An event's actors, symbols and quotes from the three packed subquery columns of its row.
class PackedDetails final
{
public:
    void read(Statement &statement, int firstColumn, ListedEvent &event)
    {
        m_actors.clear();
        for (PackedReader row(statement.blob(firstColumn)); !row.atEnd();) {
            const std::int64_t position = row.nextInt();
            ListedEvent::Actor actor;
            actor.uid = row.nextText();
            actor.name = row.nextText();
            actor.role = row.nextText();
            m_actors.emplace_back(position, std::move(actor));
        }
        sortByKey(m_actors);
        event.actors.clear();
        for (auto &[position, actor] : m_actors)
            event.actors << std::move(actor);

        m_symbols.clear();
        for (PackedReader row(statement.blob(firstColumn + 1)); !row.atEnd();) {
            const std::int64_t position = row.nextInt();
            m_symbols.emplace_back(position, row.nextText());
        }
        sortByKey(m_symbols);
        event.symbols.clear();
        for (auto &[position, symbol] : m_symbols)
            event.symbols << std::move(symbol);

        m_quotes.clear();
        for (PackedReader row(statement.blob(firstColumn + 2)); !row.atEnd();) {
            const std::int64_t id = row.nextInt();
            ListedEvent::QuoteAnchor quote;
            quote.uid = row.nextText();
            quote.source = row.nextText();
            quote.exact = row.nextText();
            quote.start = row.nextInt();
            quote.end = row.nextInt();
            quote.status = anchorStatusFromString(row.nextText()).value_or(AnchorStatus::Orphaned);
            m_quotes.emplace_back(id, std::move(quote));
        }
        sortByKey(m_quotes);
        event.quotes.clear();
        for (auto &[id, quote] : m_quotes)
            event.quotes << std::move(quote);
    }

private:
    std::vector<std::pair<std::int64_t, ListedEvent::Actor>> m_actors;
    std::vector<std::pair<std::int64_t, QString>> m_symbols;
    std::vector<std::pair<std::int64_t, ListedEvent::QuoteAnchor>> m_quotes;
};

} // namespace

void FileStore::forEachListedEvent(const EventFilter &filter, EventDetail detail,
                               const std::function<bool(const ListedEvent &)> &visit)
{
    const bool full = detail == EventDetail::Full;
    // A cache of fixed size whatever the number of events, given back after the listing.
    const ScopedPragma cache(m_db, "cache_size", full ? kDetailedListingCacheKiB : kListingCacheKiB);
    const ReadSnapshot snapshot(m_db);
    const auto [where, bind] = eventFilterClause(filter);

    ListedEvent event;
    PackedDetails packed;
    std::int64_t lastStart = 0;
    std::int64_t lastId = 0;
    qsizetype listed = 0;
    // Visits the rows of one statement; false when the visitor asked to stop.
    const auto visitRows = [&](Statement &statement, const EventDetailsIndex *index) {
        while (statement.step()) {
            readListedRow(statement, event);
            lastStart = event.startMs;
            lastId = statement.int64(9);
            if (index)
                index->fill(lastId, event);
            else if (full)
                packed.read(statement, 10, event);
            ++listed;
            if (!visit(event))
                return false;
        }
        return true;
    };
    if (!full || !where.isEmpty()) { // a filter may keep a few events of millions: subqueries
        Statement statement(m_db, listingSql(detail, full, where).constData());
        bind(statement);
        visitRows(statement, nullptr);
        return;
    }
    // Every event with its details: the first ones from subqueries, so that the first of them
    // shows at once; the rest with the details tables read once meanwhile.
    {
        Statement first(m_db, (listingSql(detail, true, {}) + " LIMIT " + QByteArray::number(kFirstFromSubqueries)).constData());
        if (!visitRows(first, nullptr) || listed < kFirstFromSubqueries)
            return;
    }
    const std::optional<EventDetailsIndex> index = EventDetailsIndex::of(m_db);
    Statement rest(m_db, listingSql(detail, !index, "WHERE (e.start_ms, e.id) > (?1, ?2)").constData());
    rest.bind(1, lastStart).bind(2, lastId);
    visitRows(rest, index ? &*index : nullptr);
}

} // namespace tickerline
