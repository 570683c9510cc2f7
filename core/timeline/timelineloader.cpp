// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineloader.h"

#include "store/store.h"

namespace tickerline {

TimelineIndex loadTimelineIndex(Store &store, LaneMode mode)
{
    TimelineIndex index;
    QHash<QString, QString> actorNames;
    for (const Actor &actor : store.actors())
        actorNames.insert(actor.uid, actor.name);
    index.setActorNames(actorNames);
    store.forEachEventRow([&index](const EventRow &row) {
        index.addEvent(row.uid, row.title, row.kind, row.startMs, row.endMs, row.precision, row.uncertain, row.tz,
                       row.actors, row.symbols);
    });
    index.finish(mode);
    return index;
}

} // namespace tickerline
