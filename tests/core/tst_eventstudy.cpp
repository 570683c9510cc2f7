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

// Weekday sessions from Monday 2024-01-01 with these closes, and these adjusted closes if any.
PriceSeries seriesOfCloses(const QString &symbol, const std::vector<double> &closes,
                           const std::vector<double> &adjusted = {})
{
    PriceSeries series = seriesOf(symbol, std::vector<double>(closes.size() - 1, 0.0));
    for (std::size_t i = 0; i < closes.size(); ++i) {
        Bar &bar = series.bars[i];
        bar.open = bar.high = bar.low = bar.close = closes[i];
        if (!adjusted.empty())
            bar.adjClose = adjusted[i];
    }
    return series;
}

// |actual − expected| within 1e-11 of expected: the literals below have 16 or 17 digits.
bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-11 * std::abs(expected);
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
        QVERIFY(!study.symbolAdjustedCloses); // the test excerpts carry closes only
        QVERIFY(!study.benchmarkAdjustedCloses);
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
        QVERIFY(study.symbolAdjustedCloses);
        QVERIFY(study.benchmarkAdjustedCloses);
        QCOMPARE(study.days[1].abnormal, 0.0);
        // The benchmark lacks one adjusted close: its closes, but the symbol keeps its adjusted
        // closes and the split does not show.
        m.bars[5].adjClose.reset();
        study = runEventStudy(s, m, dayEvent(s.bars[30].tsMs));
        QVERIFY(study.symbolAdjustedCloses);
        QVERIFY(!study.benchmarkAdjustedCloses);
        QCOMPARE(study.days[1].abnormal, 0.0);
        // The symbol lacks one: its closes, and the split is an abnormal −50 %.
        s.bars[29].adjClose.reset();
        study = runEventStudy(s, m, dayEvent(s.bars[30].tsMs));
        QVERIFY(!study.symbolAdjustedCloses);
        QCOMPARE(study.days[1].abnormal, -0.5);
        // A bar without one outside the sessions the study uses does not count.
        s.bars[29].adjClose = 50.0;
        s.bars.push_back(Bar{s.bars.back().tsMs + 3 * kMsPerDay, 50, 50, 50, 50, {}, {}});
        study = runEventStudy(s, m, dayEvent(s.bars[30].tsMs));
        QVERIFY(study.symbolAdjustedCloses);
    }

    // A stock against an index, 45 sessions written out, checked against figures computed apart
    // from the code, exactly in rational arithmetic (Python's fractions) from these closes, by
    // the textbook formulas (MacKinlay 1997):
    //   returns R = close / previous − 1 (the stock's adjusted closes, the index's closes);
    //   estimation: the 36 returns into sessions 1–36 (L1 = 36); window: offsets −1…+5 around
    //   session 38 (L2 = 7);
    //   β = Σ(Rm − μm)(R − μ) / Σ(Rm − μm)²,  α = μ − β μm,  σ² = Σ(R − α − β Rm)² / (L1 − 2);
    //   AR = R − α − β Rm;  CAR = Σ AR;
    //   V = I σ² + X*(X'X)⁻¹X*' σ², X the estimation rows (1, Rm), X* the window's, (X'X)⁻¹ by the
    //   2 × 2 inverse; var(CAR) = the sum of V's 49 entries (equal, exactly, to
    //   σ² [L2 + L2²/L1 + (Σ_window (Rm − μm))² / Σ_estimation (Rm − μm)²]); t = CAR / √var(CAR);
    //   each day's t = AR / √V_ττ;
    //   market-adjusted: AR = R − Rm, σ² = Σ(D − mean D)² / (L1 − 1) with D = R − Rm over the
    //   estimation returns, t = CAR / (σ √L2).
    // The stock split 2:1 at session 12, inside the estimation period: its closes halve there, its
    // adjusted closes do not. The index has no adjusted closes, which must not make the stock's
    // returns come from its closes (a −49 % return that would wreck α, β and σ).
    void marketModelByHandWithASplitAndAnIndex()
    {
        const std::vector<double> index = {
            4000.0,  4015.36, 3938.04, 3938.6,  3987.46, 4038.13, 4020.55, 4049.36, 4003.88, 4018.96, 4024.81, 4085.63,
            4116.25, 4113.68, 4147.8,  4189.41, 4259.19, 4333.42, 4411.15, 4442.81, 4465.42, 4439.15, 4417.49, 4368.66,
            4319.55, 4357.85, 4405.52, 4404.03, 4441.55, 4375.0,  4358.05, 4347.98, 4383.79, 4367.3,  4395.16, 4378.4,
            4369.14, 4362.51, 4281.6,  4263.96, 4289.33, 4319.24, 4356.82, 4408.71, 4385.71};
        const std::vector<double> adjusted = {
            50.0,  50.15, 49.18, 48.66, 49.6,  50.27, 50.25, 50.7,  50.11, 50.49, 50.48, 51.95, 52.83, 52.76, 53.64,
            54.66, 55.15, 56.24, 57.65, 58.4,  58.23, 57.64, 57.53, 56.82, 55.74, 56.03, 56.63, 56.92, 57.77, 56.27,
            56.35, 56.39, 56.82, 57.3,  57.18, 56.81, 56.54, 56.39, 50.65, 49.97, 50.29, 51.61, 52.65, 53.91, 53.62};
        std::vector<double> closes = adjusted;
        for (std::size_t i = 0; i < 12; ++i)
            closes[i] = adjusted[i] * 2;
        const PriceSeries stock = seriesOfCloses(QStringLiteral("S"), closes, adjusted);
        const PriceSeries market = seriesOfCloses(QStringLiteral("^IDX"), index);
        EventStudyOptions options;
        options.model = ExpectedReturnModel::MarketModel;
        const EventStudy study = runEventStudy(stock, market, dayEvent(stock.bars[38].tsMs), options);

        QVERIFY(study.symbolAdjustedCloses);
        QVERIFY(!study.benchmarkAdjustedCloses);
        QCOMPARE(study.estimation.sessions, 36);
        QCOMPARE(study.estimation.fromMs, stock.bars[1].tsMs);
        QCOMPARE(study.estimation.toMs, stock.bars[36].tsMs);
        const auto digits = [](double value) { return QString::number(value, 'g', 17); };
        QVERIFY2(near(study.estimation.alpha, 0.0004560297337004337), qPrintable(digits(study.estimation.alpha)));
        QVERIFY2(near(study.estimation.beta, 1.219091771236223), qPrintable(digits(study.estimation.beta)));
        QVERIFY(study.estimation.sigma);
        QVERIFY2(near(*study.estimation.sigma, 0.006021017783542138), qPrintable(digits(*study.estimation.sigma)));
        const double abnormal[] = {-0.0012590944251678015, -0.0796370439824761,  -0.008858895208244445,
                                   -0.001305622787997637,  0.017290863669883305, 0.009088268129100102,
                                   0.008956134589895711};
        const double dayT[] = {-0.2057493791605575, -12.221726530968489, -1.4413992098790778, -0.2134934172225509,
                               2.8237828050938174,  1.4799440076638135,  1.4471827534322108};
        QCOMPARE(study.days.size(), std::size_t(7));
        for (std::size_t i = 0; i < 7; ++i) {
            QCOMPARE(study.days[i].sessionMs, stock.bars[37 + i].tsMs);
            QVERIFY2(near(study.days[i].abnormal, abnormal[i]), qPrintable(QString::number(i)));
            QVERIFY(study.days[i].tStat);
            QVERIFY2(near(*study.days[i].tStat, dayT[i]), qPrintable(QString::number(i)));
        }
        QVERIFY2(near(study.car, -0.05572539001500686), qPrintable(digits(study.car)));
        QVERIFY(study.carSigma && study.tStat);
        QVERIFY2(near(*study.carSigma, 0.01743242537356104), qPrintable(digits(*study.carSigma)));
        // −3.4981 with the approximation var(CAR) = L2 σ².
        QVERIFY2(near(*study.tStat, -3.1966515743427766), qPrintable(digits(*study.tStat)));

        options.model = ExpectedReturnModel::MarketAdjusted;
        const EventStudy adjustedStudy = runEventStudy(stock, market, dayEvent(stock.bars[38].tsMs), options);
        QCOMPARE(adjustedStudy.estimation.alpha, 0.0);
        QCOMPARE(adjustedStudy.estimation.beta, 1.0);
        QVERIFY(adjustedStudy.estimation.sigma);
        QVERIFY(near(*adjustedStudy.estimation.sigma, 0.006281103098460315));
        const double marketAdjusted[] = {-0.0011355279321271221, -0.0832444353551394,  -0.009305513747294145,
                                         0.0004539741077453534,  0.01927464596113362,  0.011450528765241072,
                                         0.012021561087623032};
        for (std::size_t i = 0; i < 7; ++i) {
            QVERIFY2(near(adjustedStudy.days[i].abnormal, marketAdjusted[i]), qPrintable(QString::number(i)));
            QVERIFY(near(*adjustedStudy.days[i].tStat, marketAdjusted[i] / 0.006281103098460315));
        }
        QVERIFY(near(adjustedStudy.car, -0.050484767112817575));
        QVERIFY(near(*adjustedStudy.tStat, -3.037913579458215));
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
