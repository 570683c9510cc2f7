// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartinput.h"
#include "chartrequest.h"
#include "tickerchart.h"

#include <memory>

namespace tickerline {

// The chart a request asks for, over data already read, with its sources named for the footer.
std::unique_ptr<TickerChart> makeChart(const ChartInput &input, const ChartRequest &request);

} // namespace tickerline
