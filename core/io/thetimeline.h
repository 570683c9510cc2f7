// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

namespace tickerline {

// The .timeline XML of the desktop Timeline program (thetimelineproj), Gregorian time type.
//
// - event: text → title, description → summary (a hyperlink is appended as "Link: URL"),
//   start/end "YYYY-MM-DD HH:MM:SS" (no zone in the file: read as UTC, tz "UTC"); a start equal to
//   the end is a point event. Precision: day when both times are midnight, minute when both have
//   zero seconds, else second. fuzzy (or fuzzy_start/fuzzy_end) True → uncertain.
// - category → an actor of kind "category" (uid "category-<slug>", role "category"), so that the
//   timeline can give categories lanes. Its RGB colour is not kept: an actor has no colour.
// - era → an era with its colour as "#rrggbb".
// - progress, locked, ends_today, milestone, labels, alert, icon, default_color and the view
//   settings are not part of the model and are skipped.
// The reader never fetches anything: a file with a DTD (where entities would be declared) is
// refused outright, an undeclared entity is malformed XML. Errors: tickerline::Error
// "FILE:LINE: element: what is wrong".
class TheTimeline final
{
public:
    static constexpr qsizetype kMaxFileBytes = 256LL * 1024 * 1024;

    static Snapshot parse(const QByteArray &data, const QString &fileName);

    // A file as the Timeline program itself writes one (its timelinexml exporter, version 2.x):
    // version, timetype, eras (only when there are some), categories, events and view, two-space
    // indents, "YYYY-MM-DD HH:MM:SS" times, True/False flags. title → text (a leading space before
    // "(" or "[", which Timeline would take for a container tag), summary → description (a last
    // paragraph "Link: URL" → hyperlink), uncertain → fuzzy, a point event's end = its start, the
    // actor of role "category" → category (declared under <categories>), eras with their colour
    // (Timeline's grey when they have none). The view shows the span of the events. Lost: uid,
    // kind, time zone, other actors, symbols, milliseconds, precision (read again from the times),
    // links and quotes. Text that XML 1.0 cannot hold (control characters) is refused with Error.
    static QByteArray write(const Snapshot &snapshot);

    // An XML document whose root element is <timeline>.
    static bool looksLikeTimeline(const QByteArray &data);
};

} // namespace tickerline
