// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace tickerline {

// A PriceSeries in columns: its bars as columns of doubles (time in UTC ms), the shape the
// decimators take. A chart of ten million points keeps these and nothing bigger.
struct SeriesColumns
{
    QString symbol;
    QString currency = QStringLiteral("USD");
    QString interval = QStringLiteral("1d"); // of the bars, as stored: "1d", "1h", "1m" …
    std::vector<double> time;
    std::vector<double> open; // open/high/low empty: a close-only series (no candles)
    std::vector<double> high;
    std::vector<double> low;
    std::vector<double> close;
    std::vector<double> volume; // empty when the series has none

    // A series too long to hold (millions of bars) comes with this: the chart asks it again for
    // what to draw of each range it shows, `columns` pixels wide (Store::decimatedSeries).
    using Fetch = std::function<SeriesColumns(std::int64_t fromMs, std::int64_t toMs, int columns)>;
    Fetch fetch;

    static SeriesColumns fromSeries(const Symbol &symbol, const PriceSeries &series);
    bool hasOhlc() const { return !open.empty(); }
};

} // namespace tickerline
