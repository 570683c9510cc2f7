// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinearea.h"

#include "models/eventfilterproxymodel.h"
#include "models/eventtablemodel.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

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
    connect(m_filter, &EventFilterProxyModel::filterChanged, this, &TimelineArea::applyFilter);
}

void TimelineArea::setData(const QList<Event> &events, const QList<Era> &eras,
                           const QHash<QString, QString> &actorNames, const QHash<QString, QString> &firstQuotes)
{
    m_events = events;
    m_eras = eras;
    m_actorNames = actorNames;
    m_view->setFirstQuotes(firstQuotes);
    applyFilter();
    if (!m_fitted && !events.isEmpty()) {
        m_view->showAll();
        m_fitted = true;
    }
    applyZone();
}

void TimelineArea::applyFilter()
{
    const auto from = m_view->visibleFromMs();
    const auto to = m_view->visibleToMs();
    if (m_filter->allKindsVisible() && m_filter->text().isEmpty()) {
        m_view->setEvents(m_events, m_eras, m_actorNames); // nothing filtered: no per-row work
        if (m_fitted)
            m_view->setVisibleRange(from, to);
        return;
    }
    // The proxy already decided which rows pass; the timeline draws the same events.
    QSet<QString> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.insert(m_filter->index(row, 0).data(EventTableModel::UidRole).toString());
    QList<Event> visible;
    visible.reserve(shown.size());
    for (const Event &event : std::as_const(m_events)) {
        if (shown.contains(event.uid))
            visible << event;
    }
    m_view->setEvents(visible, m_eras, m_actorNames);
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
