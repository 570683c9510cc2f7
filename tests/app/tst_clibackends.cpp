// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on both backends: every command run through the real binary against a
// database file and against a team database on the throwaway PostgreSQL cluster, each giving the
// same output, the same refusals, and exports byte for byte the same.
#include "imports/bundleddataset.h"
#include "store/filestore.h"
#include "store/postgres/pgconnection.h"
#include "support/clirun.h"
#include "support/pgtestdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tickerline;

namespace {

using Run = testing::CliRun;

} // namespace

class tst_CliBackends final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_episodeJson; // the bundled episode as `export` writes it

    Run run(const QStringList &args) { return testing::runTickerline(m_home.path(), args); }

    Run runOk(const QStringList &args)
    {
        const Run result = run(args);
        if (result.status != 0)
            qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(result.err));
        return result;
    }

    // A new, empty database of each kind: its --db argument. The server's lives until the test ends.
    QString newFile(const QString &name)
    {
        return m_home.filePath(QStringLiteral("%1-%2.tickerline").arg(name).arg(QRandomGenerator::global()->generate()));
    }
    std::vector<std::unique_ptr<test::PgTestDatabase>> m_servers;
    QString newServer()
    {
        m_servers.push_back(std::make_unique<test::PgTestDatabase>());
        return m_servers.back()->target();
    }
    QStringList bothNew(const QString &name) { return {newFile(name), newServer()}; }

    QByteArray exported(const QString &db)
    {
        const QString path = m_home.filePath(QStringLiteral("export-%1.json").arg(QRandomGenerator::global()->generate()));
        const Run result = runOk({QStringLiteral("--db"), db, QStringLiteral("export"), path});
        return result.status == 0 ? testing::readAll(path) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!test::postgresCluster().isEmpty(), "run through ctest, which starts the PostgreSQL cluster");
        const QString bundled = newFile(QStringLiteral("bundled"));
        {
            FileStore store(bundled);
            installBundledDataset(store);
        }
        m_episodeJson = m_home.filePath(QStringLiteral("episode.json"));
        QCOMPARE(runOk({QStringLiteral("--db"), bundled, QStringLiteral("export"), m_episodeJson}).status, 0);
    }

    void everyReadingCommandPrintsTheSameOnBoth_data()
    {
        QTest::addColumn<QStringList>("command");
        const auto row = [](const char *name, const QStringList &command) { QTest::newRow(name) << command; };
        row("events", {QStringLiteral("events")});
        row("events --json", {QStringLiteral("events"), QStringLiteral("--json")});
        row("events filtered", {QStringLiteral("events"), QStringLiteral("--kind"), QStringLiteral("market"),
                                QStringLiteral("--actor"), QStringLiteral("Nvidia"), QStringLiteral("--json")});
        row("events by time", {QStringLiteral("events"), QStringLiteral("--from"), QStringLiteral("2025-01-21"),
                               QStringLiteral("--to"), QStringLiteral("2025-01-27")});
        row("search", {QStringLiteral("search"), QStringLiteral("trillion wipeout"), QStringLiteral("--json")});
        row("search words", {QStringLiteral("search"), QStringLiteral("cut your expectations"), QStringLiteral("--json")});
        row("search hostile", {QStringLiteral("search"), QStringLiteral("'); DROP TABLE events; -- \\ $1 «»"),
                               QStringLiteral("--json")});
        row("symbols", {QStringLiteral("symbols"), QStringLiteral("--json")});
        row("prices", {QStringLiteral("prices"), QStringLiteral("nvda"), QStringLiteral("--from"),
                       QStringLiteral("2025-01-20"), QStringLiteral("--to"), QStringLiteral("2025-01-31"),
                       QStringLiteral("--json")});
        row("study", {QStringLiteral("study"), QStringLiteral("--event"), QStringLiteral("market-selloff-2025-01-27"),
                      QStringLiteral("--symbol"), QStringLiteral("NVDA"), QStringLiteral("--json")});
        row("quotes", {QStringLiteral("quotes"), QStringLiteral("--json")});
        row("export csv", {QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--format"),
                           QStringLiteral("events-csv")});
    }

    void everyReadingCommandPrintsTheSameOnBoth()
    {
        QFETCH(QStringList, command);
        QList<Run> runs;
        for (const QString &db : bothNew(QStringLiteral("reading"))) {
            QCOMPARE(runOk({QStringLiteral("--db"), db, QStringLiteral("import"), m_episodeJson}).status, 0);
            runs << runOk(QStringList{QStringLiteral("--db"), db} + command);
            QCOMPARE(runs.last().status, 0);
            QVERIFY(!runs.last().out.isEmpty());
        }
        if (command.constFirst() != QLatin1String("search")) {
            QCOMPARE(runs[1].out, runs[0].out);
            return;
        }
        // Search: the same hits, in the same order but for ties, with the same fields; the scores
        // are each backend's own (FTS5's BM25, PostgreSQL's ts_rank_cd), the snippets their own cut.
        const QJsonArray file = QJsonDocument::fromJson(runs[0].out).array();
        const QJsonArray server = QJsonDocument::fromJson(runs[1].out).array();
        QCOMPARE(server.size(), file.size());
        QStringList fileHits, serverHits;
        for (qsizetype i = 0; i < file.size(); ++i) {
            QCOMPARE(server[i].toObject().keys(), file[i].toObject().keys());
            QVERIFY(server[i][QStringLiteral("snippet")].toString().contains(QLatin1Char('[')));
            fileHits << file[i][QStringLiteral("type")].toString() + QLatin1Char(' ') + file[i][QStringLiteral("uid")].toString();
            serverHits << server[i][QStringLiteral("type")].toString() + QLatin1Char(' ') + server[i][QStringLiteral("uid")].toString();
        }
        if (qstrcmp(QTest::currentDataTag(), "search") == 0)
            QCOMPARE(serverHits, fileHits);
        fileHits.sort();
        serverHits.sort();
        QCOMPARE(serverHits, fileHits);
    }

    void importExportAndCopyAreByteIdentical()
    {
        const QByteArray episode = testing::readAll(m_episodeJson);
        const QString server = newServer();
        QCOMPARE(runOk({QStringLiteral("--db"), server, QStringLiteral("import"), m_episodeJson}).status, 0);
        QCOMPARE(exported(server), episode);
        QCOMPARE(runOk({QStringLiteral("--db"), server, QStringLiteral("check")}).out,
                 QByteArray(server.toUtf8() + ": ok\n"));

        // copy, file → server → file, with what it does said on standard error.
        const QString back = newFile(QStringLiteral("back"));
        const Run copied = runOk({QStringLiteral("--db"), server, QStringLiteral("copy"), QStringLiteral("--to"), back});
        QCOMPARE(copied.status, 0);
        QVERIFY2(copied.err.contains(QStringLiteral("writing 11 events, 3 sources, 25 quotes")), qPrintable(copied.err));
        QCOMPARE(exported(back), episode);
        const QString second = newServer();
        QCOMPARE(runOk({QStringLiteral("--db"), back, QStringLiteral("copy"), QStringLiteral("--to"), second}).status, 0);
        QCOMPARE(exported(second), episode);

        // A copy into a database that holds the same uids is refused whole, naming the target.
        const Run refused = run({QStringLiteral("--db"), back, QStringLiteral("copy"), QStringLiteral("--to"), server});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(server + QStringLiteral(": dataset \"")), qPrintable(refused.err));
        QCOMPARE(exported(server), episode);
        const Run onto = run({QStringLiteral("--db"), server, QStringLiteral("copy"), QStringLiteral("--to"), server});
        QCOMPARE(onto.status, 1);
        QVERIFY2(onto.err.contains(server + QStringLiteral(": copy into the same database")), qPrintable(onto.err));
    }

    void eventEditsAndTheirRefusalsAreTheSameOnBoth()
    {
        QList<QStringList> outputs;
        QList<QByteArray> exports;
        for (const QString &db : bothNew(QStringLiteral("edits"))) {
            QCOMPARE(runOk({QStringLiteral("--db"), db, QStringLiteral("import"), m_episodeJson}).status, 0);
            const auto lines = [&](const QStringList &args) {
                const Run result = run(QStringList{QStringLiteral("--db"), db} + args);
                return QStringLiteral("%1|%2|%3").arg(result.status).arg(QString::fromUtf8(result.out),
                                                                        QString(result.err).replace(db, QStringLiteral("DB")));
            };
            QStringList said;
            said << lines({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--title"),
                           QStringLiteral("Nvidia 的回应"), QStringLiteral("--start"), QStringLiteral("2025-01-27T22:00:00Z"),
                           QStringLiteral("--precision"), QStringLiteral("minute"), QStringLiteral("--actor"),
                           QStringLiteral("Sam Altman:author"), QStringLiteral("--actor"), QStringLiteral("Jensen Huang"),
                           QStringLiteral("--symbol"), QStringLiteral("NVDA")});
            said << lines({QStringLiteral("event"), QStringLiteral("edit"), QStringLiteral("nvidia"),
                           QStringLiteral("--summary"), QStringLiteral("It said so.")});
            said << lines({QStringLiteral("event"), QStringLiteral("edit"), QStringLiteral("market-selloff-2025-01-27"),
                           QStringLiteral("--end"), QStringLiteral("2025-01-01")});
            said << lines({QStringLiteral("event"), QStringLiteral("edit"), QStringLiteral("nope"),
                           QStringLiteral("--title"), QStringLiteral("x")});
            said << lines({QStringLiteral("event"), QStringLiteral("delete"), QStringLiteral("stargate-announcement-2025-01-21")});
            said << lines({QStringLiteral("event"), QStringLiteral("delete"), QStringLiteral("stargate-announcement-2025-01-21")});
            said << lines({QStringLiteral("events"), QStringLiteral("--json")});
            outputs << said;
            exports << exported(db);
        }
        QCOMPARE(outputs[1], outputs[0]);
        QVERIFY2(outputs[0][2].contains(QStringLiteral("end: before start")), qPrintable(outputs[0][2]));
        QVERIFY2(outputs[0][3].contains(QStringLiteral("uid: no event \"nope\"")), qPrintable(outputs[0][3]));
        QVERIFY2(outputs[0][5].startsWith(QStringLiteral("1|")), qPrintable(outputs[0][5]));
        // Both hold the same rows (the edits' dataset differs only in when it was made).
        QCOMPARE(QJsonDocument::fromJson(exports[1])[QStringLiteral("events")],
                 QJsonDocument::fromJson(exports[0])[QStringLiteral("events")]);
        QCOMPARE(QJsonDocument::fromJson(exports[1])[QStringLiteral("actors")],
                 QJsonDocument::fromJson(exports[0])[QStringLiteral("actors")]);
    }

    void aRefusedImportLeavesTheServerAsItWas()
    {
        const QString server = newServer();
        QCOMPARE(runOk({QStringLiteral("--db"), server, QStringLiteral("import"), m_episodeJson}).status, 0);
        const QByteArray before = exported(server);
        QByteArray bad = testing::readAll(m_episodeJson);
        bad.replace("\"uid\": \"deepseek-r1-episode-events\"", "\"uid\": \"another-dataset\"");
        bad.replace("\"actor\": \"sam-altman\"", "\"actor\": \"nobody-known\"");
        const QString path = m_home.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bad);
        file.close();
        const Run refused = run({QStringLiteral("--db"), server, QStringLiteral("import"), path});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(path), qPrintable(refused.err));
        QCOMPARE(exported(server), before);
    }

    void aRoleThatMayOnlyReadGetsReadingCommandsOnly()
    {
        const QString server = newServer();
        QCOMPARE(runOk({QStringLiteral("--db"), server, QStringLiteral("import"), m_episodeJson}).status, 0);
        const QString role = QStringLiteral("reader_%1").arg(QRandomGenerator::global()->generate());
        PgConnection owner(server);
        owner.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role).toUtf8().constData());
        owner.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role).toUtf8().constData());
        const QString asReader =
            QString(server).replace(QStringLiteral("user=tickerline"), QStringLiteral("user=") + role);
        QCOMPARE(runOk({QStringLiteral("--db"), asReader, QStringLiteral("events")}).status, 0);
        QCOMPARE(runOk({QStringLiteral("--db"), asReader, QStringLiteral("search"), QStringLiteral("stargate")}).status, 0);
        const QString refusal = QStringLiteral("%1 is read-only: role \"%2\" lacks INSERT on datasets").arg(asReader, role);
        for (const QStringList &writing :
             {QStringList{QStringLiteral("import"), m_episodeJson},
              QStringList{QStringLiteral("event"), QStringLiteral("delete"), QStringLiteral("market-selloff-2025-01-27")},
              QStringList{QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
                          QStringLiteral("--start"), QStringLiteral("2025-01-01")}}) {
            const Run refused = run(QStringList{QStringLiteral("--db"), asReader} + writing);
            QCOMPARE(refused.status, 1);
            QVERIFY2(refused.err.contains(refusal), qPrintable(refused.err));
        }
        QCOMPARE(exported(server), testing::readAll(m_episodeJson));
        owner.exec(QStringLiteral("DROP OWNED BY %1").arg(role).toUtf8().constData());
        owner.exec(QStringLiteral("DROP ROLE %1").arg(role).toUtf8().constData());
    }

    void aPasswordIsNeverPrinted()
    {
        const QString cluster = test::postgresCluster();
        const QString host = QRegularExpression(QStringLiteral(R"(host=(\S+))")).match(cluster).captured(1);
        const QString port = QRegularExpression(QStringLiteral(R"(port=(\S+))")).match(cluster).captured(1);
        const QString uri = QStringLiteral("postgresql://tickerline:s3cret-pw@/no_such_database?host=%1&port=%2")
                                .arg(host, port);
        const Run refused = run({QStringLiteral("--db"), uri, QStringLiteral("events")});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("no_such_database")), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("s3cret")), qPrintable(refused.err));
        QVERIFY(!refused.out.contains("s3cret"));
    }
};

QTEST_GUILESS_MAIN(tst_CliBackends)
#include "tst_clibackends.moc"
