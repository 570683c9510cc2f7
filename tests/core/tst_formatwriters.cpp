// SPDX-License-Identifier: GPL-3.0-or-later
// What each writer's file looks like to the program it is for: CSV cells a spreadsheet would run,
// TimelineJS3's documented JSON and sheet, the Timeline program's own XML layout, RFC 5545's
// folding, escaping and line ends; and the iCalendar reader's messages for malformed input.
#include "io/csvformula.h"
#include "io/eventcsv.h"
#include "io/icalendar.h"
#include "io/thetimeline.h"
#include "io/tickerlinejson.h"
#include "io/timelinejs.h"

#include "interophelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

Snapshot episode()
{
    return readTickerlineJson(
        CsvReader::readFile(QStringLiteral(TICKERLINE_TEST_DATA "/../../resources/data/episode.json")),
        QStringLiteral("episode.json"));
}

Event makeEvent(const QString &uid, const QString &title, const char *start, Precision precision)
{
    Event e;
    e.uid = uid;
    e.title = title;
    e.startMs = ms(start);
    e.precision = precision;
    e.tz = QStringLiteral("UTC");
    e.dataset = QStringLiteral("d");
    return e;
}

Snapshot withEvents(const QList<Event> &events)
{
    Snapshot snapshot;
    snapshot.datasets << DatasetInfo{QStringLiteral("d"), QStringLiteral("D"), {}, {}, {}, {}};
    snapshot.events = events;
    return snapshot;
}

// The cells of a CSV as a spreadsheet sees them (the reader's unescaped text), row by row.
QList<QStringList> cells(const QByteArray &csv)
{
    CsvReader reader(csv, QStringLiteral("x.csv"));
    CsvRecord record;
    QList<QStringList> rows;
    while (reader.next(record))
        rows << record.texts();
    return rows;
}

QStringList childNames(QXmlStreamReader &xml)
{
    QStringList names;
    while (xml.readNextStartElement()) {
        names << xml.name().toString();
        xml.skipCurrentElement();
    }
    return names;
}

} // namespace

class TestFormatWriters final : public QObject
{
    Q_OBJECT

private slots:
    // --- CSV injection ---------------------------------------------------------------------------

    void formulaCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << "=SUM(A1:A9)"
                                << "'=SUM(A1:A9)";
        QTest::newRow("plus") << "+1 guidance"
                              << "'+1 guidance";
        QTest::newRow("minus") << "-2% after hours"
                               << "'-2% after hours";
        QTest::newRow("at") << "@SUM(1)"
                            << "'@SUM(1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "'\r=1";
        QTest::newRow("a real leading apostrophe before a trigger") << "'=not a formula"
                                                                    << "''=not a formula";
        QTest::newRow("two of them") << "''+x"
                                     << "'''+x";
        QTest::newRow("an apostrophe before text") << "'Tis the season"
                                                   << "'Tis the season";
        QTest::newRow("apostrophe alone") << "'"
                                          << "'";
        QTest::newRow("plain") << "DeepSeek releases R1"
                               << "DeepSeek releases R1";
        QTest::newRow("trigger later") << "R1 = o1?"
                                       << "R1 = o1?";
        QTest::newRow("empty") << ""
                               << "";
    }

    void formulaCells()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvFormula::neutralised(text), cell);
        QCOMPARE(CsvFormula::restored(cell), text);
        const QByteArray bytes = cell.toUtf8();
        QCOMPARE(QString::fromUtf8(CsvFormula::restored(QByteArrayView(bytes))), text);
    }

    void eventsCsvNeutralisesTextCellsOnly()
    {
        Event formula = makeEvent(QStringLiteral("-dash-uid"), QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"),
                                  "2025-01-27T14:30:00Z", Precision::Minute);
        formula.summary = QStringLiteral("@everyone -3%");
        formula.symbols = {QStringLiteral("+X"), QStringLiteral("NVDA")};
        Event apostrophe = makeEvent(QStringLiteral("a"), QStringLiteral("'=literal"), "2025-01-27", Precision::Day);
        apostrophe.summary = QStringLiteral("'Tis fine");
        const Snapshot snapshot = withEvents({formula, apostrophe});
        const QByteArray csv = EventCsv::write(snapshot);
        const QList<QStringList> rows = cells(csv);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1][0], QStringLiteral("'-dash-uid"));
        QCOMPARE(rows[1][1], QStringLiteral("'=HYPERLINK(\"http://x\",\"click\")"));
        QCOMPARE(rows[1][3], QStringLiteral("2025-01-27T14:30:00Z")); // a date Tickerline writes stays a date
        QCOMPARE(rows[1][9], QStringLiteral("'+X;NVDA"));
        QCOMPARE(rows[1][10], QStringLiteral("'@everyone -3%"));
        QCOMPARE(rows[2][1], QStringLiteral("''=literal"));
        QCOMPARE(rows[2][10], QStringLiteral("'Tis fine"));
        for (const QStringList &row : rows) {
            for (const QString &cell : row)
                QVERIFY2(!QRegularExpression(QStringLiteral("^[=+\\-@\\t\\r]")).match(cell).hasMatch(),
                         qPrintable(cell));
        }
        const Snapshot again = EventCsv::parse(csv, QStringLiteral("again.csv"));
        QCOMPARE(again.events[0].uid, formula.uid);
        QCOMPARE(again.events[0].title, formula.title);
        QCOMPARE(again.events[0].summary, formula.summary);
        QCOMPARE(again.events[0].symbols, formula.symbols);
        QCOMPARE(again.events[1].title, apostrophe.title);
        QCOMPARE(again.events[1].summary, apostrophe.summary);
    }

    void sheetNeutralisesTextAndKeepsNumbers()
    {
        Event minus = makeEvent(QStringLiteral("m"), QStringLiteral("-5% on the open"), "2025-01-27T14:30:00Z",
                                Precision::Minute);
        minus.summary = QStringLiteral("=1+1");
        const QByteArray csv = TimelineJs::writeSheet(withEvents({minus}));
        const QList<QStringList> rows = cells(csv);
        QCOMPARE(rows[0].mid(0, 4), (QStringList{QStringLiteral("Year"), QStringLiteral("Month"), QStringLiteral("Day"),
                                                 QStringLiteral("Time")}));
        const QStringList &row = rows.last();
        QCOMPARE(row.mid(0, 4), (QStringList{QStringLiteral("2025"), QStringLiteral("1"), QStringLiteral("27"),
                                             QStringLiteral("14:30")}));
        QCOMPARE(row[9], QStringLiteral("'-5% on the open"));
        QCOMPARE(row[10], QStringLiteral("<p>=1+1</p>")); // starts with "<": nothing to run
        const Snapshot again = TimelineJs::parseSheet(csv, QStringLiteral("again.csv"));
        QCOMPARE(again.events[0].title, minus.title);
        QCOMPARE(again.events[0].summary, minus.summary);
    }

    // --- TimelineJS3 -----------------------------------------------------------------------------

    // The documented JSON format (timeline.knightlab.com/docs/json-format.html) and the checks of
    // TimelineJS3's own TimelineConfig: every event has a start_date with a year, date parts are
    // whole numbers, text has headline and text, unique ids are unique, eras have both dates.
    void timelineJsJsonIsTheDocumentedFormat()
    {
        const QJsonObject root = QJsonDocument::fromJson(TimelineJs::writeJson(episode())).object();
        const QStringList rootKeys{QStringLiteral("title"), QStringLiteral("events"), QStringLiteral("eras"),
                                   QStringLiteral("scale")};
        for (const QString &key : root.keys())
            QVERIFY2(rootKeys.contains(key), qPrintable(key));
        QCOMPARE(root[QStringLiteral("title")][QStringLiteral("text")][QStringLiteral("headline")].toString(),
                 QStringLiteral("DeepSeek-R1 episode, January 2025: events, actors, links, era"));
        const QStringList slideKeys{
            QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("text"),
            QStringLiteral("media"),      QStringLiteral("group"),    QStringLiteral("display_date"),
            QStringLiteral("background"), QStringLiteral("autolink"), QStringLiteral("unique_id")};
        const QStringList dateKeys{QStringLiteral("year"),        QStringLiteral("month"),
                                   QStringLiteral("day"),         QStringLiteral("hour"),
                                   QStringLiteral("minute"),      QStringLiteral("second"),
                                   QStringLiteral("millisecond"), QStringLiteral("display_date")};
        auto checkDate = [&](const QJsonValue &value) {
            QVERIFY(value.isObject());
            const QJsonObject date = value.toObject();
            QVERIFY(date[QStringLiteral("year")].isDouble());
            for (const QString &key : date.keys()) {
                QVERIFY2(dateKeys.contains(key), qPrintable(key));
                QVERIFY2(date[key].isDouble() && date[key].toDouble() == std::floor(date[key].toDouble()),
                         qPrintable(key));
            }
            QVERIFY(date[QStringLiteral("month")].toInt(1) >= 1 && date[QStringLiteral("month")].toInt(1) <= 12);
            QVERIFY(date[QStringLiteral("hour")].toInt(0) >= 0 && date[QStringLiteral("hour")].toInt(0) <= 23);
        };
        const QJsonArray events = root[QStringLiteral("events")].toArray();
        QCOMPARE(events.size(), 11);
        QSet<QString> ids;
        for (const QJsonValue &slide : events) {
            for (const QString &key : slide.toObject().keys())
                QVERIFY2(slideKeys.contains(key), qPrintable(key));
            checkDate(slide[QStringLiteral("start_date")]);
            if (slide.toObject().contains(QStringLiteral("end_date")))
                checkDate(slide[QStringLiteral("end_date")]);
            QVERIFY(slide[QStringLiteral("text")][QStringLiteral("headline")].isString());
            QVERIFY(slide[QStringLiteral("text")][QStringLiteral("text")].isString());
            const QString id = slide[QStringLiteral("unique_id")].toString();
            QVERIFY(!id.isEmpty() && !ids.contains(id));
            ids << id;
        }
        // A second-precision post gives its date down to the second; a day-precision one stops at the day.
        const QJsonObject post = events[0][QStringLiteral("start_date")].toObject();
        QCOMPARE(post, (QJsonObject{{QStringLiteral("year"), 2025},
                                    {QStringLiteral("month"), 1},
                                    {QStringLiteral("day"), 20},
                                    {QStringLiteral("hour"), 8},
                                    {QStringLiteral("minute"), 32},
                                    {QStringLiteral("second"), 19}}));
        QCOMPARE(events[1][QStringLiteral("start_date")].toObject().keys(),
                 (QStringList{QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("year")}));
        const QJsonArray eras = root[QStringLiteral("eras")].toArray();
        QCOMPARE(eras.size(), 1);
        checkDate(eras[0][QStringLiteral("start_date")]);
        checkDate(eras[0][QStringLiteral("end_date")]);
        QCOMPARE(eras[0][QStringLiteral("text")][QStringLiteral("headline")].toString(),
                 QStringLiteral("DeepSeek shock week"));
    }

    void timelineJsHtmlIsEscapedAndParagraphed()
    {
        Event e = makeEvent(QStringLiteral("e"), QStringLiteral("<script>alert(1)</script> & co"), "2025-01-27",
                            Precision::Day);
        e.summary = QStringLiteral("First line\nsecond line\n\nNext paragraph\n\nMedia: https://example.com/a.png");
        const QJsonObject slide = QJsonDocument::fromJson(TimelineJs::writeJson(withEvents({e})))
                                      .object()[QStringLiteral("events")][0]
                                      .toObject();
        QCOMPARE(slide[QStringLiteral("text")][QStringLiteral("headline")].toString(),
                 QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
        QCOMPARE(slide[QStringLiteral("text")][QStringLiteral("text")].toString(),
                 QStringLiteral("<p>First line<br>second line</p><p>Next paragraph</p>"));
        QCOMPARE(slide[QStringLiteral("media")][QStringLiteral("url")].toString(),
                 QStringLiteral("https://example.com/a.png"));
    }

    // The template's columns (women_in_computing_sheet.csv, TimelineJS3's own test file), its
    // "title" row and times that TimelineJS3's parseTime takes ("8:32:19", "14").
    void sheetHasTheTemplateColumns()
    {
        const QStringList templateHeader = cells(interopBytes("timelinejs3/women_in_computing_sheet.csv")).first();
        const QList<QStringList> rows = cells(TimelineJs::writeSheet(episode()));
        QCOMPARE(rows.first(), templateHeader);
        QCOMPARE(rows[1][15], QStringLiteral("title"));
        QCOMPARE(rows[2].mid(0, 4), (QStringList{QStringLiteral("2025"), QStringLiteral("1"), QStringLiteral("20"),
                                                 QStringLiteral("8:32:19")}));
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), templateHeader.size());
            for (int column : {3, 7}) {
                if (!row[column].isEmpty() && row != rows.first())
                    QVERIFY2(
                        QRegularExpression(QStringLiteral("^\\d{1,2}(:\\d\\d){0,2}$")).match(row[column]).hasMatch(),
                        qPrintable(row[column]));
            }
        }
        Event hour = makeEvent(QStringLiteral("h"), QStringLiteral("Hour"), "2025-01-27T14:00:00Z", Precision::Hour);
        QCOMPARE(cells(TimelineJs::writeSheet(withEvents({hour}))).last()[3], QStringLiteral("14"));
    }

    // --- The Timeline program --------------------------------------------------------------------

    // Written as Timeline's own exporter writes: its real versions.timeline, read and written again,
    // gives every <event> block byte for byte (default_color aside: the file has two greys, and
    // Tickerline keeps none).
    void timelineEventsAreWrittenAsTimelineWritesThem()
    {
        const QByteArray original = interopBytes("thetimelineproj/versions.timeline");
        const QByteArray written =
            TheTimeline::write(TheTimeline::parse(original, QStringLiteral("versions.timeline")));
        const QRegularExpression block(QStringLiteral("    <event>\\n.*?    </event>\\n"),
                                       QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpression grey(QStringLiteral("<default_color>[0-9,]*</default_color>"));
        auto blocks = [&](const QByteArray &xml) {
            QStringList list;
            for (auto it = block.globalMatch(QString::fromUtf8(xml)); it.hasNext();)
                list << it.next().captured().replace(grey, QStringLiteral("<default_color/>"));
            return list;
        };
        const QStringList before = blocks(original);
        const QStringList after = blocks(written);
        QCOMPARE(after.size(), 59);
        QCOMPARE(after, before);
        QVERIFY(written.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<timeline>\n  <version>"));

        QXmlStreamReader xml(written);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(childNames(xml),
                 (QStringList{QStringLiteral("version"), QStringLiteral("timetype"), QStringLiteral("categories"),
                              QStringLiteral("events"), QStringLiteral("view")}));
        QVERIFY(!xml.hasError());
        QVERIFY(written.contains("    <category>\n      <name>Planned Release</name>\n      <color>"));
    }

    void timelineErasCategoriesAndContainerLookingTitles()
    {
        Snapshot snapshot = withEvents({makeEvent(QStringLiteral("c"), QStringLiteral("(3) looks like a subevent"),
                                                  "2025-01-27T14:30:00Z", Precision::Minute)});
        snapshot.actors << Actor{QStringLiteral("category-x"), QStringLiteral("Chips & <Co>"),
                                 QStringLiteral("category"), QStringLiteral("d")};
        snapshot.events[0].actors << EventActor{QStringLiteral("category-x"), QStringLiteral("category")};
        snapshot.events[0].uncertain = true;
        snapshot.eras << Era{QStringLiteral("w"), QStringLiteral("Week"),    ms("2025-01-20"),
                             ms("2025-01-31"),    QStringLiteral("#f6d5c3"), QStringLiteral("d")};
        const QByteArray written = TheTimeline::write(snapshot);
        QXmlStreamReader xml(written);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(childNames(xml),
                 (QStringList{QStringLiteral("version"), QStringLiteral("timetype"), QStringLiteral("eras"),
                              QStringLiteral("categories"), QStringLiteral("events"), QStringLiteral("view")}));
        QVERIFY(written.contains("      <text> (3) looks like a subevent</text>\n"));
        QVERIFY(written.contains("      <fuzzy>True</fuzzy>\n"));
        QVERIFY(written.contains("      <category>Chips &amp; &lt;Co&gt;</category>\n"));
        QVERIFY(written.contains("      <name>Chips &amp; &lt;Co&gt;</name>\n"));
        QVERIFY(written.contains("      <start>2025-01-27 14:30:00</start>\n      <end>2025-01-27 14:30:00</end>\n"));
        QVERIFY(written.contains("      <color>246,213,195</color>\n      <ends_today>False</ends_today>\n"));
        const Snapshot again = TheTimeline::parse(written, QStringLiteral("again.timeline"));
        QCOMPARE(again.events[0].title, snapshot.events[0].title);
        QCOMPARE(again.actors[0].name, QStringLiteral("Chips & <Co>"));
    }

    void timelineRefusesWhatXmlCannotHold()
    {
        Event e = makeEvent(QStringLiteral("bell"), QStringLiteral("bell \u0007"), "2025-01-27", Precision::Day);
        const QString message = errorMessageOf([&] { TheTimeline::write(withEvents({e})); });
        QVERIFY2(message.contains(QStringLiteral("event \"bell\": text: the character U+0007")), qPrintable(message));
    }

    // --- iCalendar -------------------------------------------------------------------------------

    void icsFoldsEscapesAndEndsLinesInCrlf()
    {
        Event e = makeEvent(QStringLiteral("fold"), QStringLiteral("A; B, C \\ D"), "2025-01-27T14:30:00Z",
                            Precision::Second);
        e.summary = QStringLiteral("Zeile eins\nline two — ") + QString(40, QChar(0x4E2D)) + QStringLiteral(" 🚀 end");
        e.kind = EventKind::Market;
        const QByteArray ics = ICalendar::write(withEvents({e}));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!ics.contains("\r\n\r\n"));
        QCOMPARE(ics.count("\r\n"), ics.count('\n')); // every line ends in CRLF
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the "\r"
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line, "a fold split a UTF-8 sequence");
        }
        QVERIFY(ics.contains("\r\nSUMMARY:A\\; B\\, C \\\\ D\r\n"));
        QVERIFY(ics.contains("DESCRIPTION:Zeile eins\\nline two"));
        QVERIFY(ics.contains("\r\nDTSTART:20250127T143000Z\r\n"));
        QVERIFY(ics.contains("\r\nCATEGORIES:market\r\n"));
        QVERIFY(ics.contains("\r\nUID:fold\r\n"));
        QVERIFY(ics.contains("\r\nDTSTAMP:"));
        QVERIFY(ics.contains("\r\n "));
        const Snapshot again = ICalendar::parse(ics, QStringLiteral("again.ics"));
        QCOMPARE(again.events[0].title, e.title);
        QCOMPARE(again.events[0].summary, e.summary);
        QCOMPARE(toString(again.events[0].kind), toString(EventKind::Market));
    }

    void icsDatesZonesAndSpans()
    {
        Event day = makeEvent(QStringLiteral("day"), QStringLiteral("Day span"), "2025-01-27", Precision::Day);
        day.endMs = ms("2025-01-28");
        Event zoned =
            makeEvent(QStringLiteral("zoned"), QStringLiteral("Zoned"), "2025-01-20T08:32:19Z", Precision::Second);
        zoned.tz = QStringLiteral("America/Los_Angeles");
        const QByteArray ics = ICalendar::write(withEvents({day, zoned}));
        QVERIFY(ics.contains("\r\nDTSTART;VALUE=DATE:20250127\r\nDTEND;VALUE=DATE:20250129\r\n"));
        QVERIFY(ics.contains("\r\nDTSTART;TZID=America/Los_Angeles:20250120T003219\r\n"));
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"));
        QVERIFY(ics.contains("TZOFFSETTO:-0800\r\n"));
        const Snapshot again = ICalendar::parse(ics, QStringLiteral("again.ics"));
        QCOMPARE(again.events[0].endMs, day.endMs);
        QCOMPARE(again.events[1].startMs, zoned.startMs);
        QCOMPARE(again.events[1].tz, zoned.tz);
    }

    void icsReadsACalendarExport()
    {
        const Snapshot snapshot =
            ICalendar::parse(interopBytes("handmade/calendar_export.ics"), QStringLiteral("calendar_export.ics"));
        QCOMPARE(snapshot.datasets[0].name, QStringLiteral("Earnings and launches"));
        QCOMPARE(snapshot.events.size(), 3);
        const Event &call = snapshot.events[0];
        QCOMPARE(call.uid, QStringLiteral("4q2n6cbl5v0ks1s0@google.com"));
        QCOMPARE(call.title, QStringLiteral("NVIDIA Q4 FY2025 earnings call"));
        QCOMPARE(
            call.summary,
            QStringLiteral("NVIDIA fourth-quarter results call, hosted by the CFO.\nWebcast: investor.nvidia.com"));
        QCOMPARE(call.startMs, ms("2025-02-26T21:30:00Z"));
        QCOMPARE(*call.endMs, ms("2025-02-26T22:30:00Z"));
        QCOMPARE(toString(call.precision), toString(Precision::Minute));
        QCOMPARE(call.tz, QStringLiteral("America/New_York"));
        const Event &days = snapshot.events[1];
        QCOMPARE(toString(days.precision), toString(Precision::Day));
        QCOMPARE(days.startMs, ms("2025-01-27"));
        QCOMPARE(*days.endMs, ms("2025-01-28")); // DTEND is exclusive
        QCOMPARE(toString(days.kind), toString(EventKind::Market));
        const Event &post = snapshot.events[2];
        QCOMPARE(post.title, QStringLiteral("Hype post; with a semicolon"));
        QCOMPARE(toString(post.precision), toString(Precision::Second));
        QCOMPARE(*post.endMs, ms("2025-01-20T08:47:19Z"));
    }

    void icsRefusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<QString>("message");
        const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
        const QByteArray good = "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20250127T143000Z\r\nSUMMARY:A\r\nEND:VEVENT\r\n";
        QTest::newRow("not a calendar") << QByteArray("BEGIN:VCARD\r\nEND:VCARD\r\n")
                                        << "x.ics:1: BEGIN: an iCalendar file starts with BEGIN:VCALENDAR";
        QTest::newRow("never closed") << head + good
                                      << "x.ics:1: BEGIN: BEGIN:VCALENDAR is never closed by END:VCALENDAR";
        QTest::newRow("wrong END") << head + "BEGIN:VEVENT\r\nEND:VTODO\r\n"
                                   << "x.ics:4: END: END:VTODO does not close BEGIN:VEVENT of line 3";
        QTest::newRow("no colon") << head + "BEGIN:VEVENT\r\nSUMMARY\r\n"
                                  << "x.ics:4: content line: \"SUMMARY\" is not NAME:VALUE or NAME;PARAM=…:VALUE";
        QTest::newRow("impossible date")
            << head + "BEGIN:VEVENT\r\nSUMMARY:A\r\nDTSTART;VALUE=DATE:20250230\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << "x.ics:5: DTSTART: 20250230 is not a day of the calendar";
        QTest::newRow("year")
            << head + "BEGIN:VEVENT\r\nSUMMARY:A\r\nDTSTART:13000101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << "x.ics:5: DTSTART: year 1300 is outside 1400–9999";
        QTest::newRow("no start") << head + "BEGIN:VEVENT\r\nSUMMARY:A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                  << "x.ics:3: VEVENT: no DTSTART; every event needs a start";
        QTest::newRow("no summary") << head +
                                           "BEGIN:VEVENT\r\nDTSTART:20250127T143000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                    << "x.ics:3: VEVENT: no SUMMARY; every event needs a title";
        QTest::newRow("end before start")
            << head +
                   "BEGIN:VEVENT\r\nSUMMARY:A\r\nDTSTART:20250127T143000Z\r\nDTEND:20250127T103000Z\r\nEND:VEVENT\r\n"
                   "END:VCALENDAR\r\n"
            << "x.ics:6: DTEND: ends before it starts";
        QTest::newRow("bad escape") << head +
                                           "BEGIN:VEVENT\r\nSUMMARY:A\\x\r\nDTSTART:20250127T143000Z\r\nEND:VEVENT\r\n"
                                           "END:VCALENDAR\r\n"
                                    << "x.ics:4: SUMMARY: \"\\x\" is not an escape of TEXT (\\\\, \\;, \\, or \\n)";
        QTest::newRow("unknown zone")
            << head + "BEGIN:VEVENT\r\nSUMMARY:A\r\nDTSTART;TZID=Mars/Olympus:20250127T143000\r\nEND:VEVENT\r\n"
                      "END:VCALENDAR\r\n"
            << "x.ics:5: DTSTART: unknown time zone \"Mars/Olympus\" (TZID must be an IANA name such as "
               "America/New_York)";
        QTest::newRow("fold at the start") << QByteArray(" BEGIN:VCALENDAR\r\n")
                                           << "x.ics:1: folding: a continuation line (starting with a space) with no "
                                              "line before it";
        QTest::newRow("twice") << head + "BEGIN:VEVENT\r\nSUMMARY:A\r\nSUMMARY:B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                               << "x.ics:5: SUMMARY: given twice in one VEVENT (first on line 4)";
        QTest::newRow("NUL") << head + QByteArray("SUMMARY:\0\r\n", 11)
                             << "x.ics:3: a NUL byte; an iCalendar file is text";
        QTest::newRow("not UTF-8") << head + "SUMMARY:\xff\r\n"
                                   << "x.ics:1: not UTF-8 text; iCalendar files are UTF-8";
    }

    void icsRefusesMalformedInput()
    {
        QFETCH(QByteArray, ics);
        QFETCH(QString, message);
        QCOMPARE(errorMessageOf([&] { ICalendar::parse(ics, QStringLiteral("x.ics")); }), message);
    }
};

QTEST_GUILESS_MAIN(TestFormatWriters)
#include "tst_formatwriters.moc"
