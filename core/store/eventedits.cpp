// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventedits.h"

#include "error.h"
#include "domain/uids.h"
#include "store/eventrules.h"
#include "store/rowwriter.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QSet>
#include <QTimeZone>

namespace tickerline {

namespace {

using RowId = RowWriter::RowId;

const QStringList kLinkTypes{QStringLiteral("responds-to"), QStringLiteral("caused"), QStringLiteral("follows"),
                             QStringLiteral("reports")};

RowId idOf(Database &db, const char *sql, const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    Statement find(db, sql);
    find.bind(1, key);
    return find.step() ? RowId(find.int64(0)) : std::nullopt;
}

RowId eventId(Database &db, const QString &uid)
{
    return idOf(db, "SELECT id FROM events WHERE uid = ?", uid);
}

std::int64_t requireEvent(Database &db, const QString &uid)
{
    const RowId id = eventId(db, uid);
    if (!id)
        throw Error(QStringLiteral("uid: no event \"%1\"").arg(uid));
    return *id;
}

bool rowIdFree(Database &db, const char *sql, std::int64_t id)
{
    Statement find(db, sql);
    find.bind(1, id);
    return !find.step();
}

RowId requireDataset(RowWriter &writer, const QString &uid)
{
    const RowId id = writer.datasetId(uid);
    if (!uid.isEmpty() && !id)
        throw Error(QStringLiteral("dataset: no dataset \"%1\"").arg(uid));
    return id;
}

// The row ids of the event's actors, in its order; an unknown actor or a repeated pair is refused.
QList<std::int64_t> actorIds(Database &db, const Event &event)
{
    QList<std::int64_t> ids;
    for (const EventActor &actor : event.actors) {
        const RowId id = idOf(db, "SELECT id FROM actors WHERE uid = ?", actor.actor);
        if (!id)
            throw Error(QStringLiteral("actors: no actor \"%1\"").arg(actor.actor));
        ids << *id;
    }
    checkEventActors(event);
    return ids;
}

void writeActorsAndSymbols(RowWriter &writer, std::int64_t id, const Event &event, const QList<std::int64_t> &actors)
{
    for (int i = 0; i < actors.size(); ++i)
        writer.insertEventActor(id, actors[i], event.actors[i].role, i);
    for (int i = 0; i < event.symbols.size(); ++i)
        writer.insertEventSymbol(id, event.symbols[i], i);
}

} // namespace

QStringList eventLinkTypes()
{
    return kLinkTypes;
}

void FileStore::addEvent(const Event &given)
{
    Database &db = m_db;
    Transaction transaction(db);
    const Event event = withDefaultZone(given);
    if (event.uid.trimmed().isEmpty())
        throw Error(QStringLiteral("uid: empty"));
    if (eventId(db, event.uid))
        throw Error(QStringLiteral("uid: event \"%1\" is already in the database").arg(event.uid));
    checkEventFields(event);
    const QList<std::int64_t> actors = actorIds(db, event);
    RowWriter writer(db);
    const std::int64_t id = writer.insertEvent(event, requireDataset(writer, event.dataset));
    writeActorsAndSymbols(writer, id, event, actors);
    transaction.commit();
}

void FileStore::updateEvent(const Event &given, const Event &expected)
{
    Database &db = m_db;
    Transaction transaction(db);
    const Event event = withDefaultZone(given);
    const std::int64_t id = requireEvent(db, event.uid);
    refuseIfChangedSince(expected, this->event(event.uid));
    QString storedTz;
    {
        Statement zone(db, "SELECT tz FROM events WHERE id = ?");
        storedTz = zone.bind(1, id).step() ? zone.text(0) : QString();
    }
    checkEventFields(event, storedTz);
    const QList<std::int64_t> actors = actorIds(db, event);
    RowWriter writer(db);
    writer.updateEvent(id, event);
    Statement clearActors(db, "DELETE FROM event_actors WHERE event_id = ?");
    clearActors.bind(1, id).run();
    Statement clearSymbols(db, "DELETE FROM event_symbols WHERE event_id = ?");
    clearSymbols.bind(1, id).run();
    writeActorsAndSymbols(writer, id, event, actors);
    transaction.commit();
}

EventRecord FileStore::removeEvent(const QString &uid, const std::optional<Event> &expected)
{
    Database &db = m_db;
    Transaction transaction(db);
    const std::optional<Event> event = this->event(uid);
    if (!event)
        throw Error(QStringLiteral("uid: no event \"%1\"").arg(uid));
    if (expected)
        refuseIfChangedSince(*expected, event);
    EventRecord record;
    record.event = *event;
    Statement links(db, "SELECT l.rowid, f.uid, t.uid, l.type FROM event_links l JOIN events f ON f.id = l.from_id "
                        "JOIN events t ON t.id = l.to_id WHERE l.from_id = ?1 OR l.to_id = ?1 ORDER BY l.rowid");
    links.bind(1, event->id);
    while (links.step()) {
        record.linkRowIds << links.int64(0);
        record.links << EventLink{links.text(1), links.text(2), links.text(3)};
    }
    Statement quotes(db, "SELECT uid FROM quotes WHERE event_id = ? ORDER BY id");
    quotes.bind(1, event->id);
    while (quotes.step())
        record.quotes << quotes.text(0);
    // Links, actors and symbols go with the row (ON DELETE CASCADE); quotes lose their event.
    Statement remove(db, "DELETE FROM events WHERE id = ?");
    remove.bind(1, event->id).run();
    transaction.commit();
    return record;
}

void FileStore::restoreEvent(const EventRecord &record)
{
    Database &db = m_db;
    Transaction transaction(db);
    const Event &event = record.event;
    if (event.uid.trimmed().isEmpty())
        throw Error(QStringLiteral("uid: empty"));
    if (eventId(db, event.uid))
        throw Error(QStringLiteral("uid: event \"%1\" is already in the database").arg(event.uid));
    // What was stored is put back as it was: its fields are not judged again.
    const QList<std::int64_t> actors = actorIds(db, event);
    RowWriter writer(db);
    const RowId wanted = event.id > 0 && rowIdFree(db, "SELECT 1 FROM events WHERE id = ?", event.id)
                             ? RowId(event.id)
                             : std::nullopt;
    const std::int64_t id = writer.insertEvent(event, requireDataset(writer, event.dataset), wanted);
    writeActorsAndSymbols(writer, id, event, actors);

    for (qsizetype i = 0; i < record.links.size(); ++i) {
        const EventLink &link = record.links[i];
        const std::int64_t from = requireEvent(db, link.from);
        const std::int64_t to = requireEvent(db, link.to);
        const std::int64_t rowId = i < record.linkRowIds.size() ? record.linkRowIds[i] : 0;
        const bool free = rowId > 0 && rowIdFree(db, "SELECT 1 FROM event_links WHERE rowid = ?", rowId);
        writer.insertLink(from, to, link.type, free ? RowId(rowId) : std::nullopt);
    }
    Statement repoint(db, "UPDATE quotes SET event_id = ? WHERE uid = ?");
    for (const QString &quote : record.quotes) {
        repoint.bind(1, id).bind(2, quote).run();
        if (db.changes() == 0)
            throw Error(QStringLiteral("quotes: no quote \"%1\"").arg(quote));
    }
    transaction.commit();
}

QList<EventLink> FileStore::linksOfEvent(const QString &uid)
{
    Statement links(m_db, "SELECT f.uid, t.uid, l.type FROM event_links l "
                                      "JOIN events f ON f.id = l.from_id JOIN events t ON t.id = l.to_id "
                                      "WHERE f.uid = ? ORDER BY l.rowid");
    links.bind(1, uid);
    QList<EventLink> found;
    while (links.step())
        found << EventLink{links.text(0), links.text(1), links.text(2)};
    return found;
}

void FileStore::setEventLinks(const QString &uid, const QList<EventLink> &links)
{
    Database &db = m_db;
    Transaction transaction(db);
    const std::int64_t from = requireEvent(db, uid);
    QList<QPair<std::int64_t, QString>> wanted;
    for (const EventLink &link : checkedLinksOf(uid, links)) {
        const RowId to = eventId(db, link.to);
        if (!to)
            throw Error(QStringLiteral("links: no event \"%1\"").arg(link.to));
        wanted.append({*to, link.type});
    }
    // Links that stay keep their rowid, and so their place in every listing.
    Statement existing(db, "SELECT rowid, to_id, type FROM event_links WHERE from_id = ?");
    existing.bind(1, from);
    QList<std::int64_t> stale;
    QList<QPair<std::int64_t, QString>> kept;
    while (existing.step()) {
        const QPair<std::int64_t, QString> key{existing.int64(1), existing.text(2)};
        if (wanted.contains(key))
            kept << key;
        else
            stale << existing.int64(0);
    }
    Statement remove(db, "DELETE FROM event_links WHERE rowid = ?");
    for (std::int64_t rowId : std::as_const(stale))
        remove.bind(1, rowId).run();
    RowWriter writer(db);
    for (const auto &[to, type] : std::as_const(wanted)) {
        if (!kept.contains({to, type}))
            writer.insertLink(from, to, type);
    }
    transaction.commit();
}

std::optional<Actor> findActor(Store &store, const QString &uidOrName)
{
    const QString wanted = uidOrName.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    const QList<Actor> actors = store.actors();
    for (const Actor &actor : actors) {
        if (actor.uid == wanted)
            return actor;
    }
    for (const Actor &actor : actors) {
        if (actor.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return actor;
    }
    return std::nullopt;
}

void FileStore::addActor(const Actor &actor)
{
    Database &db = m_db;
    Transaction transaction(db);
    if (actor.uid.trimmed().isEmpty())
        throw Error(QStringLiteral("uid: empty"));
    if (actor.name.trimmed().isEmpty())
        throw Error(QStringLiteral("name: empty"));
    if (idOf(db, "SELECT id FROM actors WHERE uid = ?", actor.uid))
        throw Error(QStringLiteral("uid: actor \"%1\" is already in the database").arg(actor.uid));
    RowWriter writer(db);
    writer.insertActor(actor, requireDataset(writer, actor.dataset));
    transaction.commit();
}

void FileStore::removeActorIfUnused(const QString &uid)
{
    Statement remove(m_db, "DELETE FROM actors WHERE uid = ? "
                                       "AND NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.actor_id = actors.id) "
                                       "AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = actors.id)");
    remove.bind(1, uid).run();
}

QStringList addActorsByName(Store &store, Event &event, const QString &dataset)
{
    QStringList added;
    for (EventActor &actor : event.actors) {
        if (store.contains(KeyedTable::Actors, actor.actor))
            continue;
        if (const std::optional<Actor> known = findActor(store, actor.actor)) {
            actor.actor = known->uid;
            continue;
        }
        const Actor made{uniqueActorUid(store, actor.actor), actor.actor.trimmed(), QString(), dataset};
        store.addActor(made);
        actor.actor = made.uid;
        added << made.uid;
    }
    return added;
}

QString uniqueActorUid(Store &store, const QString &name)
{
    const QString base = slugify(name);
    QString uid = base;
    for (int n = 2; store.contains(KeyedTable::Actors, uid); ++n)
        uid = QStringLiteral("%1-%2").arg(base).arg(n);
    return uid;
}

} // namespace tickerline
