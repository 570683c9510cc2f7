// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace tickerline {

struct EventBrief;

enum class BriefFormat { Pdf, Html };

// By the file's extension (.pdf, .html or .htm); nothing for any other.
std::optional<BriefFormat> briefFormatForPath(const QString &path);

// The document's bytes. Needs a QGuiApplication (fonts) but no particular thread.
QByteArray renderBrief(BriefFormat format, const EventBrief &brief, const QImage &chart, const QString &chartNote);

// Renders and writes through QSaveFile: the old file stays whole until the new one is. Throws
// Error naming the file when it cannot be written or its extension is not .pdf or .html.
void writeBrief(const QString &path, const EventBrief &brief, const QImage &chart, const QString &chartNote);

} // namespace tickerline
