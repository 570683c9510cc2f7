// SPDX-License-Identifier: GPL-3.0-or-later
// FileStore::forEachListedEvent and writeListedEvents: the events of a filter, in time order,
// printed as they are read and never held. Each event's actors, symbols and quotes come along: for
// a filtered listing from correlated subqueries of the one statement; for a listing of every
// event, after its first thousand, from the three small tables read once and put in the events'
// time order (EventDetailsIndex), which costs a sequential scan each instead of three index
// searches an event at random. A listing of every event as bytes is read and formatted in pieces
// on further connections at once (PieceReaders), and written in order.
#include "store/eventdetailsindex.h"
#include "store/filestore.h"
#include "store/storednames.h"

#include "error.h"

#include <sqlite3.h>

#include <QHash>
#include <QScopeGuard>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <limits>
#include <mutex>
#include <optional>
#include <span>
#include <thread>

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

using Visit = std::function<bool(const ListedEvent &)>;
// A filter's WHERE clause over `events e` (empty for every event), and what binds its parameters
// (?1 to ?5, FileStore::eventFilterClause).
struct ListingFilter
{
    QByteArray where;
    std::function<void(Statement &)> bind;

    // The clause with one more condition, on parameters from ?6 on.
    QByteArray with(const char *condition) const
    {
        return (where.isEmpty() ? QByteArray("WHERE ") : where + " AND ") + condition;
    }
};
// Takes over a listing once its first events are listed: handed the details (or only the events'
// order) and the rank to go on from, true when it listed the rest (or was told to stop).
using ListRest = std::function<bool(const EventDetailsIndex &index, std::size_t fromRank)>;

// How many of a filter's events are listed with their details from subqueries before the
// details tables are read once for the rest: as many as cost about what that reading costs.
qsizetype eventsFromSubqueries(Database &db, const ListingFilter &filter)
{
    if (filter.where.isEmpty())
        return kFirstFromSubqueries;
    Statement last(db, "SELECT coalesce(max(id), 0) FROM events");
    return std::max<qsizetype>(kFirstFromSubqueries, last.step() ? last.int64(0) / 50 : 0);
}

// The events of a filter in time order, handed to `visit` one at a time.
void listEvents(Database &db, EventDetail detail, const ListingFilter &filter, const Visit &visit,
                const ListRest &listRest = {})
{
    const bool full = detail == EventDetail::Full;
    // A cache of fixed size whatever the number of events, given back after the listing.
    const ScopedPragma cache(db, "cache_size", full ? kDetailedListingCacheKiB : kListingCacheKiB);
    const ReadSnapshot snapshot(db);

    ListedEvent event;
    PackedDetails packed;
    std::int64_t lastStart = 0;
    std::int64_t lastId = 0;
    qsizetype listed = 0;
    // Visits the rows of one statement; false when the visitor asked to stop.
    const auto visitRows = [&](Statement &statement, const EventDetailsIndex *index) {
        std::optional<EventDetailsIndex::Cursor> cursor;
        if (index)
            cursor.emplace(*index, false);
        while (statement.step()) {
            readListedRow(statement, event);
            lastStart = event.startMs;
            lastId = statement.int64(9);
            if (index)
                index->fill(lastId, event, *cursor);
            else if (full)
                packed.read(statement, 10, event);
            ++listed;
            if (!visit(event))
                return false;
        }
        return true;
    };
    // Lines of text read in one statement, unless pieces of every event are read at once.
    if (!full && (!filter.where.isEmpty() || !listRest)) {
        Statement statement(db, listingSql(detail, false, filter.where).constData());
        filter.bind(statement);
        visitRows(statement, nullptr);
        return;
    }
    // The first events at once, their details from subqueries (a filter may keep a few events of
    // millions), then the rest, with the details tables (or only the events' order) read once.
    const qsizetype first = eventsFromSubqueries(db, filter);
    {
        Statement statement(db, (listingSql(detail, full, filter.where) + " LIMIT " + QByteArray::number(first)).constData());
        filter.bind(statement);
        if (!visitRows(statement, nullptr) || listed < first)
            return;
    }
    const std::optional<EventDetailsIndex> index = EventDetailsIndex::of(db, full);
    if (index && listRest && listRest(*index, index->rankAfter(lastId)))
        return;
    Statement rest(db, listingSql(detail, full && !index, filter.with("(e.start_ms, e.id) > (?6, ?7)")).constData());
    filter.bind(rest);
    rest.bind(6, lastStart).bind(7, lastId);
    visitRows(rest, full && index ? &*index : nullptr);
}

// Events formatted into a piece, written when it holds the listing's first event (so that it
// shows at once) and whenever it is large.
class PieceOutput final
{
public:
    PieceOutput(const Store::ListedEventFormat &format, const Store::ListingWriter &write)
        : m_format(format)
        , m_write(write)
    {}

    bool add(const ListedEvent &event)
    {
        m_format(m_piece, event, m_first);
        return std::exchange(m_first, false) || m_piece.size() >= kPieceBytes ? flush() : true;
    }
    // Writes what it holds; false once a write asked to stop.
    bool flush()
    {
        if (!m_piece.isEmpty() && m_writing)
            m_writing = m_write(m_piece);
        m_piece.resize(0); // keeps its capacity for the next events
        return m_writing;
    }

private:
    static constexpr qsizetype kPieceBytes = 64 * 1024;

    const Store::ListedEventFormat &m_format;
    const Store::ListingWriter &m_write;
    QByteArray m_piece;
    bool m_first = true;
    bool m_writing = true;
};

// Further connections to a file that list pieces of it at once, each on a thread of its own,
// while the caller's thread writes the pieces in order: the JSON listing of a million events is
// bound by reading and formatting on one core, not by the disk (3.9 s on one core of two).
class PieceReaders final
{
public:
    // Whether a listing of `db` may hold enough events to share out (its ids are counted from 1).
    static bool worthOpening(Database &db)
    {
        Statement last(db, "SELECT coalesce(max(id), 0) FROM events");
        return last.step() && last.int64(0) >= std::int64_t(kFirstFromSubqueries + 2 * kPieceEvents);
    }

    // Opened, and each one's view of the file noted, before the listing's snapshot begins.
    PieceReaders(const QString &path, int count, EventDetail detail)
    {
        const qint64 cacheKiB = detail == EventDetail::Full ? kDetailedListingCacheKiB : kListingCacheKiB;
        try {
            for (int i = 0; i < count; ++i) {
                Database db(path, Database::Mode::ReadOnly);
                db.exec(QByteArray("PRAGMA cache_size = ").append(QByteArray::number(cacheKiB)).constData());
                const int version = db.dataVersion();
                m_readers.push_back(std::make_unique<Reader>(std::move(db), version));
            }
        } catch (const Error &) { // a file this process cannot open twice: one thread lists it
            m_readers.clear();
        }
    }

    // Lists the events of `index` from `fromRank` on in pieces. False, having listed nothing, when
    // they are too few to share out, or when another connection committed since the readers
    // opened: their snapshots might then not be the listing's.
    bool list(const EventDetailsIndex &index, std::size_t fromRank, EventDetail detail, const ListingFilter &filter,
              const Store::ListedEventFormat &format, const Store::ListingWriter &write)
    {
        if (m_readers.size() < 2 || index.size() < fromRank + 2 * kPieceEvents)
            return false;
        try {
            for (const auto &reader : m_readers) {
                reader->snapshot.emplace(reader->db);
                if (reader->db.dataVersion() != reader->versionBefore)
                    return false;
            }
        } catch (const Error &) { // a reader kept waiting: the listing's own connection goes on
            return false;
        }
        m_index = &index;
        m_fromRank = fromRank;
        m_pieces = (index.size() - fromRank + kPieceEvents - 1) / kPieceEvents;
        m_ready.assign(m_pieces, std::nullopt);
        m_detail = detail;
        m_filter = &filter;
        m_format = &format;
        {
            std::vector<std::jthread> threads;
            // Told to stop before they are joined, however the writing (or starting them) ends.
            const auto stopFirst = qScopeGuard([this] { stop(); });
            for (const auto &reader : m_readers)
                threads.emplace_back([this, &reader] { formatPieces(*reader); });
            writePieces(write);
        }
        if (m_error)
            std::rethrow_exception(m_error);
        return true;
    }

private:
    // Events a piece holds: big enough that a piece's statement costs nothing, small enough that
    // the few pieces held at once stay a few megabytes.
    static constexpr std::size_t kPieceEvents = 4096;

    struct Reader
    {
        Reader(Database database, int version)
            : db(std::move(database))
            , versionBefore(version)
        {}
        Database db;
        int versionBefore;
        std::optional<ReadSnapshot> snapshot;
    };

    // On a reader's thread: takes the next piece not yet taken, once it is among the next few to
    // write, and formats it.
    void formatPieces(Reader &reader)
    {
        try {
            Statement startOf(reader.db, "SELECT start_ms FROM events WHERE id = ?");
            Statement rows(reader.db,
                           listingSql(m_detail, false, m_filter->with("(e.start_ms, e.id) >= (?6, ?7) AND (e.start_ms, e.id) < (?8, ?9)"))
                               .constData());
            const auto keyOfRank = [&](std::size_t rank) -> std::pair<std::int64_t, std::int64_t> {
                if (rank >= m_index->size()) // after the last event
                    return {std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::max()};
                const std::int64_t id = m_index->idOfRank(rank);
                startOf.reset();
                if (!startOf.bind(1, id).step())
                    throw Error(QStringLiteral("an event went missing while it was listed"));
                return {startOf.int64(0), id};
            };
            EventDetailsIndex::Cursor cursor(*m_index, true);
            ListedEvent event;
            for (;;) {
                const std::size_t piece = m_nextPiece.fetch_add(1);
                if (piece >= m_pieces || !waitForRoom(piece))
                    return;
                const std::size_t from = m_fromRank + piece * kPieceEvents;
                const std::size_t count = std::min(kPieceEvents, m_index->size() - from);
                const auto [firstStart, firstId] = keyOfRank(from);
                const auto [endStart, endId] = keyOfRank(from + count);
                rows.reset();
                m_filter->bind(rows);
                rows.bind(6, firstStart).bind(7, firstId).bind(8, endStart).bind(9, endId);
                QByteArray bytes;
                std::size_t listed = 0;
                while (rows.step()) {
                    readListedRow(rows, event);
                    if (m_detail == EventDetail::Full)
                        m_index->fill(rows.int64(9), event, cursor);
                    (*m_format)(bytes, event, false);
                    ++listed;
                }
                if (m_filter->where.isEmpty() && listed != count)
                    throw Error(QStringLiteral("an event went missing while it was listed"));
                const std::lock_guard lock(m_mutex);
                m_ready[piece] = std::move(bytes);
                m_changed.notify_all();
            }
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::current_exception();
            m_stopped = true;
            m_changed.notify_all();
        }
    }

    // Whether `piece` may be formatted now: it waits while it is too far ahead of the writing.
    bool waitForRoom(std::size_t piece)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || piece < m_written + kPiecesAhead * m_readers.size(); });
        return !m_stopped;
    }

    // On the caller's thread: each piece in order, as soon as it is formatted.
    void writePieces(const Store::ListingWriter &write)
    {
        for (std::size_t piece = 0; piece < m_pieces; ++piece) {
            QByteArray bytes;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stopped || m_ready[piece].has_value(); });
                if (m_stopped)
                    return;
                bytes = std::move(*m_ready[piece]);
                m_ready[piece].reset();
            }
            const bool more = write(bytes);
            const std::lock_guard lock(m_mutex);
            m_written = piece + 1;
            m_stopped = !more;
            m_changed.notify_all();
            if (!more)
                return;
        }
    }

    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

    // Pieces formatted ahead of the writing, for each reader.
    static constexpr std::size_t kPiecesAhead = 2;

    std::vector<std::unique_ptr<Reader>> m_readers;
    const EventDetailsIndex *m_index = nullptr;
    std::size_t m_fromRank = 0;
    std::size_t m_pieces = 0;
    EventDetail m_detail = EventDetail::Full;
    const ListingFilter *m_filter = nullptr;
    const Store::ListedEventFormat *m_format = nullptr;
    std::atomic<std::size_t> m_nextPiece = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::optional<QByteArray>> m_ready; // formatted pieces not yet written
    std::size_t m_written = 0;
    bool m_stopped = false;
    std::exception_ptr m_error;
};

// Threads that list pieces of one listing: two per core would only take turns.
int pieceReaderCount()
{
    return std::min(QThread::idealThreadCount(), 4);
}

} // namespace

void Store::writeListedEvents(const EventFilter &filter, EventDetail detail, const ListedEventFormat &format,
                              const ListingWriter &write)
{
    PieceOutput out(format, write);
    forEachListedEvent(filter, detail, [&out](const ListedEvent &event) { return out.add(event); });
    out.flush();
}

void FileStore::forEachListedEvent(const EventFilter &filter, EventDetail detail, const Visit &visit)
{
    auto [where, bind] = eventFilterClause(filter);
    listEvents(m_db, detail, {std::move(where), std::move(bind)}, visit);
}

void FileStore::writeListedEvents(const EventFilter &filter, EventDetail detail, const ListedEventFormat &format,
                                  const ListingWriter &write)
{
    const int readers = pieceReaderCount();
    // Not in pieces for an actor or a symbol: their events are found from the few rows that name
    // them, which each piece would read again.
    if (!filter.actor.isEmpty() || !filter.symbol.isEmpty() || readers < 2 || !PieceReaders::worthOpening(m_db))
        return Store::writeListedEvents(filter, detail, format, write);
    auto [where, bind] = eventFilterClause(filter);
    const ListingFilter listing{std::move(where), std::move(bind)};
    // A piece walks the index between bounds of its own, the filter's only checked.
    auto [piecesWhere, piecesBind] = eventFilterClause(filter, false);
    const ListingFilter inPieces{std::move(piecesWhere), std::move(piecesBind)};
    PieceReaders pieces(m_db.path(), readers, detail);
    PieceOutput out(format, write);
    listEvents(m_db, detail, listing, [&out](const ListedEvent &event) { return out.add(event); },
               [&](const EventDetailsIndex &index, std::size_t fromRank) {
                   return !out.flush() || pieces.list(index, fromRank, detail, inPieces, format, write);
               });
    out.flush();
}

} // namespace tickerline
