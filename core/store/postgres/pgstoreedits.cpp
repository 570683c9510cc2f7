// SPDX-License-Identifier: GPL-3.0-or-later
// PgStore's edits of events and saved views by many analysts: versions, locks, notifications.
#include "pgstore.h"

#include "error.h"
#include "store/eventedits.h"
#include "store/eventrules.h"
#include "store/postgres/pgstorerows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

using namespace pgrows;

namespace {

// One event with its actors and symbols; with `lock`, its row stays locked until the transaction ends.
std::optional<std::pair<std::int64_t, Event>> storedEvent(PgConnection &db, const QString &uid, bool lock)
{
    const PgResult row = db.exec((QByteArray(kEventColumns) + "WHERE e.uid = $1" + (lock ? " FOR UPDATE OF e" : ""))
                                     .constData(),
                                 PgParams().add(uid));
    if (row.rows() == 0)
        return std::nullopt;
    const std::int64_t id = row.int64(0, 0);
    Event stored = eventOf(row, 0);
    const PgResult actors = db.exec("SELECT a.uid, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                                    "WHERE ea.event_id = $1 ORDER BY ea.position",
                                    PgParams().add(id));
    for (int r = 0; r < actors.rows(); ++r)
        stored.actors << EventActor{actors.text(r, 0), actors.text(r, 1)};
    const PgResult symbols = db.exec("SELECT symbol FROM event_symbols WHERE event_id = $1 ORDER BY position",
                                     PgParams().add(id));
    for (int r = 0; r < symbols.rows(); ++r)
        stored.symbols << symbols.text(r, 0);
    return std::pair{id, stored};
}

// Event `uid` as it is now, locked until the transaction ends, if it is still as the editor read it.
std::pair<std::int64_t, Event> unchangedSince(PgConnection &db, const QString &uid, const Event &expected)
{
    const auto current = storedEvent(db, uid, true);
    if (!current)
        throw Error(QStringLiteral("uid: no event \"%1\"").arg(uid));
    refuseIfChangedSince(expected, current->second);
    return *current;
}

std::int64_t requireEvent(PgConnection &db, const QString &uid)
{
    const std::optional<std::int64_t> id = idOf(db, KeyedTable::Events, uid);
    if (!id)
        throw Error(QStringLiteral("uid: no event \"%1\"").arg(uid));
    return *id;
}

std::optional<std::int64_t> requireDataset(PgConnection &db, const QString &uid)
{
    const std::optional<std::int64_t> id = idOf(db, KeyedTable::Datasets, uid);
    if (!uid.isEmpty() && !id)
        throw Error(QStringLiteral("dataset: no dataset \"%1\"").arg(uid));
    return id;
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

void notifyChange(PgConnection &db, const QString &op, const QStringList &uids, qsizetype count)
{
    QJsonObject message{{QStringLiteral("op"), op}};
    if (count >= 0)
        message.insert(QStringLiteral("count"), double(count));
    QJsonObject withUids = message;
    withUids.insert(QStringLiteral("uids"), QJsonArray::fromStringList(uids));
    QByteArray payload = QJsonDocument(withUids).toJson(QJsonDocument::Compact);
    if (payload.size() > 7900) // a notification holds 8,000 bytes: the windows then reload all
        payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    db.exec("SELECT pg_notify($1, $2)", PgParams().add(QString::fromLatin1(PgStore::kChangesChannel))
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


std::optional<Event> PgStore::event(const QString &uid)
{
    const auto stored = storedEvent(m_db, uid, false);
    return stored ? std::optional<Event>(stored->second) : std::nullopt;
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
    const std::optional<std::int64_t> dataset = requireDataset(m_db, event.dataset);
    const std::int64_t id = insertedId(m_db,
                                       "INSERT INTO events(uid, title, summary, kind, start_ms, end_ms, precision, "
                                       "uncertain, tz, dataset_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
                                       "RETURNING id",
                                       PgParams().add(event.uid).add(event.title).add(event.summary)
                                           .add(toString(event.kind)).add(event.startMs).add(event.endMs)
                                           .add(toString(event.precision)).add(event.uncertain).add(event.tz)
                                           .add(dataset));
    writeActorsAndSymbols(m_db, id, event, actors);
    notifyChange(m_db, QStringLiteral("insert"), {event.uid});
    transaction.commit();
}

void PgStore::updateEvent(const Event &edited, const Event &expected)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const Event event = withDefaultZone(edited);
    const auto [id, current] = unchangedSince(m_db, event.uid, expected);
    checkEventFields(event, current.tz);
    const std::vector<std::int64_t> actors = actorIds(m_db, event);
    m_db.exec("UPDATE events SET title = $1, summary = $2, kind = $3, start_ms = $4, end_ms = $5, precision = $6, "
              "uncertain = $7, tz = $8, version = version + 1 WHERE id = $9",
              PgParams().add(event.title).add(event.summary).add(toString(event.kind)).add(event.startMs)
                  .add(event.endMs).add(toString(event.precision)).add(event.uncertain).add(event.tz).add(id));
    m_db.exec("DELETE FROM event_actors WHERE event_id = $1", PgParams().add(id));
    m_db.exec("DELETE FROM event_symbols WHERE event_id = $1", PgParams().add(id));
    writeActorsAndSymbols(m_db, id, event, actors);
    notifyChange(m_db, QStringLiteral("update"), {event.uid});
    transaction.commit();
}

EventRecord PgStore::removeEvent(const QString &uid, const std::optional<Event> &expected)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const auto stored = storedEvent(m_db, uid, true);
    if (!stored)
        throw Error(QStringLiteral("uid: no event \"%1\"").arg(uid));
    if (expected)
        refuseIfChangedSince(*expected, stored->second);
    const std::int64_t id = stored->first;
    EventRecord record;
    record.event = stored->second;
    const PgResult links = m_db.exec("SELECT l.id, f.uid, t.uid, l.type FROM event_links l "
                                     "JOIN events f ON f.id = l.from_id JOIN events t ON t.id = l.to_id "
                                     "WHERE l.from_id = $1 OR l.to_id = $1 ORDER BY l.id",
                                     PgParams().add(id));
    for (int r = 0; r < links.rows(); ++r) {
        record.linkRowIds << links.int64(r, 0);
        record.links << EventLink{links.text(r, 1), links.text(r, 2), links.text(r, 3)};
    }
    const PgResult quotes = m_db.exec("SELECT uid FROM quotes WHERE event_id = $1 ORDER BY id", PgParams().add(id));
    for (int r = 0; r < quotes.rows(); ++r)
        record.quotes << quotes.text(r, 0);
    // Links, actors and symbols go with the row (ON DELETE CASCADE); quotes lose their event.
    m_db.exec("DELETE FROM events WHERE id = $1", PgParams().add(id));
    notifyChange(m_db, QStringLiteral("delete"), {uid});
    transaction.commit();
    return record;
}

void PgStore::restoreEvent(const EventRecord &record)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const Event &event = record.event;
    if (event.uid.trimmed().isEmpty())
        throw Error(QStringLiteral("uid: empty"));
    if (idOf(m_db, KeyedTable::Events, event.uid))
        throw Error(QStringLiteral("uid: event \"%1\" is already in the database").arg(event.uid));
    // What was stored is put back as it was: its fields are not judged again.
    const std::vector<std::int64_t> actors = actorIds(m_db, event);
    const bool idFree = event.id > 0 && m_db.exec("SELECT 1 FROM events WHERE id = $1", PgParams().add(event.id)).rows() == 0;
    PgParams fields;
    fields.add(event.uid).add(event.title).add(event.summary).add(toString(event.kind)).add(event.startMs)
        .add(event.endMs).add(toString(event.precision)).add(event.uncertain).add(event.tz)
        .add(requireDataset(m_db, event.dataset));
    if (idFree)
        fields.add(event.id);
    const std::int64_t id = insertedId(m_db,
                                       idFree ? "INSERT INTO events(uid, title, summary, kind, start_ms, end_ms, precision, "
                                                "uncertain, tz, dataset_id, id) "
                                                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id"
                                              : "INSERT INTO events(uid, title, summary, kind, start_ms, end_ms, precision, "
                                                "uncertain, tz, dataset_id) "
                                                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                                       fields);
    writeActorsAndSymbols(m_db, id, event, actors);
    for (qsizetype i = 0; i < record.links.size(); ++i) {
        const EventLink &link = record.links[i];
        const std::int64_t from = requireEvent(m_db, link.from);
        const std::int64_t to = requireEvent(m_db, link.to);
        const std::int64_t linkId = i < record.linkRowIds.size() ? record.linkRowIds[i] : 0;
        const bool free =
            linkId > 0 && m_db.exec("SELECT 1 FROM event_links WHERE id = $1", PgParams().add(linkId)).rows() == 0;
        if (free)
            m_db.exec("INSERT INTO event_links(id, from_id, to_id, type) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4)",
                      PgParams().add(linkId).add(from).add(to).add(link.type));
        else
            m_db.exec("INSERT INTO event_links(from_id, to_id, type) VALUES ($1, $2, $3)",
                      PgParams().add(from).add(to).add(link.type));
    }
    for (const QString &quote : record.quotes) {
        if (m_db.exec("UPDATE quotes SET event_id = $1, version = version + 1 WHERE uid = $2",
                      PgParams().add(id).add(quote))
                .affected() == 0)
            throw Error(QStringLiteral("quotes: no quote \"%1\"").arg(quote));
    }
    notifyChange(m_db, QStringLiteral("restore"), {event.uid});
    transaction.commit();
}

QList<EventLink> PgStore::linksOfEvent(const QString &uid)
{
    const PgResult rows = m_db.exec("SELECT f.uid, t.uid, l.type FROM event_links l "
                                    "JOIN events f ON f.id = l.from_id JOIN events t ON t.id = l.to_id "
                                    "WHERE f.uid = $1 ORDER BY l.id",
                                    PgParams().add(uid));
    QList<EventLink> links;
    for (int r = 0; r < rows.rows(); ++r)
        links << EventLink{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2)};
    return links;
}

void PgStore::setEventLinks(const QString &uid, const QList<EventLink> &links)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const std::int64_t from = requireEvent(m_db, uid);
    QList<QPair<std::int64_t, QString>> wanted;
    for (const EventLink &link : checkedLinksOf(uid, links)) {
        const std::optional<std::int64_t> to = idOf(m_db, KeyedTable::Events, link.to);
        if (!to)
            throw Error(QStringLiteral("links: no event \"%1\"").arg(link.to));
        wanted.append({*to, link.type});
    }
    // Links that stay keep their id, and so their place in every listing.
    const PgResult existing =
        m_db.exec("SELECT id, to_id, type FROM event_links WHERE from_id = $1 FOR UPDATE", PgParams().add(from));
    QList<QPair<std::int64_t, QString>> kept;
    for (int r = 0; r < existing.rows(); ++r) {
        const QPair<std::int64_t, QString> key{existing.int64(r, 1), existing.text(r, 2)};
        if (wanted.contains(key))
            kept << key;
        else
            m_db.exec("DELETE FROM event_links WHERE id = $1", PgParams().add(existing.int64(r, 0)));
    }
    for (const auto &[to, type] : std::as_const(wanted)) {
        if (!kept.contains({to, type}))
            m_db.exec("INSERT INTO event_links(from_id, to_id, type) VALUES ($1, $2, $3)",
                      PgParams().add(from).add(to).add(type));
    }
    notifyChange(m_db, QStringLiteral("links"), {uid});
    transaction.commit();
}

void PgStore::addActor(const Actor &actor)
{
    requireWritable();
    PgTransaction transaction(m_db);
    if (actor.uid.trimmed().isEmpty())
        throw Error(QStringLiteral("uid: empty"));
    if (actor.name.trimmed().isEmpty())
        throw Error(QStringLiteral("name: empty"));
    if (idOf(m_db, KeyedTable::Actors, actor.uid))
        throw Error(QStringLiteral("uid: actor \"%1\" is already in the database").arg(actor.uid));
    insertActor(m_db, actor, requireDataset(m_db, actor.dataset));
    notifyChange(m_db, QStringLiteral("actors"));
    transaction.commit();
}

void PgStore::removeActorIfUnused(const QString &uid)
{
    requireWritable();
    PgTransaction transaction(m_db);
    if (m_db.exec("DELETE FROM actors WHERE uid = $1 "
                  "AND NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.actor_id = actors.id) "
                  "AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = actors.id)",
                  PgParams().add(uid))
            .affected() > 0)
        notifyChange(m_db, QStringLiteral("actors"));
    transaction.commit();
}

} // namespace tickerline
