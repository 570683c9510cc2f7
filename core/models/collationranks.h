// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace tickerline {

// The collator's order of printable-ASCII text as two small tables, so that a million ASCII
// titles are ranked without asking the collator a million times: each character is one
// collation element (a primary weight, and a tertiary one for case), and texts compare on all
// primaries first, then on the tertiaries, as ICU does. Whether that holds in the collator's
// locale (no contraction such as Czech "ch", no ignored punctuation) is checked on every text
// of one and two characters and on every three lowercase letters; where it does not, isExact()
// is false and the caller asks the collator itself.
class AsciiCollation final
{
public:
    explicit AsciiCollation(const QCollator &collator);

    bool isExact() const { return m_exact; }
    // Printable ASCII only (a tab or a control character is left to the collator).
    static bool covers(std::string_view text);
    std::uint8_t primary(char c) const { return m_primary[static_cast<unsigned char>(c) & 0x7f]; }
    int compare(std::string_view a, std::string_view b) const;

    static constexpr int kPrimaryBits = 7; // weights 1..95; 0 is "the text ended"

private:
    bool build(const QCollator &collator, bool caseLevels);
    bool agreesWith(const QCollator &collator) const;

    std::array<std::uint8_t, 128> m_primary{};
    std::array<std::uint8_t, 128> m_tertiary{};
    bool m_exact = false;
};

// Each text's place in the collator's order, ties broken by position (so the ranks are unique
// and equal texts keep their order): rank[i] < rank[j] exactly when the collator puts text i
// before text j, or they compare equal and i < j. Texts are UTF-8. ASCII texts are ranked on
// AsciiCollation's tables where it is exact; the others on the collator's sort keys, merged in.
// Seconds of work for a million texts without the tables: run it off the GUI thread.
// memoryOrder, when given, lists every text's position in the order the texts lie in memory,
// so that the first read of each is not a cache miss.
std::vector<std::uint32_t> collationRanks(std::span<const std::string_view> texts, const QCollator &collator,
                                          std::span<const std::uint32_t> memoryOrder = {});

} // namespace tickerline
