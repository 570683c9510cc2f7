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
    bool earlyClose = false;  // 13:00 close
    bool operator==(const TradingSession &) const = default;
};

// The NYSE/Nasdaq calendar: weekends; New Year's Day, Martin Luther King Jr. Day (from 1998),
// Presidents' Day, Good Friday, Memorial Day, Juneteenth (from 2022), Independence Day, Labor Day,
// Thanksgiving and Christmas, moved to Friday when on a Saturday and to Monday when on a Sunday
// (except New Year's Day on a Saturday, which is not made up); the special closures of recent
// decades; and the 13:00 early closes. Sessions run 09:30–16:00 America/New_York, converted to
// UTC through the IANA database so that past DST rules hold. The rules are today's: years before
// 1998 are approximate.
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
    bool isEarlyClose(Date date) const;

    QTimeZone m_zone;
};

} // namespace tickerline
