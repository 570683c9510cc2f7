// SPDX-License-Identifier: GPL-3.0-or-later
#include "collationranks.h"

#include <QString>

#include <algorithm>
#include <numeric>
#include <string>

namespace tickerline {

namespace {

constexpr char kFirstPrintable = 0x20;
constexpr char kLastPrintable = 0x7e;

int sign(int value) { return (value > 0) - (value < 0); }

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace

AsciiCollation::AsciiCollation(const QCollator &collator)
{
    // With case as a level of its own where the collator has one (ICU), else every character
    // its own weight (the C locale compares code units).
    m_exact = build(collator, true) || build(collator, false);
}

bool AsciiCollation::covers(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= kFirstPrintable && c <= kLastPrintable; });
}

bool AsciiCollation::build(const QCollator &collator, bool caseLevels)
{
    std::vector<QString> characters;
    for (char c = kFirstPrintable; c <= kLastPrintable; ++c)
        characters.push_back(QString(QLatin1Char(c)));
    std::stable_sort(characters.begin(), characters.end(),
                     [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCollator caseless = collator;
    caseless.setCaseSensitivity(Qt::CaseInsensitive);
    const QCollator &grouping = caseLevels ? caseless : collator;
    std::uint8_t primary = 1, tertiary = 0;
    for (std::size_t i = 0; i < characters.size(); ++i) {
        if (i > 0 && grouping.compare(characters[i - 1], characters[i]) != 0) {
            ++primary;
            tertiary = 0;
        } else if (i > 0 && collator.compare(characters[i - 1], characters[i]) != 0) {
            ++tertiary;
        }
        const auto c = static_cast<unsigned char>(characters[i].front().unicode());
        m_primary[c] = primary;
        m_tertiary[c] = tertiary;
    }
    return agreesWith(collator);
}

bool AsciiCollation::agreesWith(const QCollator &collator) const
{
    // Every text of up to two characters, and three lowercase letters (where contractions such
    // as Hungarian "dzs" live): if the tables order them as the collator does, in both
    // directions and with the same ties, they order whole titles the same way.
    std::vector<std::string> texts{std::string()};
    for (char a = kFirstPrintable; a <= kLastPrintable; ++a) {
        texts.emplace_back(1, a);
        for (char b = kFirstPrintable; b <= kLastPrintable; ++b)
            texts.push_back(std::string{a, b});
    }
    for (char a = 'a'; a <= 'z'; ++a) {
        for (char b = 'a'; b <= 'z'; ++b) {
            for (char c = 'a'; c <= 'z'; ++c)
                texts.push_back(std::string{a, b, c});
        }
    }
    std::stable_sort(texts.begin(), texts.end(),
                     [this](const std::string &a, const std::string &b) { return compare(a, b) < 0; });
    // The tables' order is total, so adjacent texts agreeing means every pair agrees.
    for (std::size_t i = 1; i < texts.size(); ++i) {
        if (sign(compare(texts[i - 1], texts[i])) != sign(collator.compare(latin1(texts[i - 1]), latin1(texts[i]))))
            return false;
    }
    return true;
}

int AsciiCollation::compare(std::string_view a, std::string_view b) const
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t x = primary(a[i]), y = primary(b[i]);
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t x = m_tertiary[static_cast<unsigned char>(a[i]) & 0x7f];
        const std::uint8_t y = m_tertiary[static_cast<unsigned char>(b[i]) & 0x7f];
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

namespace {

using Texts = std::span<const std::string_view>;

// ASCII texts in collation order: sorted on eighteen primary weights at a time packed into two
// words (held in the array with the text's address, so a step of the sort reads no text and a
// refill reads one), then each run that shares those on the next eighteen; runs whose texts
// ended are ordered by their tertiary weights and position.
std::vector<std::uint32_t> sortAscii(std::vector<std::uint32_t> ids, Texts texts, const AsciiCollation &ascii)
{
    constexpr std::size_t kPerWord = 63 / AsciiCollation::kPrimaryBits;
    constexpr std::size_t kPerKey = 2 * kPerWord;
    constexpr std::uint64_t kLastSlot = (1u << AsciiCollation::kPrimaryBits) - 1;
    struct Item
    {
        std::uint64_t high, low;
        const char *data;
        std::uint32_t size;
        std::uint32_t id;
        std::string_view text() const { return {data, size}; }
        bool sameKey(const Item &other) const { return high == other.high && low == other.low; }
    };
    std::vector<Item> items(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        items[i] = {0, 0, texts[ids[i]].data(), std::uint32_t(texts[ids[i]].size()), ids[i]};
    const auto pack = [&](const Item &item, std::size_t from) {
        std::uint64_t word = 0;
        for (std::size_t k = from; k < from + kPerWord; ++k)
            word = (word << AsciiCollation::kPrimaryBits) | (k < item.size ? ascii.primary(item.data[k]) : 0);
        return word;
    };
    struct Range
    {
        std::size_t begin, end, depth;
    };
    std::vector<Range> pending{{0, items.size(), 0}};
    while (!pending.empty()) {
        const Range range = pending.back();
        pending.pop_back();
        bool allSame = true;
        for (std::size_t i = range.begin; i < range.end; ++i) {
            Item &item = items[i];
            item.high = pack(item, range.depth);
            item.low = pack(item, range.depth + kPerWord);
            allSame = allSame && item.sameKey(items[range.begin]);
        }
        // Texts that begin alike ("Generated event 1…") share whole keys: no sort for those.
        if (!allSame)
            std::sort(items.begin() + std::ptrdiff_t(range.begin), items.begin() + std::ptrdiff_t(range.end),
                      [](const Item &a, const Item &b) { return a.high != b.high ? a.high < b.high : a.low < b.low; });
        for (std::size_t first = range.begin; first < range.end;) {
            std::size_t last = first + 1;
            while (last < range.end && items[last].sameKey(items[first]))
                ++last;
            if (last - first > 1 && (items[first].low & kLastSlot) != 0) {
                pending.push_back({first, last, range.depth + kPerKey});
            } else if (last - first > 1) {
                std::sort(items.begin() + std::ptrdiff_t(first), items.begin() + std::ptrdiff_t(last),
                          [&](const Item &a, const Item &b) {
                              const int c = ascii.compare(a.text(), b.text());
                              return c != 0 ? c < 0 : a.id < b.id;
                          });
            }
            first = last;
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i)
        ids[i] = items[i].id;
    return ids;
}

QString qtext(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The other texts in collation order, on the collator's sort keys (one each, compared as bytes).
// The C locale's keys are the bare UTF-8 whatever the case sensitivity: there the collator
// compares, which costs no more than the keys would.
std::vector<std::uint32_t> sortByCollator(std::vector<std::uint32_t> ids, Texts texts, const QCollator &collator)
{
    std::vector<std::uint32_t> positions(ids.size());
    std::iota(positions.begin(), positions.end(), 0u);
    if (collator.locale().language() == QLocale::C) {
        std::vector<QString> strings;
        strings.reserve(ids.size());
        for (std::uint32_t id : ids)
            strings.push_back(qtext(texts[id]));
        std::sort(positions.begin(), positions.end(), [&](std::uint32_t a, std::uint32_t b) {
            const int c = collator.compare(strings[a], strings[b]);
            return c != 0 ? c < 0 : ids[a] < ids[b];
        });
    } else {
        std::vector<QCollatorSortKey> keys;
        keys.reserve(ids.size());
        for (std::uint32_t id : ids)
            keys.push_back(collator.sortKey(qtext(texts[id])));
        std::sort(positions.begin(), positions.end(), [&](std::uint32_t a, std::uint32_t b) {
            const int c = keys[a].compare(keys[b]);
            return c != 0 ? c < 0 : ids[a] < ids[b];
        });
    }
    std::vector<std::uint32_t> sorted(ids.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        sorted[i] = ids[positions[i]];
    return sorted;
}

// Two sorted lists as one, comparing across them with the collator itself. Each text of the
// shorter list finds its place in the longer by a search that gallops from the last place, so
// a few accented titles among a million cost a few compares each, and two halves about one.
std::vector<std::uint32_t> merge(const std::vector<std::uint32_t> &many, const std::vector<std::uint32_t> &few,
                                 Texts texts, const QCollator &collator)
{
    std::vector<std::uint32_t> merged;
    merged.reserve(many.size() + few.size());
    std::size_t from = 0;
    for (std::uint32_t id : few) {
        const QString text = qtext(texts[id]);
        const auto before = [&](std::uint32_t other) {
            const int c = collator.compare(qtext(texts[other]), text);
            return c != 0 ? c < 0 : other < id;
        };
        std::size_t step = 1, low = from, high = from;
        while (high < many.size() && before(many[high])) {
            low = high + 1;
            high = std::min(many.size(), from + step);
            step *= 2;
        }
        const auto to = std::size_t(std::partition_point(many.begin() + std::ptrdiff_t(low),
                                                         many.begin() + std::ptrdiff_t(high), before)
                                    - many.begin());
        merged.insert(merged.end(), many.begin() + std::ptrdiff_t(from), many.begin() + std::ptrdiff_t(to));
        merged.push_back(id);
        from = to;
    }
    merged.insert(merged.end(), many.begin() + std::ptrdiff_t(from), many.end());
    return merged;
}

} // namespace

std::vector<std::uint32_t> collationRanks(std::span<const std::string_view> texts, const QCollator &collator,
                                          std::span<const std::uint32_t> memoryOrder)
{
    const AsciiCollation ascii(collator);
    std::vector<std::uint32_t> plain, other;
    const auto sift = [&](std::uint32_t i) {
        (ascii.isExact() && AsciiCollation::covers(texts[i]) ? plain : other).push_back(i);
    };
    if (memoryOrder.size() == texts.size()) {
        std::for_each(memoryOrder.begin(), memoryOrder.end(), sift);
    } else {
        for (std::uint32_t i = 0; i < texts.size(); ++i)
            sift(i);
    }
    plain = sortAscii(std::move(plain), texts, ascii);
    other = sortByCollator(std::move(other), texts, collator);
    const std::vector<std::uint32_t> order = plain.size() >= other.size() ? merge(plain, other, texts, collator)
                                                                          : merge(other, plain, texts, collator);
    std::vector<std::uint32_t> ranks(texts.size());
    for (std::uint32_t rank = 0; rank < order.size(); ++rank)
        ranks[order[rank]] = rank;
    return ranks;
}

} // namespace tickerline
