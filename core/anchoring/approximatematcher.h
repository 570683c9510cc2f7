// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tickerline {

// Finds the places where a text contains a pattern with at most k edits (insertions, deletions,
// substitutions of code points). Myers' bit-parallel algorithm over 64-row blocks with Ukkonen's
// cut-off: only the blocks that can still hold a cell within k are computed, so a search costs
// about n * (k / 64 + 1) word operations, a few milliseconds on a 1 MB text.
class ApproximateMatcher final
{
public:
    struct Hit
    {
        std::int64_t start = 0; // code points, end exclusive
        std::int64_t end = 0;
        int distance = 0;
    };

    explicit ApproximateMatcher(std::u32string pattern);

    // The best hit of each cluster of overlapping matches, fewest edits first (then leftmost),
    // at most maxHits of them.
    std::vector<Hit> find(std::u32string_view text, int maxDistance, std::size_t maxHits) const;

    // Levenshtein distance, for short strings such as the 32-code-point context of a quote.
    static int distance(std::u32string_view a, std::u32string_view b);
    // 1 - distance / longer length; two empty strings are identical.
    static double similarity(std::u32string_view a, std::u32string_view b);

private:
    const std::uint64_t *matchMasks(char32_t c) const
    {
        return m_masks.data() + std::size_t(c < 0x10000 ? m_bmp[c] : otherEntry(c)) * m_blocks;
    }
    std::uint32_t otherEntry(char32_t c) const;
    Hit withBestStart(std::u32string_view text, std::int64_t end, int maxDistance) const;

    std::u32string m_pattern;
    std::size_t m_blocks = 0;
    std::vector<std::uint64_t> m_masks;         // m_blocks words per alphabet entry; entry 0 matches nothing
    // Code point -> alphabet entry: a table for the Basic Multilingual Plane (what prose is made
    // of; one load per text character), a sorted list for the rest.
    std::vector<std::uint32_t> m_bmp;
    std::vector<std::pair<char32_t, std::uint32_t>> m_other;
};

} // namespace tickerline
