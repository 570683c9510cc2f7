// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartinput.h"
#include "charts/chartrequest.h"

#include <QImage>
#include <QString>

#include <optional>

namespace tickerline {

struct EventBrief;
class Store;

// The chart of a brief: one symbol's prices with the events marked (the event itself
// highlighted), or several symbols rebased at the event, as `tickerline chart` draws them.
struct BriefChart
{
    ChartRequest request;
    std::optional<ChartInput> input; // nothing when no symbol has bars around the event
    QString note;                    // what the reader should know: symbols left out, why there is no chart
};

// At most this many symbols share the chart; the tables list them all.
constexpr int kBriefChartSymbols = 5;

// Reads what the chart draws. Touches no widget: any thread with its own store connection.
BriefChart loadBriefChart(Store &store, const EventBrief &brief);
// Draws it (a QGraphicsScene: the GUI thread); a null image when there is nothing to draw.
QImage renderBriefChart(const BriefChart &chart);

} // namespace tickerline
