// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Places the labels of one lane so that none overlaps another. Labels sit in a few rows under
// the lane's track, each starting at its marker. Items that matter more (the selected event, the
// episode's key events) are placed first; the others fill the room left, a label shortened (with
// an ellipsis) rather than dropped while it stays readable. What still fits nowhere is counted by
// a badge that stands at its own events — never at some earlier label's place — and the user
// opens it by zooming in or hovering it.

#include <cstdint>
#include <limits>
#include <vector>

namespace tickerline {

struct LabelItem
{
    double x = 0;     // where the label starts: its marker, or left of it near the right edge
    double width = 0; // width of the item's whole label
    std::uint32_t id = 0;
    int priority = 0;    // higher: labelled first, shortened last
    double minWidth = 0; // narrowest readable shortening; 0: the layout's default
    double marker = std::numeric_limits<double>::quiet_NaN(); // the event's position; NaN: at x
    // Never shortened below minWidth (the selected event); others may be, to the layout's
    // default, rather than an item beside them losing its label.
    bool firm = false;
};

struct LabelGroup
{
    double x = 0;     // where the label or badge starts
    double lastX = 0; // marker of the group's last item
    double right = 0; // right edge of what is drawn in the row
    int row = 0;
    std::uint32_t first = 0; // position of the first item (in x order)
    std::uint32_t count = 0;
    bool badge = false;
    std::vector<std::uint32_t> members; // positions of the items, in x order
    bool isBadge() const { return badge; }
};

class LabelLayout final
{
public:
    explicit LabelLayout(int rows, double gapPx = 8.0, double badgeWidthPx = 32.0,
                         double mergePx = 6.0, double minLabelPx = 56.0);

    // Items must be sorted by x. Returns groups in x order of their first item. Badges keep left
    // of rightLimit where they can. Costs O(n log n + n × rows) for n items.
    std::vector<LabelGroup> place(const std::vector<LabelItem> &items,
                                  double rightLimit = std::numeric_limits<double>::infinity()) const;

private:
    int m_rows;
    double m_gap;
    double m_badgeWidth;
    double m_merge;
    double m_minLabel;
};

} // namespace tickerline
