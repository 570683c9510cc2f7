// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "interophelpers.h"
#include "io/csvreader.h"
#include "io/eventcsv.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using tickerline::testing::find;
using tickerline::testing::ms;

namespace {

QString dataPath(const char *name)
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/interop/handmade/") + QString::fromUtf8(name);
}

QString errorOf(const QByteArray &csv)
{
    return testing::errorMessageOf([&] { EventCsv::parse(csv, QStringLiteral("events.csv")); });
}

const QByteArray kHeader = "uid,title,kind,start,end,precision,uncertain,tz,actors,symbols,summary\n";

QString errorInParts(const QByteArray &csv, int parts)
{
    return testing::errorMessageOf([&] { EventCsv::parse(csv, QStringLiteral("events.csv"), parts); });
}

// Rows that make splitting a file hard: quoted line breaks and quotes, blank and blank-looking
// lines, rows without a uid (some of whose generated uids an explicit one takes), one actor under
// two spellings first named late, Chinese, and the line ends given.
QByteArray trickyRows(int count, const QByteArray &lineEnd)
{
    QByteArray csv = "uid,title,kind,start,actors,symbols,summary" + lineEnd;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 10 != 3)
            csv += "ev-" + n;
        else if (i == 13)
            csv += "same-2025-01-27"; // what a row without a uid would be given
        csv += i % 9 == 0 ? ",\"Title, \"\"quoted\"\" " + n + "\"" : ",Same";
        csv += QByteArray(",") + (i % 2 ? "market" : "statement") + ",2025-01-2" + QByteArray::number(i % 7 + 1) + ',';
        csv += i > count / 2 && i % 5 == 0 ? (i % 10 == 0 ? "OpenAI" : "openai;深度求索")
                                           : "Actor " + QByteArray::number(i % 40);
        csv += i % 4 == 0 ? ",NVDA;AVGO," : ",,";
        csv += i % 7 == 0 ? "\"Line one" + lineEnd + "line two, with \"\"quotes\"\"" + lineEnd + "\"" : "Summary " + n;
        csv += lineEnd;
        if (i % 97 == 0)
            csv += lineEnd + "   " + lineEnd; // a blank line and one of spaces
    }
    return csv;
}

} // namespace

class TestEventCsv final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFileWithItsFieldsAndInferredPrecision()
    {
        const Snapshot s = EventCsv::readFile(dataPath("deepseek_week.csv"));
        QCOMPARE(s.events.size(), 7);

        const Event *hype = find(s, QStringLiteral("Altman: \"twitter hype is out of control again\""));
        QVERIFY(hype);
        QCOMPARE(hype->uid, QStringLiteral("altman-hype-post-2025-01-20"));
        QCOMPARE(toString(hype->kind), QStringLiteral("statement"));
        QCOMPARE(hype->startMs, ms("2025-01-20T08:32:19Z"));
        QCOMPARE(toString(hype->precision), QStringLiteral("second"));
        QCOMPARE(hype->tz, QStringLiteral("America/Los_Angeles"));
        QCOMPARE(hype->actors.size(), 2);
        QCOMPARE(hype->actors.at(0).actor, QStringLiteral("sam-altman"));
        QCOMPARE(hype->summary, QStringLiteral("Post on X."));

        const Event *release = find(s, QStringLiteral("DeepSeek-R1 release"));
        QVERIFY(release);
        QCOMPARE(release->uid, QStringLiteral("deepseek-r1-release-2025-01-20"));
        QCOMPARE(toString(release->precision), QStringLiteral("day"));
        QCOMPARE(release->startMs, ms("2025-01-20"));
        QVERIFY(!release->endMs);
        QVERIFY(!release->uncertain);

        const Event *stargate = find(s, QStringLiteral("Stargate announcement at the White House"));
        QCOMPARE(stargate->symbols, (QStringList{QStringLiteral("ORCL"), QStringLiteral("SFTBY")}));
        QCOMPARE(stargate->summary, QStringLiteral("$500 billion, announced at the White House"));

        const Event *app = find(s, QStringLiteral("DeepSeek app tops the US App Store"));
        QCOMPARE(app->endMs, std::optional<std::int64_t>(ms("2025-01-27")));
        QVERIFY(app->uncertain);
        QCOMPARE(app->uid, QStringLiteral("deepseek-app-tops-the-us-app-store-2025-01-26"));

        const Event *selloff = find(s, QStringLiteral("The market selloff"));
        QCOMPARE(toString(selloff->precision), QStringLiteral("minute"));
        QCOMPARE(selloff->endMs, std::optional<std::int64_t>(ms("2025-01-27T21:00:00Z")));
        QCOMPARE(selloff->symbols, (QStringList{QStringLiteral("NVDA"), QStringLiteral("^IXIC"), QStringLiteral("AVGO")}));
        QCOMPARE(selloff->summary, QStringLiteral("NVDA −16.97 %, about $589 billion of market value;\nNasdaq Composite "
                                                  "−3.07 %"));
        QCOMPARE(toString(selloff->kind), QStringLiteral("market"));

        const Event *gomez = find(s, QStringLiteral("Gomez to the Financial Times"));
        QCOMPARE(toString(gomez->precision), QStringLiteral("month"));
        QCOMPARE(gomez->startMs, ms("2025-01-01"));
        QVERIFY(gomez->uncertain);
        QCOMPARE(gomez->summary, QStringLiteral("\"The winners won’t be the ones burning the most cash\""));

        // "sam altman" on another row is the same actor as "Sam Altman".
        const Event *statement = find(s, QStringLiteral("Altman's Monday-evening statement"));
        QCOMPARE(statement->actors.at(0).actor, QStringLiteral("sam-altman"));
        QCOMPARE(statement->tz, QStringLiteral("America/Los_Angeles"));
        QStringList actorNames;
        for (const Actor &actor : s.actors)
            actorNames << actor.name;
        QCOMPARE(actorNames, (QStringList{QStringLiteral("Sam Altman"), QStringLiteral("OpenAI"),
                                          QStringLiteral("DeepSeek"), QStringLiteral("SoftBank"),
                                          QStringLiteral("Oracle"), QStringLiteral("Aidan Gomez"),
                                          QStringLiteral("Cohere")}));
    }

    void everyRowNamesTheFileAsItsDataset()
    {
        const QString path = dataPath("deepseek_week.csv");
        const QByteArray bytes = CsvReader::readFile(path);
        const Snapshot s = EventCsv::parse(bytes, path);
        QCOMPARE(s.datasets.size(), 1);
        const DatasetInfo &info = s.datasets.constFirst();
        QVERIFY2(QRegularExpression(QStringLiteral("^file:deepseek_week\\.csv:[0-9a-f]{12}$")).match(info.uid).hasMatch(),
                 qPrintable(info.uid));
        QCOMPARE(info.origin, path);
        QCOMPARE(info.name, QStringLiteral("deepseek_week.csv"));
        QVERIFY(info.importedAt.endsWith(QLatin1Char('Z')));
        QVERIFY(parseIsoTime(info.importedAt));
        for (const Event &event : s.events)
            QCOMPARE(event.dataset, info.uid);
        for (const Actor &actor : s.actors)
            QCOMPARE(actor.dataset, info.uid);
        // Another content gives another dataset.
        QVERIFY(EventCsv::parse(bytes + "\n,One more,,2025-02-01\n", path).datasets.constFirst().uid != info.uid);
    }

    void generatedUidsStepAsideForExplicitOnes()
    {
        const QByteArray csv = "title,start,uid\n"
                               "Same,2025-01-20,\n"
                               "Same,2025-01-20,\n"
                               "Other,2025-01-20,same-2025-01-20\n";
        const Snapshot s = EventCsv::parse(csv, QStringLiteral("x.csv"));
        QCOMPARE(s.events.at(0).uid, QStringLiteral("same-2025-01-20-2"));
        QCOMPARE(s.events.at(1).uid, QStringLiteral("same-2025-01-20-3"));
        QCOMPARE(s.events.at(2).uid, QStringLiteral("same-2025-01-20"));
        QCOMPARE(toString(s.events.at(0).kind), QStringLiteral("other"));
        QCOMPARE(s.events.at(0).tz, QStringLiteral("UTC"));
    }

    void refusesBadRows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("impossible date") << kHeader + "a,A,other,2025-01-01\nb,B,other,2025-02-30\n"
                                         << "events.csv:3: column start: 2025-02-30 is not a day of the calendar";
        QTest::newRow("not a date") << kHeader + "a,A,other,27/01/2025\n"
                                    << "events.csv:2: column start: \"27/01/2025\" is not an ISO 8601 date "
                                       "(YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)";
        QTest::newRow("year before 1400") << kHeader + "a,A,other,1066-10-14\n"
                                          << "events.csv:2: column start: year 1066 is outside 1400–9999";
        QTest::newRow("bad time") << kHeader + "a,A,other,2025-01-20T24:10Z\n"
                                  << "events.csv:2: column start: 24:10 is not a time of day";
        QTest::newRow("unknown kind") << kHeader + "a,A,rumour,2025-01-20\n"
                                      << "events.csv:2: column kind: unknown kind \"rumour\" (expected one of: "
                                         "statement, release, market, policy, deal, report, other)";
        QTest::newRow("empty title") << kHeader + "a,A,other,2025-01-20\nb,  ,other,2025-01-21\n"
                                     << "events.csv:3: column title: empty; every event needs a title";
        QTest::newRow("missing start") << kHeader + "a,A,other,\n"
                                       << "events.csv:2: column start: empty; every event needs a start date";
        QTest::newRow("duplicate uid") << kHeader + "a,A,other,2025-01-20\nb,B,other,2025-01-20\na,C,other,2025-01-21\n"
                                       << "events.csv:4: column uid: duplicate uid \"a\" (first used on line 2)";
        QTest::newRow("uid with a space") << kHeader + "a b,A,other,2025-01-20\n"
                                          << "events.csv:2: column uid: \"a b\" contains a space or control character";
        QTest::newRow("end before start") << kHeader + "a,A,other,2025-01-20,2025-01-19\n"
                                          << "events.csv:2: column end: ends before it starts (2025-01-19 is before "
                                             "2025-01-20)";
        QTest::newRow("title over the limit") << kHeader + "a," + QByteArray(4001, 'x') + ",other,2025-01-20\n"
                                              << "events.csv:2: column title: is 4001 characters long; at most 4000 are "
                                                 "accepted";
        QTest::newRow("summary over the limit")
            << kHeader + "a,A,other,2025-01-20,,,,,,," + QByteArray(100'001, 'x') + "\n"
            << "events.csv:2: column summary: is 100001 characters long; at most 100000 are accepted";
        QTest::newRow("bad uncertain") << kHeader + "a,A,other,2025-01-20,,,maybe\n"
                                       << "events.csv:2: column uncertain: \"maybe\" is not true/false, 1/0 or yes/no";
        QTest::newRow("unknown zone") << kHeader + "a,A,other,2025-01-20,,,,Mars/Olympus\n"
                                      << "events.csv:2: column tz: unknown time zone \"Mars/Olympus\" (an IANA name "
                                         "such as America/New_York or UTC)";
        QTest::newRow("unknown precision") << kHeader + "a,A,other,2025-01-20,,fortnight\n"
                                           << "events.csv:2: column precision: unknown precision \"fortnight\" "
                                              "(expected one of: year, month, day, hour, minute, second)";
        QTest::newRow("day precision with a time") << kHeader + "a,A,other,2025-01-20T08:00Z,,day\n"
                                                   << "events.csv:2: column start: day precision needs a date "
                                                      "without a time of day";
        QTest::newRow("too many fields") << kHeader + "a,A,other,2025-01-20,,,,,,,,extra\n"
                                         << "events.csv:2: the row has 12 fields; the header has 11";
        QTest::newRow("unknown column") << QByteArray("title,start,summery\nA,2025-01-20,x\n")
                                        << "events.csv:1: column summery: unknown column (expected: uid,title,kind,"
                                           "start,end,precision,uncertain,tz,actors,symbols,summary)";
        QTest::newRow("no start column") << QByteArray("uid,title\na,A\n")
                                         << "events.csv:1: column start: missing from the header (an events CSV "
                                            "needs at least title and start)";
        QTest::newRow("quoted line breaks keep the line count")
            << kHeader + "a,A,other,2025-01-20,,,,,,,\"one\ntwo\nthree\"\nb,B,other,2025-13-01\n"
            << "events.csv:5: column start: 2025-13-01 is not a day of the calendar";
    }

    void refusesBadRows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        QCOMPARE(errorOf(csv), message);
        for (int parts : {2, 3, 5})
            QCOMPARE(errorInParts(csv, parts), message);
    }

    void partsGiveWhatOneThreadGives_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("LF") << trickyRows(3000, "\n");
        QTest::newRow("CRLF") << trickyRows(3000, "\r\n");
        // A quote inside an unquoted field makes counting quotes lie about where records begin:
        // the parts must notice and read the file in one go.
        QByteArray stray = trickyRows(3000, "\n");
        stray.replace("Summary 100\n", "Summary 100 with a 5\" screen\n");
        QTest::newRow("a quote inside an unquoted field") << stray;
    }

    void partsGiveWhatOneThreadGives()
    {
        QFETCH(QByteArray, csv);
        const Snapshot whole = EventCsv::parse(csv, QStringLiteral("x.csv"), 1);
        QCOMPARE(whole.events.size(), 3000);
        QCOMPARE(whole.events.at(126).summary, QStringLiteral("Line one\nline two, with \"quotes\""));
        QCOMPARE(whole.events.at(13).uid, QStringLiteral("same-2025-01-27")); // explicit, so the generated step aside
        for (int parts : {2, 3, 4, 7}) {
            Snapshot split = EventCsv::parse(csv, QStringLiteral("x.csv"), parts);
            QVERIFY2(split.events == whole.events, qPrintable(QString::number(parts)));
            QVERIFY2(split.actors == whole.actors, qPrintable(QString::number(parts)));
            // The dataset says when it was read, to the second: a slow build may read across one.
            QCOMPARE(split.datasets.size(), 1);
            split.datasets[0].importedAt = whole.datasets.constFirst().importedAt;
            QVERIFY(split == whole);
        }
    }

    void partsReportTheFirstProblemOfTheFile()
    {
        QByteArray csv = trickyRows(3000, "\n");
        // The line a row begins on, the first (or last) that starts so.
        const auto lineOf = [&csv](const QByteArray &start, bool last = false) {
            const QByteArray marker = "\n" + start;
            const qsizetype at = (last ? csv.lastIndexOf(marker) : csv.indexOf(marker)) + 1;
            return csv.left(at).count('\n') + 1;
        };
        // A uid repeated near the end, a bad date after it, and a bad kind in the middle of the
        // file: one thread reports the kind, and once it is fixed the repeat; so must parts.
        csv.replace("\nev-2900,", "\nev-5,");
        csv.replace("\nev-2950,Same,statement,2025-01-2", "\nev-2950,Same,statement,2025-02-3");
        csv.replace("\nev-1500,Same,statement", "\nev-1500,Same,rumour");
        const QString kind =
            QStringLiteral("events.csv:%1: column kind: unknown kind \"rumour\"").arg(lineOf("ev-1500,"));
        for (int parts : {1, 2, 3, 4})
            QVERIFY2(errorInParts(csv, parts).startsWith(kind), qPrintable(errorInParts(csv, parts)));
        csv.replace("\nev-1500,Same,rumour", "\nev-1500,Same,statement");
        const QString repeat =
            QStringLiteral("events.csv:%1: column uid: duplicate uid \"ev-5\" (first used on line %2)")
                .arg(lineOf("ev-5,", true))
                .arg(lineOf("ev-5,"));
        for (int parts : {1, 2, 3, 4})
            QCOMPARE(errorInParts(csv, parts), repeat);
    }

    void writerAndReaderRoundTrip()
    {
        const Snapshot original = EventCsv::readFile(dataPath("deepseek_week.csv"));
        const QByteArray written = EventCsv::write(original);
        QVERIFY(written.startsWith(EventCsv::header() + '\n'));
        QVERIFY(written.contains("\"Altman: \"\"twitter hype is out of control again\"\"\""));
        QVERIFY(written.contains(",2025-01-26,2025-01-27,day,true,UTC,DeepSeek,,"));

        const Snapshot again = EventCsv::parse(written, QStringLiteral("again.csv"));
        QCOMPARE(again.events.size(), original.events.size());
        for (qsizetype i = 0; i < original.events.size(); ++i) {
            Event expected = original.events.at(i);
            Event actual = again.events.at(i);
            expected.dataset.clear();
            actual.dataset.clear();
            QCOMPARE(actual, expected);
        }
        QCOMPARE(EventCsv::write(again), written);
    }

    void importsIntoAStore()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("t.tickerline")));
        store.importSnapshot(EventCsv::readFile(dataPath("deepseek_week.csv")));
        QCOMPARE(store.events().size(), 7);
        const auto release = store.event(QStringLiteral("deepseek-r1-release-2025-01-20"));
        QVERIFY(release);
        QCOMPARE(toString(release->precision), QStringLiteral("day"));
        QCOMPARE(store.actors().size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestEventCsv)
#include "tst_eventcsv.moc"
