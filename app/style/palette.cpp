// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace tickerline::palette {

namespace {

bool light(ColourTheme theme)
{
    return theme == ColourTheme::Light;
}

// By kind, in the order of kEventKinds (core/domain/entities.h): a light and a dark hue each.
struct KindColor
{
    EventKind kind;
    QRgb onLight;
    QRgb onDark;
};
constexpr std::array<KindColor, kEventKinds.size()> kKindColors{{
    {EventKind::Statement, qRgb(0x4e, 0x79, 0xa7), qRgb(0x6f, 0x9f, 0xd8)},
    {EventKind::Release, qRgb(0xd0, 0x7a, 0x2c), qRgb(0xf0, 0xa3, 0x5e)},
    {EventKind::Market, qRgb(0xc8, 0x55, 0x3d), qRgb(0xe8, 0x73, 0x5a)},
    {EventKind::Policy, qRgb(0x4f, 0x95, 0x45), qRgb(0x78, 0xc1, 0x6d)},
    {EventKind::Deal, qRgb(0x8e, 0x6b, 0xb5), qRgb(0xb0, 0x93, 0xd6)},
    {EventKind::Report, qRgb(0x30, 0x91, 0x98), qRgb(0x5c, 0xc0, 0xc6)},
    {EventKind::Other, qRgb(0x80, 0x80, 0x80), qRgb(0xa0, 0xa4, 0xa8)},
}};
static_assert(
    [] {
        for (std::size_t i = 0; i < kKindColors.size(); ++i) {
            if (kKindColors[i].kind != kEventKinds[i].kind)
                return false;
        }
        return true;
    }(),
    "one colour per kind, in the order of kEventKinds");

// Pale on light (dark ink), deep on dark (light ink); the last is a quote with no speaker.
constexpr std::array<QRgb, 8> kSpeakersOnLight{qRgb(0xff, 0xe0, 0x66), qRgb(0xa5, 0xd8, 0xff), qRgb(0xb2, 0xf2, 0xbb),
                                               qRgb(0xfc, 0xc2, 0xd7), qRgb(0xd0, 0xbf, 0xff), qRgb(0xff, 0xc0, 0x78),
                                               qRgb(0x99, 0xe9, 0xf2), qRgb(0xd8, 0xf5, 0xa2)};
constexpr std::array<QRgb, 8> kSpeakersOnDark{qRgb(0x5c, 0x4a, 0x00), qRgb(0x1e, 0x4a, 0x6e), qRgb(0x1f, 0x51, 0x30),
                                              qRgb(0x6a, 0x28, 0x45), qRgb(0x43, 0x37, 0x7a), qRgb(0x6b, 0x3d, 0x10),
                                              qRgb(0x13, 0x56, 0x60), qRgb(0x3f, 0x54, 0x12)};
constexpr QRgb kNoSpeakerOnLight = qRgb(0xde, 0xe2, 0xe6);
constexpr QRgb kNoSpeakerOnDark = qRgb(0x3a, 0x3f, 0x45);

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

ColourTheme themeOf(const QPalette &palette)
{
    return isDark(palette) ? ColourTheme::Dark : ColourTheme::Light;
}

QColor background(ColourTheme theme)
{
    return light(theme) ? QColor(0xff, 0xff, 0xff) : QColor(0x1d, 0x21, 0x26);
}

QColor text(ColourTheme theme)
{
    return light(theme) ? QColor(0x26, 0x2b, 0x33) : QColor(0xe1, 0xe6, 0xec);
}

QColor mutedText(ColourTheme theme)
{
    return light(theme) ? QColor(0x5f, 0x66, 0x73) : QColor(0x9a, 0xa4, 0xb0);
}

QColor mutedText(const QPalette &palette)
{
    // A quarter of the way from the text to the background: quieter, still above 4.5:1 on both.
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.25);
}

QColor selection(ColourTheme theme)
{
    return light(theme) ? QColor(0x1f, 0x5f, 0xbf) : QColor(0x6e, 0xa8, 0xfe);
}

QColor kindColor(EventKind kind)
{
    return kindColor(kind, ColourTheme::Light);
}

QColor kindColor(EventKind kind, ColourTheme theme)
{
    const auto index = std::size_t(kind);
    if (index >= kKindColors.size())
        return neutralLaneColor(theme);
    return QColor(light(theme) ? kKindColors[index].onLight : kKindColors[index].onDark);
}

QColor neutralLaneColor(ColourTheme theme)
{
    return light(theme) ? QColor(0x5b, 0x70, 0x83) : QColor(0x8f, 0xa3, 0xb6);
}

QColor speakerColor(int index)
{
    return speakerColor(index, ColourTheme::Light);
}

QColor speakerColor(int index, ColourTheme theme, QuoteLook look)
{
    const auto &colors = light(theme) ? kSpeakersOnLight : kSpeakersOnDark;
    const QColor base(index < 0 ? (light(theme) ? kNoSpeakerOnLight : kNoSpeakerOnDark)
                                : colors[std::size_t(index) % colors.size()]);
    switch (look) {
    case QuoteLook::Normal:
        return base;
    case QuoteLook::Emphasized:
        // The same hue, more saturated: the selected event's quotes stand out in the speaker's colour.
        return light(theme) ? QColor::fromHsv(base.hsvHue(), std::min(255, base.hsvSaturation() * 17 / 10),
                                              base.value() * 96 / 100)
                            : QColor::fromHsv(base.hsvHue(), std::min(255, base.hsvSaturation() * 13 / 10),
                                              std::min(255, base.value() * 6 / 5));
    case QuoteLook::Receded:
        return mix(base, background(theme), light(theme) ? 2.0 / 3.0 : 0.5);
    }
    return base;
}

QColor quoteInk(ColourTheme theme)
{
    return light(theme) ? QColor(0x1b, 0x1b, 0x1b) : QColor(0xec, 0xef, 0xf3);
}

QColor quoteFlash(ColourTheme theme)
{
    return light(theme) ? QColor(0xff, 0x92, 0x2b) : QColor(0x9a, 0x4a, 0x08);
}

QColor problemText(ColourTheme theme)
{
    return light(theme) ? QColor(0xb3, 0x26, 0x1e) : QColor(0xff, 0x8a, 0x80);
}

QColor fineText(ColourTheme theme)
{
    return light(theme) ? QColor(0x1e, 0x6b, 0x32) : QColor(0x7f, 0xd0, 0x8a);
}

QColor anchorStatusColor(AnchorStatus status)
{
    return anchorStatusColor(status, ColourTheme::Light);
}

QColor anchorStatusColor(AnchorStatus status, ColourTheme theme)
{
    switch (status) {
    case AnchorStatus::Exact:
        return light(theme) ? QColor(0x2e, 0x7d, 0x32) : QColor(0x66, 0xbb, 0x6a);
    case AnchorStatus::Moved:
        return light(theme) ? QColor(0x15, 0x65, 0xc0) : QColor(0x64, 0xa8, 0xf0);
    case AnchorStatus::Fuzzy:
        return light(theme) ? QColor(0x9a, 0x5c, 0x00) : QColor(0xf0, 0xa0, 0x30);
    case AnchorStatus::Orphaned:
        break;
    }
    return light(theme) ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x6b, 0x6b);
}

QPalette windowPalette(ColourTheme theme)
{
    if (light(theme)) {
        // Fusion's own light palette, with the reference text colour.
        QPalette p(QColor(0xef, 0xf0, 0xf1), QColor(0xef, 0xf0, 0xf1));
        p.setColor(QPalette::Base, background(theme));
        p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
            p.setColor(role, text(theme));
        p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
        p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xbf));
        p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0x9a));
        p.setColor(QPalette::PlaceholderText, mutedText(theme));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x9a, 0xa0, 0xa8));
        return p;
    }
    // QPalette(button, window) derives the bevel shades (Light, Mid, Dark…) the style draws with.
    QPalette p(QColor(0x34, 0x3a, 0x40), QColor(0x2a, 0x2e, 0x33));
    p.setColor(QPalette::Base, background(theme));
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x2a, 0x30));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(role, text(theme));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2e, 0x33));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7d, 0xaf, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb7, 0x9c, 0xe0));
    p.setColor(QPalette::PlaceholderText, mutedText(theme));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x70, 0x78, 0x82));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4f, 0x55));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x24, 0x28, 0x2d));
    return p;
}

ViewColours ViewColours::of(const QPalette &palette)
{
    ViewColours c;
    c.theme = themeOf(palette);
    const bool onLight = light(c.theme);
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.mutedText = palette::mutedText(palette);
    // Shades between the background and the text: the same weight on light and on dark.
    const auto toward = [&c](double amount) { return mix(c.background, c.text, amount); };
    c.grid = toward(onLight ? 0.10 : 0.13);
    c.header = toward(onLight ? 0.045 : 0.06);
    c.headerLine = toward(0.22);
    c.contextTick = toward(0.42);
    c.tick = toward(0.32);
    c.lane = toward(onLight ? 0.05 : 0.07);
    c.laneAlternate = toward(onLight ? 0.025 : 0.035);
    c.closedMarket = toward(onLight ? 0.07 : 0.09);
    c.extendedMarket = mix(c.background, QColor(0xe8, 0xb0, 0x40), onLight ? 0.12 : 0.10);
    c.selection = palette::selection(c.theme);
    c.badge = mix(c.background, palette::selection(c.theme), onLight ? 0.12 : 0.25);
    c.denseBadge = toward(onLight ? 0.07 : 0.12);
    c.badgeBorder = toward(0.40);
    return c;
}

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const auto blend = [amount](double from, double to) { return from + (to - from) * amount; };
    return QColor::fromRgbF(float(blend(x.redF(), y.redF())), float(blend(x.greenF(), y.greenF())),
                            float(blend(x.blueF(), y.blueF())), float(blend(x.alphaF(), y.alphaF())));
}

} // namespace tickerline::palette
