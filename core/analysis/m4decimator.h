// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include <cstdint>
#include <utility>
#include <vector>

namespace tickerline {

// M4 decimation (Jugel et al., VLDB 2014): for each pixel column keep the first, the lowest, the
// highest and the last point, which draws the same line as the full series at that width. A
// min/max pyramid over the series answers "lowest and highest in this index range" in O(log n),
// so re-decimating after a zoom costs about columns × log n instead of a scan of the series.
class M4Decimator final
{
public:
    M4Decimator() = default;
    // xs must not decrease. Points with a non-finite x or y are dropped: they cannot be drawn.
    M4Decimator(std::vector<double> xs, std::vector<double> ys);

    std::size_t size() const { return m_x.size(); }
    bool isEmpty() const { return m_x.empty(); }
    double firstX() const { return m_x.front(); }
    double lastX() const { return m_x.back(); }
    const std::vector<double> &xs() const { return m_x; }
    const std::vector<double> &ys() const { return m_y; }

    // The points with x in [xFrom, xTo], at most 4 × columns of them, in x order: the series as
    // is when it is that short already, otherwise M4 over `columns` equal-width columns.
    std::vector<QPointF> decimate(double xFrom, double xTo, int columns) const;

    // Lowest and highest y with x in [xFrom, xTo]; nothing when no point is there.
    bool yRange(double xFrom, double xTo, double *low, double *high) const;

    // Index range [begin, end) of the points with x in [xFrom, xTo].
    std::pair<std::size_t, std::size_t> indexRange(double xFrom, double xTo) const;
    // Indices of the first lowest and the first highest point in [begin, end), begin < end.
    std::pair<std::size_t, std::size_t> minMaxIndex(std::size_t begin, std::size_t end) const;

private:
    void buildPyramid();

    std::vector<double> m_x;
    std::vector<double> m_y;
    // m_min[k][i] / m_max[k][i]: index of the first lowest / highest point of the block
    // [i << (k + kBaseShift), (i + 1) << (k + kBaseShift)). Blocks below the base are scanned.
    static constexpr int kBaseShift = 3;
    std::vector<std::vector<std::uint32_t>> m_min;
    std::vector<std::vector<std::uint32_t>> m_max;
};

} // namespace tickerline
