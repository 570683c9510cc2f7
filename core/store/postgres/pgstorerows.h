// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parts of PgStore (pgstore.cpp: datasets in and out, checks; pgstorereads.cpp;
// pgstoreedits.cpp; pgstoreseries.cpp) share: reading values out of result rows, and the few
// steps one part takes for another.

#include "domain/entities.h"
#include "store/postgres/pgconnection.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace tickerline::pgrows {

// The ids of a table's rows by their key, read once per import.
class PgKeyIndex final
{
public:
    PgKeyIndex(PgConnection &db, const char *sql)
    {
        const PgResult rows = db.exec(sql);
        m_ids.reserve(rows.rows());
        for (int row = 0; row < rows.rows(); ++row)
            m_ids.insert(rows.text(row, 0), rows.int64(row, 1));
    }
    std::int64_t find(const QString &key) const { return key.isEmpty() ? 0 : m_ids.value(key, 0); }
    bool contains(const QString &key) const { return m_ids.contains(key); }
    void add(const QString &key, std::int64_t id) { m_ids.insert(key, id); }

private:
    QHash<QString, std::int64_t> m_ids;
};

inline std::optional<std::int64_t> optionalId(std::int64_t id)
{
    return id ? std::optional<std::int64_t>(id) : std::nullopt;
}

inline std::int64_t insertedId(PgConnection &db, const char *sql, const PgParams &params)
{
    return db.exec(sql, params).int64(0, 0);
}

inline std::optional<std::int64_t> optionalInt64(const PgResult &rows, int row, int column)
{
    return rows.isNull(row, column) ? std::nullopt : std::optional<std::int64_t>(rows.int64(row, column));
}

inline std::optional<double> optionalReal(const PgResult &rows, int row, int column)
{
    return rows.isNull(row, column) ? std::nullopt : std::optional<double>(rows.text(row, column).toDouble());
}

inline bool boolean(const PgResult &rows, int row, int column)
{
    return rows.text(row, column) == QLatin1String("t");
}

inline QString nowIsoUtc()
{
    return formatIsoUtc(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000);
}

inline constexpr const char *kEventColumns =
    "SELECT e.id, e.uid, e.title, e.summary, e.kind, e.start_ms, e.end_ms, e.precision, e.uncertain, e.tz, "
    "coalesce(d.uid, ''), e.version FROM events e LEFT JOIN datasets d ON d.id = e.dataset_id ";

// The event of a row read with kEventColumns (its id set; not its actors and symbols).
Event eventOf(const PgResult &rows, int r);
// Events with their actors and symbols: the rows of `where` (conditions and order, on `e`).
QList<Event> readEvents(PgConnection &db, const QByteArray &where, const PgParams &params);
// A new series of a Snapshot with its bars (COPY) and its summaries; refused when it exists.
void importSeries(PgConnection &db, const PriceSeries &series, PgKeyIndex &datasets);
// Announces a change to every listening window (PgStore::kChangesChannel); sent when the
// transaction commits. `uids`: the events changed, when it is events.
void notifyChange(PgConnection &db, const QString &op, const QStringList &uids = {}, qsizetype count = -1);

// One row each, returning its id.
std::int64_t insertDataset(PgConnection &db, const DatasetInfo &info);
std::int64_t insertActor(PgConnection &db, const Actor &actor, std::optional<std::int64_t> dataset);
std::int64_t insertSource(PgConnection &db, const Source &source, std::optional<std::int64_t> dataset);
std::int64_t insertQuote(PgConnection &db, const Quote &quote, std::int64_t source, std::optional<std::int64_t> event,
                         std::optional<std::int64_t> speaker, std::optional<std::int64_t> dataset);
// The id of the row with this key; nothing for an empty key.
std::optional<std::int64_t> idOf(PgConnection &db, KeyedTable table, const QString &key);

} // namespace tickerline::pgrows
