// SPDX-License-Identifier: GPL-3.0-or-later
// PgStore's reads: rows back into domain values, in the order a file gives them.
#include "pgstore.h"

#include "store/postgres/pgstorerows.h"
#include "store/searchquery.h"
#include "store/searchranking.h"
#include "store/storednames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tickerline {

using namespace pgrows;

namespace {

// The text with every character that is neither letter nor digit made a space: how a file's
// tokenizer reads a query, so that "shares-market" also finds "shares market".
QString wordsOnly(const QString &text)
{
    QList<uint> words = text.toUcs4();
    for (uint &c : words) {
        if (!QChar::isLetterOrNumber(c))
            c = ' ';
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(words.constData()), words.size()).simplified();
}

// The query as a tsquery expression for `params`: each term through phraseto_tsquery in the
// 'simple' configuration (its own words; a bound parameter, so nothing typed is ever syntax),
// combined as SearchQuery reads it. A term holding punctuation is also looked for as its words
// alone: the 'simple' parser keeps "16.97" as one token and "wake-up" as one besides its parts,
// where a file has only the parts.
QByteArray tsqueryExpression(const SearchQuery &query, PgParams &params)
{
    const auto phrase = [&params](const QString &text) {
        params.add(text);
        return "phraseto_tsquery('simple', $" + QByteArray::number(params.size()) + ")";
    };
    QByteArrayList alternatives;
    for (const QList<SearchQuery::Term> &alternative : query.alternatives) {
        QByteArrayList terms;
        for (const SearchQuery::Term &term : alternative) {
            QByteArray matches = phrase(term.text);
            const QString words = wordsOnly(term.text);
            if (words != term.text.simplified())
                matches = "(" + matches + " || " + phrase(words) + ")";
            terms << (term.excluded ? "(!! " : "(") + matches + ")";
        }
        alternatives << "(" + terms.join(" && ") + ")";
    }
    return alternatives.join(" || ");
}

// The WHERE clause of a filter on `e` (empty when it keeps everything), its values added to `params`.
QByteArray eventFilterClause(const EventFilter &filter, PgParams &params)
{
    QByteArrayList conditions;
    const auto parameter = [&](const auto &value) {
        params.add(value);
        return "$" + QByteArray::number(params.size());
    };
    if (filter.fromMs)
        conditions << "coalesce(e.end_ms, e.start_ms) >= " + parameter(*filter.fromMs);
    if (filter.toMs)
        conditions << "e.start_ms <= " + parameter(*filter.toMs);
    if (!filter.kinds.isEmpty()) {
        QByteArrayList kinds;
        for (EventKind kind : filter.kinds)
            kinds << parameter(toString(kind));
        conditions << "e.kind IN (" + kinds.join(", ") + ")";
    }
    if (!filter.actor.isEmpty()) {
        const QByteArray actor = parameter(filter.actor);
        conditions << "e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                      "WHERE a.uid = " +
                          actor + " OR lower(a.name) = lower(" + actor + "))";
    }
    if (!filter.symbol.isEmpty())
        conditions << "e.id IN (SELECT event_id FROM event_symbols WHERE upper(symbol) = upper(" +
                          parameter(filter.symbol) + "))";
    return conditions.isEmpty() ? QByteArray() : "WHERE " + conditions.join(" AND ") + " ";
}

// The ids of a batch of listed rows (column 0) as an array parameter.
PgParams idsOf(const PgResult &rows)
{
    QByteArray ids = "{";
    for (int r = 0; r < rows.rows(); ++r)
        ids += (r ? "," : "") + QByteArray::number(qlonglong(rows.int64(r, 0)));
    return PgParams().add(QString::fromLatin1(ids + '}'));
}

// The actors, symbols and quotes of a batch of listed events, read in three queries for the batch.
class ListingDetails final
{
public:
    void read(PgConnection &db, const PgResult &events)
    {
        const PgParams ids = idsOf(events);
        const PgResult actors = db.exec("SELECT ea.event_id, a.uid, a.name, ea.role FROM event_actors ea "
                                        "JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = ANY($1::bigint[]) "
                                        "ORDER BY ea.event_id, ea.position",
                                        ids);
        for (int r = 0; r < actors.rows(); ++r)
            m_actors[actors.int64(r, 0)] << ListedEvent::Actor{actors.text(r, 1), actors.text(r, 2), actors.text(r, 3)};
        const PgResult symbols =
            db.exec("SELECT event_id, symbol FROM event_symbols WHERE event_id = ANY($1::bigint[]) "
                    "ORDER BY event_id, position",
                    ids);
        for (int r = 0; r < symbols.rows(); ++r)
            m_symbols[symbols.int64(r, 0)] << symbols.text(r, 1);
        const PgResult quotes = db.exec("SELECT q.event_id, q.uid, s.uid, q.exact, q.pos_start, q.pos_end, q.status "
                                        "FROM quotes q JOIN sources s ON s.id = q.source_id "
                                        "WHERE q.event_id = ANY($1::bigint[]) ORDER BY q.event_id, q.id",
                                        ids);
        for (int r = 0; r < quotes.rows(); ++r)
            m_quotes[quotes.int64(r, 0)] << ListedEvent::QuoteAnchor{
                quotes.text(r, 1),  quotes.text(r, 2),
                quotes.text(r, 3),  quotes.int64(r, 4),
                quotes.int64(r, 5), anchorStatusFromString(quotes.text(r, 6)).value_or(AnchorStatus::Orphaned)};
    }
    void fill(std::int64_t id, ListedEvent &event) const
    {
        event.actors = m_actors.value(id);
        event.symbols = m_symbols.value(id);
        event.quotes = m_quotes.value(id);
    }

private:
    QHash<std::int64_t, QList<ListedEvent::Actor>> m_actors;
    QHash<std::int64_t, QStringList> m_symbols;
    QHash<std::int64_t, QList<ListedEvent::QuoteAnchor>> m_quotes;
};

// Sources of `rest` (conditions and order, on `s`), with their text or (withText false) without.
QList<Source> readSources(PgConnection &db, const char *rest, const PgParams &params, bool withText = true)
{
    const PgResult rows =
        db.exec((QByteArray("SELECT s.id, s.uid, s.kind, s.title, s.outlet, s.author, s.url, "
                            "s.published_ms, s.precision, s.uncertain, s.lang, ") +
                 (withText ? "s.text" : "''") +
                 ", coalesce(d.uid, '') FROM sources s LEFT JOIN datasets d ON d.id = s.dataset_id " + rest)
                    .constData(),
                params);
    QList<Source> sources;
    for (int r = 0; r < rows.rows(); ++r) {
        Source source;
        source.id = rows.int64(r, 0);
        source.uid = rows.text(r, 1);
        source.kind = rows.text(r, 2);
        source.title = rows.text(r, 3);
        source.outlet = rows.text(r, 4);
        source.author = rows.text(r, 5);
        source.url = rows.text(r, 6);
        source.publishedMs = optionalInt64(rows, r, 7);
        source.precision = precisionFromString(rows.text(r, 8)).value_or(Precision::Day);
        source.uncertain = boolean(rows, r, 9);
        source.lang = rows.text(r, 10);
        source.text = rows.text(r, 11);
        source.dataset = rows.text(r, 12);
        sources << std::move(source);
    }
    return sources;
}

// Quotes of `rest` (conditions and order, on `q`, `s` its source and `e` its event).
QList<Quote> readQuotes(PgConnection &db, const char *rest, const PgParams &params)
{
    const PgResult rows = db.exec(
        (QByteArray("SELECT q.id, q.uid, s.uid, coalesce(e.uid, ''), coalesce(a.uid, ''), q.exact, q.prefix, q.suffix, "
                    "q.pos_start, q.pos_end, q.status, q.score, coalesce(d.uid, '') FROM quotes q "
                    "JOIN sources s ON s.id = q.source_id LEFT JOIN events e ON e.id = q.event_id "
                    "LEFT JOIN actors a ON a.id = q.speaker_id LEFT JOIN datasets d ON d.id = q.dataset_id ") +
         rest)
            .constData(),
        params);
    QList<Quote> quotes;
    for (int r = 0; r < rows.rows(); ++r) {
        Quote quote;
        quote.id = rows.int64(r, 0);
        quote.uid = rows.text(r, 1);
        quote.source = rows.text(r, 2);
        quote.event = rows.text(r, 3);
        quote.speaker = rows.text(r, 4);
        quote.exact = rows.text(r, 5);
        quote.prefix = rows.text(r, 6);
        quote.suffix = rows.text(r, 7);
        quote.start = rows.int64(r, 8);
        quote.end = rows.int64(r, 9);
        quote.status = anchorStatusFromString(rows.text(r, 10)).value_or(AnchorStatus::Orphaned);
        quote.score = rows.text(r, 11).toDouble();
        quote.dataset = rows.text(r, 12);
        quotes << std::move(quote);
    }
    return quotes;
}

QList<Symbol> readSymbols(PgConnection &db, const char *rest, const PgParams &params)
{
    const PgResult rows =
        db.exec((QByteArray("SELECT y.ticker, y.name, y.kind, y.exchange, y.currency, "
                            "y.shares_outstanding, y.shares_as_of, y.shares_source, coalesce(d.uid, '') "
                            "FROM symbols y LEFT JOIN datasets d ON d.id = y.dataset_id ") +
                 rest)
                    .constData(),
                params);
    QList<Symbol> symbols;
    for (int r = 0; r < rows.rows(); ++r)
        symbols << Symbol{rows.text(r, 0),           rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4),
                          optionalInt64(rows, r, 5), rows.text(r, 6), rows.text(r, 7), rows.text(r, 8)};
    return symbols;
}

// Settings that no longer read fall back to the defaults rather than hide the view, as in a file.
QList<SavedView> readViews(PgConnection &db, const char *rest, const PgParams &params)
{
    const PgResult rows = db.exec((QByteArray("SELECT v.name, v.settings, coalesce(d.uid, '') FROM views v "
                                              "LEFT JOIN datasets d ON d.id = v.dataset_id ") +
                                   rest)
                                      .constData(),
                                  params);
    QList<SavedView> views;
    for (int r = 0; r < rows.rows(); ++r) {
        const QJsonDocument settings = QJsonDocument::fromJson(rows.text(r, 1).toUtf8());
        views << SavedView{rows.text(r, 0), ViewSettings::fromJson(settings.object()).value_or(ViewSettings()),
                           rows.text(r, 2)};
    }
    return views;
}

} // namespace

namespace pgrows {

Event eventOf(const PgResult &rows, int r)
{
    Event event;
    event.id = rows.int64(r, 0);
    event.uid = rows.text(r, 1);
    event.title = rows.text(r, 2);
    event.summary = rows.text(r, 3);
    event.kind = eventKindFromString(rows.text(r, 4)).value_or(EventKind::Other);
    event.startMs = rows.int64(r, 5);
    event.endMs = optionalInt64(rows, r, 6);
    event.precision = precisionFromString(rows.text(r, 7)).value_or(Precision::Day);
    event.uncertain = boolean(rows, r, 8);
    event.tz = rows.text(r, 9);
    event.dataset = rows.text(r, 10);
    return event;
}

// Events with their actors and symbols: the rows of `where` (conditions and order, on `e`), and
// the details of exactly those rows in two more queries, not two per event.
QList<Event> readEvents(PgConnection &db, const QByteArray &where, const PgParams &params)
{
    const PgResult rows = db.exec((QByteArray(kEventColumns) + where).constData(), params);
    QList<Event> events;
    QHash<std::int64_t, qsizetype> indexById;
    indexById.reserve(rows.rows());
    events.reserve(rows.rows());
    for (int r = 0; r < rows.rows(); ++r) {
        indexById.insert(rows.int64(r, 0), events.size());
        events << eventOf(rows, r);
    }
    if (events.isEmpty())
        return events;
    const PgParams ofThese = idsOf(rows);
    const PgResult actors = db.exec("SELECT ea.event_id, a.uid, ea.role FROM event_actors ea JOIN actors a "
                                    "ON a.id = ea.actor_id WHERE ea.event_id = ANY($1::bigint[]) "
                                    "ORDER BY ea.event_id, ea.position",
                                    ofThese);
    for (int r = 0; r < actors.rows(); ++r)
        events[indexById.value(actors.int64(r, 0))].actors << EventActor{actors.text(r, 1), actors.text(r, 2)};
    const PgResult symbols = db.exec("SELECT event_id, symbol FROM event_symbols WHERE event_id = ANY($1::bigint[]) "
                                     "ORDER BY event_id, position",
                                     ofThese);
    for (int r = 0; r < symbols.rows(); ++r)
        events[indexById.value(symbols.int64(r, 0))].symbols << symbols.text(r, 1);
    return events;
}

} // namespace pgrows

QList<DatasetInfo> PgStore::datasets()
{
    const PgResult rows = m_db.exec("SELECT uid, name, origin, licence, notes, imported_at FROM datasets ORDER BY id");
    QList<DatasetInfo> datasets;
    for (int r = 0; r < rows.rows(); ++r)
        datasets << DatasetInfo{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2),
                                rows.text(r, 3), rows.text(r, 4), rows.text(r, 5)};
    return datasets;
}

QList<Actor> PgStore::actors()
{
    const PgResult rows = m_db.exec("SELECT a.uid, a.name, a.kind, coalesce(d.uid, '') FROM actors a "
                                    "LEFT JOIN datasets d ON d.id = a.dataset_id ORDER BY a.id");
    QList<Actor> actors;
    for (int r = 0; r < rows.rows(); ++r)
        actors << Actor{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3)};
    return actors;
}

QList<EventLink> PgStore::links()
{
    const PgResult rows = m_db.exec("SELECT f.uid, t.uid, l.type FROM event_links l JOIN events f ON f.id = l.from_id "
                                    "JOIN events t ON t.id = l.to_id ORDER BY l.id");
    QList<EventLink> links;
    for (int r = 0; r < rows.rows(); ++r)
        links << EventLink{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2)};
    return links;
}

QList<Era> PgStore::eras()
{
    const PgResult rows = m_db.exec("SELECT r.uid, r.name, r.start_ms, r.end_ms, r.color, coalesce(d.uid, '') "
                                    "FROM eras r LEFT JOIN datasets d ON d.id = r.dataset_id ORDER BY r.id");
    QList<Era> eras;
    for (int r = 0; r < rows.rows(); ++r)
        eras << Era{rows.text(r, 0),  rows.text(r, 1), rows.int64(r, 2),
                    rows.int64(r, 3), rows.text(r, 4), rows.text(r, 5)};
    return eras;
}

QList<Source> PgStore::sources()
{
    return readSources(m_db, "ORDER BY s.id", {});
}

std::optional<Source> PgStore::source(const QString &uid)
{
    const QList<Source> found = readSources(m_db, "WHERE s.uid = $1", PgParams().add(uid));
    return found.isEmpty() ? std::nullopt : std::optional<Source>(found.first());
}

QList<Source> PgStore::sourceHeaders()
{
    // The order a file gives: undated sources first, uids by their bytes.
    return readSources(m_db, "ORDER BY s.published_ms NULLS FIRST, s.uid COLLATE \"C\"", {}, false);
}

QList<Quote> PgStore::quotes()
{
    return readQuotes(m_db, "ORDER BY q.id", {});
}

QList<Quote> PgStore::quotesOfSource(const QString &sourceUid)
{
    return readQuotes(m_db, "WHERE s.uid = $1 ORDER BY q.pos_start, q.id", PgParams().add(sourceUid));
}

QList<Quote> PgStore::quotesOfEvent(const QString &eventUid)
{
    return readQuotes(m_db, "WHERE e.uid = $1 ORDER BY q.id", PgParams().add(eventUid));
}

QHash<QString, int> PgStore::quoteCountsByEvent()
{
    const PgResult rows = m_db.exec("SELECT e.uid, count(*) FROM quotes q JOIN events e ON e.id = q.event_id "
                                    "GROUP BY e.uid");
    QHash<QString, int> counts;
    for (int r = 0; r < rows.rows(); ++r)
        counts.insert(rows.text(r, 0), int(rows.int64(r, 1)));
    return counts;
}

QList<Symbol> PgStore::symbols()
{
    return readSymbols(m_db, "ORDER BY y.id", {});
}

std::optional<Symbol> PgStore::symbol(const QString &ticker)
{
    const QList<Symbol> found =
        readSymbols(m_db, "WHERE upper(y.ticker) = upper($1) ORDER BY y.id LIMIT 1", PgParams().add(ticker));
    return found.isEmpty() ? std::nullopt : std::optional<Symbol>(found.first());
}

QSet<QString> PgStore::keys(KeyedTable table)
{
    const PgResult rows = m_db.exec(keysSql(table));
    QSet<QString> values;
    values.reserve(rows.rows());
    for (int r = 0; r < rows.rows(); ++r)
        values.insert(rows.text(r, 0));
    return values;
}

bool PgStore::contains(KeyedTable table, const QString &key)
{
    return m_db.exec(containsSql(table, "$1").constData(), PgParams().add(key)).rows() > 0;
}

QList<SavedView> PgStore::savedViews()
{
    return readViews(m_db, "ORDER BY v.id", {});
}

std::optional<SavedView> PgStore::savedView(const QString &name)
{
    const QList<SavedView> found = readViews(m_db, "WHERE v.name = $1", PgParams().add(name));
    return found.isEmpty() ? std::nullopt : std::optional<SavedView>(found.first());
}

qint64 PgStore::eventCount()
{
    return m_db.exec("SELECT count(*) FROM events").int64(0, 0);
}

QList<Event> PgStore::events(const EventFilter &filter)
{
    PgParams params;
    return readEvents(m_db, eventFilterClause(filter, params) + "ORDER BY e.start_ms, e.id", params);
}

void PgStore::forEachListedEvent(const EventFilter &filter, EventDetail detail,
                                 const std::function<bool(const ListedEvent &)> &visit)
{
    const bool full = detail == EventDetail::Full;
    PgTransaction transaction(m_db);
    if (transaction.outermost())
        m_db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    PgParams params;
    const QByteArray where = eventFilterClause(filter, params);
    m_db.exec((QByteArray("DECLARE listing NO SCROLL CURSOR FOR SELECT e.id, e.uid, e.title, ") +
               (full ? "e.summary" : "''") +
               ", e.kind, e.start_ms, e.end_ms, e.precision, e.uncertain, e.tz FROM events e " + where +
               "ORDER BY e.start_ms, e.id")
                  .constData(),
              params);
    ListedEvent event;
    // A small first batch, so that the first line shows at once; larger ones after.
    for (int batch = 500;; batch = 5000) {
        const PgResult rows = m_db.exec(QByteArray("FETCH " + QByteArray::number(batch) + " FROM listing").constData());
        if (rows.rows() == 0)
            break;
        ListingDetails details;
        if (full)
            details.read(m_db, rows);
        for (int r = 0; r < rows.rows(); ++r) {
            event.uid = storedUtf8(rows.bytes(r, 1));
            event.title = storedUtf8(rows.bytes(r, 2));
            event.summary = storedUtf8(rows.bytes(r, 3));
            event.kind = storedEventKind(rows.bytes(r, 4));
            event.startMs = rows.int64(r, 5);
            event.endMs = optionalInt64(rows, r, 6);
            event.precision = storedPrecision(rows.bytes(r, 7), Precision::Day);
            event.uncertain = boolean(rows, r, 8);
            event.tz = storedUtf8(rows.bytes(r, 9));
            if (full)
                details.fill(rows.int64(r, 0), event);
            if (!visit(event))
                return; // the transaction rolls back: it only read
        }
        if (rows.rows() < batch)
            break;
    }
    transaction.commit();
}

namespace {

// The strings of a JSON array of strings, each once, in order.
void readUids(const QByteArray &json, QStringList &out)
{
    out.clear();
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QString uid = value.toString();
        if (!out.contains(uid))
            out << uid;
    }
}

} // namespace

void PgStore::forEachEventRow(const std::function<void(const EventRow &)> &visit)
{
    PgTransaction transaction(m_db);
    if (transaction.outermost())
        m_db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    m_db.exec("DECLARE event_rows NO SCROLL CURSOR FOR SELECT e.uid, e.title, e.kind, e.start_ms, e.end_ms, "
              "e.precision, e.uncertain, e.tz, "
              "(SELECT coalesce(json_agg(a.uid ORDER BY ea.position), '[]') FROM event_actors ea "
              " JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id), "
              "(SELECT coalesce(json_agg(s.symbol ORDER BY s.position), '[]') FROM event_symbols s "
              " WHERE s.event_id = e.id) "
              "FROM events e ORDER BY e.id");
    constexpr int kBatch = 5000;
    EventRow row;
    for (;;) {
        const PgResult rows = m_db.exec("FETCH 5000 FROM event_rows");
        for (int r = 0; r < rows.rows(); ++r) {
            row.uid = rows.text(r, 0);
            row.title = rows.text(r, 1);
            row.kind = storedEventKind(rows.bytes(r, 2));
            row.startMs = rows.int64(r, 3);
            row.endMs = optionalInt64(rows, r, 4);
            row.precision = storedPrecision(rows.bytes(r, 5), Precision::Second);
            row.uncertain = boolean(rows, r, 6);
            row.tz = rows.bytes(r, 7);
            readUids(rows.bytes(r, 8), row.actors);
            readUids(rows.bytes(r, 9), row.symbols);
            visit(row);
        }
        if (rows.rows() < kBatch)
            break;
    }
    transaction.commit();
}

QList<SearchHit> PgStore::search(const QString &query, int limit)
{
    QList<SearchHit> hits;
    const SearchQuery parsed = SearchQuery::parse(query);
    if (parsed.isEmpty() || limit == 0)
        return hits;
    // The tsquery is made first and sent back as a constant, which the planner can estimate.
    PgParams termParams;
    const QByteArray expression = tsqueryExpression(parsed, termParams);
    const QString tsquery =
        m_db.exec(QByteArray("SELECT (" + expression + ")::text").constData(), termParams).text(0, 0);
    if (tsquery.isEmpty())
        return hits;
    // As on a file, only the newest rankedSearchMatches(limit) matches of each table are ranked:
    // the planner then walks a common word's rows newest first by the primary key and stops, and
    // takes a rare word's few rows from the GIN index. Ranking every match took seconds for a
    // word in most of a million rows. Weights of D, C, B (a body) and A (a title): a title counts
    // four times its body. Snippets are made for the page only.
    const PgResult rows = m_db.exec(
        "WITH best AS (SELECT * FROM ("
        "  SELECT 'event' AS type, e.uid, e.title, e.summary AS body, "
        "         ts_rank_cd('{0.1, 0.2, 0.25, 1.0}', e.search, $1::tsquery) AS score, "
        "         e.id * 4 AS rowkey "
        "    FROM (SELECT * FROM events WHERE search @@ $1::tsquery "
        "          ORDER BY id DESC LIMIT $3) e "
        "  UNION ALL "
        "  SELECT 'source', s.uid, s.title, s.text, "
        "         ts_rank_cd('{0.1, 0.2, 0.25, 1.0}', s.search, $1::tsquery), s.id * 4 + 1 "
        "    FROM (SELECT * FROM sources WHERE search @@ $1::tsquery "
        "          ORDER BY id DESC LIMIT $3) s "
        "  UNION ALL "
        "  SELECT 'quote', x.uid, '', x.exact, "
        "         ts_rank_cd('{0.1, 0.2, 0.25, 1.0}', x.search, $1::tsquery), x.id * 4 + 2 "
        "    FROM (SELECT * FROM quotes WHERE search @@ $1::tsquery "
        "          ORDER BY id DESC LIMIT $3) x"
        ") hits ORDER BY score DESC, rowkey DESC LIMIT $2) "
        "SELECT type, uid, title, ts_headline('simple', body, $1::tsquery, "
        "       'StartSel=[, StopSel=], MaxWords=12, MinWords=4, MaxFragments=1, FragmentDelimiter=…'), score "
        "FROM best ORDER BY score DESC, rowkey DESC",
        PgParams()
            .add(tsquery)
            .add(limit < 0 ? std::nullopt : std::optional<std::int64_t>(limit))
            .add(limit < 0 ? std::nullopt : std::optional<std::int64_t>(rankedSearchMatches(limit))));
    hits.reserve(rows.rows());
    for (int r = 0; r < rows.rows(); ++r)
        hits << SearchHit{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3),
                          rows.text(r, 4).toDouble()};
    return hits;
}

} // namespace tickerline
