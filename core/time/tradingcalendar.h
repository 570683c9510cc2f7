// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimeZone>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace tickerline {

// One regular trading session of the exchange. Dates are boost::gregorian::date values of the
// exchange's own calendar (New York), the engine the design names for calendar work.
struct TradingSession
{
    boost::gregorian::date date;
    std::int64_t openMs = 0;  // UTC milliseconds
    std::int64_t closeMs = 0; // UTC milliseconds
    bool earlyClose = false;  // closes before 16:00: 13:00 on the scheduled early closes (14:00 before 1993)
    bool operator==(const TradingSession &) const = default;
};

// The NYSE/Nasdaq calendar as the exchange kept it from 1990 and has published it up to 2028, by
// rule beyond:
// - weekends;
// - New Year's Day, Martin Luther King Jr. Day (from 1998), Washington's Birthday, Good Friday (every
//   year), Memorial Day, Juneteenth (from 2022), Independence Day, Labor Day, Thanksgiving and
//   Christmas, moved to Friday when on a Saturday and to Monday when on a Sunday, except New Year's
//   Day on a Saturday, which is not made up (NYSE Rule 7.2: that Friday ends a fiscal year);
// - the scheduled early closes: the day after Thanksgiving (from 1992), Christmas Eve on a Monday to
//   Thursday (1990 on), 3 July on a Monday, Tuesday or Thursday (from 1995) and on a Wednesday (from
//   2013), and until 2012 Friday 5 July after a Thursday Independence Day (1996, 2002) instead of
//   the Wednesday before it; at 14:00 until 1992, at 13:00 since;
// - the unscheduled days from the exchange's history in one table (tradingcalendar.cpp), each with
//   its source: closures (days of mourning, 11–14 September 2001, Hurricane Sandy), early closes
//   (snow, the 1997 circuit breaker, 26 December 1997 and 2003) and late opens (storms, systems,
//   moments of silence).
// Sessions run 09:30–16:00 America/New_York unless the table or an early close says otherwise,
// converted to UTC through the IANA database so that past DST rules hold.
// Uncertain or out of scope: before 1990 the rules are applied as they stood in 1990 and no special
// day is known (Hurricane Gloria's closure on 1985-09-27, the 1987 short days, the 14:00 Christmas
// Eves of the 1970s are missing); 2029 and 2030 are projections; halts within a session (1997-10-27
// 14:35–15:05, 2015-07-08 on NYSE, the 2020 circuit breakers) are not modelled; the special hours
// are NYSE's (Nasdaq closed on the same days, but its late opens may have differed).
class TradingCalendar final
{
public:
    using Date = boost::gregorian::date;

    TradingCalendar();

    bool isTradingDay(Date date) const;
    std::optional<TradingSession> session(Date date) const;
    // Why the exchange is closed on a weekday ("Good Friday", "Martin Luther King Jr. Day", …);
    // empty on trading days and weekends.
    QString closureName(Date date) const;
    // Why a session's hours are not 09:30–16:00 ("Christmas Eve", "Snowstorm", …); empty on
    // regular sessions and on closed days.
    QString specialHoursName(Date date) const;

    TradingSession nextSession(Date date) const;                           // first session strictly after date
    TradingSession previousSession(Date date) const;                       // last session strictly before date
    std::vector<TradingSession> sessionsBetween(Date from, Date to) const; // both ends included

    // The session an instant first reaches: before the close of a trading day, that day's
    // session (intraday when past the open); after the close or on a closed day, the next one.
    TradingSession firstSessionReached(std::int64_t instantMs) const;
    bool isDuringSession(std::int64_t instantMs) const;

    // Sessions after a up to and including b ("T+n sessions"); negative when b is before a.
    int tradingDaysBetween(Date a, Date b) const;

    // The New York calendar date of an instant.
    Date exchangeDate(std::int64_t instantMs) const;
    const QTimeZone &zone() const { return m_zone; }

private:
    std::int64_t exchangeTimeMs(Date date, int hour, int minute) const;

    QTimeZone m_zone;
};

} // namespace tickerline
