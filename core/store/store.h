// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/barstore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
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
// The statement that tells whether a table has a key, its parameter written as given ("?", "$1").
QByteArray containsSql(KeyedTable table, const char *parameter);

// Everything removeEvent takes away, so that restoreEvent can put it back exactly: the same row
// ids, so that an export afterwards is byte for byte the export before.
struct EventRecord
{
    Event event;                    // as stored, with its actors, symbols and row id
    QList<EventLink> links;         // from it and to it, in the order they were stored
    QList<std::int64_t> linkRowIds; // where each of `links` was stored (links are read in that order)
    QStringList quotes;             // uids of the quotes that pointed at it
    bool operator==(const EventRecord &) const = default;
};

// Several writes made one: all of them when commit() is called, none otherwise. Transactions
// nest: an inner one is a savepoint of the outer.
class StoreTransaction
{
public:
    virtual ~StoreTransaction() = default;
    virtual void commit() = 0;
};

// Tickerline's data, wherever it is kept: a file (FileStore, SQLite) or a team database on a
// server (PgStore, PostgreSQL). The window and the commands use this alone and never learn which
// one they have: every read gives the same rows in the same order, every write keeps the same rules
// and fails with the same messages, leaving the data as it was. Open one with openStore().
class Store
{
public:
    enum class Open { CreateIfMissing, ExistingOnly, ReadOnly };
    enum class ReadOnlyReason { None, Requested, FileNotWritable, FolderNotWritable, RefusedBySqlite, RoleLacksRights };

    virtual ~Store() = default;

    // What it is called in messages: a file's path, or a server's database without its password.
    virtual const QString &name() const = 0;
    bool isReadOnly() const { return readOnlyReason() != ReadOnlyReason::None; }
    virtual ReadOnlyReason readOnlyReason() const = 0;
    // Why, in words ("role \"x\" lacks INSERT on datasets"); empty when it can be written.
    virtual QString readOnlyDetail() const = 0;
    // What opens another connection to the same data, from any thread, even after this one is gone
    // (the work of a background task).
    using Opener = std::function<std::unique_ptr<Store>(Open mode)>;
    virtual Opener opener() const = 0;
    std::unique_ptr<Store> openAgain(Open mode) const { return opener()(mode); }
    // A number that changes when another connection (this process's or another's) has committed a
    // change since it was last asked; cheap to ask. This connection's own writes do not change it.
    virtual std::int64_t outsideChanges() = 0;

    // Several writes as one (see StoreTransaction).
    virtual std::unique_ptr<StoreTransaction> transaction() = 0;
    // The same for an import of millions of rows: the flag, when set, stops even a statement that
    // is running, which then fails, and a rolled-back import leaves no trace in a file.
    virtual std::unique_ptr<StoreTransaction> bulkTransaction(const std::atomic_bool *cancel) = 0;

    // Adds a whole dataset. Throws Error naming the offending row; nothing is written then.
    virtual void importSnapshot(const Snapshot &snapshot) = 0;
    // Whether a read of whole series brings their bars, or leaves them for the caller to read in
    // pieces (series(symbol, interval, from, to)), keeping each series' symbol, interval and dataset.
    enum class Bars { Read, Left };
    // Everything, in the order it was added.
    virtual Snapshot exportSnapshot(Bars bars) = 0;
    Snapshot exportSnapshot() { return exportSnapshot(Bars::Read); }

    // The events the filter keeps, in time order (then in the order they were added).
    virtual QList<Event> events(const EventFilter &filter = {}) = 0;
    // The events of `filter` in the same order, handed to `visit` one at a time (the value is
    // reused: copy what you keep) until it returns false; memory stays flat.
    virtual void forEachListedEvent(const EventFilter &filter, EventDetail detail,
                                    const std::function<bool(const ListedEvent &)> &visit) = 0;
    // The same events as bytes, in pieces: `format` appends one event's bytes to a piece (`first`
    // for the listing's first event); `write` is handed the pieces in order, on this thread, and
    // returns false to stop. Pieces may be formatted on other threads, several at once, so
    // `format` must be safe to call concurrently. The first event comes in a piece of its own.
    using ListedEventFormat = std::function<void(QByteArray &piece, const ListedEvent &event, bool first)>;
    using ListingWriter = std::function<bool(const QByteArray &piece)>;
    virtual void writeListedEvents(const EventFilter &filter, EventDetail detail, const ListedEventFormat &format,
                                   const ListingWriter &write);
    virtual std::optional<Event> event(const QString &uid) = 0;
    // Every event, in the order they were added, handed to `visit` one row at a time (the row is
    // reused: copy what you keep).
    virtual void forEachEventRow(const std::function<void(const EventRow &)> &visit) = 0;
    virtual QList<Actor> actors() = 0;
    virtual QList<EventLink> links() = 0;
    virtual QList<Era> eras() = 0;
    virtual QList<DatasetInfo> datasets() = 0;
    virtual QList<Source> sources() = 0;
    virtual std::optional<Source> source(const QString &uid) = 0;
    // Every source without its text (which may be megabytes), by publication date.
    virtual QList<Source> sourceHeaders() = 0;
    virtual QList<Quote> quotes() = 0;
    virtual QList<Quote> quotesOfSource(const QString &sourceUid) = 0;
    virtual QList<Quote> quotesOfEvent(const QString &eventUid) = 0;
    virtual QHash<QString, int> quoteCountsByEvent() = 0; // event uid → its number of quotes
    virtual qint64 eventCount() = 0;
    // Every key of a table (its uids, symbols' tickers or names), read once for checks against a whole file.
    virtual QSet<QString> keys(KeyedTable table) = 0;
    // Whether a row has this key (exactly).
    virtual bool contains(KeyedTable table, const QString &key) = 0;
    virtual QList<Symbol> symbols() = 0;
    virtual std::optional<Symbol> symbol(const QString &symbol) = 0; // by its ticker, case-insensitive
    virtual QList<SymbolSummary> symbolSummaries() = 0;
    virtual QList<PriceSeries> allSeries(Bars bars) = 0;
    QList<PriceSeries> allSeries() { return allSeries(Bars::Read); }
    // A symbol's series, its bars between two instants (inclusive); an unknown symbol gives no bars.
    virtual PriceSeries series(const QString &symbol, const QString &interval = QStringLiteral("1d"),
                               std::optional<std::int64_t> fromMs = {}, std::optional<std::int64_t> toMs = {}) = 0;
    // Bars, first and last instant of a series, without reading its bars.
    virtual SeriesExtent seriesExtent(const QString &symbol, const QString &interval) = 0;
    // The intervals a symbol has bars of ("1d", "1m", …), sorted.
    virtual QStringList seriesIntervals(const QString &symbol) = 0;
    // What a chart `columns` pixels wide draws of a series between two instants: its bars when
    // they are few, else the first, lowest, highest and last close of each group of bars, from the
    // stored summaries. A 10,000,000-bar series is never read whole.
    virtual PriceSeries decimatedSeries(const QString &symbol, const QString &interval, std::int64_t fromMs,
                                        std::int64_t toMs, int columns) = 0;
    // Events, sources and quotes holding the query, best first (a title weighs more than a body);
    // any text is safe. limit < 0: every match.
    virtual QList<SearchHit> search(const QString &query, int limit = 50) = 0;
    // One step of the search index's housekeeping, for a pause between edits: the file's index
    // merges what edits added only here (schema version 8), so that no edit's commit pays for it.
    // A step writes a few hundred kilobytes, in tens of milliseconds at most (a common word's
    // entries are copied in one go), and never waits for another connection's write.
    enum class IndexMerge { NothingLeft, Merged, Later };
    virtual IndexMerge mergeSearchIndex() { return IndexMerge::NothingLeft; }
    // The same steps, taken off the calling thread for as long as the store is open (a window's).
    virtual void mergeSearchIndexInBackground() {}

    // Saved views, by name (case-sensitive), in the order they were first saved.
    virtual QList<SavedView> savedViews() = 0;
    virtual std::optional<SavedView> savedView(const QString &name) = 0;
    // Adds a view, or replaces the settings and dataset of the view of that name. Throws Error for
    // an empty name or an unknown dataset.
    virtual void saveView(const SavedView &view) = 0;
    // Throws Error when there is no view of that name.
    virtual void removeView(const QString &name) = 0;

    // Adds or replaces the bars of a series (and its symbol's row, when new) with their provenance.
    virtual void writeSeries(const Symbol &symbol, const PriceSeries &series, const DatasetInfo &provenance) = 0;
    // Stores the outcome of re-anchoring: positions, selectors, status and score.
    virtual void updateQuoteAnchors(const QList<Quote> &quotes) = 0;
    // Sets the share counts (shares outstanding, as-of date, source) of symbols already stored,
    // all or none: an unknown symbol or a count that is not positive throws Error.
    virtual void updateShareCounts(const QList<Symbol> &symbols) = 0;
    // Replaces a source's text and the anchors of its quotes together.
    virtual void replaceSourceText(const QString &sourceUid, const QString &text, const QList<Quote> &reanchored) = 0;

    // The single-row writes of the window and of `tickerline event`. Each is one transaction (a
    // savepoint inside a caller's), names rows by uid, and throws Error, leaving the store as it
    // was, with a message that starts with the field at fault: "end: before start", "tz: unknown
    // zone \"Mars/Base\"", "uid: no event \"x\"", "actors: no actor \"x\"".

    // Inserts an event with its actors (each an actor uid that exists, see findActor/addActor) and
    // symbols; its dataset, when named, must exist. An empty tz is stored as "UTC".
    virtual void addEvent(const Event &event) = 0;
    // Replaces the title, summary, kind, start, end, precision, uncertain flag, zone, actors (roles
    // and order as given) and symbols of the event with that uid; its row, dataset, links and quotes
    // stay. `expected` is the event as the editor read it: when someone else has changed or deleted
    // it since, nothing is saved and the message names what they changed. Nothing is overwritten
    // silently.
    virtual void updateEvent(const Event &event, const Event &expected) = 0;
    // Deletes an event and its links; its quotes stay, pointing at no event. With `expected` (the
    // event as the user saw it), refused when someone else has changed it since, as updateEvent is.
    virtual EventRecord removeEvent(const QString &uid, const std::optional<Event> &expected = std::nullopt) = 0;
    // Undoes removeEvent: the event at its old row id (when still free), its links, its quotes.
    virtual void restoreEvent(const EventRecord &record) = 0;
    // The links from this event to others, in the order they were made (none for an unknown uid).
    virtual QList<EventLink> linksOfEvent(const QString &uid) = 0;
    // Makes `links` the links from this event (an empty `from` means this event); links that stay
    // keep their place. Each `to` must be another event; types as eventLinkTypes().
    virtual void setEventLinks(const QString &uid, const QList<EventLink> &links) = 0;
    // Inserts an actor (uid and name required; its dataset, when named, must exist).
    virtual void addActor(const Actor &actor) = 0;
    // Deletes an actor that no event and no quote names any more (what undoing an edit leaves behind).
    virtual void removeActorIfUnused(const QString &uid) = 0;
    // Inserts a quote; its source must exist, its event and speaker may be empty.
    virtual void addQuote(const Quote &quote) = 0;
    virtual void removeQuote(const QString &uid) = 0;
    // Points a quote at another event and speaker (empty uids: none).
    virtual void relinkQuote(const QString &uid, const QString &eventUid, const QString &speakerUid) = 0;
    // Inserts a source (and its dataset row, when one is given and not yet stored).
    virtual void addSource(const Source &source, const DatasetInfo &provenance = {}) = 0;
    virtual void removeSource(const QString &uid) = 0;
    // Adds a dataset row unless one with that uid is there already; whether it was added.
    virtual bool ensureDataset(const DatasetInfo &info) = 0;
    // Deletes a dataset row that no row refers to any more (what undoing an import leaves behind).
    virtual void removeDatasetIfUnused(const QString &uid) = 0;

    // Problems found by the database's own checks and by the model's rules, a line each; empty when
    // all is well.
    virtual QStringList check() = 0;
};

// A file's path or a PostgreSQL database (a postgresql:// URI, a key=value string such as
// "service=team"; see isPostgresTarget), opened as asked.
std::unique_ptr<Store> openStore(const QString &target, Store::Open mode = Store::Open::CreateIfMissing);

QString sha256Hex(const QString &text);

} // namespace tickerline
