// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The timeline: events of the episode on a time axis, in lanes, with zoom, pan, keyboard
// walking and a selection shared with every other view through EventSelection.

#include "timeline/timelineindex.h"
#include "timeline/timelinepainter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QScrollBar;

namespace tickerline {

class EventSelection;

class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(EventSelection *selection, QWidget *parent = nullptr);
    ~TimelineView() override;

    void setEvents(const QList<Event> &events, const QList<Era> &eras,
                   const QHash<QString, QString> &actorNames);
    // For large sets: the index built without a QList<Event>.
    void setIndex(TimelineIndex index, const QList<Era> &eras = {});
    // An index shared with other views (the events table): the view changes only its lanes.
    void setSharedIndex(std::shared_ptr<TimelineIndex> index, const QList<Era> &eras = {});
    // Whether the index is what filters let through (an empty one then says so).
    void setFiltered(bool filtered);
    bool isFiltered() const { return m_filtered; }
    // The first quote of each event (by uid), shown in the hover tooltip.
    // The shared index was edited in place (an event added, changed or removed): entries moved,
    // so the selection is found again by its uid; the range the user looks at stays.
    void indexEdited();
    void setFirstQuotes(const QHash<QString, QString> &quotes);

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_index->laneMode(); }
    void setDisplayZone(const QTimeZone &zone);  // a fixed zone for the axis and every time
    void setEventZoneMode();                      // each event's own zone; the axis in UTC
    bool isEventZoneMode() const { return m_eventZones; }
    QTimeZone displayZone() const { return m_zone; }

    void setVisibleRange(std::int64_t fromMs, std::int64_t toMs);
    std::int64_t visibleFromMs() const { return m_fromMs; }
    std::int64_t visibleToMs() const { return m_toMs; }
    void showAll();
    void zoomBy(double factor, double anchorX);

    const TimelineIndex &index() const { return *m_index; }
    QString selectedUid() const;
    // Geometry of the last painted frame, for tests and for other widgets to point at.
    double xForMs(std::int64_t ms) const;
    std::int64_t msForX(double x) const;
    const TimelinePainter &painter() const { return *m_painter; }
    QScrollBar *laneScrollBar() const { return m_laneBar; }
    QString describeEvent(std::uint32_t entry) const;

    QSize sizeHint() const override { return {1200, 520}; }
    QSize minimumSizeHint() const override { return {400, 200}; }

signals:
    void eventActivated(const QString &uid);
    // A double-click where there is no event: a new event at that time, perhaps.
    void emptySpaceActivated(std::int64_t ms);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void select(std::optional<std::uint32_t> entry, bool reveal);
    void followSelection(const QString &uid);
    void publishRange();
    void updateAccessibleText();
    QString tooltipFor(const TimelineHit &hit) const;
    static QString precisionText(Precision precision); // "to the minute"
    QTimeZone zoneOf(std::uint32_t entry) const;
    // The lanes' scroll bar: shown when the lanes need more height than the view has.
    void updateLaneBar();
    void revealLaneOf(std::uint32_t entry);

    EventSelection *m_selection;
    std::unique_ptr<TimelinePainter> m_painter;
    QScrollBar *m_laneBar;
    std::shared_ptr<TimelineIndex> m_index = std::make_shared<TimelineIndex>();
    QList<Era> m_eras;
    QHash<QString, QString> m_firstQuotes;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_eventZones = false;
    bool m_filtered = false;
    std::int64_t m_fromMs = 0;
    std::int64_t m_toMs = 86'400'000;
    std::optional<std::uint32_t> m_selected;
    std::optional<std::uint32_t> m_hovered;
    QPoint m_pressPos;
    std::int64_t m_pressFromMs = 0;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace tickerline
