// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfileimport.h"

#include "error.h"
#include "imports/formatregistry.h"
#include "imports/snapshotimport.h"
#include "io/tickerlinejson.h"
#include "store/store.h"

#include <QHash>
#include <QSet>

namespace tickerline {

void reconcileActorsWithStore(Store &store, Snapshot &snapshot)
{
    if (snapshot.actors.isEmpty())
        return;
    QHash<QString, Actor> existingByName; // case-folded name → actor
    QSet<QString> storeUids;
    for (const Actor &actor : store.actors()) {
        existingByName.insert(actor.name.toCaseFolded(), actor);
        storeUids.insert(actor.uid);
    }
    QSet<QString> takenUids = storeUids;
    for (const Actor &actor : std::as_const(snapshot.actors))
        takenUids.insert(actor.uid);

    QHash<QString, QString> renamed;
    QList<Actor> kept;
    for (Actor actor : std::as_const(snapshot.actors)) {
        const auto same = existingByName.constFind(actor.name.toCaseFolded());
        if (same != existingByName.constEnd() && (actor.kind.isEmpty() || actor.kind == same->kind)) {
            renamed.insert(actor.uid, same->uid);
            continue;
        }
        if (storeUids.contains(actor.uid)) {
            int n = 2;
            QString uid;
            do
                uid = actor.uid + QLatin1Char('-') + QString::number(n++);
            while (takenUids.contains(uid));
            takenUids.insert(uid);
            renamed.insert(actor.uid, uid);
            actor.uid = uid;
        }
        kept << actor;
    }
    snapshot.actors = kept;
    if (renamed.isEmpty())
        return;
    for (Event &event : snapshot.events) {
        for (EventActor &actor : event.actors)
            actor.actor = renamed.value(actor.actor, actor.actor);
    }
    for (Quote &quote : snapshot.quotes)
        quote.speaker = renamed.value(quote.speaker, quote.speaker);
}

void importEventSnapshot(Store &store, Snapshot &snapshot, const QString &fileName)
{
    reconcileActorsWithStore(store, snapshot);
    writeEventSnapshot(store, snapshot, fileName);
}

void writeEventSnapshot(Store &store, const Snapshot &snapshot, const QString &fileName)
{
    try {
        store.importSnapshot(snapshot);
    } catch (const Error &error) {
        throw Error(QStringLiteral("%1: %2").arg(fileName, error.message()));
    }
}

Snapshot importEventFile(Store &store, const QByteArray &data, const QString &fileName, EventFormat format)
{
    if (format == EventFormat::Auto) {
        const FileFormat *detected = FormatRegistry::instance().detect(data, fileName);
        format = detected ? eventFormatFromString(detected->name).value_or(EventFormat::Auto) : EventFormat::Auto;
        if (format == EventFormat::Auto)
            throw Error(QStringLiteral("%1:1: not an event file (expected Tickerline JSON, an events CSV with title "
                                       "and start columns, TimelineJS JSON or its spreadsheet CSV, a .timeline "
                                       "file or an iCalendar file)")
                            .arg(fileName));
    }
    if (format == EventFormat::Tickerline) {
        const Snapshot snapshot = readTickerlineJson(data, fileName);
        importTickerlineJson(store, snapshot, data, fileName);
        return snapshot;
    }
    Snapshot snapshot = readEventFile(data, fileName, format);
    importEventSnapshot(store, snapshot, fileName);
    return snapshot;
}

} // namespace tickerline
