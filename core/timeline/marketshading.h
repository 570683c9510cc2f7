// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The spans of a time range in which the US stock market is closed (weekends, holidays) or
// trades only in extended hours, in UTC milliseconds, for the timeline's background.

#include <QDate>
#include <QList>

#include <cstdint>

namespace tickerline {

struct MarketSpan
{
    enum Type { ClosedDay, Overnight, PreMarket, AfterHours };
    Type type = ClosedDay;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};

// Weekends, holidays and special closures, from TradingCalendar.
bool isMarketClosedDay(QDate date);

// Closed days always; with `intraday`, also the overnight gap, pre-market (04:00–09:30) and
// after-hours (from the close, 16:00 or 13:00, to 20:00) of trading days, New York time.
QList<MarketSpan> marketSpans(std::int64_t fromMs, std::int64_t toMs, bool intraday);

} // namespace tickerline
