// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the tickerline binary's subcommands on real files, as a user's script calls them.
#include "imports/bundleddataset.h"
#include "store/filestore.h"
#include "support/databasefingerprint.h"
#include "time/isotime.h"

#include "support/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <csignal>

namespace {

using Run = tickerline::testing::CliRun;
using tickerline::testing::readAll;

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}


using namespace tickerline;

// `tickerline events` as it was printed before it streamed: every event read into memory, the
// JSON built as one QJsonDocument. Its bytes are what the streamed listing must still print.
QByteArray wholeEventsOutput(Store &store, const EventFilter &filter, bool json)
{
    QString text;
    QTextStream out(&text);
    const QList<Event> events = store.events(filter);
    QHash<QString, QString> actorNames;
    for (const Actor &actor : store.actors())
        actorNames.insert(actor.uid, actor.name);
    if (!json) {
        for (const Event &event : events) {
            QString when = formatIsoForPrecision(event.startMs, event.precision);
            if (event.endMs)
                when += QStringLiteral(" – ") + formatIsoForPrecision(*event.endMs, event.precision);
            out << when.leftJustified(44) << (event.uncertain ? QStringLiteral("~ ") : QStringLiteral("  "))
                << toString(event.kind).leftJustified(10) << event.title << "  [" << event.uid << "]\n";
        }
        out.flush();
        return text.toUtf8();
    }
    QJsonArray array;
    for (const Event &event : events) {
        QJsonArray actors;
        for (const EventActor &actor : event.actors)
            actors.append(QJsonObject{{QStringLiteral("uid"), actor.actor},
                                      {QStringLiteral("name"), actorNames.value(actor.actor)},
                                      {QStringLiteral("role"), actor.role}});
        QJsonArray quotes;
        for (const Quote &quote : store.quotesOfEvent(event.uid))
            quotes.append(QJsonObject{{QStringLiteral("id"), quote.uid},
                                      {QStringLiteral("source"), quote.source},
                                      {QStringLiteral("exact"), quote.exact},
                                      {QStringLiteral("start"), double(quote.start)},
                                      {QStringLiteral("end"), double(quote.end)},
                                      {QStringLiteral("status"), toString(quote.status)}});
        array.append(QJsonObject{
            {QStringLiteral("uid"), event.uid},
            {QStringLiteral("title"), event.title},
            {QStringLiteral("summary"), event.summary},
            {QStringLiteral("kind"), toString(event.kind)},
            {QStringLiteral("start"), formatIsoUtc(event.startMs)},
            {QStringLiteral("end"), event.endMs ? QJsonValue(formatIsoUtc(*event.endMs)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("precision"), toString(event.precision)},
            {QStringLiteral("uncertain"), event.uncertain},
            {QStringLiteral("tz"), event.tz},
            {QStringLiteral("actors"), actors},
            {QStringLiteral("symbols"), QJsonArray::fromStringList(event.symbols)},
            {QStringLiteral("quotes"), quotes}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// Thousands of events whose texts hold what JSON must escape or encode (quotes, backslashes,
// control characters, accents, Chinese, emoji, a line separator), with spans, uncertain times,
// several actors and symbols, and quotes in a source.
Snapshot awkwardSnapshot(int count)
{
    const QStringList pieces{QStringLiteral("plain"),
                             QStringLiteral("\"quoted\" and \\back\\slashed"),
                             QStringLiteral("tab\tnew\nline\rreturn\u0001\u001f\u007f"),
                             QStringLiteral("Société Générale — naïve"),
                             QStringLiteral("英伟达股价 深度求索"),
                             QStringLiteral("rocket \U0001F680 and \u2028 separator"),
                             QStringLiteral("")};
    Snapshot snapshot;
    const QString dataset = QStringLiteral("awkward");
    snapshot.datasets << DatasetInfo{dataset, QStringLiteral("Awkward"), QStringLiteral("tst_cli"), QString(),
                                     QString(), QStringLiteral("2025-01-01T00:00:00Z")};
    for (int a = 0; a < 7; ++a)
        snapshot.actors << Actor{QStringLiteral("actor-%1").arg(a), pieces[a] + QStringLiteral(" %1").arg(a),
                                 QStringLiteral("person"), dataset};
    Source source;
    source.uid = QStringLiteral("the-source");
    source.kind = QStringLiteral("article");
    source.title = QStringLiteral("The source");
    source.dataset = dataset;
    const QStringList symbols{QStringLiteral("NVDA"), QStringLiteral("MSFT"), QStringLiteral("QQQ")};
    const QStringList zones{QStringLiteral("UTC"), QStringLiteral("America/New_York"), QStringLiteral("Asia/Shanghai")};
    const QList<Precision> precisions{Precision::Year,   Precision::Month,  Precision::Day,
                                      Precision::Hour,   Precision::Minute, Precision::Second};
    const std::int64_t first = parseIsoTime(QStringLiteral("2024-01-01"))->ms;
    for (int i = 0; i < count; ++i) {
        Event event;
        event.uid = QStringLiteral("event-%1").arg(i);
        event.title = pieces[i % pieces.size()] + QStringLiteral(" %1").arg(i);
        event.summary = pieces[(i / 7) % pieces.size()];
        event.kind = EventKind(i % 7);
        event.precision = precisions[i % precisions.size()];
        event.startMs = first + std::int64_t(i % 997) * 3'600'000 * 7 + (i % 3) * 1000; // ties on start too
        if (i % 5 == 0)
            event.endMs = event.startMs + std::int64_t(i % 11) * 86'400'000;
        event.uncertain = i % 4 == 0;
        event.tz = zones[i % zones.size()];
        event.dataset = dataset;
        for (int a = 0; a < i % 4; ++a)
            event.actors << EventActor{QStringLiteral("actor-%1").arg((i + a) % 7),
                                       a % 2 ? QStringLiteral("subject") : QStringLiteral("author")};
        for (int s = 0; s < i % 3; ++s)
            event.symbols << symbols[(i + s) % symbols.size()];
        if (i % 9 == 0) {
            for (int q = 0; q < 1 + i % 2; ++q) {
                Quote quote;
                quote.uid = QStringLiteral("quote-%1-%2").arg(i).arg(q);
                quote.source = source.uid;
                quote.event = event.uid;
                quote.exact = pieces[(i + q) % (pieces.size() - 1)];
                quote.start = source.text.toUcs4().size();
                source.text += quote.exact;
                quote.end = source.text.toUcs4().size();
                source.text += QLatin1Char(' ');
                quote.status = AnchorStatus(q % 4);
                quote.dataset = dataset;
                snapshot.quotes << quote;
            }
        }
        snapshot.events << std::move(event);
    }
    snapshot.sources << source;
    return snapshot;
}

} // namespace

Q_DECLARE_METATYPE(tickerline::EventFilter)

using tickerline::testing::databaseFingerprint;

class tst_Cli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QHash<QString, QString> m_listingDatabases;

    // The databases the listing tests read, made once: the bundled episode and awkward events.
    QString listingDatabase(const QString &name)
    {
        if (!m_listingDatabases.contains(name)) {
            const QString file = m_home.filePath(name + QStringLiteral("-listing.tickerline"));
            FileStore store(file);
            if (name == QLatin1String("bundled"))
                installBundledDataset(store);
            else
                store.importSnapshot(awkwardSnapshot(3000));
            m_listingDatabases.insert(name, file);
        }
        return m_listingDatabases.value(name);
    }

    // `locale` replaces the test's LC_ALL (C.UTF-8) as the system's locale.
    Run run(const QStringList &args, const QString &locale = QString())
    {
        return tickerline::testing::runTickerline(m_home.path(), args, locale);
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
        QVERIFY2(unknown.err.contains(QStringLiteral("tickerline, events-csv, timelinejs, timelinejs-sheet, timeline, "
                                                     "ics, w3c")),
                 qPrintable(unknown.err));
    }

    // Without --format the file's suffix chooses what is written; a name of no known suffix gets
    // the whole dataset as Tickerline JSON.
    void exportFormatFollowsTheSuffix_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("begins");
        QTest::newRow("csv") << QStringLiteral("events.csv") << QByteArray("uid,");
        QTest::newRow("ics") << QStringLiteral("events.ics") << QByteArray("BEGIN:VCALENDAR\r\n");
        QTest::newRow("timeline") << QStringLiteral("events.timeline") << QByteArray("<?xml");
        QTest::newRow("jsonld") << QStringLiteral("quotes.jsonld") << QByteArray("{");
        QTest::newRow("json") << QStringLiteral("all.json") << QByteArray("{");
        QTest::newRow("no suffix") << QStringLiteral("all") << QByteArray("{");
    }

    void exportFormatFollowsTheSuffix()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, begins);
        const QString file = m_home.filePath(fileName);
        const Run result = run({QStringLiteral("export"), file});
        QVERIFY2(result.status == 0, qPrintable(result.err));
        const QByteArray written = readAll(file);
        QVERIFY2(written.startsWith(begins), written.left(80).constData());
        if (fileName == QLatin1String("quotes.jsonld"))
            QVERIFY(written.contains("\"http://www.w3.org/ns/anno.jsonld\""));
        else if (begins == "{")
            QVERIFY(written.contains("\"events\"") && written.contains("\"prices\""));
    }

    // The command line's output is for programs: --lang and the system's language change neither
    // its numbers nor its dates (the window's locale is the window's alone).
    void outputIsTheSameInEveryLanguage_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString db = listingDatabase(QStringLiteral("bundled"));
        QTest::newRow("events") << QStringList{QStringLiteral("--db"), db, QStringLiteral("events")};
        QTest::newRow("events --json") << QStringList{QStringLiteral("--db"), db, QStringLiteral("events"),
                                                      QStringLiteral("--json")};
        QTest::newRow("prices") << QStringList{QStringLiteral("--db"),   db,
                                               QStringLiteral("prices"), QStringLiteral("NVDA"),
                                               QStringLiteral("--from"), QStringLiteral("2025-01-20"),
                                               QStringLiteral("--to"),   QStringLiteral("2025-01-31")};
        QTest::newRow("study --json") << QStringList{QStringLiteral("--db"),
                                                     db,
                                                     QStringLiteral("study"),
                                                     QStringLiteral("--event"),
                                                     QStringLiteral("market-selloff-2025-01-27"),
                                                     QStringLiteral("--symbol"),
                                                     QStringLiteral("NVDA"),
                                                     QStringLiteral("--json")};
        QTest::newRow("study") << QStringList{QStringLiteral("--db"),
                                              db,
                                              QStringLiteral("study"),
                                              QStringLiteral("--event"),
                                              QStringLiteral("market-selloff-2025-01-27"),
                                              QStringLiteral("--symbol"),
                                              QStringLiteral("NVDA")};
    }

    void outputIsTheSameInEveryLanguage()
    {
        QFETCH(QStringList, args);
        const Run plain = run(args);
        QVERIFY2(plain.status == 0 && !plain.out.isEmpty(), qPrintable(plain.err));
        const QStringList german = QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + args;
        const QStringList japanese = QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} + args;
        QCOMPARE(run(german).out, plain.out);
        QCOMPARE(run(japanese).out, plain.out);
        QCOMPARE(run(args, QStringLiteral("de_DE.UTF-8")).out, plain.out);
        QCOMPARE(run(args, QStringLiteral("ja_JP.UTF-8")).out, plain.out);
        // And the CSV the export writes.
        const QString csv = path("languages-plain.csv");
        const QString germanCsv = path("languages-de.csv");
        const QString db = listingDatabase(QStringLiteral("bundled"));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("export"), csv, QStringLiteral("--format"),
                      QStringLiteral("events-csv")})
                     .status,
                 0);
        QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--db"), db,
                      QStringLiteral("export"), germanCsv, QStringLiteral("--format"), QStringLiteral("events-csv")},
                     QStringLiteral("de_DE.UTF-8"))
                     .status,
                 0);
        QFile a(csv), b(germanCsv);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
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


    // The streamed listing prints the very bytes the whole document did, for every option and
    // both formats, on the bundled episode and on thousands of awkward events.
    void eventsStreamAsTheyWerePrinted_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<EventFilter>("filter");
        EventFilter none;
        EventFilter range;
        range.fromMs = parseIsoTime(QStringLiteral("2025-01-21"))->ms;
        range.toMs = parseIsoTime(QStringLiteral("2025-01-27"))->ms + 86'400'000 - 1;
        EventFilter kinds;
        kinds.kinds << EventKind::Statement << EventKind::Market;
        EventFilter altman;
        altman.actor = QStringLiteral("Sam Altman");
        EventFilter nvda;
        nvda.symbol = QStringLiteral("nvda");
        const QStringList rangeOptions{QStringLiteral("--from"), QStringLiteral("2025-01-21"), QStringLiteral("--to"),
                                       QStringLiteral("2025-01-27")};
        const QStringList kindOptions{QStringLiteral("--kind"), QStringLiteral("statement,market")};
        for (const QString &database : {QStringLiteral("bundled"), QStringLiteral("awkward")}) {
            const auto row = [&](const char *name) {
                return &QTest::newRow(qPrintable(database + QLatin1Char(' ') + QLatin1String(name)));
            };
            *row("all") << database << QStringList() << none;
            *row("range") << database << rangeOptions << range;
            *row("kinds") << database << kindOptions << kinds;
            *row("symbol") << database << QStringList{QStringLiteral("--symbol"), QStringLiteral("nvda")} << nvda;
            *row("actor") << database << QStringList{QStringLiteral("--actor"), QStringLiteral("Sam Altman")}
                          << altman;
        }
        EventFilter awkwardActor;
        awkwardActor.actor = QStringLiteral("actor-4");
        QTest::newRow("awkward actor by uid") << QStringLiteral("awkward")
                                              << QStringList{QStringLiteral("--actor"), QStringLiteral("actor-4")}
                                              << awkwardActor;
        EventFilter awkwardRange;
        awkwardRange.fromMs = parseIsoTime(QStringLiteral("2024-03-01"))->ms;
        awkwardRange.toMs = parseIsoTime(QStringLiteral("2024-05-01"))->ms + 86'400'000 - 1;
        QTest::newRow("awkward range")
            << QStringLiteral("awkward")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                           QStringLiteral("2024-05-01")}
            << awkwardRange;
    }

    void eventsStreamAsTheyWerePrinted()
    {
        QFETCH(QString, database);
        QFETCH(QStringList, options);
        QFETCH(EventFilter, filter);
        const QString db = listingDatabase(database);
        QVERIFY(!db.isEmpty());
        FileStore store(db, Store::Open::ExistingOnly);
        for (const bool json : {false, true}) {
            const QByteArray expected = wholeEventsOutput(store, filter, json);
            QStringList args{QStringLiteral("--db"), db, QStringLiteral("events")};
            args << options;
            if (json)
                args << QStringLiteral("--json");
            const Run result = run(args);
            QCOMPARE(result.status, 0);
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
            if (result.out != expected) { // the first difference, not two screens of text
                qsizetype at = 0;
                while (at < result.out.size() && at < expected.size() && result.out[at] == expected[at])
                    ++at;
                QFAIL(qPrintable(QStringLiteral("%1 differs at byte %2: \"%3\" instead of \"%4\"")
                                     .arg(json ? QStringLiteral("JSON") : QStringLiteral("text"))
                                     .arg(at)
                                     .arg(QString::fromUtf8(result.out.mid(std::max<qsizetype>(at - 40, 0), 80)),
                                          QString::fromUtf8(expected.mid(std::max<qsizetype>(at - 40, 0), 80)))));
            }
        }
    }

    // A reader that stops early (`tickerline events | head -1`) ends the listing: the write fails,
    // the process stops there with status 0, says nothing, and is not killed by SIGPIPE.
    void eventsEndCleanlyWhenTheReaderGoes()
    {
        const QString db = listingDatabase(QStringLiteral("awkward"));
        for (const QString &format : {QString(), QStringLiteral("--json")}) {
            QProcess shell;
            // As a login shell starts it: SIGPIPE ends a process unless the process says otherwise.
            shell.setChildProcessModifier([] { std::signal(SIGPIPE, SIG_DFL); });
            shell.start(QStringLiteral("bash"),
                        {QStringLiteral("-c"),
                         QStringLiteral("\"$0\" --db \"$1\" events $2 | head -n 1; echo \"${PIPESTATUS[0]}\" >&2"),
                         QStringLiteral(TICKERLINE_BINARY), db, format});
            QVERIFY(shell.waitForFinished(60000));
            QCOMPARE(QString::fromUtf8(shell.readAllStandardError()), QStringLiteral("0\n"));
            const QByteArray firstLine = shell.readAllStandardOutput();
            QCOMPARE(firstLine.count('\n'), 1);
            QVERIFY(firstLine.startsWith(format.isEmpty() ? "2024" : "["));
        }
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
