// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "error.h"


#include <sqlite3.h>

namespace tickerline {

namespace {

[[noreturn]] void fail(sqlite3 *db, const QString &what)
{
    const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
    throw Error(QStringLiteral("%1: %2").arg(what, reason));
}

} // namespace

Database::Database(const QString &path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(QStringLiteral("%1: cannot open: %2").arg(path, reason));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_path, other.m_path);
    return *this;
}

void Database::exec(const char *sql)
{
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

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc == SQLITE_OK)
        return;
    QString reason = QString::fromUtf8(sqlite3_errmsg(db.handle()));
    // A virtual table's constructor (the full-text index's, which reads its table while a
    // statement is prepared) words a failed read as "vtable constructor failed" but keeps the
    // code: a full disk or an I/O error is then named from it, the reason a user can act on.
    const QString codeText = QString::fromUtf8(sqlite3_errstr(rc));
    if (((rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR) && !reason.contains(codeText))
        reason += QStringLiteral(" (%1)").arg(codeText);
    throw Error(QStringLiteral("%1: cannot prepare \"%2\": %3").arg(db.path(), QString::fromUtf8(sql), reason));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // A null QString is stored as empty text: the schema keeps NULL for "no row" references only.
    if (sqlite3_bind_text(m_stmt, index, utf8.constData() ? utf8.constData() : "", int(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail(m_db.handle(), m_db.path());
    return *this;
}

bool Statement::step()
{
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

Transaction::Transaction(Database &db) : m_db(db), m_outermost(sqlite3_get_autocommit(db.handle()) != 0)
{
    m_db.exec(m_outermost ? "BEGIN" : "SAVEPOINT tickerline_tx");
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
    m_db.exec(m_outermost ? "COMMIT" : "RELEASE tickerline_tx");
    m_done = true;
}

namespace {

int cancelRequested(void *cancel)
{
    return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0;
}

} // namespace

CancelHook::CancelHook(Database &db, const std::atomic_bool *cancel) : m_db(db)
{
    if (cancel)
        sqlite3_progress_handler(m_db.handle(), 4000, &cancelRequested, const_cast<std::atomic_bool *>(cancel));
}

CancelHook::~CancelHook()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

} // namespace tickerline
