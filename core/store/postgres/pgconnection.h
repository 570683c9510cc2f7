// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <optional>
#include <thread>
#include <vector>

struct pg_conn;
struct pg_result;

namespace tickerline {

// A team database is named by anything libpq accepts: a URI (postgresql://user@host/db?sslmode=…)
// or a key=value connection string (service=team, host=… dbname=…). True for those, false for a
// file name, so that --db can take either. A key must be one libpq knows: a file may be called
// "notes=old.tickerline".
bool isPostgresTarget(const QString &argument);

// The connection string as it may be shown, logged or remembered: its password left out, whether
// given in the URI's user part, as ?password= or as password=. Works on strings libpq would refuse.
QString withoutPassword(const QString &target);

// The values of a statement's parameters, sent apart from its text (never spliced into it), in
// libpq's text format.
class PgParams final
{
public:
    PgParams &add(const QString &text); // a null QString is sent as '', as Statement binds it
    PgParams &add(std::int64_t number);
    PgParams &add(int number) { return add(std::int64_t(number)); }
    PgParams &add(double number);
    PgParams &add(bool value);
    PgParams &addNull();
    template<typename T> PgParams &add(const std::optional<T> &value) { return value ? add(*value) : addNull(); }

    int size() const { return int(m_values.size()); }
    std::vector<const char *> pointers() const;

private:
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
};

// The rows a statement returned, owned.
class PgResult final
{
public:
    explicit PgResult(pg_result *result)
        : m_result(result)
    {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept
        : m_result(other.m_result)
    {
        other.m_result = nullptr;
    }
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const; // the value's UTF-8 as the server sent it

    std::int64_t int64(int row, int column) const;
    // Rows a command inserted, updated or deleted.
    std::int64_t affected() const;

private:
    pg_result *m_result = nullptr;
};

struct PgNotification
{
    QString channel;
    QString payload;
    int senderPid = 0;
};

// One connection to a PostgreSQL server through libpq, in UTF-8. Every failure throws
// tickerline::Error whose message names the database (without its password) and gives the
// server's reason; the password appears in no message.
class PgConnection final
{
public:
    explicit PgConnection(const QString &target);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // How the database is named in messages: the target without its password.
    const QString &name() const { return m_name; }
    int serverPid() const;

    // Runs one statement with its parameters bound ($1, $2 …).
    PgResult exec(const char *sql, const PgParams &params = {});
    // Runs statements that take no parameters, several at once (a schema's DDL).
    void execScript(const char *sql);
    // Receives NOTIFY on that channel from every connection to the database.
    void listen(const QString &channel);
    // The notifications received so far; when there are none, waits up to waitMs for some.
    std::vector<PgNotification> notifications(int waitMs = 0);

    pg_conn *handle() const { return m_conn; }
    int backendPid() const; // the server process of this connection, as notifications name it

    // Throws the message of a failure libpq reports on this connection.
    [[noreturn]] void fail(const QString &what, const QString &reason) const;
    [[noreturn]] void failWithResult(pg_result *result);

private:
    friend class PgCancelWatch;
    friend class PgCopyIn;
    // Throws "NAME: cancelled" while a PgCancelWatch's flag is set: no statement starts then.
    void throwIfCancelled();

    pg_conn *m_conn = nullptr;
    QString m_name;
    QStringList m_secrets;                      // the password as given and as libpq read it: scrubbed from messages
    const std::atomic_bool *m_cancel = nullptr; // a PgCancelWatch's, while it lives
};

// BEGIN … COMMIT, or ROLLBACK unless committed; inside another transaction, a savepoint of it.
class PgTransaction final
{
public:
    explicit PgTransaction(PgConnection &db);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    void commit();
    bool outermost() const { return m_savepoint.isEmpty(); }

private:
    PgConnection &m_db;
    QByteArray m_savepoint; // empty for the outermost
    bool m_done = false;
};

// While it lives, a set flag stops the work on the connection: the statement running on the
// server (PQcancel from a thread of its own, which looks at the flag ten times a second) fails
// "canceling statement due to user request", and no statement or piece of a COPY starts after
// ("NAME: cancelled"), since a cancel that reaches the server between two statements cancels
// nothing. Either way the transaction fails; its rollback still runs.
class PgCancelWatch final
{
public:
    PgCancelWatch(PgConnection &db, const std::atomic_bool *cancel);
    ~PgCancelWatch();
    PgCancelWatch(const PgCancelWatch &) = delete;
    PgCancelWatch &operator=(const PgCancelWatch &) = delete;

private:
    PgConnection &m_db;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

// COPY … FROM STDIN in text format: a table's rows written field by field and sent to the server
// in large pieces, the fastest way into PostgreSQL. Unless finish() is called, the COPY is
// abandoned and the transaction around it fails.
class PgCopyIn final
{
public:
    PgCopyIn(PgConnection &db, const char *sql);
    ~PgCopyIn();
    PgCopyIn(const PgCopyIn &) = delete;
    PgCopyIn &operator=(const PgCopyIn &) = delete;

    PgCopyIn &field(const QString &text); // a null QString is '', as Statement binds it
    PgCopyIn &field(std::int64_t number);
    PgCopyIn &field(double number);
    PgCopyIn &field(bool value);
    template<typename T> PgCopyIn &field(const std::optional<T> &value) { return value ? field(*value) : nullField(); }
    PgCopyIn &nullField();
    void endRow();
    // Sends what is left and ends the COPY; throws the server's reason for refusing a row.
    void finish();

private:
    void separate();
    void send();

    PgConnection &m_db;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_finished = false;
    std::int64_t m_rows = 0;
};

} // namespace tickerline
