// SPDX-License-Identifier: GPL-3.0-or-later
#include "labellayout.h"

#include <algorithm>
#include <limits>

namespace tickerline {

LabelLayout::LabelLayout(int rows, double gapPx, double badgeWidthPx, double mergePx)
    : m_rows(std::max(rows, 1)), m_gap(gapPx), m_badgeWidth(badgeWidthPx), m_merge(mergePx)
{
}

std::vector<LabelGroup> LabelLayout::place(const std::vector<LabelItem> &items) const
{
    std::vector<LabelGroup> groups;
    std::vector<double> rowRight(static_cast<std::size_t>(m_rows),
                                 -std::numeric_limits<double>::infinity());
    // A group turning into a badge is the last one of its row, and everything before it in the row
    // ends before its start: the row's edge becomes the badge's, freeing the label's room.
    auto widen = [&](LabelGroup &group) {
        group.right = std::max(group.x + m_badgeWidth, group.lastX);
        rowRight[static_cast<std::size_t>(group.row)] = group.right;
    };
    for (std::uint32_t i = 0; i < items.size(); ++i) {
        const LabelItem &item = items[i];
        int row = -1;
        for (int r = 0; r < m_rows && row < 0; ++r)
            if (item.x >= rowRight[static_cast<std::size_t>(r)] + m_gap)
                row = r;
        if (row >= 0 || groups.empty()) {
            row = std::max(row, 0);
            groups.push_back({item.x, item.x, item.x + item.width, row, i, 1});
            double &right = rowRight[static_cast<std::size_t>(row)];
            right = std::max(right, item.x + item.width);
            continue;
        }
        // No row has room: the item joins the latest group, which becomes a badge.
        groups.back().count += 1;
        groups.back().lastX = item.x;
        widen(groups.back());
        // Labels beside a badge for the same spot would mislead: one badge stands for them all.
        while (groups.size() > 1) {
            LabelGroup &last = groups[groups.size() - 1];
            LabelGroup &previous = groups[groups.size() - 2];
            if (previous.lastX < last.x - m_merge)
                break;
            previous.count += last.count;
            previous.lastX = last.lastX;
            groups.pop_back();
            widen(groups.back());
        }
    }
    return groups;
}

} // namespace tickerline
