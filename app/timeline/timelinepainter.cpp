// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepainter.h"

#include "style/palette.h"

#include "models/eventtablemodel.h"

#include <QCoreApplication>

#include "timeline/labellayout.h"
#include "timeline/marketshading.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace tickerline {

namespace {

// The painter is no QObject; its strings are translated in its own context.
QString translated(const char *text)
{
    return QCoreApplication::translate("tickerline::TimelinePainter", text);
}

// Kinds and the catch-all lanes in the user's language; actor and symbol lanes by their name.
QString laneTitle(const TimelineIndex &index, const TimelineIndex::Lane &lane)
{
    if (lane.kind >= 0)
        return eventKindLabel(EventKind(lane.kind));
    if (lane.unassigned)
        return index.laneMode() == LaneMode::ByActor
                   ? translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "No actor"))
                   : translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "No symbol"));
    return lane.name;
}

} // namespace

namespace {

constexpr std::int64_t kDayMs = 86'400'000;
// Above this many events in view a lane is drawn as a per-pixel histogram with count badges.
constexpr std::size_t kDenseThreshold = 400;
constexpr double kTrackTop = 8;
constexpr double kTrackHeight = 22;
constexpr double kLabelRow = 18;
constexpr double kDenseBucketPx = 96;
constexpr std::size_t kMaxBadgeMembers = 64;
constexpr std::size_t kMeasuredLabels = 20;
constexpr double kMaxLabelWidth = 340;
constexpr double kLabelGap = 8;
constexpr double kBadgeWidth = 32;
// Who keeps a label when a lane is crowded: the selected event above all, then the events the
// data tell most about (a known time, a certain one, a quoted one), then the rest.
constexpr int kSelectedPriority = 100;
constexpr int kKeyPriority = 3;
// How far a label may be shortened (with an ellipsis) for another one: enough to read it by.
constexpr double kSelectedMinLabel = 220;
constexpr double kKeyMinLabel = 150;
constexpr double kMinLabel = 56;

int labelPriority(const TimelineFrame &frame, const TimelineEntry &entry, std::uint32_t e)
{
    int priority = (entry.isUncertain() ? 0 : 2) + (entry.isCalendarPrecision() ? 0 : 1);
    if (frame.quoted && !frame.quoted->isEmpty() && frame.quoted->contains(frame.index->uid(e)))
        ++priority;
    return priority;
}

QString compactCount(std::uint32_t count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QLocale().toString(count / 1000.0, 'f', 1) + QLatin1Char('k');
    if (count < 1'000'000)
        return QString::number(count / 1000) + QLatin1Char('k');
    return QLocale().toString(count / 1'000'000.0, 'f', 1) + QLatin1Char('M');
}

} // namespace

TimelinePainter::TimelinePainter(const QFont &font)
    : m_colours(palette::ViewColours::of(palette::windowPalette(ColourTheme::Light)))
    , m_font(font)
    , m_smallFont(font)
    , m_boldFont(font)
{
    m_smallFont.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.88));
    m_boldFont.setBold(true);
}

void TimelinePainter::setColours(const palette::ViewColours &colours)
{
    if (colours.background != m_colours.background || colours.theme != m_colours.theme)
        m_sprites.clear(); // drawn in the old kind colours, ringed in the old background
    m_colours = colours;
}

const QImage &TimelinePainter::markerSprite(int kind, bool uncertain, qreal ratio)
{
    const int key = kind * 2 + (uncertain ? 1 : 0);
    if (ratio != m_spriteRatio) {
        m_sprites.clear();
        m_spriteRatio = ratio;
    }
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    QImage image(QSize(14, 14) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor color = kindColor(kind);
    // Ringed in the background's colour: markers side by side stay apart on light and on dark.
    if (uncertain) {
        p.setBrush(m_colours.background);
        p.setPen(QPen(color, 1.6, Qt::DotLine));
    } else {
        p.setBrush(color);
        p.setPen(QPen(m_colours.background, 1.2));
    }
    p.drawEllipse(QPointF(7.5, 7.5), 4.5, 4.5);
    p.end();
    return *m_sprites.insert(key, image);
}

QColor TimelinePainter::kindColor(int kind) const
{
    return kind >= 0 ? palette::kindColor(EventKind(kind), m_colours.theme)
                     : palette::neutralLaneColor(m_colours.theme);
}

double TimelinePainter::xForMs(std::int64_t ms) const
{
    const double span = static_cast<double>(m_toMs - m_fromMs);
    return m_timeArea.left() + static_cast<double>(ms - m_fromMs) / span * m_timeArea.width();
}

std::int64_t TimelinePainter::msForX(double x) const
{
    const double span = static_cast<double>(m_toMs - m_fromMs);
    return m_fromMs + static_cast<std::int64_t>(std::llround((x - m_timeArea.left()) / m_timeArea.width() * span));
}

QStringList TimelinePainter::axisLabels() const
{
    QStringList labels;
    for (const TimeAxis::Tick &tick : m_ticks)
        labels.append(tick.label);
    return labels;
}

QStringList TimelinePainter::contextLabels() const
{
    QStringList labels;
    for (const TimeAxis::Tick &tick : m_context)
        labels.append(tick.label);
    return labels;
}

TimelineHit TimelinePainter::hitAt(const QPointF &point) const
{
    // Later boxes are drawn on top: search from the end.
    for (auto it = m_hits.rbegin(); it != m_hits.rend(); ++it)
        if (it->rect.contains(point))
            return *it;
    return {};
}

LaneLayout TimelinePainter::laneLayout(const QRect &rect, std::size_t lanes, bool hasEras)
{
    constexpr double kMinLaneHeight = 46, kMaxLaneHeight = 132;
    LaneLayout layout;
    layout.top = rect.top() + kAxisHeight + (hasEras ? kEraStrip : 0);
    layout.bottom = std::max(layout.top, rect.bottom() + 1.0);
    layout.lanes = lanes;
    layout.laneHeight = lanes == 0 ? kMinLaneHeight
                                   : std::clamp((layout.bottom - layout.top) / double(lanes), kMinLaneHeight,
                                                kMaxLaneHeight);
    return layout;
}

void TimelinePainter::paint(QPainter &p, const QRect &rect, const TimelineFrame &frame)
{
    m_rect = rect;
    m_hits.clear();
    m_fromMs = frame.fromMs;
    m_toMs = std::max(frame.toMs, frame.fromMs + 1);
    const bool hasEras = frame.eras && !frame.eras->isEmpty();
    m_timeArea = QRectF(rect.left() + kGutter, rect.top() + kAxisHeight,
                        std::max(10, rect.width() - kGutter - kRightMargin),
                        std::max(0, rect.height() - kAxisHeight));
    p.save();
    p.setFont(m_font);
    p.fillRect(rect, m_colours.background);

    TimeAxis axis(frame.eventZones ? QTimeZone::utc() : frame.zone);
    axis.setRange(m_fromMs, m_toMs, m_timeArea.width(), 86);
    m_ticks = axis.ticks();
    m_context = axis.contextTicks();

    paintBackground(p, frame);
    if (hasEras)
        paintEras(p, frame);

    const TimelineIndex *index = frame.index;
    const LaneLayout layout = laneLayout(rect, index ? index->lanes().size() : 0, hasEras);
    const double lanesTop = layout.top;
    const double lanesBottom = layout.bottom;
    const double scroll = std::clamp(frame.laneScroll, 0.0, layout.maxScroll());
    bool anyInView = false;
    if (index && !index->lanes().empty()) {
        p.save();
        p.setClipRect(QRectF(rect.left(), lanesTop, rect.width(), lanesBottom - lanesTop));
        for (std::size_t i = 0; i < index->lanes().size(); ++i) {
            const QRectF band(rect.left(), lanesTop + double(i) * layout.laneHeight - scroll, rect.width(),
                              layout.laneHeight);
            if (band.bottom() <= lanesTop)
                continue; // scrolled out above
            if (band.top() >= lanesBottom)
                break;
            p.setPen(m_colours.grid);
            p.drawLine(QPointF(band.left(), band.bottom()), QPointF(band.right(), band.bottom()));
            anyInView |= paintLane(p, frame, i, band);
            // Lane name in the gutter, over a solid background so histograms never run under it.
            const TimelineIndex::Lane &lane = index->lanes()[i];
            const QRectF gutter(band.left(), band.top(), kGutter - 8, band.height() - 1);
            p.fillRect(gutter, i % 2 ? m_colours.lane : m_colours.laneAlternate);
            p.fillRect(QRectF(gutter.left(), gutter.top() + 6, 4, gutter.height() - 12),
                       kindColor(lane.kind));
            p.setPen(m_colours.text);
            p.setFont(m_boldFont);
            const QFontMetricsF fm(m_boldFont);
            p.drawText(QRectF(gutter.left() + 12, gutter.top() + kTrackTop, gutter.width() - 14, kTrackHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(laneTitle(*index, lane),
                                     Qt::ElideRight, gutter.width() - 16));
            p.setFont(m_smallFont);
            p.setPen(m_colours.mutedText);
            const std::size_t count = lane.entries.size();
            p.drawText(QRectF(gutter.left() + 12, gutter.top() + kTrackTop + kTrackHeight, gutter.width() - 14, 16),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       count == 1 ? translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "1 event"))
                                  : translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "%1 events")).arg(compactCount(std::uint32_t(count))));
            p.setFont(m_font);
        }
        p.restore();
        // What lies under the axis is not there to be clicked.
        std::erase_if(m_hits, [lanesTop](const TimelineHit &hit) { return hit.rect.bottom() <= lanesTop; });
    }

    // The selected event's time, across every lane: where it is even when its lane is dense.
    if (index && frame.selected && *frame.selected < index->size()) {
        const double x = xForMs(index->entry(*frame.selected).startMs);
        if (x >= m_timeArea.left() && x <= m_timeArea.right()) {
            QColor line = m_colours.selection;
            line.setAlpha(90);
            p.setPen(QPen(line, 1, Qt::DashLine));
            p.drawLine(QPointF(x, lanesTop), QPointF(x, lanesBottom));
        }
    }

    m_emptyText.clear();
    if (!anyInView) {
        const QRectF area(m_timeArea.left(), lanesTop, m_timeArea.width(), lanesBottom - lanesTop);
        p.setPen(m_colours.mutedText);
        QFont big = m_font;
        big.setPointSizeF(m_font.pointSizeF() * 1.25);
        p.setFont(big);
        const bool empty = !index || index->isEmpty();
        // Three different reasons for an empty frame, each with its own way out.
        QString text;
        QString hint;
        if (empty && frame.filtered) {
            text = translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "No event matches the filters"));
            hint = translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter",
                                                "Clear the text filter or show all kinds to see every event."));
        } else if (empty) {
            text = translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "No events yet"));
            hint = translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter",
                                                "Add one with Events → New event, or import a file with File → Import…"));
        } else {
            text = translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "No events in view"));
            hint = translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter",
                                                "Press Home or End to jump to the first or last event, or "
                                                "zoom out with −."));
        }
        m_emptyText = text;
        p.drawText(area.adjusted(0, -12, 0, -12), Qt::AlignCenter, text);
        p.setFont(m_smallFont);
        p.drawText(area.adjusted(0, 16, 0, 16), Qt::AlignCenter, hint);
        p.setFont(m_font);
    }
    paintAxis(p, frame, axis);
    p.restore();
}

void TimelinePainter::paintBackground(QPainter &p, const TimelineFrame &frame)
{
    Q_UNUSED(frame);
    const double top = m_timeArea.top();
    const double height = m_timeArea.height();
    const double pxPerDay = double(kDayMs) / double(m_toMs - m_fromMs) * m_timeArea.width();
    if (pxPerDay >= 2.0) {
        const bool intraday = pxPerDay >= 500.0; // below that, hours are stripes
        for (const MarketSpan &span : marketSpans(m_fromMs, m_toMs, intraday)) {
            const double x0 = std::max(m_timeArea.left(), xForMs(span.fromMs));
            const double x1 = std::min(m_timeArea.right(), xForMs(span.toMs));
            if (x1 <= x0)
                continue;
            const QColor color = span.type == MarketSpan::ClosedDay || span.type == MarketSpan::Overnight
                                     ? m_colours.closedMarket
                                     : m_colours.extendedMarket;
            p.fillRect(QRectF(x0, top, x1 - x0, height), color);
        }
    }
    p.setPen(m_colours.grid);
    for (const TimeAxis::Tick &tick : m_ticks) {
        const double x = std::round(xForMs(tick.ms)) + 0.5;
        p.drawLine(QPointF(x, top), QPointF(x, top + height));
    }
}

void TimelinePainter::paintEras(QPainter &p, const TimelineFrame &frame)
{
    const double top = m_timeArea.top();
    for (const Era &era : *frame.eras) {
        const double x0 = std::max(m_timeArea.left(), xForMs(era.startMs));
        // A date-only end (UTC midnight) names the era's last day, as a day-precision span's does.
        const std::int64_t end = era.endMs % kDayMs == 0 ? era.endMs + kDayMs : era.endMs;
        const double x1 = std::min(m_timeArea.right(), xForMs(end));
        if (x1 <= x0)
            continue;
        QColor color(era.color.isEmpty() ? QStringLiteral("#b9a7d9") : era.color);
        if (!color.isValid())
            color = QColor(0xb9, 0xa7, 0xd9);
        // On dark a wash of the same strength muddies every lane: fainter there. The strip is
        // opaque, part background, so that the era's name stays readable on any colour of it.
        const bool dark = m_colours.theme == ColourTheme::Dark;
        QColor wash = color;
        wash.setAlpha(dark ? 18 : 34);
        p.fillRect(QRectF(x0, top, x1 - x0, m_timeArea.height()), wash);
        const QColor strip = palette::mix(m_colours.background, color, dark ? 0.35 : 0.43);
        const QRectF stripRect(x0, top + 2, x1 - x0, kEraStrip - 4);
        p.fillRect(stripRect, strip);
        p.setPen(m_colours.text);
        p.setFont(m_smallFont);
        const QFontMetricsF fm(m_smallFont);
        if (stripRect.width() > 24)
            p.drawText(stripRect.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(era.name, Qt::ElideRight, stripRect.width() - 10));
        p.setFont(m_font);
    }
}

QRectF TimelinePainter::entryExtent(const TimelineFrame &frame, const TimelineEntry &entry,
                                    const QRectF &track) const
{
    std::int64_t from = entry.startMs;
    std::int64_t to = entry.endMs;
    if (entry.isCalendarPrecision()) {
        // A date is a date: the band covers that calendar day (month, year) of the display zone.
        const QTimeZone zone = frame.eventZones ? QTimeZone::utc() : frame.zone;
        const QDate first = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()).date();
        QDate last = QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()).date();
        if (entry.precision() == Precision::Month)
            last = QDate(last.year(), last.month(), 1).addMonths(1).addDays(-1);
        else if (entry.precision() == Precision::Year)
            last = QDate(last.year(), 12, 31);
        if (zone == QTimeZone::utc()) {
            from = QDateTime(first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            to = QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        } else {
            from = QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch();
            to = QDateTime(last.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        }
    }
    const double x0 = xForMs(from);
    const double x1 = xForMs(to);
    return QRectF(x0, track.top(), std::max(0.0, x1 - x0), track.height());
}

bool TimelinePainter::paintLane(QPainter &p, const TimelineFrame &frame, std::size_t laneIndex,
                                const QRectF &band)
{
    const TimelineIndex &index = *frame.index;
    const TimelineIndex::Lane &lane = index.lanes()[laneIndex];
    // Calendar dates move by up to a day when drawn in another zone: ask a day wider.
    const auto [first, last] = index.laneRange(laneIndex, m_fromMs - kDayMs, m_toMs + kDayMs);
    if (last - first > kDenseThreshold) {
        paintDenseLane(p, frame, laneIndex, band);
        return true;
    }
    const QRectF track(m_timeArea.left(), band.top() + kTrackTop, m_timeArea.width(), kTrackHeight);
    p.save();
    // Within the lanes' clip: a lane scrolled half out of view is not drawn over the eras above.
    p.setClipRect(QRectF(m_timeArea.left(), band.top(), m_timeArea.width(), band.height()), Qt::IntersectClip);
    p.setRenderHint(QPainter::Antialiasing, true);

    // First pass: what is in view, and bars stacked in levels where they overlap, so that
    // a day band never hides another one.
    struct Placed
    {
        std::uint32_t entry;
        QRectF extent;
        int level;
    };
    std::vector<Placed> placed;
    std::array<double, 3> levelEnd;
    levelEnd.fill(-1e18);
    int levels = 1;
    for (std::size_t pos = first; pos < last; ++pos) {
        const std::uint32_t e = lane.entries[pos];
        const TimelineEntry &entry = index.entry(e);
        const QRectF extent = entryExtent(frame, entry, track);
        if (extent.right() < m_timeArea.left() - 6 || extent.left() > m_timeArea.right() + 6)
            continue;
        int level = 0;
        if (entry.isCalendarPrecision() || entry.isSpan()) {
            level = int(std::min_element(levelEnd.begin(), levelEnd.end()) - levelEnd.begin());
            for (int l = 0; l < int(levelEnd.size()); ++l)
                if (levelEnd[std::size_t(l)] <= extent.left() + 0.5) {
                    level = l;
                    break;
                }
            levelEnd[std::size_t(level)] = std::max(extent.right(), extent.left() + 3);
            levels = std::max(levels, level + 1);
        }
        placed.push_back({e, extent, level});
    }

    std::vector<LabelItem> items;
    std::vector<std::uint32_t> visible;
    std::vector<QString> titles;
    std::vector<double> measured; // exact width of the title, or -1 where estimated
    const QFontMetricsF fm(m_font);
    const QFontMetricsF boldFm(m_boldFont);
    const double averageChar = boldFm.averageCharWidth();
    const double levelHeight = (track.height() - 2.0 * (levels - 1)) / levels;
    for (const Placed &item : placed) {
        const std::uint32_t e = item.entry;
        const TimelineEntry &entry = index.entry(e);
        const QRectF &extent = item.extent;
        const QColor color = kindColor(entry.kind);
        // A hovered event's outline stands further from the background than its fill does.
        const QColor outline = m_colours.theme == ColourTheme::Light ? color.darker(130) : color.lighter(130);
        const bool selected = frame.selected == e;
        const bool hovered = frame.hovered == e;
        QRectF hitRect;
        if (entry.isCalendarPrecision() || entry.isSpan()) {
            QRectF bar(extent.left(), track.top() + item.level * (levelHeight + 2.0), extent.width(), levelHeight);
            if (bar.width() < 3)
                bar.adjust(-1.5, 0, 1.5, 0);
            if (!entry.isCalendarPrecision() && levels == 1) // a timed span: thinner than a day band
                bar.adjust(0, 4, 0, -4);
            // Whole-pixel rectangles without antialiasing: a day band can be the width of the
            // screen, and the raster engine fills those fastest.
            const QRect pixels = bar.toAlignedRect().intersected(m_timeArea.toAlignedRect().adjusted(-4, 0, 4, 0));
            QColor fill = color;
            fill.setAlpha(entry.isCalendarPrecision() ? 80 : 190);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.fillRect(pixels, fill);
            if (entry.isUncertain()) {
                QColor hatch = color.darker(110);
                hatch.setAlpha(170);
                p.fillRect(pixels, QBrush(hatch, Qt::BDiagPattern));
            }
            p.setBrush(Qt::NoBrush);
            if (selected || hovered)
                p.setPen(QPen(selected ? m_colours.selection : outline, selected ? 2.0 : 1.0));
            else
                p.setPen(QPen(color.lighter(110), 1));
            p.drawRect(pixels.adjusted(0, 0, -1, -1));
            p.setRenderHint(QPainter::Antialiasing, true);
            hitRect = bar.adjusted(-3, -1, 3, 1);
        } else {
            const double x = extent.left();
            const double cy = track.center().y();
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(QPen(color, 1));
            p.drawLine(QPointF(std::round(x) + 0.5, track.top()), QPointF(std::round(x) + 0.5, track.bottom()));
            if (selected || hovered) {
                p.setRenderHint(QPainter::Antialiasing, true);
                const double r = selected ? 6.0 : 4.5;
                p.setBrush(entry.isUncertain() ? QBrush(m_colours.background) : QBrush(color));
                p.setPen(entry.isUncertain() ? QPen(color, 1.6, Qt::DotLine) : QPen(m_colours.background, 1.2));
                p.drawEllipse(QPointF(x, cy), r, r);
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(selected ? m_colours.selection : outline, selected ? 2.0 : 1.2));
                p.drawEllipse(QPointF(x, cy), r + 3, r + 3);
            } else {
                // Hundreds of markers a frame: blit a prepared one rather than rasterise each.
                const QImage &sprite = markerSprite(entry.kind, entry.isUncertain(), p.device()->devicePixelRatioF());
                p.drawImage(QPointF(std::round(x) - 7.0, std::round(cy) - 7.0), sprite);
            }
            hitRect = QRectF(x - 7, track.top() - 2, 14, track.height() + 4);
        }
        TimelineHit hit;
        hit.type = TimelineHit::Event;
        hit.rect = hitRect;
        hit.entry = e;
        m_hits.push_back(std::move(hit));
        double labelX = std::max(extent.left(), m_timeArea.left() + 2);
        // Shaping every title of a crowded lane costs more than the frame may: there an estimate
        // serves, since what is drawn is elided to the same width anyway.
        QString title = index.title(e);
        const double textWidth = placed.size() <= kMeasuredLabels
                                     ? (selected ? boldFm : fm).horizontalAdvance(title)
                                     : double(title.size()) * averageChar;
        const int priority = selected ? kSelectedPriority : labelPriority(frame, entry, e);
        const double readable = priority >= kSelectedPriority ? kSelectedMinLabel
                                : priority >= kKeyPriority    ? kKeyMinLabel
                                                              : kMinLabel;
        // Near the right edge a label is shortened; only when too little of it would be left
        // does it end at the edge instead, starting left of its marker.
        const double wanted = std::min(textWidth + 4, kMaxLabelWidth);
        const double shortest = std::min(wanted, readable);
        if (m_timeArea.right() - labelX - 2 < shortest && extent.left() < m_timeArea.right() - 8)
            labelX = std::max(m_timeArea.left() + 2, std::min(labelX, m_timeArea.right() - 2 - shortest));
        const double room = std::max(0.0, m_timeArea.right() - labelX - 2);
        LabelItem label{labelX, std::min(wanted, room), std::uint32_t(visible.size())};
        label.marker = std::clamp(extent.left(), m_timeArea.left() + 2, m_timeArea.right() - 2);
        label.priority = priority;
        label.minWidth = readable;
        label.firm = selected;
        items.push_back(label);
        visible.push_back(e);
        titles.push_back(std::move(title));
        measured.push_back(placed.size() <= kMeasuredLabels ? textWidth : -1.0);
    }
    // Bands that start earlier than markers to their right can come out of order: keep x order.
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].x < items[b].x; });
    std::vector<LabelItem> sorted;
    std::vector<std::uint32_t> sortedEntries;
    std::vector<std::uint32_t> sortedItems;
    for (std::size_t i : order) {
        sorted.push_back(items[i]);
        sorted.back().id = std::uint32_t(sortedEntries.size());
        sortedEntries.push_back(visible[items[i].id]);
        sortedItems.push_back(items[i].id);
    }

    // More than three rows of labels reads as a wall of text: the rest is what badges are for.
    const int rows = std::clamp(int((band.height() - kTrackTop - kTrackHeight - 6) / kLabelRow), 1, 3);
    const std::vector<LabelGroup> groups = LabelLayout(rows, kLabelGap, kBadgeWidth, 6.0, kMinLabel).place(sorted, m_timeArea.right() - 2);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const LabelGroup &group = groups[g];
        const double y = track.bottom() + 3 + group.row * kLabelRow;
        const std::uint32_t firstEntry = sortedEntries[group.first];
        if (!group.isBadge()) {
            const bool selected = frame.selected == firstEntry;
            p.setFont(selected ? m_boldFont : m_font);
            p.setPen(selected ? m_colours.selection : m_colours.text);
            const QRectF labelRect(group.x, y, group.right - group.x, kLabelRow - 2);
            const std::uint32_t item = sortedItems[group.first];
            const QString &title = titles[item];
            const QFontMetricsF &metrics = selected ? boldFm : fm;
            const double baseline = labelRect.top() + (labelRect.height() + metrics.ascent() - metrics.descent()) / 2;
            const QString shown = measured[item] >= 0 && measured[item] <= labelRect.width()
                                      ? title
                                      : metrics.elidedText(title, Qt::ElideRight, labelRect.width());
            p.drawText(QPointF(labelRect.left(), baseline), shown);
            TimelineHit hit;
            hit.type = TimelineHit::Event;
            hit.rect = labelRect;
            hit.entry = firstEntry;
            hit.label = true;
            hit.text = shown;
            m_hits.push_back(std::move(hit));
            continue;
        }
        // A badge spans the events it counts, when they lie further apart than its own width.
        const double badgeWidth = std::max({24.0, QFontMetricsF(m_smallFont).horizontalAdvance(compactCount(group.count)) + 14,
                                            group.right - group.x});
        const QRectF badgeRect(group.x, y + 1, badgeWidth, kLabelRow - 4);
        paintBadge(p, badgeRect, group.count, false);
        TimelineHit hit;
        hit.type = TimelineHit::Badge;
        hit.rect = badgeRect;
        hit.count = group.count;
        hit.entry = firstEntry;
        hit.fromMs = index.entry(firstEntry).startMs;
        hit.toMs = hit.fromMs;
        for (std::uint32_t m : group.members) {
            const TimelineEntry &member = index.entry(sortedEntries[m]);
            hit.fromMs = std::min(hit.fromMs, member.startMs);
            hit.toMs = std::max(hit.toMs, member.endMs);
            if (hit.members.size() < kMaxBadgeMembers)
                hit.members.push_back(sortedEntries[m]);
        }
        m_hits.push_back(std::move(hit));
    }
    p.setFont(m_font);
    p.restore();
    return !visible.empty();
}

void TimelinePainter::paintDenseLane(QPainter &p, const TimelineFrame &frame, std::size_t laneIndex,
                                     const QRectF &band)
{
    const TimelineIndex &index = *frame.index;
    const TimelineIndex::Lane &lane = index.lanes()[laneIndex];
    const QRectF track(m_timeArea.left(), band.top() + kTrackTop, m_timeArea.width(), kTrackHeight);
    constexpr double kColumn = 2.0;
    const auto columns = static_cast<std::size_t>(std::ceil(m_timeArea.width() / kColumn));
    m_bins.assign(columns, 0);
    const std::int64_t binTo = m_fromMs + static_cast<std::int64_t>(double(m_toMs - m_fromMs) * double(columns) * kColumn / m_timeArea.width());
    index.binStarts(laneIndex, m_fromMs, binTo, m_bins);
    const std::uint32_t maxCount = *std::max_element(m_bins.begin(), m_bins.end());
    if (maxCount > 0) {
        // Integer heights, and neighbouring columns of one height as one rectangle: the raster
        // engine fills those without blending or antialiasing.
        const double scale = 1.0 / std::log1p(double(maxCount));
        const int bottom = int(track.bottom());
        const int full = int(track.height());
        QList<QRect> rects;
        rects.reserve(qsizetype(columns));
        int runStart = 0;
        int runHeight = 0;
        const auto flush = [&](int end) {
            if (runHeight > 0)
                rects.append(QRect(int(track.left()) + runStart, bottom - runHeight, end - runStart, runHeight));
        };
        for (std::size_t b = 0; b < columns; ++b) {
            const int h = m_bins[b] == 0 ? 0 : std::max(2, int(std::lround(full * (0.2 + 0.8 * std::log1p(double(m_bins[b])) * scale))));
            const int x = int(double(b) * kColumn);
            if (h != runHeight) {
                flush(x);
                runStart = x;
                runHeight = h;
            }
        }
        flush(int(double(columns) * kColumn));
        p.setPen(Qt::NoPen);
        p.setBrush(kindColor(lane.kind));
        p.drawRects(rects.constData(), int(rects.size()));
    }
    // Count badges per bucket: the histogram shows where, the badges say how many.
    const auto buckets = static_cast<std::size_t>(std::ceil(m_timeArea.width() / kDenseBucketPx));
    for (std::size_t k = 0; k < buckets; ++k) {
        const double x0 = m_timeArea.left() + double(k) * kDenseBucketPx;
        const double x1 = std::min(m_timeArea.right(), x0 + kDenseBucketPx);
        const std::int64_t from = msForX(x0);
        const std::int64_t to = msForX(x1);
        const auto count = static_cast<std::uint32_t>(index.countStarts(laneIndex, from, to));
        if (count == 0)
            continue;
        const QRectF badgeRect(x0 + 2, track.bottom() + 4, std::max(24.0, QFontMetricsF(m_smallFont).horizontalAdvance(compactCount(count)) + 14), kLabelRow - 4);
        paintBadge(p, badgeRect, count, true);
        TimelineHit hit;
        hit.type = TimelineHit::Badge;
        hit.rect = QRectF(x0, track.top(), x1 - x0, badgeRect.bottom() - track.top());
        hit.count = count;
        hit.fromMs = from;
        hit.toMs = to;
        const auto begin = std::lower_bound(lane.starts.begin(), lane.starts.end(), from) - lane.starts.begin();
        hit.entry = lane.entries[std::size_t(begin)];
        for (std::size_t i = std::size_t(begin); i < lane.entries.size() && hit.members.size() < std::min<std::size_t>(count, 12); ++i)
            hit.members.push_back(lane.entries[i]);
        m_hits.push_back(std::move(hit));
    }
}

void TimelinePainter::paintBadge(QPainter &p, const QRectF &rect, std::uint32_t count, bool dense)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(m_colours.badgeBorder, 1));
    p.setBrush(dense ? m_colours.denseBadge : m_colours.badge);
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    p.setPen(m_colours.text);
    p.setFont(m_smallFont);
    p.drawText(rect, Qt::AlignCenter, compactCount(count));
    p.restore();
}

void TimelinePainter::paintAxis(QPainter &p, const TimelineFrame &frame, const TimeAxis &axis)
{
    const QRectF bar(m_rect.left(), m_rect.top(), m_rect.width(), kAxisHeight);
    p.fillRect(bar, m_colours.header);
    p.setPen(m_colours.headerLine);
    p.drawLine(QPointF(bar.left(), bar.bottom()), QPointF(bar.right(), bar.bottom()));
    const double contextY = bar.top() + 4;
    const double tickY = bar.top() + 26;

    p.save();
    p.setClipRect(QRectF(m_timeArea.left(), bar.top(), m_timeArea.width() + kRightMargin, bar.height()));
    // Context row (day, month or year the ticks belong to), with the one in force at the left
    // edge pinned there so the reader always knows which day an hour belongs to.
    p.setFont(m_boldFont);
    const QFontMetricsF boldFm(m_boldFont);
    double pinnedRight = m_timeArea.left();
    const QString pinned = axis.contextLabel(m_fromMs);
    if (!pinned.isEmpty()) {
        const double firstX = m_context.isEmpty() ? 1e9 : xForMs(m_context.first().ms);
        const double width = boldFm.horizontalAdvance(pinned);
        if (firstX - m_timeArea.left() > width + 16) {
            p.setPen(m_colours.text);
            p.drawText(QPointF(m_timeArea.left() + 6, contextY + boldFm.ascent()), pinned);
            pinnedRight = m_timeArea.left() + 6 + width;
        }
    }
    for (const TimeAxis::Tick &tick : m_context) {
        const double x = xForMs(tick.ms);
        p.setPen(m_colours.contextTick);
        p.drawLine(QPointF(x, contextY), QPointF(x, bar.bottom()));
        if (x + 5 > pinnedRight && x + 5 + boldFm.horizontalAdvance(tick.label) <= m_timeArea.right() + kRightMargin) {
            p.setPen(m_colours.text);
            p.drawText(QPointF(x + 5, contextY + boldFm.ascent()), tick.label);
        }
    }
    p.setFont(m_font);
    const QFontMetricsF fm(m_font);
    for (const TimeAxis::Tick &tick : m_ticks) {
        const double x = std::round(xForMs(tick.ms)) + 0.5;
        p.setPen(m_colours.tick);
        p.drawLine(QPointF(x, bar.bottom() - 7), QPointF(x, bar.bottom()));
        if (x + 4 + fm.horizontalAdvance(tick.label) > m_timeArea.right() + kRightMargin)
            continue; // a label cut by the edge reads as a wrong one
        p.setPen(m_colours.text);
        p.drawText(QPointF(x + 4, tickY + fm.ascent()), tick.label);
    }
    p.restore();

    // Which zone the axis speaks, in the corner above the lane names.
    const QRectF corner(bar.left() + 10, bar.top(), kGutter - 16, bar.height());
    p.setFont(m_smallFont);
    p.setPen(m_colours.mutedText);
    QString zoneText;
    if (frame.eventZones) {
        zoneText = translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "Axis in UTC\ntimes in each event's zone"));
    } else {
        const QByteArray id = frame.zone.id();
        const QString abbreviation = axis.zoneAbbreviation((m_fromMs + m_toMs) / 2);
        const QString name = id == "UTC" ? QStringLiteral("UTC")
                                         : QString::fromUtf8(id).section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
        zoneText = name == abbreviation ? translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "Times in %1")).arg(name)
                                        : translated(QT_TRANSLATE_NOOP("tickerline::TimelinePainter", "Times in %1\n(%2)")).arg(name, abbreviation);
    }
    p.drawText(corner, Qt::AlignLeft | Qt::AlignVCenter, zoneText);
    p.setFont(m_font);
}

} // namespace tickerline
