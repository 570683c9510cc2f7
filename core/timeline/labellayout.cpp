// SPDX-License-Identifier: GPL-3.0-or-later
#include "labellayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tickerline {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A label or a badge placed in a row.
struct Slot
{
    double x = 0;
    double lastX = 0; // the rightmost member's marker
    double right = 0;
    int row = 0;
    bool badge = false;
    bool alive = true;
    int priority = 0;
    double minWidth = 0; // a label's narrowest shortening
    double marker = 0;   // a label's marker
    bool firm = false;
    std::vector<std::uint32_t> members;
};

// The rows' slots, each row in x order, so that the neighbours of a position are a binary search away.
class Rows
{
public:
    Rows(int rows, double gap) : m_rows(std::size_t(rows)), m_gap(gap) {}

    std::vector<Slot> slots;

    int count() const { return int(m_rows.size()); }
    // The last slot of the row starting at or before x, or -1.
    int prev(int row, double x) const
    {
        const auto &r = m_rows[std::size_t(row)];
        const auto it = std::upper_bound(r.begin(), r.end(), x, [this](double v, int s) { return v < at(s).x; });
        return it == r.begin() ? -1 : *(it - 1);
    }
    // The first slot of the row starting after x, or -1.
    int next(int row, double x) const
    {
        const auto &r = m_rows[std::size_t(row)];
        const auto it = std::upper_bound(r.begin(), r.end(), x, [this](double v, int s) { return v < at(s).x; });
        return it == r.end() ? -1 : *it;
    }
    // How far a slot starting at x may reach in the row: up to the next slot, less the gap.
    double limit(int row, double x) const
    {
        const int n = next(row, x);
        return n < 0 ? kInf : at(n).x - m_gap;
    }
    int add(Slot slot)
    {
        const int index = int(slots.size());
        auto &r = m_rows[std::size_t(slot.row)];
        const double x = slot.x;
        slots.push_back(std::move(slot));
        r.insert(std::upper_bound(r.begin(), r.end(), x, [this](double v, int s) { return v < at(s).x; }), index);
        return index;
    }
    void remove(int s)
    {
        Slot &slot = slots[std::size_t(s)];
        slot.alive = false;
        auto &r = m_rows[std::size_t(slot.row)];
        r.erase(std::find(r.begin(), r.end(), s));
    }
    const std::vector<int> &row(int r) const { return m_rows[std::size_t(r)]; }
    Slot &at(int s) { return slots[std::size_t(s)]; }
    const Slot &at(int s) const { return slots[std::size_t(s)]; }

private:
    std::vector<std::vector<int>> m_rows;
    double m_gap;
};

} // namespace

LabelLayout::LabelLayout(int rows, double gapPx, double badgeWidthPx, double mergePx, double minLabelPx)
    : m_rows(std::max(rows, 1)), m_gap(gapPx), m_badgeWidth(badgeWidthPx), m_merge(mergePx), m_minLabel(minLabelPx)
{
}

std::vector<LabelGroup> LabelLayout::place(const std::vector<LabelItem> &items, double rightLimit) const
{
    Rows rows(m_rows, m_gap);
    const auto markerOf = [&](std::uint32_t i) {
        const LabelItem &item = items[i];
        return std::isnan(item.marker) ? item.x : item.marker;
    };
    const auto minWidthOf = [&](std::uint32_t i) {
        const LabelItem &item = items[i];
        return std::min(item.width, item.minWidth > 0 ? item.minWidth : m_minLabel);
    };
    // A badge's right edge: its own width, or as far as its last member's marker.
    const auto badgeRight = [&](const Slot &slot) { return std::max(slot.x + m_badgeWidth, slot.lastX); };

    // How far a label may be shortened: 0 to its own readable width; 1 further, to the layout's
    // default, unless it is firm; 2 a firm one too, to a little under half its readable width.
    const auto floorOf = [&](const Slot &slot, int hardness) {
        if (hardness == 0 || (slot.firm && hardness == 1))
            return slot.minWidth;
        return slot.firm ? std::min(slot.minWidth, std::max(m_minLabel, slot.minWidth * 0.45))
                         : std::min(slot.minWidth, m_minLabel);
    };
    // Shortening the label before x in a row so that something can start at x: what the label
    // loses, or -1 when it would become unreadable (or is a badge); 0 when nothing is in the way.
    const auto roomBefore = [&](int row, double x, int *cut, int hardness = 0) {
        *cut = -1;
        const int p = rows.prev(row, x);
        if (p < 0 || rows.at(p).right + m_gap <= x)
            return 0.0;
        const Slot &slot = rows.at(p);
        const double keep = x - m_gap - slot.x;
        if (slot.badge || keep < floorOf(slot, hardness))
            return -1.0;
        *cut = p;
        return slot.right - slot.x - keep; // what the label loses
    };

    // relaxed: the item's own label may be as short as the layout's default too.
    const auto tryLabel = [&](std::uint32_t i, int hardness, bool relaxed) {
        const LabelItem &item = items[i];
        int best = -1, bestCut = -1;
        double bestWidth = 0, bestScore = -kInf;
        for (int r = 0; r < rows.count(); ++r) {
            const double width = std::min(item.width, rows.limit(r, item.x) - item.x);
            if (width < (relaxed ? std::min(minWidthOf(i), m_minLabel) : minWidthOf(i)))
                continue;
            int cut = -1;
            const double loss = roomBefore(r, item.x, &cut, hardness);
            if (loss < 0)
                continue;
            if (cut < 0 && width >= item.width) { // the whole label, nothing shortened: take it
                best = r;
                bestCut = -1;
                bestWidth = width;
                break;
            }
            if (width - loss > bestScore) {
                bestScore = width - loss;
                best = r;
                bestCut = cut;
                bestWidth = width;
            }
        }
        if (best < 0)
            return false;
        if (bestCut >= 0)
            rows.at(bestCut).right = item.x - m_gap;
        rows.add({item.x, markerOf(i), item.x + bestWidth, best, false, true, item.priority, minWidthOf(i),
                  markerOf(i), item.firm, {i}});
        return true;
    };

    // Labels at the same spot as a badge would read as if the badge were theirs too: the badge
    // takes them in, unless they matter more than what it counts.
    const auto absorbNeighbours = [&](int s) {
        for (int r = 0; r < rows.count(); ++r) {
            if (r == rows.at(s).row)
                continue;
            for (int k = rows.prev(r, rows.at(s).lastX + m_merge); k >= 0;) {
                const Slot &other = rows.at(k);
                if (other.right + m_merge < rows.at(s).x - m_merge)
                    break;
                const int before = rows.prev(r, other.x - 1e-9);
                if (!other.badge && !other.firm && other.priority <= rows.at(s).priority && other.marker >= rows.at(s).x - m_merge
                    && other.marker <= rows.at(s).lastX + m_merge) {
                    Slot &slot = rows.at(s);
                    slot.members.insert(slot.members.end(), other.members.begin(), other.members.end());
                    rows.remove(k);
                }
                k = before;
            }
        }
    };

    // Adds item i to badge s in its row, if the badge then still ends before the row's next slot.
    const auto tryJoin = [&](int s, std::uint32_t i) {
        Slot &slot = rows.at(s);
        const double lastX = std::max(slot.lastX, markerOf(i));
        if (std::max(slot.x + m_badgeWidth, lastX) > rows.limit(slot.row, slot.x))
            return false;
        slot.lastX = lastX;
        slot.right = badgeRight(slot);
        slot.members.push_back(i);
        slot.priority = std::max(slot.priority, items[i].priority);
        absorbNeighbours(s);
        return true;
    };

    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < items.size(); ++i)
        if (items[i].priority > 0)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return items[a].priority > items[b].priority; });
    std::vector<bool> placed(items.size(), false);
    // First the items that matter most, each where it fits best.
    for (std::uint32_t i : order)
        placed[i] = tryLabel(i, 0, false);

    // Then the rest in x order, in the room left.
    for (std::uint32_t i = 0; i < items.size(); ++i) {
        if (placed[i])
            continue;
        const LabelItem &item = items[i];
        const double marker = markerOf(i);
        bool done = false;
        // A badge already standing at this spot takes it.
        for (int r = 0; r < rows.count() && !done; ++r) {
            const int p = rows.prev(r, marker + m_merge);
            done = p >= 0 && rows.at(p).badge && marker <= rows.at(p).lastX + m_merge && tryJoin(p, i);
        }
        if (done || tryLabel(i, 0, false))
            continue;
        // A badge just before, which the label would run into.
        for (int r = 0; r < rows.count() && !done; ++r) {
            const int p = rows.prev(r, item.x);
            done = p >= 0 && rows.at(p).badge && rows.at(p).right + m_gap > item.x && tryJoin(p, i);
        }
        if (done || tryLabel(i, 0, true))
            continue;
        // A badge of its own, at its marker.
        const auto ownBadge = [&](int hardness) {
            const double badgeX = std::min(marker, rightLimit - m_badgeWidth);
            for (int r = 0; r < rows.count(); ++r) {
                if (badgeX + m_badgeWidth > rows.limit(r, badgeX))
                    continue;
                int cut = -1;
                if (roomBefore(r, badgeX, &cut, hardness) < 0)
                    continue;
                if (cut >= 0)
                    rows.at(cut).right = badgeX - m_gap;
                const int s = rows.add({badgeX, marker, 0, r, true, true, item.priority, 0, marker, false, {i}});
                rows.at(s).right = badgeRight(rows.at(s));
                absorbNeighbours(s);
                return true;
            }
            return false;
        };
        if (ownBadge(0))
            continue;
        // The label in the way becomes a badge of both: the least important one, the nearest;
        // first only among those that matter no more than this item.
        const auto convert = [&](bool anyPriority) {
            int best = -1;
            double bestX = 0;
            for (int r = 0; r < rows.count(); ++r) {
                const int p = rows.prev(r, item.x);
                if (p < 0 || rows.at(p).badge || rows.at(p).right + m_gap <= item.x)
                    continue;
                const Slot &slot = rows.at(p);
                if (slot.firm || (!anyPriority && slot.priority > item.priority))
                    continue;
                const double x = std::max(slot.x, std::min({slot.marker, marker, rightLimit - m_badgeWidth,
                                                            rows.limit(r, slot.x) - m_badgeWidth}));
                if (std::max({x + m_badgeWidth, slot.marker, marker}) > rows.limit(r, slot.x))
                    continue;
                if (best < 0 || slot.priority < rows.at(best).priority
                    || (slot.priority == rows.at(best).priority && slot.x > rows.at(best).x)) {
                    best = p;
                    bestX = x;
                }
            }
            if (best < 0)
                return false;
            Slot &slot = rows.at(best);
            slot.badge = true;
            slot.x = bestX; // between its neighbours still: the row keeps its order
            slot.lastX = std::max(slot.marker, marker);
            slot.members.push_back(i);
            slot.priority = std::max(slot.priority, item.priority);
            slot.right = badgeRight(slot);
            absorbNeighbours(best);
            return true;
        };
        if (convert(false))
            continue;
        // A badge just before a more important label that starts at this spot.
        for (int r = 0; r < rows.count() && !done; ++r) {
            const int n = rows.next(r, marker - m_merge);
            if (n < 0 || rows.at(n).x >= marker + m_badgeWidth + m_gap)
                continue;
            const double x = rows.at(n).x - m_gap - m_badgeWidth;
            const int p = rows.prev(r, rows.at(n).x - 1e-9);
            if (p >= 0 && rows.at(p).badge && rows.at(p).right > x - m_gap) {
                // One there already: it takes this item too, reaching on towards it.
                Slot &slot = rows.at(p);
                slot.right = std::max(slot.right, std::min(marker, rows.at(n).x - m_gap));
                slot.lastX = std::max(slot.lastX, std::min(marker, slot.right));
                slot.members.push_back(i);
                done = true;
                break;
            }
            int cut = -1;
            if (roomBefore(r, x, &cut) < 0)
                continue;
            if (cut >= 0)
                rows.at(cut).right = x - m_gap;
            rows.add({x, marker, x + m_badgeWidth, r, true, true, item.priority, 0, marker, false, {i}});
            done = true;
        }
        // Then shorter labels for the more important ones, rather than losing one to a badge.
        if (done || tryLabel(i, 1, true) || ownBadge(1) || convert(true) || tryLabel(i, 2, true) || ownBadge(2))
            continue;
        // Nothing else is left: the nearest slot that is not firm takes it, reaching towards it as
        // far as its row allows.
        int nearest = -1;
        double distance = kInf;
        for (int r = 0; r < rows.count(); ++r) {
            int before = rows.prev(r, marker);
            while (before >= 0 && rows.at(before).firm)
                before = rows.prev(r, rows.at(before).x - 1e-9);
            int after = rows.next(r, marker);
            while (after >= 0 && rows.at(after).firm)
                after = rows.next(r, rows.at(after).x);
            for (const int k : {before, after}) {
                if (k < 0)
                    continue;
                const double d = std::max({0.0, rows.at(k).x - marker, marker - rows.at(k).right});
                if (d < distance) {
                    distance = d;
                    nearest = k;
                }
            }
        }
        if (nearest >= 0) {
            Slot &slot = rows.at(nearest);
            const double limit = rows.limit(slot.row, slot.x);
            if (!slot.badge)
                slot.lastX = slot.marker;
            slot.badge = true;
            slot.members.push_back(i);
            slot.lastX = std::max(slot.lastX, std::min(marker, limit));
            slot.right = std::max(slot.x + std::min(m_badgeWidth, limit - slot.x), std::min(slot.lastX, limit));
            continue;
        }
        // Only firm labels here: the first row's slot takes it, and whatever it then runs into.
        int s = rows.prev(0, item.x);
        if (s < 0)
            s = rows.next(0, item.x);
        if (s < 0) {
            rows.add({marker, marker, marker + m_badgeWidth, 0, true, true, 0, 0, marker, false, {i}});
            continue;
        }
        Slot &slot = rows.at(s);
        slot.badge = true;
        if (rows.prev(0, slot.x - 1e-9) < 0)
            slot.x = std::min(slot.x, marker); // the row's first: it may reach back to its new member
        slot.lastX = std::max({slot.marker, slot.lastX, marker});
        slot.members.push_back(i);
        slot.right = badgeRight(slot);
        for (int n = rows.next(0, slot.x); n >= 0 && rows.at(n).x < rows.at(s).right + m_gap; n = rows.next(0, rows.at(s).x)) {
            Slot &target = rows.at(s);
            const Slot &other = rows.at(n);
            target.members.insert(target.members.end(), other.members.begin(), other.members.end());
            target.lastX = std::max({target.lastX, other.lastX, other.marker});
            rows.remove(n);
            target.right = badgeRight(target);
        }
    }

    std::vector<LabelGroup> groups;
    for (Slot &slot : rows.slots) {
        if (!slot.alive)
            continue;
        std::sort(slot.members.begin(), slot.members.end());
        LabelGroup group;
        group.x = slot.x;
        group.lastX = slot.badge ? slot.lastX : slot.marker;
        group.right = slot.right;
        group.row = slot.row;
        group.first = slot.members.front();
        group.count = std::uint32_t(slot.members.size());
        group.badge = slot.badge;
        group.members = std::move(slot.members);
        groups.push_back(std::move(group));
    }
    std::sort(groups.begin(), groups.end(), [](const LabelGroup &a, const LabelGroup &b) { return a.first < b.first; });
    return groups;
}

} // namespace tickerline
