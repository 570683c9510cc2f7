// SPDX-License-Identifier: GPL-3.0-or-later
#include "textanchor.h"

#include "anchoring/approximatematcher.h"
#include "anchoring/codepointmap.h"
#include "error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace tickerline {

namespace {

constexpr double kQuoteWeight = 0.60;
constexpr double kPrefixWeight = 0.15;
constexpr double kSuffixWeight = 0.15;
constexpr double kProximityWeight = 0.10;
// Occurrences whose context agreement is this close to the best count as equally good; the
// nearest of them wins, so one edited character of context does not send a quote elsewhere.
constexpr double kContextTolerance = 0.05;
// Beyond this many occurrences of the exact words only the most promising are scored in full.
constexpr std::size_t kMaxScoredOccurrences = 64;
constexpr std::size_t kMaxApproximateHits = 32;

std::int64_t gap(std::int64_t a, std::int64_t b) { return a > b ? a - b : b - a; }

// Code points that agree, counted outward from the quote: a cheap first ranking of occurrences.
std::size_t adjacentAgreement(std::u32string_view quoteSide, std::u32string_view textSide, bool backwards)
{
    std::size_t count = 0;
    const std::size_t limit = std::min(quoteSide.size(), textSide.size());
    while (count < limit) {
        const std::size_t qi = backwards ? quoteSide.size() - 1 - count : count;
        const std::size_t ti = backwards ? textSide.size() - 1 - count : count;
        if (quoteSide[qi] != textSide[ti])
            break;
        ++count;
    }
    return count;
}

double floorTo3(double value) { return std::floor(value * 1000.0) / 1000.0; }

} // namespace

TextAnchor::TextAnchor(const QString &text) : m_text(CodePointMap::codePoints(text)) {}

std::u32string_view TextAnchor::view(std::int64_t start, std::int64_t end) const
{
    start = std::clamp<std::int64_t>(start, 0, length());
    end = std::clamp<std::int64_t>(end, start, length());
    return std::u32string_view(m_text).substr(std::size_t(start), std::size_t(end - start));
}

QString TextAnchor::slice(std::int64_t start, std::int64_t end) const
{
    return CodePointMap::fromCodePoints(view(start, end));
}

Quote TextAnchor::quoteAt(std::int64_t start, std::int64_t end) const
{
    if (start < 0 || end > length() || start >= end) {
        throw Error(QStringLiteral("quote: the span %1..%2 is empty or outside the text (%3 code points)")
                        .arg(start)
                        .arg(end)
                        .arg(length()));
    }
    Quote quote;
    quote.exact = slice(start, end);
    return placed(quote, start, end, AnchorStatus::Exact, 1.0);
}

Quote TextAnchor::placed(const Quote &quote, std::int64_t start, std::int64_t end, AnchorStatus status,
                         double score) const
{
    Quote result = quote;
    result.start = start;
    result.end = end;
    result.status = status;
    result.score = score;
    result.prefix = slice(start - kContextLength, start);
    result.suffix = slice(end, end + kContextLength);
    return result;
}

double TextAnchor::contextAgreement(const std::u32string &prefix, const std::u32string &suffix,
                                    std::int64_t start, std::int64_t end) const
{
    double sum = 0;
    int sides = 0;
    if (!prefix.empty()) {
        sum += ApproximateMatcher::similarity(prefix, view(start - std::int64_t(prefix.size()), start));
        ++sides;
    }
    if (!suffix.empty()) {
        sum += ApproximateMatcher::similarity(suffix, view(end, end + std::int64_t(suffix.size())));
        ++sides;
    }
    return sides == 0 ? 1.0 : sum / sides;
}

Quote TextAnchor::anchor(const Quote &quote) const
{
    const std::u32string exact = CodePointMap::codePoints(quote.exact);
    if (exact.empty()) {
        Quote orphan = quote;
        orphan.status = AnchorStatus::Orphaned;
        orphan.score = 0;
        return orphan;
    }
    if (quote.start >= 0 && quote.end - quote.start == std::int64_t(exact.size()) && quote.end <= length()
        && view(quote.start, quote.end) == exact) {
        return placed(quote, quote.start, quote.end, AnchorStatus::Exact, 1.0);
    }
    Quote result;
    if (findExact(quote, exact, result) || findApproximate(quote, exact, result))
        return result;
    Quote orphan = quote;
    orphan.status = AnchorStatus::Orphaned;
    orphan.score = 0;
    return orphan;
}

QList<Quote> TextAnchor::anchorAll(const QList<Quote> &quotes) const
{
    QList<Quote> result;
    result.reserve(quotes.size());
    for (const Quote &quote : quotes)
        result.append(anchor(quote));
    return result;
}

std::vector<std::int64_t> TextAnchor::occurrences(const std::u32string &needle) const
{
    // Horspool's search with the shift table indexed by the low byte of a code point: code points
    // sharing a byte share the smallest shift, which stays safe and keeps the table in 1 KB.
    std::vector<std::int64_t> found;
    const std::size_t m = needle.size();
    if (m == 0 || m > m_text.size())
        return found;
    std::array<std::size_t, 256> shift;
    shift.fill(m);
    for (std::size_t i = 0; i + 1 < m; ++i)
        shift[needle[i] & 0xFF] = m - 1 - i;
    const char32_t last = needle[m - 1];
    for (std::size_t pos = 0; pos + m <= m_text.size();) {
        const char32_t c = m_text[pos + m - 1];
        if (c == last && std::u32string_view(m_text).substr(pos, m - 1) == std::u32string_view(needle).substr(0, m - 1))
            found.push_back(std::int64_t(pos));
        pos += shift[c & 0xFF];
    }
    return found;
}

bool TextAnchor::findExact(const Quote &quote, const std::u32string &exact, Quote &result) const
{
    std::vector<Candidate> candidates;
    for (const std::int64_t start : occurrences(exact))
        candidates.push_back({start, start + std::int64_t(exact.size()), 0});
    if (candidates.empty())
        return false;

    const std::u32string prefix = CodePointMap::codePoints(quote.prefix);
    const std::u32string suffix = CodePointMap::codePoints(quote.suffix);
    if (candidates.size() > kMaxScoredOccurrences) {
        // Keep the occurrences with the longest agreeing context and the nearest ones.
        for (Candidate &c : candidates) {
            c.context = double(adjacentAgreement(prefix, view(c.start - std::int64_t(prefix.size()), c.start), true)
                               + adjacentAgreement(suffix, view(c.end, c.end + std::int64_t(suffix.size())), false));
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
            return a.context > b.context;
        });
        const std::size_t byContext = kMaxScoredOccurrences * 3 / 4;
        std::stable_sort(candidates.begin() + std::ptrdiff_t(byContext), candidates.end(),
                         [&](const Candidate &a, const Candidate &b) {
                             return gap(a.start, quote.start) < gap(b.start, quote.start);
                         });
        candidates.resize(kMaxScoredOccurrences);
    }

    double bestContext = 0;
    for (Candidate &c : candidates) {
        c.context = contextAgreement(prefix, suffix, c.start, c.end);
        bestContext = std::max(bestContext, c.context);
    }
    const Candidate *chosen = nullptr;
    for (const Candidate &c : candidates) {
        if (c.context < bestContext - kContextTolerance)
            continue;
        if (!chosen || gap(c.start, quote.start) < gap(chosen->start, quote.start)
            || (gap(c.start, quote.start) == gap(chosen->start, quote.start) && c.start < chosen->start)) {
            chosen = &c;
        }
    }
    result = placed(quote, chosen->start, chosen->end, AnchorStatus::Moved, 1.0);
    return true;
}

bool TextAnchor::findApproximate(const Quote &quote, const std::u32string &exact, Quote &result) const
{
    const auto quoteLength = std::int64_t(exact.size());
    const auto maxEdits = int(std::floor(double(quoteLength) * (1.0 - kMinQuoteSimilarity)));
    if (maxEdits < 1)
        return false;
    const ApproximateMatcher matcher(exact);
    const auto hits = matcher.find(m_text, maxEdits, kMaxApproximateHits);

    const std::u32string prefix = CodePointMap::codePoints(quote.prefix);
    const std::u32string suffix = CodePointMap::codePoints(quote.suffix);
    const double textLength = double(std::max<std::int64_t>(1, length()));

    std::optional<ApproximateMatcher::Hit> best;
    double bestScore = -1;
    for (const auto &hit : hits) {
        const double quoteSimilarity =
            1.0 - double(hit.distance) / double(std::max(quoteLength, hit.end - hit.start));
        if (quoteSimilarity < kMinQuoteSimilarity)
            continue;
        double weighted = kQuoteWeight * quoteSimilarity;
        double weights = kQuoteWeight;
        if (!prefix.empty()) {
            weighted += kPrefixWeight * ApproximateMatcher::similarity(
                                            prefix, view(hit.start - std::int64_t(prefix.size()), hit.start));
            weights += kPrefixWeight;
        }
        if (!suffix.empty()) {
            weighted += kSuffixWeight
                        * ApproximateMatcher::similarity(suffix, view(hit.end, hit.end + std::int64_t(suffix.size())));
            weights += kSuffixWeight;
        }
        weighted += kProximityWeight * (1.0 - std::min(1.0, double(gap(hit.start, quote.start)) / textLength));
        weights += kProximityWeight;
        const double score = weighted / weights;
        if (score > bestScore
            || (score == bestScore && best && gap(hit.start, quote.start) < gap(best->start, quote.start))) {
            bestScore = score;
            best = hit;
        }
    }
    if (!best || bestScore < kFuzzyThreshold)
        return false;
    result = quote;
    result.start = best->start;
    result.end = best->end;
    result.status = AnchorStatus::Fuzzy;
    result.score = floorTo3(bestScore);
    return true;
}

} // namespace tickerline
