// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonedtime.h"

#include "io/eventimport.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace tickerline {

namespace {

// A date, then a time of day with no offset: wall-clock time in the form's zone.
const QRegularExpression kWallClock(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$)"));

} // namespace

std::optional<ZonedTime> parseZonedTime(const QString &text, const QByteArray &zoneId, QString *why)
{
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch wall = kWallClock.match(trimmed);
    if (!wall.hasMatch()) {
        // Dates, and times that carry their own offset, mean the same in every zone.
        const auto parsed = parseEventTime(trimmed.toUtf8(), why);
        if (!parsed)
            return std::nullopt;
        return ZonedTime{parsed->ms, parsed->precision};
    }
    const QTimeZone zone(zoneId.isEmpty() ? QByteArray("UTC") : zoneId);
    if (!zone.isValid()) {
        if (why)
            *why = QStringLiteral("unknown time zone \"%1\"").arg(QString::fromUtf8(zoneId));
        return std::nullopt;
    }
    // The date is checked by the domain's own parser (which refuses 2025-02-30 and years outside
    // 1400–9999); the time of day by QTime.
    if (!parseEventTime(trimmed.left(10).toUtf8(), why))
        return std::nullopt;
    const QDate date(wall.captured(1).toInt(), wall.captured(2).toInt(), wall.captured(3).toInt());
    const bool seconds = wall.hasCaptured(6);
    const QTime time(wall.captured(4).toInt(), wall.captured(5).toInt(), seconds ? wall.captured(6).toInt() : 0);
    if (!time.isValid()) {
        if (why)
            *why = QStringLiteral("\"%1\" is not a time of day").arg(trimmed.mid(11));
        return std::nullopt;
    }
    const QDateTime local(date, time, zone);
    return ZonedTime{local.toMSecsSinceEpoch(), seconds ? Precision::Second : Precision::Minute};
}

QString formatZonedTime(std::int64_t ms, Precision precision, const QByteArray &zoneId)
{
    if (precision <= Precision::Day)
        return formatIsoForPrecision(ms, precision);
    const QTimeZone zone(zoneId.isEmpty() ? QByteArray("UTC") : zoneId);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
    return local.toString(precision == Precision::Second ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                         : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace tickerline
