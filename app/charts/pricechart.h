// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "seriescolumns.h"
#include "tickerchart.h"

#include <QList>
#include <QPolygonF>

class QDateTimeAxis;

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace tickerline {

class EventMarkerLayer;
class ChartTimeAxis;

enum class PriceStyle { Line, Candles };

// Prices of one or more symbols over time: a line of closes (or candlesticks) per symbol on its
// own value axis, the first symbol's volume beneath, and events marked on the first symbol at the
// first session each reached. Every series is decimated to the plot's pixel width (M4 for lines,
// OHLC buckets for candles), so a zoom re-renders in time whatever the series' length. A series
// too long to hold is fetched again (SeriesColumns::fetch) for each range and width.
class PriceChart final : public TickerChart
{
    Q_OBJECT

public:
    PriceChart(QList<SeriesColumns> series, const QList<Event> &events, std::int64_t fromMs, std::int64_t toMs,
               PriceStyle style, ColourTheme theme, QGraphicsItem *parent = nullptr);
    ~PriceChart() override;

    void setRange(std::int64_t fromMs, std::int64_t toMs);
    std::int64_t fromMs() const { return m_fromMs; }
    std::int64_t toMs() const { return m_toMs; }
    // Where the data reach: the limits of panning.
    std::int64_t dataFromMs() const { return m_dataFromMs; }
    std::int64_t dataToMs() const { return m_dataToMs; }

    void setSelectedEvent(const QString &uid);
    EventMarkerLayer *markers() const { return m_markers; } // null without events
    // The (session, close) point where an event is marked; nothing when it is not.
    std::optional<QPointF> markerValue(const QString &uid) const;
    QAbstractSeries *primarySeries() const;
    // Points handed to Qt Charts for the current range (what the decimation achieved).
    std::size_t pointsShown() const;

    void updateOverlays() override;

signals:
    void eventClicked(const QString &uid);

private:
    struct Plot;
    void buildMarkers(const QList<Event> &events);
    // What is drawn in the plot, in chart coordinates: what event labels must leave uncovered.
    QList<QPolygonF> drawnLines(); // not const: QChart::mapToPosition is not
    void refresh();
    // Asks a series that is fetched per range for what to draw of the current one.
    void fetch(Plot &plot, int columns);
    int columns() const;
    double labelHeadroom(bool withVolume) const; // of the price span, above the highest price

    std::vector<std::unique_ptr<Plot>> m_plots;
    PriceStyle m_style;
    ChartTimeAxis *m_xAxis = nullptr;
    QDateTimeAxis *m_candleAxis = nullptr; // candles need a date-time axis to be drawn
    EventMarkerLayer *m_markers = nullptr;
    std::int64_t m_fromMs = 0;
    std::int64_t m_toMs = 0;
    std::int64_t m_dataFromMs = 0;
    std::int64_t m_dataToMs = 0;
    int m_lastColumns = 0;
    qreal m_lastPlotWidth = 0;
    qreal m_lastPlotHeight = 0;
    bool m_refreshing = false;
};

} // namespace tickerline
