// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/eventdensity.h"

#include "../app/tst_chartfixture.h"

#include <QTest>

using namespace tickerline;
using namespace tickerline::testing;

class TestEventDensity final : public QObject
{
    Q_OBJECT

private slots:
    void perDay()
    {
        const auto bins = eventDensity(episodeEvents(), DensityBinning::Day);
        QCOMPARE(bins.size(), 9); // 2025-01-20 … 2025-01-28, empty days included
        QCOMPARE(formatIsoDate(bins.front().startMs), QStringLiteral("2025-01-20"));
        QCOMPARE(bins[0].total(), 2);
        QCOMPARE(bins[0].counts[std::size_t(EventKind::Statement)], 1);
        QCOMPARE(bins[0].counts[std::size_t(EventKind::Release)], 1);
        QCOMPARE(bins[3].total(), 0);
        QCOMPARE(bins[8].total(), 1);
    }

    void perWeekStartsOnMonday()
    {
        const auto bins = eventDensity(episodeEvents(), DensityBinning::Week);
        QCOMPARE(bins.size(), 2);
        QCOMPARE(formatIsoDate(bins[0].startMs), QStringLiteral("2025-01-20"));
        QCOMPARE(bins[0].total(), 5);
        QCOMPARE(formatIsoDate(bins[1].startMs), QStringLiteral("2025-01-27"));
        QCOMPARE(bins[1].total(), 2);
        QCOMPARE(bins[1].counts[std::size_t(EventKind::Market)], 1);
    }

    void nothingToCount() { QVERIFY(eventDensity({}, DensityBinning::Day).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestEventDensity)
#include "tst_eventdensity.moc"
