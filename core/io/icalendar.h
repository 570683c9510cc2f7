// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

namespace tickerline {

// iCalendar (RFC 5545) events, one VEVENT per event, both ways.
//
// Writing: UID ← uid, SUMMARY ← title, DESCRIPTION ← summary, CATEGORIES ← kind. Day, month and
// year precision are all-day events (DTSTART;VALUE=DATE, and for a span DTEND the day after its
// last day, as RFC 5545 makes the end exclusive); finer ones are times in UTC ("…Z") when the
// event's zone is UTC, else local times with TZID=<the IANA zone> and a VTIMEZONE giving that
// zone's offsets over the events' years. A point in time has no DTEND. Precision, uncertainty and
// the zone of an all-day event have no iCalendar property; they travel as X-TICKERLINE-PRECISION,
// X-TICKERLINE-UNCERTAIN and X-TICKERLINE-TZ, which other programs ignore (RFC 5545 3.8.8.2). TEXT values escape "\",
// ";", "," and new lines; lines are folded at 75 octets (never inside a UTF-8 sequence) and end in CRLF.
//
// Reading: unfolds lines, unescapes TEXT, takes every VEVENT with a DTSTART and a SUMMARY
// (VTODO, VALARM, VTIMEZONE and unknown components are skipped; a TZID must be an IANA zone name,
// read with the system's zone database). A DATE is day precision, a DATE-TIME second precision
// (minute when its seconds are zero), unless X-TICKERLINE-PRECISION says otherwise; "…Z" and
// floating times are UTC. DURATION is read as well as DTEND. A CATEGORIES value that names a kind
// sets the kind. A missing UID is made from the title and date. Malformed input is refused with
// tickerline::Error "FILE:LINE: PROPERTY: what is wrong" (the line where the content line starts).
class ICalendar final
{
public:
    static constexpr qsizetype kMaxFileBytes = 256LL * 1024 * 1024;

    static Snapshot parse(const QByteArray &data, const QString &fileName);
    static QByteArray write(const Snapshot &snapshot);

    // Content that begins with BEGIN:VCALENDAR.
    static bool looksLikeCalendar(const QByteArray &head);
};

} // namespace tickerline
