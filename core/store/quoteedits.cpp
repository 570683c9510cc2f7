// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteedits.h"

#include "error.h"
#include "domain/uids.h"
#include "store/rowwriter.h"
#include "store/filestore.h"

#include <QCoreApplication>

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

QString uniqueUid(Store &store, KeyedTable table, const QString &base)
{
    QString uid = base;
    for (int n = 2; store.contains(table, uid); ++n)
        uid = QStringLiteral("%1-%2").arg(base).arg(n);
    return uid;
}

} // namespace

void FileStore::addQuote(const Quote &quote)
{
    Database &db = m_db;
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

    RowWriter(db).insertQuote(quote, *source, event, speaker, datasetId(db, quote.dataset));
    transaction.commit();
}

void FileStore::removeQuote(const QString &uid)
{
    Database &db = m_db;
    Transaction transaction(db);
    Statement remove(db, "DELETE FROM quotes WHERE uid = ?");
    remove.bind(1, uid).run();
    if (db.changes() == 0)
        throw Error(QStringLiteral("no quote \"%1\" to remove").arg(uid));
    transaction.commit();
}

void FileStore::relinkQuote(const QString &uid, const QString &eventUid, const QString &speakerUid)
{
    Database &db = m_db;
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

bool FileStore::ensureDataset(const DatasetInfo &info)
{
    RowWriter writer(m_db);
    if (info.uid.isEmpty() || writer.datasetId(info.uid))
        return false;
    writer.insertDataset(info);
    return true;
}

DatasetInfo editsDataset()
{
    // The window's SourceEditor names it in the same words, so that one translation serves both.
    return {QStringLiteral("tickerline-edits"), QCoreApplication::translate("SourceEditor", "Made in Tickerline"),
            {}, {}, QCoreApplication::translate("SourceEditor", "Quotes and events made in the Tickerline window"),
            {}};
}

void FileStore::addSource(const Source &source, const DatasetInfo &provenance)
{
    Database &db = m_db;
    Transaction transaction(db);
    if (source.uid.isEmpty())
        throw Error(QStringLiteral("a source needs a uid"));
    if (sourceId(db, source.uid))
        throw Error(QStringLiteral("source \"%1\" is already in the database").arg(source.uid));
    RowWriter writer(db);
    writer.ensureDataset(provenance);
    const std::optional<std::int64_t> dataset =
        writer.datasetId(provenance.uid.isEmpty() ? source.dataset : provenance.uid);
    Source row = source;
    if (row.kind.isEmpty())
        row.kind = QStringLiteral("article");
    writer.insertSource(row, dataset);
    transaction.commit();
}

void FileStore::removeSource(const QString &uid)
{
    Database &db = m_db;
    Transaction transaction(db);
    Statement remove(db, "DELETE FROM sources WHERE uid = ?");
    remove.bind(1, uid).run();
    if (db.changes() == 0)
        throw Error(QStringLiteral("no source \"%1\" to remove").arg(uid));
    transaction.commit();
}

void FileStore::removeDatasetIfUnused(const QString &uid)
{
    Database &db = m_db;
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
                       "EXISTS(SELECT 1 FROM series WHERE dataset_id = ?1) OR "
                       "EXISTS(SELECT 1 FROM views WHERE dataset_id = ?1)");
    used.bind(1, *id);
    if (used.step() && used.int64(0) == 0) {
        Statement remove(db, "DELETE FROM datasets WHERE id = ?");
        remove.bind(1, *id).run();
    }
    transaction.commit();
}

QString uniqueQuoteUid(Store &store, const QString &sourceUid, std::int64_t start)
{
    return uniqueUid(store, KeyedTable::Quotes,
                     QStringLiteral("q-%1-%2").arg(sourceUid).arg(start));
}

QString uniqueEventUid(Store &store, const QString &title)
{
    QString base = slugify(title);
    if (base.isEmpty())
        base = QStringLiteral("event");
    return uniqueUid(store, KeyedTable::Events, base);
}

QString uniqueSourceUid(Store &store, const QString &base)
{
    QString slug = slugify(base);
    if (slug.isEmpty())
        slug = QStringLiteral("source");
    return uniqueUid(store, KeyedTable::Sources, slug);
}

} // namespace tickerline
