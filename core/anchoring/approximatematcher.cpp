// SPDX-License-Identifier: GPL-3.0-or-later
#include "approximatematcher.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>

namespace tickerline {

namespace {

using Word = std::uint64_t;
constexpr int kWordBits = 64;

// One column step of one block (Hyyrö's formulation of Myers' algorithm). hin is the horizontal
// delta entering the block's top row from the block above; the result is the delta leaving the
// row selected by outMask (the block's last row, or the pattern's last row in the last block).
inline int advanceBlock(Word &pv, Word &mv, Word eq, int hin, Word outMask)
{
    const Word hinIsNegative = hin < 0 ? 1 : 0;
    const Word xv = eq | mv;
    eq |= hinIsNegative;
    const Word xh = (((eq & pv) + pv) ^ pv) | eq;
    Word ph = mv | ~(xh | pv);
    Word mh = pv & xh;
    const int hout = (ph & outMask) ? 1 : ((mh & outMask) ? -1 : 0);
    ph = (ph << 1) | Word(hin > 0 ? 1 : 0);
    mh = (mh << 1) | hinIsNegative;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    return hout;
}

} // namespace

ApproximateMatcher::ApproximateMatcher(std::u32string pattern)
    : m_pattern(std::move(pattern)), m_blocks((m_pattern.size() + kWordBits - 1) / kWordBits)
{
    std::u32string alphabet = m_pattern;
    std::sort(alphabet.begin(), alphabet.end());
    alphabet.erase(std::unique(alphabet.begin(), alphabet.end()), alphabet.end());

    m_masks.assign((alphabet.size() + 1) * m_blocks, 0);
    m_bmp.assign(0x10000, 0);
    for (std::size_t a = 0; a < alphabet.size(); ++a) {
        const auto entry = std::uint32_t(a + 1);
        if (alphabet[a] < 0x10000)
            m_bmp[alphabet[a]] = entry;
        else
            m_other.emplace_back(alphabet[a], entry); // alphabet is sorted, so m_other is too
    }
    for (std::size_t i = 0; i < m_pattern.size(); ++i) {
        const Word *masks = matchMasks(m_pattern[i]);
        const auto offset = std::size_t(masks - m_masks.data());
        m_masks[offset + i / kWordBits] |= Word(1) << (i % kWordBits);
    }
}

std::uint32_t ApproximateMatcher::otherEntry(char32_t c) const
{
    const auto it = std::lower_bound(m_other.cbegin(), m_other.cend(), c,
                                     [](const auto &item, char32_t value) { return item.first < value; });
    return it != m_other.cend() && it->first == c ? it->second : 0;
}

std::vector<ApproximateMatcher::Hit> ApproximateMatcher::find(std::u32string_view text, int maxDistance,
                                                               std::size_t maxHits) const
{
    const auto m = int(m_pattern.size());
    if (m == 0 || maxHits == 0 || maxDistance < 0)
        return {};
    const int k = std::min(maxDistance, m - 1);
    const auto blocks = int(m_blocks);
    const auto rowsIn = [&](int block) { return block == blocks - 1 ? m - block * kWordBits : kWordBits; };
    const auto outMask = [&](int block) { return Word(1) << (rowsIn(block) - 1); };

    std::vector<Word> pv(m_blocks, ~Word(0));
    std::vector<Word> mv(m_blocks, 0);
    std::vector<int> score(m_blocks); // the value of each block's last row in the current column
    for (int b = 0; b < blocks; ++b)
        score[std::size_t(b)] = b * kWordBits + rowsIn(b);
    int last = std::min(blocks - 1, k / kWordBits);

    // Matches of one place end at neighbouring columns: keep the best end of each cluster. A
    // cluster spans at most half a pattern, so that on repetitive text one long run of near
    // matches does not swallow distinct places.
    std::vector<Hit> ends;
    const std::int64_t clusterSpan = std::max(1, m / 2);
    std::int64_t clusterFirst = std::numeric_limits<std::int64_t>::min() / 2;

    const auto record = [&](std::int64_t end, int distance) {
        if (end - clusterFirst > clusterSpan) {
            ends.push_back({0, end, distance});
            clusterFirst = end;
        } else if (distance < ends.back().distance) {
            ends.back() = {0, end, distance};
        }
    };
    const Word firstOutMask = outMask(0);

    for (std::size_t j = 0; j < text.size(); ++j) {
        const Word *eq = matchMasks(text[j]);
        int hout = 0; // the top row is all zeros: a match may start anywhere
        if (last == 0) {
            // The common case away from any match: one block, kept in registers.
            Word p = pv[0];
            Word v = mv[0];
            hout = advanceBlock(p, v, eq[0], 0, firstOutMask);
            pv[0] = p;
            mv[0] = v;
            score[0] += hout;
            if (blocks == 1) {
                if (score[0] <= k)
                    record(std::int64_t(j) + 1, score[0]);
                continue;
            }
        } else {
            for (int b = 0; b <= last; ++b) {
                hout = advanceBlock(pv[std::size_t(b)], mv[std::size_t(b)], eq[b], hout, outMask(b));
                score[std::size_t(b)] += hout;
            }
        }
        // A block below the band joins when the band's bottom is within k in this column or the
        // previous one; its unknown previous column is taken at the upper bound, bottom + 1 per row.
        while (last + 1 < blocks) {
            const int previousBottom = score[std::size_t(last)] - hout;
            if (previousBottom > k && score[std::size_t(last)] > k)
                break;
            ++last;
            const auto b = std::size_t(last);
            pv[b] = ~Word(0);
            mv[b] = 0;
            const int newHout = advanceBlock(pv[b], mv[b], eq[b], hout, outMask(last));
            score[b] = previousBottom + rowsIn(last) + newHout;
            hout = newHout;
        }
        // A block whose last row exceeds k by its height holds no cell within k.
        while (last > 0 && score[std::size_t(last)] >= k + rowsIn(last))
            --last;

        if (last == blocks - 1 && score[std::size_t(last)] <= k)
            record(std::int64_t(j) + 1, score[std::size_t(last)]);
    }

    std::stable_sort(ends.begin(), ends.end(), [](const Hit &a, const Hit &b) { return a.distance < b.distance; });
    if (ends.size() > maxHits)
        ends.resize(maxHits);
    std::vector<Hit> hits;
    hits.reserve(ends.size());
    for (const Hit &end : ends)
        hits.push_back(withBestStart(text, end.end, k));
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.start < b.start;
    });
    return hits;
}

ApproximateMatcher::Hit ApproximateMatcher::withBestStart(std::u32string_view text, std::int64_t end,
                                                          int maxDistance) const
{
    // Align the reversed pattern with the text read backwards from end; the cheapest place to
    // stop reading is the match's start. Ties go to the length closest to the pattern's.
    const auto m = std::int64_t(m_pattern.size());
    const std::int64_t width = std::min(end, m + maxDistance);
    std::vector<int> row(std::size_t(width) + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::int64_t i = 1; i <= m; ++i) {
        const char32_t p = m_pattern[std::size_t(m - i)];
        int diagonal = row[0];
        row[0] = int(i);
        for (std::int64_t j = 1; j <= width; ++j) {
            const int substitution = diagonal + (text[std::size_t(end - j)] == p ? 0 : 1);
            diagonal = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({substitution, row[std::size_t(j)] + 1, row[std::size_t(j - 1)] + 1});
        }
    }
    std::int64_t bestLength = 0;
    for (std::int64_t j = 1; j <= width; ++j) {
        const int value = row[std::size_t(j)];
        const int best = row[std::size_t(bestLength)];
        if (value < best || (value == best && std::abs(j - m) < std::abs(bestLength - m)))
            bestLength = j;
    }
    return {end - bestLength, end, row[std::size_t(bestLength)]};
}

int ApproximateMatcher::distance(std::u32string_view a, std::u32string_view b)
{
    std::vector<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({substitution, row[j] + 1, row[j - 1] + 1});
        }
    }
    return row[b.size()];
}

double ApproximateMatcher::similarity(std::u32string_view a, std::u32string_view b)
{
    const std::size_t longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    return 1.0 - double(distance(a, b)) / double(longer);
}

} // namespace tickerline
