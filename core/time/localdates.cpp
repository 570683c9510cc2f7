// SPDX-License-Identifier: GPL-3.0-or-later
#include "time/localdates.h"

#include <QRegularExpression>

namespace tickerline {

namespace {

// The long format less its weekday and the separator that goes with it: "dddd, d. MMMM yyyy"
// becomes "d. MMMM yyyy", "yyyy年M月d日dddd" becomes "yyyy年M月d日".
QString withoutWeekday(QString pattern)
{
    static const QRegularExpression weekday(QStringLiteral("dddd[,،]?\\s*|\\s*[,،]?\\s*dddd"));
    return pattern.remove(weekday).trimmed();
}

// Whether the locale names the weekday first ("dddd, d MMMM yyyy") or last ("yyyy年M月d日dddd").
bool weekdayFirst(const QLocale &locale)
{
    return locale.dateFormat(QLocale::LongFormat).trimmed().startsWith(QLatin1String("dddd"));
}

QString withWeekday(const QLocale &locale, const QString &pattern)
{
    return weekdayFirst(locale) ? QStringLiteral("ddd ") + pattern : pattern + QStringLiteral("(ddd)");
}

QString abbreviatedMonth(QString pattern)
{
    return pattern.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
}

} // namespace

QString localDayPattern(const QLocale &locale)
{
    return withoutWeekday(locale.dateFormat(QLocale::LongFormat));
}

QString localMonthPattern(const QLocale &locale)
{
    // The day of the month with what binds it: "d. " (German), "d, " (US English), "d日"
    // (Japanese, Chinese), "d " (most others).
    static const QRegularExpression day(QStringLiteral("(?<![dMy'])dd?(?!d)(?:日|일)?[.,]?\\s*"));
    return localDayPattern(locale).remove(day).trimmed();
}

QString localNumericDatePattern(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    // Two-digit years are ambiguous across the decades an analyst compares.
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    return pattern.replace(shortYear, QStringLiteral("yyyy"));
}

QString localNumericMonthPattern(const QLocale &locale)
{
    // The day with the separator that joins it to its neighbour: "dd." before the month,
    // "/d" after it; what is left keeps the locale's order of month and year.
    static const QRegularExpression day(
        QStringLiteral("(?<![dMy'])dd?(?!d)(?:日|일)?[^dMy]?\\s*(?=[My])|[^dMy]\\s*(?<![dMy'])dd?(?!d)(?:日|일)?\\.?"));
    return localNumericDatePattern(locale).remove(day).trimmed();
}

QString localDayMonthPattern(const QLocale &locale)
{
    // The year with what joins it: ", yyyy" (US English), " yyyy" (most), "yyyy年" (Japanese),
    // "yyyy. " (Hungarian), "yyyy 'г'." (Russian).
    static const QRegularExpression year(QStringLiteral(",?\\s*(?<!y)yyyy(?!y)(?:年|년|\\.|\\s*'[^']*'\\.?)?\\s*"));
    return abbreviatedMonth(localDayPattern(locale).remove(year).trimmed());
}

QString localWeekdayDayPattern(const QLocale &locale)
{
    static const QRegularExpression month(QStringLiteral("\\s*(?<!M)M{1,4}(?!M)(?:月|월)?[.,]?\\s*"));
    return withWeekday(locale, localDayMonthPattern(locale).remove(month).trimmed());
}

QString localWeekdayDatePattern(const QLocale &locale)
{
    return withWeekday(locale, abbreviatedMonth(localDayPattern(locale)));
}

} // namespace tickerline
