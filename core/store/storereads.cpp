// SPDX-License-Identifier: GPL-3.0-or-later
// The reading half of Store: rows back into domain values, in insertion order so that an
// export of an imported file comes out in the file's own order.
#include "store/filestore.h"

#include "error.h"
#include "store/barstore.h"

#include <QHash>

namespace tickerline {

namespace {

constexpr const char *kEventColumns =
    "SELECT e.id, e.uid, e.title, e.summary, e.kind, e.start_ms, e.end_ms, e.precision, e.uncertain, e.tz, "
    "d.uid FROM events e LEFT JOIN datasets d ON d.id = e.dataset_id ";

constexpr const char *kQuoteColumns =
    "SELECT q.id, q.uid, s.uid, e.uid, a.uid, q.exact, q.prefix, q.suffix, q.pos_start, q.pos_end, q.status, "
    "q.score, d.uid FROM quotes q JOIN sources s ON s.id = q.source_id LEFT JOIN events e ON e.id = q.event_id "
    "LEFT JOIN actors a ON a.id = q.speaker_id LEFT JOIN datasets d ON d.id = q.dataset_id ";

constexpr const char *kSourceColumns =
    "SELECT s.id, s.uid, s.kind, s.title, s.outlet, s.author, s.url, s.published_ms, s.precision, s.uncertain, "
    "s.lang, s.text, d.uid FROM sources s LEFT JOIN datasets d ON d.id = s.dataset_id ";

constexpr const char *kSymbolColumns =
    "SELECT y.ticker, y.name, y.kind, y.exchange, y.currency, y.shares_outstanding, y.shares_as_of, "
    "y.shares_source, d.uid FROM symbols y LEFT JOIN datasets d ON d.id = y.dataset_id ";

QList<Quote> readQuotes(Statement &statement)
{
    QList<Quote> quotes;
    while (statement.step()) {
        Quote quote;
        quote.id = statement.int64(0);
        quote.uid = statement.text(1);
        quote.source = statement.text(2);
        quote.event = statement.text(3);
        quote.speaker = statement.text(4);
        quote.exact = statement.text(5);
        quote.prefix = statement.text(6);
        quote.suffix = statement.text(7);
        quote.start = statement.int64(8);
        quote.end = statement.int64(9);
        quote.status = anchorStatusFromString(statement.text(10)).value_or(AnchorStatus::Orphaned);
        quote.score = statement.real(11);
        quote.dataset = statement.text(12);
        quotes << quote;
    }
    return quotes;
}

Source readSource(const Statement &statement)
{
    Source source;
    source.id = statement.int64(0);
    source.uid = statement.text(1);
    source.kind = statement.text(2);
    source.title = statement.text(3);
    source.outlet = statement.text(4);
    source.author = statement.text(5);
    source.url = statement.text(6);
    source.publishedMs = statement.optionalInt64(7);
    source.precision = precisionFromString(statement.text(8)).value_or(Precision::Day);
    source.uncertain = statement.int64(9) != 0;
    source.lang = statement.text(10);
    source.text = statement.text(11);
    source.dataset = statement.text(12);
    return source;
}

Symbol readSymbol(const Statement &statement)
{
    Symbol symbol;
    symbol.ticker = statement.text(0);
    symbol.name = statement.text(1);
    symbol.kind = statement.text(2);
    symbol.exchange = statement.text(3);
    symbol.currency = statement.text(4);
    symbol.sharesOutstanding = statement.optionalInt64(5);
    symbol.sharesAsOf = statement.text(6);
    symbol.sharesSource = statement.text(7);
    symbol.dataset = statement.text(8);
    return symbol;
}

QByteArray sql(const char *columns, const char *rest)
{
    return QByteArray(columns).append(rest);
}

} // namespace

QList<Event> FileStore::readEvents(const QByteArray &where, const char *order,
                                   const std::function<void(Statement &)> &bind)
{
    Statement statement(m_db, QByteArray(kEventColumns).append(where).append(' ').append(order).constData());
    bind(statement);
    QList<Event> events;
    QHash<std::int64_t, int> indexById;
    while (statement.step()) {
        Event event;
        event.id = statement.int64(0);
        event.uid = statement.text(1);
        event.title = statement.text(2);
        event.summary = statement.text(3);
        event.kind = eventKindFromString(statement.text(4)).value_or(EventKind::Other);
        event.startMs = statement.int64(5);
        event.endMs = statement.optionalInt64(6);
        event.precision = precisionFromString(statement.text(7)).value_or(Precision::Day);
        event.uncertain = statement.int64(8) != 0;
        event.tz = statement.text(9);
        event.dataset = statement.text(10);
        indexById.insert(event.id, int(events.size()));
        events << event;
    }
    if (events.isEmpty())
        return events;
    // Actors and symbols of the same events in two queries rather than two per event.
    const QByteArray ofThese =
        where.isEmpty() ? QByteArray() : "WHERE event_id IN (SELECT e.id FROM events e " + where + ") ";
    Statement actors(m_db,
                     QByteArray("SELECT event_id, a.uid, role FROM event_actors JOIN actors a ON a.id = actor_id " +
                                ofThese + "ORDER BY event_id, position")
                         .constData());
    bind(actors);
    while (actors.step()) {
        const auto it = indexById.constFind(actors.int64(0));
        if (it != indexById.cend())
            events[*it].actors << EventActor{actors.text(1), actors.text(2)};
    }
    Statement symbols(
        m_db, (QByteArray("SELECT event_id, symbol FROM event_symbols ") + ofThese + "ORDER BY event_id, position")
                  .constData());
    bind(symbols);
    while (symbols.step()) {
        const auto it = indexById.constFind(symbols.int64(0));
        if (it != indexById.cend())
            events[*it].symbols << symbols.text(1);
    }
    return events;
}

std::pair<QByteArray, std::function<void(Statement &)>> FileStore::eventFilterClause(const EventFilter &filter,
                                                                                    bool boundsIndexed)
{
    // Only the bounds that are given are written, so that SQLite can walk events_by_start between
    // them; a span that starts before the range is caught by widening it by the longest span.
    // A unary + keeps SQLite from walking the index by a bound.
    const QByteArray start = boundsIndexed ? "e.start_ms" : "+e.start_ms";
    QByteArrayList conditions;
    std::int64_t longestSpan = 0;
    if (filter.fromMs) {
        Statement span(m_db, "SELECT coalesce(max(coalesce(end_ms, start_ms) - start_ms), 0) FROM events");
        longestSpan = span.step() ? span.int64(0) : 0;
        conditions << start + " >= ?1 - ?5"
                   << "coalesce(e.end_ms, e.start_ms) >= ?1";
    }
    if (filter.toMs)
        conditions << start + " <= ?2";
    if (!filter.kinds.isEmpty()) {
        QByteArrayList kinds;
        for (EventKind kind : filter.kinds)
            kinds << "'" + toString(kind).toLatin1() + "'";
        conditions << "e.kind IN (" + kinds.join(',') + ")";
    }
    if (!filter.actor.isEmpty())
        conditions << "e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                      "WHERE a.uid = ?3 OR lower(a.name) = lower(?3))";
    if (!filter.symbol.isEmpty())
        conditions << "e.id IN (SELECT event_id FROM event_symbols WHERE upper(symbol) = upper(?4))";
    const QByteArray where = conditions.isEmpty() ? QByteArray() : "WHERE " + conditions.join(" AND ");
    return {where, [filter, longestSpan](Statement &statement) {
                if (filter.fromMs)
                    statement.bind(1, *filter.fromMs).bind(5, longestSpan);
                if (filter.toMs)
                    statement.bind(2, *filter.toMs);
                if (!filter.actor.isEmpty())
                    statement.bind(3, filter.actor);
                if (!filter.symbol.isEmpty())
                    statement.bind(4, filter.symbol);
            }};
}

QList<Event> FileStore::events(const EventFilter &filter)
{
    const auto [where, bind] = eventFilterClause(filter);
    return readEvents(where, "ORDER BY e.start_ms, e.id", bind);
}

std::optional<Event> FileStore::event(const QString &uid)
{
    const QList<Event> found =
        readEvents("WHERE e.uid = ?1", "", [&](Statement &statement) { statement.bind(1, uid); });
    return found.isEmpty() ? std::nullopt : std::optional<Event>(found.first());
}

QList<Actor> FileStore::actors()
{
    Statement statement(m_db, "SELECT a.uid, a.name, a.kind, d.uid FROM actors a "
                              "LEFT JOIN datasets d ON d.id = a.dataset_id ORDER BY a.id");
    QList<Actor> actors;
    while (statement.step())
        actors << Actor{statement.text(0), statement.text(1), statement.text(2), statement.text(3)};
    return actors;
}

QList<EventLink> FileStore::links()
{
    Statement statement(m_db, "SELECT f.uid, t.uid, l.type FROM event_links l JOIN events f ON f.id = l.from_id "
                              "JOIN events t ON t.id = l.to_id ORDER BY l.rowid");
    QList<EventLink> links;
    while (statement.step())
        links << EventLink{statement.text(0), statement.text(1), statement.text(2)};
    return links;
}

QList<Era> FileStore::eras()
{
    Statement statement(m_db, "SELECT r.uid, r.name, r.start_ms, r.end_ms, r.color, d.uid FROM eras r "
                              "LEFT JOIN datasets d ON d.id = r.dataset_id ORDER BY r.id");
    QList<Era> eras;
    while (statement.step())
        eras << Era{statement.text(0),  statement.text(1), statement.int64(2),
                    statement.int64(3), statement.text(4), statement.text(5)};
    return eras;
}

QList<DatasetInfo> FileStore::datasets()
{
    Statement statement(m_db, "SELECT uid, name, origin, licence, notes, imported_at FROM datasets ORDER BY id");
    QList<DatasetInfo> datasets;
    while (statement.step())
        datasets << DatasetInfo{statement.text(0), statement.text(1), statement.text(2),
                                statement.text(3), statement.text(4), statement.text(5)};
    return datasets;
}

QList<Source> FileStore::sources()
{
    Statement statement(m_db, sql(kSourceColumns, "ORDER BY s.id").constData());
    QList<Source> sources;
    while (statement.step())
        sources << readSource(statement);
    return sources;
}

QList<Source> FileStore::sourceHeaders()
{
    Statement statement(m_db, "SELECT s.id, s.uid, s.kind, s.title, s.outlet, s.author, s.url, s.published_ms, "
                              "s.precision, s.uncertain, s.lang, '', d.uid FROM sources s "
                              "LEFT JOIN datasets d ON d.id = s.dataset_id ORDER BY s.published_ms, s.uid");
    QList<Source> sources;
    while (statement.step())
        sources << readSource(statement);
    return sources;
}

std::optional<Source> FileStore::source(const QString &uid)
{
    Statement statement(m_db, sql(kSourceColumns, "WHERE s.uid = ?").constData());
    statement.bind(1, uid);
    if (!statement.step())
        return std::nullopt;
    return readSource(statement);
}

QList<Quote> FileStore::quotes()
{
    Statement statement(m_db, sql(kQuoteColumns, "ORDER BY q.id").constData());
    return readQuotes(statement);
}

QList<Quote> FileStore::quotesOfSource(const QString &sourceUid)
{
    Statement statement(m_db, sql(kQuoteColumns, "WHERE s.uid = ? ORDER BY q.pos_start, q.id").constData());
    statement.bind(1, sourceUid);
    return readQuotes(statement);
}

QList<Quote> FileStore::quotesOfEvent(const QString &eventUid)
{
    Statement statement(m_db, sql(kQuoteColumns, "WHERE e.uid = ? ORDER BY q.id").constData());
    statement.bind(1, eventUid);
    return readQuotes(statement);
}

qint64 FileStore::eventCount()
{
    Statement statement(m_db, "SELECT count(*) FROM events");
    return statement.step() ? statement.int64(0) : 0;
}

QHash<QString, int> FileStore::quoteCountsByEvent()
{
    Statement statement(m_db, "SELECT e.uid, count(*) FROM quotes q JOIN events e ON e.id = q.event_id GROUP BY e.id");
    QHash<QString, int> counts;
    while (statement.step())
        counts.insert(statement.text(0), int(statement.int64(1)));
    return counts;
}

namespace {

struct KeyColumn
{
    const char *table;
    const char *column;
};

KeyColumn keyColumn(KeyedTable table)
{
    static const KeyColumn kColumns[] = {{"datasets", "uid"},   {"actors", "uid"},  {"events", "uid"},
                                         {"eras", "uid"},       {"sources", "uid"}, {"quotes", "uid"},
                                         {"symbols", "ticker"}, {"views", "name"}};
    return kColumns[int(table)];
}

} // namespace

const char *keysSql(KeyedTable table)
{
    static const char *const kQueries[] = {
        "SELECT uid FROM datasets", "SELECT uid FROM actors", "SELECT uid FROM events",     "SELECT uid FROM eras",
        "SELECT uid FROM sources",  "SELECT uid FROM quotes", "SELECT ticker FROM symbols", "SELECT name FROM views"};
    return kQueries[int(table)];
}

QByteArray containsSql(KeyedTable table, const char *parameter)
{
    const KeyColumn key = keyColumn(table);
    return QByteArray("SELECT 1 FROM ") + key.table + " WHERE " + key.column + " = " + parameter;
}

QSet<QString> FileStore::keys(KeyedTable table)
{
    Statement statement(m_db, keysSql(table));
    QSet<QString> values;
    while (statement.step())
        values.insert(statement.text(0));
    return values;
}

bool FileStore::contains(KeyedTable table, const QString &key)
{
    Statement statement(m_db, containsSql(table, "?").constData());
    return statement.bind(1, key).step();
}

QList<Symbol> FileStore::symbols()
{
    Statement statement(m_db, sql(kSymbolColumns, "ORDER BY y.id").constData());
    QList<Symbol> symbols;
    while (statement.step())
        symbols << readSymbol(statement);
    return symbols;
}

std::optional<Symbol> FileStore::symbol(const QString &symbol)
{
    Statement statement(m_db, sql(kSymbolColumns, "WHERE upper(y.ticker) = upper(?)").constData());
    statement.bind(1, symbol);
    if (!statement.step())
        return std::nullopt;
    return readSymbol(statement);
}

QList<SymbolSummary> FileStore::symbolSummaries()
{
    QList<SymbolSummary> summaries;
    Statement ids(m_db, "SELECT id FROM symbols ORDER BY id");
    BarStore bars(m_db);
    for (const Symbol &symbol : symbols()) {
        ids.step();
        const SeriesExtent daily = bars.extent(ids.int64(0), QStringLiteral("1d"));
        summaries << SymbolSummary{symbol, daily.bars, daily.firstMs, daily.lastMs};
    }
    return summaries;
}

QList<PriceSeries> FileStore::allSeries(Bars bars)
{
    Statement statement(m_db, "SELECT y.ticker, s.interval, d.uid FROM series s JOIN symbols y ON y.id = s.symbol_id "
                              "LEFT JOIN datasets d ON d.id = s.dataset_id ORDER BY y.id, s.interval");
    QList<PriceSeries> all;
    while (statement.step()) {
        PriceSeries one;
        if (bars == Bars::Read) {
            one = series(statement.text(0), statement.text(1));
        } else {
            one.symbol = statement.text(0);
            one.interval = statement.text(1);
        }
        one.dataset = statement.text(2);
        all << one;
    }
    return all;
}

std::optional<std::int64_t> FileStore::symbolId(const QString &symbol)
{
    Statement find(m_db, "SELECT id FROM symbols WHERE upper(ticker) = upper(?) ORDER BY id LIMIT 1");
    find.bind(1, symbol);
    return find.step() ? std::optional<std::int64_t>(find.int64(0)) : std::nullopt;
}

PriceSeries FileStore::series(const QString &symbol, const QString &interval, std::optional<std::int64_t> fromMs,
                              std::optional<std::int64_t> toMs)
{
    PriceSeries series;
    series.symbol = symbol;
    series.interval = interval;
    if (const auto id = symbolId(symbol))
        series.bars = BarStore(m_db).read(*id, interval, fromMs, toMs);
    series.dataset = seriesDataset(symbol, interval);
    return series;
}

QString FileStore::seriesDataset(const QString &symbol, const QString &interval)
{
    // The series' provenance, which a chart's footer names.
    Statement dataset(m_db,
                      "SELECT d.uid FROM series s JOIN symbols y ON y.id = s.symbol_id "
                      "JOIN datasets d ON d.id = s.dataset_id WHERE upper(y.ticker) = upper(?) AND s.interval = ?");
    dataset.bind(1, symbol).bind(2, interval);
    return dataset.step() ? dataset.text(0) : QString();
}

SeriesExtent FileStore::seriesExtent(const QString &symbol, const QString &interval)
{
    const auto id = symbolId(symbol);
    return id ? BarStore(m_db).extent(*id, interval) : SeriesExtent{};
}

QStringList FileStore::seriesIntervals(const QString &symbol)
{
    Statement statement(m_db, "SELECT s.interval FROM series s JOIN symbols y ON y.id = s.symbol_id "
                              "WHERE upper(y.ticker) = upper(?) ORDER BY s.interval");
    statement.bind(1, symbol);
    QStringList intervals;
    while (statement.step())
        intervals << statement.text(0);
    return intervals;
}

PriceSeries FileStore::decimatedSeries(const QString &symbol, const QString &interval, std::int64_t fromMs,
                                       std::int64_t toMs, int columns)
{
    PriceSeries series;
    series.symbol = symbol;
    series.interval = interval;
    if (const auto id = symbolId(symbol))
        series.bars = BarStore(m_db).decimated(*id, interval, fromMs, toMs, columns);
    return series;
}

Snapshot FileStore::exportSnapshot(Bars bars)
{
    Snapshot snapshot;
    snapshot.datasets = datasets();
    snapshot.actors = actors();
    snapshot.events = readEvents({}, "ORDER BY e.id", [](Statement &) {});
    snapshot.links = links();
    snapshot.eras = eras();
    snapshot.sources = sources();
    snapshot.quotes = quotes();
    snapshot.symbols = symbols();
    snapshot.series = allSeries(bars);
    snapshot.views = savedViews();
    for (Event &event : snapshot.events)
        event.id = 0;
    for (Source &source : snapshot.sources)
        source.id = 0;
    for (Quote &quote : snapshot.quotes)
        quote.id = 0;
    return snapshot;
}

} // namespace tickerline
