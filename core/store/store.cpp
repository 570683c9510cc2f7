// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "error.h"
#include "store/fulltextsearch.h"
#include "store/schema.h"
#include "time/isotime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace tickerline {

namespace {

// Reads the first bytes without SQLite, so that a file that is not a database is never opened
// for writing (SQLite would happily turn an empty file into a database).
void refuseForeignFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return; // an empty file becomes a new database
    if (header != QByteArray("SQLite format 3", 16))
        throw Error(QStringLiteral("%1: not a Tickerline database (not an SQLite file)").arg(path));
}

void checkOwnership(Database &db)
{
    const int appId = db.pragmaInt("application_id");
    const int version = db.pragmaInt("user_version");
    Statement tables(db, "SELECT count(*) FROM sqlite_schema");
    tables.step();
    const bool empty = tables.int64(0) == 0;
    if (appId != schema::kApplicationId && !(appId == 0 && empty && version == 0))
        throw Error(QStringLiteral("%1: not a Tickerline database (it is another program's SQLite file)")
                        .arg(db.path()));
    if (version > schema::latestVersion())
        throw Error(QStringLiteral("%1: written by a newer Tickerline (schema version %2; this one reads up to %3); "
                                   "it was not changed")
                        .arg(db.path())
                        .arg(version)
                        .arg(schema::latestVersion()));
}

} // namespace

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Store::Store(const QString &path, Open mode)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode != Open::CreateIfMissing)
        throw Error(QStringLiteral("%1: no such database").arg(path));
    if (exists)
        refuseForeignFile(path);

    m_db = Database(path, mode == Open::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::Create);
    checkOwnership(m_db);
    m_db.exec("PRAGMA foreign_keys = ON");
    if (mode == Open::ReadOnly)
        return;
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
    schema::migrate(m_db);
}

std::int64_t Store::rowId(const char *table, const QString &uid)
{
    Statement statement(m_db, QByteArray("SELECT id FROM ").append(table).append(" WHERE uid = ?").constData());
    statement.bind(1, uid);
    return statement.step() ? statement.int64(0) : 0;
}

std::int64_t Store::datasetId(const QString &uid)
{
    return uid.isEmpty() ? 0 : rowId("datasets", uid);
}

std::int64_t Store::ensureDataset(const DatasetInfo &info)
{
    if (const std::int64_t id = datasetId(info.uid))
        return id;
    Statement insert(m_db, "INSERT INTO datasets(uid, name, origin, licence, notes, imported_at) VALUES (?,?,?,?,?,?)");
    const QString importedAt = info.importedAt.isEmpty()
                                   ? formatIsoUtc(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000)
                                   : info.importedAt;
    insert.bind(1, info.uid).bind(2, info.name).bind(3, info.origin).bind(4, info.licence).bind(5, info.notes);
    insert.bind(6, importedAt).run();
    return m_db.lastInsertRowId();
}

namespace {

// The uids of one table with their row ids, read once per import so that a million rows cost a
// million hash look-ups rather than a million queries.
class UidIndex final
{
public:
    UidIndex(Database &db, const char *table, const char *column = "uid")
    {
        Statement statement(db, QByteArray("SELECT ").append(column).append(", id FROM ").append(table).constData());
        while (statement.step())
            m_ids.insert(statement.text(0), statement.int64(1));
    }

    std::int64_t find(const QString &uid) const { return uid.isEmpty() ? 0 : m_ids.value(uid, 0); }
    bool contains(const QString &uid) const { return m_ids.contains(uid); }
    void add(const QString &uid, std::int64_t id) { m_ids.insert(uid, id); }

private:
    QHash<QString, std::int64_t> m_ids;
};

// From this many events on, an import rebuilds the indexes once instead of row by row.
constexpr qsizetype kBulkEvents = 20'000;

std::optional<std::int64_t> optionalId(std::int64_t id)
{
    return id ? std::optional<std::int64_t>(id) : std::nullopt;
}

Error duplicate(const QString &what, const QString &uid)
{
    return Error(QStringLiteral("%1 \"%2\" is already in the database").arg(what, uid));
}

} // namespace

void Store::importSnapshot(const Snapshot &snapshot)
{
    Transaction transaction(m_db);

    UidIndex datasets(m_db, "datasets");
    for (const DatasetInfo &info : snapshot.datasets) {
        if (datasets.contains(info.uid))
            throw duplicate(QStringLiteral("dataset"), info.uid);
        datasets.add(info.uid, ensureDataset(info));
    }

    UidIndex actors(m_db, "actors");
    Statement insertActor(m_db, "INSERT INTO actors(uid, name, kind, dataset_id) VALUES (?,?,?,?)");
    for (const Actor &actor : snapshot.actors) {
        if (actors.contains(actor.uid))
            throw duplicate(QStringLiteral("actor"), actor.uid);
        insertActor.bind(1, actor.uid).bind(2, actor.name).bind(3, actor.kind);
        insertActor.bind(4, optionalId(datasets.find(actor.dataset))).run();
        actors.add(actor.uid, m_db.lastInsertRowId());
    }

    UidIndex events(m_db, "events");
    // A large load goes in without the secondary indexes and the per-row full-text trigger, which
    // are rebuilt once at the end (still inside the transaction: a failure leaves them as they were).
    const bool bulk = snapshot.events.size() >= kBulkEvents;
    std::int64_t lastIdBefore = 0;
    if (bulk) {
        {
            Statement last(m_db, "SELECT coalesce(max(id), 0) FROM events");
            lastIdBefore = last.step() ? last.int64(0) : 0;
        }
        m_db.exec("PRAGMA cache_size = -262144");
        schema::dropEventIndexes(m_db);
    }
    Statement insertEvent(m_db, "INSERT INTO events(uid, title, summary, kind, start_ms, end_ms, precision, "
                                "uncertain, tz, dataset_id) VALUES (?,?,?,?,?,?,?,?,?,?)");
    Statement insertEventActor(m_db, "INSERT INTO event_actors(event_id, actor_id, role, position) VALUES (?,?,?,?)");
    Statement insertEventSymbol(m_db, "INSERT INTO event_symbols(event_id, ticker, position) VALUES (?,?,?)");
    for (const Event &event : snapshot.events) {
        if (events.contains(event.uid))
            throw duplicate(QStringLiteral("event"), event.uid);
        insertEvent.bind(1, event.uid).bind(2, event.title).bind(3, event.summary).bind(4, toString(event.kind));
        insertEvent.bind(5, event.startMs).bind(6, event.endMs).bind(7, toString(event.precision));
        insertEvent.bind(8, event.uncertain).bind(9, event.tz).bind(10, optionalId(datasets.find(event.dataset)));
        insertEvent.run();
        const std::int64_t eventId = m_db.lastInsertRowId();
        events.add(event.uid, eventId);
        for (int i = 0; i < event.actors.size(); ++i) {
            const std::int64_t actorId = actors.find(event.actors[i].actor);
            if (!actorId)
                throw Error(QStringLiteral("event \"%1\" names an unknown actor \"%2\"")
                                .arg(event.uid, event.actors[i].actor));
            insertEventActor.bind(1, eventId).bind(2, actorId).bind(3, event.actors[i].role).bind(4, i).run();
        }
        for (int i = 0; i < event.symbols.size(); ++i)
            insertEventSymbol.bind(1, eventId).bind(2, event.symbols[i]).bind(3, i).run();
    }

    if (bulk) {
        schema::indexNewEvents(m_db, lastIdBefore);
        schema::createEventIndexes(m_db);
        m_db.exec("PRAGMA cache_size = -2000");
    }

    Statement insertLink(m_db, "INSERT OR IGNORE INTO event_links(from_id, to_id, type) VALUES (?,?,?)");
    for (const EventLink &link : snapshot.links) {
        const std::int64_t from = events.find(link.from);
        const std::int64_t to = events.find(link.to);
        if (!from || !to)
            throw Error(QStringLiteral("link %1 → %2 names an unknown event").arg(link.from, link.to));
        insertLink.bind(1, from).bind(2, to).bind(3, link.type).run();
    }

    UidIndex eras(m_db, "eras");
    Statement insertEra(m_db, "INSERT INTO eras(uid, name, start_ms, end_ms, color, dataset_id) VALUES (?,?,?,?,?,?)");
    for (const Era &era : snapshot.eras) {
        if (eras.contains(era.uid))
            throw duplicate(QStringLiteral("era"), era.uid);
        insertEra.bind(1, era.uid).bind(2, era.name).bind(3, era.startMs).bind(4, era.endMs).bind(5, era.color);
        insertEra.bind(6, optionalId(datasets.find(era.dataset))).run();
        eras.add(era.uid, m_db.lastInsertRowId());
    }

    UidIndex sources(m_db, "sources");
    Statement insertSource(m_db, "INSERT INTO sources(uid, kind, title, outlet, author, url, published_ms, precision, "
                                 "uncertain, lang, text, text_sha256, dataset_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const Source &source : snapshot.sources) {
        if (sources.contains(source.uid))
            throw duplicate(QStringLiteral("source"), source.uid);
        insertSource.bind(1, source.uid).bind(2, source.kind).bind(3, source.title).bind(4, source.outlet);
        insertSource.bind(5, source.author).bind(6, source.url).bind(7, source.publishedMs);
        insertSource.bind(8, toString(source.precision)).bind(9, source.uncertain).bind(10, source.lang);
        insertSource.bind(11, source.text).bind(12, sha256Hex(source.text));
        insertSource.bind(13, optionalId(datasets.find(source.dataset))).run();
        sources.add(source.uid, m_db.lastInsertRowId());
    }

    UidIndex quotes(m_db, "quotes");
    Statement insertQuote(m_db, "INSERT INTO quotes(uid, source_id, event_id, speaker_id, exact, prefix, suffix, "
                                "pos_start, pos_end, status, score, dataset_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const Quote &quote : snapshot.quotes) {
        if (quotes.contains(quote.uid))
            throw duplicate(QStringLiteral("quote"), quote.uid);
        const std::int64_t sourceId = sources.find(quote.source);
        if (!sourceId)
            throw Error(QStringLiteral("quote \"%1\" names an unknown source \"%2\"").arg(quote.uid, quote.source));
        const std::int64_t eventId = events.find(quote.event);
        if (!quote.event.isEmpty() && !eventId)
            throw Error(QStringLiteral("quote \"%1\" names an unknown event \"%2\"").arg(quote.uid, quote.event));
        const std::int64_t speakerId = actors.find(quote.speaker);
        if (!quote.speaker.isEmpty() && !speakerId)
            throw Error(QStringLiteral("quote \"%1\" names an unknown speaker \"%2\"").arg(quote.uid, quote.speaker));
        insertQuote.bind(1, quote.uid).bind(2, sourceId).bind(3, optionalId(eventId)).bind(4, optionalId(speakerId));
        insertQuote.bind(5, quote.exact).bind(6, quote.prefix).bind(7, quote.suffix).bind(8, quote.start);
        insertQuote.bind(9, quote.end).bind(10, toString(quote.status)).bind(11, quote.score);
        insertQuote.bind(12, optionalId(datasets.find(quote.dataset))).run();
        quotes.add(quote.uid, m_db.lastInsertRowId());
    }

    UidIndex symbols(m_db, "symbols", "ticker");
    Statement insertSymbol(m_db, "INSERT INTO symbols(ticker, name, kind, exchange, currency, shares_outstanding, "
                                 "shares_as_of, shares_source, dataset_id) VALUES (?,?,?,?,?,?,?,?,?)");
    for (const Symbol &symbol : snapshot.symbols) {
        if (symbols.contains(symbol.ticker))
            throw duplicate(QStringLiteral("symbol"), symbol.ticker);
        insertSymbol.bind(1, symbol.ticker).bind(2, symbol.name).bind(3, symbol.kind).bind(4, symbol.exchange);
        insertSymbol.bind(5, symbol.currency).bind(6, symbol.sharesOutstanding).bind(7, symbol.sharesAsOf);
        insertSymbol.bind(8, symbol.sharesSource).bind(9, optionalId(datasets.find(symbol.dataset))).run();
        symbols.add(symbol.ticker, m_db.lastInsertRowId());
    }

    for (const PriceSeries &series : snapshot.series) {
        auto known = this->symbol(series.symbol);
        if (!known)
            throw Error(QStringLiteral("prices of unknown symbol \"%1\"").arg(series.symbol));
        Statement existing(m_db, "SELECT 1 FROM series s JOIN symbols y ON y.id = s.symbol_id "
                                 "WHERE y.ticker = ? AND s.interval = ?");
        if (existing.bind(1, known->ticker).bind(2, series.interval).step())
            throw duplicate(QStringLiteral("price series"), series.symbol + QLatin1Char('/') + series.interval);
        DatasetInfo provenance;
        provenance.uid = series.dataset;
        writeSeries(*known, series, provenance);
    }
    transaction.commit();
}

void Store::writeSeries(const Symbol &symbol, const PriceSeries &series, const DatasetInfo &provenance)
{
    Transaction transaction(m_db);
    const std::int64_t dataset = provenance.uid.isEmpty() ? 0 : ensureDataset(provenance);

    Statement find(m_db, "SELECT id FROM symbols WHERE ticker = ?");
    std::int64_t symbolId = find.bind(1, symbol.ticker).step() ? find.int64(0) : 0;
    if (!symbolId) {
        Statement insert(m_db, "INSERT INTO symbols(ticker, name, kind, exchange, currency, shares_outstanding, "
                               "shares_as_of, shares_source, dataset_id) VALUES (?,?,?,?,?,?,?,?,?)");
        insert.bind(1, symbol.ticker).bind(2, symbol.name).bind(3, symbol.kind.isEmpty() ? QStringLiteral("stock")
                                                                                          : symbol.kind);
        insert.bind(4, symbol.exchange).bind(5, symbol.currency.isEmpty() ? QStringLiteral("USD") : symbol.currency);
        insert.bind(6, symbol.sharesOutstanding).bind(7, symbol.sharesAsOf).bind(8, symbol.sharesSource);
        insert.bind(9, optionalId(dataset)).run();
        symbolId = m_db.lastInsertRowId();
    }

    Statement upsertSeries(m_db, "INSERT INTO series(symbol_id, interval, dataset_id) VALUES (?,?,?) "
                                 "ON CONFLICT(symbol_id, interval) DO UPDATE SET dataset_id = excluded.dataset_id");
    upsertSeries.bind(1, symbolId).bind(2, series.interval).bind(3, optionalId(dataset)).run();

    Statement upsertBar(m_db, "INSERT OR REPLACE INTO bars(symbol_id, interval, ts_ms, open, high, low, close, "
                              "adj_close, volume) VALUES (?,?,?,?,?,?,?,?,?)");
    for (const Bar &bar : series.bars) {
        upsertBar.bind(1, symbolId).bind(2, series.interval).bind(3, bar.tsMs).bind(4, bar.open).bind(5, bar.high);
        upsertBar.bind(6, bar.low).bind(7, bar.close).bind(8, bar.adjClose).bind(9, bar.volume).run();
    }
    transaction.commit();
}

void Store::updateShareCounts(const QList<Symbol> &symbols)
{
    Transaction transaction(m_db);
    Statement update(m_db, "UPDATE symbols SET shares_outstanding = ?, shares_as_of = ?, shares_source = ? "
                           "WHERE ticker = ?");
    for (const Symbol &symbol : symbols) {
        if (symbol.sharesOutstanding && *symbol.sharesOutstanding <= 0)
            throw Error(QStringLiteral("%1: shares outstanding must be a positive whole number").arg(symbol.ticker));
        update.bind(1, symbol.sharesOutstanding).bind(2, symbol.sharesAsOf).bind(3, symbol.sharesSource);
        update.bind(4, symbol.ticker).run();
        if (m_db.changes() == 0)
            throw Error(QStringLiteral("%1: no such symbol in the database").arg(symbol.ticker));
    }
    transaction.commit();
}

void Store::updateQuoteAnchors(const QList<Quote> &quotes)
{
    Transaction transaction(m_db);
    Statement update(m_db, "UPDATE quotes SET exact = ?, prefix = ?, suffix = ?, pos_start = ?, pos_end = ?, "
                           "status = ?, score = ? WHERE uid = ?");
    for (const Quote &quote : quotes) {
        update.bind(1, quote.exact).bind(2, quote.prefix).bind(3, quote.suffix).bind(4, quote.start);
        update.bind(5, quote.end).bind(6, toString(quote.status)).bind(7, quote.score).bind(8, quote.uid).run();
    }
    transaction.commit();
}

void Store::replaceSourceText(const QString &sourceUid, const QString &text, const QList<Quote> &reanchored)
{
    Transaction transaction(m_db);
    Statement update(m_db, "UPDATE sources SET text = ?, text_sha256 = ? WHERE uid = ?");
    update.bind(1, text).bind(2, sha256Hex(text)).bind(3, sourceUid).run();
    if (m_db.changes() == 0)
        throw Error(QStringLiteral("no source \"%1\" in %2").arg(sourceUid, path()));
    updateQuoteAnchors(reanchored);
    transaction.commit();
}

QStringList Store::check()
{
    QStringList problems;
    Statement integrity(m_db, "PRAGMA integrity_check");
    while (integrity.step()) {
        if (integrity.text(0) != QLatin1String("ok"))
            problems << integrity.text(0);
    }
    Statement keys(m_db, "PRAGMA foreign_key_check");
    while (keys.step())
        problems << QStringLiteral("%1 row %2 points at a missing %3 row").arg(keys.text(0)).arg(keys.int64(1)).arg(
            keys.text(2));
    Statement hashes(m_db, "SELECT uid, text, text_sha256 FROM sources");
    while (hashes.step()) {
        if (sha256Hex(hashes.text(1)) != hashes.text(2))
            problems << QStringLiteral("source \"%1\": text does not match its SHA-256").arg(hashes.text(0));
    }
    Statement quoteSpans(m_db, "SELECT q.uid, q.exact, q.pos_start, q.pos_end, q.status, s.text FROM quotes q "
                               "JOIN sources s ON s.id = q.source_id");
    while (quoteSpans.step()) {
        if (quoteSpans.text(4) == QLatin1String("orphaned"))
            continue;
        const QList<uint> text = quoteSpans.text(5).toUcs4();
        const std::int64_t start = quoteSpans.int64(2);
        const std::int64_t end = quoteSpans.int64(3);
        if (start < 0 || end > text.size() || start > end) {
            problems << QStringLiteral("quote \"%1\": span %2–%3 lies outside its source").arg(quoteSpans.text(0))
                            .arg(start).arg(end);
            continue;
        }
        const QList<uint> span = text.mid(start, end - start);
        const QString there = QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()), span.size());
        if (quoteSpans.text(4) != QLatin1String("fuzzy") && there != quoteSpans.text(1))
            problems << QStringLiteral("quote \"%1\": the text at %2–%3 is not the quote").arg(quoteSpans.text(0))
                            .arg(start).arg(end);
    }
    Statement bars(m_db, "SELECT y.ticker, b.ts_ms FROM bars b JOIN symbols y ON y.id = b.symbol_id "
                         "WHERE b.low > b.high OR b.close < b.low OR b.close > b.high");
    while (bars.step())
        problems << QStringLiteral("%1 %2: close outside the day's low–high").arg(bars.text(0), formatIsoDate(bars.int64(1)));
    Statement searchRows(m_db, "SELECT (SELECT count(*) FROM search) = "
                               "(SELECT count(*) FROM events) + (SELECT count(*) FROM sources) + "
                               "(SELECT count(*) FROM quotes)");
    if (searchRows.step() && !searchRows.int64(0))
        problems << QStringLiteral("the full-text index is out of step with the tables");
    return problems;
}

QList<SearchHit> Store::search(const QString &query, int limit)
{
    return FullTextSearch(m_db).search(query, limit);
}

} // namespace tickerline
