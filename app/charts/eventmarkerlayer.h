// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPolygonF>
#include <QStringList>

#include <cstdint>
#include <functional>

class QAbstractAxis;
class QGraphicsItem;
class QScatterSeries;

namespace tickerline {

class TickerChart;

// The events that first reached one session, marked together on the series at that session.
struct EventMarkerGroup
{
    std::int64_t sessionMs = 0;
    double value = 0; // the marked series' value there (its close)
    QStringList uids;
    QStringList titles;
};

// Event markers on a chart's series: a scatter point per session (hover: a tooltip; click:
// selects the event, again: the next one of that session), a short label above the plot per
// session, placed so that labels never overlap one another nor cover what the chart draws (in the
// free space above the lines), and a leader line down to the marker.
class EventMarkerLayer final : public QObject
{
    Q_OBJECT

public:
    EventMarkerLayer(TickerChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis);
    ~EventMarkerLayer() override;

    void setGroups(QList<EventMarkerGroup> groups, QHash<QString, QString> tooltips);
    const QList<EventMarkerGroup> &groups() const { return m_groups; }
    void setSelected(const QString &uid);
    QString selected() const { return m_selected; }

    QScatterSeries *series() const { return m_series; }
    // Index of the group marked at a value point, or -1.
    qsizetype groupAt(const QPointF &value) const;
    // Index of the group whose marker (within `radius` pixels) or label is at a point in chart
    // coordinates, or -1: what the view's tooltip names.
    qsizetype groupAtPosition(const QPointF &position, qreal radius = 8) const;
    QString tooltip(qsizetype group) const;
    // What the chart draws that a label must not cover: polylines in chart coordinates for the
    // current plot area (the lines, candle highs, the volume outline).
    void setObstacles(std::function<QList<QPolygonF>()> obstacles) { m_obstacles = std::move(obstacles); }
    // Lays the labels out for the current plot area. Labels that cannot fit are left out; their
    // markers and tooltips stay.
    void layoutLabels();
    // Screen rectangles of the labels shown, in chart coordinates (for tests and hit-testing).
    QList<QRectF> labelRects() const;

signals:
    void eventClicked(const QString &uid);

private:
    void clearLabels();

    TickerChart *m_chart;
    QScatterSeries *m_series;
    QScatterSeries *m_selectedSeries;
    QList<EventMarkerGroup> m_groups;
    QHash<QString, QString> m_tooltips;
    QString m_selected;
    QList<QGraphicsItem *> m_labels; // one per group, null when not shown (empty: none laid out)
    QList<QGraphicsItem *> m_leaders;
    std::function<QList<QPolygonF>()> m_obstacles;
};

} // namespace tickerline
