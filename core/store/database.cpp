// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "error.h"

#include <QMutex>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QUrl>

#include <sqlite3.h>

#include <iterator>

namespace tickerline {

namespace {

[[noreturn]] void fail(sqlite3 *db, const QString &what)
{
    const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
    throw Error(QStringLiteral("%1: %2").arg(what, reason));
}

QMutex busyNoticeMutex;
std::function<void()> busyNotice;

void noticeBusy()
{
    std::function<void()> notice;
    {
        const QMutexLocker lock(&busyNoticeMutex);
        notice = busyNotice;
    }
    if (notice)
        notice();
}

// SQLite's busy handler: never gives up on its own (only when `cancel`, if any, is set). Short
// sleeps first, as an edit holds the lock for milliseconds; then a tenth of a second at a time.
int waitForWriter(void *cancel, int attempt)
{
    if (cancel && static_cast<const std::atomic_bool *>(cancel)->load())
        return 0;
    static constexpr int kDelaysMs[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50}; // 228 ms in all
    constexpr int kNoticeAttempt = int(std::size(kDelaysMs)) + 8;                 // ≈ 1 s waited
    if (attempt == kNoticeAttempt)
        noticeBusy();
    sqlite3_sleep(attempt < int(std::size(kDelaysMs)) ? kDelaysMs[attempt] : 100);
    return 1;
}

} // namespace

void Database::setBusyNotice(std::function<void()> notice)
{
    const QMutexLocker lock(&busyNoticeMutex);
    busyNotice = std::move(notice);
}

namespace {

// Bounds on what a hostile file can make SQLite parse or build (sqlite.org/security.html); each is
// far above what Tickerline's own schema and statements need.
void limitWhatAFileCanDemand(sqlite3 *db)
{
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024); // the longest source text
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1'000'000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 200);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 50);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
}

} // namespace

Database::Database(const QString &path, Mode mode, Threads threads)
    : m_shared(threads == Threads::Several)
    , m_path(path)
{
    int flags = threads == Threads::Several ? SQLITE_OPEN_FULLMUTEX : SQLITE_OPEN_NOMUTEX;
    QByteArray name = path.toUtf8();
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
        break;
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(QStringLiteral("%1: cannot open: %2").arg(path, reason));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_handler(m_db, &waitForWriter, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    limitWhatAFileCanDemand(m_db);
    exec("PRAGMA cell_size_check = ON");
}

bool Database::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::trustSchema()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, nullptr);
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_shared(other.m_shared)
    , m_path(std::move(other.m_path))
    , m_readOnlyReason(std::move(other.m_readOnlyReason))
    , m_beforeCommit(std::move(other.m_beforeCommit))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_shared, other.m_shared);
    std::swap(m_path, other.m_path);
    std::swap(m_readOnlyReason, other.m_readOnlyReason);
    std::swap(m_beforeCommit, other.m_beforeCommit);
    return *this;
}

void Database::exec(const char *sql)
{
    const OwnerCall call(*this);
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        throw Error(QStringLiteral("%1: %2").arg(m_path, reason));
    }
}

int Database::pragmaInt(const char *name)
{
    Statement statement(*this, QByteArray("PRAGMA ").append(name).constData());
    return statement.step() ? statement.integer(0) : 0;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

int Database::dataVersion()
{
    return pragmaInt("data_version");
}

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    const OwnerCall call(db);
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        QString reason = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        // A virtual table's constructor (the full-text index's, which reads its table while a
        // statement is prepared) words a failed read as "vtable constructor failed" but keeps the
        // code: a full disk or an I/O error is then named from it, the reason a user can act on.
        const QString codeText = QString::fromUtf8(sqlite3_errstr(rc));
        if (((rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR) && !reason.contains(codeText))
            reason += QStringLiteral(" (%1)").arg(codeText);
        throw Error(QStringLiteral("%1: cannot prepare \"%2\": %3").arg(db.path(), QString::fromUtf8(sql), reason));
    }
    // Every write of a read-only database stops here, with the reason, before anything runs.
    if (!sqlite3_stmt_readonly(m_stmt) && db.isReadOnly()) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw Error(QStringLiteral("%1 is read-only: %2")
                        .arg(db.path(), db.readOnlyReason().isEmpty() ? QStringLiteral("it was opened read-only")
                                                                      : db.readOnlyReason()));
    }
}

Statement::~Statement()
{
    const OwnerCall call(m_db);
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    const OwnerCall call(m_db);
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const OwnerCall call(m_db);
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    // Encoded into a buffer the statement keeps for this parameter and bound without a copy:
    // toUtf8() and SQLITE_TRANSIENT cost two allocations and two copies a text, a third of the
    // time of writing a million events. The buffer stays put until the next bind of the index.
    if (index < 1)
        return bindNull(index); // refused by SQLite, with its own message
    const OwnerCall call(m_db);
    if (m_texts.size() <= std::size_t(index))
        m_texts.resize(std::size_t(index) + 1);
    QByteArray &buffer = m_texts[std::size_t(index)];
    const qsizetype room = value.size() * 3 + 1; // UTF-8 takes at most 3 bytes a UTF-16 unit
    if (buffer.size() < room)
        buffer.resize(room);
    // Stateless: a lone surrogate at the end becomes U+FFFD, as toUtf8() makes it, instead of
    // waiting for the next text.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const char *end = encoder.appendToBuffer(buffer.data(), value);
    // A null QString is stored as empty text: the schema keeps NULL for "no row" references only.
    if (sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC) !=
        SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    const OwnerCall call(m_db);
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const OwnerCall call(m_db);
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

bool Statement::step()
{
    const OwnerCall call(m_db);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    sqlite3_reset(m_stmt);
    throw Error(QStringLiteral("%1: %2").arg(m_db.path(), reason));
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    const OwnerCall call(m_db);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const QString value = QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
    return value.isNull() ? QStringLiteral("") : value;
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // A guest may be running a transaction of its own on this connection (GuestTurn): it gives
    // way, and whether this one is the outermost is decided under the connection's mutex,
    // together with its start.
    const OwnerCall call(m_db);
    sqlite3_mutex *connection = sqlite3_db_mutex(m_db.handle());
    sqlite3_mutex_enter(connection);
    const auto release = qScopeGuard([connection] { sqlite3_mutex_leave(connection); });
    m_outermost = sqlite3_get_autocommit(m_db.handle()) != 0;
    m_db.exec(m_outermost ? "BEGIN IMMEDIATE" : "SAVEPOINT tickerline_tx");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            // An outermost savepoint is rolled back as a whole transaction: "ROLLBACK TO" and then
            // "RELEASE" would commit the restored pages, rewriting the file with the same rows.
            // An interrupted statement may already have rolled everything back: then this fails,
            // harmlessly.
            m_db.exec(m_outermost ? "ROLLBACK" : "ROLLBACK TO tickerline_tx; RELEASE tickerline_tx");
        } catch (...) {
            // Nothing more can be done in a destructor; SQLite rolls back on close.
        }
    }
}

void Transaction::commit()
{
    if (m_outermost)
        m_db.beforeCommit();
    m_db.exec(m_outermost ? "COMMIT" : "RELEASE tickerline_tx");
    m_done = true;
}

namespace {

int cancelRequested(void *cancel)
{
    return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0;
}

// The connection whose guest this thread is, during its turn: its calls are not the owner's.
thread_local const Database *t_guestOf = nullptr;

int ownerWaits(void *db)
{
    return static_cast<const Database *>(db)->ownerWaits() ? 1 : 0;
}

// True while a statement of the connection is part-way through its rows.
bool readingUnderWay(sqlite3 *db)
{
    for (sqlite3_stmt *statement = sqlite3_next_stmt(db, nullptr); statement;
         statement = sqlite3_next_stmt(db, statement)) {
        if (sqlite3_stmt_busy(statement))
            return true;
    }
    return false;
}

} // namespace

OwnerCall::OwnerCall(Database &db)
{
    if (db.m_shared && t_guestOf != &db) {
        m_counted = &db;
        db.m_ownerCalls.fetch_add(1, std::memory_order_relaxed);
    }
}

OwnerCall::~OwnerCall()
{
    if (m_counted)
        m_counted->m_ownerCalls.fetch_sub(1, std::memory_order_relaxed);
}

GuestTurn::GuestTurn(Database &db)
    : m_db(db)
    , m_mutex(sqlite3_db_mutex(db.handle()))
{
    if (!m_mutex || sqlite3_mutex_try(m_mutex) != SQLITE_OK) {
        m_mutex = nullptr;
        return;
    }
    if (!sqlite3_get_autocommit(db.handle()) || readingUnderWay(db.handle()) || db.ownerWaits())
        return;
    m_taken = true;
    t_guestOf = &db;
    // Every 100 virtual machine steps (well under a millisecond), FTS5's inner statements included.
    sqlite3_progress_handler(db.handle(), 100, &ownerWaits, &db);
}

GuestTurn::~GuestTurn()
{
    if (m_taken) {
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
        t_guestOf = nullptr;
    }
    if (m_mutex)
        sqlite3_mutex_leave(m_mutex);
}

CancelHook::CancelHook(Database &db, const std::atomic_bool *cancel)
    : m_db(db)
    , m_call(db)
{
    if (!cancel)
        return;
    auto *flag = const_cast<std::atomic_bool *>(cancel);
    sqlite3_progress_handler(m_db.handle(), 4000, &cancelRequested, flag);
    sqlite3_busy_handler(m_db.handle(), &waitForWriter, flag);
}

KeepChangesInMemory::KeepChangesInMemory(Database &db)
    : m_db(db)
{
    m_db.exec("PRAGMA cache_spill = OFF");
}

KeepChangesInMemory::~KeepChangesInMemory()
{
    try {
        m_db.exec("PRAGMA cache_spill = ON");
    } catch (...) {
        // A setting of this connection only: nothing is left half-done when it cannot be put back.
    }
}

DontWaitForWriters::DontWaitForWriters(Database &db)
    : m_db(db)
{
    sqlite3_busy_handler(m_db.handle(), nullptr, nullptr);
}

DontWaitForWriters::~DontWaitForWriters()
{
    sqlite3_busy_handler(m_db.handle(), &waitForWriter, nullptr);
}

CancelHook::~CancelHook()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
    sqlite3_busy_handler(m_db.handle(), &waitForWriter, nullptr);
}

} // namespace tickerline
