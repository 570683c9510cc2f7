// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <array>

namespace tickerline::palette {

QColor kindColor(EventKind kind)
{
    // By kind, in the order of kEventKinds (core/domain/entities.h).
    struct KindColor
    {
        EventKind kind;
        QRgb rgb;
    };
    static constexpr std::array<KindColor, kEventKinds.size()> colors{{
        {EventKind::Statement, qRgb(0x4e, 0x79, 0xa7)},
        {EventKind::Release, qRgb(0xe0, 0x8e, 0x45)},
        {EventKind::Market, qRgb(0xc8, 0x55, 0x3d)},
        {EventKind::Policy, qRgb(0x59, 0xa1, 0x4f)},
        {EventKind::Deal, qRgb(0x8e, 0x6b, 0xb5)},
        {EventKind::Report, qRgb(0x3a, 0x9e, 0xa5)},
        {EventKind::Other, qRgb(0x8c, 0x8c, 0x8c)},
    }};
    static_assert(
        [] {
            for (std::size_t i = 0; i < colors.size(); ++i) {
                if (colors[i].kind != kEventKinds[i].kind)
                    return false;
            }
            return true;
        }(),
        "one colour per kind, in the order of kEventKinds");
    const auto index = std::size_t(kind);
    return index < colors.size() ? QColor(colors[index].rgb) : QColor(0x5b, 0x70, 0x83);
}

QColor speakerColor(int index)
{
    static const std::array<QColor, 8> colors{QColor(0xff, 0xe0, 0x66), QColor(0xa5, 0xd8, 0xff),
                                              QColor(0xb2, 0xf2, 0xbb), QColor(0xfc, 0xc2, 0xd7),
                                              QColor(0xd0, 0xbf, 0xff), QColor(0xff, 0xc0, 0x78),
                                              QColor(0x99, 0xe9, 0xf2), QColor(0xd8, 0xf5, 0xa2)};
    if (index < 0)
        return QColor(0xde, 0xe2, 0xe6);
    return colors[std::size_t(index) % colors.size()];
}

QColor anchorStatusColor(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Exact: return QColor(0x2e, 0x7d, 0x32);
    case AnchorStatus::Moved: return QColor(0x15, 0x65, 0xc0);
    case AnchorStatus::Fuzzy: return QColor(0xb2, 0x6a, 0x00);
    case AnchorStatus::Orphaned: break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace tickerline::palette
