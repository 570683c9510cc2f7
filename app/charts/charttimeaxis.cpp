// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttimeaxis.h"

#include "charttext.h"
#include "time/isotime.h"
#include "time/localdates.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>

#include <cmath>

namespace tickerline {

namespace {

enum class Unit { Hour, Day, Week, Month, Year };

struct Step
{
    Unit unit;
    int count;
    std::int64_t approxMs;
};

QDateTime utc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The first tick at or after `fromMs` for a step.
QDateTime firstTick(std::int64_t fromMs, const Step &step)
{
    const QDateTime t = utc(fromMs);
    const QDate d = t.date();
    switch (step.unit) {
    case Unit::Hour: {
        QDateTime h(d, QTime(t.time().hour(), 0), Qt::UTC);
        while (h.toMSecsSinceEpoch() < fromMs || h.time().hour() % step.count)
            h = h.addSecs(3600);
        return h;
    }
    case Unit::Day: {
        QDateTime day(d, QTime(0, 0), Qt::UTC);
        while (day.toMSecsSinceEpoch() < fromMs || (day.date().toJulianDay() % step.count))
            day = day.addDays(1);
        return day;
    }
    case Unit::Week: {
        QDateTime day(d, QTime(0, 0), Qt::UTC);
        while (day.toMSecsSinceEpoch() < fromMs || day.date().dayOfWeek() != Qt::Monday
               || ((day.date().toJulianDay() / 7) % step.count))
            day = day.addDays(1);
        return day;
    }
    case Unit::Month: {
        QDateTime month(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC);
        while (month.toMSecsSinceEpoch() < fromMs || (month.date().month() - 1) % step.count)
            month = month.addMonths(1);
        return month;
    }
    case Unit::Year: {
        QDateTime year(QDate(d.year(), 1, 1), QTime(0, 0), Qt::UTC);
        while (year.toMSecsSinceEpoch() < fromMs || year.date().year() % step.count)
            year = year.addYears(1);
        return year;
    }
    }
    return t;
}

QDateTime advance(const QDateTime &t, const Step &step)
{
    switch (step.unit) {
    case Unit::Hour: return t.addSecs(3600LL * step.count);
    case Unit::Day: return t.addDays(step.count);
    case Unit::Week: return t.addDays(7LL * step.count);
    case Unit::Month: return t.addMonths(step.count);
    case Unit::Year: return t.addYears(step.count);
    }
    return t;
}

QString label(const QDateTime &t, const Step &step)
{
    switch (step.unit) {
    case Unit::Hour:
        return axisDayMonth(t) + QLatin1Char(' ') + t.toString(QStringLiteral("HH:mm"));
    case Unit::Day:
    case Unit::Week:
        return axisDayMonth(t);
    case Unit::Month:
        return axisMonthYear(t);
    case Unit::Year:
        return t.toString(QStringLiteral("yyyy"));
    }
    return {};
}

} // namespace

QString axisDayMonth(const QDateTime &t)
{
    const QLocale locale;
    return locale.toString(t, localDayMonthPattern(locale));
}

QString axisMonthYear(const QDateTime &t)
{
    const QLocale locale;
    return locale.toString(t, localMonthPattern(locale).replace(QStringLiteral("MMMM"), QStringLiteral("MMM")));
}

ChartTimeAxis::ChartTimeAxis(QObject *parent) : QCategoryAxis(parent)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

void ChartTimeAxis::setBaseTitle(const QString &title)
{
    m_baseTitle = title;
    setFullAxisTitle(this, title);
}

void ChartTimeAxis::setTimeRange(std::int64_t fromMs, std::int64_t toMs, qreal pixelWidth, qreal minLabelSpacing)
{
    for (const QString &old : categoriesLabels())
        remove(old);
    setStartValue(double(fromMs));
    setRange(double(fromMs), double(toMs));
    static const Step steps[] = {
        {Unit::Hour, 1, 3'600'000},         {Unit::Hour, 3, 3 * 3'600'000},     {Unit::Hour, 6, 6 * 3'600'000},
        {Unit::Day, 1, kMsPerDay},          {Unit::Day, 2, 2 * kMsPerDay},      {Unit::Week, 1, 7 * kMsPerDay},
        {Unit::Week, 2, 14 * kMsPerDay},    {Unit::Month, 1, 30 * kMsPerDay},   {Unit::Month, 3, 91 * kMsPerDay},
        {Unit::Month, 6, 182 * kMsPerDay},  {Unit::Year, 1, 365 * kMsPerDay},   {Unit::Year, 5, 1826 * kMsPerDay},
        {Unit::Year, 10, 3652 * kMsPerDay}, {Unit::Year, 50, 18262 * kMsPerDay}, {Unit::Year, 100, 36525 * kMsPerDay}};
    const double span = std::max(1.0, double(toMs - fromMs));
    const QFontMetricsF metrics(labelsFont());
    Step step = steps[std::size(steps) - 1];
    for (const Step &candidate : steps) {
        // Labels of hours are longer than those of days: room for the longest of its kind.
        const qreal spacing = std::max(minLabelSpacing, metrics.horizontalAdvance(label(utc(toMs), candidate)) + 16);
        const double maxLabels = std::max(2.0, std::floor(pixelWidth / spacing));
        if (span / double(candidate.approxMs) <= maxLabels) {
            step = candidate;
            break;
        }
    }
    for (QDateTime t = firstTick(fromMs, step); t.isValid() && t.toMSecsSinceEpoch() <= toMs; t = advance(t, step)) {
        if (t.toMSecsSinceEpoch() == fromMs)
            continue; // the start value carries no label of its own
        // A label is centred on its tick: one too near either end of the axis would be cut off.
        const QString text = label(t, step);
        const double x = double(t.toMSecsSinceEpoch() - fromMs) / span * pixelWidth;
        const qreal half = metrics.horizontalAdvance(text) / 2;
        if (x - half < 0 || x + half > pixelWidth)
            continue;
        append(text, double(t.toMSecsSinceEpoch()));
    }
    if (!m_baseTitle.isEmpty()) {
        const int first = utc(fromMs).date().year(), last = utc(toMs).date().year();
        setFullAxisTitle(this, first == last ? QStringLiteral("%1, %2").arg(m_baseTitle).arg(first)
                                             : QStringLiteral("%1, %2–%3").arg(m_baseTitle).arg(first).arg(last));
    }
}

} // namespace tickerline
