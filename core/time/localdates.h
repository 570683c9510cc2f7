// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace tickerline {

// Date patterns in the order, words and punctuation of a locale, for what the window shows
// (never for files or the command line, which stay ISO 8601). Each is derived from the locale's
// own formats rather than from an English pattern, so Japanese reads 2025年1月27日 and German
// 27. Januar 2025.

// A day in words, without the weekday: "27 January 2025", "27. Januar 2025", "2025年1月27日".
QString localDayPattern(const QLocale &locale);
// A month in words: "January 2025", "Januar 2025", "2025年1月".
QString localMonthPattern(const QLocale &locale);
// A day and an abbreviated month, for the ticks of an axis: "27 Jan", "27. Jan.", "Jan 27", "1月27日".
QString localDayMonthPattern(const QLocale &locale);
// A day of the month with its weekday: "Mon 27", "Mo. 27.", "27日(月)".
QString localWeekdayDayPattern(const QLocale &locale);
// A whole day with weekday and abbreviated month: "Mon 27 Jan 2025", "Mo. 27. Jan. 2025",
// "2025年1月27日(月)".
QString localWeekdayDatePattern(const QLocale &locale);
// A day in figures with a four-digit year: "27.01.2025", "2025/01/27", "1/27/2025"; the C locale
// (no language chosen) keeps ISO 8601, "2025-01-27".
QString localNumericDatePattern(const QLocale &locale);
// A month in figures, the same without its day: "01.2025", "2025/01", "1/2025"; C: "2025-01".
QString localNumericMonthPattern(const QLocale &locale);

} // namespace tickerline
