// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

namespace tickerline {

// TimelineJS3 (Knight Lab) timelines: its JSON and its spreadsheet template saved as CSV.
//
// - Dates: start_date/end_date objects {year, month, day, hour, minute, second, millisecond}
//   (numbers or strings; "" is absent), or the Year, Month, Day, Time, End Year, … columns. The
//   finest part given is the precision: a year alone is year precision, year and month month
//   precision, and so on; the event's precision is its start's. The time has no zone in
//   TimelineJS (a browser shows it in local time); it is read as UTC and tz is "UTC". A year
//   outside 1400–9999 is refused with the JSON path or line and column, as everywhere else.
// - headline → title and text → summary, HTML reduced to plain text (HtmlText). An event without a
//   headline takes the first line of its text as its title.
// - media: a web address (http, https, or protocol-relative "//…", which becomes https) is kept at
//   the end of the summary as "Media: URL"; embedded HTML (a <blockquote> quote) is reduced to text
//   and appended, because it often is the event's content; a site-relative path
//   ("/static/img/…") means nothing outside that site and is dropped, as are credit, caption,
//   thumbnail, background and display_date.
// - group → an actor of kind "group" (uid "group-<slug>") with role "group"; the kind is "other".
// - unique_id → uid (else the slug of the title and start date, made unique).
// - eras (JSON) and rows of Type "era" (sheet) → eras; the title slide or the "title" row names
//   the dataset (its text becomes the dataset's notes) and is not an event.
// Errors: tickerline::Error "FILE:LINE: events[3].start_date.year: what is wrong" for JSON,
// "FILE:LINE: column Year: what is wrong" for the sheet.
class TimelineJs final
{
public:
    static Snapshot parseJson(const QByteArray &data, const QString &fileName);
    static Snapshot parseSheet(const QByteArray &data, const QString &fileName);

    // The way back, what the readers above read again to the same events in every field the format
    // carries: uid → unique_id (JSON only: the sheet has no column for it), title → headline and
    // summary → text as HTML (paragraphs <p>, line breaks <br>), start and end as dates down to the
    // event's precision (milliseconds when there are some), in UTC; a last summary paragraph
    // "Media: URL" → media.url; the actor of role "group" → group; eras → eras (sheet: rows of Type
    // "era"); one dataset's name and notes → the title slide (sheet: the "title" row). Kind,
    // uncertainty, time zone, other actors, symbols, links and quotes have no place in TimelineJS.
    // The sheet has the template's columns (Year … Background); its text cells are neutralised
    // against spreadsheet formulas (CsvFormula), and its reader takes that off again.
    static QByteArray writeJson(const Snapshot &snapshot);
    static QByteArray writeSheet(const Snapshot &snapshot);

    // A JSON object with an "events" array whose entries have "start_date".
    static bool looksLikeJson(const QByteArray &data);
    // A CSV header naming Headline and Year columns.
    static bool looksLikeSheetHeader(const QByteArray &firstLine);
};

} // namespace tickerline
