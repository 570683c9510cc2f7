// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "interophelpers.h"
#include "io/csvreader.h"
#include "io/timelinejs.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using tickerline::testing::find;
using tickerline::testing::ms;

namespace {

QByteArray bytesOf(const char *relative)
{
    return testing::interopBytes(relative);
}

QString jsonError(const QByteArray &json)
{
    return testing::errorMessageOf([&] { TimelineJs::parseJson(json, QStringLiteral("bad.json")); });
}

QString sheetError(const QByteArray &csv)
{
    return testing::errorMessageOf([&] { TimelineJs::parseSheet(csv, QStringLiteral("sheet.csv")); });
}

const QByteArray kSheetHeader = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
                                "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n";

} // namespace

class TestTimelineJs final : public QObject
{
    Q_OBJECT

private slots:
    void readsWomenInComputing()
    {
        const Snapshot s = TimelineJs::parseJson(bytesOf("timelinejs3/women_in_computing.json"),
                                                 QStringLiteral("women_in_computing.json"));
        QCOMPARE(s.events.size(), 10);
        QCOMPARE(s.datasets.constFirst().name, QStringLiteral("Women in Computing"));

        const Event *ada = find(s, QStringLiteral("Ada Lovelace"));
        QVERIFY(ada);
        QCOMPARE(ada->startMs, ms("1815-12-10"));
        QCOMPARE(ada->endMs, std::optional<std::int64_t>(ms("1852-11-27")));
        QCOMPARE(toString(ada->precision), QStringLiteral("day"));
        QCOMPARE(ada->uid, QStringLiteral("ada-lovelace-1815-12-10"));
        QCOMPARE(toString(ada->kind), QStringLiteral("other"));
        // HTML reduced to text: the link keeps its words, the tags and the note's markup go.
        QVERIFY2(ada->summary.startsWith(QStringLiteral("Women have been programming since before it was a thing. "
                                                        "Take Ada Lovelace: Daughter of Lord Byron")),
                 qPrintable(ada->summary));
        QVERIFY(ada->summary.contains(QStringLiteral("This slide demonstrates a simple \"image\" media type.")));
        QVERIFY(ada->summary.endsWith(QStringLiteral(
            "Media: https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/"
            "713px-Ada_Lovelace_portrait.jpg")));

        const Event *eniac = find(s, QStringLiteral("...And the women who made it work"));
        QCOMPARE(toString(eniac->precision), QStringLiteral("month"));
        QCOMPARE(eniac->startMs, ms("1943-07-01"));
        QCOMPARE(eniac->endMs, std::optional<std::int64_t>(ms("1946-01-01")));

        const Event *hopper = find(s, QStringLiteral("Grace Hopper invents the compiler"));
        QCOMPARE(toString(hopper->precision), QStringLiteral("year"));
        QCOMPARE(hopper->startMs, ms("1952-01-01"));

        // An embedded quote (media given as HTML) is the content of an event without text.
        const Event *clarke = find(s, QStringLiteral("Edith Clarke: Bucking the Trend"));
        QVERIFY2(clarke->summary.startsWith(QStringLiteral("There is no demand for women engineers, as such")),
                 qPrintable(clarke->summary));
        QVERIFY(find(s, QStringLiteral("Rózsa Péter writes recursion")));
        QCOMPARE(find(s, QStringLiteral("Rózsa Péter writes recursion"))->uid,
                 QStringLiteral("rozsa-peter-writes-recursion-1951-01-01"));

        for (const Event &event : s.events) {
            QVERIFY2(!event.summary.contains(QLatin1Char('<')) || event.summary.contains(QStringLiteral("Media:")),
                     qPrintable(event.summary));
            QVERIFY(!event.summary.contains(QStringLiteral("&quot;")));
        }
    }

    void readsHoustonAndRepublican()
    {
        const Snapshot houston = TimelineJs::parseJson(bytesOf("timelinejs3/houston.json"),
                                                       QStringLiteral("houston.json"));
        QCOMPARE(houston.events.size(), 18);
        QCOMPARE(houston.datasets.constFirst().name, QStringLiteral("Whitney Houston 1963 - 2012"));
        QVERIFY(houston.datasets.constFirst().notes.startsWith(QStringLiteral("Houston's voice caught")));
        const Event *heritage = find(houston, QStringLiteral("A Musical Heritage"));
        QCOMPARE(heritage->startMs, ms("1963-08-09"));
        // A site-relative image path means nothing here and is dropped.
        QVERIFY(!heritage->summary.contains(QStringLiteral("Media:")));
        const Event *first = find(houston, QStringLiteral("First Recording"));
        QCOMPARE(toString(first->precision), QStringLiteral("year"));
        QVERIFY(first->summary.endsWith(QStringLiteral("\n\nMedia: https://youtu.be/fSrO91XO1Ck")));
        QVERIFY(find(houston, QStringLiteral("Whitney Houston 1963-2012")));
        QSet<QString> uids;
        for (const Event &event : houston.events)
            uids.insert(event.uid);
        QCOMPARE(uids.size(), 18);

        const Snapshot republican = TimelineJs::parseJson(bytesOf("timelinejs3/republican.json"),
                                                          QStringLiteral("republican.json"));
        QCOMPARE(republican.events.size(), 13);
        QCOMPARE(republican.datasets.constFirst().name, QStringLiteral("The Republican Run-Up"));
        const Event *iowa = find(republican, QStringLiteral("Iowa"));
        QCOMPARE(iowa->startMs, ms("2012-01-03"));
        QVERIFY(iowa->summary.contains(QStringLiteral("after much debate about the results")));
        // A protocol-relative address becomes https.
        QVERIFY(find(republican, QStringLiteral("Florida"))
                    ->summary.endsWith(QStringLiteral("Media: https://farm8.staticflickr.com/7001/"
                                                      "6812048183_316d424f2f.jpg")));
    }

    void readsGroupsErasUidsAndTimes()
    {
        const Snapshot s = TimelineJs::parseJson(bytesOf("handmade/groups_eras.json"),
                                                 QStringLiteral("groups_eras.json"));
        QCOMPARE(s.datasets.constFirst().name, QStringLiteral("DeepSeek & the market"));
        QCOMPARE(s.events.size(), 3);
        QCOMPARE(s.events.at(0).uid, QStringLiteral("r1-release"));
        QCOMPARE(s.events.at(0).summary, QStringLiteral("Open weights — MIT licence <3"));
        QCOMPARE(s.events.at(1).uid, QStringLiteral("selloff-2025-01-27"));
        QCOMPARE(s.events.at(1).startMs, ms("2025-01-27T14:30:00Z"));
        QCOMPARE(s.events.at(1).endMs, std::optional<std::int64_t>(ms("2025-01-27T21:00:00Z")));
        QCOMPARE(toString(s.events.at(1).precision), QStringLiteral("minute"));
        QCOMPARE(s.events.at(1).summary, QStringLiteral("NVDA fell 16.97 %.\n\nMedia: https://example.com/chart.png"));
        QCOMPARE(s.events.at(2).startMs, ms("2025-01-28T02:29:53Z"));
        QCOMPARE(toString(s.events.at(2).precision), QStringLiteral("second"));

        QCOMPARE(s.actors.size(), 2);
        QCOMPARE(s.actors.at(0).uid, QStringLiteral("group-models"));
        QCOMPARE(s.actors.at(0).name, QStringLiteral("Models"));
        QCOMPARE(s.actors.at(0).kind, QStringLiteral("group"));
        QCOMPARE(s.events.at(2).actors, (QList<EventActor>{{QStringLiteral("group-models"), QStringLiteral("group")}}));
        QCOMPARE(s.events.at(1).actors.at(0).actor, QStringLiteral("group-market"));

        QCOMPARE(s.eras.size(), 1);
        QCOMPARE(s.eras.at(0).name, QStringLiteral("DeepSeek shock week"));
        QCOMPARE(s.eras.at(0).uid, QStringLiteral("era-deepseek-shock-week"));
        QCOMPARE(s.eras.at(0).startMs, ms("2025-01-20"));
        QCOMPARE(s.eras.at(0).endMs, ms("2025-01-27"));
        QCOMPARE(s.eras.at(0).dataset, s.datasets.constFirst().uid);

        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("t.tickerline")));
        store.importSnapshot(s);
        QCOMPARE(store.events().size(), 3);
        QCOMPARE(store.eras().size(), 1);
    }

    void sheetMatchesTheJson()
    {
        const Snapshot sheet = TimelineJs::parseSheet(bytesOf("timelinejs3/women_in_computing_sheet.csv"),
                                                      QStringLiteral("women_in_computing_sheet.csv"));
        const Snapshot json = TimelineJs::parseJson(bytesOf("timelinejs3/women_in_computing.json"),
                                                    QStringLiteral("women_in_computing.json"));
        QCOMPARE(sheet.datasets.constFirst().name, QStringLiteral("Women in Computing"));
        QVERIFY(sheet.datasets.constFirst().notes.startsWith(QStringLiteral("In this sample timeline, we’ll walk you")));
        QCOMPARE(sheet.events.size(), 10); // the "title" row is not an event
        for (qsizetype i = 0; i < json.events.size(); ++i) {
            QCOMPARE(sheet.events.at(i).title, json.events.at(i).title);
            QCOMPARE(sheet.events.at(i).startMs, json.events.at(i).startMs);
            QCOMPARE(sheet.events.at(i).endMs, json.events.at(i).endMs);
            QCOMPARE(toString(sheet.events.at(i).precision), toString(json.events.at(i).precision));
            QCOMPARE(sheet.events.at(i).uid, json.events.at(i).uid);
        }
        // Quoted HTML with doubled quotes and a line break inside, reduced to text.
        const Event *eniac = find(sheet, QStringLiteral("...And the women who made it work"));
        QVERIFY(eniac->summary.contains(QStringLiteral("Frances Elizabeth \"Betty\" Holberton")));
        QVERIFY(!eniac->summary.contains(QStringLiteral("<span")));
    }

    void sheetReadsTimesAndEras()
    {
        const Snapshot s = TimelineJs::parseSheet(kSheetHeader
                                                      + "2025,1,27,2:30 PM,2025,1,27,21:00,,Selloff,,,,,,,Market,\n"
                                                        "2025,1,20,,2025,1,27,,,Shock week,,,,,,era,,\n"
                                                        ",,,,,,,,,,,,,,,,,\n"
                                                        "2025,1,28,02:29:53,,,,,,Statement,,,,,,,,\n",
                                                  QStringLiteral("sheet.csv"));
        QCOMPARE(s.events.size(), 2);
        QCOMPARE(s.events.at(0).startMs, ms("2025-01-27T14:30:00Z"));
        QCOMPARE(s.events.at(0).endMs, std::optional<std::int64_t>(ms("2025-01-27T21:00:00Z")));
        QCOMPARE(s.events.at(0).actors.at(0).actor, QStringLiteral("group-market"));
        QCOMPARE(toString(s.events.at(1).precision), QStringLiteral("second"));
        QCOMPARE(s.eras.size(), 1);
        QCOMPARE(s.eras.at(0).name, QStringLiteral("Shock week"));
    }

    void refusesBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("year before 1400") << QByteArray("{\"events\": [\n"
                                                        " {\"start_date\": {\"year\": 2000}, \"text\": {\"headline\": \"A\"}},\n"
                                                        " {\"start_date\": {\n"
                                                        "    \"year\": \"1066\"},\n"
                                                        "  \"text\": {\"headline\": \"Hastings\"}}]}")
                                          << "bad.json:4: events[1].start_date.year: year 1066 is outside 1400–9999";
        QTest::newRow("negative year") << QByteArray("{\"events\": [{\"start_date\": {\"year\": -500}, "
                                                     "\"text\": {\"headline\": \"A\"}}]}")
                                       << "bad.json:1: events[0].start_date.year: year -500 is outside 1400–9999";
        QTest::newRow("impossible day") << QByteArray("{\"events\": [{\"start_date\": {\"year\": 2025, \"month\": 2,\n"
                                                      "\"day\": 30}, \"text\": {\"headline\": \"A\"}}]}")
                                        << "bad.json:2: events[0].start_date.day: 2025-02-30 is not a day of the "
                                           "calendar";
        QTest::newRow("day without month") << QByteArray("{\"events\": [{\"start_date\": {\"year\": 2025, "
                                                         "\"day\": 3}, \"text\": {\"headline\": \"A\"}}]}")
                                           << "bad.json:1: events[0].start_date.day: day is given without a month";
        QTest::newRow("no start") << QByteArray("{\"events\": [{\"text\": {\"headline\": \"A\"}}]}")
                                  << "bad.json:1: events[0].start_date: missing";
        QTest::newRow("end before start") << QByteArray("{\"events\": [{\"start_date\": {\"year\": 2025}, "
                                                        "\"end_date\": {\"year\": 2024},\n"
                                                        "\"text\": {\"headline\": \"A\"}}]}")
                                          << "bad.json:1: events[0].end_date: ends before it starts";
        QTest::newRow("duplicate unique_id") << QByteArray("{\"events\": [\n"
                                                           "{\"unique_id\": \"x\", \"start_date\": {\"year\": 2025}, "
                                                           "\"text\": {\"headline\": \"A\"}},\n"
                                                           "{\"unique_id\": \"x\", \"start_date\": {\"year\": 2025}, "
                                                           "\"text\": {\"headline\": \"B\"}}]}")
                                             << "bad.json:3: events[1].unique_id: duplicate unique_id \"x\"";
        QTest::newRow("no title at all") << QByteArray("{\"events\": [{\"start_date\": {\"year\": 2025}}]}")
                                         << "bad.json:1: events[0].text.headline: empty, and there is no text to "
                                            "name the event by";
        QTest::newRow("broken json") << QByteArray("{\"events\": [\n{\"start_date\": }\n]}")
                                     << "bad.json:2: not valid JSON: object is missing after a comma";
        QTest::newRow("no events") << QByteArray("{\"title\": {}}")
                                   << "bad.json:1: events: missing or not an array; a TimelineJS file lists its events";
        QTest::newRow("era without end") << QByteArray("{\"events\": [], \"eras\": [{\"start_date\": {\"year\": 2025},"
                                                       " \"text\": {\"headline\": \"E\"}}]}")
                                         << "bad.json:1: eras[0].end_date: missing";
    }

    void refusesBadJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QCOMPARE(jsonError(json), message);
    }

    void refusesBadSheets_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("year before 1400") << kSheetHeader + "2025,,,,,,,,,A,,,,,,,,\n1066,10,14,,,,,,,Hastings,,,,,,,,\n"
                                          << "sheet.csv:3: column Year: year 1066 is outside 1400–9999";
        QTest::newRow("month 13") << kSheetHeader + "2025,13,,,,,,,,A,,,,,,,,\n"
                                  << "sheet.csv:2: column Month: month 13 is not 1–12";
        QTest::newRow("bad end day") << kSheetHeader + "2025,2,1,,2025,2,29,,,A,,,,,,,,\n"
                                     << "sheet.csv:2: column End Day: 2025-02-29 is not a day of the calendar";
        QTest::newRow("bad time") << kSheetHeader + "2025,2,1,noon,,,,,,A,,,,,,,,\n"
                                  << "sheet.csv:2: column Time: \"noon\" is not a time (HH:MM, HH:MM:SS or H:MM AM/PM)";
        QTest::newRow("year not a number") << kSheetHeader + "MMXXV,,,,,,,,,A,,,,,,,,\n"
                                           << "sheet.csv:2: column Year: \"MMXXV\" is not a whole number";
        QTest::newRow("no year") << kSheetHeader + ",,,,,,,,,A,,,,,,,,\n"
                                 << "sheet.csv:2: column Year: missing; a date needs at least a year";
        QTest::newRow("no headline column") << QByteArray("Year,Text\n2025,x\n")
                                            << "sheet.csv:1: column Headline: missing from the header of a "
                                               "TimelineJS sheet";
    }

    void refusesBadSheets()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        QCOMPARE(sheetError(csv), message);
    }
};

QTEST_GUILESS_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
