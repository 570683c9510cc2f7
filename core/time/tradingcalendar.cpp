// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradingcalendar.h"

#include "error.h"

#include <QDateTime>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <iterator>

namespace tickerline {

namespace {

namespace bg = boost::gregorian;

struct Closure
{
    bg::date date;
    const char *name;
};

// Hours of a session in New York time, as HHMM.
constexpr int kRegularOpen = 930;
constexpr int kRegularClose = 1600;

// A day no rule produces: a closure, or a session with other hours than 09:30–16:00.
struct SpecialDay
{
    enum Kind { Closure, EarlyClose, LateOpen };
    bg::date date;
    Kind kind;
    int open = kRegularOpen; // HHMM, New York
    int close = kRegularClose;
    const char *name;
};

SpecialDay closed(int y, int m, int d, const char *name)
{
    return {bg::date(bg::greg_year(y), bg::greg_month(m), bg::greg_day(d)), SpecialDay::Closure, 0, 0, name};
}

SpecialDay hours(int y, int m, int d, int open, int close, const char *name)
{
    return {bg::date(bg::greg_year(y), bg::greg_month(m), bg::greg_day(d)),
            close < kRegularClose ? SpecialDay::EarlyClose : SpecialDay::LateOpen, open, close, name};
}

SpecialDay earlyClose(int y, int m, int d, int close, const char *name)
{
    return hours(y, m, d, kRegularOpen, close, name);
}

SpecialDay lateOpen(int y, int m, int d, int open, const char *name)
{
    return hours(y, m, d, open, kRegularClose, name);
}

// Every unscheduled day of 1990–2030 known, in date order. Sources:
// [closings] NYSE, "NYSE Closings": the exchange's own list of full-day closings, early closes and
//            late opens since 1885 (to January 2011), as transcribed in pandas_market_calendars'
//            NYSE calendar (rsheftel/pandas_market_calendars, calendars/nyse.py and holidays/nyse.py).
// [NYSE]     the exchange's announcement of that closure (NYSE Euronext 2012 and 2018, NYSE Group
//            2024 "The New York Stock Exchange Will Close Markets on January 9 to Honor the Passing of
//            Former President Jimmy Carter on National Day of Mourning").
// [UPI]      "Pre-Dawn Transformer Blast Delays Opening of Exchanges", UPI in the Los Angeles Times,
//            1990-12-27: NYSE opened at 11:00 (pandas_market_calendars codes 09:31, its own comment
//            from [closings] says 11:00).
// No full-day closure for weather between 1985 (Gloria) and 2012 (Sandy): the storms of 1994 and 1996
// shortened sessions only.
const SpecialDay kSpecialDays[] = {
    lateOpen(1990, 12, 27, 1100, "Con Edison transformer explosion"),                     // [closings], [UPI]
    lateOpen(1991, 1, 17, 931, "Moment of silence for the troops in the Persian Gulf"),   // [closings]
    lateOpen(1991, 2, 25, 931, "Moment of silence for the troops in the Persian Gulf"),   // [closings]
    earlyClose(1994, 2, 11, 1430, "Snowstorm"),                                           // [closings]
    closed(1994, 4, 27, "National day of mourning for Richard Nixon"),                    // [closings]
    lateOpen(1995, 12, 18, 1030, "Computer system troubles"),                             // [closings]
    hours(1996, 1, 8, 1100, 1400, "Snowstorm"),                                           // [closings]
    earlyClose(1997, 10, 27, 1530, "Circuit breaker"),                                    // [closings]
    earlyClose(1997, 12, 26, 1300, "Day after Christmas"),                                // [closings]
    closed(2001, 9, 11, "September 11 attacks"),                                          // [closings]
    closed(2001, 9, 12, "September 11 attacks"),                                          // [closings]
    closed(2001, 9, 13, "September 11 attacks"),                                          // [closings]
    closed(2001, 9, 14, "September 11 attacks"),                                          // [closings]
    lateOpen(2001, 9, 17, 933, "Moment of silence for the victims of September 11"),      // [closings]
    lateOpen(2001, 10, 8, 931, "Moment of silence for Operation Enduring Freedom"),       // [closings]
    lateOpen(2002, 9, 11, 1200, "Anniversary of September 11"),                           // [closings]
    lateOpen(2003, 3, 20, 932, "Moment of silence for Operation Iraqi Freedom"),          // [closings]
    earlyClose(2003, 12, 26, 1300, "Day after Christmas"),                                // [closings]
    lateOpen(2004, 6, 7, 932, "Moment of silence for Ronald Reagan"),                     // [closings]
    closed(2004, 6, 11, "National day of mourning for Ronald Reagan"),                    // [closings]
    earlyClose(2005, 6, 1, 1556, "Systems communication problem"),                        // [closings]
    lateOpen(2006, 12, 27, 932, "Moment of silence for Gerald Ford"),                     // [closings]
    closed(2007, 1, 2, "National day of mourning for Gerald Ford"),                       // [closings]
    closed(2012, 10, 29, "Hurricane Sandy"),                                              // [NYSE]
    closed(2012, 10, 30, "Hurricane Sandy"),                                              // [NYSE]
    closed(2018, 12, 5, "National day of mourning for George H. W. Bush"),                // [NYSE]
    closed(2025, 1, 9, "National day of mourning for Jimmy Carter"),                      // [NYSE]
};

const SpecialDay *specialDay(bg::date date)
{
    const auto it = std::lower_bound(std::begin(kSpecialDays), std::end(kSpecialDays), date,
                                     [](const SpecialDay &day, bg::date value) { return day.date < value; });
    return it != std::end(kSpecialDays) && it->date == date ? &*it : nullptr;
}

bg::date easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher); Boost has no Easter generator.
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return bg::date(bg::greg_year(year), bg::greg_month(month), bg::greg_day(day));
}

// Saturday holidays are kept on the Friday before, Sunday holidays on the Monday after.
bg::date observed(bg::date date)
{
    if (date.day_of_week() == boost::date_time::Saturday)
        return date - bg::days(1);
    if (date.day_of_week() == boost::date_time::Sunday)
        return date + bg::days(1);
    return date;
}

std::vector<Closure> observedHolidays(int year)
{
    using bg::Monday;
    using bg::Thursday;
    using Nth = bg::nth_day_of_the_week_in_month;
    const auto y = bg::greg_year(year);
    std::vector<Closure> holidays;
    holidays.reserve(10);

    // New Year's Day on a Saturday is not made up on the Friday before: that Friday ends a
    // fiscal year (NYSE Rule 7.2).
    const bg::date newYear(y, bg::Jan, 1);
    if (newYear.day_of_week() != boost::date_time::Saturday)
        holidays.push_back({observed(newYear), "New Year's Day"});
    if (year >= 1998)
        holidays.push_back({Nth(Nth::third, Monday, bg::Jan).get_date(y), "Martin Luther King Jr. Day"});
    holidays.push_back({Nth(Nth::third, Monday, bg::Feb).get_date(y), "Washington's Birthday"});
    holidays.push_back({easterSunday(year) - bg::days(2), "Good Friday"});
    holidays.push_back({bg::last_day_of_the_week_in_month(Monday, bg::May).get_date(y), "Memorial Day"});
    if (year >= 2022)
        holidays.push_back({observed(bg::date(y, bg::Jun, 19)), "Juneteenth"});
    holidays.push_back({observed(bg::date(y, bg::Jul, 4)), "Independence Day"});
    holidays.push_back({Nth(Nth::first, Monday, bg::Sep).get_date(y), "Labor Day"});
    holidays.push_back({Nth(Nth::fourth, Thursday, bg::Nov).get_date(y), "Thanksgiving Day"});
    // Uncertain: Christmas 1999, a Saturday, is kept on Friday 24 December by this rule, as in
    // pandas_market_calendars since 2021 (its issue #146, "24 December 1999 ... was a holiday in
    // NYSE"), but [closings] lists a 13:00 close that day.
    holidays.push_back({observed(bg::date(y, bg::Dec, 25)), "Christmas Day"});
    return holidays;
}

bool isWeekend(bg::date date)
{
    const auto weekday = date.day_of_week();
    return weekday == boost::date_time::Saturday || weekday == boost::date_time::Sunday;
}

// Holidays of one year at a time, so that walks over many days compute each year once.
class ClosureLookup final
{
public:
    const char *closure(bg::date date)
    {
        const int year = date.year();
        if (year != m_year) {
            m_year = year;
            m_holidays = observedHolidays(year);
        }
        for (const Closure &holiday : m_holidays) {
            if (holiday.date == date)
                return holiday.name;
        }
        if (const SpecialDay *special = specialDay(date); special && special->kind == SpecialDay::Closure)
            return special->name;
        return nullptr;
    }

    bool isTradingDay(bg::date date) { return !isWeekend(date) && !closure(date); }

private:
    int m_year = 0;
    std::vector<Closure> m_holidays;
};

struct SessionHours
{
    int open = kRegularOpen; // HHMM, New York
    int close = kRegularClose;
    const char *name = nullptr; // why the hours are not the regular ones
};

// The hours of a trading day: the table's, else the scheduled early closes as the exchange has set
// them since 1990 ([closings] to 2011, the yearly NYSE calendars since: NYSE Group's press releases
// of 2021-12-27, 2024-11-08 and 2025-12-23 for 2022–2028; tst_tradingcalendar names each year's).
SessionHours sessionHours(bg::date date)
{
    if (const SpecialDay *special = specialDay(date))
        return {special->open, special->close, special->name};
    const int year = date.year();
    const auto weekday = date.day_of_week();
    const int close = year < 1993 ? 1400 : 1300; // 14:00 until 1992 ([closings])
    switch (date.month()) {
    case bg::Jul:
        // 3 July on a Monday, Tuesday or Thursday from 1995; on a Wednesday from 2013. Until then a
        // Thursday Independence Day was followed by a short Friday instead (1996, 2002).
        if (year >= 1995 && date.day() == 3
            && (weekday == bg::Monday || weekday == bg::Tuesday || weekday == bg::Thursday
                || (weekday == bg::Wednesday && year >= 2013)))
            return {kRegularOpen, close, "Day before Independence Day"};
        if (year >= 1995 && year <= 2012 && date.day() == 5 && weekday == bg::Friday)
            return {kRegularOpen, close, "Day after Independence Day"};
        break;
    case bg::Nov: {
        using Nth = bg::nth_day_of_the_week_in_month;
        const bg::date thanksgiving = Nth(Nth::fourth, bg::Thursday, bg::Nov).get_date(date.year());
        if (year >= 1992 && date == thanksgiving + bg::days(1))
            return {kRegularOpen, close, "Day after Thanksgiving"};
        break;
    }
    case bg::Dec:
        // A trading day: Monday to Thursday (a Friday 24 December is Christmas observed).
        if (year >= 1990 && date.day() == 24)
            return {kRegularOpen, close, "Christmas Eve"};
        break;
    default:
        break;
    }
    return {};
}

int countTradingDays(bg::date from, bg::date to) // (from, to]
{
    ClosureLookup lookup;
    int count = 0;
    for (bg::date day = from + bg::days(1); day <= to; day += bg::days(1)) {
        if (lookup.isTradingDay(day))
            ++count;
    }
    return count;
}

} // namespace

TradingCalendar::TradingCalendar()
    : m_zone(QByteArrayLiteral("America/New_York"))
{
    if (!m_zone.isValid())
        throw Error(QStringLiteral("the time zone database has no America/New_York; install tzdata"));
}

bool TradingCalendar::isTradingDay(Date date) const
{
    return ClosureLookup().isTradingDay(date);
}

QString TradingCalendar::closureName(Date date) const
{
    if (isWeekend(date))
        return {};
    const char *name = ClosureLookup().closure(date);
    return name ? QString::fromUtf8(name) : QString();
}

std::int64_t TradingCalendar::exchangeTimeMs(Date date, int hour, int minute) const
{
    const QDate day(date.year(), date.month(), date.day());
    return QDateTime(day, QTime(hour, minute), m_zone).toMSecsSinceEpoch();
}

QString TradingCalendar::specialHoursName(Date date) const
{
    if (!isTradingDay(date))
        return {};
    const SessionHours hours = sessionHours(date);
    return hours.name ? QString::fromUtf8(hours.name) : QString();
}

std::optional<TradingSession> TradingCalendar::session(Date date) const
{
    if (!isTradingDay(date))
        return std::nullopt;
    const SessionHours hours = sessionHours(date);
    TradingSession session;
    session.date = date;
    session.earlyClose = hours.close < kRegularClose;
    session.openMs = exchangeTimeMs(date, hours.open / 100, hours.open % 100);
    session.closeMs = exchangeTimeMs(date, hours.close / 100, hours.close % 100);
    return session;
}

TradingSession TradingCalendar::nextSession(Date date) const
{
    ClosureLookup lookup;
    Date day = date + bg::days(1);
    while (!lookup.isTradingDay(day))
        day += bg::days(1);
    return *session(day);
}

TradingSession TradingCalendar::previousSession(Date date) const
{
    ClosureLookup lookup;
    Date day = date - bg::days(1);
    while (!lookup.isTradingDay(day))
        day -= bg::days(1);
    return *session(day);
}

std::vector<TradingSession> TradingCalendar::sessionsBetween(Date from, Date to) const
{
    std::vector<TradingSession> sessions;
    ClosureLookup lookup;
    for (Date day = from; day <= to; day += bg::days(1)) {
        if (lookup.isTradingDay(day))
            sessions.push_back(*session(day));
    }
    return sessions;
}

TradingCalendar::Date TradingCalendar::exchangeDate(std::int64_t instantMs) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(instantMs, m_zone).date();
    return Date(bg::greg_year(day.year()), bg::greg_month(day.month()), bg::greg_day(day.day()));
}

TradingSession TradingCalendar::firstSessionReached(std::int64_t instantMs) const
{
    const Date day = exchangeDate(instantMs);
    if (const auto today = session(day); today && instantMs < today->closeMs)
        return *today;
    return nextSession(day);
}

bool TradingCalendar::isDuringSession(std::int64_t instantMs) const
{
    const auto today = session(exchangeDate(instantMs));
    return today && instantMs >= today->openMs && instantMs < today->closeMs;
}

int TradingCalendar::tradingDaysBetween(Date a, Date b) const
{
    return b >= a ? countTradingDays(a, b) : -countTradingDays(b, a);
}

} // namespace tickerline
