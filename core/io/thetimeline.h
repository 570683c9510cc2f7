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

    // An XML document whose root element is <timeline>.
    static bool looksLikeTimeline(const QByteArray &data);
};

} // namespace tickerline
