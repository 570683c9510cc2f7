// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QString>

#include <cstdint>

namespace tickerline {

// What `check` finds wrong with one stored row, whichever database holds it: a message naming the
// row, or an empty string when the row is sound.

// A source whose text no longer matches the SHA-256 stored with it.
QString sourceHashProblem(const QString &uid, const QString &text, const QString &sha256);
// A quote whose span lies outside its source's text, or whose text there is not the quote (an
// orphaned quote has no span; a fuzzy one may differ).
QString quoteSpanProblem(const QString &uid, const QString &exact, std::int64_t start, std::int64_t end,
                         const QString &status, const QString &sourceText);
// A saved view whose settings do not read.
QString viewSettingsProblem(const QString &name, const QString &settings);
// A bar whose close lies outside its low–high.
QString barProblem(const QString &ticker, const Bar &bar);

} // namespace tickerline
