// SPDX-License-Identifier: GPL-3.0-or-later
// The market hours the timeline shades: closed days (weekend, Martin Luther King Jr. Day 2025)
// and, at intraday zoom, pre-market and after-hours of a session, in New York time.

#include "timeline/marketshading.h"
#include "time/isotime.h"

#include <QTest>

using namespace tickerline;

namespace {

std::int64_t at(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso))->ms;
}

} // namespace

class TestMarketShading : public QObject
{
    Q_OBJECT

private slots:
    void closedDays()
    {
        QVERIFY(isMarketClosedDay(QDate(2025, 1, 20))); // Martin Luther King Jr. Day
        QVERIFY(isMarketClosedDay(QDate(2025, 1, 9)));  // national day of mourning
        QVERIFY(isMarketClosedDay(QDate(2025, 1, 25)));
        QVERIFY(!isMarketClosedDay(QDate(2025, 1, 27)));

        const QList<MarketSpan> spans = marketSpans(at("2025-01-17"), at("2025-01-22"), false);
        // Saturday, Sunday and the Monday holiday are one band, New York midnight to midnight.
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans[0].type, MarketSpan::ClosedDay);
        QCOMPARE(spans[0].fromMs, at("2025-01-18T05:00:00Z"));
        QCOMPARE(spans[0].toMs, at("2025-01-21T05:00:00Z"));
    }

    void extendedHoursOfTheSelloff()
    {
        const QList<MarketSpan> spans = marketSpans(at("2025-01-27T06:00:00Z"), at("2025-01-27T23:00:00Z"), true);
        QList<std::int64_t> preMarket;
        QList<std::int64_t> afterHours;
        for (const MarketSpan &span : spans) {
            if (span.type == MarketSpan::PreMarket)
                preMarket << span.fromMs << span.toMs;
            if (span.type == MarketSpan::AfterHours)
                afterHours << span.fromMs << span.toMs;
        }
        QCOMPARE(preMarket, QList<std::int64_t>({at("2025-01-27T09:00:00Z"), at("2025-01-27T14:30:00Z")}));
        QCOMPARE(afterHours, QList<std::int64_t>({at("2025-01-27T21:00:00Z"), at("2025-01-28T01:00:00Z")}));
    }
};

QTEST_GUILESS_MAIN(TestMarketShading)
#include "tst_marketshading.moc"
