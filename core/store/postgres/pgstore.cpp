// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgstore.h"

#include "error.h"
#include "store/importchecks.h"
#include "store/postgres/pgschema.h"
#include "store/postgres/pgstorerows.h"
#include "store/rowchecks.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QSet>

namespace tickerline {

using namespace pgrows;

namespace {

// Ids for count new rows of a table, taken from its sequence at once, in increasing order: the
// rows then go in through COPY with their ids, and their children can name them.
std::vector<std::int64_t> reserveIds(PgConnection &db, const QString &table, qsizetype count)
{
    const PgResult rows = db.exec("SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2) "
                                  "ORDER BY 1",
                                  PgParams().add(table).add(std::int64_t(count)));
    std::vector<std::int64_t> ids;
    ids.reserve(std::size_t(count));
    for (int row = 0; row < rows.rows(); ++row)
        ids.push_back(rows.int64(row, 0));
    return ids;
}

void importEvents(PgConnection &db, const QList<Event> &events, const PgKeyIndex &datasets, const PgKeyIndex &actors,
                  PgKeyIndex &eventIds)
{
    if (events.isEmpty())
        return;
    // Everything is checked before the first row is sent.
    QSet<QString> seen;
    seen.reserve(events.size());
    for (const Event &event : events) {
        if (eventIds.contains(event.uid) || seen.contains(event.uid))
            throw alreadyInDatabase(QStringLiteral("event"), event.uid);
        seen.insert(event.uid);
        for (const EventActor &actor : event.actors) {
            if (!actors.find(actor.actor))
                throw Error(QStringLiteral("event \"%1\" names an unknown actor \"%2\"").arg(event.uid, actor.actor));
        }
    }
    const std::vector<std::int64_t> ids = reserveIds(db, QStringLiteral("events"), events.size());
    {
        PgCopyIn copy(db, "COPY events (id, uid, title, summary, kind, start_ms, end_ms, precision, uncertain, tz, "
                          "dataset_id) FROM STDIN");
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = events[i];
            copy.field(ids[std::size_t(i)]).field(event.uid).field(event.title).field(event.summary);
            copy.field(toString(event.kind)).field(event.startMs).field(event.endMs).field(toString(event.precision));
            copy.field(event.uncertain).field(event.tz).field(optionalId(datasets.find(event.dataset)));
            copy.endRow();
            eventIds.add(event.uid, ids[std::size_t(i)]);
        }
        copy.finish();
    }
    {
        PgCopyIn copy(db, "COPY event_actors (event_id, actor_id, role, position) FROM STDIN");
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QList<EventActor> &named = events[i].actors;
            for (qsizetype position = 0; position < named.size(); ++position) {
                copy.field(ids[std::size_t(i)]).field(actors.find(named[position].actor)).field(named[position].role);
                copy.field(std::int64_t(position)).endRow();
            }
        }
        copy.finish();
    }
    {
        PgCopyIn copy(db, "COPY event_symbols (event_id, symbol, position) FROM STDIN");
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QStringList &symbols = events[i].symbols;
            for (qsizetype position = 0; position < symbols.size(); ++position)
                copy.field(ids[std::size_t(i)]).field(symbols[position]).field(std::int64_t(position)).endRow();
        }
        copy.finish();
    }
}

// Where quotes are anchored now (after their source's text changed), each a new version.
void writeQuoteAnchors(PgConnection &db, const QList<Quote> &quotes)
{
    for (const Quote &quote : quotes)
        db.exec("UPDATE quotes SET exact = $1, prefix = $2, suffix = $3, pos_start = $4, pos_end = $5, status = $6, "
                "score = $7, version = version + 1 WHERE uid = $8",
                PgParams()
                    .add(quote.exact)
                    .add(quote.prefix)
                    .add(quote.suffix)
                    .add(quote.start)
                    .add(quote.end)
                    .add(toString(quote.status))
                    .add(quote.score)
                    .add(quote.uid));
}

} // namespace

namespace pgrows {

std::int64_t insertDataset(PgConnection &db, const DatasetInfo &info)
{
    return insertedId(db,
                      "INSERT INTO datasets(uid, name, origin, licence, notes, imported_at) "
                      "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                      PgParams()
                          .add(info.uid)
                          .add(info.name)
                          .add(info.origin)
                          .add(info.licence)
                          .add(info.notes)
                          .add(info.importedAt.isEmpty() ? nowIsoUtc() : info.importedAt));
}

std::int64_t insertActor(PgConnection &db, const Actor &actor, std::optional<std::int64_t> dataset)
{
    return insertedId(db, "INSERT INTO actors(uid, name, kind, dataset_id) VALUES ($1, $2, $3, $4) RETURNING id",
                      PgParams().add(actor.uid).add(actor.name).add(actor.kind).add(dataset));
}

std::int64_t insertSource(PgConnection &db, const Source &source, std::optional<std::int64_t> dataset)
{
    return insertedId(db,
                      "INSERT INTO sources(uid, kind, title, outlet, author, url, published_ms, precision, "
                      "uncertain, lang, text, text_sha256, dataset_id) "
                      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                      PgParams()
                          .add(source.uid)
                          .add(source.kind)
                          .add(source.title)
                          .add(source.outlet)
                          .add(source.author)
                          .add(source.url)
                          .add(source.publishedMs)
                          .add(toString(source.precision))
                          .add(source.uncertain)
                          .add(source.lang)
                          .add(source.text)
                          .add(sha256Hex(source.text))
                          .add(dataset));
}

std::int64_t insertQuote(PgConnection &db, const Quote &quote, std::int64_t source, std::optional<std::int64_t> event,
                         std::optional<std::int64_t> speaker, std::optional<std::int64_t> dataset)
{
    return insertedId(db,
                      "INSERT INTO quotes(uid, source_id, event_id, speaker_id, exact, prefix, suffix, "
                      "pos_start, pos_end, status, score, dataset_id) "
                      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                      PgParams()
                          .add(quote.uid)
                          .add(source)
                          .add(event)
                          .add(speaker)
                          .add(quote.exact)
                          .add(quote.prefix)
                          .add(quote.suffix)
                          .add(quote.start)
                          .add(quote.end)
                          .add(toString(quote.status))
                          .add(quote.score)
                          .add(dataset));
}

std::optional<std::int64_t> idOf(PgConnection &db, KeyedTable table, const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    const PgResult found =
        db.exec(containsSql(table, "$1").replace("SELECT 1", "SELECT id").constData(), PgParams().add(key));
    return found.rows() > 0 ? std::optional<std::int64_t>(found.int64(0, 0)) : std::nullopt;
}

} // namespace pgrows

PgStore::PgStore(const QString &target, Open mode)
    : m_target(target)
    , m_db(target)
    , m_requestedReadOnly(mode == Open::ReadOnly)
{
    pgschema::prepare(m_db);
    // The first right the role lacks, in the order a write needs them.
    const PgResult lacking = m_db.exec(
        "SELECT current_user, t.name, r.name FROM unnest(ARRAY['datasets', 'actors', 'events', 'event_actors', "
        "'event_symbols', 'event_links', 'eras', 'sources', 'quotes', 'symbols', 'series', 'bars', 'bar_summaries', "
        "'views']) WITH ORDINALITY AS t(name, n), unnest(ARRAY['INSERT', 'UPDATE', 'DELETE']) WITH ORDINALITY AS "
        "r(name, m) "
        "WHERE NOT has_table_privilege(t.name, r.name) "
        "UNION ALL SELECT * FROM (SELECT current_user, pg_get_serial_sequence(t.name, 'id'), 'USAGE' "
        "FROM unnest(ARRAY['datasets', 'actors', 'events', 'eras', 'sources', 'quotes', 'symbols', 'views']) AS "
        "t(name) "
        "WHERE NOT has_sequence_privilege(pg_get_serial_sequence(t.name, 'id'), 'USAGE')) sequences LIMIT 1");
    if (lacking.rows() > 0)
        m_readOnlyDetail = QStringLiteral("role \"%1\" lacks %2 on %3")
                               .arg(lacking.text(0, 0), lacking.text(0, 2), lacking.text(0, 1));
    else if (m_requestedReadOnly)
        m_readOnlyDetail = QStringLiteral("it was opened read-only");
    m_db.listen(QString::fromLatin1(kChangesChannel));
}

Store::ReadOnlyReason PgStore::readOnlyReason() const
{
    if (m_readOnlyDetail.isEmpty())
        return ReadOnlyReason::None;
    return m_requestedReadOnly ? ReadOnlyReason::Requested : ReadOnlyReason::RoleLacksRights;
}

Store::Opener PgStore::opener() const
{
    return [target = m_target](Open mode) -> std::unique_ptr<Store> { return std::make_unique<PgStore>(target, mode); };
}

std::int64_t PgStore::outsideChanges()
{
    for (const PgNotification &notification : m_db.notifications()) {
        if (notification.channel == QLatin1String(kChangesChannel) && notification.senderPid != m_db.backendPid())
            ++m_outsideChanges;
    }
    return m_outsideChanges;
}

namespace {

class PgStoreTransaction final : public StoreTransaction
{
public:
    explicit PgStoreTransaction(PgConnection &db, const std::atomic_bool *cancel = nullptr)
        : m_transaction(db)
    {
        if (cancel)
            m_watch.emplace(db, cancel);
    }
    void commit() override
    {
        m_transaction.commit();
        m_watch.reset(); // a cancel now would only stop this connection's next, unrelated work
    }

private:
    PgTransaction m_transaction;
    std::optional<PgCancelWatch> m_watch; // made after, so stopped before, the transaction rolls back
};

} // namespace

std::unique_ptr<StoreTransaction> PgStore::transaction()
{
    requireWritable();
    return std::make_unique<PgStoreTransaction>(m_db);
}

std::unique_ptr<StoreTransaction> PgStore::bulkTransaction(const std::atomic_bool *cancel)
{
    requireWritable();
    return std::make_unique<PgStoreTransaction>(m_db, cancel);
}

void PgStore::requireWritable() const
{
    if (isReadOnly())
        throw Error(QStringLiteral("%1 is read-only: %2").arg(m_db.name(), m_readOnlyDetail));
}

void PgStore::importSnapshot(const Snapshot &snapshot)
{
    requireWritable();
    PgTransaction transaction(m_db);

    PgKeyIndex datasets(m_db, "SELECT uid, id FROM datasets");
    for (const DatasetInfo &info : snapshot.datasets) {
        if (datasets.contains(info.uid))
            throw alreadyInDatabase(QStringLiteral("dataset"), info.uid);
        datasets.add(info.uid, insertDataset(m_db, info));
    }

    PgKeyIndex actors(m_db, "SELECT uid, id FROM actors");
    for (const Actor &actor : snapshot.actors) {
        if (actors.contains(actor.uid))
            throw alreadyInDatabase(QStringLiteral("actor"), actor.uid);
        actors.add(actor.uid, insertActor(m_db, actor, optionalId(datasets.find(actor.dataset))));
    }

    PgKeyIndex events(m_db, "SELECT uid, id FROM events");
    importEvents(m_db, snapshot.events, datasets, actors, events);
    if (!snapshot.events.isEmpty()) {
        QStringList uids;
        for (qsizetype i = 0; i < std::min<qsizetype>(snapshot.events.size(), 100); ++i)
            uids << snapshot.events[i].uid;
        notifyChange(m_db, QStringLiteral("import"), snapshot.events.size() <= 100 ? uids : QStringList(),
                     snapshot.events.size());
    }

    for (const EventLink &link : snapshot.links) {
        const std::int64_t from = events.find(link.from);
        const std::int64_t to = events.find(link.to);
        if (!from || !to)
            throw Error(QStringLiteral("link %1 → %2 names an unknown event").arg(link.from, link.to));
        m_db.exec("INSERT INTO event_links(from_id, to_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                  PgParams().add(from).add(to).add(link.type));
    }

    PgKeyIndex eras(m_db, "SELECT uid, id FROM eras");
    for (const Era &era : snapshot.eras) {
        if (eras.contains(era.uid))
            throw alreadyInDatabase(QStringLiteral("era"), era.uid);
        eras.add(era.uid, insertedId(m_db,
                                     "INSERT INTO eras(uid, name, start_ms, end_ms, color, dataset_id) "
                                     "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                     PgParams()
                                         .add(era.uid)
                                         .add(era.name)
                                         .add(era.startMs)
                                         .add(era.endMs)
                                         .add(era.color)
                                         .add(optionalId(datasets.find(era.dataset)))));
    }

    PgKeyIndex sources(m_db, "SELECT uid, id FROM sources");
    for (const Source &source : snapshot.sources) {
        if (sources.contains(source.uid))
            throw alreadyInDatabase(QStringLiteral("source"), source.uid);
        sources.add(source.uid, insertSource(m_db, source, optionalId(datasets.find(source.dataset))));
    }

    PgKeyIndex quotes(m_db, "SELECT uid, id FROM quotes");
    for (const Quote &quote : snapshot.quotes) {
        if (quotes.contains(quote.uid))
            throw alreadyInDatabase(QStringLiteral("quote"), quote.uid);
        const QuoteReferences named = quoteReferences(quote, sources, events, actors);
        quotes.add(quote.uid, insertQuote(m_db, quote, named.source, optionalId(named.event), optionalId(named.speaker),
                                          optionalId(datasets.find(quote.dataset))));
    }

    PgKeyIndex symbols(m_db, "SELECT ticker, id FROM symbols");
    for (const Symbol &symbol : snapshot.symbols) {
        if (symbols.contains(symbol.ticker))
            throw alreadyInDatabase(QStringLiteral("symbol"), symbol.ticker);
        symbols.add(symbol.ticker,
                    insertedId(m_db,
                               "INSERT INTO symbols(ticker, name, kind, exchange, currency, shares_outstanding, "
                               "shares_as_of, shares_source, dataset_id) "
                               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                               PgParams()
                                   .add(symbol.ticker)
                                   .add(symbol.name)
                                   .add(symbol.kind)
                                   .add(symbol.exchange)
                                   .add(symbol.currency)
                                   .add(symbol.sharesOutstanding)
                                   .add(symbol.sharesAsOf)
                                   .add(symbol.sharesSource)
                                   .add(optionalId(datasets.find(symbol.dataset)))));
    }

    for (const PriceSeries &series : snapshot.series)
        importSeries(m_db, series, datasets);

    PgKeyIndex views(m_db, "SELECT name, id FROM views");
    for (const SavedView &view : snapshot.views) {
        if (views.contains(view.name))
            throw alreadyInDatabase(QStringLiteral("view"), view.name);
        const QByteArray settings = QJsonDocument(view.settings.toJson()).toJson(QJsonDocument::Compact);
        views.add(view.name, insertedId(m_db,
                                        "INSERT INTO views(name, settings, dataset_id) VALUES ($1, $2, $3) "
                                        "RETURNING id",
                                        PgParams()
                                            .add(view.name)
                                            .add(QString::fromUtf8(settings))
                                            .add(optionalId(datasets.find(view.dataset)))));
    }
    transaction.commit();
}

Snapshot PgStore::exportSnapshot(Bars bars)
{
    // One snapshot of the database for all the reads, whatever other analysts commit meanwhile.
    PgTransaction transaction(m_db);
    m_db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    Snapshot snapshot;
    snapshot.datasets = datasets();
    snapshot.actors = actors();
    snapshot.events = readEvents(m_db, "ORDER BY e.id", {});
    snapshot.links = links();
    snapshot.eras = eras();
    snapshot.sources = sources();
    snapshot.quotes = quotes();
    snapshot.symbols = symbols();
    snapshot.series = allSeries(bars);
    snapshot.views = savedViews();
    transaction.commit();
    // A file's export carries no row ids.
    for (Event &event : snapshot.events)
        event.id = 0;
    for (Source &source : snapshot.sources)
        source.id = 0;
    for (Quote &quote : snapshot.quotes)
        quote.id = 0;
    return snapshot;
}

void PgStore::updateShareCounts(const QList<Symbol> &symbols)
{
    requireWritable();
    PgTransaction transaction(m_db);
    for (const Symbol &symbol : symbols) {
        if (symbol.sharesOutstanding && *symbol.sharesOutstanding <= 0)
            throw Error(QStringLiteral("%1: shares outstanding must be a positive whole number").arg(symbol.ticker));
        const PgResult updated = m_db.exec("UPDATE symbols SET shares_outstanding = $1, shares_as_of = $2, "
                                           "shares_source = $3, version = version + 1 WHERE ticker = $4",
                                           PgParams()
                                               .add(symbol.sharesOutstanding)
                                               .add(symbol.sharesAsOf)
                                               .add(symbol.sharesSource)
                                               .add(symbol.ticker));
        if (updated.affected() == 0)
            throw Error(QStringLiteral("%1: no such symbol in the database").arg(symbol.ticker));
    }
    transaction.commit();
}

void PgStore::updateQuoteAnchors(const QList<Quote> &quotes)
{
    requireWritable();
    PgTransaction transaction(m_db);
    writeQuoteAnchors(m_db, quotes);
    transaction.commit();
}

void PgStore::replaceSourceText(const QString &sourceUid, const QString &text, const QList<Quote> &reanchored)
{
    requireWritable();
    PgTransaction transaction(m_db);
    const PgResult updated = m_db.exec("UPDATE sources SET text = $1, text_sha256 = $2, version = version + 1 "
                                       "WHERE uid = $3",
                                       PgParams().add(text).add(sha256Hex(text)).add(sourceUid));
    if (updated.affected() == 0)
        throw Error(QStringLiteral("no source \"%1\" in %2").arg(sourceUid, m_db.name()));
    writeQuoteAnchors(m_db, reanchored);
    transaction.commit();
}

QStringList PgStore::check()
{
    PgTransaction transaction(m_db);
    m_db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    QStringList problems;
    const PgResult tables = m_db.exec(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> "
        "ALL(ARRAY['tickerline_meta', 'datasets', 'actors', 'events', 'event_actors', 'event_symbols', 'event_links', "
        "'eras', 'sources', 'quotes', 'symbols', 'series', 'bars', 'bar_summaries', 'views']) ORDER BY table_name");
    for (int r = 0; r < tables.rows(); ++r)
        problems << QStringLiteral("table \"%1\" is not Tickerline's").arg(tables.text(r, 0));
    if (const int version = pgschema::version(m_db); version != pgschema::latestVersion())
        problems << QStringLiteral("schema version %1, where this Tickerline writes %2")
                        .arg(version)
                        .arg(pgschema::latestVersion());

    const PgResult hashes = m_db.exec("SELECT uid, text, text_sha256 FROM sources ORDER BY id");
    for (int r = 0; r < hashes.rows(); ++r)
        problems << sourceHashProblem(hashes.text(r, 0), hashes.text(r, 1), hashes.text(r, 2));
    const PgResult spans = m_db.exec("SELECT q.uid, q.exact, q.pos_start, q.pos_end, q.status, s.text FROM quotes q "
                                     "JOIN sources s ON s.id = q.source_id ORDER BY q.id");
    for (int r = 0; r < spans.rows(); ++r)
        problems << quoteSpanProblem(spans.text(r, 0), spans.text(r, 1), spans.int64(r, 2), spans.int64(r, 3),
                                     spans.text(r, 4), spans.text(r, 5));
    const PgResult bars =
        m_db.exec((QByteArray("SELECT y.ticker, b.ts_ms, b.open, b.high, b.low, b.close, "
                              "b.adj_close, b.volume FROM bars b JOIN symbols y ON y.id = b.symbol_id "
                              "WHERE b.low > b.high OR b.close < b.low OR b.close > b.high "
                              "ORDER BY b.symbol_id, b.interval, b.ts_ms"))
                      .constData());
    for (int r = 0; r < bars.rows(); ++r)
        problems << barProblem(bars.text(r, 0),
                               Bar{bars.int64(r, 1), bars.text(r, 2).toDouble(), bars.text(r, 3).toDouble(),
                                   bars.text(r, 4).toDouble(), bars.text(r, 5).toDouble(), optionalReal(bars, r, 6),
                                   optionalReal(bars, r, 7)});
    // Every summary level of a series counts its bars exactly once, or charts would draw other bars.
    const PgResult summaries = m_db.exec(
        "WITH b AS (SELECT symbol_id, interval, count(*) AS n FROM bars GROUP BY symbol_id, interval), "
        "l AS (SELECT symbol_id, interval, level, sum(count) AS n FROM bar_summaries GROUP BY symbol_id, interval, "
        "level), "
        "expected AS (SELECT b.symbol_id, b.interval, b.n, coalesce(max(l.level), 1) AS top FROM b "
        "             LEFT JOIN l USING (symbol_id, interval) GROUP BY b.symbol_id, b.interval, b.n) "
        "SELECT y.ticker, e.interval, g.level, coalesce(l.n, 0), e.n FROM expected e "
        "CROSS JOIN LATERAL generate_series(1, e.top) AS g(level) "
        "LEFT JOIN l ON l.symbol_id = e.symbol_id AND l.interval = e.interval AND l.level = g.level "
        "JOIN symbols y ON y.id = e.symbol_id WHERE coalesce(l.n, 0) <> e.n ORDER BY y.id, e.interval, g.level");
    for (int r = 0; r < summaries.rows(); ++r)
        problems << QStringLiteral("%1 %2: the chart's summaries (level %3) count %4 bars of %5")
                        .arg(summaries.text(r, 0), summaries.text(r, 1))
                        .arg(summaries.int64(r, 2))
                        .arg(summaries.int64(r, 3))
                        .arg(summaries.int64(r, 4));
    const PgResult views = m_db.exec("SELECT name, settings FROM views ORDER BY id");
    for (int r = 0; r < views.rows(); ++r)
        problems << viewSettingsProblem(views.text(r, 0), views.text(r, 1));
    transaction.commit();
    problems.removeAll(QString());
    return problems;
}

} // namespace tickerline
