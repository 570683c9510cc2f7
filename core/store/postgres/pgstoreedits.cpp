// SPDX-License-Identifier: GPL-3.0-or-later
// PgStore's edits of events and saved views by many analysts: versions, locks, notifications.
#include "pgstore.h"

#include "error.h"
#include "store/eventrules.h"
#include "store/postgres/pgstorerows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

using namespace pgrows;

namespace {

// One event with its actors and symbols; with `lock`, its row stays locked until the transaction ends.
std::optional<std::pair<std::int64_t, VersionedEvent>> storedEvent(PgConnection &db, const QString &uid, bool lock)
{
    const PgResult row = db.exec((QByteArray(kEventColumns) + "WHERE e.uid = $1" + (lock ? " FOR UPDATE OF e" : ""))
                                     .constData(),
                                 PgParams().add(uid));
    if (row.rows() == 0)
        return std::nullopt;
    const std::int64_t id = row.int64(0, 0);
    VersionedEvent stored{eventOf(row, 0), row.int64(0, 11)};
    const PgResult actors = db.exec("SELECT a.uid, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                                    "WHERE ea.event_id = $1 ORDER BY ea.position",
                                    PgParams().add(id));
    for (int r = 0; r < actors.rows(); ++r)
        stored.event.actors << EventActor{actors.text(r, 0), actors.text(r, 1)};
    const PgResult symbols = db.exec("SELECT symbol FROM event_symbols WHERE event_id = $1 ORDER BY position",
                                     PgParams().add(id));
    for (int r = 0; r < symbols.rows(); ++r)
        stored.event.symbols << symbols.text(r, 0);
    return std::pair{id, stored};
}

// What differs between two states of an event, by the names of the event form's fields.
QStringList changedFields(const Event &before, const Event &after)
{
    QStringList fields;
    const auto differs = [&](bool changed, const char *field) {
        if (changed)
            fields << QLatin1String(field);
    };
    differs(before.title != after.title, "title");
    differs(before.summary != after.summary, "summary");
    differs(before.kind != after.kind, "kind");
    differs(before.startMs != after.startMs, "start");
    differs(before.endMs != after.endMs, "end");
    differs(before.precision != after.precision, "precision");
    differs(before.uncertain != after.uncertain, "uncertain");
    differs(before.tz != after.tz, "tz");
    differs(before.actors != after.actors, "actors");
    differs(before.symbols != after.symbols, "symbols");
    return fields;
}

// The event as it is now, locked until the transaction ends, if it is still as `read` saw it.
std::pair<std::int64_t, VersionedEvent> unchangedSince(PgConnection &db, const VersionedEvent &read)
{
    const auto current = storedEvent(db, read.event.uid, true);
    if (!current)
        throw Error(QStringLiteral("uid: someone else deleted event \"%1\"; nothing was saved").arg(read.event.uid));
    if (current->second.version != read.version) {
        const QStringList changed = changedFields(read.event, current->second.event);
        throw Error(QStringLiteral("%1: someone else changed event \"%2\" since it was opened; nothing was saved, "
                                   "open it again to see their change")
                        .arg(changed.isEmpty() ? QStringLiteral("uid") : changed.join(QStringLiteral(", ")),
                             read.event.uid));
    }
    return *current;
}

std::vector<std::int64_t> actorIds(PgConnection &db, const Event &event)
{
    std::vector<std::int64_t> ids;
    for (const EventActor &actor : event.actors) {
        const PgResult found = db.exec("SELECT id FROM actors WHERE uid = $1", PgParams().add(actor.actor));
        if (found.rows() == 0)
            throw Error(QStringLiteral("actors: no actor \"%1\"").arg(actor.actor));
        ids.push_back(found.int64(0, 0));
    }
    checkEventActors(event);
    return ids;
}

void writeActorsAndSymbols(PgConnection &db, std::int64_t id, const Event &event, const std::vector<std::int64_t> &actors)
{
    for (std::size_t i = 0; i < actors.size(); ++i)
        db.exec("INSERT INTO event_actors(event_id, actor_id, role, position) VALUES ($1, $2, $3, $4)",
                PgParams().add(id).add(actors[i]).add(event.actors[qsizetype(i)].role).add(std::int64_t(i)));
    for (qsizetype i = 0; i < event.symbols.size(); ++i)
        db.exec("INSERT INTO event_symbols(event_id, symbol, position) VALUES ($1, $2, $3)",
                PgParams().add(id).add(event.symbols[i]).add(std::int64_t(i)));
}

} // namespace

namespace pgrows {

void notifyEvents(PgConnection &db, const QString &op, const QStringList &uids, qsizetype count)
{
    QJsonObject message{{QStringLiteral("op"), op}};
    if (count >= 0)
        message.insert(QStringLiteral("count"), double(count));
    QJsonObject withUids = message;
    withUids.insert(QStringLiteral("uids"), QJsonArray::fromStringList(uids));
    QByteArray payload = QJsonDocument(withUids).toJson(QJsonDocument::Compact);
    if (payload.size() > 7900) // a notification holds 8,000 bytes: the windows then reload all
        payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    db.exec("SELECT pg_notify($1, $2)", PgParams().add(QString::fromLatin1(PgStore::kEventsChannel))
                                            .add(QString::fromUtf8(payload)));
}

} // namespace pgrows

void PgStore::saveView(const SavedView &view)
{
    requireWritable();
    if (view.name.trimmed().isEmpty())
        throw Error(QStringLiteral("name: a view needs a name"));
    PgTransaction transaction(m_db);
    std::optional<std::int64_t> dataset;
    if (!view.dataset.isEmpty()) {
        const PgResult found = m_db.exec("SELECT id FROM datasets WHERE uid = $1", PgParams().add(view.dataset));
        if (found.rows() == 0)
            throw Error(QStringLiteral("dataset: no dataset \"%1\"").arg(view.dataset));
        dataset = found.int64(0, 0);
    }
    const QByteArray settings = QJsonDocument(view.settings.toJson()).toJson(QJsonDocument::Compact);
    m_db.exec("INSERT INTO views(name, settings, dataset_id) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE "
              "SET settings = excluded.settings, dataset_id = excluded.dataset_id, version = views.version + 1",
              PgParams().add(view.name).add(QString::fromUtf8(settings)).add(dataset));
    transaction.commit();
}

void PgStore::removeView(const QString &name)
{
    requireWritable();
    if (m_db.exec("DELETE FROM views WHERE name = $1", PgParams().add(name)).affected() == 0)
        throw Error(QStringLiteral("name: no view \"%1\"").arg(name));
}


std::optional<VersionedEvent> PgStore::event(const QString &uid)
{
    const auto stored = storedEvent(m_db, uid, false);
    return stored ? std::optional<VersionedEvent>(stored->second) : std::nullopt;
}

void PgStore::addEvent(const Event &given)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const Event event = withDefaultZone(given);
    if (event.uid.trimmed().isEmpty())
        throw Error(QStringLiteral("uid: empty"));
    if (m_db.exec("SELECT 1 FROM events WHERE uid = $1", PgParams().add(event.uid)).rows() > 0)
        throw Error(QStringLiteral("uid: event \"%1\" is already in the database").arg(event.uid));
    checkEventFields(event);
    const std::vector<std::int64_t> actors = actorIds(m_db, event);
    std::optional<std::int64_t> dataset;
    if (!event.dataset.isEmpty()) {
        const PgResult found = m_db.exec("SELECT id FROM datasets WHERE uid = $1", PgParams().add(event.dataset));
        if (found.rows() == 0)
            throw Error(QStringLiteral("dataset: no dataset \"%1\"").arg(event.dataset));
        dataset = found.int64(0, 0);
    }
    const std::int64_t id = insertedId(m_db,
                                       "INSERT INTO events(uid, title, summary, kind, start_ms, end_ms, precision, "
                                       "uncertain, tz, dataset_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
                                       "RETURNING id",
                                       PgParams().add(event.uid).add(event.title).add(event.summary)
                                           .add(toString(event.kind)).add(event.startMs).add(event.endMs)
                                           .add(toString(event.precision)).add(event.uncertain).add(event.tz)
                                           .add(dataset));
    writeActorsAndSymbols(m_db, id, event, actors);
    notifyEvents(m_db, QStringLiteral("insert"), {event.uid});
    transaction.commit();
}

void PgStore::updateEvent(const Event &edited, const VersionedEvent &read)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const Event event = withDefaultZone(edited);
    const auto [id, current] = unchangedSince(m_db, read);
    checkEventFields(event, current.event.tz);
    const std::vector<std::int64_t> actors = actorIds(m_db, event);
    m_db.exec("UPDATE events SET title = $1, summary = $2, kind = $3, start_ms = $4, end_ms = $5, precision = $6, "
              "uncertain = $7, tz = $8, version = version + 1 WHERE id = $9",
              PgParams().add(event.title).add(event.summary).add(toString(event.kind)).add(event.startMs)
                  .add(event.endMs).add(toString(event.precision)).add(event.uncertain).add(event.tz).add(id));
    m_db.exec("DELETE FROM event_actors WHERE event_id = $1", PgParams().add(id));
    m_db.exec("DELETE FROM event_symbols WHERE event_id = $1", PgParams().add(id));
    writeActorsAndSymbols(m_db, id, event, actors);
    notifyEvents(m_db, QStringLiteral("update"), {event.uid});
    transaction.commit();
}

void PgStore::removeEvent(const VersionedEvent &read)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const auto [id, current] = unchangedSince(m_db, read);
    m_db.exec("DELETE FROM events WHERE id = $1", PgParams().add(id));
    notifyEvents(m_db, QStringLiteral("delete"), {current.event.uid});
    transaction.commit();
}

} // namespace tickerline
