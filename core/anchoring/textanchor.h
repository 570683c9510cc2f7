// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace tickerline {

// Finds a quote again in a source text that may have been edited since the quote was made.
// Tries, in order:
//  1. the old position, if the text there still equals the quote's exact words: Exact;
//  2. every occurrence of the exact words: the one whose prefix and suffix agree best with the
//     quote's, and among equally good ones the nearest to the old position: Moved;
//  3. an approximate match with at most 20 % of the quote's code points edited (Myers), scored
//       0.60 × quote similarity + 0.15 × prefix similarity + 0.15 × suffix similarity
//     + 0.10 × (1 − distance from the old position / text length)
//     (a missing prefix or suffix leaves its weight out): Fuzzy when the score is at least
//     kFuzzyThreshold. Context from elsewhere in a text agrees with a quote's own context by
//     about a quarter, so a look-alike sentence in another place scores below the threshold;
//  4. otherwise Orphaned: positions kept, never attached to other words.
// Exact and moved quotes get their prefix and suffix refreshed from the text. A fuzzy quote keeps
// the words and context the user quoted, so that it stays visibly fuzzy until someone accepts it.
// Every position counts Unicode code points.
class TextAnchor final
{
public:
    static constexpr int kContextLength = 32;
    static constexpr double kFuzzyThreshold = 0.75;
    static constexpr double kMinQuoteSimilarity = 0.80;

    explicit TextAnchor(const QString &text);

    std::int64_t length() const { return std::int64_t(m_text.size()); }
    QString slice(std::int64_t start, std::int64_t end) const;

    Quote anchor(const Quote &quote) const;
    QList<Quote> anchorAll(const QList<Quote> &quotes) const;

    // A new quote of the code points [start, end): exact, prefix, suffix and positions filled,
    // status Exact. Throws Error if the span is empty or outside the text.
    Quote quoteAt(std::int64_t start, std::int64_t end) const;

private:
    struct Candidate
    {
        std::int64_t start = 0;
        std::int64_t end = 0;
        double context = 0; // agreement of prefix and suffix, 0..1
    };

    std::u32string_view view(std::int64_t start, std::int64_t end) const;
    double contextAgreement(const std::u32string &prefix, const std::u32string &suffix, std::int64_t start,
                            std::int64_t end) const;
    Quote placed(const Quote &quote, std::int64_t start, std::int64_t end, AnchorStatus status,
                 double score) const;
    std::vector<std::int64_t> occurrences(const std::u32string &needle) const;
    bool findExact(const Quote &quote, const std::u32string &exact, Quote &result) const;
    bool findApproximate(const Quote &quote, const std::u32string &exact, Quote &result) const;

    std::u32string m_text;
};

} // namespace tickerline
