// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "imports/eventfileimport.h"
#include "imports/formatregistry.h"
#include "io/csvreader.h"
#include "io/eventimport.h"
#include "io/tickerlinejson.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;

namespace {

QString pathOf(const char *relative)
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/") + QString::fromUtf8(relative);
}

QByteArray bytesOf(const char *relative)
{
    return CsvReader::readFile(pathOf(relative));
}

// The event format the registry finds in a file; Auto for none or for another kind of file.
EventFormat detectEventFormat(const QByteArray &data, const QString &fileName)
{
    const FileFormat *format = FormatRegistry::instance().detect(data, fileName);
    return format ? eventFormatFromString(format->name).value_or(EventFormat::Auto) : EventFormat::Auto;
}

Snapshot readDetected(const QByteArray &data, const QString &fileName)
{
    const EventFormat format = detectEventFormat(data, fileName);
    if (format == EventFormat::Auto)
        throw Error(fileName + QStringLiteral(": not detected as an event file"));
    return readEventFile(data, fileName, format);
}

} // namespace

class TestEventImport final : public QObject
{
    Q_OBJECT

private slots:
    void formatNames()
    {
        QCOMPARE(toString(eventFormatFromString(QStringLiteral("events-csv")).value_or(EventFormat::Auto)), QStringLiteral("events-csv"));
        QCOMPARE(toString(eventFormatFromString(QStringLiteral("TimelineJS")).value_or(EventFormat::Auto)), QStringLiteral("timelinejs"));
        QCOMPARE(toString(eventFormatFromString(QStringLiteral("timelinejs-sheet")).value_or(EventFormat::Auto)), QStringLiteral("timelinejs-sheet"));
        QCOMPARE(toString(eventFormatFromString(QStringLiteral("timeline")).value_or(EventFormat::Auto)), QStringLiteral("timeline"));
        QCOMPARE(toString(eventFormatFromString(QStringLiteral("tickerline")).value_or(EventFormat::Auto)), QStringLiteral("tickerline"));
        QVERIFY(!eventFormatFromString(QStringLiteral("yahoo")));
        QCOMPARE(toString(EventFormat::TimelineJsSheet), QStringLiteral("timelinejs-sheet"));
    }

    void detectsEachRealFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("women json") << "interop/timelinejs3/women_in_computing.json" << int(EventFormat::TimelineJs);
        QTest::newRow("houston") << "interop/timelinejs3/houston.json" << int(EventFormat::TimelineJs);
        QTest::newRow("republican") << "interop/timelinejs3/republican.json" << int(EventFormat::TimelineJs);
        QTest::newRow("sheet") << "interop/timelinejs3/women_in_computing_sheet.csv"
                               << int(EventFormat::TimelineJsSheet);
        QTest::newRow("timeline") << "interop/thetimelineproj/versions.timeline" << int(EventFormat::TheTimeline);
        QTest::newRow("events csv") << "interop/handmade/deepseek_week.csv" << int(EventFormat::EventsCsv);
        // Not event files: the caller goes on to try prices.
        QTest::newRow("parser test csv") << "interop/timelinejs3/parser_test.csv" << int(EventFormat::Auto);
        QTest::newRow("price csv") << "prices/QQQ.csv" << int(EventFormat::Auto);
    }

    void detectsEachRealFile()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        const QByteArray data = bytesOf(file.toUtf8().constData());
        QCOMPARE(int(detectEventFormat(data, file)), format);
    }

    void detectsTickerlineJson()
    {
        const Snapshot snapshot = readDetected(bytesOf("interop/handmade/deepseek_week.csv"), QStringLiteral("w.csv"));
        const QByteArray json = writeTickerlineJson(snapshot);
        QCOMPARE(toString(detectEventFormat(json, QStringLiteral("w.json"))), QStringLiteral("tickerline"));
        // Read back through the same entry point: the lossless format keeps every event.
        QCOMPARE(readDetected(json, QStringLiteral("w.json")).events, snapshot.events);
    }

    void detectsWithABomAndQuotedHeader()
    {
        QCOMPARE(toString(detectEventFormat("\xEF\xBB\xBF\"title\",\"start\"\r\nA,2025-01-20\r\n", QStringLiteral("x.csv"))), QStringLiteral("events-csv"));
        QCOMPARE(toString(detectEventFormat("<?xml version=\"1.0\"?>\n<html/>", QStringLiteral("x.timeline"))), QStringLiteral("auto"));
        QCOMPARE(toString(detectEventFormat("{\"events\": []}", QStringLiteral("x.json"))), QStringLiteral("auto"));
    }

    void readsByDetection()
    {
        const Snapshot sheet = readDetected(bytesOf("interop/timelinejs3/women_in_computing_sheet.csv"),
                                            QStringLiteral("sheet.csv"));
        QCOMPARE(sheet.events.size(), 10);
        const Snapshot timeline = readDetected(bytesOf("interop/thetimelineproj/versions.timeline"),
                                               QStringLiteral("versions.timeline"));
        QCOMPARE(timeline.events.size(), 59);
        // A CSV without title and start columns is not taken for events.
        QVERIFY(!FormatRegistry::instance().detect(bytesOf("interop/timelinejs3/parser_test.csv"),
                                                   QStringLiteral("parser_test.csv")));
        // A forced format reads the file as that format, and says what is missing.
        try {
            readEventFile(bytesOf("interop/timelinejs3/parser_test.csv"), QStringLiteral("parser_test.csv"),
                          EventFormat::EventsCsv);
            QFAIL("no error");
        } catch (const Error &error) {
            QCOMPARE(error.message(), QStringLiteral("parser_test.csv:1: column count: unknown column (expected: uid,"
                                                     "title,kind,start,end,precision,uncertain,tz,actors,symbols,"
                                                     "summary)"));
        }
    }

    void parsesTimes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("precision");
        QTest::newRow("year") << QByteArray("2025") << "2025-01-01T00:00:00Z" << "year";
        QTest::newRow("month") << QByteArray("2025-03") << "2025-03-01T00:00:00Z" << "month";
        QTest::newRow("day") << QByteArray(" 2025-01-20 ") << "2025-01-20T00:00:00Z" << "day";
        QTest::newRow("minute") << QByteArray("2025-01-20T08:32") << "2025-01-20T08:32:00Z" << "minute";
        QTest::newRow("second, space") << QByteArray("2025-01-20 08:32:19") << "2025-01-20T08:32:19Z" << "second";
        QTest::newRow("offset") << QByteArray("2025-01-27T18:29:53-08:00") << "2025-01-28T02:29:53Z" << "second";
        QTest::newRow("fraction") << QByteArray("2025-01-20T08:32:19.25Z") << "2025-01-20T08:32:19.250Z" << "second";
    }

    void parsesTimes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, iso);
        QFETCH(QString, precision);
        QString why;
        const auto parsed = parseEventTime(text, &why);
        QVERIFY2(parsed, qPrintable(why));
        QCOMPARE(formatIsoUtc(parsed->ms), iso);
        QCOMPARE(toString(parsed->precision), precision);
    }

    void slugs()
    {
        QCOMPARE(slugify(QStringLiteral("Rózsa Péter writes recursion")), QStringLiteral("rozsa-peter-writes-recursion"));
        QCOMPARE(slugify(QStringLiteral("  \"The Mother of the Internet\"  ")),
                 QStringLiteral("the-mother-of-the-internet"));
        QCOMPARE(slugify(QStringLiteral("深度求索 R1")), QStringLiteral("深度求索-r1"));
        QCOMPARE(slugify(QStringLiteral("!!!")), QStringLiteral("event"));
        QCOMPARE(slugify(QString(200, QLatin1Char('a'))).size(), 60);
    }

    void importsIntoAStoreReusingKnownActors()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("t.tickerline")));
        Snapshot existing;
        existing.actors << Actor{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"), {}}
                        << Actor{QStringLiteral("cohere"), QStringLiteral("Cohere Inc. (other)"),
                                 QStringLiteral("organisation"), {}};
        store.importSnapshot(existing);

        const QString path = pathOf("interop/handmade/deepseek_week.csv");
        const Snapshot imported = importEventFile(store, CsvReader::readFile(path), path);
        QCOMPARE(imported.events.size(), 7);
        QCOMPARE(store.events().size(), 7);
        // "Sam Altman" joined the actor already there; "Cohere" (another name, same uid) got its own uid.
        const auto statement = store.event(QStringLiteral("altman-hype-post-2025-01-20"));
        QCOMPARE(statement->actors.at(0).actor, QStringLiteral("sam-altman"));
        QStringList uids;
        for (const Actor &actor : store.actors())
            uids << actor.uid;
        QVERIFY2(uids.contains(QStringLiteral("cohere-2")), qPrintable(uids.join(QLatin1Char(' '))));
        QCOMPARE(uids.count(QStringLiteral("sam-altman")), 1);
        QCOMPARE(store.datasets().size(), 1);
        QCOMPARE(store.datasets().constFirst().origin, path);

        // The same file again: refused by name, and nothing changes.
        try {
            importEventFile(store, CsvReader::readFile(path), QStringLiteral("deepseek_week.csv"));
            QFAIL("the same file was imported twice");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("deepseek_week.csv: dataset \"file:deepseek_week.csv:")),
                     qPrintable(error.message()));
            QVERIFY(error.message().endsWith(QStringLiteral("\" is already in the database")));
        }
        QCOMPARE(store.events().size(), 7);
    }

    void aBadFileChangesNothing()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("t.tickerline")));
        QByteArray csv = bytesOf("interop/handmade/deepseek_week.csv");
        csv += "late,Late row,other,2025-02-30\n";
        try {
            importEventFile(store, csv, QStringLiteral("week.csv"));
            QFAIL("no error");
        } catch (const Error &error) {
            QCOMPARE(error.message(), QStringLiteral("week.csv:10: column start: 2025-02-30 is not a day of the calendar"));
        }
        QCOMPARE(store.events().size(), 0);
        QCOMPARE(store.datasets().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventImport)
#include "tst_eventimport.moc"
