// SPDX-License-Identifier: GPL-3.0-or-later
// The team database (DESIGN §15) on a local PostgreSQL server: the throwaway cluster scripts/bench
// starts (tests/support/pgcluster), reached through its Unix socket.
//
// - BM_PgWriteBars_10000000: 10,000,000 one-minute bars of one symbol written as 100 pieces of
//   100,000 (each a COPY, the upsert into the bars and the summaries brought up to date).
// - BM_PgChartZoom_10000000/N: what a 1920-pixel chart of 1/N of that series gets after a zoom,
//   computed by the server (M4 in one GROUP BY over the summaries), beside BM_PgChartRawRows_…/N:
//   the same range's bars downloaded as they are.
// - BM_PgImportEvents_1000000: the million generated events of the window benchmarks imported
//   into an empty team database in one transaction (COPY), the full-text vectors made as they go in.
#include "generatedevents.h"
#include "millionevents.h"
#include "store/postgres/pgstore.h"
#include "support/pgtestdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

#include <memory>
#include <optional>
#include <utility>

using namespace tickerline;

namespace {

constexpr int kPieces = 100;
constexpr int kBarsPerPiece = 100'000;
constexpr std::int64_t kFirstMs = 1'420'070'400'000; // 2015-01-01
constexpr int kColumns = 1920;

PriceSeries piece(int index, double &price)
{
    PriceSeries series;
    series.symbol = QStringLiteral("WALK");
    series.interval = QStringLiteral("1m");
    series.bars.reserve(kBarsPerPiece);
    QRandomGenerator random(quint32(index) + 1);
    for (int i = 0; i < kBarsPerPiece; ++i) {
        const double open = price;
        price = std::max(1.0, price + (random.generateDouble() - 0.5) * 0.5);
        const std::int64_t at = kFirstMs + (std::int64_t(index) * kBarsPerPiece + i) * 60'000;
        series.bars.push_back(Bar{at, open, std::max(open, price) + 0.05, std::min(open, price) - 0.05, price,
                                  std::nullopt, double(1000 + random.bounded(50'000))});
    }
    return series;
}

// The ten million bars, written once per run; the time that took is the write benchmark's.
struct TenMillionBars
{
    test::PgTestDatabase database;
    std::optional<PgStore> store;
    double writeSeconds = 0;

    TenMillionBars()
    {
        store.emplace(database.target());
        const Symbol walk{QStringLiteral("WALK"),
                          QStringLiteral("Random walk"),
                          QStringLiteral("stock"),
                          {},
                          QStringLiteral("USD"),
                          {},
                          {},
                          {},
                          {}};
        const DatasetInfo provenance{QStringLiteral("walk"),
                                     QStringLiteral("Generated minute bars"),
                                     QStringLiteral("bench"),
                                     {},
                                     {},
                                     QStringLiteral("2025-01-28T00:00:00Z")};
        double price = 100;
        std::vector<PriceSeries> pieces;
        for (int i = 0; i < kPieces; ++i)
            pieces.push_back(piece(i, price));
        QElapsedTimer timer;
        timer.start();
        for (const PriceSeries &one : pieces)
            store->writeSeries(walk, one, provenance);
        writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
};

TenMillionBars &tenMillionBars()
{
    static TenMillionBars instance;
    return instance;
}

bool haveCluster(benchmark::State &state)
{
    if (!test::postgresCluster().isEmpty())
        return true;
    state.SkipWithError("needs a PostgreSQL cluster: run it through scripts/bench, which starts one");
    return false;
}

void writeBars(benchmark::State &state)
{
    if (!haveCluster(state))
        return;
    for (auto _ : state)
        state.SetIterationTime(tenMillionBars().writeSeconds);
    state.counters["bars"] = double(kPieces) * kBarsPerPiece;
}

// Seven places across the series, each a little narrower than the last, as the file's benchmark.
template<bool Raw> void chartZoom(benchmark::State &state)
{
    if (!haveCluster(state))
        return;
    PgStore &store = *tenMillionBars().store;
    const std::int64_t span = std::int64_t(kPieces) * kBarsPerPiece * 60'000;
    const std::int64_t width = span / state.range(0);
    std::int64_t step = 0;
    std::size_t most = 0;
    for (auto _ : state) {
        const std::int64_t at = ++step % 7;
        const std::int64_t start = kFirstMs + (span - width) * at / 7;
        const std::int64_t end = start + width - width * at / 50;
        const PriceSeries points =
            Raw ? store.series(QStringLiteral("WALK"), QStringLiteral("1m"), start, end)
                : store.decimatedSeries(QStringLiteral("WALK"), QStringLiteral("1m"), start, end, kColumns);
        most = std::max(most, points.bars.size());
        benchmark::DoNotOptimize(points.bars.data());
    }
    state.counters["points_max"] = double(most);
}

void importEvents(benchmark::State &state)
{
    if (!haveCluster(state))
        return;
    const Snapshot events = bench::millionEvents();
    for (auto _ : state) {
        test::PgTestDatabase database;
        PgStore store(database.target());
        QElapsedTimer timer;
        timer.start();
        store.importSnapshot(events);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        state.counters["events"] = double(store.eventCount());
    }
}

// bench_store's million events on the server, imported once for the searches, and analysed as the server's
// autovacuum does soon after a bulk load (the planner needs the statistics).
PgStore &millionOnServer()
{
    static test::PgTestDatabase *database = nullptr;
    static std::unique_ptr<PgStore> store;
    if (!store) {
        database = new test::PgTestDatabase; // kept for the whole run
        store = std::make_unique<PgStore>(database->target());
        store->importSnapshot(bench::generatedSnapshot(1'000'000));
        store->connection().exec("ANALYZE");
    }
    return *store;
}

void searchTop50(benchmark::State &state, const char *query)
{
    if (!haveCluster(state))
        return;
    PgStore &store = millionOnServer();
    const QString text = QString::fromLatin1(query);
    // Each word as the search takes it: as written, or as its words alone ("shares-market").
    const char *count = "SELECT count(*) FROM events WHERE search @@ ("
                        "  SELECT string_agg('(' || (phraseto_tsquery('simple', w) || "
                        "         phraseto_tsquery('simple', regexp_replace(w, '[^[:alnum:]]+', ' ', 'g')))::text || "
                        "')', ' & ')::tsquery "
                        "  FROM regexp_split_to_table($1, '\\s+') AS w)";
    state.counters["matching_rows"] = double(store.connection().exec(count, PgParams().add(text)).int64(0, 0));
    qsizetype hits = 0;
    for (auto _ : state) {
        const QList<SearchHit> found = store.search(text, 50);
        benchmark::DoNotOptimize(found.data());
        hits = found.size();
    }
    state.counters["hits"] = double(hits);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::RegisterBenchmark("BM_PgWriteBars_10000000", writeBars)
        ->UseManualTime()
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_PgChartZoom_10000000", chartZoom<false>)
        ->Arg(1)
        ->Arg(5)
        ->Arg(100)
        ->Arg(1000)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_PgChartRawRows_10000000", chartZoom<true>)
        ->Arg(1)
        ->Arg(5)
        ->Arg(100)
        ->Arg(1000)
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_PgImportEvents_1000000", importEvents)
        ->UseManualTime()
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    // The file's BM_StoreSearchTop50_1000000, its common words and phrase and a word in 2 % of the
    // rows, on the server.
    for (const auto &[name, query] : {std::pair{"BM_PgSearchTop50_1000000", "deepseek selloff"},
                                      std::pair{"BM_PgSearchTop50CommonWord_1000000", "shares"},
                                      std::pair{"BM_PgSearchTop50CommonPair_1000000", "shares market"},
                                      std::pair{"BM_PgSearchTop50CommonPhrase_1000000", "shares-market"},
                                      std::pair{"BM_PgSearchTop50MiddlingWord_1000000", "equipment"}})
        benchmark::RegisterBenchmark(name, searchTop50, query)->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
