// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartinput.h"
#include "tickerchart.h"

namespace tickerline {

// How many events fall on each day (or week, for long spans), stacked by kind.
class DensityChart final : public TickerChart
{
    Q_OBJECT

public:
    DensityChart(const ChartInput &input, ColourTheme theme, QGraphicsItem *parent = nullptr);
};

} // namespace tickerline
