// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricechart.h"

#include "analysis/eventreaction.h"
#include "analysis/m4decimator.h"
#include "charttext.h"
#include "charttimeaxis.h"
#include "eventmarkerlayer.h"
#include "plotpathitem.h"
#include "time/isotime.h"

#include <QAreaSeries>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {

constexpr double kVolumeShare = 0.22;    // of the plot height, at the bottom
constexpr double kLabelHeadroom = 0.30;  // of the price span, above the highest price, for labels
constexpr int kCandlePixels = 4;         // narrowest candle before bars are merged into buckets

bool isDaily(const SeriesColumns &columns)
{
    return columns.interval == QLatin1String("1d");
}

QString signedPercent(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + QString::number(std::abs(value), 'f', 2)
           + QStringLiteral(" %");
}

} // namespace

struct PriceChart::Plot
{
    SeriesColumns columns;
    M4Decimator close;
    M4Decimator high;
    M4Decimator low;
    M4Decimator volume;
    QLineSeries *line = nullptr; // empty: the legend's entry; lineItem draws it
    PlotPathItem *lineItem = nullptr;
    QCandlestickSeries *candles = nullptr;
    QAreaSeries *volumeArea = nullptr; // empty: the legend's entry; volumeItem draws it
    PlotPathItem *volumeItem = nullptr;
    QValueAxis *axis = nullptr;
    QValueAxis *volumeAxis = nullptr;
    std::size_t shown = 0;
    // Of a series fetched per range: what the columns hold now.
    std::int64_t fetchedFrom = 0;
    std::int64_t fetchedTo = -1;
    int fetchedColumns = 0;
};

PriceChart::PriceChart(QList<SeriesColumns> series, const QList<Event> &events, std::int64_t fromMs,
                       std::int64_t toMs, PriceStyle style, ColourTheme theme, QGraphicsItem *parent)
    : TickerChart(theme, parent), m_style(style), m_fromMs(fromMs), m_toMs(toMs)
{
    m_xAxis = new ChartTimeAxis(this);
    addAxis(m_xAxis, Qt::AlignBottom);
    styleAxis(m_xAxis, QString());
    m_xAxis->setBaseTitle(tr("Session date"));
    m_xAxis->setGridLineVisible(true);

    m_dataFromMs = std::numeric_limits<std::int64_t>::max();
    m_dataToMs = std::numeric_limits<std::int64_t>::min();
    QStringList symbols;
    for (qsizetype i = 0; i < series.size(); ++i) {
        auto plot = std::make_unique<Plot>();
        plot->columns = std::move(series[i]);
        SeriesColumns &columns = plot->columns;
        symbols << columns.symbol;
        if (!columns.time.empty()) {
            m_dataFromMs = std::min(m_dataFromMs, std::int64_t(columns.time.front()));
            m_dataToMs = std::max(m_dataToMs, std::int64_t(columns.time.back()));
        }
        const bool candles = style == PriceStyle::Candles && columns.hasOhlc();
        plot->close = M4Decimator(columns.time, columns.close);
        if (candles || !columns.fetch) {
            plot->high = M4Decimator(columns.time, columns.high);
            plot->low = M4Decimator(columns.time, columns.low);
        }
        const QColor color = palette().seriesColor(i);
        plot->axis = new QValueAxis(this);
        addAxis(plot->axis, i == 0 ? Qt::AlignLeft : Qt::AlignRight);
        styleAxis(plot->axis, tr("%1 price (%2)").arg(columns.symbol, columns.currency),
                  series.size() > 1 ? color : QColor());
        plot->axis->setGridLineVisible(i == 0);

        // The first symbol's volume, beneath its prices, on an axis of its own that is not shown.
        if (i == 0 && !columns.volume.empty()) {
            plot->volume = M4Decimator(columns.time, columns.volume);
            plot->volumeArea = new QAreaSeries(new QLineSeries(this));
            plot->volumeArea->setName(tr("%1 volume").arg(columns.symbol));
            setShortLegendName(plot->volumeArea, tr("Volume"));
            plot->volumeArea->setColor(palette().volume);
            plot->volumeArea->setBorderColor(palette().volume);
            plot->volumeArea->setPen(Qt::NoPen);
            addSeries(plot->volumeArea);
            plot->volumeAxis = new QValueAxis(this);
            addAxis(plot->volumeAxis, Qt::AlignRight);
            plot->volumeAxis->setVisible(false);
            plot->volumeArea->attachAxis(m_xAxis);
            plot->volumeArea->attachAxis(plot->volumeAxis);
            plot->volumeItem = new PlotPathItem(this, m_xAxis, plot->volumeAxis, PlotPathItem::Shape::Bars);
            plot->volumeItem->setPen(Qt::NoPen);
            plot->volumeItem->setBrush(palette().volume);
        }
        if (candles) {
            plot->candles = new QCandlestickSeries(this);
            plot->candles->setName(isDaily(columns) ? tr("%1 daily candles").arg(columns.symbol)
                                                    : tr("%1 %2 candles").arg(columns.symbol, columns.interval));
            setShortLegendName(plot->candles, columns.symbol);
            if (series.size() > 1) {
                // Several symbols: each in its own hue (as its axis and legend entry), hollow
                // for a session that closed higher and filled for one that closed lower.
                plot->candles->setBrush(color);
                plot->candles->setIncreasingColor(palette().background);
                plot->candles->setDecreasingColor(color);
                plot->candles->setPen(QPen(color, 1));
                plot->candles->setBodyOutlineVisible(true);
            } else {
                plot->candles->setBrush(palette().up); // the legend's icon
                plot->candles->setIncreasingColor(palette().up);
                plot->candles->setDecreasingColor(palette().down);
                plot->candles->setPen(QPen(palette().mutedText, 1));
                plot->candles->setBodyOutlineVisible(false);
            }
            plot->candles->setBodyWidth(0.7);
            addSeries(plot->candles);
            // Qt Charts draws candles only against a date-time (or category) axis: a hidden one
            // that keeps the time axis' range puts them at the same x.
            if (!m_candleAxis) {
                m_candleAxis = new QDateTimeAxis(this);
                addAxis(m_candleAxis, Qt::AlignBottom);
                m_candleAxis->setVisible(false);
            }
            plot->candles->attachAxis(m_candleAxis);
            plot->candles->attachAxis(plot->axis);
        } else {
            const QPen pen(color, 2, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
            plot->line = new QLineSeries(this);
            plot->line->setName(tr("%1 close").arg(columns.symbol));
            setShortLegendName(plot->line, columns.symbol);
            plot->line->setPen(pen);
            addSeries(plot->line);
            plot->line->attachAxis(m_xAxis);
            plot->line->attachAxis(plot->axis);
            plot->lineItem = new PlotPathItem(this, m_xAxis, plot->axis, PlotPathItem::Shape::Line);
            plot->lineItem->setPen(pen);
        }
        m_plots.push_back(std::move(plot));
    }
    if (m_dataFromMs > m_dataToMs)
        m_dataFromMs = m_dataToMs = 0;
    // An intraday series says its interval: "NVDA — 1m bars".
    QStringList intervals;
    for (const auto &plot : m_plots) {
        if (!isDaily(plot->columns) && !intervals.contains(plot->columns.interval))
            intervals << plot->columns.interval;
    }
    const QString names = symbols.size() == 1 ? symbols.front() : humanList(symbols);
    setTitle(intervals.isEmpty() ? tr("%1 — daily prices").arg(names)
                                 : tr("%1 — %2 bars").arg(names, intervals.join(QStringLiteral(", "))));
    if (!events.isEmpty() && !m_plots.empty())
        buildMarkers(events);
    styleLegend(); // again, now that every series has its marker: a marker made earlier keeps an old width
    for (const auto &plot : m_plots) {
        // A candle's entry shows its symbol's hue (Qt Charts would draw it black).
        for (QLegendMarker *marker : plot->candles ? legend()->markers(plot->candles) : QList<QLegendMarker *>()) {
            marker->setBrush(plot->candles->brush());
            marker->setPen(plot->candles->pen());
        }
    }
    refresh();
}

PriceChart::~PriceChart() = default;

void PriceChart::buildMarkers(const QList<Event> &events)
{
    const Plot &plot = *m_plots.front();
    PriceSeries series; // the first session an event reached, by this symbol's own bars
    series.symbol = plot.columns.symbol;
    series.bars.reserve(plot.columns.time.size());
    // Only the times matter to firstSessionBar; the closes are read from the columns below.
    for (double t : plot.columns.time)
        series.bars.push_back(Bar{std::int64_t(t), 0, 0, 0, 0, {}, {}});
    QList<EventMarkerGroup> groups;
    QHash<QString, QString> tooltips;
    for (const Event &event : events) {
        const auto index = firstSessionBar(series, event);
        if (!index)
            continue;
        const std::int64_t session = series.bars[*index].tsMs;
        if (groups.isEmpty() || groups.last().sessionMs != session)
            groups.append(EventMarkerGroup{session, plot.columns.close[*index], {}, {}});
        groups.last().uids << event.uid;
        groups.last().titles << event.title;

        const QString when = formatIsoForPrecision(event.startMs, event.precision);
        QString move;
        if (*index > 0) {
            const double previous = plot.columns.close[*index - 1], close = plot.columns.close[*index];
            move = tr("%1 on %2: %3 (close %4, previous %5)")
                       .arg(plot.columns.symbol, formatIsoDate(session),
                            signedPercent(previous != 0 ? 100 * (close / previous - 1) : 0))
                       .arg(close, 0, 'f', 2)
                       .arg(previous, 0, 'f', 2);
        }
        //: An event marker's tooltip: kind of event, then its time ("Statement, 2025-01-20T08:32:19Z").
        const QString kindAndTime = tr("%1, %2").arg(eventKindLabel(event.kind), when);
        tooltips.insert(event.uid, QStringLiteral("<b>%1</b><br>%2%3<br>%4")
                                       .arg(event.title.toHtmlEscaped(), kindAndTime.toHtmlEscaped(),
                                            event.uncertain ? tr(" (uncertain)") : QString(), move.toHtmlEscaped()));
    }
    if (groups.isEmpty())
        return;
    m_markers = new EventMarkerLayer(this, m_xAxis, m_plots.front()->axis);
    m_markers->setObstacles([this] { return drawnLines(); });
    m_markers->setGroups(groups, tooltips);
    connect(m_markers, &EventMarkerLayer::eventClicked, this, &PriceChart::eventClicked);
}

QList<QPolygonF> PriceChart::drawnLines()
{
    QList<QPolygonF> lines;
    for (const auto &plot : m_plots) {
        if (plot->lineItem)
            lines.append(plot->lineItem->mapped());
        if (plot->volumeItem)
            lines.append(plot->volumeItem->mapped());
        if (plot->candles) {
            // A candle reaches up to its high: the line of highs, each a little wider than its body.
            QPolygonF highs;
            for (const QCandlestickSet *set : plot->candles->sets()) {
                const QPointF at = mapToPosition(QPointF(set->timestamp(), set->high()), plot->candles);
                highs << at - QPointF(kCandlePixels, 0) << at << at + QPointF(kCandlePixels, 0);
            }
            lines.append(highs);
        }
    }
    return lines;
}

void PriceChart::setRange(std::int64_t fromMs, std::int64_t toMs)
{
    if (toMs <= fromMs || (fromMs == m_fromMs && toMs == m_toMs))
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    refresh();
}

void PriceChart::setSelectedEvent(const QString &uid)
{
    if (m_markers)
        m_markers->setSelected(uid);
}

std::optional<QPointF> PriceChart::markerValue(const QString &uid) const
{
    if (!m_markers)
        return std::nullopt;
    for (const EventMarkerGroup &group : m_markers->groups()) {
        if (group.uids.contains(uid))
            return QPointF(double(group.sessionMs), group.value);
    }
    return std::nullopt;
}

QAbstractSeries *PriceChart::primarySeries() const
{
    if (m_plots.empty())
        return nullptr;
    const Plot &plot = *m_plots.front();
    return plot.line ? static_cast<QAbstractSeries *>(plot.line) : plot.candles;
}

std::size_t PriceChart::pointsShown() const
{
    std::size_t total = 0;
    for (const auto &plot : m_plots)
        total += plot->shown;
    return total;
}

int PriceChart::columns() const
{
    const qreal width = plotArea().width() > 0 ? plotArea().width() : size().width() * 0.85;
    return std::max(16, int(std::ceil(width > 0 ? width : 1600)));
}

void PriceChart::fetch(Plot &plot, int columns)
{
    if (!plot.columns.fetch ||
        (plot.fetchedFrom == m_fromMs && plot.fetchedTo == m_toMs && plot.fetchedColumns == columns))
        return;
    SeriesColumns fresh = plot.columns.fetch(m_fromMs, m_toMs, columns);
    fresh.symbol = plot.columns.symbol;
    fresh.currency = plot.columns.currency;
    fresh.fetch = std::move(plot.columns.fetch);
    plot.columns = std::move(fresh);
    plot.close = M4Decimator(plot.columns.time, plot.columns.close);
    if (plot.candles && plot.columns.hasOhlc()) {
        plot.high = M4Decimator(plot.columns.time, plot.columns.high);
        plot.low = M4Decimator(plot.columns.time, plot.columns.low);
    }
    if (plot.volumeArea)
        plot.volume = M4Decimator(plot.columns.time, plot.columns.volume);
    plot.fetchedFrom = m_fromMs;
    plot.fetchedTo = m_toMs;
    plot.fetchedColumns = columns;
}

void PriceChart::refresh()
{
    m_refreshing = true;
    const int cols = columns();
    m_lastColumns = cols;
    const double from = double(m_fromMs), to = double(m_toMs);
    for (std::size_t i = 0; i < m_plots.size(); ++i) {
        Plot &plot = *m_plots[i];
        fetch(plot, cols);
        double low = 0, high = 0;
        bool any = false;
        if (plot.candles) {
            const auto [begin, end] = plot.close.indexRange(from, to);
            QList<QCandlestickSet *> sets;
            const std::size_t buckets = std::size_t(std::max(1, cols / kCandlePixels));
            const std::size_t count = end - begin;
            const std::size_t per = count <= buckets ? 1 : (count + buckets - 1) / buckets;
            const SeriesColumns &d = plot.columns;
            for (std::size_t b = begin; b < end; b += per) {
                const std::size_t e = std::min(end, b + per);
                const double h = per == 1 ? d.high[b] : d.high[plot.high.minMaxIndex(b, e).second];
                const double l = per == 1 ? d.low[b] : d.low[plot.low.minMaxIndex(b, e).first];
                sets.append(new QCandlestickSet(d.open[b], h, l, d.close[e - 1], d.time[b]));
            }
            plot.candles->clear();
            plot.candles->append(sets);
            plot.shown = std::size_t(sets.size());
            double ignored = 0;
            any = plot.low.yRange(from, to, &low, &ignored) && plot.high.yRange(from, to, &ignored, &high);
        } else {
            plot.lineItem->setPoints(plot.close.decimate(from, to, cols));
            plot.shown = plot.lineItem->points().size();
            any = plot.close.yRange(from, to, &low, &high);
        }
        if (!any) {
            low = 0;
            high = 1;
        }
        double span = high - low;
        if (span <= 0)
            span = std::max(std::abs(high) * 0.02, 1.0);
        const bool first = i == 0;
        const bool withVolume = m_plots.front()->volumeArea != nullptr;
        const bool withLabels = m_markers != nullptr;
        // Lowest price a little above the volume band: a / (a + 1 + headroom) of the height.
        const double headroom = withLabels ? labelHeadroom(withVolume) : 0.05;
        const double band = kVolumeShare + 0.06;
        const double bottom = low - span * (withVolume ? band * (1 + headroom) / (1 - band) : 0.05);
        const double top = high + span * headroom;
        setNiceTicks(plot.axis, bottom, top);
        if (!first || !plot.volumeArea)
            continue;

        // Volume: a bar per session when they are few enough to see, else the M4 outline.
        const auto [begin, end] = plot.volume.indexRange(from, to);
        std::vector<QPointF> outline;
        if (end > begin && end - begin <= std::size_t(cols / 3)) {
            const auto &t = plot.volume.xs();
            const auto &v = plot.volume.ys();
            double spacing = to - from;
            for (std::size_t k = begin + 1; k < end; ++k)
                spacing = std::min(spacing, t[k] - t[k - 1]);
            if (end - begin == 1)
                spacing = (to - from) / 20;
            const double half = spacing * 0.35;
            for (std::size_t k = begin; k < end; ++k) {
                outline.insert(outline.end(), {QPointF(t[k] - half, 0), QPointF(t[k] - half, v[k]),
                                               QPointF(t[k] + half, v[k]), QPointF(t[k] + half, 0)});
            }
        } else if (end > begin) {
            // Dense: the highest volume of every two pixel columns, as bars side by side. Bars
            // fill fast; an M4 zigzag of the same width costs seconds to fill at 4K.
            const auto &t = plot.volume.xs();
            const auto &v = plot.volume.ys();
            const int buckets = std::max(1, cols / 2);
            const double width = (to - from) / buckets;
            std::size_t first = begin;
            for (int b = 0; b < buckets && first < end; ++b) {
                const double edge = from + width * (b + 1);
                std::size_t next = b + 1 == buckets ? end
                                                    : std::size_t(std::lower_bound(t.begin() + std::ptrdiff_t(first),
                                                                                   t.begin() + std::ptrdiff_t(end), edge)
                                                                  - t.begin());
                if (next == first)
                    continue;
                const double height = v[plot.volume.minMaxIndex(first, next).second];
                // Up to where the next bar begins; the last one a bucket wide at most.
                const double right = next < end ? t[next] : std::max(t[end - 1], std::min(to, t[first] + width));
                outline.insert(outline.end(), {QPointF(t[first], 0), QPointF(t[first], height), QPointF(right, height),
                                               QPointF(right, 0)});
                first = next;
            }
        }
        plot.volumeItem->setPoints(std::move(outline));
        double vLow = 0, vHigh = 0;
        if (!plot.volume.yRange(from, to, &vLow, &vHigh) || vHigh <= 0)
            vHigh = 1;
        plot.volumeAxis->setRange(0, vHigh / kVolumeShare);
    }
    m_xAxis->setTimeRange(m_fromMs, m_toMs, plotArea().width() > 0 ? plotArea().width() : size().width());
    if (m_candleAxis)
        m_candleAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs, Qt::UTC),
                               QDateTime::fromMSecsSinceEpoch(m_toMs, Qt::UTC));
    m_refreshing = false;
    m_lastPlotWidth = plotArea().width();
    m_lastPlotHeight = plotArea().height();
    if (m_markers)
        m_markers->layoutLabels();
}

double PriceChart::labelHeadroom(bool withVolume) const
{
    // Free room above the highest price for the event labels, in pixels: two lines of them and
    // their margins (up to 40 % of the plot), so that they stand clear of the lines on a small
    // chart too.
    const double plotHeight = plotArea().height() > 0 ? plotArea().height() : size().height() * 0.6;
    const double wanted = std::min(plotHeight * 0.4, QFontMetricsF(fonts().note).height() * 2 + 18);
    const double band = kVolumeShare + 0.06;
    double headroom = kLabelHeadroom;
    for (; headroom < 2.0; headroom += 0.05) {
        const double below = withVolume ? band * (1 + headroom) / (1 - band) : 0.05;
        if (headroom / (1 + headroom + below) * plotHeight >= wanted)
            break;
    }
    return headroom;
}

void PriceChart::updateOverlays()
{
    TickerChart::updateOverlays();
    if (m_refreshing || m_plots.empty())
        return;
    // A new width needs new columns (and new time ticks), a new height new room for the labels;
    // otherwise only the labels move.
    if (std::abs(plotArea().width() - m_lastPlotWidth) >= 1 || (m_markers && std::abs(plotArea().height() - m_lastPlotHeight) >= 1))
        refresh();
    else if (m_markers)
        m_markers->layoutLabels();
}

} // namespace tickerline
