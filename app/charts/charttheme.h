// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "style/palette.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

#include <optional>

namespace tickerline {

std::optional<ColourTheme> colourThemeFromString(const QString &name);

// A calm palette for reports: muted, distinguishable (also in grey print) series colours and
// quiet grids, in a light and a dark variant. The background and text are the window's reference
// surface of the theme (style/palette.h); every series stands at least 3:1 against the background.
struct ChartPalette
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisLine;
    QColor up;     // a session that closed higher
    QColor down;   // a session that closed lower
    QColor volume;
    QColor marker; // event markers
    QColor selectedMarker;
    QColor labelBackground;
    QList<QColor> series;

    QColor seriesColor(qsizetype index) const { return series[index % series.size()]; }
    static ChartPalette of(ColourTheme theme);
};

// Fonts of every chart, in pixels at 96 DPI: the exporter scales the whole scene for its DPI, and
// point sizes would be scaled a second time by devices of another resolution (PDF, SVG).
struct ChartFonts
{
    QFont title;
    QFont axisTitle;
    QFont axisLabels;
    QFont legend;
    QFont note; // captions, footers and event labels
    static ChartFonts standard();
};

} // namespace tickerline
