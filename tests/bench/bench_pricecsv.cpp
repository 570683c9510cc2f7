// SPDX-License-Identifier: GPL-3.0-or-later
// PriceCsv::parse of a 1,000,000-row Yahoo Finance CSV held in memory. The rows look like
// yfinance's own output: a random walk printed with the float noise Python leaves in
// (118.41999816894531), an adjusted close and a volume. A million daily bars need consecutive
// calendar days from 1500 on; the parser's work per row is the same as for real dates.

#include "io/pricecsv.h"

#include <QDate>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>

using namespace tickerline;

namespace {

constexpr int kRows = 1'000'000;

const QByteArray &generatedCsv()
{
    static const QByteArray text = [] {
        QByteArray csv = "Date,Open,High,Low,Close,Adj Close,Volume\n";
        csv.reserve(qsizetype(kRows) * 120);
        QRandomGenerator random(27);
        QDate date(1500, 1, 1);
        double close = 100;
        char line[192];
        for (int i = 0; i < kRows; ++i, date = date.addDays(1)) {
            const double open = close * (1 + (random.bounded(2.0) - 1) * 0.01);
            close = std::max(1.0, open * (1 + (random.bounded(2.0) - 1) * 0.03));
            const double high = std::max(open, close) * (1 + random.bounded(0.01));
            const double low = std::min(open, close) * (1 - random.bounded(0.01));
            const int length = std::snprintf(line, sizeof line, "%04d-%02d-%02d,%.17g,%.17g,%.17g,%.17g,%.17g,%d\n",
                                             date.year(), date.month(), date.day(), open, high, low, close,
                                             close * 0.98, 1'000'000 + int(random.bounded(90'000'000)));
            csv.append(line, length);
        }
        return csv;
    }();
    return text;
}

void BM_PriceCsvParse(benchmark::State &state)
{
    const QByteArray &csv = generatedCsv();
    std::size_t bars = 0;
    for (auto _ : state) {
        const PriceCsvResult result = PriceCsv::parse(csv, QStringLiteral("LONG.csv"));
        bars = result.series.bars.size();
        benchmark::DoNotOptimize(result.series.bars.data());
    }
    if (bars != std::size_t(kRows))
        state.SkipWithError("not every row became a bar");
    state.SetBytesProcessed(state.iterations() * csv.size());
    state.SetItemsProcessed(state.iterations() * kRows);
}

} // namespace

BENCHMARK(BM_PriceCsvParse)->Name("BM_PriceCsvParse_1000000")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
