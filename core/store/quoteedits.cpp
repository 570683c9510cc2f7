// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteedits.h"

#include "error.h"
#include "domain/uids.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QDateTime>

namespace tickerline {

namespace {

std::optional<std::int64_t> idOf(Database &db, const char *sql, const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    Statement find(db, sql);
    find.bind(1, key);
    if (!find.step())
        return std::nullopt;
    return find.int64(0);
}

std::optional<std::int64_t> sourceId(Database &db, const QString &uid)
{
    return idOf(db, "SELECT id FROM sources WHERE uid = ?", uid);
}

std::optional<std::int64_t> eventId(Database &db, const QString &uid)
{
    return idOf(db, "SELECT id FROM events WHERE uid = ?", uid);
}

std::optional<std::int64_t> actorId(Database &db, const QString &uid)
{
    return idOf(db, "SELECT id FROM actors WHERE uid = ?", uid);
}

std::optional<std::int64_t> datasetId(Database &db, const QString &uid)
{
    return idOf(db, "SELECT id FROM datasets WHERE uid = ?", uid);
}

// An empty uid is "none"; a non-empty one must name a row.
std::optional<std::int64_t> requiredIfNamed(std::optional<std::int64_t> id, const QString &uid, const QString &what,
                                            const QString &owner)
{
    if (!uid.isEmpty() && !id)
        throw Error(QStringLiteral("%1 names an unknown %2 \"%3\"").arg(owner, what, uid));
    return id;
}

bool exists(Database &db, const char *sql, const QString &uid)
{
    return idOf(db, sql, uid).has_value();
}

QString uniqueUid(Database &db, const char *sql, const QString &base)
{
    QString uid = base;
    for (int n = 2; exists(db, sql, uid); ++n)
        uid = QStringLiteral("%1-%2").arg(base).arg(n);
    return uid;
}

} // namespace

void addQuote(Store &store, const Quote &quote)
{
    Database &db = store.database();
    Transaction transaction(db);
    const QString owner = QStringLiteral("quote \"%1\"").arg(quote.uid);
    if (quote.uid.isEmpty())
        throw Error(QStringLiteral("a quote needs a uid"));
    if (exists(db, "SELECT id FROM quotes WHERE uid = ?", quote.uid))
        throw Error(QStringLiteral("quote \"%1\" is already in the database").arg(quote.uid));
    const auto source = sourceId(db, quote.source);
    if (!source)
        throw Error(QStringLiteral("%1 names an unknown source \"%2\"").arg(owner, quote.source));
    if (quote.start < 0 || quote.end < quote.start)
        throw Error(QStringLiteral("%1: start %2 and end %3 are not a span").arg(owner).arg(quote.start).arg(quote.end));
    const auto event = requiredIfNamed(eventId(db, quote.event), quote.event, QStringLiteral("event"), owner);
    const auto speaker = requiredIfNamed(actorId(db, quote.speaker), quote.speaker, QStringLiteral("speaker"), owner);

    Statement insert(db, "INSERT INTO quotes(uid, source_id, event_id, speaker_id, exact, prefix, suffix, "
                         "pos_start, pos_end, status, score, dataset_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, quote.uid).bind(2, *source).bind(3, event).bind(4, speaker);
    insert.bind(5, quote.exact).bind(6, quote.prefix).bind(7, quote.suffix).bind(8, quote.start);
    insert.bind(9, quote.end).bind(10, toString(quote.status)).bind(11, quote.score);
    insert.bind(12, datasetId(db, quote.dataset)).run();
    transaction.commit();
}

void removeQuote(Store &store, const QString &uid)
{
    Database &db = store.database();
    Transaction transaction(db);
    Statement remove(db, "DELETE FROM quotes WHERE uid = ?");
    remove.bind(1, uid).run();
    if (db.changes() == 0)
        throw Error(QStringLiteral("no quote \"%1\" to remove").arg(uid));
    transaction.commit();
}

void relinkQuote(Store &store, const QString &uid, const QString &eventUid, const QString &speakerUid)
{
    Database &db = store.database();
    Transaction transaction(db);
    const QString owner = QStringLiteral("quote \"%1\"").arg(uid);
    const auto event = requiredIfNamed(eventId(db, eventUid), eventUid, QStringLiteral("event"), owner);
    const auto speaker = requiredIfNamed(actorId(db, speakerUid), speakerUid, QStringLiteral("speaker"), owner);
    Statement update(db, "UPDATE quotes SET event_id = ?, speaker_id = ? WHERE uid = ?");
    update.bind(1, event).bind(2, speaker).bind(3, uid).run();
    if (db.changes() == 0)
        throw Error(QStringLiteral("no quote \"%1\" to link").arg(uid));
    transaction.commit();
}

void addEvent(Store &store, const Event &event)
{
    Database &db = store.database();
    Transaction transaction(db);
    const QString owner = QStringLiteral("event \"%1\"").arg(event.uid);
    if (event.uid.isEmpty())
        throw Error(QStringLiteral("an event needs a uid"));
    if (event.title.trimmed().isEmpty())
        throw Error(QStringLiteral("%1: title: empty").arg(owner));
    if (eventId(db, event.uid))
        throw Error(QStringLiteral("%1 is already in the database").arg(owner));
    if (event.endMs && *event.endMs < event.startMs)
        throw Error(QStringLiteral("%1: end: before the start").arg(owner));

    Statement insert(db, "INSERT INTO events(uid, title, summary, kind, start_ms, end_ms, precision, uncertain, tz, "
                         "dataset_id) VALUES (?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, event.uid).bind(2, event.title).bind(3, event.summary).bind(4, toString(event.kind));
    insert.bind(5, event.startMs).bind(6, event.endMs).bind(7, toString(event.precision));
    insert.bind(8, event.uncertain).bind(9, event.tz.isEmpty() ? QStringLiteral("UTC") : event.tz);
    insert.bind(10, datasetId(db, event.dataset)).run();
    const std::int64_t id = db.lastInsertRowId();

    Statement insertActor(db, "INSERT INTO event_actors(event_id, actor_id, role, position) VALUES (?,?,?,?)");
    for (int i = 0; i < event.actors.size(); ++i) {
        const auto actor = actorId(db, event.actors[i].actor);
        if (!actor)
            throw Error(QStringLiteral("%1 names an unknown actor \"%2\"").arg(owner, event.actors[i].actor));
        insertActor.bind(1, id).bind(2, *actor).bind(3, event.actors[i].role).bind(4, i).run();
    }
    Statement insertSymbol(db, "INSERT INTO event_symbols(event_id, ticker, position) VALUES (?,?,?)");
    for (int i = 0; i < event.symbols.size(); ++i)
        insertSymbol.bind(1, id).bind(2, event.symbols[i]).bind(3, i).run();
    transaction.commit();
}

void removeEvent(Store &store, const QString &uid)
{
    Database &db = store.database();
    Transaction transaction(db);
    Statement remove(db, "DELETE FROM events WHERE uid = ?");
    remove.bind(1, uid).run();
    if (db.changes() == 0)
        throw Error(QStringLiteral("no event \"%1\" to remove").arg(uid));
    transaction.commit();
}

void ensureDataset(Store &store, const DatasetInfo &info)
{
    Database &db = store.database();
    if (info.uid.isEmpty() || datasetId(db, info.uid))
        return;
    Statement insert(db, "INSERT INTO datasets(uid, name, origin, licence, notes, imported_at) VALUES (?,?,?,?,?,?)");
    const QString importedAt = info.importedAt.isEmpty()
                                   ? formatIsoUtc(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000)
                                   : info.importedAt;
    insert.bind(1, info.uid).bind(2, info.name).bind(3, info.origin).bind(4, info.licence).bind(5, info.notes);
    insert.bind(6, importedAt).run();
}

void addSource(Store &store, const Source &source, const DatasetInfo &provenance)
{
    Database &db = store.database();
    Transaction transaction(db);
    if (source.uid.isEmpty())
        throw Error(QStringLiteral("a source needs a uid"));
    if (sourceId(db, source.uid))
        throw Error(QStringLiteral("source \"%1\" is already in the database").arg(source.uid));
    ensureDataset(store, provenance);
    const std::optional<std::int64_t> dataset =
        datasetId(db, provenance.uid.isEmpty() ? source.dataset : provenance.uid);
    Statement insert(db, "INSERT INTO sources(uid, kind, title, outlet, author, url, published_ms, precision, "
                         "uncertain, lang, text, text_sha256, dataset_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, source.uid).bind(2, source.kind.isEmpty() ? QStringLiteral("article") : source.kind);
    insert.bind(3, source.title).bind(4, source.outlet).bind(5, source.author).bind(6, source.url);
    insert.bind(7, source.publishedMs).bind(8, toString(source.precision)).bind(9, source.uncertain);
    insert.bind(10, source.lang).bind(11, source.text).bind(12, sha256Hex(source.text)).bind(13, dataset).run();
    transaction.commit();
}

void removeSource(Store &store, const QString &uid)
{
    Database &db = store.database();
    Transaction transaction(db);
    Statement remove(db, "DELETE FROM sources WHERE uid = ?");
    remove.bind(1, uid).run();
    if (db.changes() == 0)
        throw Error(QStringLiteral("no source \"%1\" to remove").arg(uid));
    transaction.commit();
}

void removeDatasetIfUnused(Store &store, const QString &uid)
{
    Database &db = store.database();
    const auto id = datasetId(db, uid);
    if (!id)
        return;
    Transaction transaction(db);
    Statement used(db, "SELECT EXISTS(SELECT 1 FROM actors WHERE dataset_id = ?1) OR "
                       "EXISTS(SELECT 1 FROM events WHERE dataset_id = ?1) OR "
                       "EXISTS(SELECT 1 FROM eras WHERE dataset_id = ?1) OR "
                       "EXISTS(SELECT 1 FROM sources WHERE dataset_id = ?1) OR "
                       "EXISTS(SELECT 1 FROM quotes WHERE dataset_id = ?1) OR "
                       "EXISTS(SELECT 1 FROM symbols WHERE dataset_id = ?1) OR "
                       "EXISTS(SELECT 1 FROM series WHERE dataset_id = ?1)");
    used.bind(1, *id);
    if (used.step() && used.int64(0) == 0) {
        Statement remove(db, "DELETE FROM datasets WHERE id = ?");
        remove.bind(1, *id).run();
    }
    transaction.commit();
}

QString uniqueQuoteUid(Store &store, const QString &sourceUid, std::int64_t start)
{
    return uniqueUid(store.database(), "SELECT id FROM quotes WHERE uid = ?",
                     QStringLiteral("q-%1-%2").arg(sourceUid).arg(start));
}

QString uniqueEventUid(Store &store, const QString &title)
{
    QString base = slugify(title);
    if (base.isEmpty())
        base = QStringLiteral("event");
    return uniqueUid(store.database(), "SELECT id FROM events WHERE uid = ?", base);
}

QString uniqueSourceUid(Store &store, const QString &base)
{
    QString slug = slugify(base);
    if (slug.isEmpty())
        slug = QStringLiteral("source");
    return uniqueUid(store.database(), "SELECT id FROM sources WHERE uid = ?", slug);
}

} // namespace tickerline
