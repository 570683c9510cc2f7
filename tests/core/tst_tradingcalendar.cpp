// SPDX-License-Identifier: GPL-3.0-or-later
#include "time/isotime.h"
#include "time/tradingcalendar.h"

#include <QTest>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace tickerline;
using boost::gregorian::date;

namespace {

date day(const char *iso)
{
    return boost::gregorian::from_simple_string(iso);
}

std::int64_t instant(const char *iso)
{
    return parseIsoTime(QString::fromUtf8(iso))->ms;
}

QString iso(date value)
{
    return QString::fromStdString(boost::gregorian::to_iso_extended_string(value));
}

} // namespace

class TestTradingCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void holidaysAndClosuresOfJanuary2025()
    {
        const TradingCalendar calendar;
        QVERIFY(!calendar.isTradingDay(day("2025-01-20")));
        QCOMPARE(calendar.closureName(day("2025-01-20")), QStringLiteral("Martin Luther King Jr. Day"));
        QVERIFY(!calendar.isTradingDay(day("2025-01-09")));
        QCOMPARE(calendar.closureName(day("2025-01-09")), QStringLiteral("National day of mourning for Jimmy Carter"));
        QVERIFY(!calendar.isTradingDay(day("2025-01-25"))); // Saturday
        QVERIFY(!calendar.isTradingDay(day("2025-01-26")));
        QVERIFY(calendar.closureName(day("2025-01-25")).isEmpty());
        QVERIFY(calendar.isTradingDay(day("2025-01-27")));
        QVERIFY(calendar.isTradingDay(day("2025-01-10")));
    }

    void holidaysOf2025_data()
    {
        QTest::addColumn<QString>("closed");
        for (const char *closed : {"2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26",
                                   "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25"})
            QTest::newRow(closed) << QString::fromLatin1(closed);
    }

    void holidaysOf2025()
    {
        QFETCH(QString, closed);
        const TradingCalendar calendar;
        QVERIFY(!calendar.isTradingDay(day(closed.toLatin1().constData())));
        QVERIFY(!calendar.closureName(day(closed.toLatin1().constData())).isEmpty());
    }

    void everyOtherWeekdayOf2025IsOpen()
    {
        const TradingCalendar calendar;
        const auto sessions = calendar.sessionsBetween(day("2025-01-01"), day("2025-12-31"));
        QCOMPARE(int(sessions.size()), 250); // 261 weekdays less 11 closures
        QCOMPARE(iso(sessions.front().date), QStringLiteral("2025-01-02"));
        QCOMPARE(iso(sessions.back().date), QStringLiteral("2025-12-31"));
    }

    void goodFridayFollowsEaster()
    {
        const TradingCalendar calendar;
        QCOMPARE(calendar.closureName(day("2025-04-18")), QStringLiteral("Good Friday"));
        QVERIFY(!calendar.isTradingDay(day("2024-03-29")));
        QVERIFY(!calendar.isTradingDay(day("2026-04-03")));
        QVERIFY(calendar.isTradingDay(day("2025-04-21"))); // Easter Monday is a normal day
    }

    void observedRules()
    {
        const TradingCalendar calendar;
        // New Year's Day 2022 was a Saturday: not made up on Friday 2021-12-31.
        QVERIFY(calendar.isTradingDay(day("2021-12-31")));
        // New Year's Day 2023 was a Sunday: closed Monday.
        QVERIFY(!calendar.isTradingDay(day("2023-01-02")));
        // Christmas 2021 was a Saturday: closed Friday the 24th.
        QVERIFY(!calendar.isTradingDay(day("2021-12-24")));
        // Christmas 2022 was a Sunday: closed Monday the 26th.
        QVERIFY(!calendar.isTradingDay(day("2022-12-26")));
        // Juneteenth 2022 was a Sunday: closed Monday the 20th; before 2022 it was a trading day.
        QVERIFY(!calendar.isTradingDay(day("2022-06-20")));
        QVERIFY(calendar.isTradingDay(day("2021-06-18")));
        // Independence Day 2026 is a Saturday: closed Friday the 3rd.
        QVERIFY(!calendar.isTradingDay(day("2026-07-03")));
    }

    void specialClosures()
    {
        const TradingCalendar calendar;
        for (const char *closed :
             {"2018-12-05", "2012-10-29", "2012-10-30", "2001-09-11", "2001-09-14", "2004-06-11", "2007-01-02"})
            QVERIFY2(!calendar.isTradingDay(day(closed)), closed);
        QVERIFY(calendar.isTradingDay(day("2001-09-17")));
    }

    void regularSessionInUtc()
    {
        const TradingCalendar calendar;
        const auto monday = calendar.session(day("2025-01-27"));
        QVERIFY(monday);
        QCOMPARE(formatIsoUtc(monday->openMs), QStringLiteral("2025-01-27T14:30:00Z"));
        QCOMPARE(formatIsoUtc(monday->closeMs), QStringLiteral("2025-01-27T21:00:00Z"));
        QVERIFY(!monday->earlyClose);
        QVERIFY(!calendar.session(day("2025-01-20")));
    }

    void daylightSavingTime()
    {
        const TradingCalendar calendar;
        QCOMPARE(formatIsoUtc(calendar.session(day("2025-03-07"))->openMs), QStringLiteral("2025-03-07T14:30:00Z"));
        QCOMPARE(formatIsoUtc(calendar.session(day("2025-03-10"))->openMs), QStringLiteral("2025-03-10T13:30:00Z"));
        QCOMPARE(formatIsoUtc(calendar.session(day("2025-03-10"))->closeMs), QStringLiteral("2025-03-10T20:00:00Z"));
        QCOMPARE(formatIsoUtc(calendar.session(day("2024-11-04"))->openMs), QStringLiteral("2024-11-04T14:30:00Z"));
        // The 2006 rules differed (DST began on the first Sunday of April).
        QCOMPARE(formatIsoUtc(calendar.session(day("2006-03-13"))->openMs), QStringLiteral("2006-03-13T14:30:00Z"));
    }

    void earlyCloses()
    {
        const TradingCalendar calendar;
        const auto blackFriday = calendar.session(day("2024-11-29"));
        QVERIFY(blackFriday && blackFriday->earlyClose);
        QCOMPARE(formatIsoUtc(blackFriday->closeMs), QStringLiteral("2024-11-29T18:00:00Z"));
        const auto july3 = calendar.session(day("2024-07-03"));
        QVERIFY(july3 && july3->earlyClose);
        QCOMPARE(formatIsoUtc(july3->closeMs), QStringLiteral("2024-07-03T17:00:00Z"));
        QVERIFY(calendar.session(day("2024-12-24"))->earlyClose);
        QVERIFY(calendar.session(day("2025-07-03"))->earlyClose);
        QVERIFY(!calendar.session(day("2024-07-05"))->earlyClose);
        QVERIFY(!calendar.session(day("2024-12-23"))->earlyClose);
        QVERIFY(!calendar.session(day("2024-11-27"))->earlyClose);
    }

    void nextAndPreviousSessions()
    {
        const TradingCalendar calendar;
        QCOMPARE(iso(calendar.nextSession(day("2025-01-17")).date), QStringLiteral("2025-01-21"));
        QCOMPARE(iso(calendar.previousSession(day("2025-01-21")).date), QStringLiteral("2025-01-17"));
        QCOMPARE(iso(calendar.nextSession(day("2025-01-24")).date), QStringLiteral("2025-01-27"));
        QCOMPARE(iso(calendar.previousSession(day("2025-01-10")).date), QStringLiteral("2025-01-08"));
        QCOMPARE(iso(calendar.nextSession(day("2024-12-31")).date), QStringLiteral("2025-01-02"));
    }

    void sessionsBetweenIncludesBothEnds()
    {
        const TradingCalendar calendar;
        const auto sessions = calendar.sessionsBetween(day("2025-01-17"), day("2025-01-31"));
        QStringList dates;
        for (const TradingSession &session : sessions)
            dates << iso(session.date);
        QCOMPARE(dates,
                 QStringList({QStringLiteral("2025-01-17"), QStringLiteral("2025-01-21"), QStringLiteral("2025-01-22"),
                              QStringLiteral("2025-01-23"), QStringLiteral("2025-01-24"), QStringLiteral("2025-01-27"),
                              QStringLiteral("2025-01-28"), QStringLiteral("2025-01-29"), QStringLiteral("2025-01-30"),
                              QStringLiteral("2025-01-31")}));
        QVERIFY(calendar.sessionsBetween(day("2025-01-25"), day("2025-01-26")).empty());
    }

    void firstSessionReached()
    {
        const TradingCalendar calendar;
        auto reached = [&](const char *when) { return iso(calendar.firstSessionReached(instant(when)).date); };
        // Altman's statement: Monday 21:29 in New York, after the close.
        QCOMPARE(reached("2025-01-28T02:29:53Z"), QStringLiteral("2025-01-28"));
        QCOMPARE(reached("2025-01-25"), QStringLiteral("2025-01-27"));           // Saturday
        QCOMPARE(reached("2025-01-20T08:32:19Z"), QStringLiteral("2025-01-21")); // MLK Day
        QCOMPARE(reached("2025-01-27T14:00:00Z"), QStringLiteral("2025-01-27")); // before the open
        QCOMPARE(reached("2025-01-27T20:59:59Z"), QStringLiteral("2025-01-27")); // during
        QCOMPARE(reached("2025-01-27T21:00:00Z"), QStringLiteral("2025-01-28")); // at the close
        QCOMPARE(reached("2024-11-29T18:30:00Z"), QStringLiteral("2024-12-02")); // after an early close
        QCOMPARE(reached("2024-11-29T17:30:00Z"), QStringLiteral("2024-11-29"));
        QVERIFY(calendar.isDuringSession(instant("2025-01-27T15:00:00Z")));
        QVERIFY(!calendar.isDuringSession(instant("2025-01-27T14:00:00Z")));
        QVERIFY(!calendar.isDuringSession(instant("2025-01-28T02:29:53Z")));
    }

    void tradingDaysBetween()
    {
        const TradingCalendar calendar;
        QCOMPARE(calendar.tradingDaysBetween(day("2025-01-24"), day("2025-01-31")), 5);
        QCOMPARE(calendar.tradingDaysBetween(day("2025-01-31"), day("2025-01-24")), -5);
        QCOMPARE(calendar.tradingDaysBetween(day("2025-01-17"), day("2025-01-21")), 1);
        QCOMPARE(calendar.tradingDaysBetween(day("2025-01-27"), day("2025-01-27")), 0);
        QCOMPARE(calendar.tradingDaysBetween(day("2024-12-31"), day("2025-12-31")), 250);
    }
};

QTEST_GUILESS_MAIN(TestTradingCalendar)
#include "tst_tradingcalendar.moc"
