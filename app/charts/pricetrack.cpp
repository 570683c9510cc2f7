// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricetrack.h"

namespace tickerline {

PriceTrack PriceTrack::fromSeries(const Symbol &symbol, const PriceSeries &series)
{
    PriceTrack track;
    track.ticker = symbol.ticker;
    if (!symbol.currency.isEmpty())
        track.currency = symbol.currency;
    const std::size_t n = series.bars.size();
    bool anyVolume = false;
    for (const Bar &bar : series.bars)
        anyVolume = anyVolume || bar.volume.has_value();
    track.time.reserve(n);
    track.open.reserve(n);
    track.high.reserve(n);
    track.low.reserve(n);
    track.close.reserve(n);
    for (const Bar &bar : series.bars) {
        track.time.push_back(double(bar.tsMs));
        track.open.push_back(bar.open);
        track.high.push_back(bar.high);
        track.low.push_back(bar.low);
        track.close.push_back(bar.close);
        if (anyVolume)
            track.volume.push_back(bar.volume.value_or(0));
    }
    return track;
}

} // namespace tickerline
