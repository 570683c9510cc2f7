// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace tickerline {

// A run of consecutive bars of one series and what a chart needs to know of its parts: the
// (first, lowest, highest, last) closes and the extreme high, low and volume of every group of
// kCoarseBars and of kFineBars bars. A chart of ten million bars reads these summaries instead of
// the bars; the bars themselves are read only for a range narrow enough to draw them all.
struct BarSummary
{
    std::int64_t firstTs = 0;
    std::int64_t lastTs = 0;
    std::int64_t minTs = 0; // of the lowest close (the first, on ties)
    std::int64_t maxTs = 0; // of the highest close (the first, on ties)
    double open = 0;        // of the first bar
    double firstClose = 0;
    double lastClose = 0;
    double minClose = 0;
    double maxClose = 0;
    double maxHigh = 0;
    double minLow = 0;
    double maxVolume = 0; // NaN when no bar of the group has a volume
};

struct EncodedBlock
{
    std::int64_t firstTs = 0;
    std::int64_t lastTs = 0;
    int count = 0;
    QByteArray coarse; // BarSummary per kCoarseBars bars
    QByteArray fine;   // BarSummary per kFineBars bars
    QByteArray data;   // the bars, a column after another
};

namespace barblocks {

constexpr int kBlockBars = 4096;
constexpr int kCoarseBars = 256;
constexpr int kFineBars = 16;

// bars: 1 to kBlockBars of them, in time order without repeats.
EncodedBlock encode(const Bar *bars, int count);
// Appends the bars of a block to `out`. A blob that does not hold `count` bars (a damaged or
// hand-made file) throws Error naming the block's first instant.
void decode(const QByteArray &data, int count, std::int64_t firstTs, std::vector<Bar> &out);
// The summaries of a coarse or fine blob; throws Error as decode does.
void decodeSummaries(const QByteArray &blob, std::int64_t firstTs, std::vector<BarSummary> &out);
// What a chart draws of a group of bars: its first, lowest, highest and last closes in time order,
// once each, every one with the group's highest high, lowest low and highest volume.
void appendPoints(const BarSummary &group, std::vector<Bar> &out);

} // namespace barblocks
} // namespace tickerline
