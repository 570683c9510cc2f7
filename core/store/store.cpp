// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/filestore.h"
#include "io/sha256.h"

#include "error.h"
#include "store/barstore.h"
#include "store/fulltextsearch.h"
#include "store/importchecks.h"
#include "store/rowchecks.h"
#include "store/rowwriter.h"
#include "store/schema.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <sqlite3.h>

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

// Returns the file's schema version.
int checkOwnership(Database &db)
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
    return version;
}

// Up to this size a file is quick-checked at every open (about 0.1 s of CPU at the limit).
constexpr std::int64_t kQuickCheckBytes = 64 * 1024 * 1024;

// A damaged file is refused before its pages are used. quick_check reads every page, as
// integrity_check does, but skips comparing each index with its table, which is most of the
// latter's time; `check` still runs the full one. It costs about 1.9 s of CPU on a database of a
// million events (1 GB), more than the window's budget for its first paint (1 s): a larger file
// relies on cell_size_check and SQLite's own hardening, which make a damaged page an error when
// it is read, never a crash. Its schema, where a hostile file would put code, is always checked.
void refuseDamagedFile(Database &db)
{
    if (std::int64_t(db.pragmaInt("page_count")) * db.pragmaInt("page_size") > kQuickCheckBytes)
        return;
    Statement quick(db, "PRAGMA quick_check(1)");
    if (quick.step() && quick.text(0) != QLatin1String("ok"))
        throw Error(
            QStringLiteral("%1: the database is damaged (%2); it was not opened").arg(db.path(), quick.text(0)));
}

FileStore::ReadOnlyReason whyNotWritable(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isWritable())
        return FileStore::ReadOnlyReason::FileNotWritable;
    // SQLite writes its journal, or its -wal and -shm, beside the file.
    if (!QFileInfo(file.absolutePath()).isWritable())
        return FileStore::ReadOnlyReason::FolderNotWritable;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QFileInfo companion(path + QLatin1String(suffix));
        if (companion.exists() && !companion.isWritable())
            return FileStore::ReadOnlyReason::FileNotWritable;
    }
    return FileStore::ReadOnlyReason::None;
}

QString describe(Store::ReadOnlyReason reason)
{
    switch (reason) {
    case FileStore::ReadOnlyReason::None:
        break;
    case FileStore::ReadOnlyReason::Requested:
        return QStringLiteral("it was opened read-only");
    case FileStore::ReadOnlyReason::FileNotWritable:
        return QStringLiteral("the file cannot be written");
    case FileStore::ReadOnlyReason::FolderNotWritable:
        return QStringLiteral("its folder cannot be written");
    case FileStore::ReadOnlyReason::RefusedBySqlite:
        return QStringLiteral("SQLite cannot open it for writing");
    case FileStore::ReadOnlyReason::RoleLacksRights:
        break; // a server's, never a file's
    }
    return {};
}

Database openReadOnly(const QString &path)
{
    Database db(path, Database::Mode::ReadOnly);
    try {
        Statement probe(db, "SELECT count(*) FROM sqlite_schema");
        probe.step();
        return db;
    } catch (const Error &) {
        // A WAL database whose -shm cannot be created (a read-only folder or medium) is read as
        // immutable, https://www.sqlite.org/wal.html#readonly: committed rows still in a -wal
        // that no one checkpointed are not seen then.
        return Database(path, Database::Mode::Immutable);
    }
}

} // namespace

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(sha256(text.toUtf8()).toHex());
}

FileStore::FileStore(const QString &path, Open mode)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode != Open::CreateIfMissing)
        throw Error(QStringLiteral("%1: no such database").arg(path));
    if (exists)
        refuseForeignFile(path);

    if (mode == Open::ReadOnly)
        m_readOnly = ReadOnlyReason::Requested;
    else if (exists)
        m_readOnly = whyNotWritable(path);
    if (m_readOnly == ReadOnlyReason::None) {
        try {
            // Shared with the thread that merges the search index (mergeSearchIndexInBackground).
            m_db = Database(path, Database::Mode::Create, Database::Threads::Several);
        } catch (const Error &) {
            if (!exists)
                throw;
            m_readOnly = ReadOnlyReason::RefusedBySqlite;
        }
        // SQLite opens a file it may not write read-only without saying so.
        if (m_db.isReadOnly())
            m_readOnly = ReadOnlyReason::RefusedBySqlite;
    }
    if (m_readOnly != ReadOnlyReason::None) {
        m_db = openReadOnly(path);
        m_db.setReadOnlyReason(describe(m_readOnly));
    }

    // Nothing is written before the file has passed every check.
    const int version = checkOwnership(m_db);
    if (version == schema::latestVersion()) {
        const QString foreign = schema::foreignObject(m_db, version);
        if (!foreign.isEmpty())
            throw Error(schema::notOurs(path, foreign));
    }
    refuseDamagedFile(m_db);
    m_db.exec("PRAGMA foreign_keys = ON");
    if (isReadOnly()) {
        if (version < schema::latestVersion())
            throw Error(QStringLiteral("%1 is read-only (%2) and was written by an older Tickerline (schema version "
                                       "%3): open it once where it can be written to bring it up to date")
                            .arg(path, describe(m_readOnly))
                            .arg(version));
        m_db.trustSchema();
        return;
    }
    // An older file is migrated before its schema is trusted, and checked before the commit.
    schema::migrate(m_db);
    m_db.trustSchema();
    m_db.setBeforeCommit(&SearchTermCounts::countLoggedTexts);
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
    sqlite3_commit_hook(m_db.handle(), &FileStore::noteCommit, this);
    m_outsideChanges = m_db.dataVersion();
}

int FileStore::noteCommit(void *store)
{
    auto *self = static_cast<FileStore *>(store);
    if (!self->m_merging) {
        self->m_lastCommit = std::chrono::steady_clock::now().time_since_epoch().count();
        self->m_committedSinceMerged = true;
    }
    return 0; // the commit goes ahead
}

QString FileStore::readOnlyDetail() const
{
    return describe(m_readOnly);
}

Store::Opener FileStore::opener() const
{
    return [path = path()](Open mode) -> std::unique_ptr<Store> {
        return std::make_unique<FileStore>(path, mode == Open::CreateIfMissing ? Open::ExistingOnly : mode);
    };
}

namespace {

// A file's transaction; a bulk one also keeps its pages off the disk until the commit and lets a
// cancel stop a running statement.
class FileTransaction final : public StoreTransaction
{
public:
    FileTransaction(Database &db, bool bulk, const std::atomic_bool *cancel)
    {
        if (bulk) {
            m_hook.emplace(db, cancel);
            m_unspilled.emplace(db);
        }
        m_transaction.emplace(db);
    }
    void commit() override { m_transaction->commit(); }

private:
    // Destroyed in reverse: the transaction ends before the hooks go.
    std::optional<CancelHook> m_hook;
    std::optional<KeepChangesInMemory> m_unspilled;
    std::optional<Transaction> m_transaction;
};

} // namespace

std::unique_ptr<StoreTransaction> FileStore::transaction()
{
    return std::make_unique<FileTransaction>(m_db, false, nullptr);
}

std::unique_ptr<StoreTransaction> FileStore::bulkTransaction(const std::atomic_bool *cancel)
{
    return std::make_unique<FileTransaction>(m_db, true, cancel);
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

} // namespace

void FileStore::importSnapshot(const Snapshot &snapshot)
{
    Transaction transaction(m_db);
    RowWriter writer(m_db);

    UidIndex datasets(m_db, "datasets");
    for (const DatasetInfo &info : snapshot.datasets) {
        if (datasets.contains(info.uid))
            throw alreadyInDatabase(QStringLiteral("dataset"), info.uid);
        datasets.add(info.uid, writer.insertDataset(info));
    }

    UidIndex actors(m_db, "actors");
    for (const Actor &actor : snapshot.actors) {
        if (actors.contains(actor.uid))
            throw alreadyInDatabase(QStringLiteral("actor"), actor.uid);
        actors.add(actor.uid, writer.insertActor(actor, optionalId(datasets.find(actor.dataset))));
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
    for (const Event &event : snapshot.events) {
        if (events.contains(event.uid))
            throw alreadyInDatabase(QStringLiteral("event"), event.uid);
        const std::int64_t eventId = writer.insertEvent(event, optionalId(datasets.find(event.dataset)));
        events.add(event.uid, eventId);
        for (int i = 0; i < event.actors.size(); ++i) {
            const std::int64_t actorId = actors.find(event.actors[i].actor);
            if (!actorId)
                throw Error(QStringLiteral("event \"%1\" names an unknown actor \"%2\"")
                                .arg(event.uid, event.actors[i].actor));
            writer.insertEventActor(eventId, actorId, event.actors[i].role, i);
        }
        for (int i = 0; i < event.symbols.size(); ++i)
            writer.insertEventSymbol(eventId, event.symbols[i], i);
    }

    if (bulk) {
        schema::indexNewEvents(m_db, lastIdBefore);
        SearchTermCounts::recount(m_db);
        schema::createEventIndexes(m_db);
        m_db.exec("PRAGMA cache_size = -2000");
    }

    for (const EventLink &link : snapshot.links) {
        const std::int64_t from = events.find(link.from);
        const std::int64_t to = events.find(link.to);
        if (!from || !to)
            throw Error(QStringLiteral("link %1 → %2 names an unknown event").arg(link.from, link.to));
        writer.insertLink(from, to, link.type);
    }

    UidIndex eras(m_db, "eras");
    for (const Era &era : snapshot.eras) {
        if (eras.contains(era.uid))
            throw alreadyInDatabase(QStringLiteral("era"), era.uid);
        eras.add(era.uid, writer.insertEra(era, optionalId(datasets.find(era.dataset))));
    }

    UidIndex sources(m_db, "sources");
    for (const Source &source : snapshot.sources) {
        if (sources.contains(source.uid))
            throw alreadyInDatabase(QStringLiteral("source"), source.uid);
        sources.add(source.uid, writer.insertSource(source, optionalId(datasets.find(source.dataset))));
    }

    UidIndex quotes(m_db, "quotes");
    for (const Quote &quote : snapshot.quotes) {
        if (quotes.contains(quote.uid))
            throw alreadyInDatabase(QStringLiteral("quote"), quote.uid);
        const QuoteReferences named = quoteReferences(quote, sources, events, actors);
        quotes.add(quote.uid, writer.insertQuote(quote, named.source, optionalId(named.event), optionalId(named.speaker),
                                                 optionalId(datasets.find(quote.dataset))));
    }

    UidIndex symbols(m_db, "symbols", "ticker");
    for (const Symbol &symbol : snapshot.symbols) {
        if (symbols.contains(symbol.ticker))
            throw alreadyInDatabase(QStringLiteral("symbol"), symbol.ticker);
        symbols.add(symbol.ticker, writer.insertSymbol(symbol, optionalId(datasets.find(symbol.dataset))));
    }

    for (const PriceSeries &series : snapshot.series) {
        auto known = this->symbol(series.symbol);
        if (!known)
            throw Error(QStringLiteral("a price series of unknown symbol \"%1\"").arg(series.symbol));
        Statement existing(m_db, "SELECT 1 FROM series s JOIN symbols y ON y.id = s.symbol_id "
                                 "WHERE y.ticker = ? AND s.interval = ?");
        if (existing.bind(1, known->ticker).bind(2, series.interval).step())
            throw alreadyInDatabase(QStringLiteral("price series"), series.symbol + QLatin1Char('/') + series.interval);
        DatasetInfo provenance;
        provenance.uid = series.dataset;
        writeSeries(*known, series, provenance);
    }

    UidIndex views(m_db, "views", "name");
    for (const SavedView &view : snapshot.views) {
        if (views.contains(view.name))
            throw alreadyInDatabase(QStringLiteral("view"), view.name);
        writer.upsertView(view, optionalId(datasets.find(view.dataset)));
        views.add(view.name, m_db.lastInsertRowId());
    }
    transaction.commit();
}

void FileStore::writeSeries(const Symbol &symbol, const PriceSeries &series, const DatasetInfo &provenance)
{
    Transaction transaction(m_db);
    RowWriter writer(m_db);
    const RowWriter::RowId dataset = writer.ensureDataset(provenance);

    Statement find(m_db, "SELECT id FROM symbols WHERE ticker = ?");
    std::int64_t symbolId = find.bind(1, symbol.ticker).step() ? find.int64(0) : 0;
    if (!symbolId) {
        Symbol row = symbol;
        if (row.kind.isEmpty())
            row.kind = QStringLiteral("stock");
        if (row.currency.isEmpty())
            row.currency = QStringLiteral("USD");
        symbolId = writer.insertSymbol(row, dataset);
    }

    Statement upsertSeries(m_db, "INSERT INTO series(symbol_id, interval, dataset_id) VALUES (?,?,?) "
                                 "ON CONFLICT(symbol_id, interval) DO UPDATE SET dataset_id = excluded.dataset_id");
    upsertSeries.bind(1, symbolId).bind(2, series.interval).bind(3, dataset).run();

    BarStore(m_db).merge(symbolId, series.interval, series.bars);
    transaction.commit();
}

void FileStore::updateShareCounts(const QList<Symbol> &symbols)
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

void FileStore::updateQuoteAnchors(const QList<Quote> &quotes)
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

void FileStore::replaceSourceText(const QString &sourceUid, const QString &text, const QList<Quote> &reanchored)
{
    Transaction transaction(m_db);
    Statement update(m_db, "UPDATE sources SET text = ?, text_sha256 = ? WHERE uid = ?");
    update.bind(1, text).bind(2, sha256Hex(text)).bind(3, sourceUid).run();
    if (m_db.changes() == 0)
        throw Error(QStringLiteral("no source \"%1\" in %2").arg(sourceUid, path()));
    updateQuoteAnchors(reanchored);
    transaction.commit();
}

QStringList FileStore::check()
{
    QStringList problems;
    const QString foreign = schema::foreignObject(m_db, schema::latestVersion());
    if (!foreign.isEmpty())
        problems << foreign;
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
    while (hashes.step())
        problems << sourceHashProblem(hashes.text(0), hashes.text(1), hashes.text(2));
    Statement quoteSpans(m_db, "SELECT q.uid, q.exact, q.pos_start, q.pos_end, q.status, s.text FROM quotes q "
                               "JOIN sources s ON s.id = q.source_id");
    while (quoteSpans.step())
        problems << quoteSpanProblem(quoteSpans.text(0), quoteSpans.text(1), quoteSpans.int64(2), quoteSpans.int64(3),
                                     quoteSpans.text(4), quoteSpans.text(5));
    problems << BarStore(m_db).check();
    Statement views(m_db, "SELECT name, settings FROM views ORDER BY id");
    while (views.step())
        problems << viewSettingsProblem(views.text(0), views.text(1));
    Statement searchRows(m_db, "SELECT (SELECT count(*) FROM search) = "
                               "(SELECT count(*) FROM events) + (SELECT count(*) FROM sources) + "
                               "(SELECT count(*) FROM quotes)");
    if (searchRows.step() && !searchRows.int64(0))
        problems << QStringLiteral("the full-text index is out of step with the tables");
    else if (const QString mismatch = SearchTermCounts::countMismatch(m_db); !mismatch.isEmpty())
        problems << QStringLiteral("the full-text index's token counts are wrong: %1").arg(mismatch);
    problems.removeAll(QString());
    return problems;
}

QList<SearchHit> FileStore::search(const QString &query, int limit)
{
    return FullTextSearch(m_db, m_termCounts).search(query, limit);
}

Store::IndexMerge FileStore::mergeSearchIndex()
{
    using Clock = std::chrono::steady_clock;
    // A merge right behind an edit would hold the connection as the next edit of a burst comes.
    constexpr std::chrono::milliseconds kQuietAfterCommit{200};
    // Pages a step writes (FTS5's own unit of work): a few milliseconds, unless a word's entries
    // are longer, as they are copied whole (80–130 ms for the commonest words of a million events).
    constexpr int kPagesPerStep = 64;
    if (!m_committedSinceMerged || isReadOnly())
        return IndexMerge::NothingLeft;
    if (Clock::now() - Clock::time_point(Clock::duration(m_lastCommit.load())) < kQuietAfterCommit)
        return IndexMerge::Later;

    // The connection is this thread's for the whole step, and only between its owner's
    // transactions and readings; the owner's next call interrupts the step.
    sqlite3 *db = m_db.handle();
    const GuestTurn turn(m_db);
    if (!turn.taken())
        return IndexMerge::Later;
    m_merging = true;
    const auto restore = qScopeGuard([this] { m_merging = false; });
    try {
        const DontWaitForWriters dontWait(m_db);
        m_db.exec("BEGIN IMMEDIATE");
        try {
            const int changesBefore = sqlite3_total_changes(db);
            Statement(m_db, "INSERT INTO search(search, rank) VALUES ('merge', ?)").bind(1, kPagesPerStep).run();
            // The command itself counts as one change; a merge writes many more.
            const bool merged = sqlite3_total_changes(db) - changesBefore > 1;
            m_db.exec("COMMIT");
            if (!merged)
                m_committedSinceMerged = false;
            return merged ? IndexMerge::Merged : IndexMerge::NothingLeft;
        } catch (const Error &) {
            if (!sqlite3_get_autocommit(db))
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    } catch (const Error &) {
        // A call of the owner's that wanted the connection, another connection's write, or a disk
        // that refuses: a later pause tries again, and an edit that meets the same trouble reports
        // it.
        return IndexMerge::Later;
    }
}

void FileStore::mergeSearchIndexInBackground()
{
    if (m_merger.joinable() || isReadOnly() || !sqlite3_db_mutex(m_db.handle()))
        return;
    m_merger = std::thread([this] {
        // When a step had to wait or gave way (to a click's read, say), the next is tried soon:
        // right after the owner's call it has the most time before the next one comes.
        constexpr std::chrono::milliseconds kLookWhenIdle{100};
        constexpr std::chrono::milliseconds kLookAgain{10};
        std::unique_lock lock(m_mergerMutex);
        IndexMerge step = IndexMerge::NothingLeft;
        while (!m_mergerStopping) {
            m_mergerWake.wait_for(lock, step == IndexMerge::Later ? kLookAgain : kLookWhenIdle);
            do {
                lock.unlock();
                step = mergeSearchIndex();
                lock.lock();
            } while (!m_mergerStopping && step == IndexMerge::Merged);
        }
    });
}

FileStore::~FileStore()
{
    if (!m_merger.joinable())
        return;
    {
        const std::lock_guard lock(m_mergerMutex);
        m_mergerStopping = true;
    }
    const OwnerCall closing(m_db); // a step under way gives way, and no other begins
    m_mergerWake.notify_all();
    m_merger.join();
}

std::int64_t FileStore::outsideChanges()
{
    // Never waits for a merge step: the window asks four times a second on its GUI thread.
    sqlite3_mutex *connection = sqlite3_db_mutex(m_db.handle());
    if (connection && sqlite3_mutex_try(connection) != SQLITE_OK)
        return m_outsideChanges;
    const auto release = qScopeGuard([connection] {
        if (connection)
            sqlite3_mutex_leave(connection);
    });
    m_outsideChanges = m_db.dataVersion();
    return m_outsideChanges;
}

} // namespace tickerline
