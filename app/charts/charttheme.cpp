// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttheme.h"

namespace tickerline {

std::optional<ColourTheme> colourThemeFromString(const QString &name)
{
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return ColourTheme::Light;
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return ColourTheme::Dark;
    return std::nullopt;
}

ChartPalette ChartPalette::of(ColourTheme theme)
{
    ChartPalette p;
    if (theme == ColourTheme::Light) {
        p.background = palette::background(theme);
        p.text = palette::text(theme);
        p.mutedText = palette::mutedText(theme);
        p.grid = QColor(0xe6, 0xe9, 0xed);
        p.axisLine = QColor(0x9a, 0xa5, 0xb1);
        p.up = QColor(0x2e, 0x8b, 0x6a);
        p.down = QColor(0xc2, 0x4e, 0x3f);
        p.volume = QColor(0xb8, 0xc2, 0xcc);
        p.marker = QColor(0x8b, 0x1e, 0x3f);
        p.selectedMarker = QColor(0xe0, 0x8e, 0x0b);
        p.labelBackground = QColor(0xff, 0xff, 0xff, 0xe6); // the background, a little translucent
        p.series = {QColor(0x2b, 0x5d, 0x9b), QColor(0xd0, 0x7c, 0x2e), QColor(0x3a, 0x8f, 0x6c),
                    QColor(0x7b, 0x5a, 0xa6), QColor(0x8c, 0x6d, 0x46), QColor(0x3f, 0x9a, 0xb0),
                    QColor(0xb5, 0x4e, 0x7a), QColor(0x6b, 0x73, 0x7d)};
    } else {
        p.background = palette::background(theme);
        p.text = palette::text(theme);
        p.mutedText = palette::mutedText(theme);
        p.grid = QColor(0x31, 0x37, 0x3e);
        p.axisLine = QColor(0x5c, 0x66, 0x70);
        p.up = QColor(0x5c, 0xbf, 0x94);
        p.down = QColor(0xe8, 0x7a, 0x6b);
        p.volume = QColor(0x45, 0x4e, 0x58);
        p.marker = QColor(0xff, 0x9f, 0xc0);
        p.selectedMarker = QColor(0xf5, 0xc2, 0x42);
        p.labelBackground = QColor(0x1d, 0x21, 0x26, 0xe6);
        p.series = {QColor(0x7d, 0xaf, 0xe8), QColor(0xf2, 0xa6, 0x5a), QColor(0x6c, 0xc4, 0x9c),
                    QColor(0xb7, 0x9c, 0xe0), QColor(0xd4, 0xb4, 0x83), QColor(0x7f, 0xd0, 0xe0),
                    QColor(0xe6, 0x8f, 0xb7), QColor(0xa7, 0xb0, 0xba)};
    }
    return p;
}

ChartFonts ChartFonts::standard()
{
    ChartFonts f;
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setStyleHint(QFont::SansSerif);
    f.title = base;
    f.title.setPixelSize(18);
    f.title.setWeight(QFont::DemiBold);
    f.axisTitle = base;
    f.axisTitle.setPixelSize(13);
    f.axisLabels = base;
    f.axisLabels.setPixelSize(12);
    f.legend = base;
    f.legend.setPixelSize(12);
    f.note = base;
    f.note.setPixelSize(11);
    return f;
}

} // namespace tickerline
