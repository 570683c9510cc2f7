// SPDX-License-Identifier: GPL-3.0-or-later
#include "m4decimator.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace tickerline {

M4Decimator::M4Decimator(std::vector<double> xs, std::vector<double> ys)
{
    const std::size_t n = std::min(xs.size(), ys.size());
    m_x.reserve(n);
    m_y.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(xs[i]) && std::isfinite(ys[i])) {
            m_x.push_back(xs[i]);
            m_y.push_back(ys[i]);
        }
    }
    buildPyramid();
}

void M4Decimator::buildPyramid()
{
    const std::size_t n = m_x.size();
    std::size_t blocks = n >> kBaseShift;
    if (blocks == 0)
        return;
    std::vector<std::uint32_t> mins(blocks), maxs(blocks);
    const std::size_t base = std::size_t(1) << kBaseShift;
    for (std::size_t b = 0; b < blocks; ++b) {
        std::size_t lo = b * base, hi = b * base;
        for (std::size_t i = b * base + 1; i < (b + 1) * base; ++i) {
            if (m_y[i] < m_y[lo])
                lo = i;
            if (m_y[i] > m_y[hi])
                hi = i;
        }
        mins[b] = std::uint32_t(lo);
        maxs[b] = std::uint32_t(hi);
    }
    m_min.push_back(std::move(mins));
    m_max.push_back(std::move(maxs));
    while ((blocks >>= 1) > 0) {
        const auto &below = m_min.back();
        const auto &belowMax = m_max.back();
        std::vector<std::uint32_t> up(blocks), upMax(blocks);
        for (std::size_t b = 0; b < blocks; ++b) {
            const std::uint32_t l = below[2 * b], r = below[2 * b + 1];
            up[b] = m_y[r] < m_y[l] ? r : l; // ties keep the left one: the first occurrence
            const std::uint32_t lm = belowMax[2 * b], rm = belowMax[2 * b + 1];
            upMax[b] = m_y[rm] > m_y[lm] ? rm : lm;
        }
        m_min.push_back(std::move(up));
        m_max.push_back(std::move(upMax));
    }
}

std::pair<std::size_t, std::size_t> M4Decimator::indexRange(double xFrom, double xTo) const
{
    const auto begin = std::lower_bound(m_x.begin(), m_x.end(), xFrom);
    const auto end = std::upper_bound(begin, m_x.end(), xTo);
    return {std::size_t(begin - m_x.begin()), std::size_t(end - m_x.begin())};
}

std::pair<std::size_t, std::size_t> M4Decimator::minMaxIndex(std::size_t begin, std::size_t end) const
{
    std::size_t lo = begin, hi = begin;
    auto take = [&](std::size_t l, std::size_t h) {
        if (m_y[l] < m_y[lo])
            lo = l;
        if (m_y[h] > m_y[hi])
            hi = h;
    };
    std::size_t i = begin;
    // Left to right, so that ties keep the first occurrence: single points up to a block
    // boundary, then the largest aligned blocks that fit, then single points again.
    while (i < end) {
        int level = -1;
        const std::size_t remaining = end - i;
        if (!m_min.empty() && remaining >= (std::size_t(1) << kBaseShift)) {
            const int aligned = i == 0 ? 64 : std::countr_zero(i);
            const int fits = std::bit_width(remaining) - 1;
            level = std::min({aligned, fits, int(m_min.size()) - 1 + kBaseShift}) - kBaseShift;
        }
        if (level < 0) {
            take(i, i);
            ++i;
        } else {
            const std::size_t block = i >> (level + kBaseShift);
            take(m_min[std::size_t(level)][block], m_max[std::size_t(level)][block]);
            i += std::size_t(1) << (level + kBaseShift);
        }
    }
    return {lo, hi};
}

bool M4Decimator::yRange(double xFrom, double xTo, double *low, double *high) const
{
    const auto [begin, end] = indexRange(xFrom, xTo);
    if (begin >= end)
        return false;
    const auto [lo, hi] = minMaxIndex(begin, end);
    *low = m_y[lo];
    *high = m_y[hi];
    return true;
}

std::vector<QPointF> M4Decimator::decimate(double xFrom, double xTo, int columns) const
{
    std::vector<QPointF> out;
    const auto [begin, end] = indexRange(xFrom, xTo);
    if (begin >= end || columns <= 0)
        return out;
    if (end - begin <= std::size_t(columns) * 4) {
        out.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i)
            out.emplace_back(m_x[i], m_y[i]);
        return out;
    }
    out.reserve(std::size_t(columns) * 4);
    const double width = (xTo - xFrom) / columns;
    std::size_t first = begin;
    for (int c = 0; c < columns && first < end; ++c) {
        // The last column is closed at xTo; the others end before their right edge.
        std::size_t next = end;
        if (c + 1 < columns) {
            const double edge = xFrom + width * (c + 1);
            next = std::size_t(std::lower_bound(m_x.begin() + std::ptrdiff_t(first), m_x.begin() + std::ptrdiff_t(end),
                                                edge) - m_x.begin());
        }
        if (next == first)
            continue;
        const std::size_t last = next - 1;
        auto [lo, hi] = minMaxIndex(first, next);
        std::size_t picks[4] = {first, lo, hi, last};
        std::sort(picks, picks + 4);
        for (int k = 0; k < 4; ++k) {
            if (k == 0 || picks[k] != picks[k - 1])
                out.emplace_back(m_x[picks[k]], m_y[picks[k]]);
        }
        first = next;
    }
    return out;
}

} // namespace tickerline
