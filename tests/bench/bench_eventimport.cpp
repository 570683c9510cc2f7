// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN budget: import 1,000,000 events from CSV, store insert included, in at most 3 s.
#include "io/eventcsv.h"
#include "io/tickerlinejson.h"
#include "store/filestore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace tickerline;

namespace {

// A million rows as an analyst's export would have them: every column filled, a few actors and
// symbols that repeat, one row in ten without a uid (generated on import), times to the second.
const QByteArray &millionRows()
{
    static const QByteArray csv = [] {
        QByteArray out = EventCsv::header() + '\n';
        out.reserve(170 * 1'000'000);
        const char *kinds[] = {"statement", "release", "market", "policy", "deal", "report", "other"};
        const char *zones[] = {"UTC", "America/New_York", "America/Los_Angeles", "Asia/Shanghai"};
        const char *symbols[] = {"NVDA", "AMD;AVGO", "", "TSM;ASML;NVDA", "MSFT"};
        for (int i = 0; i < 1'000'000; ++i) {
            const int day = 1 + i % 28;
            const int second = i % 86'400;
            if (i % 10)
                out.append("event-").append(QByteArray::number(i));
            out.append(",Event number ").append(QByteArray::number(i)).append(" of the bench,");
            out.append(kinds[i % 7]).append(',');
            out.append("2025-01-").append(QByteArray::number(day).rightJustified(2, '0')).append('T');
            out.append(QByteArray::number(second / 3600).rightJustified(2, '0')).append(':');
            out.append(QByteArray::number(second / 60 % 60).rightJustified(2, '0')).append(':');
            out.append(QByteArray::number(second % 60).rightJustified(2, '0')).append("Z,,,");
            out.append(i % 13 ? "false," : "true,").append(zones[i % 4]).append(',');
            out.append("Actor ").append(QByteArray::number(i % 100)).append(',');
            out.append(symbols[i % 5]).append(',');
            out.append("\"A summary, with a comma, for event ").append(QByteArray::number(i)).append(".\"\n");
        }
        return out;
    }();
    return csv;
}

void BM_ParseEventsCsv_1000000(benchmark::State &state)
{
    const QByteArray &csv = millionRows();
    for (auto _ : state) {
        const Snapshot snapshot = EventCsv::parse(csv, QStringLiteral("bench.csv"));
        benchmark::DoNotOptimize(snapshot.events.size());
        if (snapshot.events.size() != 1'000'000)
            state.SkipWithError("wrong event count");
    }
    state.counters["MB"] = double(csv.size()) / (1024 * 1024);
}
BENCHMARK(BM_ParseEventsCsv_1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

// The same million events as Tickerline JSON, as Tickerline writes it (indented), read straight
// from the bytes in parts (as File → Import… and `tickerline import` read it) and, for
// comparison, as one Qt JSON document (as they read it before).
void BM_ParseTickerlineJson_1000000(benchmark::State &state)
{
    static const QByteArray json = writeTickerlineJson(EventCsv::parse(millionRows(), QStringLiteral("bench.csv")));
    const bool asDocument = state.range(0) != 0;
    for (auto _ : state) {
        const Snapshot snapshot = asDocument ? readTickerlineJsonDocument(json, QStringLiteral("bench.json"))
                                             : readTickerlineJson(json, QStringLiteral("bench.json"));
        benchmark::DoNotOptimize(snapshot.events.size());
        if (snapshot.events.size() != 1'000'000)
            state.SkipWithError("wrong event count");
    }
    state.counters["MB"] = double(json.size()) / (1024 * 1024);
}
BENCHMARK(BM_ParseTickerlineJson_1000000)
    ->ArgName("as_document")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

void BM_ImportEventsCsv_1000000(benchmark::State &state)
{
    const QByteArray &csv = millionRows();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = std::make_unique<FileStore>(dir.filePath(QStringLiteral("bench.tickerline")));
        state.ResumeTiming();
        store->importSnapshot(EventCsv::parse(csv, QStringLiteral("bench.csv")));
        state.PauseTiming();
        Statement count(store->database(), "SELECT count(*) FROM events");
        if (!count.step() || count.int64(0) != 1'000'000)
            state.SkipWithError("wrong event count in the store");
        store.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ImportEventsCsv_1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
