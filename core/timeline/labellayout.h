// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Places the labels of one lane so that none overlaps another. Labels sit in a few rows under
// the lane's track, each starting at its marker. An item whose label fits in no row joins the
// group just before it, and that group swallows the groups whose markers touch it; a group of
// more than one item is drawn as a count badge instead of a label, and the user opens it by
// zooming in or hovering it.

#include <cstdint>
#include <vector>

namespace tickerline {

struct LabelItem
{
    double x = 0;     // marker position, items sorted by it
    double width = 0; // width of the item's own label
    std::uint32_t id = 0;
};

struct LabelGroup
{
    double x = 0;     // where the label or badge starts
    double lastX = 0; // marker of the group's last item
    double right = 0; // right edge of what is drawn in the row
    int row = 0;
    std::uint32_t first = 0; // position of the first item; members are consecutive
    std::uint32_t count = 0;
    bool isBadge() const { return count > 1; }
};

class LabelLayout final
{
public:
    explicit LabelLayout(int rows, double gapPx = 8.0, double badgeWidthPx = 32.0,
                         double mergePx = 6.0);

    // Items must be sorted by x. Returns groups in x order of their first item.
    std::vector<LabelGroup> place(const std::vector<LabelItem> &items) const;

private:
    int m_rows;
    double m_gap;
    double m_badgeWidth;
    double m_merge;
};

} // namespace tickerline
