// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace tickerline {

constexpr std::int64_t kMsPerDay = 86'400'000;
// The instants Tickerline accepts: 1400-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z.
constexpr std::int64_t kMinTimeMs = -17987443200000;
constexpr std::int64_t kMaxTimeMs = 253402300799999;

// ISO 8601 parsing and printing in UTC milliseconds. Calendar checks go through Boost.Date_Time,
// so 2025-02-30 is refused; years outside 1400–9999 are refused too.
struct ParsedTime
{
    std::int64_t ms = 0;
    bool dateOnly = false; // "2025-01-27" rather than a date and time
};

// Accepts YYYY-MM-DD, and YYYY-MM-DDTHH:MM[:SS[.fff]] followed by Z or ±HH:MM (a time
// without an offset is read as UTC). On failure returns nothing and says why in *why.
std::optional<ParsedTime> parseIsoTime(const QString &text, QString *why = nullptr);

// Milliseconds of midnight UTC of a calendar date, or nothing if the date does not exist.
std::optional<std::int64_t> utcMidnight(int year, int month, int day);

QString formatIsoUtc(std::int64_t ms);  // 2025-01-20T08:32:19Z (.fff only when not zero)
QString formatIsoDate(std::int64_t ms); // 2025-01-20 (UTC calendar date)
// As much as a precision knows: "1951" (year), "1951-03" (month), "2025-01-20" (day), then
// "2025-01-20T08:32Z" (hour, minute) and "2025-01-20T08:32:19Z" (second), all in UTC.
QString formatIsoForPrecision(std::int64_t ms, Precision precision);
// The same texts appended as bytes, without a string or a stream per call, for listings of a
// million rows.
void appendIsoUtc(QByteArray &out, std::int64_t ms);
void appendIsoForPrecision(QByteArray &out, std::int64_t ms, Precision precision);

} // namespace tickerline
