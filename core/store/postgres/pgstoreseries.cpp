// SPDX-License-Identifier: GPL-3.0-or-later
// PgStore's price series: bars as rows, summary levels kept up to date, charts computed by the server.
#include "pgstore.h"

#include "error.h"
#include "store/barblockcodec.h"
#include "store/importchecks.h"
#include "store/postgres/pgstorerows.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tickerline {

using namespace pgrows;

namespace {

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
// costs what the new bars cost. A level that has no unit starting by then (one the series has
// just grown into, or bars written before its first) is made whole. Levels are made until one
// holds at most kSummaryFanOut units.
void summarise(PgConnection &db, std::int64_t symbolId, const QString &interval, std::int64_t changedFrom)
{
    std::int64_t from = changedFrom;
    for (int level = 1;; ++level) {
        const auto series = [&] { return PgParams().add(symbolId).add(interval).add(level); };
        from = unitStartingBy(db, symbolId, interval, level, from).value_or(std::numeric_limits<std::int64_t>::min());
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

} // namespace

namespace pgrows {

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

} // namespace pgrows

QList<PriceSeries> PgStore::allSeries(Bars bars)
{
    // Intervals in the order of their bytes, as a file sorts them, whatever the database's collation.
    const PgResult series =
        m_db.exec("SELECT s.symbol_id, y.ticker, s.interval, coalesce(d.uid, '') FROM series s "
                  "JOIN symbols y ON y.id = s.symbol_id LEFT JOIN datasets d ON d.id = s.dataset_id "
                  "ORDER BY y.id, s.interval COLLATE \"C\"");
    QList<PriceSeries> all;
    for (int r = 0; r < series.rows(); ++r) {
        PriceSeries one;
        one.symbol = series.text(r, 1);
        one.interval = series.text(r, 2);
        one.dataset = series.text(r, 3);
        if (bars == Bars::Read)
            one.bars = barsOf(m_db.exec(
                (QByteArray(kBarColumns) + "WHERE symbol_id = $1 AND interval = $2 ORDER BY ts_ms").constData(),
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
    const PgResult rows =
        m_db.exec("WITH s AS (SELECT s.symbol_id FROM series s JOIN symbols y ON y.id = s.symbol_id "
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

void PgStore::writeSeries(const Symbol &symbol, const PriceSeries &series, const DatasetInfo &provenance)
{
    requireWritable();
    PgTransaction transaction(m_db);
    std::optional<std::int64_t> dataset;
    if (!provenance.uid.isEmpty()) {
        const PgResult known = m_db.exec("SELECT id FROM datasets WHERE uid = $1", PgParams().add(provenance.uid));
        dataset = known.rows()
                      ? known.int64(0, 0)
                      : insertedId(m_db,
                                   "INSERT INTO datasets(uid, name, origin, licence, notes, imported_at) "
                                   "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                   PgParams()
                                       .add(provenance.uid)
                                       .add(provenance.name)
                                       .add(provenance.origin)
                                       .add(provenance.licence)
                                       .add(provenance.notes)
                                       .add(provenance.importedAt.isEmpty() ? nowIsoUtc() : provenance.importedAt));
    }
    const PgResult known = m_db.exec("SELECT id FROM symbols WHERE ticker = $1", PgParams().add(symbol.ticker));
    const std::int64_t symbolId =
        known.rows() ? known.int64(0, 0)
                     : insertedId(m_db,
                                  "INSERT INTO symbols(ticker, name, kind, exchange, currency, shares_outstanding, "
                                  "shares_as_of, shares_source, dataset_id) "
                                  "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                                  PgParams()
                                      .add(symbol.ticker)
                                      .add(symbol.name)
                                      .add(symbol.kind.isEmpty() ? QStringLiteral("stock") : symbol.kind)
                                      .add(symbol.exchange)
                                      .add(symbol.currency.isEmpty() ? QStringLiteral("USD") : symbol.currency)
                                      .add(symbol.sharesOutstanding)
                                      .add(symbol.sharesAsOf)
                                      .add(symbol.sharesSource)
                                      .add(dataset));
    m_db.exec("INSERT INTO series(symbol_id, interval, dataset_id) VALUES ($1, $2, $3) "
              "ON CONFLICT (symbol_id, interval) DO UPDATE SET dataset_id = excluded.dataset_id",
              PgParams().add(symbolId).add(series.interval).add(dataset));
    if (!series.bars.empty()) {
        const std::int64_t first =
            std::min_element(series.bars.cbegin(), series.bars.cend(), [](const Bar &a, const Bar &b) {
                return a.tsMs < b.tsMs;
            })->tsMs;
        // Bars in time order after every stored one (an archive loaded piece by piece) go straight
        // into the table; others through a staging table, so that a bar at an instant already
        // stored replaces it, as in a file.
        const PgResult last = m_db.exec("SELECT ts_ms FROM bars WHERE symbol_id = $1 AND interval = $2 "
                                        "ORDER BY ts_ms DESC LIMIT 1",
                                        PgParams().add(symbolId).add(series.interval));
        const bool ordered =
            std::adjacent_find(series.bars.cbegin(), series.bars.cend(),
                               [](const Bar &a, const Bar &b) { return a.tsMs >= b.tsMs; }) == series.bars.cend();
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
                                   PgParams()
                                       .add(found.int64(0, 0))
                                       .add(interval)
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
        const std::int64_t bars =
            m_db.exec((QByteArray("SELECT coalesce(sum(count), 0)") + kInRange).constData(), range()).int64(0, 0);
        const double unitBars = std::pow(double(kSummaryFanOut), level);
        if (double(bars) < 2 * unitBars * columns)
            continue;
        // One GROUP BY: each unit goes to the pixel column its first instant falls in.
        const PgResult merged =
            m_db.exec((QByteArray("SELECT ") + kMergeSummaries + kInRange +
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
