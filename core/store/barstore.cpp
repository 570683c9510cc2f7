// SPDX-License-Identifier: GPL-3.0-or-later
#include "barstore.h"

#include "barblockcodec.h"
#include "database.h"
#include "error.h"
#include "rowchecks.h"
#include "time/isotime.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tickerline {

namespace {

constexpr std::int64_t kEarliest = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kLatest = std::numeric_limits<std::int64_t>::max();
constexpr int kChartCacheKib = 64 * 1024;

// The blocks that may hold bars between ?3 and ?4: the last one that starts at or before ?3
// (which may reach into the range) and every one that starts inside it.
QByteArray blocksInRange(const char *columns)
{
    return QByteArray("SELECT ") + columns +
           " FROM bar_blocks WHERE symbol_id = ?1 AND interval = ?2 AND first_ms <= ?4 AND first_ms >= "
           "coalesce((SELECT max(first_ms) FROM bar_blocks WHERE symbol_id = ?1 AND interval = ?2 "
           "AND first_ms <= ?3), ?3) ORDER BY first_ms";
}

// Later bars win on the same instant: what INSERT OR REPLACE did to a row of the same key.
std::vector<Bar> mergeRuns(const std::vector<Bar> &old, const std::vector<Bar> &added)
{
    std::vector<Bar> merged;
    merged.reserve(old.size() + added.size());
    std::size_t i = 0, j = 0;
    while (i < old.size() || j < added.size()) {
        if (j == added.size() || (i < old.size() && old[i].tsMs < added[j].tsMs)) {
            merged.push_back(old[i++]);
        } else {
            if (i < old.size() && old[i].tsMs == added[j].tsMs)
                ++i;
            merged.push_back(added[j++]);
        }
    }
    return merged;
}

// `later` follows `unit` in time.
void mergeInto(BarSummary &unit, const BarSummary &later)
{
    unit.lastTs = later.lastTs;
    unit.lastClose = later.lastClose;
    if (later.minClose < unit.minClose)
        unit.minClose = later.minClose, unit.minTs = later.minTs;
    if (later.maxClose > unit.maxClose)
        unit.maxClose = later.maxClose, unit.maxTs = later.maxTs;
    unit.maxHigh = std::max(unit.maxHigh, later.maxHigh);
    unit.minLow = std::min(unit.minLow, later.minLow);
    if (!std::isnan(later.maxVolume) && !(later.maxVolume <= unit.maxVolume))
        unit.maxVolume = later.maxVolume;
}

} // namespace

void BarStore::merge(std::int64_t symbolId, const QString &interval, const std::vector<Bar> &bars)
{
    if (bars.empty())
        return;
    // The blocks the new run reaches into, and the one before it, so that an appended run fills
    // the last, partly filled block instead of leaving it short.
    Statement touched(m_db, blocksInRange("id, first_ms, count, data").constData());
    touched.bind(1, symbolId).bind(2, interval).bind(3, bars.front().tsMs).bind(4, bars.back().tsMs);
    std::vector<std::int64_t> ids;
    std::vector<Bar> old;
    while (touched.step()) {
        ids.push_back(touched.int64(0));
        barblocks::decode(touched.blob(3), touched.integer(2), touched.int64(1), old);
    }
    if (!ids.empty()) {
        Statement remove(m_db, "DELETE FROM bar_blocks WHERE id = ?");
        for (const std::int64_t id : ids)
            remove.bind(1, id).run();
    }
    insertBlocks(symbolId, interval, old.empty() ? bars : mergeRuns(old, bars));
}

void BarStore::insertBlocks(std::int64_t symbolId, const QString &interval, const std::vector<Bar> &bars)
{
    Statement insert(m_db, "INSERT INTO bar_blocks(symbol_id, interval, first_ms, last_ms, count, coarse, fine, data) "
                           "VALUES (?,?,?,?,?,?,?,?)");
    for (std::size_t at = 0; at < bars.size(); at += barblocks::kBlockBars) {
        const int count = int(std::min<std::size_t>(barblocks::kBlockBars, bars.size() - at));
        const EncodedBlock block = barblocks::encode(bars.data() + at, count);
        insert.bind(1, symbolId).bind(2, interval).bind(3, block.firstTs).bind(4, block.lastTs).bind(5, count);
        insert.bind(6, block.coarse).bind(7, block.fine).bind(8, block.data).run();
    }
}

std::vector<Bar> BarStore::read(std::int64_t symbolId, const QString &interval, std::optional<std::int64_t> fromMs,
                                std::optional<std::int64_t> toMs)
{
    const std::int64_t from = fromMs.value_or(kEarliest), to = toMs.value_or(kLatest);
    Statement blocks(m_db, blocksInRange("first_ms, count, data").constData());
    blocks.bind(1, symbolId).bind(2, interval).bind(3, from).bind(4, to);
    std::vector<Bar> bars;
    while (blocks.step())
        barblocks::decode(blocks.blob(2), blocks.integer(1), blocks.int64(0), bars);
    // Only the edge blocks reach outside the range.
    const auto begin =
        std::lower_bound(bars.begin(), bars.end(), from, [](const Bar &bar, std::int64_t t) { return bar.tsMs < t; });
    const auto end =
        std::upper_bound(begin, bars.end(), to, [](std::int64_t t, const Bar &bar) { return t < bar.tsMs; });
    bars.erase(end, bars.end());
    bars.erase(bars.begin(), begin);
    return bars;
}

SeriesExtent BarStore::extent(std::int64_t symbolId, const QString &interval)
{
    Statement statement(m_db, "SELECT sum(count), min(first_ms), max(last_ms) FROM bar_blocks "
                              "WHERE symbol_id = ? AND interval = ?");
    statement.bind(1, symbolId).bind(2, interval).step();
    return {statement.isNull(0) ? 0 : statement.int64(0), statement.optionalInt64(1), statement.optionalInt64(2)};
}

std::vector<Bar> BarStore::decimated(std::int64_t symbolId, const QString &interval, std::int64_t fromMs,
                                     std::int64_t toMs, int columns)
{
    columns = std::max(columns, 1);
    // A chart zooms again and again over the same blocks: a cache that holds their summaries
    // (about 2 MB a million bars) saves reading the pages from the file at every zoom.
    if (m_db.pragmaInt("cache_size") > -kChartCacheKib) {
        m_db.exec(QByteArray("PRAGMA cache_size = -").append(QByteArray::number(kChartCacheKib)).constData());
    }
    Statement counts(m_db, blocksInRange("last_ms, count").constData());
    counts.bind(1, symbolId).bind(2, interval).bind(3, fromMs).bind(4, toMs);
    std::int64_t bars = 0;
    while (counts.step()) {
        if (counts.int64(0) >= fromMs)
            bars += counts.int64(1);
    }
    // Summaries only where a pixel column holds at least two groups of them; the bars themselves
    // below that, when there are few enough to read.
    const std::int64_t perColumn = bars / columns;
    if (perColumn < 2 * barblocks::kFineBars)
        return read(symbolId, interval, fromMs, toMs);
    const bool coarse = perColumn >= 2 * barblocks::kCoarseBars;
    // Groups of a block are merged `merge` at a time, so that a column still gets two of them but
    // not the dozens that would only cost time in the chart.
    const int groupBars = coarse ? barblocks::kCoarseBars : barblocks::kFineBars;
    const int merge = int(std::clamp<std::int64_t>(perColumn / (2 * groupBars), 1, barblocks::kBlockBars / groupBars));
    Statement blocks(m_db, blocksInRange(coarse ? "first_ms, coarse" : "first_ms, fine").constData());
    blocks.bind(1, symbolId).bind(2, interval).bind(3, fromMs).bind(4, toMs);
    std::vector<BarSummary> groups;
    std::vector<Bar> points;
    while (blocks.step()) {
        groups.clear();
        barblocks::decodeSummaries(blocks.blob(1), blocks.int64(0), groups);
        for (std::size_t at = 0; at < groups.size(); at += std::size_t(merge)) {
            BarSummary unit = groups[at];
            for (std::size_t k = at + 1; k < std::min(groups.size(), at + std::size_t(merge)); ++k)
                mergeInto(unit, groups[k]);
            if (unit.lastTs >= fromMs && unit.firstTs <= toMs)
                barblocks::appendPoints(unit, points);
        }
    }
    return points;
}

QStringList BarStore::check()
{
    QStringList problems;
    Statement blocks(m_db, "SELECT y.ticker, b.first_ms, b.last_ms, b.count, b.data FROM bar_blocks b "
                           "JOIN symbols y ON y.id = b.symbol_id ORDER BY b.symbol_id, b.interval, b.first_ms");
    std::vector<Bar> bars;
    while (blocks.step()) {
        const QString ticker = blocks.text(0);
        bars.clear();
        try {
            barblocks::decode(blocks.blob(4), blocks.integer(3), blocks.int64(1), bars);
        } catch (const Error &error) {
            problems << QStringLiteral("%1: %2").arg(ticker, error.message());
            continue;
        }
        const bool ordered = std::adjacent_find(bars.cbegin(), bars.cend(), [](const Bar &a, const Bar &b) {
                                 return a.tsMs >= b.tsMs;
                             }) == bars.cend();
        if (!ordered || bars.front().tsMs != blocks.int64(1) || bars.back().tsMs != blocks.int64(2))
            problems << QStringLiteral("%1: the stored bars from %2 are out of order")
                            .arg(ticker, formatIsoUtc(blocks.int64(1)));
        for (const Bar &bar : bars) {
            if (const QString problem = barProblem(ticker, bar); !problem.isEmpty())
                problems << problem;
        }
    }
    return problems;
}

void BarStore::moveRowsIntoBlocks(Database &db)
{
    {
        Statement table(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'bars'");
        if (!table.step())
            return;
    }
    moveRows(db);
    db.exec("DROP TABLE bars");
}

void BarStore::moveRows(Database &db)
{
    BarStore store(db);
    Statement rows(db, "SELECT symbol_id, interval, ts_ms, open, high, low, close, adj_close, volume FROM bars "
                       "ORDER BY symbol_id, interval, ts_ms");
    std::int64_t symbolId = 0;
    QString interval;
    std::vector<Bar> run;
    run.reserve(barblocks::kBlockBars);
    // A block at a time, so that a long series never sits in memory whole.
    while (rows.step()) {
        const std::int64_t rowSymbol = rows.int64(0);
        const QString rowInterval = rows.text(1);
        if (!run.empty() && (rowSymbol != symbolId || rowInterval != interval || run.size() == barblocks::kBlockBars)) {
            store.insertBlocks(symbolId, interval, run);
            run.clear();
        }
        symbolId = rowSymbol;
        interval = rowInterval;
        run.push_back(Bar{rows.int64(2), rows.real(3), rows.real(4), rows.real(5), rows.real(6), rows.optionalReal(7),
                          rows.optionalReal(8)});
    }
    if (!run.empty())
        store.insertBlocks(symbolId, interval, run);
}

} // namespace tickerline
