// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/searchtermcounts.h"
#include "store/store.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace tickerline {

// A Tickerline database file (SQLite). Opening checks, before anything is written to it, that the
// file is one of ours, not from a newer version, holds nothing but Tickerline's own schema and
// passes SQLite's quick check; every write is one transaction. A file that cannot be written opens
// read-only, and then every write throws "PATH is read-only: <reason>" before it starts.
class FileStore final : public Store
{
public:
    explicit FileStore(const QString &path, Open mode = Open::CreateIfMissing);
    ~FileStore() override;
    FileStore(const FileStore &) = delete; // SQLite's commit hook holds its address
    FileStore &operator=(const FileStore &) = delete;

    const QString &path() const { return m_db.path(); }
    Database &database() { return m_db; }

    const QString &name() const override { return m_db.path(); }
    ReadOnlyReason readOnlyReason() const override { return m_readOnly; }
    QString readOnlyDetail() const override;
    Opener opener() const override;
    // While a merge step holds the connection, the last answer (a check comes again shortly).
    std::int64_t outsideChanges() override;
    std::unique_ptr<StoreTransaction> transaction() override;
    std::unique_ptr<StoreTransaction> bulkTransaction(const std::atomic_bool *cancel) override;

    void importSnapshot(const Snapshot &snapshot) override;
    using Store::exportSnapshot;
    Snapshot exportSnapshot(Bars bars) override;

    QList<Event> events(const EventFilter &filter = {}) override;
    void forEachListedEvent(const EventFilter &filter, EventDetail detail,
                            const std::function<bool(const ListedEvent &)> &visit) override;
    void writeListedEvents(const EventFilter &filter, EventDetail detail, const ListedEventFormat &format,
                           const ListingWriter &write) override;
    std::optional<Event> event(const QString &uid) override;
    void forEachEventRow(const std::function<void(const EventRow &)> &visit) override;
    QList<Actor> actors() override;
    QList<EventLink> links() override;
    QList<Era> eras() override;
    QList<DatasetInfo> datasets() override;
    QList<Source> sources() override;
    std::optional<Source> source(const QString &uid) override;
    QList<Source> sourceHeaders() override;
    QList<Quote> quotes() override;
    QList<Quote> quotesOfSource(const QString &sourceUid) override;
    QList<Quote> quotesOfEvent(const QString &eventUid) override;
    QHash<QString, int> quoteCountsByEvent() override;
    qint64 eventCount() override;
    QSet<QString> keys(KeyedTable table) override;
    bool contains(KeyedTable table, const QString &key) override;
    QList<Symbol> symbols() override;
    std::optional<Symbol> symbol(const QString &symbol) override;
    QList<SymbolSummary> symbolSummaries() override;
    using Store::allSeries;
    QList<PriceSeries> allSeries(Bars bars) override;
    PriceSeries series(const QString &symbol, const QString &interval = QStringLiteral("1d"),
                       std::optional<std::int64_t> fromMs = {}, std::optional<std::int64_t> toMs = {}) override;
    // From its blocks' headers (no bar is read).
    SeriesExtent seriesExtent(const QString &symbol, const QString &interval) override;
    QStringList seriesIntervals(const QString &symbol) override;
    // Read from the stored summaries (BarStore::decimated).
    PriceSeries decimatedSeries(const QString &symbol, const QString &interval, std::int64_t fromMs,
                                std::int64_t toMs, int columns) override;
    QList<SearchHit> search(const QString &query, int limit = 50) override;
    // Merged: more may be left. Later: a commit came less than a fifth of a second ago, this
    // connection is in a transaction or a reading, or another connection holds the write lock.
    // May run on another thread than the connection's other work, as its guest (GuestTurn): it
    // never waits for the connection, and gives way at once to any call of the owner's.
    IndexMerge mergeSearchIndex() override;
    // Takes the steps on a thread of its own, in every pause of a fifth of a second after a
    // commit, until this store is closed: the GUI thread never runs one.
    void mergeSearchIndexInBackground() override;
    // True once a step found nothing to merge, until the next commit.
    bool searchIndexMerged() const { return !m_committedSinceMerged; }

    QList<SavedView> savedViews() override;
    std::optional<SavedView> savedView(const QString &name) override;
    void saveView(const SavedView &view) override;
    void removeView(const QString &name) override;

    void writeSeries(const Symbol &symbol, const PriceSeries &series, const DatasetInfo &provenance) override;
    void updateQuoteAnchors(const QList<Quote> &quotes) override;
    void updateShareCounts(const QList<Symbol> &symbols) override;
    void replaceSourceText(const QString &sourceUid, const QString &text, const QList<Quote> &reanchored) override;

    // eventedits.cpp
    void addEvent(const Event &event) override;
    void updateEvent(const Event &event, const Event &expected) override;
    EventRecord removeEvent(const QString &uid, const std::optional<Event> &expected = std::nullopt) override;
    void restoreEvent(const EventRecord &record) override;
    QList<EventLink> linksOfEvent(const QString &uid) override;
    void setEventLinks(const QString &uid, const QList<EventLink> &links) override;
    void addActor(const Actor &actor) override;
    void removeActorIfUnused(const QString &uid) override;
    // quoteedits.cpp
    void addQuote(const Quote &quote) override;
    void removeQuote(const QString &uid) override;
    void relinkQuote(const QString &uid, const QString &eventUid, const QString &speakerUid) override;
    void addSource(const Source &source, const DatasetInfo &provenance = {}) override;
    void removeSource(const QString &uid) override;
    bool ensureDataset(const DatasetInfo &info) override;
    void removeDatasetIfUnused(const QString &uid) override;

    // SQLite's integrity and foreign-key checks, then the model's own rules.
    QStringList check() override;

private:
    // The WHERE clause of `filter` over `events e` and what binds its parameters. Without
    // `boundsIndexed`, its bounds in time are only checked, never walked (for a statement that
    // walks events_by_start between bounds of its own).
    std::pair<QByteArray, std::function<void(Statement &)>> eventFilterClause(const EventFilter &filter,
                                                                             bool boundsIndexed = true);
    std::optional<std::int64_t> symbolId(const QString &symbol); // by its ticker, case-insensitive
    QString seriesDataset(const QString &symbol, const QString &interval);
    QList<Event> readEvents(const QByteArray &where, const char *order, const std::function<void(Statement &)> &bind);

    static int noteCommit(void *store);

    Database m_db;
    ReadOnlyReason m_readOnly = ReadOnlyReason::None;
    SearchTermCounts m_termCounts; // of the full-text table, kept between searches
    // This connection's commits, noted by SQLite's commit hook, other than the merges' own. Another
    // program's writes may have left segments to merge, hence a first look in the first pause.
    std::atomic<std::chrono::steady_clock::rep> m_lastCommit{0};
    std::atomic_bool m_committedSinceMerged{true};
    std::atomic_bool m_merging{false};
    std::int64_t m_outsideChanges = 0;
    // The thread of mergeSearchIndexInBackground, and how it is told to stop.
    std::thread m_merger;
    std::mutex m_mergerMutex;
    std::condition_variable m_mergerWake;
    bool m_mergerStopping = false;
};

} // namespace tickerline
