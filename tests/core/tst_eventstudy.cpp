// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/eventstudy.h"

#include "error.h"

#include "../app/tst_chartfixture.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

// Weekday sessions from Monday 2024-01-01, `returns` applied one per session after the first.
PriceSeries seriesOf(const QString &symbol, const std::vector<double> &returns)
{
    PriceSeries series;
    series.symbol = symbol;
    std::int64_t day = *utcMidnight(2024, 1, 1);
    double close = 100;
    for (std::size_t i = 0; i <= returns.size(); ++i) {
        if (i > 0)
            close *= 1 + returns[i - 1];
        series.bars.push_back(Bar{day, close, close, close, close, {}, {}});
        day += kMsPerDay * ((day / kMsPerDay + 4) % 7 == 5 ? 3 : 1); // Friday → Monday (1970-01-01 was a Thursday)
    }
    return series;
}

Event dayEvent(std::int64_t ms)
{
    Event event;
    event.uid = QStringLiteral("shock");
    event.startMs = ms;
    event.precision = Precision::Day;
    return event;
}

} // namespace

class TestEventStudy final : public QObject
{
    Q_OBJECT

private slots:
    // The 27 January selloff, NVDA against QQQ on the real closes: day 0 is NVDA's −16.97 %
    // less QQQ's move that day.
    void selloffOnRealCloses()
    {
        const PriceSeries nvda = readSeries(QStringLiteral("NVDA"), QStringLiteral("NVDA.csv"), QString());
        const PriceSeries qqq = readSeries(QStringLiteral("QQQ"), QStringLiteral("QQQ.csv"), QString());
        Event selloff;
        selloff.startMs = parseIsoTime(QStringLiteral("2025-01-27T14:30:00Z"))->ms;
        selloff.precision = Precision::Minute;
        const EventStudy study = runEventStudy(nvda, qqq, selloff);
        QCOMPARE(formatIsoDate(study.firstSessionMs), QStringLiteral("2025-01-27"));
        QVERIFY(!study.adjustedCloses); // the test excerpts carry closes only
        QCOMPARE(study.days.size(), std::size_t(7));
        QCOMPARE(study.days.front().offset, -1);
        QCOMPARE(formatIsoDate(study.days.front().sessionMs), QStringLiteral("2025-01-24"));
        QCOMPARE(formatIsoDate(study.days.back().sessionMs), QStringLiteral("2025-02-03"));
        const EventStudyDay &day0 = study.days[1];
        QCOMPARE(day0.offset, 0);
        QVERIFY(std::abs(day0.symbolReturn - (118.41999816894531 / 142.6199951171875 - 1)) < 1e-12);
        QCOMPARE(QString::number(day0.symbolReturn * 100, 'f', 2), QStringLiteral("-16.97"));
        QVERIFY(day0.benchmarkReturn < -0.02 && day0.benchmarkReturn > -0.04);
        QVERIFY(std::abs(day0.abnormal - (day0.symbolReturn - day0.benchmarkReturn)) < 1e-15);
        double sum = 0;
        for (const EventStudyDay &day : study.days)
            sum += day.abnormal;
        QVERIFY(std::abs(study.car - sum) < 1e-15);
        QCOMPARE(study.days.back().cumulative, study.car);
        // The excerpt starts on 13 January: 7 returns before the window, too few to measure the
        // noise, so no t statistic (tst_cli measures one on the bundled history).
        QCOMPARE(study.estimation.sessions, 7);
        QCOMPARE(formatIsoDate(study.estimation.fromMs), QStringLiteral("2025-01-14"));
        QCOMPARE(formatIsoDate(study.estimation.toMs), QStringLiteral("2025-01-23"));
        QVERIFY(!study.estimation.sigma);
        QVERIFY(!study.tStat);
    }

    // A symbol that is alpha + beta × the market plus noise, hit by −10 % on one day: the market
    // model finds alpha and beta and puts the −10 % in the abnormal return of that day.
    void marketModelRecoversAlphaAndBeta()
    {
        QRandomGenerator random(11);
        std::vector<double> market, stock;
        for (int i = 0; i < 200; ++i) {
            market.push_back((random.generateDouble() - 0.5) * 0.04);
            stock.push_back(0.001 + 1.5 * market.back() + (random.generateDouble() - 0.5) * 0.004);
        }
        const std::size_t shockIndex = 150; // the return into session 150
        stock[shockIndex - 1] = 0.001 + 1.5 * market[shockIndex - 1] - 0.10;
        const PriceSeries s = seriesOf(QStringLiteral("S"), stock), m = seriesOf(QStringLiteral("M"), market);
        EventStudyOptions options;
        options.model = ExpectedReturnModel::MarketModel;
        const EventStudy study = runEventStudy(s, m, dayEvent(s.bars[shockIndex].tsMs), options);
        QCOMPARE(study.firstSessionMs, s.bars[shockIndex].tsMs);
        QCOMPARE(study.estimation.sessions, 120);
        QCOMPARE(study.estimation.toMs, s.bars[shockIndex - 2].tsMs); // the day before offset −1
        QVERIFY2(std::abs(study.estimation.beta - 1.5) < 0.02, qPrintable(QString::number(study.estimation.beta)));
        QVERIFY2(std::abs(study.estimation.alpha - 0.001) < 0.0005, qPrintable(QString::number(study.estimation.alpha)));
        QVERIFY(std::abs(study.days[1].abnormal + 0.10) < 0.005);
        QVERIFY(std::abs(study.days[0].abnormal) < 0.005);
        QVERIFY(study.tStat && *study.tStat < -10);
    }

    // Returns equal to the market's but for the shock: every abnormal return is zero but the
    // shock's, and with no noise to measure there is no t statistic.
    void marketAdjustedIsTheDifference()
    {
        std::vector<double> market(60, 0.01), stock(60, 0.01);
        stock[39] = -0.04; // into session 40
        const PriceSeries s = seriesOf(QStringLiteral("S"), stock), m = seriesOf(QStringLiteral("M"), market);
        const EventStudy study = runEventStudy(s, m, dayEvent(s.bars[40].tsMs));
        QCOMPARE(study.days.size(), std::size_t(7));
        for (const EventStudyDay &day : study.days)
            QVERIFY(std::abs(day.abnormal - (day.offset == 0 ? -0.05 : 0)) < 1e-12);
        QVERIFY(std::abs(study.car + 0.05) < 1e-12);
        QCOMPARE(study.estimation.alpha, 0.0);
        QCOMPARE(study.estimation.beta, 1.0);
        QVERIFY(!study.estimation.sigma);
        QVERIFY(!study.tStat);
    }

    // Sessions only one series has are left out: returns run between sessions both traded.
    void onlyCommonSessionsCount()
    {
        const std::vector<double> flat(40, 0.0);
        PriceSeries s = seriesOf(QStringLiteral("S"), flat), m = seriesOf(QStringLiteral("M"), flat);
        s.bars[30].close = 90; // S alone trades session 30 (down 10 %) …
        m.bars.erase(m.bars.begin() + 30);
        const EventStudy study = runEventStudy(s, m, dayEvent(s.bars[30].tsMs));
        // … which is therefore skipped: the first session is 31, and S is back at 100 there.
        QCOMPARE(study.firstSessionMs, s.bars[31].tsMs);
        for (const EventStudyDay &day : study.days)
            QCOMPARE(day.abnormal, 0.0);
    }

    void adjustedClosesWhenBothHaveThem()
    {
        const std::vector<double> flat(40, 0.0);
        PriceSeries s = seriesOf(QStringLiteral("S"), flat), m = seriesOf(QStringLiteral("M"), flat);
        // A 2:1 split at session 30: the close halves, the adjusted close does not move.
        for (std::size_t i = 0; i < s.bars.size(); ++i) {
            s.bars[i].adjClose = 50.0;
            m.bars[i].adjClose = 100.0;
            if (i >= 30)
                s.bars[i].close = 50;
        }
        EventStudy study = runEventStudy(s, m, dayEvent(s.bars[30].tsMs));
        QVERIFY(study.adjustedCloses);
        QCOMPARE(study.days[1].abnormal, 0.0);
        m.bars[5].adjClose.reset(); // one bar without: closes throughout, and the split shows
        study = runEventStudy(s, m, dayEvent(s.bars[30].tsMs));
        QVERIFY(!study.adjustedCloses);
        QCOMPARE(study.days[1].abnormal, -0.5);
    }

    void refusesWhatTheDataCannotCover_data()
    {
        QTest::addColumn<int>("shockSession");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<bool>("marketModel");
        QTest::addColumn<QString>("message");
        QTest::newRow("window past the data") << 38 << -1 << 5 << false
                                              << QStringLiteral("S and M have common sessions only up to 2024-02-26 "
                                                                "(offset 2); the window ends at offset 5");
        QTest::newRow("window before the data") << 3 << -3 << 0 << false
                                                << QStringLiteral("S and M have 3 common sessions before 2024-01-04; "
                                                                  "a window from offset -3 needs 4");
        QTest::newRow("too little history for the model") << 15 << -1 << 1 << true
                                                          << QStringLiteral("S and M have 13 common returns before the "
                                                                            "window; the market model needs at least 20");
        QTest::newRow("reversed window") << 20 << 2 << 1 << false
                                         << QStringLiteral("the window's first offset (2) is after its last (1)");
        QTest::newRow("event after the data") << 41 << 0 << 0 << false
                                              << QStringLiteral("S and M have no common session on or after 2024-03-01, "
                                                                "the event's first session");
    }
    void refusesWhatTheDataCannotCover()
    {
        QFETCH(int, shockSession);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(bool, marketModel);
        QFETCH(QString, message);
        std::vector<double> market, stock;
        for (int i = 0; i < 40; ++i) {
            market.push_back(0.001 * (i % 5));
            stock.push_back(0.002 * (i % 3));
        }
        const PriceSeries s = seriesOf(QStringLiteral("S"), stock), m = seriesOf(QStringLiteral("M"), market);
        const std::int64_t day = shockSession < int(s.bars.size()) ? s.bars[std::size_t(shockSession)].tsMs
                                                                   : s.bars.back().tsMs + 4 * kMsPerDay;
        EventStudyOptions options;
        options.firstOffset = first;
        options.lastOffset = last;
        options.model = marketModel ? ExpectedReturnModel::MarketModel : ExpectedReturnModel::MarketAdjusted;
        try {
            runEventStudy(s, m, dayEvent(day), options);
            QFAIL("no error");
        } catch (const Error &error) {
            QCOMPARE(error.message(), message);
        }
    }
};

QTEST_GUILESS_MAIN(TestEventStudy)
#include "tst_eventstudy.moc"
