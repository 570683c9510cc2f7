// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowwriter.h"

#include "store/store.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tickerline {

RowWriter::RowWriter(Database &db) : m_db(db) {}

RowWriter::~RowWriter() = default;

Statement &RowWriter::prepared(std::unique_ptr<Statement> &slot, const char *sql)
{
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    return *slot;
}

RowWriter::RowId RowWriter::datasetId(const QString &uid)
{
    if (uid.isEmpty())
        return std::nullopt;
    Statement &find = prepared(m_findDataset, "SELECT id FROM datasets WHERE uid = ?");
    find.bind(1, uid);
    const RowId id = find.step() ? RowId(find.int64(0)) : std::nullopt;
    find.reset();
    return id;
}

std::int64_t RowWriter::insertDataset(const DatasetInfo &info)
{
    Statement &insert = prepared(m_dataset, "INSERT INTO datasets(uid, name, origin, licence, notes, imported_at) "
                                            "VALUES (?,?,?,?,?,?)");
    const QString importedAt = info.importedAt.isEmpty()
                                   ? formatIsoUtc(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000)
                                   : info.importedAt;
    insert.bind(1, info.uid).bind(2, info.name).bind(3, info.origin).bind(4, info.licence).bind(5, info.notes);
    insert.bind(6, importedAt).run();
    return m_db.lastInsertRowId();
}

RowWriter::RowId RowWriter::ensureDataset(const DatasetInfo &info)
{
    if (info.uid.isEmpty())
        return std::nullopt;
    if (const RowId id = datasetId(info.uid))
        return id;
    return insertDataset(info);
}

std::int64_t RowWriter::insertActor(const Actor &actor, RowId dataset)
{
    Statement &insert = prepared(m_actor, "INSERT INTO actors(uid, name, kind, dataset_id) VALUES (?,?,?,?)");
    insert.bind(1, actor.uid).bind(2, actor.name).bind(3, actor.kind).bind(4, dataset).run();
    return m_db.lastInsertRowId();
}

std::int64_t RowWriter::insertEvent(const Event &event, RowId dataset, RowId id)
{
    Statement &insert = prepared(m_event, "INSERT INTO events(id, uid, title, summary, kind, start_ms, end_ms, "
                                          "precision, uncertain, tz, dataset_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, id).bind(2, event.uid).bind(3, event.title).bind(4, event.summary).bind(5, toString(event.kind));
    insert.bind(6, event.startMs).bind(7, event.endMs).bind(8, toString(event.precision));
    insert.bind(9, event.uncertain).bind(10, event.tz).bind(11, dataset).run();
    return m_db.lastInsertRowId();
}

void RowWriter::updateEvent(std::int64_t id, const Event &event)
{
    Statement &update = prepared(m_updateEvent, "UPDATE events SET title = ?, summary = ?, kind = ?, start_ms = ?, "
                                                "end_ms = ?, precision = ?, uncertain = ?, tz = ? WHERE id = ?");
    update.bind(1, event.title).bind(2, event.summary).bind(3, toString(event.kind)).bind(4, event.startMs);
    update.bind(5, event.endMs).bind(6, toString(event.precision)).bind(7, event.uncertain).bind(8, event.tz);
    update.bind(9, id).run();
}

void RowWriter::insertEventActor(std::int64_t event, std::int64_t actor, const QString &role, int position)
{
    Statement &insert = prepared(m_eventActor, "INSERT INTO event_actors(event_id, actor_id, role, position) "
                                               "VALUES (?,?,?,?)");
    insert.bind(1, event).bind(2, actor).bind(3, role).bind(4, position).run();
}

void RowWriter::insertEventSymbol(std::int64_t event, const QString &symbol, int position)
{
    Statement &insert = prepared(m_eventSymbol, "INSERT INTO event_symbols(event_id, symbol, position) VALUES (?,?,?)");
    insert.bind(1, event).bind(2, symbol).bind(3, position).run();
}

void RowWriter::insertLink(std::int64_t from, std::int64_t to, const QString &type, RowId rowId)
{
    Statement &insert = prepared(m_link, "INSERT OR IGNORE INTO event_links(rowid, from_id, to_id, type) "
                                         "VALUES (?,?,?,?)");
    insert.bind(1, rowId).bind(2, from).bind(3, to).bind(4, type).run();
}

std::int64_t RowWriter::insertEra(const Era &era, RowId dataset)
{
    Statement &insert = prepared(m_era, "INSERT INTO eras(uid, name, start_ms, end_ms, color, dataset_id) "
                                        "VALUES (?,?,?,?,?,?)");
    insert.bind(1, era.uid).bind(2, era.name).bind(3, era.startMs).bind(4, era.endMs).bind(5, era.color);
    insert.bind(6, dataset).run();
    return m_db.lastInsertRowId();
}

std::int64_t RowWriter::insertSource(const Source &source, RowId dataset)
{
    Statement &insert = prepared(m_source, "INSERT INTO sources(uid, kind, title, outlet, author, url, published_ms, "
                                           "precision, uncertain, lang, text, text_sha256, dataset_id) "
                                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, source.uid).bind(2, source.kind).bind(3, source.title).bind(4, source.outlet);
    insert.bind(5, source.author).bind(6, source.url).bind(7, source.publishedMs);
    insert.bind(8, toString(source.precision)).bind(9, source.uncertain).bind(10, source.lang);
    insert.bind(11, source.text).bind(12, sha256Hex(source.text)).bind(13, dataset).run();
    return m_db.lastInsertRowId();
}

std::int64_t RowWriter::insertQuote(const Quote &quote, std::int64_t source, RowId event, RowId speaker,
                                    RowId dataset)
{
    Statement &insert = prepared(m_quote, "INSERT INTO quotes(uid, source_id, event_id, speaker_id, exact, prefix, "
                                          "suffix, pos_start, pos_end, status, score, dataset_id) "
                                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, quote.uid).bind(2, source).bind(3, event).bind(4, speaker);
    insert.bind(5, quote.exact).bind(6, quote.prefix).bind(7, quote.suffix).bind(8, quote.start);
    insert.bind(9, quote.end).bind(10, toString(quote.status)).bind(11, quote.score).bind(12, dataset).run();
    return m_db.lastInsertRowId();
}

std::int64_t RowWriter::insertSymbol(const Symbol &symbol, RowId dataset)
{
    Statement &insert = prepared(m_symbol, "INSERT INTO symbols(ticker, name, kind, exchange, currency, "
                                           "shares_outstanding, shares_as_of, shares_source, dataset_id) "
                                           "VALUES (?,?,?,?,?,?,?,?,?)");
    insert.bind(1, symbol.ticker).bind(2, symbol.name).bind(3, symbol.kind).bind(4, symbol.exchange);
    insert.bind(5, symbol.currency).bind(6, symbol.sharesOutstanding).bind(7, symbol.sharesAsOf);
    insert.bind(8, symbol.sharesSource).bind(9, dataset).run();
    return m_db.lastInsertRowId();
}

void RowWriter::upsertView(const SavedView &view, RowId dataset)
{
    Statement &upsert = prepared(m_view, "INSERT INTO views(name, settings, dataset_id) VALUES (?,?,?) "
                                         "ON CONFLICT(name) DO UPDATE SET settings = excluded.settings, "
                                         "dataset_id = excluded.dataset_id");
    const QByteArray settings = QJsonDocument(view.settings.toJson()).toJson(QJsonDocument::Compact);
    upsert.bind(1, view.name).bind(2, QString::fromUtf8(settings)).bind(3, dataset).run();
}

} // namespace tickerline
