// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/barstore.h"
#include "store/database.h"
#include "store/searchtermcounts.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace tickerline {

struct EventFilter
{
    std::optional<std::int64_t> fromMs; // events that end at or after this instant
    std::optional<std::int64_t> toMs;   // events that start at or before this instant
    QList<EventKind> kinds;             // empty: every kind
    QString actor;                      // uid or name (case-insensitive); empty: any
    QString symbol;                     // empty: any
};

// What the views list of an event, without its summary: read a row at a time, so that a million
// events never sit in memory as Event objects.
struct EventRow
{
    QString uid;
    QString title;
    EventKind kind = EventKind::Other;
    std::int64_t startMs = 0;
    std::optional<std::int64_t> endMs;
    Precision precision = Precision::Day;
    bool uncertain = false;
    QByteArray tz;
    QStringList actors; // actor uids, each once, in the event's order
    QStringList symbols;
};

// An event as the `events` command lists it: its actors with their names, its quotes' anchors.
struct ListedEvent
{
    struct Actor
    {
        QString uid;
        QString name;
        QString role;
    };
    struct QuoteAnchor
    {
        QString uid;
        QString source; // uid
        QString exact;
        std::int64_t start = 0;
        std::int64_t end = 0;
        AnchorStatus status = AnchorStatus::Orphaned;
    };
    // The event's texts in UTF-8, as QString::toUtf8 would give them: a listing prints bytes,
    // and a million of them decoded to UTF-16 only to be encoded again took a tenth of its time.
    QByteArray uid;
    QByteArray title;
    QByteArray summary;
    EventKind kind = EventKind::Other;
    std::int64_t startMs = 0;
    std::optional<std::int64_t> endMs;
    Precision precision = Precision::Day;
    bool uncertain = false;
    QByteArray tz;
    // Filled only when asked for (EventDetail::Full).
    QList<Actor> actors;
    QStringList symbols;
    QList<QuoteAnchor> quotes;
};

// Row: the event's own fields but its summary (what a line of text shows); Full: with its summary,
// actors, symbols and quotes.
enum class EventDetail { Row, Full };

struct SymbolSummary
{
    Symbol symbol;
    std::int64_t bars = 0;
    std::optional<std::int64_t> firstMs;
    std::optional<std::int64_t> lastMs;
};

struct SearchHit
{
    QString type; // event, source, quote
    QString uid;
    QString title;
    QString snippet;
    double score = 0; // higher is better
};

// The tables whose rows a dataset names by a key of their own (uid; a symbol's ticker; name).
enum class KeyedTable { Datasets, Actors, Events, Eras, Sources, Quotes, Symbols, Views };
// The statement that reads a table's keys, the same in SQLite and PostgreSQL.
const char *keysSql(KeyedTable table);

// A Tickerline database file. Opening checks, before anything is written to it, that the file is
// one of ours, not from a newer version, holds nothing but Tickerline's own schema and passes
// SQLite's quick check; every write is one transaction. A file that cannot be written opens
// read-only, and then every write throws "PATH is read-only: <reason>" before it starts.
class Store final
{
public:
    enum class Open { CreateIfMissing, ExistingOnly, ReadOnly };
    enum class ReadOnlyReason { None, Requested, FileNotWritable, FolderNotWritable, RefusedBySqlite };

    explicit Store(const QString &path, Open mode = Open::CreateIfMissing);

    const QString &path() const { return m_db.path(); }
    Database &database() { return m_db; }
    bool isReadOnly() const { return m_readOnly != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnly; }

    // Adds a whole dataset. Throws Error naming the offending row; nothing is written then.
    void importSnapshot(const Snapshot &snapshot);
    Snapshot exportSnapshot();

    QList<Event> events(const EventFilter &filter = {});
    // The events of `filter` in the same order, handed to `visit` one at a time from one statement
    // (the value is reused: copy what you keep) until it returns false; memory stays flat.
    void forEachListedEvent(const EventFilter &filter, EventDetail detail,
                            const std::function<bool(const ListedEvent &)> &visit);
    std::optional<Event> event(const QString &uid);
    // Every event, in the order they were added, handed to `visit` one row at a time (the row is
    // reused: copy what you keep).
    void forEachEventRow(const std::function<void(const EventRow &)> &visit);
    QList<Actor> actors();
    QList<EventLink> links();
    QList<Era> eras();
    QList<DatasetInfo> datasets();
    QList<Source> sources();
    std::optional<Source> source(const QString &uid);
    // Every source without its text (which may be megabytes), by publication date.
    QList<Source> sourceHeaders();
    QList<Quote> quotes();
    QList<Quote> quotesOfSource(const QString &sourceUid);
    QList<Quote> quotesOfEvent(const QString &eventUid);
    QHash<QString, int> quoteCountsByEvent(); // event uid → its number of quotes
    qint64 eventCount();
    // Every key of a table (its uids, symbols' tickers or names), read once for checks against a whole file.
    QSet<QString> keys(KeyedTable table);
    QList<Symbol> symbols();
    std::optional<Symbol> symbol(const QString &symbol); // by its ticker, case-insensitive
    QList<SymbolSummary> symbolSummaries();
    QList<PriceSeries> allSeries();
    // A symbol's series, its bars between two instants (inclusive); an unknown symbol gives no bars.
    PriceSeries series(const QString &symbol, const QString &interval = QStringLiteral("1d"),
                       std::optional<std::int64_t> fromMs = {}, std::optional<std::int64_t> toMs = {});
    // Bars, first and last instant of a series, from its blocks' headers (no bar is read).
    SeriesExtent seriesExtent(const QString &symbol, const QString &interval);
    // The intervals a symbol has bars of ("1d", "1m", …), sorted.
    QStringList seriesIntervals(const QString &symbol);
    // What a chart `columns` pixels wide draws of a series between two instants: its bars when
    // they are few, else the first, lowest, highest and last close of each group of bars, read from
    // the stored summaries (BarStore::decimated). A 10,000,000-bar series is never read whole.
    PriceSeries decimatedSeries(const QString &symbol, const QString &interval, std::int64_t fromMs,
                                std::int64_t toMs, int columns);
    QList<SearchHit> search(const QString &query, int limit = 50);

    // Saved views, by name (case-sensitive), in the order they were first saved.
    QList<SavedView> savedViews();
    std::optional<SavedView> savedView(const QString &name);
    // Adds a view, or replaces the settings and dataset of the view of that name. Throws Error for
    // an empty name or an unknown dataset.
    void saveView(const SavedView &view);
    // Throws Error when there is no view of that name.
    void removeView(const QString &name);

    // Adds or replaces the bars of a series (and its symbol's row, when new) with their provenance.
    void writeSeries(const Symbol &symbol, const PriceSeries &series, const DatasetInfo &provenance);
    // Stores the outcome of re-anchoring: positions, selectors, status and score.
    void updateQuoteAnchors(const QList<Quote> &quotes);
    // Sets the share counts (shares outstanding, as-of date, source) of symbols already in the
    // database, all or none: an unknown symbol or a count that is not positive throws Error.
    void updateShareCounts(const QList<Symbol> &symbols);
    // Replaces a source's text and the anchors of its quotes together.
    void replaceSourceText(const QString &sourceUid, const QString &text, const QList<Quote> &reanchored);

    // Problems found by SQLite's integrity and foreign-key checks and by the model's own rules.
    QStringList check();

private:
    // The WHERE clause of `filter` over `events e` and what binds its parameters.
    std::pair<QByteArray, std::function<void(Statement &)>> eventFilterClause(const EventFilter &filter);
    std::optional<std::int64_t> symbolId(const QString &symbol); // by its ticker, case-insensitive
    QString seriesDataset(const QString &symbol, const QString &interval);
    QList<Event> readEvents(const QByteArray &where, const char *order, const std::function<void(Statement &)> &bind);

    Database m_db;
    ReadOnlyReason m_readOnly = ReadOnlyReason::None;
    SearchTermCounts m_termCounts; // of the full-text table, kept between searches
};

QString sha256Hex(const QString &text);

} // namespace tickerline
