// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketshading.h"

#include "time/tradingcalendar.h"

#include <QDateTime>
#include <QTimeZone>

namespace tickerline {

namespace {

const TradingCalendar &calendar()
{
    static const TradingCalendar instance;
    return instance;
}

TradingCalendar::Date toBoost(QDate date)
{
    return TradingCalendar::Date(static_cast<unsigned short>(date.year()),
                                 static_cast<unsigned short>(date.month()),
                                 static_cast<unsigned short>(date.day()));
}

} // namespace

bool isMarketClosedDay(QDate date)
{
    return !calendar().isTradingDay(toBoost(date));
}

QList<MarketSpan> marketSpans(std::int64_t fromMs, std::int64_t toMs, bool intraday)
{
    QList<MarketSpan> spans;
    if (toMs <= fromMs)
        return spans;
    const QTimeZone &newYork = calendar().zone();
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, newYork).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, newYork).date();
    if (first.daysTo(last) > 4000) // decades: days are below a pixel, shading adds nothing
        return spans;
    auto at = [&](QDate day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute), newYork).toMSecsSinceEpoch();
    };
    auto add = [&](MarketSpan::Type type, std::int64_t a, std::int64_t b) {
        if (!spans.isEmpty() && spans.last().type == type && spans.last().toMs == a)
            spans.last().toMs = b; // adjacent closed days merge into one band
        else
            spans.append({type, a, b});
    };
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const std::int64_t dayStart = at(day, 0, 0);
        const std::int64_t dayEnd = at(day.addDays(1), 0, 0);
        const std::optional<TradingSession> session = calendar().session(toBoost(day));
        if (!session) {
            add(MarketSpan::ClosedDay, dayStart, dayEnd);
            continue;
        }
        if (!intraday)
            continue;
        add(MarketSpan::Overnight, dayStart, at(day, 4, 0));
        add(MarketSpan::PreMarket, at(day, 4, 0), session->openMs);
        add(MarketSpan::AfterHours, session->closeMs, at(day, 20, 0));
        add(MarketSpan::Overnight, at(day, 20, 0), dayEnd);
    }
    return spans;
}

} // namespace tickerline
