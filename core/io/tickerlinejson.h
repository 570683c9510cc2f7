// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

namespace tickerline {

// The lossless dataset format: everything a database holds, so that export → import → export
// gives the same bytes. The keys are documented in the README ("Tickerline JSON").
constexpr int kTickerlineJsonVersion = 1;

// Reads and checks a whole file before anything is stored. Throws Error
// "FILE:LINE: json.path: what is wrong" on the first problem.
// The events, most of a large file, are read straight from the bytes (readJsonEvents).
Snapshot readTickerlineJson(const QByteArray &data, const QString &fileName);

// The same, read as one Qt JSON document: what the reading above must equal.
Snapshot readTickerlineJsonDocument(const QByteArray &data, const QString &fileName);

QByteArray writeTickerlineJson(const Snapshot &snapshot);

// True when the text looks like a Tickerline JSON document (for format detection).
bool looksLikeTickerlineJson(const QByteArray &data);

// The text of a code-point span, or a null string when the span lies outside the text.
QString codePointSlice(const QString &text, std::int64_t start, std::int64_t end);

} // namespace tickerline
