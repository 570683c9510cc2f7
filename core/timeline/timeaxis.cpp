// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeaxis.h"
#include "time/localdates.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>

namespace tickerline {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kHourMs = 60 * kMinuteMs;
constexpr std::int64_t kDayMs = 24 * kHourMs;

// Wall-clock instant of a local date and time; a time skipped by a DST change becomes the
// first instant after the gap (Qt's rule), so callers check that the wall time survived.
QDateTime localAt(QDate date, QTime time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone);
}

} // namespace

std::int64_t TimeAxis::Step::approxMs() const
{
    switch (unit) {
    case Unit::Minute: return count * kMinuteMs;
    case Unit::Hour: return count * kHourMs;
    case Unit::Day: return count * kDayMs;
    case Unit::Month: return count * 30 * kDayMs;
    case Unit::Year: return count * 365 * kDayMs;
    }
    return kDayMs;
}

TimeAxis::TimeAxis(const QTimeZone &zone, const QLocale &locale)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc()), m_locale(locale)
{
}

TimeAxis::Step TimeAxis::chooseStep(std::int64_t spanMs, double widthPx, double minSpacingPx)
{
    static const std::array<Step, 23> steps{{
        {Unit::Minute, 1}, {Unit::Minute, 2}, {Unit::Minute, 5}, {Unit::Minute, 10},
        {Unit::Minute, 15}, {Unit::Minute, 30}, {Unit::Hour, 1}, {Unit::Hour, 2},
        {Unit::Hour, 3}, {Unit::Hour, 6}, {Unit::Hour, 12}, {Unit::Day, 1}, {Unit::Day, 2},
        {Unit::Day, 7}, {Unit::Month, 1}, {Unit::Month, 3}, {Unit::Month, 6}, {Unit::Year, 1},
        {Unit::Year, 2}, {Unit::Year, 5}, {Unit::Year, 10}, {Unit::Year, 20}, {Unit::Year, 50},
    }};
    const double msPerPx = static_cast<double>(std::max<std::int64_t>(spanMs, 1))
                           / std::max(widthPx, 1.0);
    for (const Step &step : steps)
        if (static_cast<double>(step.approxMs()) / msPerPx >= minSpacingPx)
            return step;
    // Beyond half centuries: whole centuries.
    const double years = minSpacingPx * msPerPx / static_cast<double>(365 * kDayMs);
    return {Unit::Year, static_cast<int>(std::ceil(years / 100.0)) * 100};
}

void TimeAxis::setRange(std::int64_t fromMs, std::int64_t toMs, double widthPx,
                        double minSpacingPx)
{
    m_ticks.clear();
    m_context.clear();
    if (toMs <= fromMs || widthPx <= 0)
        return;
    m_step = chooseStep(toMs - fromMs, widthPx, minSpacingPx);
    m_ticks = generate(m_step, fromMs, toMs);
    Step context;
    switch (m_step.unit) {
    case Unit::Minute:
    case Unit::Hour: context = {Unit::Day, 1}; break;
    case Unit::Day: context = {Unit::Month, 1}; break;
    case Unit::Month: context = {Unit::Year, 1}; break;
    case Unit::Year: return;
    }
    m_context = generate(context, fromMs, toMs);
}

QList<TimeAxis::Tick> TimeAxis::generate(Step step, std::int64_t fromMs, std::int64_t toMs) const
{
    QList<Tick> ticks;
    auto add = [&](const QDateTime &at) {
        const std::int64_t ms = at.toMSecsSinceEpoch();
        if (ms < fromMs || ms > toMs || (!ticks.isEmpty() && ticks.last().ms >= ms))
            return;
        ticks.append({ms, format(step, ms)});
    };
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(fromMs, m_zone).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(toMs, m_zone).date();

    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: {
        const std::int64_t stepMs = step.approxMs();
        const int perDay = static_cast<int>(kDayMs / stepMs);
        // A DST day is at most a few hours off the 24-hour count: search a little wider.
        const std::int64_t slack = 3 * kHourMs / stepMs + 1;
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            const std::int64_t dayStart = localAt(day, QTime(0, 0), m_zone).toMSecsSinceEpoch();
            const std::int64_t kFrom = std::max<std::int64_t>(0, (fromMs - dayStart) / stepMs - slack);
            const std::int64_t kTo = std::min<std::int64_t>(perDay - 1, (toMs - dayStart) / stepMs + slack);
            for (std::int64_t k = kFrom; k <= kTo; ++k) {
                const QTime wall = QTime(0, 0).addMSecs(static_cast<int>(k * stepMs));
                const QDateTime at = localAt(day, wall, m_zone);
                if (at.time() == wall) // skipped by a DST change: no tick
                    add(at);
            }
        }
        break;
    }
    case Unit::Day:
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            if (step.count == 7 && day.dayOfWeek() != Qt::Monday)
                continue;
            if (step.count == 2 && day.day() % 2 == 0)
                continue;
            add(localAt(day, QTime(0, 0), m_zone));
        }
        break;
    case Unit::Month:
        for (QDate month(firstDay.year(), firstDay.month(), 1); month <= lastDay;
             month = month.addMonths(1))
            if ((month.month() - 1) % step.count == 0)
                add(localAt(month, QTime(0, 0), m_zone));
        break;
    case Unit::Year: {
        int year = firstDay.year() - firstDay.year() % step.count;
        for (; year <= lastDay.year(); year += step.count)
            add(localAt(QDate(year, 1, 1), QTime(0, 0), m_zone));
        break;
    }
    }
    return ticks;
}

QString TimeAxis::format(Step step, std::int64_t ms) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: return m_locale.toString(at.time(), QStringLiteral("HH:mm"));
    case Unit::Day:
        return step.count == 1 && m_step.unit == Unit::Day
                   ? m_locale.toString(at.date(), localWeekdayDayPattern(m_locale))
                   : (m_step.unit == Unit::Day ? m_locale.toString(at.date(), localDayMonthPattern(m_locale))
                                               : m_locale.toString(at.date(), localWeekdayDatePattern(m_locale)));
    case Unit::Month:
        return m_step.unit == Unit::Month ? m_locale.toString(at.date(), QStringLiteral("MMM"))
                                          : m_locale.toString(at.date(), localMonthPattern(m_locale));
    case Unit::Year:
        return m_step.unit == Unit::Year && step.count >= 10 && at.date().year() % 10 == 0
                   && m_step.count >= 10
                   ? QString::number(at.date().year()) + QLatin1Char('s')
                   : QString::number(at.date().year());
    }
    return {};
}

QString TimeAxis::contextLabel(std::int64_t ms) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    switch (m_step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        return m_locale.toString(at.date(), localWeekdayDatePattern(m_locale));
    case Unit::Day:
        return m_locale.toString(at.date(), localMonthPattern(m_locale));
    case Unit::Month: return QString::number(at.date().year());
    case Unit::Year: return {};
    }
    return {};
}

QString TimeAxis::zoneAbbreviation(std::int64_t ms) const
{
    return m_zone.abbreviation(QDateTime::fromMSecsSinceEpoch(ms, m_zone));
}

} // namespace tickerline

namespace tickerline {

static QString formatOne(std::int64_t ms, Precision precision, const QTimeZone &zone,
                         const QLocale &locale)
{
    const QDate utcDate = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
    switch (precision) {
    case Precision::Year: return QString::number(utcDate.year());
    case Precision::Month:
        return locale.toString(utcDate, localMonthPattern(locale));
    case Precision::Day:
        return locale.toString(utcDate, localWeekdayDatePattern(locale));
    case Precision::Hour:
    case Precision::Minute:
    case Precision::Second: break;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QString time = precision == Precision::Second ? QStringLiteral("HH:mm:ss")
                                                        : QStringLiteral("HH:mm");
    return locale.toString(at, localWeekdayDatePattern(locale) + QLatin1Char(' ') + time) + QLatin1Char(' ') +
           zone.abbreviation(at);
}

QString formatEventTime(std::int64_t startMs, std::optional<std::int64_t> endMs,
                        Precision precision, const QTimeZone &zone, const QLocale &locale)
{
    QString text = formatOne(startMs, precision, zone, locale);
    if (endMs && *endMs != startMs)
        text += QStringLiteral(" – ") + formatOne(*endMs, precision, zone, locale);
    return text;
}

} // namespace tickerline
