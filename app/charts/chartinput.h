// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartrequest.h"
#include "domain/entities.h"

#include <QList>

#include <functional>

namespace tickerline {

class Store;

struct ChartSeriesInput
{
    Symbol symbol;
    PriceSeries series; // every bar of the symbol: the chart shows [fromMs, toMs] of it
    // Set for a series too long to read whole: `series` is then its overview (what a chart
    // 2048 pixels wide draws of all of it), and this gives what to draw of any range.
    std::function<PriceSeries(std::int64_t fromMs, std::int64_t toMs, int columns)> fetch;
};

// Everything a chart draws, read from the store once: charts never query the store themselves,
// so the benchmarks and tests can feed them any data.
struct ChartInput
{
    QList<ChartSeriesInput> series;
    QList<Event> events;          // sorted by start
    QList<DatasetInfo> datasets;  // provenance of the series and events shown
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    QString anchorEvent;          // uid; empty for none

    const Event *event(const QString &uid) const;
    // "Data: NAME (ORIGIN); …" for the footer of an exported image.
    QString sourcesText() const;
};

// A dataset's origin as a reader of an exported chart can follow it: a GitHub file pinned at a
// commit as the link to that file, a path on this computer as the file's name alone.
QString publicOrigin(const QString &origin);

// Series of more bars than this are not read whole: charts ask the store for each range.
constexpr std::int64_t kChartBarsInMemory = 250'000;

// Reads what `request` asks for. A symbol is charted in its daily bars, or when it has none in
// the interval of which it has the most bars (a symbol of one-minute bars only). Throws Error (a message for the user) for an unknown symbol,
// an unknown event, or a range in which no symbol has a bar.
ChartInput loadChartInput(Store &store, const ChartRequest &request);

} // namespace tickerline
