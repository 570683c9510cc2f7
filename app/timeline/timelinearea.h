// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <memory>

class QComboBox;

namespace tickerline {

class EventFilterProxyModel;
class EventSelection;
class TimelineIndex;
class TimelineView;

// The timeline with its view options (lanes and display zone) above it. It shows the events the
// window's filters let through, so the table and the timeline always agree.
class TimelineArea final : public QWidget
{
    Q_OBJECT

public:
    TimelineArea(EventSelection *selection, EventFilterProxyModel *filter, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    QComboBox *laneChooser() const { return m_lanes; }
    QComboBox *zoneChooser() const { return m_zones; }

    // The index of every event (shared with the events table); the timeline shows the ones the
    // filter lets through.
    void setData(std::shared_ptr<TimelineIndex> index, const QList<Era> &eras,
                 const QHash<QString, QString> &firstQuotes);

    // The lanes and zone chosen, as a saved view keeps them.
    ViewSettings::Lanes lanes() const;
    ViewSettings::Zone zone() const;
    void setLanes(ViewSettings::Lanes lanes);
    void setZone(ViewSettings::Zone zone);

    // The index was edited in place: the timeline shows the change without being fitted again.
    void eventsEdited();

signals:
    // The zone the user chose; an invalid zone means "each event's own zone".
    void displayZoneChanged(const QTimeZone &zone);
    void eventActivated(const QString &uid);
    void emptySpaceActivated(std::int64_t ms);

private:
    void applyFilter();
    void applyZone();

    TimelineView *m_view;
    EventFilterProxyModel *m_filter;
    QComboBox *m_lanes;
    QComboBox *m_zones;
    std::shared_ptr<TimelineIndex> m_index;
    QList<Era> m_eras;
    bool m_fitted = false; // the range was fitted to the data once; later loads keep the user's range
};

} // namespace tickerline
