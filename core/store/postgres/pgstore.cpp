// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgstore.h"

#include "error.h"
#include "store/postgres/pgschema.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace tickerline {

namespace {

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

std::optional<std::int64_t> optionalId(std::int64_t id)
{
    return id ? std::optional<std::int64_t>(id) : std::nullopt;
}

Error duplicate(const QString &what, const QString &uid)
{
    return Error(QStringLiteral("%1 \"%2\" is already in the database").arg(what, uid));
}

std::int64_t insertedId(PgConnection &db, const char *sql, const PgParams &params)
{
    return db.exec(sql, params).int64(0, 0);
}

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

std::optional<std::int64_t> optionalInt64(const PgResult &rows, int row, int column)
{
    return rows.isNull(row, column) ? std::nullopt : std::optional<std::int64_t>(rows.int64(row, column));
}

std::optional<double> optionalReal(const PgResult &rows, int row, int column)
{
    return rows.isNull(row, column) ? std::nullopt : std::optional<double>(rows.text(row, column).toDouble());
}

bool boolean(const PgResult &rows, int row, int column)
{
    return rows.text(row, column) == QLatin1String("t");
}

QString nowIsoUtc()
{
    return formatIsoUtc(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000);
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
            throw duplicate(QStringLiteral("event"), event.uid);
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

void importSeries(PgConnection &db, const PriceSeries &series, PgKeyIndex &datasets)
{
    const PgResult symbol = db.exec("SELECT id FROM symbols WHERE upper(ticker) = upper($1) ORDER BY id LIMIT 1",
                                    PgParams().add(series.symbol));
    if (symbol.rows() == 0)
        throw Error(QStringLiteral("a price series of unknown symbol \"%1\"").arg(series.symbol));
    const std::int64_t symbolId = symbol.int64(0, 0);
    if (db.exec("SELECT 1 FROM series WHERE symbol_id = $1 AND interval = $2",
                PgParams().add(symbolId).add(series.interval))
            .rows() > 0)
        throw duplicate(QStringLiteral("price series"), series.symbol + QLatin1Char('/') + series.interval);
    std::int64_t datasetId = datasets.find(series.dataset);
    if (!series.dataset.isEmpty() && !datasetId) { // as a file does: the series' provenance, by its uid alone
        datasetId = insertedId(db, "INSERT INTO datasets(uid, name, imported_at) VALUES ($1, '', $2) RETURNING id",
                               PgParams().add(series.dataset).add(nowIsoUtc()));
        datasets.add(series.dataset, datasetId);
    }
    db.exec("INSERT INTO series(symbol_id, interval, dataset_id) VALUES ($1, $2, $3)",
            PgParams().add(symbolId).add(series.interval).add(optionalId(datasetId)));
    PgCopyIn copy(db, "COPY bars (symbol_id, interval, ts_ms, open, high, low, close, adj_close, volume) FROM STDIN");
    for (const Bar &bar : series.bars) {
        copy.field(symbolId).field(series.interval).field(bar.tsMs).field(bar.open).field(bar.high).field(bar.low);
        copy.field(bar.close).field(bar.adjClose).field(bar.volume).endRow();
    }
    copy.finish();
}

} // namespace

PgStore::PgStore(const QString &target)
    : m_db(target)
{
    pgschema::prepare(m_db);
}

void PgStore::importSnapshot(const Snapshot &snapshot)
{
    PgTransaction transaction(m_db);

    PgKeyIndex datasets(m_db, "SELECT uid, id FROM datasets");
    for (const DatasetInfo &info : snapshot.datasets) {
        if (datasets.contains(info.uid))
            throw duplicate(QStringLiteral("dataset"), info.uid);
        datasets.add(info.uid, insertedId(m_db,
                                          "INSERT INTO datasets(uid, name, origin, licence, notes, imported_at) "
                                          "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                          PgParams().add(info.uid).add(info.name).add(info.origin).add(info.licence)
                                              .add(info.notes).add(info.importedAt.isEmpty() ? nowIsoUtc() : info.importedAt)));
    }

    PgKeyIndex actors(m_db, "SELECT uid, id FROM actors");
    for (const Actor &actor : snapshot.actors) {
        if (actors.contains(actor.uid))
            throw duplicate(QStringLiteral("actor"), actor.uid);
        actors.add(actor.uid, insertedId(m_db, "INSERT INTO actors(uid, name, kind, dataset_id) VALUES ($1, $2, $3, $4) "
                                               "RETURNING id",
                                         PgParams().add(actor.uid).add(actor.name).add(actor.kind)
                                             .add(optionalId(datasets.find(actor.dataset)))));
    }

    PgKeyIndex events(m_db, "SELECT uid, id FROM events");
    importEvents(m_db, snapshot.events, datasets, actors, events);

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
            throw duplicate(QStringLiteral("era"), era.uid);
        eras.add(era.uid, insertedId(m_db, "INSERT INTO eras(uid, name, start_ms, end_ms, color, dataset_id) "
                                           "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                     PgParams().add(era.uid).add(era.name).add(era.startMs).add(era.endMs)
                                         .add(era.color).add(optionalId(datasets.find(era.dataset)))));
    }

    PgKeyIndex sources(m_db, "SELECT uid, id FROM sources");
    for (const Source &source : snapshot.sources) {
        if (sources.contains(source.uid))
            throw duplicate(QStringLiteral("source"), source.uid);
        sources.add(source.uid,
                    insertedId(m_db,
                               "INSERT INTO sources(uid, kind, title, outlet, author, url, published_ms, precision, "
                               "uncertain, lang, text, text_sha256, dataset_id) "
                               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                               PgParams().add(source.uid).add(source.kind).add(source.title).add(source.outlet)
                                   .add(source.author).add(source.url).add(source.publishedMs)
                                   .add(toString(source.precision)).add(source.uncertain).add(source.lang)
                                   .add(source.text).add(sha256Hex(source.text))
                                   .add(optionalId(datasets.find(source.dataset)))));
    }

    PgKeyIndex quotes(m_db, "SELECT uid, id FROM quotes");
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
        quotes.add(quote.uid,
                   insertedId(m_db,
                              "INSERT INTO quotes(uid, source_id, event_id, speaker_id, exact, prefix, suffix, "
                              "pos_start, pos_end, status, score, dataset_id) "
                              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                              PgParams().add(quote.uid).add(sourceId).add(optionalId(eventId))
                                  .add(optionalId(speakerId)).add(quote.exact).add(quote.prefix).add(quote.suffix)
                                  .add(quote.start).add(quote.end).add(toString(quote.status)).add(quote.score)
                                  .add(optionalId(datasets.find(quote.dataset)))));
    }

    PgKeyIndex symbols(m_db, "SELECT ticker, id FROM symbols");
    for (const Symbol &symbol : snapshot.symbols) {
        if (symbols.contains(symbol.ticker))
            throw duplicate(QStringLiteral("symbol"), symbol.ticker);
        symbols.add(symbol.ticker,
                    insertedId(m_db,
                               "INSERT INTO symbols(ticker, name, kind, exchange, currency, shares_outstanding, "
                               "shares_as_of, shares_source, dataset_id) "
                               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                               PgParams().add(symbol.ticker).add(symbol.name).add(symbol.kind).add(symbol.exchange)
                                   .add(symbol.currency).add(symbol.sharesOutstanding).add(symbol.sharesAsOf)
                                   .add(symbol.sharesSource).add(optionalId(datasets.find(symbol.dataset)))));
    }

    for (const PriceSeries &series : snapshot.series)
        importSeries(m_db, series, datasets);

    PgKeyIndex views(m_db, "SELECT name, id FROM views");
    for (const SavedView &view : snapshot.views) {
        if (views.contains(view.name))
            throw duplicate(QStringLiteral("view"), view.name);
        const QByteArray settings = QJsonDocument(view.settings.toJson()).toJson(QJsonDocument::Compact);
        views.add(view.name, insertedId(m_db, "INSERT INTO views(name, settings, dataset_id) VALUES ($1, $2, $3) "
                                              "RETURNING id",
                                        PgParams().add(view.name).add(QString::fromUtf8(settings))
                                            .add(optionalId(datasets.find(view.dataset)))));
    }
    transaction.commit();
}

Snapshot PgStore::exportSnapshot()
{
    // One snapshot of the database for all the reads, whatever other analysts commit meanwhile.
    PgTransaction transaction(m_db);
    m_db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    Snapshot snapshot;

    const PgResult datasets = m_db.exec("SELECT uid, name, origin, licence, notes, imported_at FROM datasets ORDER BY id");
    for (int r = 0; r < datasets.rows(); ++r)
        snapshot.datasets << DatasetInfo{datasets.text(r, 0), datasets.text(r, 1), datasets.text(r, 2),
                                         datasets.text(r, 3), datasets.text(r, 4), datasets.text(r, 5)};

    const PgResult actors = m_db.exec("SELECT a.uid, a.name, a.kind, coalesce(d.uid, '') FROM actors a "
                                      "LEFT JOIN datasets d ON d.id = a.dataset_id ORDER BY a.id");
    for (int r = 0; r < actors.rows(); ++r)
        snapshot.actors << Actor{actors.text(r, 0), actors.text(r, 1), actors.text(r, 2), actors.text(r, 3)};

    const PgResult events = m_db.exec("SELECT e.id, e.uid, e.title, e.summary, e.kind, e.start_ms, e.end_ms, "
                                      "e.precision, e.uncertain, e.tz, coalesce(d.uid, '') FROM events e "
                                      "LEFT JOIN datasets d ON d.id = e.dataset_id ORDER BY e.id");
    QHash<std::int64_t, qsizetype> indexById;
    indexById.reserve(events.rows());
    snapshot.events.reserve(events.rows());
    for (int r = 0; r < events.rows(); ++r) {
        Event event;
        event.uid = events.text(r, 1);
        event.title = events.text(r, 2);
        event.summary = events.text(r, 3);
        event.kind = eventKindFromString(events.text(r, 4)).value_or(EventKind::Other);
        event.startMs = events.int64(r, 5);
        event.endMs = optionalInt64(events, r, 6);
        event.precision = precisionFromString(events.text(r, 7)).value_or(Precision::Day);
        event.uncertain = boolean(events, r, 8);
        event.tz = events.text(r, 9);
        event.dataset = events.text(r, 10);
        indexById.insert(events.int64(r, 0), snapshot.events.size());
        snapshot.events << std::move(event);
    }
    const PgResult eventActors = m_db.exec("SELECT ea.event_id, a.uid, ea.role FROM event_actors ea "
                                           "JOIN actors a ON a.id = ea.actor_id ORDER BY ea.event_id, ea.position");
    for (int r = 0; r < eventActors.rows(); ++r)
        snapshot.events[indexById.value(eventActors.int64(r, 0))].actors
            << EventActor{eventActors.text(r, 1), eventActors.text(r, 2)};
    const PgResult eventSymbols = m_db.exec("SELECT event_id, symbol FROM event_symbols ORDER BY event_id, position");
    for (int r = 0; r < eventSymbols.rows(); ++r)
        snapshot.events[indexById.value(eventSymbols.int64(r, 0))].symbols << eventSymbols.text(r, 1);

    const PgResult links = m_db.exec("SELECT f.uid, t.uid, l.type FROM event_links l JOIN events f ON f.id = l.from_id "
                                     "JOIN events t ON t.id = l.to_id ORDER BY l.id");
    for (int r = 0; r < links.rows(); ++r)
        snapshot.links << EventLink{links.text(r, 0), links.text(r, 1), links.text(r, 2)};

    const PgResult eras = m_db.exec("SELECT r.uid, r.name, r.start_ms, r.end_ms, r.color, coalesce(d.uid, '') FROM eras r "
                                    "LEFT JOIN datasets d ON d.id = r.dataset_id ORDER BY r.id");
    for (int r = 0; r < eras.rows(); ++r)
        snapshot.eras << Era{eras.text(r, 0), eras.text(r, 1), eras.int64(r, 2), eras.int64(r, 3), eras.text(r, 4),
                             eras.text(r, 5)};

    const PgResult sources = m_db.exec("SELECT s.uid, s.kind, s.title, s.outlet, s.author, s.url, s.published_ms, "
                                       "s.precision, s.uncertain, s.lang, s.text, coalesce(d.uid, '') FROM sources s "
                                       "LEFT JOIN datasets d ON d.id = s.dataset_id ORDER BY s.id");
    for (int r = 0; r < sources.rows(); ++r) {
        Source source;
        source.uid = sources.text(r, 0);
        source.kind = sources.text(r, 1);
        source.title = sources.text(r, 2);
        source.outlet = sources.text(r, 3);
        source.author = sources.text(r, 4);
        source.url = sources.text(r, 5);
        source.publishedMs = optionalInt64(sources, r, 6);
        source.precision = precisionFromString(sources.text(r, 7)).value_or(Precision::Day);
        source.uncertain = boolean(sources, r, 8);
        source.lang = sources.text(r, 9);
        source.text = sources.text(r, 10);
        source.dataset = sources.text(r, 11);
        snapshot.sources << std::move(source);
    }

    const PgResult quotes = m_db.exec(
        "SELECT q.uid, s.uid, coalesce(e.uid, ''), coalesce(a.uid, ''), q.exact, q.prefix, q.suffix, q.pos_start, "
        "q.pos_end, q.status, q.score, coalesce(d.uid, '') FROM quotes q JOIN sources s ON s.id = q.source_id "
        "LEFT JOIN events e ON e.id = q.event_id LEFT JOIN actors a ON a.id = q.speaker_id "
        "LEFT JOIN datasets d ON d.id = q.dataset_id ORDER BY q.id");
    for (int r = 0; r < quotes.rows(); ++r) {
        Quote quote;
        quote.uid = quotes.text(r, 0);
        quote.source = quotes.text(r, 1);
        quote.event = quotes.text(r, 2);
        quote.speaker = quotes.text(r, 3);
        quote.exact = quotes.text(r, 4);
        quote.prefix = quotes.text(r, 5);
        quote.suffix = quotes.text(r, 6);
        quote.start = quotes.int64(r, 7);
        quote.end = quotes.int64(r, 8);
        quote.status = anchorStatusFromString(quotes.text(r, 9)).value_or(AnchorStatus::Orphaned);
        quote.score = quotes.text(r, 10).toDouble();
        quote.dataset = quotes.text(r, 11);
        snapshot.quotes << std::move(quote);
    }

    const PgResult symbols = m_db.exec("SELECT y.ticker, y.name, y.kind, y.exchange, y.currency, y.shares_outstanding, "
                                       "y.shares_as_of, y.shares_source, coalesce(d.uid, '') FROM symbols y "
                                       "LEFT JOIN datasets d ON d.id = y.dataset_id ORDER BY y.id");
    for (int r = 0; r < symbols.rows(); ++r)
        snapshot.symbols << Symbol{symbols.text(r, 0), symbols.text(r, 1), symbols.text(r, 2), symbols.text(r, 3),
                                   symbols.text(r, 4), optionalInt64(symbols, r, 5), symbols.text(r, 6),
                                   symbols.text(r, 7), symbols.text(r, 8)};

    // Intervals in the order of their bytes, as a file sorts them, whatever the database's collation.
    const PgResult series = m_db.exec("SELECT s.symbol_id, y.ticker, s.interval, coalesce(d.uid, '') FROM series s "
                                      "JOIN symbols y ON y.id = s.symbol_id LEFT JOIN datasets d ON d.id = s.dataset_id "
                                      "ORDER BY y.id, s.interval COLLATE \"C\"");
    for (int r = 0; r < series.rows(); ++r) {
        PriceSeries one;
        one.symbol = series.text(r, 1);
        one.interval = series.text(r, 2);
        one.dataset = series.text(r, 3);
        const PgResult bars = m_db.exec("SELECT ts_ms, open, high, low, close, adj_close, volume FROM bars "
                                        "WHERE symbol_id = $1 AND interval = $2 ORDER BY ts_ms",
                                        PgParams().add(series.int64(r, 0)).add(one.interval));
        one.bars.reserve(std::size_t(bars.rows()));
        for (int b = 0; b < bars.rows(); ++b)
            one.bars.push_back(Bar{bars.int64(b, 0), bars.text(b, 1).toDouble(), bars.text(b, 2).toDouble(),
                                   bars.text(b, 3).toDouble(), bars.text(b, 4).toDouble(), optionalReal(bars, b, 5),
                                   optionalReal(bars, b, 6)});
        snapshot.series << std::move(one);
    }

    const PgResult views = m_db.exec("SELECT v.name, v.settings, coalesce(d.uid, '') FROM views v "
                                     "LEFT JOIN datasets d ON d.id = v.dataset_id ORDER BY v.id");
    for (int r = 0; r < views.rows(); ++r) {
        const QJsonDocument settings = QJsonDocument::fromJson(views.text(r, 1).toUtf8());
        snapshot.views << SavedView{views.text(r, 0), ViewSettings::fromJson(settings.object()).value_or(ViewSettings()),
                                    views.text(r, 2)};
    }
    transaction.commit();
    return snapshot;
}

qint64 PgStore::eventCount()
{
    return m_db.exec("SELECT count(*) FROM events").int64(0, 0);
}

} // namespace tickerline
