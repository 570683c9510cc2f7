// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the tickerline binary's subcommands on real files, as a user's script calls them.
#include "support/databasefingerprint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

using tickerline::testing::databaseFingerprint;

class tst_Cli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The default database lives in the data folder of this temporary home, and there is no display.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TICKERLINE_BINARY), args);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonArray runJson(const QStringList &args)
    {
        const Run result = run(args);
        if (result.status != 0)
            qWarning("%s", qPrintable(result.err));
        return QJsonDocument::fromJson(result.out).array();
    }

    QString path(const char *name) const { return m_home.filePath(QString::fromLatin1(name)); }

private slots:
    void defaultDatabaseHasEveryBundledEvent()
    {
        const QJsonArray events = runJson({QStringLiteral("events"), QStringLiteral("--json")});
        QHash<QString, QJsonObject> byUid;
        for (const QJsonValue &value : events)
            byUid.insert(value[QStringLiteral("uid")].toString(), value.toObject());
        QVERIFY2(byUid.size() >= 9, qPrintable(QString::number(byUid.size())));

        auto event = [&](const char *uid) {
            const QJsonObject found = byUid.value(QString::fromLatin1(uid));
            if (found.isEmpty())
                qWarning("no event %s", uid);
            return found;
        };
        auto start = [&](const char *uid) { return event(uid)[QStringLiteral("start")].toString(); };
        const QJsonObject hype = event("altman-hype-post-2025-01-20");
        QCOMPARE(hype[QStringLiteral("start")].toString(), QStringLiteral("2025-01-20T08:32:19Z"));
        QCOMPARE(hype[QStringLiteral("precision")].toString(), QStringLiteral("second"));
        QVERIFY(hype[QStringLiteral("end")].isNull());
        QCOMPARE(start("altman-deepseek-statement-2025-01-28"), QStringLiteral("2025-01-28T02:29:53Z"));
        QCOMPARE(start("deepseek-r1-release-2025-01-20"), QStringLiteral("2025-01-20T00:00:00Z"));
        QCOMPARE(event("deepseek-r1-release-2025-01-20")[QStringLiteral("precision")].toString(),
                 QStringLiteral("day"));
        QCOMPARE(start("stargate-announcement-2025-01-21"), QStringLiteral("2025-01-21T00:00:00Z"));
        QCOMPARE(start("openai-stargate-19bn-report-2025-01-22"), QStringLiteral("2025-01-22T00:00:00Z"));
        QCOMPARE(start("market-selloff-2025-01-27"), QStringLiteral("2025-01-27T14:30:00Z"));
        QCOMPARE(event("market-selloff-2025-01-27")[QStringLiteral("end")].toString(),
                 QStringLiteral("2025-01-27T21:00:00Z"));
        const QJsonObject app = event("deepseek-app-store-top-2025-01-26");
        QCOMPARE(app[QStringLiteral("start")].toString(), QStringLiteral("2025-01-26T00:00:00Z"));
        QCOMPARE(app[QStringLiteral("end")].toString(), QStringLiteral("2025-01-27T00:00:00Z"));
        QCOMPARE(app[QStringLiteral("uncertain")].toBool(), true);
        QCOMPARE(event("gomez-ft-remark-2025-01-27")[QStringLiteral("uncertain")].toBool(), true);
        QCOMPARE(start("futurism-article-2025-01-28"), QStringLiteral("2025-01-28T00:00:00Z"));
        QVERIFY(!hype[QStringLiteral("quotes")].toArray().isEmpty());
        QCOMPARE(hype[QStringLiteral("tz")].toString(), QStringLiteral("America/Los_Angeles"));
    }

    void everyBundledQuoteIsExact()
    {
        const QJsonArray quotes = runJson({QStringLiteral("quotes"), QStringLiteral("--json")});
        QVERIFY(quotes.size() >= 12);
        bool sawGomez = false;
        for (const QJsonValue &quote : quotes) {
            QVERIFY2(quote[QStringLiteral("status")].toString() == QLatin1String("exact"),
                     qPrintable(quote[QStringLiteral("id")].toString()));
            QCOMPARE(quote[QStringLiteral("score")].toDouble(), 1.0);
            sawGomez |= quote[QStringLiteral("exact")].toString() ==
                        QStringLiteral("The winners won’t be the ones burning the most cash");
        }
        QVERIFY(sawGomez);
    }

    void exportImportExportIsByteIdentical()
    {
        const Run first = run({QStringLiteral("export"), path("first.json")});
        QCOMPARE(first.status, 0);
        const Run imported =
            run({QStringLiteral("--db"), path("copy.db"), QStringLiteral("import"), path("first.json")});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        const Run second =
            run({QStringLiteral("--db"), path("copy.db"), QStringLiteral("export"), path("second.json")});
        QCOMPARE(second.status, 0);
        const QByteArray a = readAll(path("first.json"));
        QVERIFY(a.size() > 100000); // events, sources, quotes and every price series
        QCOMPARE(readAll(path("second.json")), a);
        QCOMPARE(run({QStringLiteral("--db"), path("copy.db"), QStringLiteral("check")}).status, 0);
    }

    void symbolsAndPrices()
    {
        const QJsonArray symbols = runJson({QStringLiteral("symbols"), QStringLiteral("--json")});
        QCOMPARE(symbols.size(), 22);
        const QJsonArray bars = runJson({QStringLiteral("prices"), QStringLiteral("NVDA"), QStringLiteral("--from"),
                                         QStringLiteral("2025-01-24"), QStringLiteral("--to"),
                                         QStringLiteral("2025-01-27"), QStringLiteral("--json")});
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars[0][QStringLiteral("date")].toString(), QStringLiteral("2025-01-24"));
        QCOMPARE(qRound(bars[1][QStringLiteral("close")].toDouble() * 100), 11842);
        QCOMPARE(bars[1][QStringLiteral("volume")].toDouble(), 818830900.0);
        const Run unknown = run({QStringLiteral("prices"), QStringLiteral("NOPE")});
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no symbol \"NOPE\"")));
    }

    // The selloff as an event study against SPY, checked against returns computed here from the
    // adjusted closes `prices` prints.
    void studyOfTheSelloff()
    {
        const Run result =
            run({QStringLiteral("study"), QStringLiteral("--event"), QStringLiteral("market-selloff-2025-01-27"),
                 QStringLiteral("--symbol"), QStringLiteral("NVDA"), QStringLiteral("--json")});
        QCOMPARE(result.status, 0);
        const QJsonObject study = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(study[QStringLiteral("event")].toString(), QStringLiteral("market-selloff-2025-01-27"));
        QCOMPARE(study[QStringLiteral("symbol")].toString(), QStringLiteral("NVDA"));
        QCOMPARE(study[QStringLiteral("benchmark")].toString(), QStringLiteral("SPY"));
        QCOMPARE(study[QStringLiteral("model")].toString(), QStringLiteral("adjusted"));
        QCOMPARE(study[QStringLiteral("first_session")].toString(), QStringLiteral("2025-01-27"));
        const QJsonArray days = study[QStringLiteral("days")].toArray();
        QCOMPARE(days.size(), 7);

        const auto adjustedCloses = [&](const char *symbol) {
            QHash<QString, double> closes;
            for (const QJsonValue bar :
                 runJson({QStringLiteral("prices"), QLatin1String(symbol), QStringLiteral("--from"),
                          QStringLiteral("2025-01-01"), QStringLiteral("--json")}))
                closes.insert(bar[QStringLiteral("date")].toString(), bar[QStringLiteral("adj_close")].toDouble());
            return closes;
        };
        const QHash<QString, double> nvda = adjustedCloses("NVDA"), spy = adjustedCloses("SPY");
        QString previous = QStringLiteral("2025-01-23");
        double car = 0;
        for (int i = 0; i < days.size(); ++i) {
            const QJsonObject day = days[i].toObject();
            const QString session = day[QStringLiteral("session")].toString();
            QCOMPARE(day[QStringLiteral("offset")].toInt(), i - 1);
            const double r = nvda[session] / nvda[previous] - 1, rb = spy[session] / spy[previous] - 1;
            QVERIFY(std::abs(day[QStringLiteral("return")].toDouble() - r) < 1e-12);
            QVERIFY(std::abs(day[QStringLiteral("benchmark_return")].toDouble() - rb) < 1e-12);
            QVERIFY(std::abs(day[QStringLiteral("abnormal")].toDouble() - (r - rb)) < 1e-12);
            car += r - rb;
            previous = session;
        }
        QCOMPARE(days[1][QStringLiteral("session")].toString(), QStringLiteral("2025-01-27"));
        QCOMPARE(QString::number(days[1][QStringLiteral("return")].toDouble() * 100, 'f', 2), QStringLiteral("-16.97"));
        QVERIFY(std::abs(study[QStringLiteral("car")].toDouble() - car) < 1e-12);
        // NVDA's history starts on 2024-11-29: 35 returns before the window measure the noise.
        const QJsonObject estimation = study[QStringLiteral("estimation")].toObject();
        QCOMPARE(estimation[QStringLiteral("sessions")].toInt(), 35);
        QCOMPARE(estimation[QStringLiteral("from")].toString(), QStringLiteral("2024-12-02"));
        QVERIFY(study[QStringLiteral("t_stat")].toDouble() < -2);
        QVERIFY(std::abs(study[QStringLiteral("t_stat")].toDouble()
                         - car / study[QStringLiteral("car_sigma")].toDouble()) < 1e-12);
        QCOMPARE(study[QStringLiteral("prices")].toString(), QStringLiteral("adj_close"));
        QCOMPARE(study[QStringLiteral("symbol_prices")].toString(), QStringLiteral("adj_close"));
        QCOMPARE(study[QStringLiteral("benchmark_prices")].toString(), QStringLiteral("adj_close"));
        QVERIFY(days[1][QStringLiteral("t_stat")].toDouble() < -2);

        // An index without adjusted closes: the symbol keeps its own.
        const QJsonObject index = QJsonDocument::fromJson(
            run({QStringLiteral("study"), QStringLiteral("--event"), QStringLiteral("market-selloff-2025-01-27"),
                 QStringLiteral("--symbol"), QStringLiteral("NVDA"), QStringLiteral("--benchmark"),
                 QStringLiteral("^GSPC"), QStringLiteral("--json")})
                .out)
            .object();
        QCOMPARE(index[QStringLiteral("prices")].toString(), QStringLiteral("mixed"));
        QCOMPARE(index[QStringLiteral("symbol_prices")].toString(), QStringLiteral("adj_close"));
        QCOMPARE(index[QStringLiteral("benchmark_prices")].toString(), QStringLiteral("close"));
        QCOMPARE(index[QStringLiteral("days")][1][QStringLiteral("return")].toDouble(),
                 days[1][QStringLiteral("return")].toDouble());

        const Run market = run(
            {QStringLiteral("study"), QStringLiteral("--event"), QStringLiteral("market-selloff-2025-01-27"),
             QStringLiteral("--symbol"), QStringLiteral("NVDA"), QStringLiteral("--benchmark"), QStringLiteral("QQQ"),
             QStringLiteral("--model"), QStringLiteral("market"), QStringLiteral("--window"), QStringLiteral("-5,10")});
        QCOMPARE(market.status, 0);
        QVERIFY2(market.out.contains("CAR(-5,+10) = ") && market.out.contains("beta "), market.out.constData());

        const Run late =
            run({QStringLiteral("study"), QStringLiteral("--event"), QStringLiteral("market-selloff-2025-01-27"),
                 QStringLiteral("--symbol"), QStringLiteral("NVDA"), QStringLiteral("--window=0,40")});
        QCOMPARE(late.status, 1);
        QVERIFY2(late.err.contains(
                     QStringLiteral("common sessions only up to 2025-02-28 (offset 23); the window ends at offset 40")),
                 qPrintable(late.err));
        const Run unknown = run({QStringLiteral("study"), QStringLiteral("--event"), QStringLiteral("nope"),
                                 QStringLiteral("--symbol"), QStringLiteral("NVDA")});
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no event \"nope\"")));
        for (const QStringList &wrong : {QStringList{QStringLiteral("--window"), QStringLiteral("5,1")},
                                         QStringList{QStringLiteral("--model"), QStringLiteral("capm")},
                                         QStringList{QStringLiteral("--window"), QStringLiteral("soon")}})
            QCOMPARE(run(QStringList{QStringLiteral("study"), QStringLiteral("--event"),
                                     QStringLiteral("market-selloff-2025-01-27"), QStringLiteral("--symbol"),
                                     QStringLiteral("NVDA")} +
                         wrong)
                         .status,
                     2);
        QCOMPARE(run({QStringLiteral("study"), QStringLiteral("--symbol"), QStringLiteral("NVDA")}).status, 2);
    }

    void searchFindsTheWipeout()
    {
        const QJsonArray hits =
            runJson({QStringLiteral("search"), QStringLiteral("trillion wipeout"), QStringLiteral("--json")});
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits[0][QStringLiteral("snippet")].toString().contains(QStringLiteral("[wipeout]")));
    }

    void badImportsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray good = R"({"format": "tickerline", "version": 1,
"events": [
  {"uid": "new-event", "title": "New", "kind": "report", "start": "2025-02-03", "precision": "day"}
]}
)";
        QTest::newRow("truncated") << good.left(60) << "not valid JSON";
        QTest::newRow("impossible date") << QByteArray(good).replace("2025-02-03", "2025-02-30")
                                         << "bad.json:3: events[0].start: 2025-02-30 is not a day of the calendar";
        QTest::newRow("unknown kind") << QByteArray(good).replace("\"report\"", "\"gossip\"")
                                      << "bad.json:3: events[0].kind: unknown value \"gossip\"";
        QTest::newRow("uid already there") << QByteArray(good).replace("new-event", "altman-hype-post-2025-01-20")
                                           << "events[0].uid: event \"altman-hype-post-2025-01-20\" is already in";
        QTest::newRow("not tickerline") << QByteArray(R"({"events": []})") << "not Tickerline JSON";
    }

    // One import of several files, the bad one first, in the middle or last: the database file and
    // its -wal keep every byte, and the good files of the list are not imported either.
    void badImportsChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString db = path("bad-import.db");
        if (!QFile::exists(db)) {
            QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), path("first.json")}).status, 0);
            writeFile(path("good-a.json"), R"({"format": "tickerline", "version": 1,
"events": [{"uid": "good-a", "title": "A", "kind": "report", "start": "2025-02-04", "precision": "day"}]})");
            writeFile(path("good-b.csv"), "uid,title,start,kind\ngood-b,B,2025-02-05,report\n");
            // Alone, the good files import.
            QCOMPARE(run({QStringLiteral("--db"), path("good-only.db"), QStringLiteral("import"), path("good-a.json"),
                          path("good-b.csv")})
                         .status,
                     0);
        }
        writeFile(path("bad.json"), content);
        QStringList files{path("good-a.json"), path("good-b.csv")};
        for (int position = 0; position <= files.size(); ++position) {
            const QByteArray before = databaseFingerprint(db);
            QStringList args{QStringLiteral("--db"), db, QStringLiteral("import")};
            QStringList list = files;
            list.insert(position, path("bad.json"));
            const Run result = run(args + list);
            QCOMPARE(result.status, 1);
            QVERIFY2(result.err.contains(message), qPrintable(result.err));
            QCOMPARE(databaseFingerprint(db), before);
        }
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("export"), path("after.json")}).status, 0);
        QCOMPARE(readAll(path("after.json")), readAll(path("first.json")));
    }

    void editedArticleReanchorsQuotes()
    {
        const QString db = path("edited.db");
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), path("first.json")}).status, 0);
        const Run replaced = run({QStringLiteral("--db"), db, QStringLiteral("import"),
                                  QStringLiteral(TICKERLINE_TEST_DATA "/articles/futurism-edited.txt"),
                                  QStringLiteral("--source"), QStringLiteral("futurism-altman-deepseek")});
        QVERIFY2(replaced.status == 0, qPrintable(replaced.err));
        QHash<QString, QString> status;
        for (const QJsonValue &quote :
             runJson({QStringLiteral("--db"), db, QStringLiteral("quotes"), QStringLiteral("--json")}))
            status.insert(quote[QStringLiteral("id")].toString(), quote[QStringLiteral("status")].toString());
        QCOMPARE(status.value(QStringLiteral("q-futurism-gomez-winners")), QStringLiteral("fuzzy"));
        QCOMPARE(status.value(QStringLiteral("q-futurism-openai-19bn")), QStringLiteral("orphaned"));
        QCOMPARE(status.value(QStringLiteral("q-futurism-trillion-wipeout")), QStringLiteral("moved"));
        QCOMPARE(status.value(QStringLiteral("q-sama-hype-twitter")), QStringLiteral("exact")); // another source
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("check")}).status, 0);

        const Run missing = run({QStringLiteral("--db"), db, QStringLiteral("import"),
                                 QStringLiteral(TICKERLINE_TEST_DATA "/articles/futurism-edited.txt"),
                                 QStringLiteral("--source"), QStringLiteral("no-such-source")});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no source \"no-such-source\"")));
    }

    void webAnnotationRoundTrip()
    {
        QCOMPARE(
            run({QStringLiteral("export"), path("quotes.jsonld"), QStringLiteral("--format"), QStringLiteral("w3c")})
                .status,
            0);
        const QByteArray annotations = readAll(path("quotes.jsonld"));
        QVERIFY(annotations.contains("TextQuoteSelector"));
        QVERIFY(annotations.contains("TextPositionSelector"));

        // The bundled dataset without its quotes, then the quotes back from the annotations.
        QJsonObject dataset = QJsonDocument::fromJson(readAll(path("first.json"))).object();
        const int quoteCount = int(dataset[QStringLiteral("quotes")].toArray().size());
        dataset[QStringLiteral("quotes")] = QJsonArray();
        writeFile(path("no-quotes.json"), QJsonDocument(dataset).toJson());
        const QString db = path("annotated.db");
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), path("no-quotes.json")}).status, 0);
        const Run imported = run({QStringLiteral("--db"), db, QStringLiteral("import"), path("quotes.jsonld")});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QByteArray::number(quoteCount) + " quotes (" + QByteArray::number(quoteCount) +
                                       " exact)"),
                 imported.out.constData());
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("export"), path("again.jsonld"),
                      QStringLiteral("--format"), QStringLiteral("w3c")})
                     .status,
                 0);
        QCOMPARE(readAll(path("again.jsonld")), annotations);
    }

    // A price file in no known layout: refused with the columns it has, then read with the
    // columns named on the command line; events leave as CSV and come back.
    void importWithColumnsAndExportEventsCsv()
    {
        const QString db = path("columns.db");
        writeFile(path("ACME.csv"), "Handelstag,Eroeffnung,Schlusskurs\n2025-01-24,10.0,10.5\n2025-01-27,10.4,9.75\n");
        const Run refused = run({QStringLiteral("--db"), db, QStringLiteral("import"), path("ACME.csv")});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("no date column")) &&
                     refused.err.contains(QStringLiteral("Handelstag")),
                 qPrintable(refused.err));
        const Run mapped = run({QStringLiteral("--db"), db, QStringLiteral("import"), path("ACME.csv"),
                                QStringLiteral("--columns"), QStringLiteral("date=1,open=2,close=3")});
        QVERIFY2(mapped.status == 0, qPrintable(mapped.err));
        QVERIFY2(mapped.out.contains("2 bars of ACME (2025-01-24 – 2025-01-27)"), mapped.out.constData());
        const QJsonArray bars = runJson(
            {QStringLiteral("--db"), db, QStringLiteral("prices"), QStringLiteral("ACME"), QStringLiteral("--json")});
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars[1][QStringLiteral("open")].toDouble(), 10.4);
        QCOMPARE(bars[1][QStringLiteral("close")].toDouble(), 9.75);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), path("ACME.csv"),
                      QStringLiteral("--columns"), QStringLiteral("close=3")})
                     .status,
                 2);

        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"),
                      QStringLiteral(TICKERLINE_TEST_DATA "/interop/handmade/deepseek_week.csv")})
                     .status,
                 0);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("export"), path("week.csv"),
                      QStringLiteral("--format"), QStringLiteral("events-csv")})
                     .status,
                 0);
        const Run again = run({QStringLiteral("--db"), path("week.db"), QStringLiteral("import"), path("week.csv")});
        QVERIFY2(again.status == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains("week.csv: 7 events, 0 eras (events-csv)"), again.out.constData());
        const Run unknown = run({QStringLiteral("--db"), db, QStringLiteral("export"), path("x"),
                                 QStringLiteral("--format"), QStringLiteral("yahoo")});
        QCOMPARE(unknown.status, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("tickerline, events-csv, w3c")), qPrintable(unknown.err));
    }

    void calendarSessions()
    {
        const QJsonArray sessions =
            runJson({QStringLiteral("calendar"), QStringLiteral("--from"), QStringLiteral("2024-11-27"),
                     QStringLiteral("--to"), QStringLiteral("2025-01-21"), QStringLiteral("--json")});
        QStringList dates;
        for (const QJsonValue &session : sessions)
            dates << session[QStringLiteral("date")].toString();
        QVERIFY(!dates.contains(QStringLiteral("2024-11-28"))); // Thanksgiving
        QVERIFY(!dates.contains(QStringLiteral("2025-01-09"))); // national day of mourning
        QVERIFY(!dates.contains(QStringLiteral("2025-01-20"))); // Martin Luther King Jr. Day
        QVERIFY(dates.contains(QStringLiteral("2025-01-21")));
        const QJsonObject blackFriday = sessions[int(dates.indexOf(QStringLiteral("2024-11-29")))].toObject();
        QCOMPARE(blackFriday[QStringLiteral("open")].toString(), QStringLiteral("09:30"));
        QCOMPARE(blackFriday[QStringLiteral("close")].toString(), QStringLiteral("13:00"));

        // The exchange's history: closed for Nixon's funeral; in 1996 the short day was Friday 5
        // July, not Wednesday 3 July; the 1996 blizzard's late open and early close.
        QStringList history;
        for (const QJsonValue &session : runJson({QStringLiteral("calendar"), QStringLiteral("--from"),
                                                  QStringLiteral("1994-04-26"), QStringLiteral("--to"),
                                                  QStringLiteral("1996-07-05"), QStringLiteral("--json")}))
            history << session[QStringLiteral("date")].toString() + QLatin1Char(' ')
                           + session[QStringLiteral("open")].toString() + QLatin1Char('-')
                           + session[QStringLiteral("close")].toString();
        QVERIFY(history.contains(QStringLiteral("1994-04-26 09:30-16:00")));
        QVERIFY(history.contains(QStringLiteral("1994-04-28 09:30-16:00")));
        QVERIFY(history.filter(QStringLiteral("1994-04-27")).isEmpty());
        QVERIFY(history.contains(QStringLiteral("1996-01-08 11:00-14:00")));
        QVERIFY(history.contains(QStringLiteral("1996-07-03 09:30-16:00")));
        QVERIFY(history.contains(QStringLiteral("1996-07-05 09:30-13:00")));
        const Run text = run({QStringLiteral("calendar"), QStringLiteral("--from"), QStringLiteral("1996-01-08"),
                              QStringLiteral("--to"), QStringLiteral("1996-01-08")});
        QCOMPARE(text.status, 0);
        QCOMPARE(QString::fromUtf8(text.out), QStringLiteral("1996-01-08  11:00–14:00  early close (Snowstorm)\n"));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QByteArray text = "Date,Close\n2025-01-27,118.42\n";
        writeFile(path("prices.csv"), text);
        const Run result = run({QStringLiteral("--db"), path("prices.csv"), QStringLiteral("events")});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not a Tickerline database")), qPrintable(result.err));
        QCOMPARE(readAll(path("prices.csv")), text);
    }

    void newDatabaseIsEmpty()
    {
        const Run result =
            run({QStringLiteral("--db"), path("empty.db"), QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(result.status, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0);
    }

    QJsonObject eventOf(const QString &db, const QString &uid)
    {
        for (const QJsonValue &event :
             runJson({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("--json")}))
            if (event[QStringLiteral("uid")].toString() == uid)
                return event.toObject();
        return {};
    }

    // An analyst adds an event from a script, corrects it, then removes it again.
    void eventAddEditDelete()
    {
        const QString db = path("event-edits.db");
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), path("first.json")}).status, 0);
        const QStringList add{QStringLiteral("--db"), db, QStringLiteral("event"), QStringLiteral("add")};
        const Run added = run(
            add + QStringList{QStringLiteral("--title"), QStringLiteral("Nadella: Jevons paradox strikes again"),
                              QStringLiteral("--start"), QStringLiteral("2025-01-27"), QStringLiteral("--kind"),
                              QStringLiteral("statement"), QStringLiteral("--actor"),
                              QStringLiteral("Satya Nadella:author"), QStringLiteral("--actor"),
                              QStringLiteral("SAM ALTMAN:subject"), QStringLiteral("--symbol"), QStringLiteral("MSFT"),
                              QStringLiteral("--symbol"), QStringLiteral("nvda"), QStringLiteral("--summary"),
                              QStringLiteral("As AI gets more efficient, use will skyrocket.")});
        QVERIFY2(added.status == 0, qPrintable(added.err));
        const QString uid = QStringLiteral("nadella-jevons-paradox-strikes-again");
        QCOMPARE(added.out, uid.toUtf8() + '\n');

        QJsonObject event = eventOf(db, uid);
        QCOMPARE(event[QStringLiteral("title")].toString(), QStringLiteral("Nadella: Jevons paradox strikes again"));
        QCOMPARE(event[QStringLiteral("start")].toString(), QStringLiteral("2025-01-27T00:00:00Z"));
        QCOMPARE(event[QStringLiteral("precision")].toString(), QStringLiteral("day"));
        QCOMPARE(event[QStringLiteral("kind")].toString(), QStringLiteral("statement"));
        QCOMPARE(event[QStringLiteral("tz")].toString(), QStringLiteral("UTC"));
        QVERIFY(event[QStringLiteral("end")].isNull());
        QCOMPARE(event[QStringLiteral("uncertain")].toBool(), false);
        QCOMPARE(event[QStringLiteral("symbols")].toArray(),
                 (QJsonArray{QStringLiteral("MSFT"), QStringLiteral("NVDA")}));
        const QJsonArray actors = event[QStringLiteral("actors")].toArray();
        QCOMPARE(actors.size(), 2);
        QCOMPARE(actors[0][QStringLiteral("name")].toString(), QStringLiteral("Satya Nadella")); // a new actor
        QCOMPARE(actors[0][QStringLiteral("uid")].toString(), QStringLiteral("satya-nadella"));
        QCOMPARE(actors[0][QStringLiteral("role")].toString(), QStringLiteral("author"));
        QCOMPARE(actors[1][QStringLiteral("name")].toString(), QStringLiteral("Sam Altman")); // the bundled one
        QCOMPARE(actors[1][QStringLiteral("role")].toString(), QStringLiteral("subject"));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("Jevons")}).status, 0);

        // The same title again gets its own uid; a time with seconds is second precision.
        const Run again =
            run(add + QStringList{QStringLiteral("--title"), QStringLiteral("Nadella: Jevons paradox strikes again"),
                                  QStringLiteral("--start"), QStringLiteral("2025-01-27T03:07:00+01:00"),
                                  QStringLiteral("--tz"), QStringLiteral("America/Los_Angeles")});
        QCOMPARE(again.out, uid.toUtf8() + "-2\n");
        const QJsonObject second = eventOf(db, uid + QStringLiteral("-2"));
        QCOMPARE(second[QStringLiteral("start")].toString(), QStringLiteral("2025-01-27T02:07:00Z"));
        QCOMPARE(second[QStringLiteral("precision")].toString(), QStringLiteral("second"));
        QCOMPARE(second[QStringLiteral("kind")].toString(), QStringLiteral("other"));
        QCOMPARE(second[QStringLiteral("tz")].toString(), QStringLiteral("America/Los_Angeles"));

        // Only what is given changes.
        const QStringList edit{QStringLiteral("--db"), db, QStringLiteral("event"), QStringLiteral("edit")};
        const Run edited =
            run(edit + QStringList{uid, QStringLiteral("--kind"), QStringLiteral("report"), QStringLiteral("--end"),
                                   QStringLiteral("2025-01-28"), QStringLiteral("--uncertain"),
                                   QStringLiteral("--symbol"), QStringLiteral("")});
        QVERIFY2(edited.status == 0, qPrintable(edited.err));
        QCOMPARE(edited.out, uid.toUtf8() + '\n');
        const QJsonObject changed = eventOf(db, uid);
        QCOMPARE(changed[QStringLiteral("kind")].toString(), QStringLiteral("report"));
        QCOMPARE(changed[QStringLiteral("end")].toString(), QStringLiteral("2025-01-28T00:00:00Z"));
        QCOMPARE(changed[QStringLiteral("uncertain")].toBool(), true);
        QVERIFY(changed[QStringLiteral("symbols")].toArray().isEmpty());
        QCOMPARE(changed[QStringLiteral("title")], event[QStringLiteral("title")]);
        QCOMPARE(changed[QStringLiteral("start")], event[QStringLiteral("start")]);
        QCOMPARE(changed[QStringLiteral("actors")], event[QStringLiteral("actors")]);
        // A coarser precision drops what it does not know.
        QCOMPARE(
            run(edit + QStringList{uid + QStringLiteral("-2"), QStringLiteral("--precision"), QStringLiteral("day")})
                .status,
            0);
        QCOMPARE(eventOf(db, uid + QStringLiteral("-2"))[QStringLiteral("start")].toString(),
                 QStringLiteral("2025-01-27T00:00:00Z"));

        // Quotes of an edited bundled event stay with it.
        const QString hype = QStringLiteral("altman-hype-post-2025-01-20");
        const QJsonArray quotes = eventOf(db, hype)[QStringLiteral("quotes")].toArray();
        QVERIFY(!quotes.isEmpty());
        QCOMPARE(run(edit +
                     QStringList{hype, QStringLiteral("--title"), QStringLiteral("Altman: cut your expectations 100x")})
                     .status,
                 0);
        QCOMPARE(eventOf(db, hype)[QStringLiteral("quotes")].toArray(), quotes);
        QCOMPARE(eventOf(db, hype)[QStringLiteral("title")].toString(),
                 QStringLiteral("Altman: cut your expectations 100x"));

        const Run deleted = run({QStringLiteral("--db"), db, QStringLiteral("event"), QStringLiteral("delete"), uid});
        QCOMPARE(deleted.status, 0);
        QCOMPARE(deleted.out, uid.toUtf8() + '\n');
        QVERIFY(eventOf(db, uid).isEmpty());
        QVERIFY(!eventOf(db, uid + QStringLiteral("-2")).isEmpty());
        const Run check = run({QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.status == 0, qPrintable(check.err + QString::fromUtf8(check.out)));
    }

    void eventBadValuesChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QStringList title{QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("T"),
                                QStringLiteral("--actor"), QStringLiteral("Someone New")};
        QTest::newRow("impossible date") << title + QStringList{QStringLiteral("--start"), QStringLiteral("2025-02-30")}
                                         << 1 << "event add: --start: \"2025-02-30\" is not a date";
        QTest::newRow("not a date") << title + QStringList{QStringLiteral("--start"), QStringLiteral("soon")} << 1
                                    << "event add: --start: \"soon\" is not a date";
        QTest::newRow("unknown kind") << title + QStringList{QStringLiteral("--start=2025-01-27"),
                                                             QStringLiteral("--kind=foo")}
                                      << 1 << "event add: --kind: unknown kind \"foo\" (one of: statement, release";
        QTest::newRow("end before start")
            << title + QStringList{QStringLiteral("--start=2025-01-27"), QStringLiteral("--end=2025-01-26")} << 1
            << "event add: end: before start";
        QTest::newRow("unknown zone") << title + QStringList{QStringLiteral("--start=2025-01-27"),
                                                             QStringLiteral("--tz=Mars/Base")}
                                      << 1 << "event add: tz: unknown zone \"Mars/Base\"";
        QTest::newRow("unknown precision")
            << title + QStringList{QStringLiteral("--start=2025-01-27"), QStringLiteral("--precision=week")} << 1
            << "event add: --precision: unknown precision \"week\"";
        QTest::newRow("edit unknown") << QStringList{QStringLiteral("edit"), QStringLiteral("nope"),
                                                     QStringLiteral("--kind=deal")}
                                      << 1 << "event edit: uid: no event \"nope\"";
        QTest::newRow("edit end") << QStringList{QStringLiteral("edit"), QStringLiteral("market-selloff-2025-01-27"),
                                                 QStringLiteral("--end=2025-01-01")}
                                  << 1 << "event edit: end: before start";
        QTest::newRow("delete unknown") << QStringList{QStringLiteral("delete"), QStringLiteral("nope")} << 1
                                        << "event delete: uid: no event \"nope\"";
        QTest::newRow("no action") << QStringList{} << 2 << "event needs add, edit or delete";
        QTest::newRow("unknown action") << QStringList{QStringLiteral("rename")} << 2 << "unknown action \"rename\"";
        QTest::newRow("no title") << QStringList{QStringLiteral("add"), QStringLiteral("--start=2025-01-27")} << 2
                                  << "event add needs --title and --start";
        QTest::newRow("no uid") << QStringList{QStringLiteral("edit"), QStringLiteral("--kind=deal")} << 2
                                << "event edit takes one event uid";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("delete"), QStringLiteral("x"),
                                                       QStringLiteral("--force")}
                                        << 2 << "Unknown option 'force'";
    }

    void eventBadValuesChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString db = path("event-bad.db");
        if (!QFile::exists(db))
            QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), path("first.json")}).status, 0);
        const QByteArray before = databaseFingerprint(db);
        const Run result = run(QStringList{QStringLiteral("--db"), db, QStringLiteral("event")} + args);
        QCOMPARE(result.status, status);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(databaseFingerprint(db), before);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("export"), path("event-bad.json")}).status, 0);
        QCOMPARE(readAll(path("event-bad.json")), readAll(path("first.json")));
    }

    void wrongUsageIsStatusTwo()
    {
        QCOMPARE(run({QStringLiteral("frobnicate")}).status, 2);
        QCOMPARE(run({QStringLiteral("events"), QStringLiteral("--kind"), QStringLiteral("gossip")}).status, 2);
        QCOMPARE(run({QStringLiteral("events"), QStringLiteral("--from"), QStringLiteral("2025-02-30")}).status, 2);
        QCOMPARE(run({QStringLiteral("prices")}).status, 2);
        QCOMPARE(run({QStringLiteral("--help")}).status, 0);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
