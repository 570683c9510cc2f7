// SPDX-License-Identifier: GPL-3.0-or-later
// PgStore's single-row edits of quotes, sources and datasets: a file's rules and messages.
#include "pgstore.h"

#include "error.h"
#include "store/postgres/pgstorerows.h"

namespace tickerline {

using namespace pgrows;

namespace {

// An empty uid is "none"; a non-empty one must name a row.
std::optional<std::int64_t> requiredIfNamed(PgConnection &db, KeyedTable table, const QString &uid, const QString &what,
                                            const QString &owner)
{
    const std::optional<std::int64_t> id = idOf(db, table, uid);
    if (!uid.isEmpty() && !id)
        throw Error(QStringLiteral("%1 names an unknown %2 \"%3\"").arg(owner, what, uid));
    return id;
}

} // namespace

void PgStore::addQuote(const Quote &quote)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const QString owner = QStringLiteral("quote \"%1\"").arg(quote.uid);
    if (quote.uid.isEmpty())
        throw Error(QStringLiteral("a quote needs a uid"));
    if (idOf(m_db, KeyedTable::Quotes, quote.uid))
        throw Error(QStringLiteral("quote \"%1\" is already in the database").arg(quote.uid));
    const std::optional<std::int64_t> source = idOf(m_db, KeyedTable::Sources, quote.source);
    if (!source)
        throw Error(QStringLiteral("%1 names an unknown source \"%2\"").arg(owner, quote.source));
    if (quote.start < 0 || quote.end < quote.start)
        throw Error(QStringLiteral("%1: start %2 and end %3 are not a span").arg(owner).arg(quote.start).arg(quote.end));
    const auto event = requiredIfNamed(m_db, KeyedTable::Events, quote.event, QStringLiteral("event"), owner);
    const auto speaker = requiredIfNamed(m_db, KeyedTable::Actors, quote.speaker, QStringLiteral("speaker"), owner);
    insertQuote(m_db, quote, *source, event, speaker, idOf(m_db, KeyedTable::Datasets, quote.dataset));
    notifyChange(m_db, QStringLiteral("quotes"));
    transaction.commit();
}

void PgStore::removeQuote(const QString &uid)
{
    requireWritable();
    PgTransaction transaction(m_db);
    if (m_db.exec("DELETE FROM quotes WHERE uid = $1", PgParams().add(uid)).affected() == 0)
        throw Error(QStringLiteral("no quote \"%1\" to remove").arg(uid));
    notifyChange(m_db, QStringLiteral("quotes"));
    transaction.commit();
}

void PgStore::relinkQuote(const QString &uid, const QString &eventUid, const QString &speakerUid)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const QString owner = QStringLiteral("quote \"%1\"").arg(uid);
    const auto event = requiredIfNamed(m_db, KeyedTable::Events, eventUid, QStringLiteral("event"), owner);
    const auto speaker = requiredIfNamed(m_db, KeyedTable::Actors, speakerUid, QStringLiteral("speaker"), owner);
    if (m_db.exec("UPDATE quotes SET event_id = $1, speaker_id = $2, version = version + 1 WHERE uid = $3",
                  PgParams().add(event).add(speaker).add(uid))
            .affected() == 0)
        throw Error(QStringLiteral("no quote \"%1\" to link").arg(uid));
    notifyChange(m_db, QStringLiteral("quotes"));
    transaction.commit();
}

void PgStore::addSource(const Source &source, const DatasetInfo &provenance)
{
    requireWritable();
    PgTransaction transaction(m_db);
    if (source.uid.isEmpty())
        throw Error(QStringLiteral("a source needs a uid"));
    if (idOf(m_db, KeyedTable::Sources, source.uid))
        throw Error(QStringLiteral("source \"%1\" is already in the database").arg(source.uid));
    ensureDataset(provenance);
    Source row = source;
    if (row.kind.isEmpty())
        row.kind = QStringLiteral("article");
    insertSource(m_db, row, idOf(m_db, KeyedTable::Datasets, provenance.uid.isEmpty() ? source.dataset : provenance.uid));
    notifyChange(m_db, QStringLiteral("sources"));
    transaction.commit();
}

void PgStore::removeSource(const QString &uid)
{
    requireWritable();
    PgTransaction transaction(m_db);
    if (m_db.exec("DELETE FROM sources WHERE uid = $1", PgParams().add(uid)).affected() == 0)
        throw Error(QStringLiteral("no source \"%1\" to remove").arg(uid));
    notifyChange(m_db, QStringLiteral("sources"));
    transaction.commit();
}

bool PgStore::ensureDataset(const DatasetInfo &info)
{
    if (info.uid.isEmpty() || idOf(m_db, KeyedTable::Datasets, info.uid))
        return false;
    requireWritable();
    PgTransaction transaction(m_db);
    // Another analyst may add the same dataset at the same moment: theirs then stands.
    const bool added = m_db.exec("INSERT INTO datasets(uid, name, origin, licence, notes, imported_at) "
                                 "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (uid) DO NOTHING",
                                 PgParams().add(info.uid).add(info.name).add(info.origin).add(info.licence)
                                     .add(info.notes).add(info.importedAt.isEmpty() ? nowIsoUtc() : info.importedAt))
                           .affected() > 0;
    if (added)
        notifyChange(m_db, QStringLiteral("datasets"));
    transaction.commit();
    return added;
}

void PgStore::removeDatasetIfUnused(const QString &uid)
{
    requireWritable();
    PgTransaction transaction(m_db);
    if (m_db.exec("DELETE FROM datasets d WHERE d.uid = $1 "
                  "AND NOT EXISTS (SELECT 1 FROM actors WHERE dataset_id = d.id) "
                  "AND NOT EXISTS (SELECT 1 FROM events WHERE dataset_id = d.id) "
                  "AND NOT EXISTS (SELECT 1 FROM eras WHERE dataset_id = d.id) "
                  "AND NOT EXISTS (SELECT 1 FROM sources WHERE dataset_id = d.id) "
                  "AND NOT EXISTS (SELECT 1 FROM quotes WHERE dataset_id = d.id) "
                  "AND NOT EXISTS (SELECT 1 FROM symbols WHERE dataset_id = d.id) "
                  "AND NOT EXISTS (SELECT 1 FROM series WHERE dataset_id = d.id) "
                  "AND NOT EXISTS (SELECT 1 FROM views WHERE dataset_id = d.id)",
                  PgParams().add(uid))
            .affected() > 0)
        notifyChange(m_db, QStringLiteral("datasets"));
    transaction.commit();
}

} // namespace tickerline
