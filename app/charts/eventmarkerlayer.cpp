// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmarkerlayer.h"

#include "charttext.h"
#include "tickerchart.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QLegendMarker>
#include <QPainter>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace tickerline {

namespace {

constexpr int kMaxLinesPerLabel = 3;
constexpr int kMaxLabels = 40; // beyond that the plot is about markers, not words
constexpr qreal kLabelChars = 30;

// A label of one session's events: a few elided titles on a quiet box.
class EventLabelItem final : public QGraphicsItem
{
public:
    EventLabelItem(QStringList lines, const QFont &font, const ChartPalette &palette, QGraphicsItem *parent)
        : QGraphicsItem(parent), m_lines(std::move(lines)), m_font(font), m_palette(palette)
    {
        const QFontMetricsF metrics(m_font);
        qreal width = 0;
        for (const QString &line : m_lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        m_rect = QRectF(0, 0, width + 8, metrics.height() * m_lines.size() + 4);
        setZValue(15);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(m_palette.marker, 1));
        painter->setBrush(m_palette.labelBackground);
        painter->drawRoundedRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setFont(m_font);
        painter->setPen(m_palette.text);
        const QFontMetricsF metrics(m_font);
        for (qsizetype i = 0; i < m_lines.size(); ++i)
            painter->drawText(QPointF(4, 2 + metrics.ascent() + i * metrics.height()), m_lines[i]);
    }

private:
    QStringList m_lines;
    QFont m_font;
    ChartPalette m_palette;
    QRectF m_rect;
};

} // namespace

EventMarkerLayer::EventMarkerLayer(TickerChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
    : QObject(chart), m_chart(chart), m_series(new QScatterSeries), m_selectedSeries(new QScatterSeries)
{
    const ChartPalette &palette = chart->palette();
    m_series->setName(tr("Events (first session)"));
    setShortLegendName(m_series, tr("Events"));
    m_series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_series->setMarkerSize(10);
    m_series->setColor(palette.marker);
    m_series->setBorderColor(palette.background);
    m_selectedSeries->setName(tr("Selected event"));
    m_selectedSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_selectedSeries->setMarkerSize(15);
    m_selectedSeries->setColor(palette.selectedMarker);
    m_selectedSeries->setBorderColor(palette.text);
    for (QScatterSeries *series : {m_selectedSeries, m_series}) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    for (QLegendMarker *marker : chart->legend()->markers(m_selectedSeries))
        marker->setVisible(false);

    auto click = [this](const QPointF &point) {
        const qsizetype group = groupAt(point);
        if (group < 0)
            return;
        const QStringList &uids = m_groups[group].uids;
        const qsizetype current = uids.indexOf(m_selected);
        emit eventClicked(uids[current < 0 ? 0 : (current + 1) % uids.size()]);
    };
    connect(m_series, &QScatterSeries::clicked, this, click);
    connect(m_selectedSeries, &QScatterSeries::clicked, this, click);
}

// The labels are child items of the chart, which deletes them before its QObject children.
EventMarkerLayer::~EventMarkerLayer() = default;

void EventMarkerLayer::setGroups(QList<EventMarkerGroup> groups, QHash<QString, QString> tooltips)
{
    m_groups = std::move(groups);
    m_tooltips = std::move(tooltips);
    QList<QPointF> points;
    for (const EventMarkerGroup &group : m_groups)
        points.append(QPointF(double(group.sessionMs), group.value));
    m_series->replace(points);
    setSelected(m_selected);
    layoutLabels();
}

void EventMarkerLayer::setSelected(const QString &uid)
{
    m_selected = uid;
    QList<QPointF> points;
    for (const EventMarkerGroup &group : m_groups) {
        if (!uid.isEmpty() && group.uids.contains(uid))
            points.append(QPointF(double(group.sessionMs), group.value));
    }
    m_selectedSeries->replace(points);
}

qsizetype EventMarkerLayer::groupAt(const QPointF &value) const
{
    qsizetype best = -1;
    double distance = 0;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const double d = std::abs(double(m_groups[i].sessionMs) - value.x());
        if (best < 0 || d < distance) {
            best = i;
            distance = d;
        }
    }
    return best;
}

qsizetype EventMarkerLayer::groupAtPosition(const QPointF &position, qreal radius) const
{
    qsizetype best = -1;
    qreal distance = radius;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const QPointF marker =
            m_chart->mapToPosition(QPointF(double(m_groups[i].sessionMs), m_groups[i].value), m_series);
        const qreal d = QLineF(marker, position).length();
        if (d <= distance && m_chart->plotArea().adjusted(-1, -1, 1, 1).contains(marker)) {
            best = i;
            distance = d;
        }
    }
    if (best >= 0)
        return best;
    for (qsizetype i = 0; i < m_labels.size() && i < m_groups.size(); ++i) {
        if (m_labels[i] && m_labels[i]->mapRectToParent(m_labels[i]->boundingRect()).contains(position))
            return i;
    }
    return -1;
}

QString EventMarkerLayer::tooltip(qsizetype group) const
{
    QStringList parts;
    for (const QString &uid : m_groups[group].uids)
        parts << m_tooltips.value(uid);
    return parts.join(QStringLiteral("<hr>"));
}

void EventMarkerLayer::clearLabels()
{
    qDeleteAll(m_labels);
    qDeleteAll(m_leaders);
    m_labels.clear();
    m_leaders.clear();
}

QList<QRectF> EventMarkerLayer::labelRects() const
{
    QList<QRectF> rects;
    for (QGraphicsItem *label : m_labels) {
        if (label)
            rects.append(label->mapRectToParent(label->boundingRect().adjusted(1, 1, -1, -1)));
    }
    return rects;
}

namespace {

// The highest point (smallest y) of anything drawn in each pixel column of the plot, segments
// interpolated: where a label may reach down to without covering a line.
std::vector<double> ceilings(const QRectF &plot, const QList<QPolygonF> &polylines)
{
    const auto columns = std::size_t(std::max(1.0, std::ceil(plot.width())));
    std::vector<double> top(columns, std::numeric_limits<double>::infinity());
    const auto column = [&](double x) {
        return std::size_t(std::clamp(std::floor(x - plot.left()), 0.0, double(columns - 1)));
    };
    for (const QPolygonF &line : polylines) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QPointF a = line[i], b = i + 1 < line.size() ? line[i + 1] : line[i];
            if (std::max(a.x(), b.x()) < plot.left() || std::min(a.x(), b.x()) > plot.right())
                continue;
            const QPointF &l = a.x() <= b.x() ? a : b, &r = a.x() <= b.x() ? b : a;
            const auto yAt = [&](double x) {
                return r.x() - l.x() < 1e-9 ? std::min(l.y(), r.y()) : l.y() + (r.y() - l.y()) * (x - l.x()) / (r.x() - l.x());
            };
            for (std::size_t c = column(l.x()), last = column(r.x()); c <= last; ++c) {
                const double x0 = std::max(l.x(), plot.left() + double(c));
                const double x1 = std::min(r.x(), plot.left() + double(c) + 1);
                top[c] = std::min({top[c], yAt(x0), yAt(x1)});
            }
        }
    }
    return top;
}

} // namespace

void EventMarkerLayer::layoutLabels()
{
    clearLabels();
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0 || m_groups.size() > kMaxLabels)
        return;
    const QFont font = m_chart->fonts().note;
    const QFontMetricsF metrics(font);
    const qreal maxWidth = metrics.averageCharWidth() * kLabelChars;
    const std::vector<double> top = ceilings(plot, m_obstacles ? m_obstacles() : QList<QPolygonF>());
    // How low a label spanning [left, right] may reach: above every line there, with a margin
    // for the pen and the markers.
    const auto floorAt = [&](qreal left, qreal right) {
        double y = plot.bottom();
        const auto from = std::size_t(std::clamp(std::floor(left - plot.left()) - 3, 0.0, double(top.size() - 1)));
        const auto to = std::size_t(std::clamp(std::ceil(right - plot.left()) + 3, 0.0, double(top.size() - 1)));
        for (std::size_t c = from; c <= to; ++c)
            y = std::min(y, top[c]);
        return y - 6;
    };
    QList<QRectF> placed;
    for (const EventMarkerGroup &group : m_groups) {
        const QPointF marker = m_chart->mapToPosition(QPointF(double(group.sessionMs), group.value), m_series);
        if (!plot.adjusted(-1, -1, 1, 1).contains(marker)) {
            m_labels.append(nullptr);
            continue;
        }
        // Up to three titles; where those do not fit, the first one alone with the count of the rest.
        QList<QStringList> variants;
        QStringList lines;
        for (qsizetype i = 0; i < group.titles.size() && i < kMaxLinesPerLabel; ++i)
            lines << metrics.elidedText(group.titles[i], Qt::ElideRight, maxWidth);
        if (group.titles.size() > kMaxLinesPerLabel)
            lines.last() = tr("+ %1 more").arg(group.titles.size() - kMaxLinesPerLabel + 1);
        variants << lines;
        if (group.titles.size() > 1) {
            const QString more = QStringLiteral("  +%1").arg(group.titles.size() - 1);
            variants << QStringList{metrics.elidedText(group.titles.first(), Qt::ElideRight,
                                                       maxWidth - metrics.horizontalAdvance(more)) + more};
        }
        EventLabelItem *label = nullptr;
        std::optional<QRectF> chosen;
        for (const QStringList &text : std::as_const(variants)) {
            label = new EventLabelItem(text, font, m_chart->palette(), m_chart);
            const QRectF box = label->boundingRect().adjusted(1, 1, -1, -1);
            // Centred over its marker if there is room, else shifted either way (the marker stays
            // under the label); each candidate as high as the labels already placed allow.
            for (const qreal share : {0.5, 0.25, 0.75, 0.1, 0.9}) {
                const qreal left = std::clamp(marker.x() - box.width() * share, plot.left(),
                                              std::max(plot.left(), plot.right() - box.width()));
                QRectF rect(left, plot.top() + 4, box.width(), box.height());
                // Drop the label below whatever it would overlap.
                for (bool moved = true; moved;) {
                    moved = false;
                    for (const QRectF &other : std::as_const(placed)) {
                        if (other.adjusted(-4, -3, 4, 3).intersects(rect)) {
                            rect.moveTop(other.bottom() + 4);
                            moved = true;
                        }
                    }
                }
                if (rect.bottom() <= marker.y() - 10 && rect.bottom() <= floorAt(rect.left(), rect.right())) {
                    chosen = rect;
                    break;
                }
            }
            if (chosen)
                break;
            delete label;
            label = nullptr;
        }
        if (!chosen) {
            m_labels.append(nullptr);
            continue;
        }
        const QRectF rect = *chosen;
        placed.append(rect);
        label->setPos(rect.topLeft());
        m_labels.append(label);
        const qreal x = std::clamp(marker.x(), rect.left() + 2, rect.right() - 2);
        auto *leader = new QGraphicsLineItem(QLineF(x, rect.bottom(), marker.x(), marker.y() - 6), m_chart);
        leader->setPen(QPen(m_chart->palette().marker, 1, Qt::DotLine));
        leader->setZValue(14);
        m_leaders.append(leader);
    }
}

} // namespace tickerline
