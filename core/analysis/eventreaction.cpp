// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventreaction.h"

#include "time/isotime.h"
#include "time/tradingcalendar.h"


#include <algorithm>

namespace tickerline {

namespace {

std::int64_t midnightOf(const boost::gregorian::date &date)
{
    static const boost::gregorian::date epoch(1970, 1, 1);
    return std::int64_t((date - epoch).days()) * kMsPerDay;
}

const TradingCalendar &calendar()
{
    static const TradingCalendar instance;
    return instance;
}

} // namespace

std::int64_t firstSessionDate(const Event &event)
{
    if (event.precision <= Precision::Day) {
        // Midnight UTC of the calendar date by convention; that date's session if it has one.
        const std::int64_t ms = event.startMs;
        const std::int64_t days = ms >= 0 ? ms / kMsPerDay : (ms - kMsPerDay + 1) / kMsPerDay;
        const boost::gregorian::date date = boost::gregorian::date(1970, 1, 1) + boost::gregorian::days(long(days));
        if (calendar().isTradingDay(date))
            return midnightOf(date);
        return midnightOf(calendar().nextSession(date).date);
    }
    // Before the close (09:30 or the 13:00 early close): that day's session; after it or on a
    // closed day: the next session, in New York time with its DST history.
    return midnightOf(calendar().firstSessionReached(event.startMs).date);
}

std::optional<std::size_t> barAtOrAfter(const PriceSeries &series, std::int64_t ms)
{
    const auto it = std::lower_bound(series.bars.begin(), series.bars.end(), ms,
                                     [](const Bar &bar, std::int64_t t) { return bar.tsMs < t; });
    if (it == series.bars.end())
        return std::nullopt;
    return std::size_t(it - series.bars.begin());
}

std::optional<std::size_t> firstSessionBar(const PriceSeries &series, const Event &event)
{
    return barAtOrAfter(series, firstSessionDate(event));
}

std::optional<double> SessionMove::marketValueChange() const
{
    if (!shares)
        return std::nullopt;
    return double(*shares) * change();
}

std::optional<SessionMove> sessionMove(const PriceSeries &series, std::size_t index,
                                       std::optional<std::int64_t> shares)
{
    if (index == 0 || index >= series.bars.size())
        return std::nullopt;
    const Bar &bar = series.bars[index];
    const Bar &previous = series.bars[index - 1];
    SessionMove move;
    move.symbol = series.symbol;
    move.sessionMs = bar.tsMs;
    move.previousMs = previous.tsMs;
    move.previousClose = previous.close;
    move.close = bar.close;
    move.shares = shares;
    return move;
}

std::optional<SessionMove> eventMove(const PriceSeries &series, const Event &event,
                                     std::optional<std::int64_t> shares)
{
    const auto index = firstSessionBar(series, event);
    if (!index)
        return std::nullopt;
    return sessionMove(series, *index, shares);
}

std::vector<double> rebasedCloses(const PriceSeries &series, std::size_t anchor, Rebase mode)
{
    std::vector<double> out;
    if (anchor >= series.bars.size() || series.bars[anchor].close == 0)
        return out;
    const double base = series.bars[anchor].close;
    out.reserve(series.bars.size());
    for (const Bar &bar : series.bars) {
        const double ratio = bar.close / base;
        out.push_back(mode == Rebase::Index ? 100.0 * ratio : 100.0 * (ratio - 1.0));
    }
    return out;
}

double totalMarketValueChange(const QList<SessionMove> &moves, int *counted)
{
    double total = 0;
    int n = 0;
    for (const SessionMove &move : moves) {
        if (const auto value = move.marketValueChange()) {
            total += *value;
            ++n;
        }
    }
    if (counted)
        *counted = n;
    return total;
}

} // namespace tickerline
