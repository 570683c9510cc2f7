// SPDX-License-Identifier: GPL-3.0-or-later
// The team database's connection to PostgreSQL, against the throwaway cluster ctest starts
// (tests/support/pgcluster): values always bound, never spliced; errors that name the database
// and the server's reason and never the password; notifications between two connections.

#include "core/interophelpers.h"
#include "error.h"
#include "store/postgres/pgconnection.h"
#include "support/pgtestdatabase.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace tickerline;

class TestPgConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tellsDatabaseNamesFromFileNames();
    void leavesPasswordsOut_data();
    void leavesPasswordsOut();
    void boundValuesArriveExactly();
    void refusesTextHoldingNul();
    void errorsNameTheDatabaseAndTheReason();
    void connectionErrorsNeverShowThePassword();
    void readOnlyRoleIsRefusedWrites();
    void notificationsReachOtherConnections();

private:
    QString m_target;
};

void TestPgConnection::init()
{
    m_target = test::postgresCluster();
    if (m_target.isEmpty())
        QSKIP("needs the test cluster: run it through ctest, which starts one (TICKERLINE_TEST_POSTGRES)");
}

void TestPgConnection::tellsDatabaseNamesFromFileNames()
{
    QVERIFY(isPostgresTarget(QStringLiteral("postgresql://ana@db.example/team?sslmode=require")));
    QVERIFY(isPostgresTarget(QStringLiteral("postgres://db.example/team")));
    QVERIFY(isPostgresTarget(QStringLiteral("POSTGRESQL:///team")));
    QVERIFY(isPostgresTarget(QStringLiteral("service=team")));
    QVERIFY(isPostgresTarget(QStringLiteral("host=/tmp port=5433 dbname=team")));
    QVERIFY(isPostgresTarget(m_target));
    QVERIFY(!isPostgresTarget(QStringLiteral("episode.tickerline")));
    QVERIFY(!isPostgresTarget(QStringLiteral("/home/ana/notes=old.tickerline")));
    QVERIFY(!isPostgresTarget(QStringLiteral("notes=old.tickerline")));
    QVERIFY(!isPostgresTarget(QStringLiteral("C:/data/team.tickerline")));
    QVERIFY(!isPostgresTarget(QString()));
}

void TestPgConnection::leavesPasswordsOut_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("shown");
    QTest::newRow("URI user and password")
        << QStringLiteral("postgresql://ana:s3cret@db.example:5432/team?sslmode=require")
        << QStringLiteral("postgresql://ana@db.example:5432/team?sslmode=require");
    QTest::newRow("URI password with @ and /")
        << QStringLiteral("postgresql://ana:p@ss/w0rd@db.example/team")
        << QStringLiteral("postgresql://ana@db.example/team");
    QTest::newRow("URI password parameter first")
        << QStringLiteral("postgresql://db.example/team?password=s3cret&sslmode=require")
        << QStringLiteral("postgresql://db.example/team?sslmode=require");
    QTest::newRow("URI password parameter last")
        << QStringLiteral("postgres://ana@db.example/team?sslmode=require&password=s3cret")
        << QStringLiteral("postgres://ana@db.example/team?sslmode=require");
    QTest::newRow("URI without password")
        << QStringLiteral("postgresql://ana@db.example/team") << QStringLiteral("postgresql://ana@db.example/team");
    QTest::newRow("key=value") << QStringLiteral("host=db.example password=s3cret dbname=team")
                               << QStringLiteral("host=db.example dbname=team");
    QTest::newRow("key=value quoted") << QStringLiteral("host=db.example password = 'it\\'s a secret' dbname=team")
                                      << QStringLiteral("host=db.example dbname=team");
    QTest::newRow("service") << QStringLiteral("service=team") << QStringLiteral("service=team");
}

void TestPgConnection::leavesPasswordsOut()
{
    QFETCH(QString, target);
    QFETCH(QString, shown);
    QCOMPARE(withoutPassword(target), shown);
}

void TestPgConnection::boundValuesArriveExactly()
{
    PgConnection connection(m_target);
    connection.exec("CREATE TEMP TABLE texts (id bigint PRIMARY KEY, body text)");
    const QStringList texts{
        QStringLiteral("'; DROP TABLE texts; --"),
        QStringLiteral("$1 $2 \\' \\\\ \" ` %s %n"),
        QStringLiteral("深度求索 DeepSeek-R1 发布"),
        QStringLiteral("cut your expectations 100x 🚀"),
        QString(100'000, QLatin1Char('x')),
        QStringLiteral(""),
        QString(), // sent as '', as Statement binds it
    };
    for (int i = 0; i < texts.size(); ++i)
        connection.exec("INSERT INTO texts VALUES ($1, $2)", PgParams().add(i).add(texts[i]));
    connection.exec("INSERT INTO texts VALUES ($1, $2)", PgParams().add(std::int64_t(-9'007'199'254'740'993)).addNull());

    const PgResult rows = connection.exec("SELECT id, body FROM texts ORDER BY id");
    QCOMPARE(rows.rows(), texts.size() + 1);
    QCOMPARE(rows.int64(0, 0), std::int64_t(-9'007'199'254'740'993));
    QVERIFY(rows.isNull(0, 1));
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(rows.int64(i + 1, 0), std::int64_t(i));
        QVERIFY(!rows.isNull(i + 1, 1));
        QCOMPARE(rows.text(i + 1, 1), texts[i]);
    }
    QCOMPARE(connection.exec("SELECT count(*) FROM texts").int64(0, 0), std::int64_t(texts.size() + 1));
    QCOMPARE(connection.exec("DELETE FROM texts WHERE id >= $1", PgParams().add(3)).affected(), std::int64_t(texts.size() - 3));
}

void TestPgConnection::refusesTextHoldingNul()
{
    const QString message = testing::errorMessageOf([] { PgParams().add(1).add(QString::fromUtf8("before\0after", 12)); });
    QCOMPARE(message, QStringLiteral("parameter 2 holds a NUL character, which PostgreSQL cannot store in a text"));
}

void TestPgConnection::errorsNameTheDatabaseAndTheReason()
{
    PgConnection connection(m_target);
    QCOMPARE(testing::errorMessageOf([&] { connection.exec("SELECT * FROM no_such_table"); }),
             m_target + QStringLiteral(": relation \"no_such_table\" does not exist"));
    connection.exec("CREATE TEMP TABLE uids (uid text PRIMARY KEY)");
    connection.exec("INSERT INTO uids VALUES ($1)", PgParams().add(QStringLiteral("selloff")));
    QCOMPARE(testing::errorMessageOf([&] { connection.exec("INSERT INTO uids VALUES ($1)", PgParams().add(QStringLiteral("selloff"))); }),
             m_target + QStringLiteral(": duplicate key value violates unique constraint \"uids_pkey\" "
                                       "(Key (uid)=(selloff) already exists.)"));
    // The connection is still usable after a refused statement.
    QCOMPARE(connection.exec("SELECT count(*) FROM uids").int64(0, 0), std::int64_t(1));
}

void TestPgConnection::connectionErrorsNeverShowThePassword()
{
    // The cluster's socket folder, on a port where nothing listens.
    const QString host = m_target.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 1);
    const QString password = QStringLiteral("Secr3t-%1").arg(QRandomGenerator::global()->generate());
    const QStringList targets{
        QStringLiteral("postgresql://ana:%1@/team?host=%2&port=1").arg(password, host),
        QStringLiteral("host=%1 port=1 user=ana password=%2 dbname=team").arg(host, password),
        QStringLiteral("postgresql://ana:%1@/team?host=%2&port=1&bogus_option=1").arg(password, host),
        QStringLiteral("postgresql://ana:%1@[::1/team").arg(password),
    };
    for (const QString &target : targets) {
        const QString message = testing::errorMessageOf([&] { PgConnection unused(target); });
        QVERIFY2(message.startsWith(withoutPassword(target) + QStringLiteral(": cannot connect: ")), qPrintable(message));
        QVERIFY2(!message.contains(password), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Secr3t")), qPrintable(message));
    }
}

void TestPgConnection::readOnlyRoleIsRefusedWrites()
{
    PgConnection owner(m_target);
    const QString role = QStringLiteral("reader_%1").arg(QRandomGenerator::global()->generate());
    const QString table = QStringLiteral("shared_%1").arg(QRandomGenerator::global()->generate());
    owner.exec(QStringLiteral("CREATE TABLE %1 (note text)").arg(table).toUtf8().constData());
    owner.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role).toUtf8().constData());
    owner.exec(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, role).toUtf8().constData());
    owner.exec(QStringLiteral("INSERT INTO %1 VALUES ('kept')").arg(table).toUtf8().constData());
    {
        QString asReader = m_target;
        asReader.replace(QStringLiteral("user=tickerline"), QStringLiteral("user=") + role);
        PgConnection reader(asReader);
        QCOMPARE(reader.exec(QStringLiteral("SELECT note FROM %1").arg(table).toUtf8().constData()).text(0, 0),
                 QStringLiteral("kept"));
        QCOMPARE(testing::errorMessageOf([&] {
                     reader.exec(QStringLiteral("UPDATE %1 SET note = $1").arg(table).toUtf8().constData(),
                                 PgParams().add(QStringLiteral("lost")));
                 }),
                 asReader + QStringLiteral(": permission denied for table ") + table);
    }
    QCOMPARE(owner.exec(QStringLiteral("SELECT note FROM %1").arg(table).toUtf8().constData()).text(0, 0),
             QStringLiteral("kept"));
    owner.exec(QStringLiteral("DROP TABLE %1").arg(table).toUtf8().constData());
    owner.exec(QStringLiteral("DROP ROLE %1").arg(role).toUtf8().constData());
}

void TestPgConnection::notificationsReachOtherConnections()
{
    PgConnection listener(m_target);
    PgConnection writer(m_target);
    listener.listen(QStringLiteral("events changed"));
    QVERIFY(listener.notifications().empty());

    writer.exec("SELECT pg_notify($1, $2)", PgParams().add(QStringLiteral("events changed")).add(QStringLiteral("selloff 深度")));
    writer.exec("SELECT pg_notify($1, $2)", PgParams().add(QStringLiteral("elsewhere")).add(QStringLiteral("ignored")));
    std::vector<PgNotification> received = listener.notifications(5000);
    QCOMPARE(received.size(), std::size_t(1));
    QCOMPARE(received[0].channel, QStringLiteral("events changed"));
    QCOMPARE(received[0].payload, QStringLiteral("selloff 深度"));
    QCOMPARE(received[0].senderPid, writer.serverPid());

    // Nothing more arrives: a wait ends empty when its time is up.
    QVERIFY(listener.notifications(50).empty());
}

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
