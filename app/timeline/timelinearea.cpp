// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinearea.h"

#include "models/eventfilterproxymodel.h"
#include "models/eventtablemodel.h"
#include "timeline/timelineindex.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace tickerline {

TimelineArea::TimelineArea(EventSelection *selection, EventFilterProxyModel *filter, QWidget *parent)
    : QWidget(parent), m_view(new TimelineView(selection, this)), m_filter(filter), m_lanes(new QComboBox(this)),
      m_zones(new QComboBox(this))
{
    setObjectName(QStringLiteral("timelineArea"));
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setWhatsThis(tr("Wheel: zoom around the cursor · drag: pan · ←/→: previous/next event · +/−: zoom · "
                            "Home/End: first/last event · Enter: open the event's source"));

    m_lanes->setObjectName(QStringLiteral("laneChooser"));
    m_lanes->addItem(tr("Kind"), int(LaneMode::ByKind));
    m_lanes->addItem(tr("Actor"), int(LaneMode::ByActor));
    m_lanes->addItem(tr("Symbol"), int(LaneMode::BySymbol));
    connect(m_lanes, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setLaneMode(LaneMode(m_lanes->currentData().toInt())); });

    m_zones->setObjectName(QStringLiteral("zoneChooser"));
    m_zones->addItem(tr("New York (the market)"), QStringLiteral("America/New_York"));
    m_zones->addItem(tr("UTC"), QStringLiteral("UTC"));
    m_zones->addItem(tr("Each event's own zone"), QString());
    m_zones->addItem(tr("This computer (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                     QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    connect(m_zones, &QComboBox::currentIndexChanged, this, &TimelineArea::applyZone);

    auto *options = new QHBoxLayout;
    options->setContentsMargins(8, 4, 8, 0);
    options->addWidget(new QLabel(tr("Lanes by"), this));
    options->addWidget(m_lanes);
    options->addSpacing(16);
    options->addWidget(new QLabel(tr("Times in"), this));
    options->addWidget(m_zones);
    options->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);

    connect(m_view, &TimelineView::eventActivated, this, &TimelineArea::eventActivated);
    connect(m_view, &TimelineView::emptySpaceActivated, this, &TimelineArea::emptySpaceActivated);
    connect(m_filter, &EventFilterProxyModel::filterChanged, this, &TimelineArea::applyFilter);
}

void TimelineArea::setData(std::shared_ptr<TimelineIndex> index, const QList<Era> &eras,
                           const QHash<QString, QString> &firstQuotes)
{
    m_index = std::move(index);
    m_eras = eras;
    m_view->setFirstQuotes(firstQuotes);
    applyFilter();
    if (!m_fitted && m_index && !m_index->isEmpty()) {
        m_view->showAll();
        m_fitted = true;
    }
    applyZone();
}

ViewSettings::Lanes TimelineArea::lanes() const
{
    return ViewSettings::Lanes(m_lanes->currentData().toInt());
}

void TimelineArea::setLanes(ViewSettings::Lanes lanes)
{
    m_lanes->setCurrentIndex(std::max(0, m_lanes->findData(int(lanes))));
}

ViewSettings::Zone TimelineArea::zone() const
{
    const QString id = m_zones->currentData().toString();
    return id == QLatin1String("America/New_York") ? ViewSettings::Zone::NewYork
           : id == QLatin1String("UTC")            ? ViewSettings::Zone::Utc
           : id.isEmpty()                          ? ViewSettings::Zone::Event
                                                   : ViewSettings::Zone::System;
}

void TimelineArea::setZone(ViewSettings::Zone zone)
{
    int row = m_zones->count() - 1; // the system's zone comes last
    if (zone == ViewSettings::Zone::NewYork)
        row = m_zones->findData(QStringLiteral("America/New_York"));
    else if (zone == ViewSettings::Zone::Utc)
        row = m_zones->findData(QStringLiteral("UTC"));
    else if (zone == ViewSettings::Zone::Event)
        row = m_zones->findData(QString());
    m_zones->setCurrentIndex(std::max(0, row));
}

void TimelineArea::eventsEdited()
{
    if (m_view->isFiltered())
        applyFilter(); // the filtered view has an index of its own, made from the proxy's rows
    else
        m_view->indexEdited();
}

void TimelineArea::applyFilter()
{
    if (!m_index)
        return;
    const auto from = m_view->visibleFromMs();
    const auto to = m_view->visibleToMs();
    const bool filtered = !(m_filter->allKindsVisible() && m_filter->text().isEmpty());
    m_view->setFiltered(filtered);
    if (!filtered) {
        m_view->setSharedIndex(m_index, m_eras); // nothing filtered: the table's own index
    } else {
        // The proxy's source rows are the index's entries.
        const std::vector<std::uint32_t> shown = m_filter->acceptedSourceRows();
        if (shown.size() == m_index->size())
            m_view->setSharedIndex(m_index, m_eras); // the filter keeps every event
        else
            m_view->setIndex(m_index->subset(shown), m_eras);
    }
    if (m_fitted)
        m_view->setVisibleRange(from, to);
}

void TimelineArea::applyZone()
{
    const QString id = m_zones->currentData().toString();
    if (id.isEmpty()) {
        m_view->setEventZoneMode();
        emit displayZoneChanged(QTimeZone());
        return;
    }
    const QTimeZone zone = id == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(id.toUtf8());
    m_view->setDisplayZone(zone);
    emit displayZoneChanged(zone);
}

} // namespace tickerline
