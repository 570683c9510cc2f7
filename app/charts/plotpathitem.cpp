// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotpathitem.h"

#include <QChart>
#include <QPaintEngine>
#include <QPainter>
#include <QValueAxis>

namespace tickerline {

namespace {

// Qt Charts puts its series at this z (ChartPresenter::SeriesZValue): items of the same z are
// drawn in the order they were made, so markers added later stay on top.
constexpr qreal kSeriesZ = 4;

} // namespace

PlotPathItem::PlotPathItem(QChart *chart, QValueAxis *xAxis, QValueAxis *yAxis, Shape shape)
    : QGraphicsObject(chart), m_chart(chart), m_xAxis(xAxis), m_yAxis(yAxis), m_shape(shape)
{
    setZValue(kSeriesZ);
    setAcceptedMouseButtons(Qt::NoButton);
    m_plot = chart->plotArea();
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        prepareGeometryChange();
        m_plot = plot;
    });
    for (QValueAxis *axis : {xAxis, yAxis})
        connect(axis, &QValueAxis::rangeChanged, this, [this] { update(); });
}

void PlotPathItem::setPen(const QPen &pen)
{
    m_pen = pen;
    update();
}

void PlotPathItem::setBrush(const QBrush &brush)
{
    m_brush = brush;
    update();
}

void PlotPathItem::setPoints(std::vector<QPointF> points)
{
    m_points = std::move(points);
    update();
}

QPolygonF PlotPathItem::mapped() const
{
    QPolygonF polygon;
    const QRectF plot = m_chart->plotArea();
    const double xMin = m_xAxis->min(), xSpan = m_xAxis->max() - xMin;
    const double yMin = m_yAxis->min(), ySpan = m_yAxis->max() - yMin;
    if (m_points.empty() || plot.isEmpty() || xSpan <= 0 || ySpan <= 0)
        return polygon;
    const double xScale = plot.width() / xSpan, yScale = plot.height() / ySpan;
    const auto mapX = [&](double x) { return plot.left() + (x - xMin) * xScale; };
    const auto mapY = [&](double y) { return plot.bottom() - (y - yMin) * yScale; };
    polygon.reserve(qsizetype(m_points.size()));
    for (const QPointF &point : m_points)
        polygon << QPointF(mapX(point.x()), mapY(point.y()));
    return polygon;
}

QRectF PlotPathItem::boundingRect() const
{
    return m_plot;
}

void PlotPathItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPolygonF polygon = mapped();
    if (polygon.isEmpty())
        return;
    painter->save();
    painter->setClipRect(m_chart->plotArea());
    painter->setPen(m_pen);
    if (m_shape == Shape::Line && painter->paintEngine()->type() == QPaintEngine::Raster) {
        // Segment by segment, as Qt Charts does: the raster engine strokes a long wide polyline
        // as one path with all its self-intersections, many times slower than its segments.
        for (qsizetype i = 1; i < polygon.size(); ++i)
            painter->drawLine(polygon[i - 1], polygon[i]);
    } else if (m_shape == Shape::Line) {
        painter->drawPolyline(polygon); // SVG and PDF: one path element, joined properly
    } else if (painter->paintEngine()->type() == QPaintEngine::Raster) {
        // Bar by bar, without antialiasing: the raster engine fills the outline of a thousand
        // bars of different heights as a thousand spans a row (11 ms of a 1920 × 1080 frame
        // where the rectangles take 1 ms), and their edges meet without seams.
        painter->setRenderHint(QPainter::Antialiasing, false);
        for (qsizetype i = 0; i + 3 < polygon.size(); i += 4)
            painter->fillRect(QRectF(polygon[i + 1], polygon[i + 3]).normalized(), m_brush);
    } else {
        painter->setBrush(m_brush);
        painter->drawPolygon(polygon); // SVG and PDF: one path element
    }
    painter->restore();
}

} // namespace tickerline
