// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QAbstractAxis;
class QAbstractSeries;
class QFont;

namespace tickerline {

// Lines of `text` no wider than `width` in `font`, broken at spaces; a word wider than a line is
// broken between characters. Never drops a character.
QStringList wrapText(const QString &text, const QFont &font, qreal width);

// The same lines as HTML for a Qt Charts title, which elides a text too wide for its room but
// keeps lines broken with <br>.
QString wrappedTitleHtml(const QString &text, const QFont &font, qreal width);

// An axis title as written, before it is wrapped to the axis' length (the axis then holds HTML).
void setFullAxisTitle(QAbstractAxis *axis, const QString &title);
QString fullAxisTitle(const QAbstractAxis *axis);

// A series' name for a legend too narrow for the full names ("NVDA" for "NVDA daily candles").
void setShortLegendName(QAbstractSeries *series, const QString &name);
QString shortLegendName(const QAbstractSeries *series); // its name when it has no short one

} // namespace tickerline
