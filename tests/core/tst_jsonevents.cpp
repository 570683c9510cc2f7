// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "io/jsonevents.h"
#include "io/tickerlinejson.h"

#include <QFile>
#include <QTest>

using namespace tickerline;

namespace {

// The file holds events as other writers might give them: every escape, text in three scripts,
// null and missing optional fields, members this version does not know, keys in any order.
QByteArray varied()
{
    QFile file(QStringLiteral(TICKERLINE_TEST_DATA "/json/varied-events.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test file");
    return file.readAll();
}
QByteArray withReplaced(const char *before, const char *after)
{
    QByteArray text = varied();
    Q_ASSERT(text.contains(before));
    return text.replace(before, after);
}

// Where the elements of the root's "events" array begin, or -1.
qsizetype eventsBegin(const QByteArray &json)
{
    RootMembers members(json);
    QString name;
    qsizetype value = 0;
    while (members.next(&name, &value)) {
        if (name == QLatin1String("events"))
            return json.at(value) == '[' ? value + 1 : -1;
        members.skipValue();
    }
    return -1;
}

std::optional<JsonEvents> eventsIn(const QByteArray &json, int parts = 0)
{
    return readJsonEvents(json, eventsBegin(json), parts);
}

// A large file the way Tickerline writes one (indented, keys sorted), with `count` events.
QByteArray writtenFile(int count, const QString &extraSummary = {})
{
    Snapshot snapshot;
    snapshot.actors << Actor{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("person"), QString()};
    for (int i = 0; i < count; ++i) {
        Event event;
        event.uid = QStringLiteral("event-%1").arg(i);
        event.title = QStringLiteral("Event %1 — “quoted” 中文").arg(i);
        event.summary = QStringLiteral("A summary of event %1.%2").arg(i).arg(extraSummary);
        event.kind = EventKind(i % 7);
        event.startMs = 1'737'000'000'000 + std::int64_t(i) * 60'000;
        event.precision = Precision(i % 6);
        event.tz = i % 2 ? QStringLiteral("UTC") : QStringLiteral("America/New_York");
        event.actors << EventActor{QStringLiteral("a"), i % 3 ? QStringLiteral("author") : QString()};
        event.symbols = i % 4 ? QStringList{QStringLiteral("NVDA")} : QStringList{};
        snapshot.events << event;
    }
    return writeTickerlineJson(snapshot);
}

} // namespace

class tst_JsonEvents final : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTheDocumentReaderReads()
    {
        const QByteArray json = varied();
        const Snapshot document = readTickerlineJsonDocument(json, QStringLiteral("varied.json"));
        const auto read = eventsIn(json);
        QVERIFY(read);
        QCOMPARE(json.at(read->end), ']');
        QVERIFY(json.sliced(read->end + 1).trimmed().startsWith(",\n \"links\""));
        const QList<Event> *events = &read->events;
        QCOMPARE(events->size(), 4);
        QCOMPARE(*events, document.events);
        // And field by field, what a user would see of them.
        QCOMPARE(events->at(0).title, QStringLiteral("Altman: \"cut your expectations 100x\"\n\t\\ / \b\f\r"));
        QCOMPARE(events->at(0).tz, QStringLiteral("UTC"));
        QCOMPARE(events->at(1).title, QStringLiteral("DeepSeek-R1 发布 🙂 é中😀"));
        QCOMPARE(events->at(1).summary, QStringLiteral("\ufeffA BOM, kept"));
        QCOMPARE(events->at(1).actors.size(), 3);
        QCOMPARE(events->at(1).actors[1].actor, QStringLiteral("sam-altman"));
        QCOMPARE(events->at(1).symbols,
                 (QStringList{QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("NVDA")}));
        QVERIFY(events->at(1).uncertain);
        QCOMPARE(events->at(2).endMs, document.events.at(2).endMs);
        QVERIFY(events->at(2).endMs.has_value());
        QCOMPARE(events->at(3).startMs, 1'738'029'600'000); // 21:00 in New York is 02:00 UTC
        // The whole file: the same snapshot either way.
        const Snapshot whole = readTickerlineJson(json, QStringLiteral("varied.json"));
        QCOMPARE(whole.events, document.events);
        QCOMPARE(whole.actors, document.actors);
        QCOMPARE(whole.links, document.links);
    }

    void leavesWhatIsNotPlainlyValidToTheDocumentReader_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid"); // as Qt's JSON document and the reader read it
        QTest::newRow("a number") << withReplaced("\"later\": {", "\"count\": 3, \"later\": {") << true;
        QTest::newRow("a key twice") << withReplaced("\"uid\": \"span\",", "\"uid\": \"span\", \"uid\": \"spam\",")
                                     << true;
        QTest::newRow("NUL") << withReplaced("\"Selloff\"", "\"Sell\\u0000off\"") << false;
        QTest::newRow("lone surrogate") << withReplaced("\"Selloff\"", "\"Sell\\ud83doff\"") << true;
        QTest::newRow("control character") << withReplaced("\"Selloff\"", "\"Sell\toff\"") << true;
        QTest::newRow("not UTF-8") << withReplaced("\"Selloff\"", "\"Sell\xff\xfe"
                                                                  "off\"")
                                   << false;
        QTest::newRow("unknown escape") << withReplaced("\"Selloff\"", "\"Sell\\xoff\"") << true;
        QTest::newRow("trailing comma") << withReplaced("\"precision\":\"minute\"}", "\"precision\":\"minute\"},")
                                        << false;
        QTest::newRow("missing comma") << withReplaced("\"kind\": \"market\",", "\"kind\": \"market\"") << false;
        QTest::newRow("missing uid") << withReplaced("\"uid\": \"span\",", "") << false;
        QTest::newRow("blank title") << withReplaced("\"Selloff\"", "\" \"") << false;
        QTest::newRow("unknown kind") << withReplaced("\"market\"", "\"rumour\"") << false;
        QTest::newRow("impossible date") << withReplaced("\"2025-01-28\"", "\"2025-02-30\"") << false;
        QTest::newRow("end before start") << withReplaced("\"2025-01-28\"", "\"2025-01-26\"") << false;
        QTest::newRow("repeated uid") << withReplaced("\"uid\":\"tight\"", "\"uid\":\"post\"") << false;
        QTest::newRow("blank symbol") << withReplaced("\"NVDA\", \"AVGO\"", "\"NVDA\", \" \"") << false;
        QTest::newRow("actor without uid") << withReplaced("{\"actor\": \"liang\"}", "{\"role\": \"x\"}") << false;
        QTest::newRow("uncertain as text") << withReplaced("\"uncertain\": true", "\"uncertain\": \"yes\"") << false;
        QTest::newRow("event not an object") << withReplaced("\"events\": [", "\"events\": [\"post\", ") << false;
    }

    void leavesWhatIsNotPlainlyValidToTheDocumentReader()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QVERIFY(eventsBegin(json) > 0);
        QVERIFY(!eventsIn(json));
        // The file as a whole reads as the document reader reads it, or fails with its message.
        QString documentMessage;
        Snapshot document;
        try {
            document = readTickerlineJsonDocument(json, QStringLiteral("odd.json"));
        } catch (const Error &error) {
            documentMessage = error.message();
        }
        QCOMPARE(documentMessage.isEmpty(), valid);
        try {
            const Snapshot read = readTickerlineJson(json, QStringLiteral("odd.json"));
            QVERIFY2(valid, "a file the document reader refuses was read");
            QCOMPARE(read.events, document.events);
        } catch (const Error &error) {
            QCOMPARE(error.message(), documentMessage);
        }
    }

    // Qt decodes a string without escapes whole, dropping a byte order mark at its start, and
    // one with an escape a character at a time, keeping it.
    void readsAByteOrderMarkAsQtDoes_data()
    {
        QTest::addColumn<QByteArray>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("at the start") << QByteArray("\xEF\xBB\xBFSelloff") << QStringLiteral("Selloff");
        QTest::newRow("before UTF-8") << QByteArray("\xEF\xBB\xBF\xC3\xA9") << QStringLiteral("é");
        QTest::newRow("two") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFX") << QStringLiteral("\ufeffX");
        QTest::newRow("inside") << QByteArray("Sell\xEF\xBB\xBFoff") << QStringLiteral("Sell\ufeffoff");
        QTest::newRow("with an escape after it")
            << QByteArray("\xEF\xBB\xBFSell\\noff") << QStringLiteral("\ufeffSell\noff");
        QTest::newRow("after an escape") << QByteArray("\\n\xEF\xBB\xBFX") << QStringLiteral("\n\ufeffX");
        QTest::newRow("escaped") << QByteArray("\\ufeffX") << QStringLiteral("\ufeffX");
    }

    void readsAByteOrderMarkAsQtDoes()
    {
        QFETCH(QByteArray, title);
        QFETCH(QString, expected);
        const QByteArray json = withReplaced("\"Selloff\"", ("\"" + title + "\"").constData());
        const auto read = eventsIn(json);
        QVERIFY(read);
        QCOMPARE(read->events.at(2).title, expected);
        QCOMPARE(readTickerlineJsonDocument(json, QStringLiteral("bom.json")).events.at(2).title, expected);
    }

    void walksTheRootMembers()
    {
        const QByteArray json = "  {\"version\": -1.5e3, \"te\\\"xt\": \"a \\\" ] } b\", \"prices\": [[1, 2.5e-3, {}]],"
                                "\"events\" : [ ], \"x\": null}  ";
        RootMembers members(json);
        QString name;
        qsizetype value = 0;
        QStringList names;
        while (members.next(&name, &value)) {
            names << name;
            if (name == QLatin1String("events")) {
                QCOMPARE(json.at(value), '[');
                const auto events = readJsonEvents(json, value + 1);
                QVERIFY(events);
                QCOMPARE(events->events.size(), 0);
                QCOMPARE(json.at(events->end), ']');
                members.resumeAt(events->end + 1);
            } else {
                members.skipValue();
            }
        }
        QCOMPARE(names, (QStringList{QStringLiteral("version"), QStringLiteral("te\"xt"), QStringLiteral("prices"),
                                     QStringLiteral("events"), QStringLiteral("x")}));
        QVERIFY(members.atEnd());
        for (const QByteArray &broken : {QByteArray("[{\"events\": []}]"), QByteArray("{\"events\": [\"unclosed\"}"),
                                         QByteArray("{\"a\": 1} {"), QByteArray("{\"a\" 1}")}) {
            RootMembers walk(broken);
            while (walk.next(&name, &value))
                walk.skipValue();
            QVERIFY2(!walk.atEnd(), broken.constData());
        }
    }

    void readsInPartsWhatOneThreadReads()
    {
        const QByteArray json = writtenFile(20'000);
        const Snapshot document = readTickerlineJsonDocument(json, QStringLiteral("large.json"));
        QCOMPARE(document.events.size(), 20'000);
        for (int parts : {1, 2, 3, 4, 7}) {
            const auto events = eventsIn(json, parts);
            QVERIFY(events);
            QVERIFY2(events->events == document.events, qPrintable(QStringLiteral("%1 parts").arg(parts)));
        }
        // A uid repeated across parts is found as in one.
        QByteArray repeated = json;
        repeated.replace("\"uid\": \"event-19999\"", "\"uid\": \"event-3\"");
        QVERIFY(!eventsIn(repeated, 4));
        QVERIFY_THROWS_EXCEPTION(Error, readTickerlineJson(repeated, QStringLiteral("large.json")));
    }

    // A part is guessed to begin where the first event's opening bytes follow a comma; in a file
    // whose events hold such bytes inside them the guesses are wrong, and it reads the same.
    void readsTheSameWhenAPartBeginsInsideAnEvent()
    {
        QByteArray json = "{\"format\":\"tickerline\",\"version\":1,\"events\":[";
        for (int i = 0; i < 2'000; ++i) {
            json += i ? "," : "";
            json += "{\"uid\":\"e" + QByteArray::number(i) +
                    "\",\"title\":\"T\",\"kind\":\"other\",\"start\":\"2025-01-27\",\"precision\":\"day\","
                    "\"extra\":[\"x\"";
            for (int j = 0; j < 40; ++j)
                json += ",{\"uid\":\"inner\"}";
            json += "]}";
        }
        json += "]}";
        const Snapshot document = readTickerlineJsonDocument(json, QStringLiteral("nested.json"));
        for (int parts : {2, 4}) {
            const auto events = eventsIn(json, parts);
            QVERIFY(events);
            QCOMPARE(events->events.size(), 2'000);
            QVERIFY(events->events == document.events);
        }
    }

    void sharesTheTextsEventsRepeat()
    {
        const QByteArray json = writtenFile(10);
        const auto read = eventsIn(json);
        QVERIFY(read);
        const QList<Event> *events = &read->events;
        // Same zone, same actor: one string, not ten copies.
        QVERIFY(events->at(1).tz.isSharedWith(events->at(3).tz));
        QVERIFY(events->at(1).actors[0].actor.isSharedWith(events->at(2).actors[0].actor));
        QCOMPARE(events->at(1).tz, QStringLiteral("UTC"));
        QCOMPARE(events->at(2).tz, QStringLiteral("America/New_York"));
    }
};

QTEST_GUILESS_MAIN(tst_JsonEvents)
#include "tst_jsonevents.moc"
