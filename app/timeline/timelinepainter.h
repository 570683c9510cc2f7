// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paints one frame of the timeline into any QPainter (the widget, an image for export or the
// benchmark) and remembers where it put each marker, label and badge, so that hit tests agree
// with what the user sees.

#include "style/palette.h"
#include "timeline/timeaxis.h"
#include "timeline/timelineindex.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

class QPainter;

namespace tickerline {

struct TimelineFrame
{
    const TimelineIndex *index = nullptr;
    const QList<Era> *eras = nullptr;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    QTimeZone zone = QTimeZone::utc();
    bool eventZones = false; // times in each event's own zone; the axis then stays in UTC
    std::optional<std::uint32_t> selected;
    std::optional<std::uint32_t> hovered;
    double laneScroll = 0; // pixels of lanes scrolled up out of view
    const QHash<QString, QString> *quoted = nullptr; // events with a quote (by uid): labelled first
    bool filtered = false; // the index holds what the window's filters let through, not everything
};

// Where the lanes go in a frame: below the axis (and the eras' strip), at least kMinLaneHeight
// each; when they need more height than there is, they scroll.
struct LaneLayout
{
    double top = 0;
    double bottom = 0;
    double laneHeight = 0;
    std::size_t lanes = 0;

    double contentHeight() const { return laneHeight * double(lanes); }
    double maxScroll() const { return std::max(0.0, contentHeight() - (bottom - top)); }
};

struct TimelineHit
{
    enum Type { None, Event, Badge };
    Type type = None;
    QRectF rect;
    std::uint32_t entry = 0;         // Event: the entry; Badge: the first member
    std::uint32_t count = 0;         // Badge: how many events it stands for
    std::int64_t fromMs = 0;         // Badge: the time span to open by zooming
    std::int64_t toMs = 0;
    std::vector<std::uint32_t> members; // Badge: entries, when few enough to list
    bool label = false; // Event: its label rather than its marker
    QString text;       // Event label: the text drawn (elided when shortened)
};

class TimelinePainter final
{
public:
    static constexpr int kGutter = 148;
    static constexpr int kAxisHeight = 50;
    static constexpr int kEraStrip = 20;
    static constexpr int kRightMargin = 16;

    explicit TimelinePainter(const QFont &font);

    // The colours of the widget's palette (light until told otherwise).
    void setColours(const palette::ViewColours &colours);
    const palette::ViewColours &colours() const { return m_colours; }

    void paint(QPainter &painter, const QRect &rect, const TimelineFrame &frame);
    static LaneLayout laneLayout(const QRect &rect, std::size_t lanes, bool hasEras);

    TimelineHit hitAt(const QPointF &point) const;
    const std::vector<TimelineHit> &hits() const { return m_hits; }
    QStringList axisLabels() const;
    QStringList contextLabels() const;
    // What the last frame said instead of events ("No events in view"…); empty when it drew some.
    QString emptyText() const { return m_emptyText; }
    QRectF timeArea() const { return m_timeArea; }
    double xForMs(std::int64_t ms) const;
    std::int64_t msForX(double x) const;

    // A lane's or an event's colour: its kind's, or a neutral one for actor and symbol lanes.
    QColor kindColor(int kind) const;
    // The prepared marker of a kind, at a device pixel ratio: ratio times as many pixels.
    const QImage &markerSprite(int kind, bool uncertain, qreal ratio);

private:
    void paintBackground(QPainter &p, const TimelineFrame &frame);
    void paintAxis(QPainter &p, const TimelineFrame &frame, const TimeAxis &axis);
    void paintEras(QPainter &p, const TimelineFrame &frame);
    bool paintLane(QPainter &p, const TimelineFrame &frame, std::size_t lane, const QRectF &band);
    void paintDenseLane(QPainter &p, const TimelineFrame &frame, std::size_t lane,
                        const QRectF &band);
    void paintBadge(QPainter &p, const QRectF &rect, std::uint32_t count, bool dense);
    QRectF entryExtent(const TimelineFrame &frame, const TimelineEntry &entry,
                       const QRectF &track) const;

    palette::ViewColours m_colours;
    QFont m_font;
    QFont m_smallFont;
    QFont m_boldFont;
    QRect m_rect;
    QRectF m_timeArea;
    std::int64_t m_fromMs = 0;
    std::int64_t m_toMs = 1;
    std::vector<TimelineHit> m_hits;
    QList<TimeAxis::Tick> m_ticks;
    QList<TimeAxis::Tick> m_context;
    std::vector<std::uint32_t> m_bins; // reused between frames
    QHash<int, QImage> m_sprites;
    qreal m_spriteRatio = 1.0;
    QString m_emptyText;
};

} // namespace tickerline
