// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tickerline {

// Thin RAII owners of the SQLite C API. Every failure throws tickerline::Error with
// SQLite's own message, so callers never check return codes.
//
// Every file is opened as untrusted input (https://www.sqlite.org/security.html): defensive mode,
// cell size checks, tight limits, and a schema that is not trusted to call virtual tables or
// functions with side effects until trustSchema() says it has been checked.
class Database final
{
public:
    // Immutable: read-only, and SQLite assumes nobody changes the file, so it needs no -shm; the
    // only way to read a WAL database whose -shm cannot be created.
    enum class Mode { ReadWrite, ReadOnly, Create, Immutable };

    // Several: the connection may be used from more than one thread, one call at a time under
    // its own mutex (sqlite3_db_mutex); One saves that mutex on every call.
    enum class Threads { One, Several };

    Database() = default;
    Database(const QString &path, Mode mode, Threads threads = Threads::One);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const char *sql);
    int pragmaInt(const char *name);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    QString lastError() const;
    // Changes whenever another connection (this process's or another's) commits; cheap to ask.
    int dataVersion();

    // A write waits for another connection's write transaction without a limit (an import of a
    // million events holds it for most of a minute); after a second of waiting it calls this, on
    // the waiting thread, so that the user learns why nothing happens. Process-wide.
    static void setBusyNotice(std::function<void()> notice);

    // True when SQLite writes nothing through this connection; a statement that would write then
    // throws "PATH is read-only: <reason>" before it runs.
    bool isReadOnly() const;
    void setReadOnlyReason(const QString &reason) { m_readOnlyReason = reason; }
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // Lets the schema's triggers use the full-text table: call once the schema is known to be ours.
    void trustSchema();
    // A step each outermost Transaction takes just before it commits, on this connection.
    void setBeforeCommit(std::function<void(Database &)> step) { m_beforeCommit = std::move(step); }
    void beforeCommit()
    {
        if (m_beforeCommit)
            m_beforeCommit(*this);
    }
    // Set while a Transaction waits to begin: work on another thread that shares this connection
    // (FileStore's search index merge) gives way when it sees it.
    const std::atomic_bool &writeWanted() const { return m_writeWanted; }
    void setWriteWanted(bool wanted) { m_writeWanted = wanted; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_readOnlyReason;
    std::function<void(Database &)> m_beforeCommit;
    std::atomic_bool m_writeWanted{false}; // not moved: a flag of the moment
};

class Statement final
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, bool value) { return bind(index, std::int64_t(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds ''
    Statement &bind(int index, const QByteArray &value);
    Statement &bindNull(int index);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // True while there is a row to read.
    bool step();
    // Runs a statement that returns no rows, then resets it for the next use.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_texts; // by parameter index: the UTF-8 of the bound texts
};

// Rolls back unless commit() is called; nests through savepoints. The outermost one is a real
// BEGIN … ROLLBACK: a savepoint rolled back and released still commits an (empty) transaction,
// which in WAL mode appends a frame, so a refused import would change the file's bytes. It is
// BEGIN IMMEDIATE: it waits for the write lock up front, where a deferred transaction that has
// read would fail at once (SQLITE_BUSY_SNAPSHOT) when another process committed meanwhile.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_outermost = false;
    bool m_done = false;
};

// Keeps every page the connection's transactions change in memory until they commit. SQLite
// otherwise spills changed pages into the WAL once its cache is full, and a spilled page stays in
// the -wal file after a rollback: a refused import of many bars would change the file's bytes.
// Costs memory in proportion to what a transaction writes (about 600 MB for ten million bars).
class KeepChangesInMemory final
{
public:
    explicit KeepChangesInMemory(Database &db);
    ~KeepChangesInMemory();
    KeepChangesInMemory(const KeepChangesInMemory &) = delete;
    KeepChangesInMemory &operator=(const KeepChangesInMemory &) = delete;

private:
    Database &m_db;
};

// While it lives, a statement that needs the write lock another connection holds fails at once
// ("database is locked") instead of waiting for it: for work that can as well be done later.
class DontWaitForWriters final
{
public:
    explicit DontWaitForWriters(Database &db);
    ~DontWaitForWriters();
    DontWaitForWriters(const DontWaitForWriters &) = delete;
    DontWaitForWriters &operator=(const DontWaitForWriters &) = delete;

private:
    Database &m_db;
};

// Lets a cancel flag stop a long statement while it lives: the statement fails with
// "interrupted", which unwinds its transaction like any other error. It also ends a wait for
// another process's write ("database is locked").
class CancelHook final
{
public:
    CancelHook(Database &db, const std::atomic_bool *cancel);
    ~CancelHook();
    CancelHook(const CancelHook &) = delete;
    CancelHook &operator=(const CancelHook &) = delete;

private:
    Database &m_db;
};

} // namespace tickerline
