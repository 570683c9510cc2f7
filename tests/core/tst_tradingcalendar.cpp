// SPDX-License-Identifier: GPL-3.0-or-later
#include "time/isotime.h"
#include "time/tradingcalendar.h"

#include <QDateTime>
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

    // Every special day of 1990–2030 and every turn of the rules, with its source in the row's tag:
    //   closings     NYSE, "NYSE Closings" (the exchange's list of closings, early closes and late
    //                opens, to January 2011), as transcribed in pandas_market_calendars' NYSE calendar
    //   UPI          Los Angeles Times (UPI), 1990-12-27, "Pre-Dawn Transformer Blast Delays Opening of
    //                Exchanges": trading began at 11 a.m.
    //   NYSE notice  the exchange's announcement of that closure (2012-10-29, 2018-12-01, 2024-12-29)
    //   NYSE yyyy    the exchange's holiday and early-closings calendar for that year, as quoted by the
    //                press: 2012 (its text "close early at 1:00 p.m. on Tuesday, July 3, 2012, Friday,
    //                November 23, 2012 … and Monday, December 24, 2012"), 2013 (holidaystracker.com),
    //                2014–2016 (its table), 2017–2019 (stockinvestor.com)
    //   press date   NYSE Group's press release "… Holiday and Early Closings Calendar" of that date
    //                (2021-12-27 for 2022–2024, 2024-11-08 for 2025–2027, 2025-12-23 for 2026–2028)
    //   AP           Associated Press, 2025-12-24: markets "reopen for a full session on Friday"
    //   pmc #146     pandas_market_calendars issue 146 (2021): 24 December 1999 was a holiday; the
    //                closings list says a 13:00 close instead, so this row is the uncertain one
    //   rule         no source for the day itself: the published rule projected (2029–2030)
    // "open" and "close" are New York times, both empty on a closed day; "name" is the closure's
    // name on a closed day and the special hours' name on a session (empty for 09:30–16:00).
    void historyOfTheExchange_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::addColumn<QString>("name");
        const auto row = [](const char *date, const char *source, const char *open, const char *close,
                            const char *name) {
            QTest::addRow("%s %s", date, source) << QString::fromLatin1(date) << QString::fromLatin1(open)
                                                 << QString::fromLatin1(close) << QString::fromUtf8(name);
        };
        const auto closedOn = [&](const char *date, const char *source, const char *name) {
            row(date, source, "", "", name);
        };
        const auto regular = [&](const char *date, const char *source) { row(date, source, "09:30", "16:00", ""); };

        // The table of unscheduled days, row by row.
        row("1990-12-27", "closings, UPI", "11:00", "16:00", "Con Edison transformer explosion");
        row("1991-01-17", "closings", "09:31", "16:00", "Moment of silence for the troops in the Persian Gulf");
        row("1991-02-25", "closings", "09:31", "16:00", "Moment of silence for the troops in the Persian Gulf");
        row("1994-02-11", "closings", "09:30", "14:30", "Snowstorm");
        closedOn("1994-04-27", "closings", "National day of mourning for Richard Nixon");
        row("1995-12-18", "closings", "10:30", "16:00", "Computer system troubles");
        row("1996-01-08", "closings", "11:00", "14:00", "Snowstorm");
        row("1997-10-27", "closings", "09:30", "15:30", "Circuit breaker");
        row("1997-12-26", "closings", "09:30", "13:00", "Day after Christmas");
        closedOn("2001-09-11", "closings", "September 11 attacks");
        closedOn("2001-09-12", "closings", "September 11 attacks");
        closedOn("2001-09-13", "closings", "September 11 attacks");
        closedOn("2001-09-14", "closings", "September 11 attacks");
        row("2001-09-17", "closings", "09:33", "16:00", "Moment of silence for the victims of September 11");
        row("2001-10-08", "closings", "09:31", "16:00", "Moment of silence for Operation Enduring Freedom");
        row("2002-09-11", "closings", "12:00", "16:00", "Anniversary of September 11");
        row("2003-03-20", "closings", "09:32", "16:00", "Moment of silence for Operation Iraqi Freedom");
        row("2003-12-26", "closings", "09:30", "13:00", "Day after Christmas");
        row("2004-06-07", "closings", "09:32", "16:00", "Moment of silence for Ronald Reagan");
        closedOn("2004-06-11", "closings", "National day of mourning for Ronald Reagan");
        row("2005-06-01", "closings", "09:30", "15:56", "Systems communication problem");
        row("2006-12-27", "closings", "09:32", "16:00", "Moment of silence for Gerald Ford");
        closedOn("2007-01-02", "closings", "National day of mourning for Gerald Ford");
        closedOn("2012-10-29", "NYSE notice", "Hurricane Sandy");
        closedOn("2012-10-30", "NYSE notice", "Hurricane Sandy");
        regular("2012-10-31", "NYSE notice");
        closedOn("2018-12-05", "NYSE notice", "National day of mourning for George H. W. Bush");
        closedOn("2025-01-09", "NYSE notice", "National day of mourning for Jimmy Carter");

        // The day before (or after) Independence Day, every year it was a trading day.
        regular("1990-07-03", "closings");         // Tuesday: no early close before 1995
        regular("1991-07-03", "closings");         // Wednesday
        regular("1991-07-05", "closings");         // Friday after a Thursday holiday
        closedOn("1992-07-03", "closings", "Independence Day"); // Saturday holiday kept on Friday
        row("1995-07-03", "closings", "09:30", "13:00", "Day before Independence Day"); // the first one
        regular("1996-07-03", "closings");         // Wednesday: the short day is the Friday after
        row("1996-07-05", "closings", "09:30", "13:00", "Day after Independence Day");
        row("1997-07-03", "closings", "09:30", "13:00", "Day before Independence Day");
        closedOn("1998-07-03", "closings", "Independence Day");
        row("2000-07-03", "closings", "09:30", "13:00", "Day before Independence Day");
        row("2001-07-03", "closings", "09:30", "13:00", "Day before Independence Day");
        regular("2002-07-03", "closings");
        row("2002-07-05", "closings", "09:30", "13:00", "Day after Independence Day");
        row("2003-07-03", "closings", "09:30", "13:00", "Day before Independence Day");
        regular("2004-07-02", "closings");         // 3 July a Saturday: no short Friday
        row("2006-07-03", "closings", "09:30", "13:00", "Day before Independence Day");
        row("2007-07-03", "closings", "09:30", "13:00", "Day before Independence Day");
        row("2008-07-03", "closings", "09:30", "13:00", "Day before Independence Day"); // listed as "Jul 4, 2008 (Thu)"
        closedOn("2009-07-03", "closings", "Independence Day");
        regular("2010-07-02", "closings");
        row("2012-07-03", "NYSE 2012", "09:30", "13:00", "Day before Independence Day");
        row("2013-07-03", "NYSE 2013", "09:30", "13:00", "Day before Independence Day"); // the first Wednesday
        regular("2013-07-05", "NYSE 2013");
        row("2014-07-03", "NYSE 2014", "09:30", "13:00", "Day before Independence Day");
        closedOn("2015-07-03", "NYSE 2015", "Independence Day");
        regular("2016-07-01", "NYSE 2016");
        row("2017-07-03", "NYSE 2017", "09:30", "13:00", "Day before Independence Day");
        row("2018-07-03", "NYSE 2018", "09:30", "13:00", "Day before Independence Day");
        row("2019-07-03", "NYSE 2019", "09:30", "13:00", "Day before Independence Day");
        regular("2019-07-05", "NYSE 2019");
        closedOn("2020-07-03", "NYSE 2020", "Independence Day");
        regular("2022-07-01", "press 2021-12-27");
        row("2023-07-03", "press 2021-12-27", "09:30", "13:00", "Day before Independence Day");
        row("2024-07-03", "press 2021-12-27", "09:30", "13:00", "Day before Independence Day");
        regular("2024-07-05", "press 2021-12-27");
        row("2025-07-03", "press 2024-11-08", "09:30", "13:00", "Day before Independence Day");
        closedOn("2026-07-03", "press 2024-11-08", "Independence Day");
        regular("2027-07-02", "press 2025-12-23");
        closedOn("2027-07-05", "press 2025-12-23", "Independence Day");
        row("2028-07-03", "press 2025-12-23", "09:30", "13:00", "Day before Independence Day");
        row("2029-07-03", "rule", "09:30", "13:00", "Day before Independence Day");
        row("2030-07-03", "rule", "09:30", "13:00", "Day before Independence Day");
        regular("2030-07-05", "rule");

        // The day after Thanksgiving: a full day until 1991, 14:00 in 1992, 13:00 since.
        regular("1991-11-29", "closings");
        row("1992-11-27", "closings", "09:30", "14:00", "Day after Thanksgiving");
        row("1993-11-26", "closings", "09:30", "13:00", "Day after Thanksgiving");
        row("2012-11-23", "NYSE 2012", "09:30", "13:00", "Day after Thanksgiving");
        row("2025-11-28", "press 2024-11-08", "09:30", "13:00", "Day after Thanksgiving");
        row("2028-11-24", "press 2025-12-23", "09:30", "13:00", "Day after Thanksgiving");

        // Christmas Eve (14:00 until 1992) and the days around Christmas.
        row("1990-12-24", "closings", "09:30", "14:00", "Christmas Eve");
        row("1991-12-24", "closings", "09:30", "14:00", "Christmas Eve");
        row("1992-12-24", "closings", "09:30", "14:00", "Christmas Eve");
        closedOn("1993-12-24", "closings", "Christmas Day");
        row("1996-12-24", "closings", "09:30", "13:00", "Christmas Eve");
        row("1998-12-24", "closings", "09:30", "13:00", "Christmas Eve");
        closedOn("1999-12-24", "pmc #146", "Christmas Day");
        row("2001-12-24", "closings", "09:30", "13:00", "Christmas Eve");
        regular("2008-12-26", "closings");
        row("2012-12-24", "NYSE 2012", "09:30", "13:00", "Christmas Eve");
        regular("2014-12-26", "NYSE 2014");
        closedOn("2021-12-24", "press 2021-12-27", "Christmas Day");
        regular("2022-12-23", "press 2021-12-27");
        row("2024-12-24", "press 2021-12-27", "09:30", "13:00", "Christmas Eve");
        row("2025-12-24", "press 2024-11-08", "09:30", "13:00", "Christmas Eve");
        regular("2025-12-26", "AP");
        row("2026-12-24", "press 2025-12-23", "09:30", "13:00", "Christmas Eve");
        closedOn("2027-12-24", "press 2025-12-23", "Christmas Day");

        // Holidays that began, and New Year's Day on a Saturday (not made up on the Friday).
        regular("1997-01-20", "closings");
        closedOn("1998-01-19", "closings", "Martin Luther King Jr. Day");
        regular("1993-12-31", "closings");
        regular("2021-12-31", "press 2021-12-27");
        closedOn("2023-01-02", "press 2021-12-27", "New Year's Day");
        regular("2027-12-31", "press 2025-12-23");
        regular("2021-06-18", "press 2021-12-27");
        closedOn("2022-06-20", "press 2021-12-27", "Juneteenth");
        closedOn("2027-06-18", "press 2025-12-23", "Juneteenth");
        closedOn("2012-04-06", "NYSE 2012", "Good Friday"); // a jobs-report Friday: closed all the same
        closedOn("2015-04-03", "NYSE 2015", "Good Friday");
    }

    void historyOfTheExchange()
    {
        QFETCH(QString, date);
        QFETCH(QString, open);
        QFETCH(QString, close);
        QFETCH(QString, name);
        const TradingCalendar calendar;
        const auto when = day(date.toLatin1().constData());
        const auto session = calendar.session(when);
        const auto newYork = [&](std::int64_t ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, calendar.zone()).toString(QStringLiteral("HH:mm"));
        };
        if (open.isEmpty()) {
            QVERIFY(!calendar.isTradingDay(when));
            QVERIFY(!session);
            QCOMPARE(calendar.closureName(when), name);
            QVERIFY(calendar.specialHoursName(when).isEmpty());
            return;
        }
        QVERIFY(calendar.isTradingDay(when));
        QVERIFY(session);
        QCOMPARE(newYork(session->openMs), open);
        QCOMPARE(newYork(session->closeMs), close);
        QCOMPARE(session->earlyClose, close != QLatin1String("16:00"));
        QVERIFY(calendar.closureName(when).isEmpty());
        QCOMPARE(calendar.specialHoursName(when), name);
    }

    // Sessions a year, each derived here from the weekdays less the weekday closures:
    // 1994: starts on a Saturday, 365 days: 260 weekdays; Presidents' Day, Good Friday (1 April),
    //       Memorial Day, 4 July, Labor Day, Thanksgiving, 26 December (Christmas a Sunday), Nixon:
    //       8 (1 January a Saturday, no MLK Day yet) → 252.
    // 1999: starts on a Friday: 261; New Year, MLK, Presidents', Good Friday, Memorial, 5 July, Labor,
    //       Thanksgiving, 24 December: 9 → 252.
    // 2001: starts on a Monday: 261; 9 holidays and 11–14 September → 248.
    // 2004: leap year from a Thursday: 262; 9 holidays (5 July, 24 December) and Reagan → 252.
    // 2007: starts on a Monday: 261; 9 holidays and Ford (2 January) → 251.
    // 2012: leap year from a Sunday: 261; 9 holidays (2 January) and Sandy's two → 250.
    // 2018: starts on a Monday: 261; 9 holidays and Bush → 251.
    // 2024: leap year from a Monday: 262; 10 holidays (Juneteenth) → 252.
    // 2028: leap year from a Saturday: 260; 9 holidays (no New Year's Day, press 2025-12-23) → 251.
    void sessionsPerYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("sessions");
        for (const auto &[year, sessions] : {std::pair{1994, 252}, {1999, 252}, {2001, 248}, {2004, 252}, {2007, 251},
                                            {2012, 250}, {2018, 251}, {2024, 252}, {2028, 251}})
            QTest::addRow("%d", year) << year << sessions;
    }

    void sessionsPerYear()
    {
        QFETCH(int, year);
        QFETCH(int, sessions);
        const TradingCalendar calendar;
        const date first(static_cast<unsigned short>(year), 1, 1), last(static_cast<unsigned short>(year), 12, 31);
        QCOMPARE(int(calendar.sessionsBetween(first, last).size()), sessions);
        QCOMPARE(calendar.tradingDaysBetween(first - boost::gregorian::days(1), last), sessions);
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
