// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QColor>

class QPalette;

namespace tickerline {

// Light or dark: of the window (decided from its palette) or of an exported chart (chosen).
enum class ColourTheme { Light, Dark };

} // namespace tickerline

namespace tickerline::palette {

// The application's one set of meaningful colours, so that a kind, a speaker or an anchor status
// looks the same on the timeline, the charts, the source panes and the inspector, in either theme.

// Qt 6.4 has no QStyleHints::colorScheme: a palette is dark when its window is darker than its text.
bool isDark(const QPalette &palette);
ColourTheme themeOf(const QPalette &palette);

// The reference surface of each theme: what the window's own palette is when the user chose Light
// or Dark, and what charts and their exports are drawn on.
QColor background(ColourTheme theme);
QColor text(ColourTheme theme);
QColor mutedText(ColourTheme theme);
// The same, from a palette of the platform's (which need not be either reference).
QColor mutedText(const QPalette &palette);
// Where a selected event is marked, and the text of its label.
QColor selection(ColourTheme theme);

// One calm, distinguishable hue per kind of event (after Tableau 10), on a light background.
QColor kindColor(EventKind kind);
// The same hues for the theme's background: lighter on dark, so that they stand out from it.
QColor kindColor(EventKind kind, ColourTheme theme);
// A lane that is no kind (an actor's, a symbol's).
QColor neutralLaneColor(ColourTheme theme);

// Quote highlights: a background per speaker, index 0, 1, 2… in the order speakers first appear;
// a negative index is a quote with no speaker. Each look keeps quoteInk(theme) readable on it
// (contrast at least 4.5:1): pale on light, deep on dark.
enum class QuoteLook {
    Normal,
    Emphasized, // the selected event's quotes
    Receded,    // the other quotes beside an emphasized one
};
QColor speakerColor(int index); // light, Normal
QColor speakerColor(int index, ColourTheme theme, QuoteLook look = QuoteLook::Normal);
QColor quoteInk(ColourTheme theme);
// The brief flash of the quote just opened.
QColor quoteFlash(ColourTheme theme);

// A dialog's message: something to fix, or all is well.
QColor problemText(ColourTheme theme);
QColor fineText(ColourTheme theme);

QColor anchorStatusColor(AnchorStatus status); // on light
QColor anchorStatusColor(AnchorStatus status, ColourTheme theme);

// The window's palette for a theme the user chose (View → Theme), for the Fusion style.
QPalette windowPalette(ColourTheme theme);

// The colours a custom-painted view (the timeline) draws with, derived from the palette it is
// shown with: a platform's dark theme is followed as well as the reference ones.
struct ViewColours
{
    ColourTheme theme = ColourTheme::Light;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;        // time grid, lane separators
    QColor header;      // the axis bar
    QColor headerLine;  // its bottom edge
    QColor contextTick; // day, month or year boundaries in the axis
    QColor tick;
    QColor lane; // lane names' gutter, every other lane
    QColor laneAlternate;
    QColor closedMarket;   // weekends, holidays, nights
    QColor extendedMarket; // pre- and after-market hours
    QColor selection;
    QColor badge;
    QColor denseBadge;
    QColor badgeBorder;

    static ViewColours of(const QPalette &palette);
};

// WCAG 2 relative luminance and contrast ratio (1 to 21), to keep text readable.
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);
// a and b mixed: 0 is a, 1 is b.
QColor mix(const QColor &a, const QColor &b, double amount);

} // namespace tickerline::palette
