// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/eventreaction.h"

#include "../app/tst_chartfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using namespace tickerline::testing;

class TestEventReaction final : public QObject
{
    Q_OBJECT

private:
    Event eventAt(const char *iso, Precision precision)
    {
        Event event;
        event.startMs = parseIsoTime(QLatin1String(iso))->ms;
        event.precision = precision;
        return event;
    }
    PriceSeries nvda() { return readSeries(QStringLiteral("NVDA"), QStringLiteral("NVDA.csv"), QString()); }

private slots:
    void firstSessionFollowsTheMarketClock_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("session");
        // Altman's post: 03:32 New York on Martin Luther King Jr. Day, a holiday: next session.
        QTest::newRow("holiday morning") << QStringLiteral("2025-01-20T08:32:19Z") << QStringLiteral("second")
                                         << QStringLiteral("2025-01-21");
        // Altman's statement: Monday 21:29 New York, after the close: Tuesday.
        QTest::newRow("after close") << QStringLiteral("2025-01-28T02:29:53Z") << QStringLiteral("second")
                                     << QStringLiteral("2025-01-28");
        QTest::newRow("before open") << QStringLiteral("2025-01-27T13:00:00Z") << QStringLiteral("minute")
                                     << QStringLiteral("2025-01-27");
        QTest::newRow("during session") << QStringLiteral("2025-01-27T18:00:00Z") << QStringLiteral("minute")
                                        << QStringLiteral("2025-01-27");
        QTest::newRow("at the close") << QStringLiteral("2025-01-27T21:00:00Z") << QStringLiteral("minute")
                                      << QStringLiteral("2025-01-28");
        QTest::newRow("Friday evening") << QStringLiteral("2025-01-24T22:00:00Z") << QStringLiteral("second")
                                        << QStringLiteral("2025-01-27");
        QTest::newRow("Sunday, day precision") << QStringLiteral("2025-01-26") << QStringLiteral("day")
                                               << QStringLiteral("2025-01-27");
        QTest::newRow("trading day, day precision") << QStringLiteral("2025-01-22") << QStringLiteral("day")
                                                    << QStringLiteral("2025-01-22");
        QTest::newRow("day of mourning closure") << QStringLiteral("2025-01-09T12:00:00Z") << QStringLiteral("second")
                                                 << QStringLiteral("2025-01-13");
    }
    void firstSessionFollowsTheMarketClock()
    {
        QFETCH(QString, start);
        QFETCH(QString, precision);
        QFETCH(QString, session);
        Event event;
        event.startMs = parseIsoTime(start)->ms;
        event.precision = *precisionFromString(precision);
        const PriceSeries series = nvda();
        const auto index = firstSessionBar(series, event);
        QVERIFY(index);
        QCOMPARE(formatIsoDate(series.bars[*index].tsMs), session);
    }

    void nvdaSelloffMove()
    {
        const PriceSeries series = nvda();
        const auto move = eventMove(series, eventAt("2025-01-27", Precision::Day), 24'490'000'000LL);
        QVERIFY(move);
        QCOMPARE(formatIsoDate(move->sessionMs), QStringLiteral("2025-01-27"));
        QCOMPARE(formatIsoDate(move->previousMs), QStringLiteral("2025-01-24"));
        QCOMPARE(QString::number(move->previousClose, 'f', 2), QStringLiteral("142.62"));
        QCOMPARE(QString::number(move->close, 'f', 2), QStringLiteral("118.42"));
        QCOMPARE(QString::number(move->percent(), 'f', 2), QStringLiteral("-16.97"));
        QVERIFY(move->marketValueChange());
        QCOMPARE(QString::number(*move->marketValueChange() / 1e9, 'f', 1), QStringLiteral("-592.7"));
    }

    void noShareCountNoMarketValue()
    {
        const auto move = eventMove(nvda(), eventAt("2025-01-27", Precision::Day));
        QVERIFY(move);
        QVERIFY(!move->marketValueChange());
    }

    void thirteenCompaniesTogether()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("t.tickerline")));
        fillChartStore(store);
        const Event selloff = *store.event(QStringLiteral("selloff-2025-01-27"));
        QList<SessionMove> moves;
        for (const QString &symbol : stockSymbols())
            moves.append(*eventMove(store.series(symbol), selloff, store.symbol(symbol)->sharesOutstanding));
        int counted = 0;
        const double total = totalMarketValueChange(moves, &counted);
        QCOMPARE(counted, 13);
        QCOMPARE(QString::number(total / 1e9, 'f', 1), QStringLiteral("-1246.7"));
    }

    void seriesEndingBeforeTheEventHasNoMove()
    {
        QVERIFY(!eventMove(nvda(), eventAt("2025-03-03", Precision::Day)));
        // The first bar has no previous close to measure against.
        QVERIFY(!eventMove(nvda(), eventAt("2024-06-01", Precision::Day)));
    }

    void rebasingMeetsAtTheAnchor()
    {
        const PriceSeries series = nvda();
        const std::size_t anchor = *barAtOrAfter(series, parseIsoTime(QStringLiteral("2025-01-24"))->ms);
        const auto index = rebasedCloses(series, anchor);
        QCOMPARE(index[anchor], 100.0);
        QCOMPARE(QString::number(index[anchor + 1], 'f', 2), QStringLiteral("83.03"));
        const auto percent = rebasedCloses(series, anchor, Rebase::Percent);
        QCOMPARE(percent[anchor], 0.0);
        QCOMPARE(QString::number(percent[anchor + 1], 'f', 2), QStringLiteral("-16.97"));
        QVERIFY(rebasedCloses(series, series.bars.size()).empty());
    }
};

QTEST_GUILESS_MAIN(TestEventReaction)
#include "tst_eventreaction.moc"
