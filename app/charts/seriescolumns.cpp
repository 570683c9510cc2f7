// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriescolumns.h"

namespace tickerline {

SeriesColumns SeriesColumns::fromSeries(const Symbol &symbol, const PriceSeries &series)
{
    SeriesColumns columns;
    columns.symbol = symbol.ticker;
    if (!symbol.currency.isEmpty())
        columns.currency = symbol.currency;
    if (!series.interval.isEmpty())
        columns.interval = series.interval;
    const std::size_t n = series.bars.size();
    bool anyVolume = false;
    for (const Bar &bar : series.bars)
        anyVolume = anyVolume || bar.volume.has_value();
    columns.time.reserve(n);
    columns.open.reserve(n);
    columns.high.reserve(n);
    columns.low.reserve(n);
    columns.close.reserve(n);
    for (const Bar &bar : series.bars) {
        columns.time.push_back(double(bar.tsMs));
        columns.open.push_back(bar.open);
        columns.high.push_back(bar.high);
        columns.low.push_back(bar.low);
        columns.close.push_back(bar.close);
        if (anyVolume)
            columns.volume.push_back(bar.volume.value_or(0));
    }
    return columns;
}

} // namespace tickerline
