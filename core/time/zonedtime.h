// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace tickerline {

// A time as a person types it into a form, read in the zone the form names: "2025-01-27" (a
// calendar date: day precision, midnight UTC as the domain stores dates, whatever the zone),
// "2025-01", "2025", "2025-01-27 18:29" or "2025-01-27T18:29:53" (wall-clock time in `zoneId`:
// minute or second precision), and any of these with "Z" or "±HH:MM" (that offset wins).
struct ZonedTime
{
    std::int64_t ms = 0;
    Precision precision = Precision::Day;
};

// Nothing when the text is not such a time (the reason in *why); an unknown zone is a reason.
std::optional<ZonedTime> parseZonedTime(const QString &text, const QByteArray &zoneId, QString *why = nullptr);

// The text parseZonedTime reads back to the same instant: "2025-01-27" for calendar precisions,
// "2025-01-27 18:29:53" (wall-clock time in the zone) otherwise.
QString formatZonedTime(std::int64_t ms, Precision precision, const QByteArray &zoneId);

} // namespace tickerline
