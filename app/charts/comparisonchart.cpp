// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonchart.h"

#include "analysis/eventreaction.h"
#include "analysis/m4decimator.h"
#include "time/isotime.h"
#include "charttimeaxis.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace tickerline {

namespace {

constexpr int kColumns = 2000; // enough for a 4K-wide export; the panel's zoom is the price chart's

} // namespace

ComparisonChart::ComparisonChart(const ChartInput &input, bool percent, ColourTheme theme, QGraphicsItem *parent)
    : TickerChart(theme, parent), m_fromMs(input.fromMs), m_toMs(input.toMs)
{
    m_xAxis = new ChartTimeAxis(this);
    addAxis(m_xAxis, Qt::AlignBottom);
    styleAxis(m_xAxis, QString());
    m_xAxis->setBaseTitle(tr("Session date"));
    auto *yAxis = new QValueAxis(this);
    addAxis(yAxis, Qt::AlignLeft);

    const Event *anchorEvent = input.anchorEvent.isEmpty() ? nullptr : input.event(input.anchorEvent);
    double low = percent ? 0 : 100, high = low;
    QString anchorDate;
    QStringList symbols;
    for (qsizetype i = 0; i < input.series.size(); ++i) {
        const PriceSeries &series = input.series[i].series;
        std::optional<std::size_t> anchor;
        if (anchorEvent) {
            const auto first = firstSessionBar(series, *anchorEvent);
            if (first && *first > 0)
                anchor = *first - 1;
        } else {
            anchor = barAtOrAfter(series, input.fromMs);
        }
        if (!anchor)
            continue;
        const std::vector<double> values = rebasedCloses(series, *anchor, percent ? Rebase::Percent : Rebase::Index);
        if (values.empty())
            continue;
        std::vector<double> xs;
        xs.reserve(series.bars.size());
        for (const Bar &bar : series.bars)
            xs.push_back(double(bar.tsMs));
        const M4Decimator decimator(xs, values);
        double l = 0, h = 0;
        if (decimator.yRange(double(input.fromMs), double(input.toMs), &l, &h)) {
            low = std::min(low, l);
            high = std::max(high, h);
        }
        const auto points = decimator.decimate(double(input.fromMs), double(input.toMs), kColumns);
        auto *line = new QLineSeries(this);
        line->setName(input.series[i].symbol.ticker);
        line->setPen(QPen(palette().seriesColor(i), 2, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
        line->replace(QList<QPointF>(points.begin(), points.end()));
        addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(yAxis);
        symbols << input.series[i].symbol.ticker;
        const std::int64_t anchorMs = series.bars[*anchor].tsMs;
        m_anchors.insert(input.series[i].symbol.ticker, QPointF(double(anchorMs), values[*anchor]));
        if (!m_anchorSessionMs || anchorMs > m_anchorSessionMs)
            m_anchorSessionMs = anchorMs;
        anchorDate = formatIsoDate(anchorMs);
    }

    // The level every line meets at, and the anchor session, drawn as quiet guides.
    const double level = percent ? 0 : 100;
    const double span = std::max(high - low, 1.0);
    auto *levelLine = new QLineSeries(this);
    levelLine->append(double(input.fromMs), level);
    levelLine->append(double(input.toMs), level);
    levelLine->setPen(QPen(palette().axisLine, 1, Qt::DashLine));
    auto *anchorLine = new QLineSeries(this);
    anchorLine->append(double(m_anchorSessionMs), low - span * 0.05);
    anchorLine->append(double(m_anchorSessionMs), high + span * 0.05);
    anchorLine->setPen(QPen(palette().marker, 1, Qt::DashLine));
    for (QLineSeries *guide : {levelLine, anchorLine}) {
        addSeries(guide);
        guide->attachAxis(m_xAxis);
        guide->attachAxis(yAxis);
        for (QLegendMarker *marker : legend()->markers(guide))
            marker->setVisible(false);
    }

    setNiceTicks(yAxis, low - span * 0.05, high + span * 0.05);
    styleAxis(yAxis, percent ? tr("Change since close %1 (%)").arg(anchorDate)
                             : tr("Index (100 = close %1)").arg(anchorDate));
    m_xAxis->setTimeRange(input.fromMs, input.toMs, 900);
    styleLegend();
    setTitle(anchorEvent ? tr("%1 around “%2”").arg(humanList(symbols), anchorEvent->title)
                         : tr("%1 rebased").arg(humanList(symbols)));
    if (anchorEvent)
        setCaption(tr("Each series rebased at its last close before the event's first session (%1), so the move "
                      "of that session shows.")
                       .arg(anchorDate));
    else
        setCaption(tr("Each series rebased at its first close in the range (%1).").arg(anchorDate));
}

void ComparisonChart::updateOverlays()
{
    TickerChart::updateOverlays();
    const qreal width = plotArea().width();
    if (m_xAxis && width > 0 && std::abs(width - m_tickedWidth) >= 1) {
        m_tickedWidth = width;
        m_xAxis->setTimeRange(m_fromMs, m_toMs, width);
    }
}

std::optional<QPointF> ComparisonChart::anchorPoint(const QString &symbol) const
{
    if (!m_anchors.contains(symbol))
        return std::nullopt;
    return m_anchors.value(symbol);
}

} // namespace tickerline
