// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfactory.h"

#include "comparisonchart.h"
#include "densitychart.h"
#include "impactchart.h"
#include "pricechart.h"

namespace tickerline {

std::unique_ptr<TickerChart> makeChart(const ChartInput &input, const ChartRequest &request)
{
    std::unique_ptr<TickerChart> chart;
    switch (request.kind) {
    case ChartKind::Price:
    case ChartKind::Candles: {
        QList<SeriesColumns> series;
        for (const ChartSeriesInput &one : input.series) {
            series.append(SeriesColumns::fromSeries(one.symbol, one.series));
            if (one.fetch) {
                series.last().fetch = [fetch = one.fetch, symbol = one.symbol](std::int64_t fromMs, std::int64_t toMs,
                                                                              int columns) {
                    return SeriesColumns::fromSeries(symbol, fetch(fromMs, toMs, columns));
                };
            }
        }
        auto price = std::make_unique<PriceChart>(
            std::move(series), request.showEvents ? input.events : QList<Event>(), input.fromMs, input.toMs,
            request.kind == ChartKind::Candles ? PriceStyle::Candles : PriceStyle::Line, request.theme);
        price->setSelectedEvent(input.anchorEvent);
        chart = std::move(price);
        break;
    }
    case ChartKind::Compare:
        chart = std::make_unique<ComparisonChart>(input, request.percent, request.theme);
        break;
    case ChartKind::Impact:
        chart = std::make_unique<ImpactChart>(input, request.percent, request.theme);
        break;
    case ChartKind::Density:
        chart = std::make_unique<DensityChart>(input, request.theme);
        break;
    }
    chart->setSourcesText(input.sourcesText());
    return chart;
}

} // namespace tickerline
