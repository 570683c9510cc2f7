// SPDX-License-Identifier: GPL-3.0-or-later
// EventBrief: what a brief gathers from the store, on the bundled episode and on small made-up
// events, without a display.
#include "brief/eventbrief.h"
#include "error.h"
#include "imports/bundleddataset.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tickerline;

class TestEventBrief : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static const BriefMove *moveOf(const EventBrief &brief, const QString &ticker)
    {
        for (const BriefMove &move : brief.moves) {
            if (move.symbol.ticker == ticker)
                return &move;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("episode.tickerline")));
        installBundledDataset(*m_store);
    }

    // A second-precision post after the close: three zones, the next session, the symbols of the
    // events it responds to.
    void statementAfterTheClose()
    {
        const EventBrief brief = buildEventBrief(*m_store, QStringLiteral("altman-deepseek-statement-2025-01-28"));
        QCOMPARE(brief.times.size(), 3);
        QCOMPARE(brief.times[0].text, QStringLiteral("2025-01-27 21:29:53 EST"));
        QCOMPARE(brief.times[1].text, QStringLiteral("2025-01-28 02:29:53 UTC"));
        QCOMPARE(brief.times[2].text, QStringLiteral("2025-01-27 18:29:53 PST"));
        QCOMPARE(brief.times[2].label, QStringLiteral("Los Angeles"));
        QVERIFY(brief.times[2].eventZone && !brief.times[0].eventZone);
        QCOMPARE(toString(brief.session.placement), QStringLiteral("after the close"));
        QCOMPARE(formatIsoDate(brief.session.dateMs), QStringLiteral("2025-01-28"));
        QCOMPARE(formatIsoUtc(brief.session.openMs), QStringLiteral("2025-01-28T14:30:00Z"));
        // It names no symbol: those of the selloff it responds to.
        QCOMPARE(brief.symbols, m_store->event(QStringLiteral("market-selloff-2025-01-27"))->symbols);
        const BriefMove *nvda = moveOf(brief, QStringLiteral("NVDA"));
        QVERIFY(nvda && nvda->move);
        QCOMPARE(formatIsoDate(nvda->move->sessionMs), QStringLiteral("2025-01-28"));
        QCOMPARE(QString::number(nvda->move->previousClose, 'f', 2), QStringLiteral("118.42"));
        QCOMPARE(*nvda->move->shares, std::int64_t(24'490'000'000));
        QCOMPARE(brief.benchmark->ticker, QStringLiteral("SPY"));
        // Every symbol but the benchmark is studied.
        QCOMPARE(brief.studies.size(), brief.symbols.size() - 1);
        QCOMPARE(brief.quotes.size(), m_store->quotesOfEvent(brief.event.uid).size());
        QHash<QString, QString> names;
        for (const Actor &actor : m_store->actors())
            names.insert(actor.uid, actor.name);
        int altman = 0;
        for (const BriefQuote &quote : brief.quotes) {
            QCOMPARE(quote.speaker, names.value(quote.quote.speaker));
            altman += quote.speaker == QLatin1String("Sam Altman");
            QVERIFY(!quote.source.title.isEmpty());
            QVERIFY(quote.source.text.isEmpty()); // headers only
        }
        QVERIFY(altman >= 2);
        QCOMPARE(brief.outgoing.size(), 2);
        for (const BriefLink &link : brief.outgoing)
            QCOMPARE(link.type, QStringLiteral("responds-to"));
        QCOMPARE(brief.incoming.size(), 1);
        QCOMPARE(brief.incoming.first().other.uid, QStringLiteral("futurism-article-2025-01-28"));
    }

    // The selloff in New York, its own zone: two rows; during the session; its datasets.
    void selloffDuringTheSession()
    {
        const EventBrief brief = buildEventBrief(*m_store, QStringLiteral("market-selloff-2025-01-27"));
        QCOMPARE(brief.times.size(), 2);
        QVERIFY(brief.times[0].eventZone);
        QCOMPARE(brief.times[0].text, QStringLiteral("2025-01-27 09:30 – 16:00 EST"));
        QCOMPARE(toString(brief.session.placement), QStringLiteral("during the session"));
        const BriefMove *nvda = moveOf(brief, QStringLiteral("NVDA"));
        QVERIFY(nvda && nvda->move);
        QCOMPARE(QString::number(nvda->move->percent(), 'f', 2), QStringLiteral("-16.97"));
        QCOMPARE(QString::number(*nvda->move->marketValueChange() / 1e9, 'f', 1), QStringLiteral("-592.7"));
        QStringList datasets;
        for (const DatasetInfo &info : brief.datasets)
            datasets << info.uid;
        QVERIFY(datasets.contains(QStringLiteral("deepseek-r1-episode-events")));
        QVERIFY(datasets.contains(QStringLiteral("shares-outstanding")));
        QVERIFY(datasets.contains(QStringLiteral("futurism-article"))); // its quote's source
        QVERIFY(!datasets.contains(QStringLiteral("sama-posts")));      // nothing of it is shown
    }

    // A day-precision event on a market holiday: its date in every zone, the next session.
    void dayPrecisionOnAHoliday()
    {
        const EventBrief brief = buildEventBrief(*m_store, QStringLiteral("deepseek-r1-release-2025-01-20"));
        for (const BriefTime &time : brief.times)
            QCOMPARE(time.text, QStringLiteral("2025-01-20"));
        QCOMPARE(toString(brief.session.placement), QStringLiteral("on a closed day"));
        QCOMPARE(brief.session.closure, QStringLiteral("Martin Luther King Jr. Day"));
        QCOMPARE(formatIsoDate(brief.session.dateMs), QStringLiteral("2025-01-21"));
    }

    // Asked-for symbols, benchmark and window; a benchmark among the symbols is not studied
    // against itself; a symbol asked for twice counts once.
    void options()
    {
        EventBriefOptions options;
        options.symbols = {QStringLiteral("nvda"), QStringLiteral("QQQ"), QStringLiteral("NVDA")};
        options.benchmark = QStringLiteral("qqq");
        options.firstOffset = 0;
        options.lastOffset = 2;
        const EventBrief brief = buildEventBrief(*m_store, QStringLiteral("market-selloff-2025-01-27"), options);
        QCOMPARE(brief.symbols, (QStringList{QStringLiteral("NVDA"), QStringLiteral("QQQ")}));
        QCOMPARE(brief.benchmark->ticker, QStringLiteral("QQQ"));
        QCOMPARE(brief.studies.size(), 1);
        QVERIFY(brief.studies.first().study);
        QCOMPARE(brief.studies.first().study->days.size(), std::size_t(3));
    }

    void refusals()
    {
        QVERIFY_THROWS_EXCEPTION(Error, buildEventBrief(*m_store, QStringLiteral("no-such-event")));
        EventBriefOptions unknownSymbol;
        unknownSymbol.symbols = {QStringLiteral("NOPE")};
        QVERIFY_THROWS_EXCEPTION(Error,
                                 buildEventBrief(*m_store, QStringLiteral("market-selloff-2025-01-27"), unknownSymbol));
        EventBriefOptions backwards;
        backwards.firstOffset = 3;
        backwards.lastOffset = 1;
        QVERIFY_THROWS_EXCEPTION(Error,
                                 buildEventBrief(*m_store, QStringLiteral("market-selloff-2025-01-27"), backwards));
    }

    // An event of an empty database, without prices: a brief all the same, with nothing to
    // measure and no benchmark.
    void withoutPrices()
    {
        FileStore empty(m_dir.filePath(QStringLiteral("empty.tickerline")));
        Snapshot snapshot;
        Event event;
        event.uid = QStringLiteral("lonely");
        event.title = QStringLiteral("A lonely event");
        event.startMs = *utcMidnight(2025, 3, 8); // a Saturday
        event.precision = Precision::Day;
        event.tz = QStringLiteral("Europe/Paris");
        snapshot.events << event;
        empty.importSnapshot(snapshot);
        const EventBrief brief = buildEventBrief(empty, QStringLiteral("lonely"));
        QVERIFY(brief.symbols.isEmpty() && brief.moves.isEmpty() && brief.studies.isEmpty());
        QVERIFY(!brief.benchmark);
        QCOMPARE(brief.times.size(), 3);
        QCOMPARE(brief.times[2].text, QStringLiteral("2025-03-08"));
        QCOMPARE(brief.session.closure, QStringLiteral("weekend"));
        QCOMPARE(formatIsoDate(brief.session.dateMs), QStringLiteral("2025-03-10"));
    }
};

QTEST_GUILESS_MAIN(TestEventBrief)
#include "tst_eventbrief.moc"
