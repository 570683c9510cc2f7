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
