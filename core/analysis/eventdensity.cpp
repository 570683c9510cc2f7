// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdensity.h"

#include "time/isotime.h"

#include <algorithm>
#include <numeric>

namespace tickerline {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
}

// 1970-01-01 was a Thursday: day 4 is the first Monday (1970-01-05).
std::int64_t binStart(std::int64_t ms, DensityBinning binning)
{
    const std::int64_t day = floorDiv(ms, kMsPerDay);
    if (binning == DensityBinning::Day)
        return day * kMsPerDay;
    return (4 + floorDiv(day - 4, 7) * 7) * kMsPerDay;
}

} // namespace

int DensityBin::total() const
{
    return std::accumulate(counts.begin(), counts.end(), 0);
}

QList<DensityBin> eventDensity(const QList<Event> &events, DensityBinning binning)
{
    QList<DensityBin> bins;
    if (events.isEmpty())
        return bins;
    std::int64_t first = events.front().startMs, last = first;
    for (const Event &event : events) {
        first = std::min(first, event.startMs);
        last = std::max(last, event.startMs);
    }
    const std::int64_t step = binning == DensityBinning::Day ? kMsPerDay : 7 * kMsPerDay;
    const std::int64_t start = binStart(first, binning);
    const std::int64_t count = (binStart(last, binning) - start) / step + 1;
    bins.resize(count);
    for (std::int64_t i = 0; i < count; ++i)
        bins[i].startMs = start + i * step;
    for (const Event &event : events) {
        const std::int64_t i = (binStart(event.startMs, binning) - start) / step;
        ++bins[i].counts[std::size_t(event.kind)];
    }
    return bins;
}

} // namespace tickerline
