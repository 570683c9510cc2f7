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
struct sqlite3_mutex;

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

    // Several: besides its owner, work on another thread may use the connection as a guest
    // (GuestTurn), one call at a time under the connection's mutex (sqlite3_db_mutex); One saves
    // that mutex on every call.
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
    // True while a call of the owner's is under way or waits for the connection (OwnerCall).
    bool ownerWaits() const { return m_ownerCalls.load(std::memory_order_relaxed) > 0; }

private:
    friend class OwnerCall;

    sqlite3 *m_db = nullptr;
    bool m_shared = false; // Threads::Several
    QString m_path;
    QString m_readOnlyReason;
    std::function<void(Database &)> m_beforeCommit;
    std::atomic_int m_ownerCalls{0}; // not moved: calls of the moment
};

// Marks a call of the connection's owner, from its start to its end: a guest's turn on another
// thread (GuestTurn) gives way at once, and none begins. Every Statement call, exec and
// Transaction makes one, so a read on the GUI thread never waits behind a guest's long work.
// Counts only on a Threads::Several connection, and never on the thread whose turn it is.
class OwnerCall final
{
public:
    explicit OwnerCall(Database &db);
    ~OwnerCall();
    OwnerCall(const OwnerCall &) = delete;
    OwnerCall &operator=(const OwnerCall &) = delete;

private:
    Database *m_counted = nullptr;
};

// A turn on a Threads::Several connection for work on a thread other than its owner's (FileStore's
// merge of the search index). Never waits: it is taken only when the connection is free, its owner
// is between transactions and readings and no call of the owner's is under way. The next call of
// the owner's interrupts the guest's statement, which fails as "interrupted"; the guest rolls back.
class GuestTurn final
{
public:
    explicit GuestTurn(Database &db);
    ~GuestTurn();
    GuestTurn(const GuestTurn &) = delete;
    GuestTurn &operator=(const GuestTurn &) = delete;
    bool taken() const { return m_taken; }

private:
    Database &m_db;
    sqlite3_mutex *m_mutex = nullptr; // held for the turn's life, taken or not
    bool m_taken = false;
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
// another process's write ("database is locked"). It is one owner's call throughout: a guest's
// turn would replace its progress handler.
class CancelHook final
{
public:
    CancelHook(Database &db, const std::atomic_bool *cancel);
    ~CancelHook();
    CancelHook(const CancelHook &) = delete;
    CancelHook &operator=(const CancelHook &) = delete;

private:
    Database &m_db;
    OwnerCall m_call;
};

} // namespace tickerline
