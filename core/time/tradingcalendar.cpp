// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradingcalendar.h"

#include "error.h"

#include <QDateTime>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace tickerline {

namespace {

namespace bg = boost::gregorian;

struct Closure
{
    bg::date date;
    const char *name;
};

// Closures no rule produces: national days of mourning, storms, and the attacks of 2001.
const Closure kSpecialClosures[] = {
    {bg::date(2001, 9, 11), "September 11 attacks"},
    {bg::date(2001, 9, 12), "September 11 attacks"},
    {bg::date(2001, 9, 13), "September 11 attacks"},
    {bg::date(2001, 9, 14), "September 11 attacks"},
    {bg::date(2004, 6, 11), "National day of mourning for Ronald Reagan"},
    {bg::date(2007, 1, 2), "National day of mourning for Gerald Ford"},
    {bg::date(2012, 10, 29), "Hurricane Sandy"},
    {bg::date(2012, 10, 30), "Hurricane Sandy"},
    {bg::date(2018, 12, 5), "National day of mourning for George H. W. Bush"},
    {bg::date(2025, 1, 9), "National day of mourning for Jimmy Carter"},
};

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
        for (const Closure &special : kSpecialClosures) {
            if (special.date == date)
                return special.name;
        }
        return nullptr;
    }

    bool isTradingDay(bg::date date) { return !isWeekend(date) && !closure(date); }

private:
    int m_year = 0;
    std::vector<Closure> m_holidays;
};

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

bool TradingCalendar::isEarlyClose(Date date) const
{
    const auto month = date.month();
    const auto day = date.day();
    if (month == bg::Jul && day == 3)
        return true; // only asked about trading days, so July 4 is a weekday after it
    if (month == bg::Dec && day == 24)
        return true;
    if (month == bg::Nov) {
        const bg::date thanksgiving =
            bg::nth_day_of_the_week_in_month(bg::nth_day_of_the_week_in_month::fourth, bg::Thursday, bg::Nov)
                .get_date(date.year());
        return date == thanksgiving + bg::days(1);
    }
    return false;
}

std::int64_t TradingCalendar::exchangeTimeMs(Date date, int hour, int minute) const
{
    const QDate day(date.year(), date.month(), date.day());
    return QDateTime(day, QTime(hour, minute), m_zone).toMSecsSinceEpoch();
}

std::optional<TradingSession> TradingCalendar::session(Date date) const
{
    if (!isTradingDay(date))
        return std::nullopt;
    TradingSession session;
    session.date = date;
    session.earlyClose = isEarlyClose(date);
    session.openMs = exchangeTimeMs(date, 9, 30);
    session.closeMs = exchangeTimeMs(date, session.earlyClose ? 13 : 16, 0);
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
