// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointmap.h"

#include <algorithm>

namespace tickerline {

namespace {

bool startsPair(const QString &text, qsizetype i)
{
    return QChar::isHighSurrogate(text.at(i).unicode()) && i + 1 < text.size()
           && QChar::isLowSurrogate(text.at(i + 1).unicode());
}

} // namespace

CodePointMap::CodePointMap(const QString &text) : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (startsPair(text, i)) {
            m_pairs.append(i);
            ++i;
        }
    }
}

qsizetype CodePointMap::toUtf16(std::int64_t codePoint) const
{
    codePoint = std::clamp<std::int64_t>(codePoint, 0, codePointCount());
    // The k-th pair (0-based) starts at code point m_pairs[k] - k; those starting before
    // codePoint each add one UTF-16 unit.
    qsizetype before = 0;
    qsizetype low = 0;
    qsizetype high = m_pairs.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (m_pairs.at(mid) - mid < codePoint) {
            before = mid + 1;
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return qsizetype(codePoint) + before;
}

std::int64_t CodePointMap::toCodePoint(qsizetype utf16Index) const
{
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, m_utf16Length);
    const auto pairsBefore = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), utf16Index) - m_pairs.cbegin();
    return std::int64_t(utf16Index - pairsBefore);
}

std::u32string CodePointMap::codePoints(const QString &text)
{
    std::u32string result;
    result.reserve(std::size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (startsPair(text, i)) {
            result.push_back(char32_t(QChar::surrogateToUcs4(text.at(i), text.at(i + 1))));
            ++i;
        } else {
            result.push_back(char32_t(text.at(i).unicode()));
        }
    }
    return result;
}

QString CodePointMap::fromCodePoints(std::u32string_view codePoints)
{
    QString result;
    result.reserve(qsizetype(codePoints.size()));
    for (const char32_t c : codePoints) {
        if (QChar::requiresSurrogates(c)) {
            result.append(QChar(QChar::highSurrogate(c)));
            result.append(QChar(QChar::lowSurrogate(c)));
        } else {
            result.append(QChar(char16_t(c)));
        }
    }
    return result;
}

} // namespace tickerline
