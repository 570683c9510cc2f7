// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/postgres/pgconnection.h"
#include "store/store.h"

namespace tickerline {

// Tickerline's data in a PostgreSQL database (DESIGN §15): the team database. Opening creates or
// migrates the schema (pgschema::prepare). Whole datasets go in and out as Snapshots, as with a
// file, and come back exactly as they went in. Every read gives a file's rows in a file's order;
// every write keeps a file's rules and messages, raises the versions of the rows it changes and
// tells every other open window (kChangesChannel).
class PgStore final : public Store
{
public:
    // `target`: a postgresql:// URI, a key=value string or a service name (isPostgresTarget).
    explicit PgStore(const QString &target, Open mode = Open::CreateIfMissing);

    PgConnection &connection() { return m_db; }

    const QString &name() const override { return m_db.name(); }
    // A role that may only read (SELECT, no INSERT, UPDATE or DELETE on Tickerline's tables, or no
    // use of their sequences) gets a read-only store: reads work, and every write throws
    // "NAME is read-only: <detail>" before it starts, the detail naming the role and the right.
    ReadOnlyReason readOnlyReason() const override;
    QString readOnlyDetail() const override { return m_readOnlyDetail; }
    Opener opener() const override;
    // Counts the changes other connections announced (kChangesChannel) since it was last asked.
    std::int64_t outsideChanges() override;
    std::unique_ptr<StoreTransaction> transaction() override;
    // A set flag cancels the running statement on the server (PQcancel) within a tenth of a second.
    std::unique_ptr<StoreTransaction> bulkTransaction(const std::atomic_bool *cancel) override;

    // Every committed change is announced on this channel: a JSON object {"op": …, "uids": [...]}.
    // Events: "insert", "update", "delete", "restore", "import" (with "count"; "uids" left out when
    // they would not fit a notification); others name what changed: "links", "actors", "quotes",
    // "sources", "datasets", "views", "series", "symbols".
    static constexpr const char *kChangesChannel = "tickerline_changes";

    // One transaction: everything or, on any refusal, nothing. Uids already in the database are
    // refused, as in a file; the events and the bars go in through COPY.
    void importSnapshot(const Snapshot &snapshot) override;
    using Store::exportSnapshot;
    Snapshot exportSnapshot(Bars bars) override;
    qint64 eventCount() override;

    QList<DatasetInfo> datasets() override;
    QList<Actor> actors() override;
    QList<EventLink> links() override;
    QList<Era> eras() override;
    QList<Source> sources() override;
    std::optional<Source> source(const QString &uid) override;
    QList<Source> sourceHeaders() override;
    QList<Quote> quotes() override;
    QList<Quote> quotesOfSource(const QString &sourceUid) override;
    QList<Quote> quotesOfEvent(const QString &eventUid) override;
    QHash<QString, int> quoteCountsByEvent() override;
    QList<Symbol> symbols() override;
    std::optional<Symbol> symbol(const QString &ticker) override;
    QList<SymbolSummary> symbolSummaries() override;
    using Store::allSeries;
    QList<PriceSeries> allSeries(Bars bars) override;
    QStringList seriesIntervals(const QString &symbol) override;
    // From the top summary level (no bar is read).
    SeriesExtent seriesExtent(const QString &symbol, const QString &interval) override;
    QSet<QString> keys(KeyedTable table) override;
    bool contains(KeyedTable table, const QString &key) override;

    void updateShareCounts(const QList<Symbol> &symbols) override;
    void updateQuoteAnchors(const QList<Quote> &quotes) override;
    void replaceSourceText(const QString &sourceUid, const QString &text, const QList<Quote> &reanchored) override;
    QList<SavedView> savedViews() override;
    std::optional<SavedView> savedView(const QString &name) override;
    void saveView(const SavedView &view) override;
    void removeView(const QString &name) override;

    QList<Event> events(const EventFilter &filter = {}) override;
    // Read through a cursor a batch at a time, in one snapshot of the database.
    void forEachListedEvent(const EventFilter &filter, EventDetail detail,
                            const std::function<bool(const ListedEvent &)> &visit) override;
    void forEachEventRow(const std::function<void(const EventRow &)> &visit) override;
    std::optional<Event> event(const QString &uid) override;

    // pgstoreedits.cpp: the row is locked while it is compared with what the editor read.
    void addEvent(const Event &event) override;
    void updateEvent(const Event &edited, const Event &expected) override;
    EventRecord removeEvent(const QString &uid, const std::optional<Event> &expected = std::nullopt) override;
    void restoreEvent(const EventRecord &record) override;
    QList<EventLink> linksOfEvent(const QString &uid) override;
    void setEventLinks(const QString &uid, const QList<EventLink> &links) override;
    void addActor(const Actor &actor) override;
    void removeActorIfUnused(const QString &uid) override;
    // pgstorequoteedits.cpp
    void addQuote(const Quote &quote) override;
    void removeQuote(const QString &uid) override;
    void relinkQuote(const QString &uid, const QString &eventUid, const QString &speakerUid) override;
    void addSource(const Source &source, const DatasetInfo &provenance = {}) override;
    void removeSource(const QString &uid) override;
    bool ensureDataset(const DatasetInfo &info) override;
    void removeDatasetIfUnused(const QString &uid) override;

    // What is wrong, a line a problem, as a file's check names them: tables that are not
    // Tickerline's, sources whose text does not match its hash, quotes whose span is not the quote,
    // bars whose close is outside their low–high, chart summaries that do not count every bar once,
    // views whose settings do not read. Empty when all is well.
    QStringList check() override;

    // PostgreSQL's full text, the query read as a SearchQuery (words, "phrases", or,
    // -exclusions), the newest matches ranked by ts_rank_cd with a title weighted four times its
    // body; the snippet marks matches [so].
    QList<SearchHit> search(const QString &query, int limit = 50) override;
    // A bar at an instant already stored replaces it; new bars after the last go in by COPY.
    void writeSeries(const Symbol &symbol, const PriceSeries &series, const DatasetInfo &provenance) override;
    PriceSeries series(const QString &symbol, const QString &interval = QStringLiteral("1d"),
                       std::optional<std::int64_t> fromMs = {}, std::optional<std::int64_t> toMs = {}) override;
    // Computed by the server: M4 (first, lowest, highest and last close of each pixel column, with
    // the column's highest high, lowest low and highest volume) in one GROUP BY over the coarsest
    // summaries that still give each column two of them; the bars themselves when there are few
    // enough. At most about 4 × columns points come back, however long the series.
    PriceSeries decimatedSeries(const QString &symbol, const QString &interval, std::int64_t fromMs,
                                std::int64_t toMs, int columns) override;

private:
    void requireWritable() const;

    QString m_target; // as given, password included: for opener() only, never shown
    PgConnection m_db;
    bool m_requestedReadOnly = false;
    QString m_readOnlyDetail;
    std::int64_t m_outsideChanges = 0;
};

} // namespace tickerline
