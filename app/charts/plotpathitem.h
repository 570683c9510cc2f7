// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QGraphicsObject>
#include <QPen>
#include <QPolygonF>

#include <vector>

class QChart;
class QValueAxis;

namespace tickerline {

// A series drawn straight from points already decimated to the plot's pixel width: a line
// (stroked) or bars standing on the axis (filled), clipped to the plot area. QLineSeries and
// QAreaSeries stroke their whole path a second time, for a hover shape, on every change of
// their points or axes; for a few thousand points that costs more than the decimation and the
// drawing together. The Qt Charts series stays, empty, for the legend and the axes.
class PlotPathItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    // Bars: the points go in fours, (left, 0), (left, height), (right, height), (right, 0), one
    // bar each; together they are also the outline of all of them.
    enum class Shape { Line, Bars };

    PlotPathItem(QChart *chart, QValueAxis *xAxis, QValueAxis *yAxis, Shape shape);

    void setPen(const QPen &pen);
    void setBrush(const QBrush &brush);
    // Points in axis values.
    void setPoints(std::vector<QPointF> points);
    const std::vector<QPointF> &points() const { return m_points; }
    Shape pathShape() const { return m_shape; }
    // The points in chart coordinates for the axes' current ranges.
    QPolygonF mapped() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    Shape m_shape;
    QPen m_pen;
    QBrush m_brush;
    std::vector<QPointF> m_points;
    QRectF m_plot; // the plot area the bounding rectangle was last given for
};

} // namespace tickerline
