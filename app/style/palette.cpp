// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <array>

namespace tickerline::palette {

QColor kindColor(EventKind kind)
{
    static const std::array<QColor, 7> colors{
        QColor(0x4e, 0x79, 0xa7), // statement
        QColor(0xe0, 0x8e, 0x45), // release
        QColor(0xc8, 0x55, 0x3d), // market
        QColor(0x59, 0xa1, 0x4f), // policy
        QColor(0x8e, 0x6b, 0xb5), // deal
        QColor(0x3a, 0x9e, 0xa5), // report
        QColor(0x8c, 0x8c, 0x8c), // other
    };
    const auto index = std::size_t(kind);
    return index < colors.size() ? colors[index] : QColor(0x5b, 0x70, 0x83);
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
