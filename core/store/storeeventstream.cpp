// SPDX-License-Identifier: GPL-3.0-or-later
// Store::forEachListedEvent: the events of a filter, in time order, from one statement whose
// correlated subqueries bring each event's actors, symbols and quotes along, so that a million
// events are printed as they are read and never held.
#include "store/store.h"
#include "store/storednames.h"

#include "error.h"

#include <algorithm>

namespace tickerline {

namespace {

// The page cache of a listing (negative: KiB rather than pages). Time order reads the events'
// rows at random, and with the details the rows of every small table too: pages kept in the cache
// are checked once (cell_size_check) and read once, where a memory map would have every page
// checked again at each visit.
constexpr qint64 kListingCacheKiB = -64 * 1024;
constexpr qint64 kDetailedListingCacheKiB = -128 * 1024;

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

// The few rows of an event put in the order Store::events gives them (an aggregate's order is
// SQLite's to choose).
template<typename T> void sortByKey(std::vector<std::pair<std::int64_t, T>> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

} // namespace

void Store::forEachListedEvent(const EventFilter &filter, EventDetail detail,
                               const std::function<bool(const ListedEvent &)> &visit)
{
    const auto [where, bind] = eventFilterClause(filter);
    QByteArray sql = "SELECT e.uid, e.title, e.summary, e.kind, e.start_ms, e.end_ms, e.precision, e.uncertain, e.tz";
    if (detail == EventDetail::Full) {
        sql += ", (SELECT " + packed({"ea.position", "a.uid", "a.name", "ea.role"}) +
               " FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id)";
        sql += ", (SELECT " + packed({"position", "symbol"}) + " FROM event_symbols WHERE event_id = e.id)";
        sql += ", (SELECT " + packed({"q.id", "q.uid", "s.uid", "q.exact", "q.pos_start", "q.pos_end", "q.status"}) +
               " FROM quotes q JOIN sources s ON s.id = q.source_id WHERE q.event_id = e.id)";
    }
    sql += " FROM events e " + where + " ORDER BY e.start_ms, e.id";
    // A cache of fixed size whatever the number of events, given back afterwards.
    const ScopedPragma cache(m_db, "cache_size",
                             detail == EventDetail::Full ? kDetailedListingCacheKiB : kListingCacheKiB);
    Statement statement(m_db, sql.constData());
    bind(statement);

    ListedEvent event;
    std::vector<std::pair<std::int64_t, ListedEvent::Actor>> actors;
    std::vector<std::pair<std::int64_t, QString>> symbols;
    std::vector<std::pair<std::int64_t, ListedEvent::QuoteAnchor>> quotes;
    while (statement.step()) {
        event.uid = statement.text(0);
        event.title = statement.text(1);
        event.summary = statement.text(2);
        event.kind = storedEventKind(statement.blob(3));
        event.startMs = statement.int64(4);
        event.endMs = statement.optionalInt64(5);
        event.precision = storedPrecision(statement.blob(6), Precision::Day);
        event.uncertain = statement.int64(7) != 0;
        event.tz = statement.text(8);
        if (detail == EventDetail::Full) {
            actors.clear();
            for (PackedReader row(statement.blob(9)); !row.atEnd();) {
                const std::int64_t position = row.nextInt();
                ListedEvent::Actor actor;
                actor.uid = row.nextText();
                actor.name = row.nextText();
                actor.role = row.nextText();
                actors.emplace_back(position, std::move(actor));
            }
            sortByKey(actors);
            event.actors.clear();
            for (auto &[position, actor] : actors)
                event.actors << std::move(actor);

            symbols.clear();
            for (PackedReader row(statement.blob(10)); !row.atEnd();) {
                const std::int64_t position = row.nextInt();
                symbols.emplace_back(position, row.nextText());
            }
            sortByKey(symbols);
            event.symbols.clear();
            for (auto &[position, symbol] : symbols)
                event.symbols << std::move(symbol);

            quotes.clear();
            for (PackedReader row(statement.blob(11)); !row.atEnd();) {
                const std::int64_t id = row.nextInt();
                ListedEvent::QuoteAnchor quote;
                quote.uid = row.nextText();
                quote.source = row.nextText();
                quote.exact = row.nextText();
                quote.start = row.nextInt();
                quote.end = row.nextInt();
                quote.status = anchorStatusFromString(row.nextText()).value_or(AnchorStatus::Orphaned);
                quotes.emplace_back(id, std::move(quote));
            }
            sortByKey(quotes);
            event.quotes.clear();
            for (auto &[id, quote] : quotes)
                event.quotes << std::move(quote);
        }
        if (!visit(event))
            return;
    }
}

} // namespace tickerline
