// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgstore.h"

#include "error.h"
#include "store/barblockcodec.h"
#include "store/eventrules.h"
#include "store/importchecks.h"
#include "store/rowchecks.h"
#include "store/storednames.h"
#include "store/postgres/pgschema.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

namespace tickerline {

namespace {

// The ids of a table's rows by their key, read once per import.
class PgKeyIndex final
{
public:
    PgKeyIndex(PgConnection &db, const char *sql)
    {
        const PgResult rows = db.exec(sql);
        m_ids.reserve(rows.rows());
        for (int row = 0; row < rows.rows(); ++row)
            m_ids.insert(rows.text(row, 0), rows.int64(row, 1));
    }
    std::int64_t find(const QString &key) const { return key.isEmpty() ? 0 : m_ids.value(key, 0); }
    bool contains(const QString &key) const { return m_ids.contains(key); }
    void add(const QString &key, std::int64_t id) { m_ids.insert(key, id); }

private:
    QHash<QString, std::int64_t> m_ids;
};

std::optional<std::int64_t> optionalId(std::int64_t id)
{
    return id ? std::optional<std::int64_t>(id) : std::nullopt;
}

std::int64_t insertedId(PgConnection &db, const char *sql, const PgParams &params)
{
    return db.exec(sql, params).int64(0, 0);
}

// Ids for count new rows of a table, taken from its sequence at once, in increasing order: the
// rows then go in through COPY with their ids, and their children can name them.
std::vector<std::int64_t> reserveIds(PgConnection &db, const QString &table, qsizetype count)
{
    const PgResult rows = db.exec("SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2) "
                                  "ORDER BY 1",
                                  PgParams().add(table).add(std::int64_t(count)));
    std::vector<std::int64_t> ids;
    ids.reserve(std::size_t(count));
    for (int row = 0; row < rows.rows(); ++row)
        ids.push_back(rows.int64(row, 0));
    return ids;
}

std::optional<std::int64_t> optionalInt64(const PgResult &rows, int row, int column)
{
    return rows.isNull(row, column) ? std::nullopt : std::optional<std::int64_t>(rows.int64(row, column));
}

std::optional<double> optionalReal(const PgResult &rows, int row, int column)
{
    return rows.isNull(row, column) ? std::nullopt : std::optional<double>(rows.text(row, column).toDouble());
}

bool boolean(const PgResult &rows, int row, int column)
{
    return rows.text(row, column) == QLatin1String("t");
}

QString nowIsoUtc()
{
    return formatIsoUtc(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000);
}

void importEvents(PgConnection &db, const QList<Event> &events, const PgKeyIndex &datasets, const PgKeyIndex &actors,
                  PgKeyIndex &eventIds)
{
    if (events.isEmpty())
        return;
    // Everything is checked before the first row is sent.
    QSet<QString> seen;
    seen.reserve(events.size());
    for (const Event &event : events) {
        if (eventIds.contains(event.uid) || seen.contains(event.uid))
            throw alreadyInDatabase(QStringLiteral("event"), event.uid);
        seen.insert(event.uid);
        for (const EventActor &actor : event.actors) {
            if (!actors.find(actor.actor))
                throw Error(QStringLiteral("event \"%1\" names an unknown actor \"%2\"").arg(event.uid, actor.actor));
        }
    }
    const std::vector<std::int64_t> ids = reserveIds(db, QStringLiteral("events"), events.size());
    {
        PgCopyIn copy(db, "COPY events (id, uid, title, summary, kind, start_ms, end_ms, precision, uncertain, tz, "
                          "dataset_id) FROM STDIN");
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = events[i];
            copy.field(ids[std::size_t(i)]).field(event.uid).field(event.title).field(event.summary);
            copy.field(toString(event.kind)).field(event.startMs).field(event.endMs).field(toString(event.precision));
            copy.field(event.uncertain).field(event.tz).field(optionalId(datasets.find(event.dataset)));
            copy.endRow();
            eventIds.add(event.uid, ids[std::size_t(i)]);
        }
        copy.finish();
    }
    {
        PgCopyIn copy(db, "COPY event_actors (event_id, actor_id, role, position) FROM STDIN");
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QList<EventActor> &named = events[i].actors;
            for (qsizetype position = 0; position < named.size(); ++position) {
                copy.field(ids[std::size_t(i)]).field(actors.find(named[position].actor)).field(named[position].role);
                copy.field(std::int64_t(position)).endRow();
            }
        }
        copy.finish();
    }
    {
        PgCopyIn copy(db, "COPY event_symbols (event_id, symbol, position) FROM STDIN");
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QStringList &symbols = events[i].symbols;
            for (qsizetype position = 0; position < symbols.size(); ++position)
                copy.field(ids[std::size_t(i)]).field(symbols[position]).field(std::int64_t(position)).endRow();
        }
        copy.finish();
    }
}

// Each summary level groups this many units of the level below (bars, for level 1).
constexpr int kSummaryFanOut = 8;

// The aggregates that merge units of a level into one (a summary's columns, in table order from
// first_ts on): first and last by instant, lowest and highest close with the first instant of
// each, extremes of high, low and volume. Instants fit a double exactly (below 2^53 ms).
constexpr const char *kMergeSummaries =
    "min(first_ts), max(last_ts), sum(count), (min(ARRAY[first_ts::float8, open]))[2], "
    "(min(ARRAY[first_ts::float8, first_close]))[2], (max(ARRAY[last_ts::float8, last_close]))[2], "
    "(min(ARRAY[min_close, min_ts::float8]))[2]::bigint, min(min_close), "
    "(-(max(ARRAY[max_close, -max_ts::float8]))[2])::bigint, max(max_close), "
    "max(max_high), min(min_low), max(max_volume)";

// Bars as level-0 units of the same shape, for the first level.
constexpr const char *kBarsAsUnits =
    "SELECT ts_ms AS first_ts, ts_ms AS last_ts, 1 AS count, open, close AS first_close, close AS last_close, "
    "ts_ms AS min_ts, close AS min_close, ts_ms AS max_ts, close AS max_close, high AS max_high, low AS min_low, "
    "volume AS max_volume FROM bars WHERE symbol_id = $1 AND interval = $2";

// The first instant of the unit of a summary level that starts last at or before `ts`. Written as
// a walk back along the primary key (ORDER BY … LIMIT 1): max() is planned that way only once the
// table has statistics, and right after a bulk load it read every unit of the level.
std::optional<std::int64_t> unitStartingBy(PgConnection &db, std::int64_t symbolId, const QString &interval, int level,
                                           std::int64_t ts)
{
    const PgResult unit = db.exec("SELECT first_ts FROM bar_summaries WHERE symbol_id = $1 AND interval = $2 "
                                  "AND level = $3 AND first_ts <= $4 ORDER BY first_ts DESC LIMIT 1",
                                  PgParams().add(symbolId).add(interval).add(level).add(ts));
    return unit.rows() ? std::optional<std::int64_t>(unit.int64(0, 0)) : std::nullopt;
}

// Brings the summary levels of a series up to date with its bars from the instant `changedFrom`
// on (the earliest bar written). At each level the unit that holds that instant and every later
// one are made again from the level below; earlier units stay, so appending to a long series
// costs what the new bars cost. Levels are made until one holds at most kSummaryFanOut units.
void summarise(PgConnection &db, std::int64_t symbolId, const QString &interval, std::int64_t changedFrom)
{
    std::int64_t from = changedFrom;
    for (int level = 1;; ++level) {
        const auto series = [&] { return PgParams().add(symbolId).add(interval).add(level); };
        from = unitStartingBy(db, symbolId, interval, level, from).value_or(from);
        db.exec("DELETE FROM bar_summaries WHERE symbol_id = $1 AND interval = $2 AND level = $3 AND first_ts >= $4",
                series().add(from));
        const QByteArray below = level == 1 ? QByteArray(kBarsAsUnits) + " AND ts_ms >= $4"
                                            : "SELECT * FROM bar_summaries WHERE symbol_id = $1 AND interval = $2 "
                                              "AND level = $3 - 1 AND first_ts >= $4";
        const QByteArray sql = "INSERT INTO bar_summaries SELECT $1, $2, $3, " + QByteArray(kMergeSummaries) +
                               " FROM (SELECT u.*, (row_number() OVER (ORDER BY first_ts) - 1) / " +
                               QByteArray::number(kSummaryFanOut) + " AS unit FROM (" + below +
                               ") u) grouped GROUP BY unit";
        db.exec(sql.constData(), series().add(from));
        const PgResult units = db.exec("SELECT count(*) FROM (SELECT 1 FROM bar_summaries WHERE symbol_id = $1 "
                                       "AND interval = $2 AND level = $3 LIMIT $4) few",
                                       series().add(kSummaryFanOut + 1));
        if (units.int64(0, 0) <= kSummaryFanOut) {
            db.exec("DELETE FROM bar_summaries WHERE symbol_id = $1 AND interval = $2 AND level > $3", series());
            return;
        }
    }
}

BarSummary summaryOf(const PgResult &rows, int row)
{
    BarSummary s;
    s.firstTs = rows.int64(row, 0);
    s.lastTs = rows.int64(row, 1);
    s.open = rows.text(row, 3).toDouble();
    s.firstClose = rows.text(row, 4).toDouble();
    s.lastClose = rows.text(row, 5).toDouble();
    s.minTs = rows.int64(row, 6);
    s.minClose = rows.text(row, 7).toDouble();
    s.maxTs = rows.int64(row, 8);
    s.maxClose = rows.text(row, 9).toDouble();
    s.maxHigh = rows.text(row, 10).toDouble();
    s.minLow = rows.text(row, 11).toDouble();
    s.maxVolume = rows.isNull(row, 12) ? std::numeric_limits<double>::quiet_NaN() : rows.text(row, 12).toDouble();
    return s;
}

std::vector<Bar> barsOf(const PgResult &rows)
{
    std::vector<Bar> bars;
    bars.reserve(std::size_t(rows.rows()));
    for (int b = 0; b < rows.rows(); ++b)
        bars.push_back(Bar{rows.int64(b, 0), rows.text(b, 1).toDouble(), rows.text(b, 2).toDouble(),
                           rows.text(b, 3).toDouble(), rows.text(b, 4).toDouble(), optionalReal(rows, b, 5),
                           optionalReal(rows, b, 6)});
    return bars;
}

constexpr const char *kBarColumns = "SELECT ts_ms, open, high, low, close, adj_close, volume FROM bars ";

void importSeries(PgConnection &db, const PriceSeries &series, PgKeyIndex &datasets)
{
    const PgResult symbol = db.exec("SELECT id FROM symbols WHERE upper(ticker) = upper($1) ORDER BY id LIMIT 1",
                                    PgParams().add(series.symbol));
    if (symbol.rows() == 0)
        throw Error(QStringLiteral("a price series of unknown symbol \"%1\"").arg(series.symbol));
    const std::int64_t symbolId = symbol.int64(0, 0);
    if (db.exec("SELECT 1 FROM series WHERE symbol_id = $1 AND interval = $2",
                PgParams().add(symbolId).add(series.interval))
            .rows() > 0)
        throw alreadyInDatabase(QStringLiteral("price series"), series.symbol + QLatin1Char('/') + series.interval);
    std::int64_t datasetId = datasets.find(series.dataset);
    if (!series.dataset.isEmpty() && !datasetId) { // as a file does: the series' provenance, by its uid alone
        datasetId = insertedId(db, "INSERT INTO datasets(uid, name, imported_at) VALUES ($1, '', $2) RETURNING id",
                               PgParams().add(series.dataset).add(nowIsoUtc()));
        datasets.add(series.dataset, datasetId);
    }
    db.exec("INSERT INTO series(symbol_id, interval, dataset_id) VALUES ($1, $2, $3)",
            PgParams().add(symbolId).add(series.interval).add(optionalId(datasetId)));
    PgCopyIn copy(db, "COPY bars (symbol_id, interval, ts_ms, open, high, low, close, adj_close, volume) FROM STDIN");
    for (const Bar &bar : series.bars) {
        copy.field(symbolId).field(series.interval).field(bar.tsMs).field(bar.open).field(bar.high).field(bar.low);
        copy.field(bar.close).field(bar.adjClose).field(bar.volume).endRow();
    }
    copy.finish();
    summarise(db, symbolId, series.interval, std::numeric_limits<std::int64_t>::min());
}

constexpr const char *kEventColumns =
    "SELECT e.id, e.uid, e.title, e.summary, e.kind, e.start_ms, e.end_ms, e.precision, e.uncertain, e.tz, "
    "coalesce(d.uid, ''), e.version FROM events e LEFT JOIN datasets d ON d.id = e.dataset_id ";

Event eventOf(const PgResult &rows, int r)
{
    Event event;
    event.id = rows.int64(r, 0);
    event.uid = rows.text(r, 1);
    event.title = rows.text(r, 2);
    event.summary = rows.text(r, 3);
    event.kind = eventKindFromString(rows.text(r, 4)).value_or(EventKind::Other);
    event.startMs = rows.int64(r, 5);
    event.endMs = optionalInt64(rows, r, 6);
    event.precision = precisionFromString(rows.text(r, 7)).value_or(Precision::Day);
    event.uncertain = boolean(rows, r, 8);
    event.tz = rows.text(r, 9);
    event.dataset = rows.text(r, 10);
    return event;
}

// The WHERE clause of a filter on `e` (empty when it keeps everything), its values added to `params`.
QByteArray eventFilterClause(const EventFilter &filter, PgParams &params)
{
    QByteArrayList conditions;
    const auto parameter = [&](const auto &value) {
        params.add(value);
        return "$" + QByteArray::number(params.size());
    };
    if (filter.fromMs)
        conditions << "coalesce(e.end_ms, e.start_ms) >= " + parameter(*filter.fromMs);
    if (filter.toMs)
        conditions << "e.start_ms <= " + parameter(*filter.toMs);
    if (!filter.kinds.isEmpty()) {
        QByteArrayList kinds;
        for (EventKind kind : filter.kinds)
            kinds << parameter(toString(kind));
        conditions << "e.kind IN (" + kinds.join(", ") + ")";
    }
    if (!filter.actor.isEmpty()) {
        const QByteArray actor = parameter(filter.actor);
        conditions << "e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                      "WHERE a.uid = " + actor + " OR lower(a.name) = lower(" + actor + "))";
    }
    if (!filter.symbol.isEmpty())
        conditions << "e.id IN (SELECT event_id FROM event_symbols WHERE upper(symbol) = upper(" +
                          parameter(filter.symbol) + "))";
    return conditions.isEmpty() ? QByteArray() : "WHERE " + conditions.join(" AND ") + " ";
}

// The ids of a batch of listed rows (column 0) as an array parameter.
PgParams idsOf(const PgResult &rows)
{
    QByteArray ids = "{";
    for (int r = 0; r < rows.rows(); ++r)
        ids += (r ? "," : "") + QByteArray::number(qlonglong(rows.int64(r, 0)));
    return PgParams().add(QString::fromLatin1(ids + '}'));
}

// The actors, symbols and quotes of a batch of listed events, read in three queries for the batch.
class ListingDetails final
{
public:
    void read(PgConnection &db, const PgResult &events)
    {
        const PgParams ids = idsOf(events);
        const PgResult actors = db.exec("SELECT ea.event_id, a.uid, a.name, ea.role FROM event_actors ea "
                                        "JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = ANY($1::bigint[]) "
                                        "ORDER BY ea.event_id, ea.position",
                                        ids);
        for (int r = 0; r < actors.rows(); ++r)
            m_actors[actors.int64(r, 0)] << ListedEvent::Actor{actors.text(r, 1), actors.text(r, 2), actors.text(r, 3)};
        const PgResult symbols = db.exec("SELECT event_id, symbol FROM event_symbols WHERE event_id = ANY($1::bigint[]) "
                                         "ORDER BY event_id, position",
                                         ids);
        for (int r = 0; r < symbols.rows(); ++r)
            m_symbols[symbols.int64(r, 0)] << symbols.text(r, 1);
        const PgResult quotes = db.exec("SELECT q.event_id, q.uid, s.uid, q.exact, q.pos_start, q.pos_end, q.status "
                                        "FROM quotes q JOIN sources s ON s.id = q.source_id "
                                        "WHERE q.event_id = ANY($1::bigint[]) ORDER BY q.event_id, q.id",
                                        ids);
        for (int r = 0; r < quotes.rows(); ++r)
            m_quotes[quotes.int64(r, 0)] << ListedEvent::QuoteAnchor{
                quotes.text(r, 1), quotes.text(r, 2), quotes.text(r, 3), quotes.int64(r, 4), quotes.int64(r, 5),
                anchorStatusFromString(quotes.text(r, 6)).value_or(AnchorStatus::Orphaned)};
    }
    void fill(std::int64_t id, ListedEvent &event) const
    {
        event.actors = m_actors.value(id);
        event.symbols = m_symbols.value(id);
        event.quotes = m_quotes.value(id);
    }

private:
    QHash<std::int64_t, QList<ListedEvent::Actor>> m_actors;
    QHash<std::int64_t, QStringList> m_symbols;
    QHash<std::int64_t, QList<ListedEvent::QuoteAnchor>> m_quotes;
};

// Events with their actors and symbols: the rows of `where` (conditions and order, on `e`), and
// the details of exactly those rows in two more queries, not two per event.
QList<Event> readEvents(PgConnection &db, const QByteArray &where, const PgParams &params)
{
    const PgResult rows = db.exec((QByteArray(kEventColumns) + where).constData(), params);
    QList<Event> events;
    QHash<std::int64_t, qsizetype> indexById;
    indexById.reserve(rows.rows());
    events.reserve(rows.rows());
    for (int r = 0; r < rows.rows(); ++r) {
        indexById.insert(rows.int64(r, 0), events.size());
        events << eventOf(rows, r);
    }
    if (events.isEmpty())
        return events;
    const PgParams ofThese = idsOf(rows);
    const PgResult actors = db.exec("SELECT ea.event_id, a.uid, ea.role FROM event_actors ea JOIN actors a "
                                    "ON a.id = ea.actor_id WHERE ea.event_id = ANY($1::bigint[]) "
                                    "ORDER BY ea.event_id, ea.position",
                                    ofThese);
    for (int r = 0; r < actors.rows(); ++r)
        events[indexById.value(actors.int64(r, 0))].actors << EventActor{actors.text(r, 1), actors.text(r, 2)};
    const PgResult symbols = db.exec("SELECT event_id, symbol FROM event_symbols WHERE event_id = ANY($1::bigint[]) "
                                     "ORDER BY event_id, position",
                                     ofThese);
    for (int r = 0; r < symbols.rows(); ++r)
        events[indexById.value(symbols.int64(r, 0))].symbols << symbols.text(r, 1);
    return events;
}

// Sources of `rest` (conditions and order, on `s`), with their text or (withText false) without.
QList<Source> readSources(PgConnection &db, const char *rest, const PgParams &params, bool withText = true)
{
    const PgResult rows = db.exec((QByteArray("SELECT s.id, s.uid, s.kind, s.title, s.outlet, s.author, s.url, "
                                              "s.published_ms, s.precision, s.uncertain, s.lang, ") +
                                   (withText ? "s.text" : "''") +
                                   ", coalesce(d.uid, '') FROM sources s LEFT JOIN datasets d ON d.id = s.dataset_id " +
                                   rest)
                                      .constData(),
                                  params);
    QList<Source> sources;
    for (int r = 0; r < rows.rows(); ++r) {
        Source source;
        source.id = rows.int64(r, 0);
        source.uid = rows.text(r, 1);
        source.kind = rows.text(r, 2);
        source.title = rows.text(r, 3);
        source.outlet = rows.text(r, 4);
        source.author = rows.text(r, 5);
        source.url = rows.text(r, 6);
        source.publishedMs = optionalInt64(rows, r, 7);
        source.precision = precisionFromString(rows.text(r, 8)).value_or(Precision::Day);
        source.uncertain = boolean(rows, r, 9);
        source.lang = rows.text(r, 10);
        source.text = rows.text(r, 11);
        source.dataset = rows.text(r, 12);
        sources << std::move(source);
    }
    return sources;
}

// Quotes of `rest` (conditions and order, on `q`, `s` its source and `e` its event).
QList<Quote> readQuotes(PgConnection &db, const char *rest, const PgParams &params)
{
    const PgResult rows = db.exec(
        (QByteArray("SELECT q.id, q.uid, s.uid, coalesce(e.uid, ''), coalesce(a.uid, ''), q.exact, q.prefix, q.suffix, "
                    "q.pos_start, q.pos_end, q.status, q.score, coalesce(d.uid, '') FROM quotes q "
                    "JOIN sources s ON s.id = q.source_id LEFT JOIN events e ON e.id = q.event_id "
                    "LEFT JOIN actors a ON a.id = q.speaker_id LEFT JOIN datasets d ON d.id = q.dataset_id ") +
         rest)
            .constData(),
        params);
    QList<Quote> quotes;
    for (int r = 0; r < rows.rows(); ++r) {
        Quote quote;
        quote.id = rows.int64(r, 0);
        quote.uid = rows.text(r, 1);
        quote.source = rows.text(r, 2);
        quote.event = rows.text(r, 3);
        quote.speaker = rows.text(r, 4);
        quote.exact = rows.text(r, 5);
        quote.prefix = rows.text(r, 6);
        quote.suffix = rows.text(r, 7);
        quote.start = rows.int64(r, 8);
        quote.end = rows.int64(r, 9);
        quote.status = anchorStatusFromString(rows.text(r, 10)).value_or(AnchorStatus::Orphaned);
        quote.score = rows.text(r, 11).toDouble();
        quote.dataset = rows.text(r, 12);
        quotes << std::move(quote);
    }
    return quotes;
}

QList<Symbol> readSymbols(PgConnection &db, const char *rest, const PgParams &params)
{
    const PgResult rows = db.exec((QByteArray("SELECT y.ticker, y.name, y.kind, y.exchange, y.currency, "
                                              "y.shares_outstanding, y.shares_as_of, y.shares_source, coalesce(d.uid, '') "
                                              "FROM symbols y LEFT JOIN datasets d ON d.id = y.dataset_id ") +
                                   rest)
                                      .constData(),
                                  params);
    QList<Symbol> symbols;
    for (int r = 0; r < rows.rows(); ++r)
        symbols << Symbol{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4),
                          optionalInt64(rows, r, 5), rows.text(r, 6), rows.text(r, 7), rows.text(r, 8)};
    return symbols;
}

// Settings that no longer read fall back to the defaults rather than hide the view, as in a file.
QList<SavedView> readViews(PgConnection &db, const char *rest, const PgParams &params)
{
    const PgResult rows = db.exec((QByteArray("SELECT v.name, v.settings, coalesce(d.uid, '') FROM views v "
                                              "LEFT JOIN datasets d ON d.id = v.dataset_id ") +
                                   rest)
                                      .constData(),
                                  params);
    QList<SavedView> views;
    for (int r = 0; r < rows.rows(); ++r) {
        const QJsonDocument settings = QJsonDocument::fromJson(rows.text(r, 1).toUtf8());
        views << SavedView{rows.text(r, 0), ViewSettings::fromJson(settings.object()).value_or(ViewSettings()),
                           rows.text(r, 2)};
    }
    return views;
}

// Where quotes are anchored now (after their source's text changed), each a new version.
void writeQuoteAnchors(PgConnection &db, const QList<Quote> &quotes)
{
    for (const Quote &quote : quotes)
        db.exec("UPDATE quotes SET exact = $1, prefix = $2, suffix = $3, pos_start = $4, pos_end = $5, status = $6, "
                "score = $7, version = version + 1 WHERE uid = $8",
                PgParams().add(quote.exact).add(quote.prefix).add(quote.suffix).add(quote.start).add(quote.end)
                    .add(toString(quote.status)).add(quote.score).add(quote.uid));
}

// One event with its actors and symbols; with `lock`, its row stays locked until the transaction ends.
std::optional<std::pair<std::int64_t, VersionedEvent>> storedEvent(PgConnection &db, const QString &uid, bool lock)
{
    const PgResult row = db.exec((QByteArray(kEventColumns) + "WHERE e.uid = $1" + (lock ? " FOR UPDATE OF e" : ""))
                                     .constData(),
                                 PgParams().add(uid));
    if (row.rows() == 0)
        return std::nullopt;
    const std::int64_t id = row.int64(0, 0);
    VersionedEvent stored{eventOf(row, 0), row.int64(0, 11)};
    const PgResult actors = db.exec("SELECT a.uid, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                                    "WHERE ea.event_id = $1 ORDER BY ea.position",
                                    PgParams().add(id));
    for (int r = 0; r < actors.rows(); ++r)
        stored.event.actors << EventActor{actors.text(r, 0), actors.text(r, 1)};
    const PgResult symbols = db.exec("SELECT symbol FROM event_symbols WHERE event_id = $1 ORDER BY position",
                                     PgParams().add(id));
    for (int r = 0; r < symbols.rows(); ++r)
        stored.event.symbols << symbols.text(r, 0);
    return std::pair{id, stored};
}

// What differs between two states of an event, by the names of the event form's fields.
QStringList changedFields(const Event &before, const Event &after)
{
    QStringList fields;
    const auto differs = [&](bool changed, const char *field) {
        if (changed)
            fields << QLatin1String(field);
    };
    differs(before.title != after.title, "title");
    differs(before.summary != after.summary, "summary");
    differs(before.kind != after.kind, "kind");
    differs(before.startMs != after.startMs, "start");
    differs(before.endMs != after.endMs, "end");
    differs(before.precision != after.precision, "precision");
    differs(before.uncertain != after.uncertain, "uncertain");
    differs(before.tz != after.tz, "tz");
    differs(before.actors != after.actors, "actors");
    differs(before.symbols != after.symbols, "symbols");
    return fields;
}

// The event as it is now, locked until the transaction ends, if it is still as `read` saw it.
std::pair<std::int64_t, VersionedEvent> unchangedSince(PgConnection &db, const VersionedEvent &read)
{
    const auto current = storedEvent(db, read.event.uid, true);
    if (!current)
        throw Error(QStringLiteral("uid: someone else deleted event \"%1\"; nothing was saved").arg(read.event.uid));
    if (current->second.version != read.version) {
        const QStringList changed = changedFields(read.event, current->second.event);
        throw Error(QStringLiteral("%1: someone else changed event \"%2\" since it was opened; nothing was saved, "
                                   "open it again to see their change")
                        .arg(changed.isEmpty() ? QStringLiteral("uid") : changed.join(QStringLiteral(", ")),
                             read.event.uid));
    }
    return *current;
}

std::vector<std::int64_t> actorIds(PgConnection &db, const Event &event)
{
    std::vector<std::int64_t> ids;
    for (const EventActor &actor : event.actors) {
        const PgResult found = db.exec("SELECT id FROM actors WHERE uid = $1", PgParams().add(actor.actor));
        if (found.rows() == 0)
            throw Error(QStringLiteral("actors: no actor \"%1\"").arg(actor.actor));
        ids.push_back(found.int64(0, 0));
    }
    checkEventActors(event);
    return ids;
}

void writeActorsAndSymbols(PgConnection &db, std::int64_t id, const Event &event, const std::vector<std::int64_t> &actors)
{
    for (std::size_t i = 0; i < actors.size(); ++i)
        db.exec("INSERT INTO event_actors(event_id, actor_id, role, position) VALUES ($1, $2, $3, $4)",
                PgParams().add(id).add(actors[i]).add(event.actors[qsizetype(i)].role).add(std::int64_t(i)));
    for (qsizetype i = 0; i < event.symbols.size(); ++i)
        db.exec("INSERT INTO event_symbols(event_id, symbol, position) VALUES ($1, $2, $3)",
                PgParams().add(id).add(event.symbols[i]).add(std::int64_t(i)));
}

// Announces a change of events to every listening window; sent when the transaction commits.
void notifyEvents(PgConnection &db, const QString &op, const QStringList &uids, qsizetype count = -1)
{
    QJsonObject message{{QStringLiteral("op"), op}};
    if (count >= 0)
        message.insert(QStringLiteral("count"), double(count));
    QJsonObject withUids = message;
    withUids.insert(QStringLiteral("uids"), QJsonArray::fromStringList(uids));
    QByteArray payload = QJsonDocument(withUids).toJson(QJsonDocument::Compact);
    if (payload.size() > 7900) // a notification holds 8,000 bytes: the windows then reload all
        payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    db.exec("SELECT pg_notify($1, $2)", PgParams().add(QString::fromLatin1(PgStore::kEventsChannel))
                                            .add(QString::fromUtf8(payload)));
}

} // namespace

PgStore::PgStore(const QString &target)
    : m_db(target)
{
    pgschema::prepare(m_db);
    // The first right the role lacks, in the order a write needs them.
    const PgResult lacking = m_db.exec(
        "SELECT current_user, t.name, r.name FROM unnest(ARRAY['datasets', 'actors', 'events', 'event_actors', "
        "'event_symbols', 'event_links', 'eras', 'sources', 'quotes', 'symbols', 'series', 'bars', 'bar_summaries', "
        "'views']) WITH ORDINALITY AS t(name, n), unnest(ARRAY['INSERT', 'UPDATE', 'DELETE']) WITH ORDINALITY AS r(name, m) "
        "WHERE NOT has_table_privilege(t.name, r.name) "
        "UNION ALL SELECT * FROM (SELECT current_user, pg_get_serial_sequence(t.name, 'id'), 'USAGE' "
        "FROM unnest(ARRAY['datasets', 'actors', 'events', 'eras', 'sources', 'quotes', 'symbols', 'views']) AS t(name) "
        "WHERE NOT has_sequence_privilege(pg_get_serial_sequence(t.name, 'id'), 'USAGE')) sequences LIMIT 1");
    if (lacking.rows() > 0)
        m_readOnlyReason = QStringLiteral("role \"%1\" lacks %2 on %3").arg(lacking.text(0, 0), lacking.text(0, 2),
                                                                           lacking.text(0, 1));
}

void PgStore::requireWritable() const
{
    if (isReadOnly())
        throw Error(QStringLiteral("%1 is read-only: %2").arg(m_db.name(), m_readOnlyReason));
}

void PgStore::importSnapshot(const Snapshot &snapshot)
{
    requireWritable();
    PgTransaction transaction(m_db);

    PgKeyIndex datasets(m_db, "SELECT uid, id FROM datasets");
    for (const DatasetInfo &info : snapshot.datasets) {
        if (datasets.contains(info.uid))
            throw alreadyInDatabase(QStringLiteral("dataset"), info.uid);
        datasets.add(info.uid, insertedId(m_db,
                                          "INSERT INTO datasets(uid, name, origin, licence, notes, imported_at) "
                                          "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                          PgParams().add(info.uid).add(info.name).add(info.origin).add(info.licence)
                                              .add(info.notes).add(info.importedAt.isEmpty() ? nowIsoUtc() : info.importedAt)));
    }

    PgKeyIndex actors(m_db, "SELECT uid, id FROM actors");
    for (const Actor &actor : snapshot.actors) {
        if (actors.contains(actor.uid))
            throw alreadyInDatabase(QStringLiteral("actor"), actor.uid);
        actors.add(actor.uid, insertedId(m_db, "INSERT INTO actors(uid, name, kind, dataset_id) VALUES ($1, $2, $3, $4) "
                                               "RETURNING id",
                                         PgParams().add(actor.uid).add(actor.name).add(actor.kind)
                                             .add(optionalId(datasets.find(actor.dataset)))));
    }

    PgKeyIndex events(m_db, "SELECT uid, id FROM events");
    importEvents(m_db, snapshot.events, datasets, actors, events);
    if (!snapshot.events.isEmpty()) {
        QStringList uids;
        for (qsizetype i = 0; i < std::min<qsizetype>(snapshot.events.size(), 100); ++i)
            uids << snapshot.events[i].uid;
        notifyEvents(m_db, QStringLiteral("import"), snapshot.events.size() <= 100 ? uids : QStringList(),
                     snapshot.events.size());
    }

    for (const EventLink &link : snapshot.links) {
        const std::int64_t from = events.find(link.from);
        const std::int64_t to = events.find(link.to);
        if (!from || !to)
            throw Error(QStringLiteral("link %1 → %2 names an unknown event").arg(link.from, link.to));
        m_db.exec("INSERT INTO event_links(from_id, to_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                  PgParams().add(from).add(to).add(link.type));
    }

    PgKeyIndex eras(m_db, "SELECT uid, id FROM eras");
    for (const Era &era : snapshot.eras) {
        if (eras.contains(era.uid))
            throw alreadyInDatabase(QStringLiteral("era"), era.uid);
        eras.add(era.uid, insertedId(m_db, "INSERT INTO eras(uid, name, start_ms, end_ms, color, dataset_id) "
                                           "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                     PgParams().add(era.uid).add(era.name).add(era.startMs).add(era.endMs)
                                         .add(era.color).add(optionalId(datasets.find(era.dataset)))));
    }

    PgKeyIndex sources(m_db, "SELECT uid, id FROM sources");
    for (const Source &source : snapshot.sources) {
        if (sources.contains(source.uid))
            throw alreadyInDatabase(QStringLiteral("source"), source.uid);
        sources.add(source.uid,
                    insertedId(m_db,
                               "INSERT INTO sources(uid, kind, title, outlet, author, url, published_ms, precision, "
                               "uncertain, lang, text, text_sha256, dataset_id) "
                               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                               PgParams().add(source.uid).add(source.kind).add(source.title).add(source.outlet)
                                   .add(source.author).add(source.url).add(source.publishedMs)
                                   .add(toString(source.precision)).add(source.uncertain).add(source.lang)
                                   .add(source.text).add(sha256Hex(source.text))
                                   .add(optionalId(datasets.find(source.dataset)))));
    }

    PgKeyIndex quotes(m_db, "SELECT uid, id FROM quotes");
    for (const Quote &quote : snapshot.quotes) {
        if (quotes.contains(quote.uid))
            throw alreadyInDatabase(QStringLiteral("quote"), quote.uid);
        const QuoteReferences named = quoteReferences(quote, sources, events, actors);
        quotes.add(quote.uid,
                   insertedId(m_db,
                              "INSERT INTO quotes(uid, source_id, event_id, speaker_id, exact, prefix, suffix, "
                              "pos_start, pos_end, status, score, dataset_id) "
                              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                              PgParams().add(quote.uid).add(named.source).add(optionalId(named.event))
                                  .add(optionalId(named.speaker)).add(quote.exact).add(quote.prefix).add(quote.suffix)
                                  .add(quote.start).add(quote.end).add(toString(quote.status)).add(quote.score)
                                  .add(optionalId(datasets.find(quote.dataset)))));
    }

    PgKeyIndex symbols(m_db, "SELECT ticker, id FROM symbols");
    for (const Symbol &symbol : snapshot.symbols) {
        if (symbols.contains(symbol.ticker))
            throw alreadyInDatabase(QStringLiteral("symbol"), symbol.ticker);
        symbols.add(symbol.ticker,
                    insertedId(m_db,
                               "INSERT INTO symbols(ticker, name, kind, exchange, currency, shares_outstanding, "
                               "shares_as_of, shares_source, dataset_id) "
                               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                               PgParams().add(symbol.ticker).add(symbol.name).add(symbol.kind).add(symbol.exchange)
                                   .add(symbol.currency).add(symbol.sharesOutstanding).add(symbol.sharesAsOf)
                                   .add(symbol.sharesSource).add(optionalId(datasets.find(symbol.dataset)))));
    }

    for (const PriceSeries &series : snapshot.series)
        importSeries(m_db, series, datasets);

    PgKeyIndex views(m_db, "SELECT name, id FROM views");
    for (const SavedView &view : snapshot.views) {
        if (views.contains(view.name))
            throw alreadyInDatabase(QStringLiteral("view"), view.name);
        const QByteArray settings = QJsonDocument(view.settings.toJson()).toJson(QJsonDocument::Compact);
        views.add(view.name, insertedId(m_db, "INSERT INTO views(name, settings, dataset_id) VALUES ($1, $2, $3) "
                                              "RETURNING id",
                                        PgParams().add(view.name).add(QString::fromUtf8(settings))
                                            .add(optionalId(datasets.find(view.dataset)))));
    }
    transaction.commit();
}

Snapshot PgStore::exportSnapshot()
{
    // One snapshot of the database for all the reads, whatever other analysts commit meanwhile.
    PgTransaction transaction(m_db);
    m_db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    Snapshot snapshot;
    snapshot.datasets = datasets();
    snapshot.actors = actors();
    snapshot.events = readEvents(m_db, "ORDER BY e.id", {});
    snapshot.links = links();
    snapshot.eras = eras();
    snapshot.sources = sources();
    snapshot.quotes = quotes();
    snapshot.symbols = symbols();
    snapshot.series = allSeries();
    snapshot.views = savedViews();
    transaction.commit();
    // A file's export carries no row ids.
    for (Event &event : snapshot.events)
        event.id = 0;
    for (Source &source : snapshot.sources)
        source.id = 0;
    for (Quote &quote : snapshot.quotes)
        quote.id = 0;
    return snapshot;
}

QList<DatasetInfo> PgStore::datasets()
{
    const PgResult rows = m_db.exec("SELECT uid, name, origin, licence, notes, imported_at FROM datasets ORDER BY id");
    QList<DatasetInfo> datasets;
    for (int r = 0; r < rows.rows(); ++r)
        datasets << DatasetInfo{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4),
                                rows.text(r, 5)};
    return datasets;
}

QList<Actor> PgStore::actors()
{
    const PgResult rows = m_db.exec("SELECT a.uid, a.name, a.kind, coalesce(d.uid, '') FROM actors a "
                                    "LEFT JOIN datasets d ON d.id = a.dataset_id ORDER BY a.id");
    QList<Actor> actors;
    for (int r = 0; r < rows.rows(); ++r)
        actors << Actor{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3)};
    return actors;
}

QList<EventLink> PgStore::links()
{
    const PgResult rows = m_db.exec("SELECT f.uid, t.uid, l.type FROM event_links l JOIN events f ON f.id = l.from_id "
                                    "JOIN events t ON t.id = l.to_id ORDER BY l.id");
    QList<EventLink> links;
    for (int r = 0; r < rows.rows(); ++r)
        links << EventLink{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2)};
    return links;
}

QList<Era> PgStore::eras()
{
    const PgResult rows = m_db.exec("SELECT r.uid, r.name, r.start_ms, r.end_ms, r.color, coalesce(d.uid, '') "
                                    "FROM eras r LEFT JOIN datasets d ON d.id = r.dataset_id ORDER BY r.id");
    QList<Era> eras;
    for (int r = 0; r < rows.rows(); ++r)
        eras << Era{rows.text(r, 0), rows.text(r, 1), rows.int64(r, 2), rows.int64(r, 3), rows.text(r, 4),
                    rows.text(r, 5)};
    return eras;
}

QList<Source> PgStore::sources()
{
    return readSources(m_db, "ORDER BY s.id", {});
}

std::optional<Source> PgStore::source(const QString &uid)
{
    const QList<Source> found = readSources(m_db, "WHERE s.uid = $1", PgParams().add(uid));
    return found.isEmpty() ? std::nullopt : std::optional<Source>(found.first());
}

QList<Source> PgStore::sourceHeaders()
{
    // The order a file gives: undated sources first, uids by their bytes.
    return readSources(m_db, "ORDER BY s.published_ms NULLS FIRST, s.uid COLLATE \"C\"", {}, false);
}

QList<Quote> PgStore::quotes()
{
    return readQuotes(m_db, "ORDER BY q.id", {});
}

QList<Quote> PgStore::quotesOfSource(const QString &sourceUid)
{
    return readQuotes(m_db, "WHERE s.uid = $1 ORDER BY q.pos_start, q.id", PgParams().add(sourceUid));
}

QList<Quote> PgStore::quotesOfEvent(const QString &eventUid)
{
    return readQuotes(m_db, "WHERE e.uid = $1 ORDER BY q.id", PgParams().add(eventUid));
}

QHash<QString, int> PgStore::quoteCountsByEvent()
{
    const PgResult rows = m_db.exec("SELECT e.uid, count(*) FROM quotes q JOIN events e ON e.id = q.event_id "
                                    "GROUP BY e.uid");
    QHash<QString, int> counts;
    for (int r = 0; r < rows.rows(); ++r)
        counts.insert(rows.text(r, 0), int(rows.int64(r, 1)));
    return counts;
}

QList<Symbol> PgStore::symbols()
{
    return readSymbols(m_db, "ORDER BY y.id", {});
}

std::optional<Symbol> PgStore::symbol(const QString &ticker)
{
    const QList<Symbol> found = readSymbols(m_db, "WHERE upper(y.ticker) = upper($1) ORDER BY y.id LIMIT 1",
                                            PgParams().add(ticker));
    return found.isEmpty() ? std::nullopt : std::optional<Symbol>(found.first());
}

QList<PriceSeries> PgStore::allSeries()
{
    // Intervals in the order of their bytes, as a file sorts them, whatever the database's collation.
    const PgResult series = m_db.exec("SELECT s.symbol_id, y.ticker, s.interval, coalesce(d.uid, '') FROM series s "
                                      "JOIN symbols y ON y.id = s.symbol_id LEFT JOIN datasets d ON d.id = s.dataset_id "
                                      "ORDER BY y.id, s.interval COLLATE \"C\"");
    QList<PriceSeries> all;
    for (int r = 0; r < series.rows(); ++r) {
        PriceSeries one;
        one.symbol = series.text(r, 1);
        one.interval = series.text(r, 2);
        one.dataset = series.text(r, 3);
        one.bars = barsOf(m_db.exec((QByteArray(kBarColumns) + "WHERE symbol_id = $1 AND interval = $2 ORDER BY ts_ms")
                                        .constData(),
                                    PgParams().add(series.int64(r, 0)).add(one.interval)));
        all << std::move(one);
    }
    return all;
}

QStringList PgStore::seriesIntervals(const QString &symbol)
{
    const PgResult rows = m_db.exec("SELECT s.interval FROM series s JOIN symbols y ON y.id = s.symbol_id "
                                    "WHERE upper(y.ticker) = upper($1) ORDER BY s.interval COLLATE \"C\"",
                                    PgParams().add(symbol));
    QStringList intervals;
    for (int r = 0; r < rows.rows(); ++r)
        intervals << rows.text(r, 0);
    return intervals;
}

SeriesExtent PgStore::seriesExtent(const QString &symbol, const QString &interval)
{
    // From the top summary level, a handful of rows, not from the bars.
    const PgResult rows = m_db.exec(
        "WITH s AS (SELECT s.symbol_id FROM series s JOIN symbols y ON y.id = s.symbol_id "
        "           WHERE upper(y.ticker) = upper($1) AND s.interval = $2 ORDER BY y.id LIMIT 1), "
        "top AS (SELECT b.level FROM bar_summaries b, s WHERE b.symbol_id = s.symbol_id AND b.interval = $2 "
        "        ORDER BY b.level DESC LIMIT 1) "
        "SELECT sum(b.count), min(b.first_ts), max(b.last_ts) FROM bar_summaries b, s, top "
        "WHERE b.symbol_id = s.symbol_id AND b.interval = $2 AND b.level = top.level",
        PgParams().add(symbol).add(interval));
    return {rows.isNull(0, 0) ? 0 : rows.int64(0, 0), optionalInt64(rows, 0, 1), optionalInt64(rows, 0, 2)};
}

QList<SymbolSummary> PgStore::symbolSummaries()
{
    QList<SymbolSummary> summaries;
    for (const Symbol &symbol : symbols()) {
        const SeriesExtent daily = seriesExtent(symbol.ticker, QStringLiteral("1d"));
        summaries << SymbolSummary{symbol, daily.bars, daily.firstMs, daily.lastMs};
    }
    return summaries;
}

QSet<QString> PgStore::keys(KeyedTable table)
{
    const PgResult rows = m_db.exec(keysSql(table));
    QSet<QString> values;
    values.reserve(rows.rows());
    for (int r = 0; r < rows.rows(); ++r)
        values.insert(rows.text(r, 0));
    return values;
}

void PgStore::updateShareCounts(const QList<Symbol> &symbols)
{
    requireWritable();
    PgTransaction transaction(m_db);
    for (const Symbol &symbol : symbols) {
        if (symbol.sharesOutstanding && *symbol.sharesOutstanding <= 0)
            throw Error(QStringLiteral("%1: shares outstanding must be a positive whole number").arg(symbol.ticker));
        const PgResult updated = m_db.exec("UPDATE symbols SET shares_outstanding = $1, shares_as_of = $2, "
                                           "shares_source = $3, version = version + 1 WHERE ticker = $4",
                                           PgParams().add(symbol.sharesOutstanding).add(symbol.sharesAsOf)
                                               .add(symbol.sharesSource).add(symbol.ticker));
        if (updated.affected() == 0)
            throw Error(QStringLiteral("%1: no such symbol in the database").arg(symbol.ticker));
    }
    transaction.commit();
}

void PgStore::updateQuoteAnchors(const QList<Quote> &quotes)
{
    requireWritable();
    PgTransaction transaction(m_db);
    writeQuoteAnchors(m_db, quotes);
    transaction.commit();
}

void PgStore::replaceSourceText(const QString &sourceUid, const QString &text, const QList<Quote> &reanchored)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const PgResult updated = m_db.exec("UPDATE sources SET text = $1, text_sha256 = $2, version = version + 1 "
                                       "WHERE uid = $3",
                                       PgParams().add(text).add(sha256Hex(text)).add(sourceUid));
    if (updated.affected() == 0)
        throw Error(QStringLiteral("no source \"%1\" in %2").arg(sourceUid, m_db.name()));
    writeQuoteAnchors(m_db, reanchored);
    transaction.commit();
}

QStringList PgStore::check()
{
    PgTransaction transaction(m_db);
    m_db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    QStringList problems;
    const PgResult tables = m_db.exec(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> "
        "ALL(ARRAY['tickerline_meta', 'datasets', 'actors', 'events', 'event_actors', 'event_symbols', 'event_links', "
        "'eras', 'sources', 'quotes', 'symbols', 'series', 'bars', 'bar_summaries', 'views']) ORDER BY table_name");
    for (int r = 0; r < tables.rows(); ++r)
        problems << QStringLiteral("table \"%1\" is not Tickerline's").arg(tables.text(r, 0));
    if (const int version = pgschema::version(m_db); version != pgschema::latestVersion())
        problems << QStringLiteral("schema version %1, where this Tickerline writes %2").arg(version).arg(pgschema::latestVersion());

    const PgResult hashes = m_db.exec("SELECT uid, text, text_sha256 FROM sources ORDER BY id");
    for (int r = 0; r < hashes.rows(); ++r)
        problems << sourceHashProblem(hashes.text(r, 0), hashes.text(r, 1), hashes.text(r, 2));
    const PgResult spans = m_db.exec("SELECT q.uid, q.exact, q.pos_start, q.pos_end, q.status, s.text FROM quotes q "
                                     "JOIN sources s ON s.id = q.source_id ORDER BY q.id");
    for (int r = 0; r < spans.rows(); ++r)
        problems << quoteSpanProblem(spans.text(r, 0), spans.text(r, 1), spans.int64(r, 2), spans.int64(r, 3),
                                     spans.text(r, 4), spans.text(r, 5));
    const PgResult bars = m_db.exec((QByteArray("SELECT y.ticker, b.ts_ms, b.open, b.high, b.low, b.close, "
                                                "b.adj_close, b.volume FROM bars b JOIN symbols y ON y.id = b.symbol_id "
                                                "WHERE b.low > b.high OR b.close < b.low OR b.close > b.high "
                                                "ORDER BY b.symbol_id, b.interval, b.ts_ms"))
                                        .constData());
    for (int r = 0; r < bars.rows(); ++r)
        problems << barProblem(bars.text(r, 0), Bar{bars.int64(r, 1), bars.text(r, 2).toDouble(), bars.text(r, 3).toDouble(),
                                                    bars.text(r, 4).toDouble(), bars.text(r, 5).toDouble(),
                                                    optionalReal(bars, r, 6), optionalReal(bars, r, 7)});
    // Every summary level of a series counts its bars exactly once, or charts would draw other bars.
    const PgResult summaries = m_db.exec(
        "WITH b AS (SELECT symbol_id, interval, count(*) AS n FROM bars GROUP BY symbol_id, interval), "
        "l AS (SELECT symbol_id, interval, level, sum(count) AS n FROM bar_summaries GROUP BY symbol_id, interval, level), "
        "expected AS (SELECT b.symbol_id, b.interval, b.n, coalesce(max(l.level), 1) AS top FROM b "
        "             LEFT JOIN l USING (symbol_id, interval) GROUP BY b.symbol_id, b.interval, b.n) "
        "SELECT y.ticker, e.interval, g.level, coalesce(l.n, 0), e.n FROM expected e "
        "CROSS JOIN LATERAL generate_series(1, e.top) AS g(level) "
        "LEFT JOIN l ON l.symbol_id = e.symbol_id AND l.interval = e.interval AND l.level = g.level "
        "JOIN symbols y ON y.id = e.symbol_id WHERE coalesce(l.n, 0) <> e.n ORDER BY y.id, e.interval, g.level");
    for (int r = 0; r < summaries.rows(); ++r)
        problems << QStringLiteral("%1 %2: the chart's summaries (level %3) count %4 bars of %5")
                        .arg(summaries.text(r, 0), summaries.text(r, 1))
                        .arg(summaries.int64(r, 2))
                        .arg(summaries.int64(r, 3))
                        .arg(summaries.int64(r, 4));
    const PgResult views = m_db.exec("SELECT name, settings FROM views ORDER BY id");
    for (int r = 0; r < views.rows(); ++r)
        problems << viewSettingsProblem(views.text(r, 0), views.text(r, 1));
    transaction.commit();
    problems.removeAll(QString());
    return problems;
}

QList<SavedView> PgStore::savedViews()
{
    return readViews(m_db, "ORDER BY v.id", {});
}

std::optional<SavedView> PgStore::savedView(const QString &name)
{
    const QList<SavedView> found = readViews(m_db, "WHERE v.name = $1", PgParams().add(name));
    return found.isEmpty() ? std::nullopt : std::optional<SavedView>(found.first());
}

void PgStore::saveView(const SavedView &view)
{
    requireWritable();
    if (view.name.trimmed().isEmpty())
        throw Error(QStringLiteral("name: a view needs a name"));
    PgTransaction transaction(m_db);
    std::optional<std::int64_t> dataset;
    if (!view.dataset.isEmpty()) {
        const PgResult found = m_db.exec("SELECT id FROM datasets WHERE uid = $1", PgParams().add(view.dataset));
        if (found.rows() == 0)
            throw Error(QStringLiteral("dataset: no dataset \"%1\"").arg(view.dataset));
        dataset = found.int64(0, 0);
    }
    const QByteArray settings = QJsonDocument(view.settings.toJson()).toJson(QJsonDocument::Compact);
    m_db.exec("INSERT INTO views(name, settings, dataset_id) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE "
              "SET settings = excluded.settings, dataset_id = excluded.dataset_id, version = views.version + 1",
              PgParams().add(view.name).add(QString::fromUtf8(settings)).add(dataset));
    transaction.commit();
}

void PgStore::removeView(const QString &name)
{
    requireWritable();
    if (m_db.exec("DELETE FROM views WHERE name = $1", PgParams().add(name)).affected() == 0)
        throw Error(QStringLiteral("name: no view \"%1\"").arg(name));
}

qint64 PgStore::eventCount()
{
    return m_db.exec("SELECT count(*) FROM events").int64(0, 0);
}

QList<Event> PgStore::events(const EventFilter &filter)
{
    PgParams params;
    return readEvents(m_db, eventFilterClause(filter, params) + "ORDER BY e.start_ms, e.id", params);
}

void PgStore::forEachListedEvent(const EventFilter &filter, EventDetail detail,
                                 const std::function<bool(const ListedEvent &)> &visit)
{
    const bool full = detail == EventDetail::Full;
    PgTransaction transaction(m_db);
    m_db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    PgParams params;
    const QByteArray where = eventFilterClause(filter, params);
    m_db.exec((QByteArray("DECLARE listing NO SCROLL CURSOR FOR SELECT e.id, e.uid, e.title, ") +
               (full ? "e.summary" : "''") +
               ", e.kind, e.start_ms, e.end_ms, e.precision, e.uncertain, e.tz FROM events e " + where +
               "ORDER BY e.start_ms, e.id")
                  .constData(),
              params);
    ListedEvent event;
    // A small first batch, so that the first line shows at once; larger ones after.
    for (int batch = 500;; batch = 5000) {
        const PgResult rows = m_db.exec(QByteArray("FETCH " + QByteArray::number(batch) + " FROM listing").constData());
        if (rows.rows() == 0)
            break;
        ListingDetails details;
        if (full)
            details.read(m_db, rows);
        for (int r = 0; r < rows.rows(); ++r) {
            event.uid = storedUtf8(rows.bytes(r, 1));
            event.title = storedUtf8(rows.bytes(r, 2));
            event.summary = storedUtf8(rows.bytes(r, 3));
            event.kind = storedEventKind(rows.bytes(r, 4));
            event.startMs = rows.int64(r, 5);
            event.endMs = optionalInt64(rows, r, 6);
            event.precision = storedPrecision(rows.bytes(r, 7), Precision::Day);
            event.uncertain = boolean(rows, r, 8);
            event.tz = storedUtf8(rows.bytes(r, 9));
            if (full)
                details.fill(rows.int64(r, 0), event);
            if (!visit(event))
                return; // the transaction rolls back: it only read
        }
        if (rows.rows() < batch)
            break;
    }
    transaction.commit();
}

std::optional<VersionedEvent> PgStore::event(const QString &uid)
{
    const auto stored = storedEvent(m_db, uid, false);
    return stored ? std::optional<VersionedEvent>(stored->second) : std::nullopt;
}

void PgStore::addEvent(const Event &given)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const Event event = withDefaultZone(given);
    if (event.uid.trimmed().isEmpty())
        throw Error(QStringLiteral("uid: empty"));
    if (m_db.exec("SELECT 1 FROM events WHERE uid = $1", PgParams().add(event.uid)).rows() > 0)
        throw Error(QStringLiteral("uid: event \"%1\" is already in the database").arg(event.uid));
    checkEventFields(event);
    const std::vector<std::int64_t> actors = actorIds(m_db, event);
    std::optional<std::int64_t> dataset;
    if (!event.dataset.isEmpty()) {
        const PgResult found = m_db.exec("SELECT id FROM datasets WHERE uid = $1", PgParams().add(event.dataset));
        if (found.rows() == 0)
            throw Error(QStringLiteral("dataset: no dataset \"%1\"").arg(event.dataset));
        dataset = found.int64(0, 0);
    }
    const std::int64_t id = insertedId(m_db,
                                       "INSERT INTO events(uid, title, summary, kind, start_ms, end_ms, precision, "
                                       "uncertain, tz, dataset_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
                                       "RETURNING id",
                                       PgParams().add(event.uid).add(event.title).add(event.summary)
                                           .add(toString(event.kind)).add(event.startMs).add(event.endMs)
                                           .add(toString(event.precision)).add(event.uncertain).add(event.tz)
                                           .add(dataset));
    writeActorsAndSymbols(m_db, id, event, actors);
    notifyEvents(m_db, QStringLiteral("insert"), {event.uid});
    transaction.commit();
}

void PgStore::updateEvent(const Event &edited, const VersionedEvent &read)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const Event event = withDefaultZone(edited);
    const auto [id, current] = unchangedSince(m_db, read);
    checkEventFields(event, current.event.tz);
    const std::vector<std::int64_t> actors = actorIds(m_db, event);
    m_db.exec("UPDATE events SET title = $1, summary = $2, kind = $3, start_ms = $4, end_ms = $5, precision = $6, "
              "uncertain = $7, tz = $8, version = version + 1 WHERE id = $9",
              PgParams().add(event.title).add(event.summary).add(toString(event.kind)).add(event.startMs)
                  .add(event.endMs).add(toString(event.precision)).add(event.uncertain).add(event.tz).add(id));
    m_db.exec("DELETE FROM event_actors WHERE event_id = $1", PgParams().add(id));
    m_db.exec("DELETE FROM event_symbols WHERE event_id = $1", PgParams().add(id));
    writeActorsAndSymbols(m_db, id, event, actors);
    notifyEvents(m_db, QStringLiteral("update"), {event.uid});
    transaction.commit();
}

void PgStore::removeEvent(const VersionedEvent &read)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const auto [id, current] = unchangedSince(m_db, read);
    m_db.exec("DELETE FROM events WHERE id = $1", PgParams().add(id));
    notifyEvents(m_db, QStringLiteral("delete"), {current.event.uid});
    transaction.commit();
}

QList<SearchHit> PgStore::search(const QString &query, int limit)
{
    QList<SearchHit> hits;
    if (query.trimmed().isEmpty() || limit == 0)
        return hits;
    // Weights of D, C, B (a body) and A (a title): a title counts four times its body. Snippets are
    // made for the page only, not for every match.
    const PgResult rows = m_db.exec(
        "WITH q AS (SELECT websearch_to_tsquery('simple', $1) AS query, '{0.1, 0.2, 0.25, 1.0}'::float4[] AS weights), "
        "best AS (SELECT * FROM ("
        "  SELECT 'event' AS type, e.uid, e.title, e.summary AS body, ts_rank_cd(q.weights, e.search, q.query) AS score, "
        "         e.id * 4 AS rowkey FROM events e, q WHERE e.search @@ q.query "
        "  UNION ALL "
        "  SELECT 'source', s.uid, s.title, s.text, ts_rank_cd(q.weights, s.search, q.query), s.id * 4 + 1 "
        "         FROM sources s, q WHERE s.search @@ q.query "
        "  UNION ALL "
        "  SELECT 'quote', x.uid, '', x.exact, ts_rank_cd(q.weights, x.search, q.query), x.id * 4 + 2 "
        "         FROM quotes x, q WHERE x.search @@ q.query"
        ") hits ORDER BY score DESC, rowkey DESC LIMIT $2) "
        "SELECT type, uid, title, ts_headline('simple', body, (SELECT query FROM q), "
        "       'StartSel=[, StopSel=], MaxWords=12, MinWords=4, MaxFragments=1, FragmentDelimiter=…'), score "
        "FROM best ORDER BY score DESC, rowkey DESC",
        PgParams().add(query).add(limit < 0 ? std::nullopt : std::optional<std::int64_t>(limit)));
    hits.reserve(rows.rows());
    for (int r = 0; r < rows.rows(); ++r)
        hits << SearchHit{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3),
                          rows.text(r, 4).toDouble()};
    return hits;
}

void PgStore::writeSeries(const Symbol &symbol, const PriceSeries &series, const DatasetInfo &provenance)
{
    requireWritable();
    PgTransaction transaction(m_db);
    std::optional<std::int64_t> dataset;
    if (!provenance.uid.isEmpty()) {
        const PgResult known = m_db.exec("SELECT id FROM datasets WHERE uid = $1", PgParams().add(provenance.uid));
        dataset = known.rows() ? known.int64(0, 0)
                               : insertedId(m_db,
                                            "INSERT INTO datasets(uid, name, origin, licence, notes, imported_at) "
                                            "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                            PgParams().add(provenance.uid).add(provenance.name).add(provenance.origin)
                                                .add(provenance.licence).add(provenance.notes)
                                                .add(provenance.importedAt.isEmpty() ? nowIsoUtc() : provenance.importedAt));
    }
    const PgResult known = m_db.exec("SELECT id FROM symbols WHERE ticker = $1", PgParams().add(symbol.ticker));
    const std::int64_t symbolId =
        known.rows() ? known.int64(0, 0)
                     : insertedId(m_db,
                                  "INSERT INTO symbols(ticker, name, kind, exchange, currency, shares_outstanding, "
                                  "shares_as_of, shares_source, dataset_id) "
                                  "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                                  PgParams().add(symbol.ticker).add(symbol.name)
                                      .add(symbol.kind.isEmpty() ? QStringLiteral("stock") : symbol.kind)
                                      .add(symbol.exchange)
                                      .add(symbol.currency.isEmpty() ? QStringLiteral("USD") : symbol.currency)
                                      .add(symbol.sharesOutstanding).add(symbol.sharesAsOf).add(symbol.sharesSource)
                                      .add(dataset));
    m_db.exec("INSERT INTO series(symbol_id, interval, dataset_id) VALUES ($1, $2, $3) "
              "ON CONFLICT (symbol_id, interval) DO UPDATE SET dataset_id = excluded.dataset_id",
              PgParams().add(symbolId).add(series.interval).add(dataset));
    if (!series.bars.empty()) {
        const std::int64_t first = std::min_element(series.bars.cbegin(), series.bars.cend(), [](const Bar &a, const Bar &b) {
                                       return a.tsMs < b.tsMs;
                                   })->tsMs;
        // Bars in time order after every stored one (an archive loaded piece by piece) go straight
        // into the table; others through a staging table, so that a bar at an instant already
        // stored replaces it, as in a file.
        const PgResult last = m_db.exec("SELECT ts_ms FROM bars WHERE symbol_id = $1 AND interval = $2 "
                                        "ORDER BY ts_ms DESC LIMIT 1",
                                        PgParams().add(symbolId).add(series.interval));
        const bool ordered = std::adjacent_find(series.bars.cbegin(), series.bars.cend(), [](const Bar &a, const Bar &b) {
                                 return a.tsMs >= b.tsMs;
                             }) == series.bars.cend();
        const bool appended = ordered && (last.rows() == 0 || last.int64(0, 0) < first);
        if (!appended)
            m_db.exec("CREATE TEMP TABLE staged_bars (LIKE bars) ON COMMIT DROP");
        {
            PgCopyIn copy(m_db, appended ? "COPY bars (symbol_id, interval, ts_ms, open, high, low, close, adj_close, "
                                           "volume) FROM STDIN"
                                         : "COPY staged_bars (symbol_id, interval, ts_ms, open, high, low, close, "
                                           "adj_close, volume) FROM STDIN");
            for (const Bar &bar : series.bars) {
                copy.field(symbolId).field(series.interval).field(bar.tsMs).field(bar.open).field(bar.high);
                copy.field(bar.low).field(bar.close).field(bar.adjClose).field(bar.volume).endRow();
            }
            copy.finish();
        }
        if (!appended)
            m_db.exec("INSERT INTO bars SELECT DISTINCT ON (ts_ms) * FROM staged_bars ORDER BY ts_ms, ctid DESC "
                      "ON CONFLICT (symbol_id, interval, ts_ms) DO UPDATE SET open = excluded.open, "
                      "high = excluded.high, low = excluded.low, close = excluded.close, "
                      "adj_close = excluded.adj_close, volume = excluded.volume");
        summarise(m_db, symbolId, series.interval, first);
    }
    transaction.commit();
}

PriceSeries PgStore::series(const QString &symbol, const QString &interval, std::optional<std::int64_t> fromMs,
                            std::optional<std::int64_t> toMs)
{
    PriceSeries series;
    series.symbol = symbol;
    series.interval = interval;
    const PgResult found = m_db.exec("SELECT s.symbol_id, coalesce(d.uid, '') FROM series s "
                                     "JOIN symbols y ON y.id = s.symbol_id LEFT JOIN datasets d ON d.id = s.dataset_id "
                                     "WHERE upper(y.ticker) = upper($1) AND s.interval = $2 ORDER BY y.id LIMIT 1",
                                     PgParams().add(symbol).add(interval));
    if (found.rows() == 0)
        return series;
    series.dataset = found.text(0, 1);
    series.bars = barsOf(m_db.exec((QByteArray(kBarColumns) + "WHERE symbol_id = $1 AND interval = $2 AND ts_ms >= $3 "
                                                               "AND ts_ms <= $4 ORDER BY ts_ms")
                                       .constData(),
                                   PgParams().add(found.int64(0, 0)).add(interval)
                                       .add(fromMs.value_or(std::numeric_limits<std::int64_t>::min()))
                                       .add(toMs.value_or(std::numeric_limits<std::int64_t>::max()))));
    return series;
}

PriceSeries PgStore::decimatedSeries(const QString &symbol, const QString &interval, std::int64_t fromMs,
                                     std::int64_t toMs, int columns)
{
    columns = std::max(columns, 1);
    // The top level from the end of the primary key, not from a scan of every summary.
    const PgResult found = m_db.exec("SELECT s.symbol_id, coalesce((SELECT b.level FROM bar_summaries b "
                                     "WHERE b.symbol_id = s.symbol_id AND b.interval = s.interval "
                                     "ORDER BY b.level DESC LIMIT 1), 0) FROM series s "
                                     "JOIN symbols y ON y.id = s.symbol_id "
                                     "WHERE upper(y.ticker) = upper($1) AND s.interval = $2 ORDER BY y.id LIMIT 1",
                                     PgParams().add(symbol).add(interval));
    if (found.rows() == 0 || found.int64(0, 1) == 0)
        return series(symbol, interval, fromMs, toMs);
    const std::int64_t symbolId = found.int64(0, 0);
    // From the coarsest level down: the first whose units give every column at least two. Each
    // step reads fewer than 2 × kSummaryFanOut × columns units, as the level above had too few.
    for (int level = int(found.int64(0, 1)); level >= 1; --level) {
        // The units from the one that holds the range's start (the last to start at or before it) to the
        // last that starts in it: a range of the primary key, its first key found first, so that the
        // planner bounds the scan on both sides however long the series.
        const std::int64_t firstUnit = unitStartingBy(m_db, symbolId, interval, level, fromMs).value_or(fromMs);
        const auto range = [&] {
            return PgParams().add(symbolId).add(interval).add(level).add(fromMs).add(toMs).add(firstUnit);
        };
        constexpr const char *kInRange = " FROM bar_summaries WHERE symbol_id = $1 AND interval = $2 AND level = $3 "
                                         "AND first_ts >= $6 AND first_ts <= $5 AND last_ts >= $4";
        const std::int64_t bars = m_db.exec((QByteArray("SELECT coalesce(sum(count), 0)") + kInRange).constData(),
                                            range()).int64(0, 0);
        const double unitBars = std::pow(double(kSummaryFanOut), level);
        if (double(bars) < 2 * unitBars * columns)
            continue;
        // One GROUP BY: each unit goes to the pixel column its first instant falls in.
        const PgResult merged = m_db.exec(
            (QByteArray("SELECT ") + kMergeSummaries + kInRange +
             " GROUP BY floor((first_ts - $4)::float8 * $7 / ($5 - $4 + 1)::float8) ORDER BY 1")
                .constData(),
            range().add(columns));
        PriceSeries drawn;
        drawn.symbol = symbol;
        drawn.interval = interval;
        for (int row = 0; row < merged.rows(); ++row)
            barblocks::appendPoints(summaryOf(merged, row), drawn.bars);
        return drawn;
    }
    return series(symbol, interval, fromMs, toMs);
}

} // namespace tickerline
