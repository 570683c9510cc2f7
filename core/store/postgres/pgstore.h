// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/postgres/pgconnection.h"
#include "store/store.h"

namespace tickerline {

// An event as stored, with the version an edit of it must name.
struct VersionedEvent
{
    Event event;
    std::int64_t version = 0;
};

// Tickerline's data in a PostgreSQL database (DESIGN §15): the team database. Opening creates or
// migrates the schema (pgschema::prepare). Whole datasets go in and out as Snapshots, as with a
// file, and come back exactly as they went in.
class PgStore final
{
public:
    explicit PgStore(const QString &target);

    const QString &name() const { return m_db.name(); }
    PgConnection &connection() { return m_db; }

    // A role that may only read (SELECT, no INSERT, UPDATE or DELETE on Tickerline's tables, or
    // no use of their sequences) gets a read-only store: reads work, and every write throws
    // "NAME is read-only: <reason>" before it starts, the reason naming the role and the right.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    // One transaction: everything or, on any refusal, nothing. Uids already in the database are
    // refused, as in a file; the events and the bars go in through COPY.
    void importSnapshot(const Snapshot &snapshot);
    // Everything, in the order it was imported (a file's export order).
    Snapshot exportSnapshot();
    qint64 eventCount();

    // The reads of Store, with the same rows in the same order.
    QList<DatasetInfo> datasets();
    QList<Actor> actors();
    QList<EventLink> links();
    QList<Era> eras();
    QList<Source> sources();
    std::optional<Source> source(const QString &uid);
    QList<Source> sourceHeaders(); // without their text, by date
    QList<Quote> quotes();
    QList<Quote> quotesOfSource(const QString &sourceUid);
    QList<Quote> quotesOfEvent(const QString &eventUid);
    QHash<QString, int> quoteCountsByEvent();
    QList<Symbol> symbols();
    std::optional<Symbol> symbol(const QString &ticker); // case-insensitive
    QList<SymbolSummary> symbolSummaries(); // with each symbol's daily bars' count and extent
    QList<PriceSeries> allSeries();
    QStringList seriesIntervals(const QString &symbol);
    SeriesExtent seriesExtent(const QString &symbol, const QString &interval);
    QSet<QString> keys(KeyedTable table);

    // The writes of Store, with its rules and messages; each raises the versions of the rows it changes.
    void updateShareCounts(const QList<Symbol> &symbols);
    void updateQuoteAnchors(const QList<Quote> &quotes);
    // A source's new text and its quotes anchored again in it, in one transaction.
    void replaceSourceText(const QString &sourceUid, const QString &text, const QList<Quote> &reanchored);
    QList<SavedView> savedViews();
    std::optional<SavedView> savedView(const QString &name);
    // Saves under the view's name, replacing a view of that name.
    void saveView(const SavedView &view);
    void removeView(const QString &name);

    // Every change of events is announced on this channel when its transaction commits, so that
    // every open window follows: a JSON object {"op": "insert"|"update"|"delete"|"import",
    // "uids": [...]} ("uids" left out when they would not fit a notification; "count" for imports).
    static constexpr const char *kEventsChannel = "tickerline_events";

    // The events the filter keeps, in time order (then in the order they were added), as a file
    // gives them (Store::events), with their actors and symbols.
    QList<Event> events(const EventFilter &filter = {});
    // The same events as events(filter), handed to `visit` one at a time (the value is reused:
    // copy what you keep) until it returns false. Read through a cursor a batch at a time, in one
    // snapshot of the database: memory stays flat however many there are.
    void forEachListedEvent(const EventFilter &filter, EventDetail detail,
                            const std::function<bool(const ListedEvent &)> &visit);
    std::optional<VersionedEvent> event(const QString &uid);
    // The same rules and messages as a file's edits (store/eventedits.h).
    void addEvent(const Event &event);
    // Refused, changing nothing, when someone else changed or deleted the event since `read` was
    // read: the message names what they changed. Nothing is ever overwritten silently.
    void updateEvent(const Event &edited, const VersionedEvent &read);
    void removeEvent(const VersionedEvent &read);

    // What is wrong, a line a problem, as a file's check names them: tables that are not
    // Tickerline's, sources whose text does not match its hash, quotes whose span is not the quote,
    // bars whose close is outside their low–high, chart summaries that do not count every bar once,
    // views whose settings do not read. Empty when all is well.
    QStringList check();

    // Events, sources and quotes holding the query, best first: PostgreSQL's full text
    // (websearch_to_tsquery: words, "phrases", or, -not; any text is safe), ranked by ts_rank_cd
    // with a title weighted four times its body, as in a file; the snippet marks matches [so].
    // limit < 0: every match.
    QList<SearchHit> search(const QString &query, int limit = 50);
    // Adds bars to a symbol's series (a bar at an instant already stored replaces it), making the
    // symbol, the series and the provenance's dataset when they do not exist; one transaction.
    void writeSeries(const Symbol &symbol, const PriceSeries &series, const DatasetInfo &provenance);
    // The bars of a series (a symbol's ticker, case-insensitive) between two instants, as read.
    PriceSeries series(const QString &symbol, const QString &interval = QStringLiteral("1d"),
                       std::optional<std::int64_t> fromMs = {}, std::optional<std::int64_t> toMs = {});
    // What a chart `columns` pixels wide draws of a series between two instants, computed by the
    // server: M4 (first, lowest, highest and last close of each pixel column, with the column's
    // highest high, lowest low and highest volume) in one GROUP BY over the coarsest summaries that
    // still give each column two of them; the bars themselves when there are few enough. At most
    // about 4 × columns points come back, however long the series.
    PriceSeries decimatedSeries(const QString &symbol, const QString &interval, std::int64_t fromMs,
                                std::int64_t toMs, int columns);

private:
    void requireWritable() const;

    PgConnection m_db;
    QString m_readOnlyReason;
};

} // namespace tickerline
