// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace tickerline {

// Converts between Unicode code-point offsets (what quotes store, as the W3C selectors do) and
// QString's UTF-16 indexes (what a text view highlights). Built once per text, each conversion
// is a binary search over the text's surrogate pairs, so highlighting many quotes stays cheap.
// A lone surrogate counts as one code point, as QString::toUcs4() counts it.
class CodePointMap final
{
public:
    explicit CodePointMap(const QString &text);

    std::int64_t codePointCount() const { return m_utf16Length - m_pairs.size(); }
    qsizetype utf16Length() const { return m_utf16Length; }

    // Offsets outside the text are clamped to its ends.
    qsizetype toUtf16(std::int64_t codePoint) const;
    // An index that falls between the halves of a surrogate pair maps to that pair's code point.
    std::int64_t toCodePoint(qsizetype utf16Index) const;

    static std::u32string codePoints(const QString &text);
    static QString fromCodePoints(std::u32string_view codePoints);

private:
    QList<qsizetype> m_pairs; // UTF-16 index of each surrogate pair's high half, ascending
    qsizetype m_utf16Length = 0;
};

} // namespace tickerline
