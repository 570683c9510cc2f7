// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "io/tickerlinejson.h"

#include <QTest>

using namespace tickerline;

namespace {

// A valid file, written by hand the way a user would, one field a line, so that the line
// numbers in the messages can be checked.
const char *const kValid = R"({
  "format": "tickerline",
  "version": 1,
  "actors": [
    {"uid": "sam-altman", "name": "Sam Altman", "kind": "person"}
  ],
  "events": [
    {
      "uid": "post",
      "title": "Post",
      "kind": "statement",
      "start": "2025-01-20T08:32:19Z",
      "precision": "second",
      "actors": [{"actor": "sam-altman", "role": "author"}]
    },
    {
      "uid": "release",
      "title": "Release",
      "kind": "release",
      "start": "2025-01-20",
      "precision": "day"
    }
  ],
  "sources": [
    {"uid": "s", "text": "中文🙂 cut your expectations 100x!"}
  ],
  "quotes": [
    {"uid": "q", "source": "s", "event": "post", "exact": "cut your expectations 100x", "start": 4, "end": 30,
     "status": "exact"}
  ]
}
)";

QByteArray withReplaced(const char *before, const char *after)
{
    QByteArray text(kValid);
    Q_ASSERT(text.contains(before));
    return text.replace(before, after);
}

} // namespace

class tst_TickerlineJson final : public QObject
{
    Q_OBJECT

private slots:
    void readsAValidFile()
    {
        const Snapshot snapshot = readTickerlineJson(kValid, QStringLiteral("valid.json"));
        QCOMPARE(snapshot.events.size(), 2);
        QVERIFY(snapshot.events[1].precision == Precision::Day);
        QCOMPARE(snapshot.quotes[0].start, 4);
        QCOMPARE(snapshot.events[0].actors[0].role, QStringLiteral("author"));
    }

    void writesWhatItReads()
    {
        const Snapshot snapshot = readTickerlineJson(kValid, QStringLiteral("valid.json"));
        const QByteArray written = writeTickerlineJson(snapshot);
        const Snapshot reread = readTickerlineJson(written, QStringLiteral("written.json"));
        QCOMPARE(reread, snapshot);
        QCOMPARE(writeTickerlineJson(reread), written);
        QVERIFY(written.contains("\"start\": \"2025-01-20\"")); // day precision written as a date
        QVERIFY(written.contains("中文🙂")); // UTF-8, not escapes
    }

    // Qt's parser drops U+FEFF at the start of a string written as UTF-8; the writer escapes it.
    void aLeadingByteOrderMarkSurvivesWriting()
    {
        Snapshot snapshot = readTickerlineJson(kValid, QStringLiteral("valid.json"));
        snapshot.events[0].title = QStringLiteral("\ufeffPost");
        snapshot.events[0].summary = QStringLiteral("\ufeff\ufeff two, and one \ufeff inside");
        const QByteArray written = writeTickerlineJson(snapshot);
        QVERIFY(written.contains("\"\\ufeffPost\""));
        QCOMPARE(readTickerlineJson(written, QStringLiteral("written.json")), snapshot);
        QCOMPARE(readTickerlineJsonDocument(written, QStringLiteral("written.json")), snapshot);
    }

    void pricesRoundTripExactly()
    {
        Snapshot snapshot;
        Symbol nvda;
        nvda.ticker = QStringLiteral("NVDA");
        snapshot.symbols << nvda;
        PriceSeries series;
        series.symbol = QStringLiteral("NVDA");
        series.bars.push_back(Bar{1737676800000, 148.8699951171875, 149.1, 141.88, 142.6199951171875,
                                  142.5792999267578, 234657600.0});
        series.bars.push_back(Bar{1737936000000, 124.8, 128.4, 116.7, 118.41999816894531, std::nullopt, std::nullopt});
        snapshot.series << series;
        const Snapshot reread = readTickerlineJson(writeTickerlineJson(snapshot), QStringLiteral("p.json"));
        QCOMPARE(reread.series, snapshot.series);
    }

    void viewsRoundTrip()
    {
        const QByteArray plain = writeTickerlineJson(readTickerlineJson(kValid, QStringLiteral("valid.json")));
        QVERIFY(!plain.contains("\"views\"")); // no views: the key is left out, as before views existed

        Snapshot snapshot;
        SavedView week{QStringLiteral("DeepSeek week"), {}, QStringLiteral("bundled")};
        week.settings.kinds = {EventKind::Market, EventKind::Statement};
        week.settings.text = QStringLiteral("R1 “impressive”");
        week.settings.fromMs = 1737331200000;      // 2025-01-20
        week.settings.toMs = 1738108799999;        // 2025-01-28T23:59:59.999Z
        week.settings.lanes = ViewSettings::Lanes::Symbol;
        week.settings.zone = ViewSettings::Zone::Event;
        week.settings.chart = ViewSettings::Chart::Impact;
        week.settings.chartSymbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO")};
        snapshot.views = {week, SavedView{QStringLiteral("Default"), {}, {}}};
        const QByteArray written = writeTickerlineJson(snapshot);
        QVERIFY(written.contains("\"to\": \"2025-01-28T23:59:59.999Z\""));
        QVERIFY(written.contains("\"zone\": \"event\""));
        const Snapshot reread = readTickerlineJson(written, QStringLiteral("views.json"));
        QCOMPARE(reread.views, snapshot.views);
        QCOMPARE(writeTickerlineJson(reread), written);
    }

    void refusesBadViews_data()
    {
        QTest::addColumn<QByteArray>("views");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown lanes") << QByteArray(R"([{"name": "a", "settings": {"lanes": "era"}}])")
                                       << "views[0].settings.lanes: unknown value \"era\" (one of: kind, actor, symbol)";
        QTest::newRow("unknown kind") << QByteArray(R"([{"name": "a", "settings": {"kinds": ["gossip"]}}])")
                                      << "views[0].settings.kinds: unknown kind \"gossip\"";
        QTest::newRow("bad time") << QByteArray(R"([{"name": "a", "settings": {"from": "2025-02-30"}}])")
                                  << "views[0].settings.from: 2025-02-30 is not a day of the calendar";
        QTest::newRow("no settings") << QByteArray(R"([{"name": "a"}])") << "views[0].settings: must be an object";
        QTest::newRow("same name") << QByteArray(R"([{"name": "a", "settings": {}}, {"name": "a", "settings": {}}])")
                                   << "views[1].name: duplicate name \"a\"";
        QTest::newRow("no name") << QByteArray(R"([{"settings": {}}])") << "views[0].name: missing";
    }

    void refusesBadViews()
    {
        QFETCH(QByteArray, views);
        QFETCH(QString, expected);
        const QByteArray json = R"({"format": "tickerline", "version": 1, "views": )" + views + "}";
        try {
            readTickerlineJson(json, QStringLiteral("bad.json"));
            QFAIL("bad input was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expected), error.what());
        }
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << withReplaced("\"kind\": \"release\",", "\"kind\": \"release\" \"x\",")
                                   << "bad.json:19: not valid JSON";
        QTest::newRow("truncated") << QByteArray(kValid).left(300) << "bad.json:";
        QTest::newRow("impossible date") << withReplaced("\"2025-01-20\"", "\"2025-02-30\"")
                                         << "bad.json:20: events[1].start: 2025-02-30 is not a day of the calendar";
        QTest::newRow("unknown kind") << withReplaced("\"kind\": \"release\"", "\"kind\": \"rumour\"")
                                      << "bad.json:19: events[1].kind: unknown value \"rumour\"";
        QTest::newRow("duplicate uid") << withReplaced("\"uid\": \"release\"", "\"uid\": \"post\"")
                                       << "bad.json:17: events[1].uid: duplicate uid \"post\"";
        QTest::newRow("quote not in source")
            << withReplaced("\"exact\": \"cut your expectations 100x\"", "\"exact\": \"raise your expectations\"")
            << "bad.json:28: quotes[0].exact: the quoted text is not in source \"s\"";
        QTest::newRow("quote elsewhere") << withReplaced("\"start\": 4, \"end\": 30", "\"start\": 3, \"end\": 29")
                                         << "quotes[0].start: the text of source \"s\" at 3–29 is not the quote";
        QTest::newRow("NUL") << withReplaced("\"title\": \"Post\"", "\"title\": \"Po\\u0000st\"")
                             << "bad.json:10: events[0].title: contains a NUL character";
        QTest::newRow("newer version") << withReplaced("\"version\": 1", "\"version\": 7")
                                       << "bad.json:3: version: version 7 was written by a newer Tickerline";
        QTest::newRow("not ours") << withReplaced("\"format\": \"tickerline\"", "\"format\": \"other\"")
                                  << "bad.json:2: format: must be \"tickerline\"";
        QTest::newRow("end before start")
            << withReplaced("\"precision\": \"day\"", "\"precision\": \"day\", \"end\": \"2025-01-19\"")
            << "events[1].end: ends before it starts";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "bad.json:1: a Tickerline JSON file is one object";
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            readTickerlineJson(json, QStringLiteral("bad.json"));
            QFAIL("bad input was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expected), error.what());
        }
    }

    void codePointSlices()
    {
        const QString text = QStringLiteral("a🙂b中c");
        QCOMPARE(codePointSlice(text, 1, 2), QStringLiteral("🙂"));
        QCOMPARE(codePointSlice(text, 2, 5), QStringLiteral("b中c"));
        QVERIFY(codePointSlice(text, 4, 9).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_TickerlineJson)
#include "tst_tickerlinejson.moc"
