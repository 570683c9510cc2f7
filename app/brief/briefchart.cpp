// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefchart.h"

#include "brief/eventbrief.h"
#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "error.h"

#include <QCoreApplication>

namespace tickerline {

namespace {

// A4's text column is about 175 mm: a chart laid out 800 pixels wide, drawn at twice the detail,
// has its labels at about the size of the text beside it.
const QSize kImageSize{1600, 880};
constexpr int kImageDpi = 192;

} // namespace

BriefChart loadBriefChart(Store &store, const EventBrief &brief)
{
    BriefChart chart;
    chart.request.eventUid = brief.event.uid;
    chart.request.symbols = brief.symbols.mid(0, kBriefChartSymbols);
    chart.request.showEvents = true;
    chart.request.kind = chart.request.symbols.size() > 1 ? ChartKind::Compare : ChartKind::Price;
    if (chart.request.symbols.isEmpty()) {
        chart.note = QCoreApplication::translate("EventBrief", "No symbol to chart.");
        return chart;
    }
    if (brief.symbols.size() > kBriefChartSymbols)
        chart.note = QCoreApplication::translate("EventBrief", "The chart shows the first %1 of %2 symbols.")
                         .arg(kBriefChartSymbols)
                         .arg(brief.symbols.size());
    try {
        chart.input = loadChartInput(store, chart.request);
    } catch (const Error &error) {
        chart.note = QCoreApplication::translate("EventBrief", "No chart: %1.").arg(error.message());
    }
    return chart;
}

QImage renderBriefChart(const BriefChart &chart)
{
    if (!chart.input)
        return {};
    ExportOptions options;
    options.size = kImageSize;
    options.dpi = kImageDpi;
    const auto drawn = makeChart(*chart.input, chart.request);
    return ChartExporter(options).renderImage(*drawn);
}

} // namespace tickerline
