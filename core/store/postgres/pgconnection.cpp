// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconnection.h"

#include "error.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <libpq-fe.h>
#include <poll.h>

namespace tickerline {

namespace {

// libpq's own connection keywords (host, service, dbname …), asked of libpq once.
const QSet<QString> &connectionKeywords()
{
    static const QSet<QString> keywords = [] {
        QSet<QString> names;
        if (PQconninfoOption *options = PQconndefaults()) {
            for (const PQconninfoOption *option = options; option->keyword; ++option)
                names.insert(QString::fromLatin1(option->keyword));
            PQconninfoFree(options);
        }
        return names;
    }();
    return keywords;
}

bool isUri(const QString &target)
{
    const QString trimmed = target.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// Where a URI's user part ends: its last '@' before the query (a password may hold '/', and a
// user name may not hold '@' unencoded); -1 when it names no user.
qsizetype userInfoEnd(const QString &uri)
{
    const qsizetype query = uri.indexOf(QLatin1Char('?'));
    return uri.lastIndexOf(QLatin1Char('@'), query < 0 ? -1 : query - uri.size() - 1);
}

// The passwords a target holds, as written and as libpq decodes them, to be kept out of messages.
QStringList secretsOf(const QString &target)
{
    QStringList secrets;
    if (isUri(target)) {
        const qsizetype scheme = target.indexOf(QLatin1String("://")) + 3;
        const qsizetype end = userInfoEnd(target);
        const qsizetype colon = target.indexOf(QLatin1Char(':'), scheme);
        if (end > scheme && colon >= 0 && colon < end)
            secrets << target.mid(colon + 1, end - colon - 1);
    }
    static const QRegularExpression written(
        QStringLiteral(R"((?:^|[\s?&])password\s*=\s*('(?:[^'\\]|\\.)*'|[^\s&]*))"));
    for (auto match = written.globalMatch(target); match.hasNext();)
        secrets << match.next().captured(1);
    char *error = nullptr;
    if (PQconninfoOption *options = PQconninfoParse(target.toUtf8().constData(), &error)) {
        for (const PQconninfoOption *option = options; option->keyword; ++option) {
            if (qstrcmp(option->keyword, "password") == 0 && option->val)
                secrets << QString::fromUtf8(option->val);
        }
        PQconninfoFree(options);
    }
    PQfreemem(error);
    for (const QString &secret : QStringList(secrets))
        secrets << QUrl::fromPercentEncoding(secret.toUtf8());
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    // The longest first, so that a password holding another is scrubbed whole.
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return secrets;
}

QString scrubbed(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        text.replace(secret, QLatin1String("********"));
    return text;
}

QString libpqMessage(const char *message)
{
    return QString::fromUtf8(message)
        .trimmed()
        .replace(QLatin1String("\n\t"), QLatin1String(" "))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

void ignoreNotice(void *, const char *) {}

} // namespace

bool isPostgresTarget(const QString &argument)
{
    if (isUri(argument))
        return true;
    static const QRegularExpression keyValue(QStringLiteral(R"(^\s*([A-Za-z_]+)\s*=)"));
    const QRegularExpressionMatch match = keyValue.match(argument);
    return match.hasMatch() && connectionKeywords().contains(match.captured(1));
}

QString withoutPassword(const QString &target)
{
    QString result = target;
    if (isUri(result)) {
        const qsizetype scheme = result.indexOf(QLatin1String("://")) + 3;
        const qsizetype end = userInfoEnd(result);
        const qsizetype colon = result.indexOf(QLatin1Char(':'), scheme);
        if (end > scheme && colon >= 0 && colon < end)
            result.remove(colon, end - colon);
        static const QRegularExpression parameter(QStringLiteral(R"([?&]password=[^&]*)"));
        result.remove(parameter);
        // "?a=1&b=2" that lost its first parameter reads "&b=2": give the query its '?' back.
        const qsizetype query = result.indexOf(QLatin1Char('?'));
        const qsizetype amp = result.indexOf(QLatin1Char('&'), userInfoEnd(result) + 1);
        if (amp >= 0 && (query < 0 || amp < query))
            result[amp] = QLatin1Char('?');
        return result;
    }
    static const QRegularExpression keyValue(QStringLiteral(R"(\s*\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S*))"));
    return result.remove(keyValue).trimmed();
}

PgParams &PgParams::add(const QString &text)
{
    if (text.contains(QChar(0)))
        throw Error(QStringLiteral("parameter %1 holds a NUL character, which PostgreSQL cannot store in a text")
                        .arg(m_values.size() + 1));
    m_values.push_back(text.toUtf8());
    m_null.push_back(false);
    return *this;
}

PgParams &PgParams::add(std::int64_t number)
{
    m_values.push_back(QByteArray::number(qlonglong(number)));
    m_null.push_back(false);
    return *this;
}

PgParams &PgParams::add(double number)
{
    m_values.push_back(QByteArray::number(number, 'g', 17)); // 17 digits: the double exactly
    m_null.push_back(false);
    return *this;
}

PgParams &PgParams::add(bool value)
{
    m_values.push_back(value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    m_null.push_back(false);
    return *this;
}

PgParams &PgParams::addNull()
{
    m_values.emplace_back();
    m_null.push_back(true);
    return *this;
}

std::vector<const char *> PgParams::pointers() const
{
    std::vector<const char *> pointers;
    pointers.reserve(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        pointers.push_back(m_null[i] ? nullptr : m_values[i].constData());
    return pointers;
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    std::swap(m_result, other.m_result);
    return *this;
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

int PgResult::columns() const
{
    return PQnfields(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) == 1;
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

std::int64_t PgResult::int64(int row, int column) const
{
    bool ok = false;
    const qlonglong value = QByteArray(PQgetvalue(m_result, row, column)).toLongLong(&ok);
    if (!ok)
        throw Error(QStringLiteral("column %1 of row %2 is not a whole number").arg(column + 1).arg(row + 1));
    return value;
}

std::int64_t PgResult::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

PgConnection::PgConnection(const QString &target)
    : m_name(withoutPassword(target))
    , m_secrets(secretsOf(target))
{
    const QByteArray utf8 = target.toUtf8();
    // The target is expanded as a connection string; the keywords after it override what it says.
    const char *keywords[] = {"dbname", "client_encoding", "fallback_application_name", nullptr};
    const char *values[] = {utf8.constData(), "UTF8", "tickerline", nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (!m_conn)
        throw Error(QStringLiteral("%1: cannot connect: out of memory").arg(m_name));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString reason = libpqMessage(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        fail(QStringLiteral("cannot connect"), reason);
    }
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

int PgConnection::serverPid() const
{
    return PQbackendPID(m_conn);
}

void PgConnection::fail(const QString &what, const QString &reason) const
{
    const QString message = what.isEmpty() ? QStringLiteral("%1: %2").arg(m_name, reason)
                                           : QStringLiteral("%1: %2: %3").arg(m_name, what, reason);
    throw Error(scrubbed(message, m_secrets));
}

void PgConnection::throwIfCancelled()
{
    if (m_cancel && m_cancel->load())
        throw Error(QStringLiteral("%1: cancelled").arg(m_name));
}

PgResult PgConnection::exec(const char *sql, const PgParams &params)
{
    throwIfCancelled();
    const std::vector<const char *> values = params.pointers();
    PGresult *result = PQexecParams(m_conn, sql, params.size(), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        failWithResult(result);
    return PgResult(result);
}

void PgConnection::execScript(const char *sql)
{
    PGresult *result = PQexec(m_conn, sql);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        failWithResult(result);
    PQclear(result);
}

void PgConnection::failWithResult(pg_result *result)
{
    QString reason = result ? QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) : QString();
    if (reason.isEmpty())
        reason = libpqMessage(PQerrorMessage(m_conn));
    if (result) {
        if (const char *detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL))
            reason += QStringLiteral(" (%1)").arg(libpqMessage(detail));
    }
    PQclear(result);
    fail({}, reason);
}

void PgConnection::listen(const QString &channel)
{
    const QByteArray name = channel.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, name.constData(), size_t(name.size()));
    if (!quoted)
        fail(QStringLiteral("cannot listen on \"%1\"").arg(channel), libpqMessage(PQerrorMessage(m_conn)));
    const QByteArray sql = QByteArray("LISTEN ") + quoted;
    PQfreemem(quoted);
    exec(sql.constData());
}

std::vector<PgNotification> PgConnection::notifications(int waitMs)
{
    std::vector<PgNotification> received;
    const auto take = [&] {
        if (PQconsumeInput(m_conn) != 1)
            fail(QStringLiteral("cannot read notifications"), libpqMessage(PQerrorMessage(m_conn)));
        while (PGnotify *notify = PQnotifies(m_conn)) {
            received.push_back({QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra), notify->be_pid});
            PQfreemem(notify);
        }
    };
    take();
    QElapsedTimer waited;
    waited.start();
    while (received.empty() && waited.elapsed() < waitMs) {
        pollfd socket{PQsocket(m_conn), POLLIN, 0};
        if (poll(&socket, 1, int(waitMs - waited.elapsed())) > 0)
            take();
    }
    return received;
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

PgTransaction::PgTransaction(PgConnection &db)
    : m_db(db)
{
    if (PQtransactionStatus(db.handle()) == PQTRANS_IDLE) {
        m_db.exec("BEGIN");
        return;
    }
    static std::atomic_int next{0};
    m_savepoint = "tickerline_" + QByteArray::number(++next);
    m_db.exec(QByteArray("SAVEPOINT " + m_savepoint).constData());
}

PgTransaction::~PgTransaction()
{
    if (m_done)
        return;
    try {
        // Not exec(), which a cancel stops: a cancelled import still rolls back.
        m_db.execScript(m_savepoint.isEmpty() ? QByteArray("ROLLBACK").constData()
                                              : QByteArray("ROLLBACK TO SAVEPOINT " + m_savepoint).constData());
    } catch (const Error &) { // a lost connection rolls back by itself; never throw while unwinding
    }
}

void PgTransaction::commit()
{
    m_db.exec(m_savepoint.isEmpty() ? QByteArray("COMMIT").constData()
                                    : QByteArray("RELEASE SAVEPOINT " + m_savepoint).constData());
    m_done = true;
}

PgCancelWatch::PgCancelWatch(PgConnection &db, const std::atomic_bool *cancel)
    : m_db(db)
{
    if (!cancel)
        return;
    db.m_cancel = cancel;
    PGcancel *handle = PQgetCancel(db.handle());
    if (!handle)
        return;
    m_thread = std::thread([this, handle, cancel] {
        while (!m_stop.load()) {
            if (cancel->load()) {
                char error[256];
                PQcancel(handle, error, sizeof error); // a failed cancel leaves the statement to finish
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        PQfreeCancel(handle);
    });
}

PgCancelWatch::~PgCancelWatch()
{
    m_db.m_cancel = nullptr;
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

namespace {

// Large enough that a piece costs little per row, small enough to stay in the cache.
constexpr qsizetype kCopyPiece = 256 * 1024;

} // namespace

PgCopyIn::PgCopyIn(PgConnection &db, const char *sql)
    : m_db(db)
{
    PGresult *result = PQexec(m_db.handle(), sql);
    if (PQresultStatus(result) != PGRES_COPY_IN)
        m_db.failWithResult(result);
    PQclear(result);
    m_buffer.reserve(kCopyPiece + kCopyPiece / 4);
}

PgCopyIn::~PgCopyIn()
{
    if (m_finished)
        return;
    // Abandoned (an exception on the way): the server refuses the COPY, and the transaction with it.
    PQputCopyEnd(m_db.handle(), "abandoned");
    while (PGresult *result = PQgetResult(m_db.handle()))
        PQclear(result);
}

void PgCopyIn::separate()
{
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
}

PgCopyIn &PgCopyIn::field(const QString &text)
{
    separate();
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_buffer.append("\\\\", 2);
            break;
        case '\t':
            m_buffer.append("\\t", 2);
            break;
        case '\n':
            m_buffer.append("\\n", 2);
            break;
        case '\r':
            m_buffer.append("\\r", 2);
            break;
        case '\0':
            throw Error(QStringLiteral("row %1 holds a NUL character, which PostgreSQL cannot store in a text")
                            .arg(m_rows + 1));
        default:
            m_buffer.append(c);
        }
    }
    return *this;
}

PgCopyIn &PgCopyIn::field(std::int64_t number)
{
    separate();
    m_buffer.append(QByteArray::number(qlonglong(number)));
    return *this;
}

PgCopyIn &PgCopyIn::field(double number)
{
    separate();
    m_buffer.append(QByteArray::number(number, 'g', 17));
    return *this;
}

PgCopyIn &PgCopyIn::field(bool value)
{
    separate();
    m_buffer.append(value ? 't' : 'f');
    return *this;
}

PgCopyIn &PgCopyIn::nullField()
{
    separate();
    m_buffer.append("\\N", 2);
    return *this;
}

void PgCopyIn::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kCopyPiece)
        send();
}

void PgCopyIn::send()
{
    m_db.throwIfCancelled(); // the COPY is then abandoned, and the transaction with it
    if (!m_buffer.isEmpty() && PQputCopyData(m_db.handle(), m_buffer.constData(), int(m_buffer.size())) != 1)
        m_db.fail(QStringLiteral("cannot send rows"), libpqMessage(PQerrorMessage(m_db.handle())));
    m_buffer.resize(0); // keeps its capacity for the next rows
}

void PgCopyIn::finish()
{
    send();
    m_finished = true;
    if (PQputCopyEnd(m_db.handle(), nullptr) != 1)
        m_db.fail(QStringLiteral("cannot send rows"), libpqMessage(PQerrorMessage(m_db.handle())));
    PGresult *failed = nullptr;
    while (PGresult *result = PQgetResult(m_db.handle())) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failed)
            failed = result;
        else
            PQclear(result);
    }
    if (failed)
        m_db.failWithResult(failed);
}

} // namespace tickerline
