// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricechart.h"

#include "analysis/eventreaction.h"
#include "analysis/m4decimator.h"
#include "eventmarkerlayer.h"
#include "time/isotime.h"
#include "charttimeaxis.h"
#include "plotpathitem.h"

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

QString signedPercent(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + QString::number(std::abs(value), 'f', 2)
           + QStringLiteral(" %");
}

} // namespace

struct PriceChart::Track
{
    PriceTrack data;
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
};

PriceChart::PriceChart(QList<PriceTrack> tracks, const QList<Event> &events, std::int64_t fromMs,
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
    QStringList tickers;
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        auto track = std::make_unique<Track>();
        track->data = std::move(tracks[i]);
        PriceTrack &data = track->data;
        tickers << data.ticker;
        if (!data.time.empty()) {
            m_dataFromMs = std::min(m_dataFromMs, std::int64_t(data.time.front()));
            m_dataToMs = std::max(m_dataToMs, std::int64_t(data.time.back()));
        }
        const bool candles = style == PriceStyle::Candles && data.hasOhlc();
        track->close = M4Decimator(data.time, data.close);
        if (data.hasOhlc()) {
            track->high = M4Decimator(data.time, data.high);
            track->low = M4Decimator(data.time, data.low);
        }
        const QColor color = palette().seriesColor(i);
        track->axis = new QValueAxis(this);
        addAxis(track->axis, i == 0 ? Qt::AlignLeft : Qt::AlignRight);
        styleAxis(track->axis, tr("%1 price (%2)").arg(data.ticker, data.currency),
                  tracks.size() > 1 ? color : QColor());
        track->axis->setGridLineVisible(i == 0);

        // The first symbol's volume, beneath its prices, on an axis of its own that is not shown.
        if (i == 0 && !data.volume.empty()) {
            track->volume = M4Decimator(data.time, data.volume);
            track->volumeArea = new QAreaSeries(new QLineSeries(this));
            track->volumeArea->setName(tr("%1 volume").arg(data.ticker));
            track->volumeArea->setColor(palette().volume);
            track->volumeArea->setBorderColor(palette().volume);
            track->volumeArea->setPen(Qt::NoPen);
            addSeries(track->volumeArea);
            track->volumeAxis = new QValueAxis(this);
            addAxis(track->volumeAxis, Qt::AlignRight);
            track->volumeAxis->setVisible(false);
            track->volumeArea->attachAxis(m_xAxis);
            track->volumeArea->attachAxis(track->volumeAxis);
            track->volumeItem = new PlotPathItem(this, m_xAxis, track->volumeAxis, PlotPathItem::Shape::Area);
            track->volumeItem->setPen(Qt::NoPen);
            track->volumeItem->setBrush(palette().volume);
        }
        if (candles) {
            track->candles = new QCandlestickSeries(this);
            track->candles->setName(tr("%1 daily candles").arg(data.ticker));
            track->candles->setIncreasingColor(palette().up);
            track->candles->setDecreasingColor(palette().down);
            track->candles->setPen(QPen(palette().mutedText, 1));
            track->candles->setBodyOutlineVisible(false);
            track->candles->setBodyWidth(0.7);
            addSeries(track->candles);
            // Qt Charts draws candles only against a date-time (or category) axis: a hidden one
            // that keeps the time axis' range puts them at the same x.
            if (!m_candleAxis) {
                m_candleAxis = new QDateTimeAxis(this);
                addAxis(m_candleAxis, Qt::AlignBottom);
                m_candleAxis->setVisible(false);
            }
            track->candles->attachAxis(m_candleAxis);
            track->candles->attachAxis(track->axis);
        } else {
            const QPen pen(color, 2, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
            track->line = new QLineSeries(this);
            track->line->setName(tr("%1 close").arg(data.ticker));
            track->line->setPen(pen);
            addSeries(track->line);
            track->line->attachAxis(m_xAxis);
            track->line->attachAxis(track->axis);
            track->lineItem = new PlotPathItem(this, m_xAxis, track->axis, PlotPathItem::Shape::Line);
            track->lineItem->setPen(pen);
        }
        m_tracks.push_back(std::move(track));
    }
    if (m_dataFromMs > m_dataToMs)
        m_dataFromMs = m_dataToMs = 0;
    setTitle(tickers.size() == 1 ? tr("%1 — daily prices").arg(tickers.front())
                                 : tr("%1 — daily prices").arg(humanList(tickers)));
    if (!events.isEmpty() && !m_tracks.empty())
        buildMarkers(events);
    styleLegend(); // again, now that every series has its marker: a marker made earlier keeps an old width
    refresh();
}

PriceChart::~PriceChart() = default;

void PriceChart::buildMarkers(const QList<Event> &events)
{
    const Track &track = *m_tracks.front();
    PriceSeries closes; // the first session an event reached, by this symbol's own bars
    closes.symbol = track.data.ticker;
    closes.bars.reserve(track.data.time.size());
    // Only the times matter to firstSessionBar; the closes are read from the track below.
    for (double t : track.data.time)
        closes.bars.push_back(Bar{std::int64_t(t), 0, 0, 0, 0, {}, {}});
    QList<EventMarkerGroup> groups;
    QHash<QString, QString> tooltips;
    for (const Event &event : events) {
        const auto index = firstSessionBar(closes, event);
        if (!index)
            continue;
        const std::int64_t session = closes.bars[*index].tsMs;
        if (groups.isEmpty() || groups.last().sessionMs != session)
            groups.append(EventMarkerGroup{session, track.data.close[*index], {}, {}});
        groups.last().uids << event.uid;
        groups.last().titles << event.title;

        const QString when = event.precision <= Precision::Day ? formatIsoDate(event.startMs)
                                                               : formatIsoUtc(event.startMs);
        QString move;
        if (*index > 0) {
            const double previous = track.data.close[*index - 1], close = track.data.close[*index];
            move = tr("%1 on %2: %3 (close %4, previous %5)")
                       .arg(track.data.ticker, formatIsoDate(session),
                            signedPercent(previous != 0 ? 100 * (close / previous - 1) : 0))
                       .arg(close, 0, 'f', 2)
                       .arg(previous, 0, 'f', 2);
        }
        tooltips.insert(event.uid, QStringLiteral("<b>%1</b><br>%2%3<br>%4")
                                       .arg(event.title.toHtmlEscaped(), when,
                                            event.uncertain ? tr(" (uncertain)") : QString(), move));
    }
    if (groups.isEmpty())
        return;
    m_markers = new EventMarkerLayer(this, m_xAxis, m_tracks.front()->axis);
    m_markers->setObstacles([this] { return drawnLines(); });
    m_markers->setGroups(groups, tooltips);
    connect(m_markers, &EventMarkerLayer::eventClicked, this, &PriceChart::eventClicked);
}

QList<QPolygonF> PriceChart::drawnLines()
{
    QList<QPolygonF> lines;
    for (const auto &track : m_tracks) {
        if (track->lineItem)
            lines.append(track->lineItem->mapped());
        if (track->volumeItem)
            lines.append(track->volumeItem->mapped());
        if (track->candles) {
            // A candle reaches up to its high: the line of highs, each a little wider than its body.
            QPolygonF highs;
            for (const QCandlestickSet *set : track->candles->sets()) {
                const QPointF at = mapToPosition(QPointF(set->timestamp(), set->high()), track->candles);
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
    if (m_tracks.empty())
        return nullptr;
    const Track &track = *m_tracks.front();
    return track.line ? static_cast<QAbstractSeries *>(track.line) : track.candles;
}

std::size_t PriceChart::pointsShown() const
{
    std::size_t total = 0;
    for (const auto &track : m_tracks)
        total += track->shown;
    return total;
}

int PriceChart::columns() const
{
    const qreal width = plotArea().width() > 0 ? plotArea().width() : size().width() * 0.85;
    return std::max(16, int(std::ceil(width > 0 ? width : 1600)));
}

void PriceChart::refresh()
{
    m_refreshing = true;
    const int cols = columns();
    m_lastColumns = cols;
    const double from = double(m_fromMs), to = double(m_toMs);
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        Track &track = *m_tracks[i];
        double low = 0, high = 0;
        bool any = false;
        if (track.candles) {
            const auto [begin, end] = track.close.indexRange(from, to);
            QList<QCandlestickSet *> sets;
            const std::size_t buckets = std::size_t(std::max(1, cols / kCandlePixels));
            const std::size_t count = end - begin;
            const std::size_t per = count <= buckets ? 1 : (count + buckets - 1) / buckets;
            const PriceTrack &d = track.data;
            for (std::size_t b = begin; b < end; b += per) {
                const std::size_t e = std::min(end, b + per);
                const double h = per == 1 ? d.high[b] : d.high[track.high.minMaxIndex(b, e).second];
                const double l = per == 1 ? d.low[b] : d.low[track.low.minMaxIndex(b, e).first];
                sets.append(new QCandlestickSet(d.open[b], h, l, d.close[e - 1], d.time[b]));
            }
            track.candles->clear();
            track.candles->append(sets);
            track.shown = std::size_t(sets.size());
            double ignored = 0;
            any = track.low.yRange(from, to, &low, &ignored) && track.high.yRange(from, to, &ignored, &high);
        } else {
            track.lineItem->setPoints(track.close.decimate(from, to, cols));
            track.shown = track.lineItem->points().size();
            any = track.close.yRange(from, to, &low, &high);
        }
        if (!any) {
            low = 0;
            high = 1;
        }
        double span = high - low;
        if (span <= 0)
            span = std::max(std::abs(high) * 0.02, 1.0);
        const bool first = i == 0;
        const bool withVolume = m_tracks.front()->volumeArea != nullptr;
        const bool withLabels = m_markers != nullptr;
        // Lowest price a little above the volume band: a / (a + 1 + headroom) of the height.
        const double headroom = withLabels ? labelHeadroom(withVolume) : 0.05;
        const double band = kVolumeShare + 0.06;
        const double bottom = low - span * (withVolume ? band * (1 + headroom) / (1 - band) : 0.05);
        const double top = high + span * headroom;
        setNiceTicks(track.axis, bottom, top);
        if (!first || !track.volumeArea)
            continue;

        // Volume: a bar per session when they are few enough to see, else the M4 outline.
        const auto [begin, end] = track.volume.indexRange(from, to);
        std::vector<QPointF> outline;
        if (end > begin && end - begin <= std::size_t(cols / 3)) {
            const auto &t = track.volume.xs();
            const auto &v = track.volume.ys();
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
            // Dense: the highest volume of every two pixel columns as a skyline. A rectilinear
            // outline fills fast; an M4 zigzag of the same width costs seconds to fill at 4K.
            const auto &t = track.volume.xs();
            const auto &v = track.volume.ys();
            const int buckets = std::max(1, cols / 2);
            const double width = (to - from) / buckets;
            std::size_t first = begin;
            outline.emplace_back(t[begin], 0);
            for (int b = 0; b < buckets && first < end; ++b) {
                const double edge = from + width * (b + 1);
                std::size_t next = b + 1 == buckets ? end
                                                    : std::size_t(std::lower_bound(t.begin() + std::ptrdiff_t(first),
                                                                                   t.begin() + std::ptrdiff_t(end), edge)
                                                                  - t.begin());
                if (next == first)
                    continue;
                const double height = v[track.volume.minMaxIndex(first, next).second];
                outline.insert(outline.end(), {QPointF(t[first], height), QPointF(t[next - 1], height)});
                first = next;
            }
            outline.emplace_back(t[end - 1], 0);
        }
        track.volumeItem->setPoints(std::move(outline));
        double vLow = 0, vHigh = 0;
        if (!track.volume.yRange(from, to, &vLow, &vHigh) || vHigh <= 0)
            vHigh = 1;
        track.volumeAxis->setRange(0, vHigh / kVolumeShare);
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
    if (m_refreshing || m_tracks.empty())
        return;
    // A new width needs new columns (and new time ticks), a new height new room for the labels;
    // otherwise only the labels move.
    if (std::abs(plotArea().width() - m_lastPlotWidth) >= 1 || (m_markers && std::abs(plotArea().height() - m_lastPlotHeight) >= 1))
        refresh();
    else if (m_markers)
        m_markers->layoutLabels();
}

} // namespace tickerline
