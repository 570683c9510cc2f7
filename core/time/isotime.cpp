// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

#include <QRegularExpression>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace tickerline {

namespace {

const boost::gregorian::date kEpoch(1970, 1, 1);
constexpr std::int64_t kMinMs = kMinTimeMs;
constexpr std::int64_t kMaxMs = kMaxTimeMs;

void setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

} // namespace

std::optional<std::int64_t> utcMidnight(int year, int month, int day)
{
    if (year < 1400 || year > 9999)
        return std::nullopt;
    try {
        const boost::gregorian::date date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                                          static_cast<unsigned short>(day));
        return std::int64_t((date - kEpoch).days()) * kMsPerDay;
    } catch (const std::out_of_range &) {
        return std::nullopt;
    }
}

std::optional<ParsedTime> parseIsoTime(const QString &text, QString *why)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        setWhy(why, QStringLiteral("\"%1\" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
                        .arg(text.left(40)));
        return std::nullopt;
    }
    const int year = match.captured(1).toInt();
    if (year < 1400 || year > 9999) {
        setWhy(why, QStringLiteral("year %1 is outside 1400–9999").arg(year));
        return std::nullopt;
    }
    const auto midnight = utcMidnight(year, match.captured(2).toInt(), match.captured(3).toInt());
    if (!midnight) {
        setWhy(why, QStringLiteral("%1 is not a day of the calendar").arg(text.left(10)));
        return std::nullopt;
    }
    ParsedTime parsed{*midnight, match.captured(4).isEmpty()};
    if (parsed.dateOnly)
        return parsed;

    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    const int second = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
    if (hour > 23 || minute > 59 || second > 59) {
        setWhy(why, QStringLiteral("%1 is not a time of day").arg(text.mid(11, 8)));
        return std::nullopt;
    }
    const QString fraction = (match.captured(7) + QStringLiteral("000")).left(3);
    std::int64_t offsetMinutes = 0;
    const QString zone = match.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int offsetHours = digits.left(2).toInt();
        const int offsetMins = digits.mid(2).toInt();
        if (offsetHours > 14 || offsetMins > 59) {
            setWhy(why, QStringLiteral("%1 is not a UTC offset").arg(zone));
            return std::nullopt;
        }
        offsetMinutes = (offsetHours * 60 + offsetMins) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    parsed.ms += ((hour * 60 + minute - offsetMinutes) * 60 + second) * std::int64_t(1000) + fraction.toInt();
    // An offset can carry 1400-01-01T00:00+05:30 into 1399 (in UTC): the range holds for the instant.
    if (parsed.ms < kMinMs || parsed.ms > kMaxMs) {
        setWhy(why, QStringLiteral("%1 lies outside 1400–9999 in UTC").arg(text.trimmed().left(40)));
        return std::nullopt;
    }
    return parsed;
}

QString formatIsoDate(std::int64_t ms)
{
    // Values come from databases a user may have edited by hand: clamp rather than throw.
    ms = std::clamp(ms, kMinMs, kMaxMs);
    std::int64_t days = ms / kMsPerDay;
    if (ms % kMsPerDay < 0)
        --days;
    const boost::gregorian::date date = kEpoch + boost::gregorian::days(days);
    return QString::fromStdString(boost::gregorian::to_iso_extended_string(date));
}

QString formatIsoUtc(std::int64_t ms)
{
    ms = std::clamp(ms, kMinMs, kMaxMs);
    std::int64_t inDay = ms % kMsPerDay;
    if (inDay < 0)
        inDay += kMsPerDay;
    const int millis = int(inDay % 1000);
    const int seconds = int(inDay / 1000);
    QString text = QStringLiteral("%1T%2:%3:%4")
                       .arg(formatIsoDate(ms))
                       .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (millis)
        text += QStringLiteral(".%1").arg(millis, 3, 10, QLatin1Char('0'));
    return text + QLatin1Char('Z');
}

} // namespace tickerline

namespace tickerline {

QString formatIsoForPrecision(std::int64_t ms, Precision precision)
{
    switch (precision) {
    case Precision::Year: return formatIsoDate(ms).left(4);
    case Precision::Month: return formatIsoDate(ms).left(7);
    case Precision::Day: return formatIsoDate(ms);
    case Precision::Hour:
    case Precision::Minute: return formatIsoUtc(ms - ms % 60000).left(16) + QLatin1Char('Z');
    case Precision::Second: break;
    }
    return formatIsoUtc(ms);
}

} // namespace tickerline

namespace tickerline {

namespace {

// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's days_from_civil
// inverse), the calendar Boost.Date_Time uses for the same range.
void civilFromDays(std::int64_t days, int &year, int &month, int &day)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    year = int(std::int64_t(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0));
}

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[4];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

// "YYYY-MM-DDTHH:MM:SS[.fff]Z" cut after `keep` characters (all of it when negative), as
// formatIsoUtc() writes it.
void appendIsoUtcCut(QByteArray &out, std::int64_t ms, qsizetype keep)
{
    ms = std::clamp(ms, kMinMs, kMaxMs);
    std::int64_t days = ms / kMsPerDay;
    std::int64_t inDay = ms % kMsPerDay;
    if (inDay < 0) {
        --days;
        inDay += kMsPerDay;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    const int millis = int(inDay % 1000);
    const int seconds = int(inDay / 1000);
    const qsizetype start = out.size();
    appendDigits(out, year, 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
    out += 'T';
    appendDigits(out, seconds / 3600, 2);
    out += ':';
    appendDigits(out, seconds / 60 % 60, 2);
    out += ':';
    appendDigits(out, seconds % 60, 2);
    if (millis) {
        out += '.';
        appendDigits(out, millis, 3);
    }
    out += 'Z';
    if (keep >= 0 && out.size() - start > keep)
        out.truncate(start + keep);
}

} // namespace

void appendIsoUtc(QByteArray &out, std::int64_t ms)
{
    appendIsoUtcCut(out, ms, -1);
}

void appendIsoForPrecision(QByteArray &out, std::int64_t ms, Precision precision)
{
    switch (precision) {
    case Precision::Year: appendIsoUtcCut(out, ms, 4); return;
    case Precision::Month: appendIsoUtcCut(out, ms, 7); return;
    case Precision::Day: appendIsoUtcCut(out, ms, 10); return;
    case Precision::Hour:
    case Precision::Minute:
        appendIsoUtcCut(out, ms - ms % 60000, 16);
        out += 'Z';
        return;
    case Precision::Second: break;
    }
    appendIsoUtc(out, ms);
}

} // namespace tickerline
