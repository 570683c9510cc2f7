// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>

#include <array>
#include <cstdint>

namespace tickerline {

// Events counted per day or per week (weeks start on Monday, as the market's do), by kind.
struct DensityBin
{
    std::int64_t startMs = 0; // midnight UTC of the bin's first day
    std::array<int, kEventKinds.size()> counts{}; // indexed by EventKind
    int total() const;
};

enum class DensityBinning { Day, Week };

// One bin for every day (or week) from the first to the last event's, empty ones included, so the
// bars sit on a regular axis. Events are placed by their start's UTC calendar date.
QList<DensityBin> eventDensity(const QList<Event> &events, DensityBinning binning);

} // namespace tickerline
