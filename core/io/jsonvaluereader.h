// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JSON values of a document read straight from its bytes, for readJsonEvents and
// RootMembers (jsonevents.cpp): only what is plainly valid, anything else refused.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <array>
#include <bit>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tickerline::json {

constexpr int kMaxDepth = 64; // of a value the reader skips

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The first byte from `at` on that is not a space.
inline const char *pastSpaces(const char *at, const char *end)
{
#if defined(__SSE2__) // sixteen bytes at a time: much of a written file is indentation
    while (end - at >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i spaces = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))),
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t'))));
        const auto others = unsigned(~_mm_movemask_epi8(spaces)) & 0xffffu;
        if (others)
            return at + std::countr_zero(others);
        at += 16;
    }
#endif
    while (at < end && isSpace(*at))
        ++at;
    return at;
}

// The first byte from `at` on that ends a run of plain text in a string: its closing quote, an
// escape or a control character (refused). `utf8` is set when the run holds a byte of a
// multi-byte UTF-8 sequence (left to the decoder).
inline const char *endOfText(const char *at, const char *end, bool *utf8)
{
#if defined(__SSE2__)
    while (end - at >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i stops = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))),
            _mm_cmpeq_epi8(_mm_and_si128(bytes, _mm_set1_epi8(char(0xe0))), _mm_setzero_si128()));
        const auto stopBits = unsigned(_mm_movemask_epi8(stops));
        const auto highBits = unsigned(_mm_movemask_epi8(bytes));
        if (stopBits) {
            const int stop = std::countr_zero(stopBits);
            *utf8 = *utf8 || (highBits & ((1u << stop) - 1)) != 0;
            return at + stop;
        }
        *utf8 = *utf8 || highBits != 0;
        at += 16;
    }
#endif
    for (; at < end; ++at) {
        const auto c = static_cast<unsigned char>(*at);
        if (c == '"' || c == '\\' || c < 0x20)
            return at;
        *utf8 = *utf8 || c >= 0x80;
    }
    return end;
}

// UTF-8 as Qt's JSON parser decodes it: anything not UTF-8 refused, and a byte order mark at the
// start of a string dropped when the string has no escape (it decodes such a string whole, as
// QString::fromUtf8 does) but kept when it has one (it then decodes a character at a time).
enum class InitialBom { Dropped, Kept };

inline bool appendUtf8(QString &text, QByteArrayView bytes, InitialBom bom)
{
    QStringDecoder decoder(QStringDecoder::Utf8, bom == InitialBom::Kept ? QStringDecoder::Flag::Stateless |
                                                                               QStringDecoder::Flag::ConvertInitialBom
                                                                         : QStringDecoder::Flag::Stateless);
    text += decoder.decode(bytes);
    return !decoder.hasError();
}

// The texts of a field whose values most events repeat (a zone, a dataset, an actor, a symbol):
// the same bytes as one of the last few give the same shared string, decoded once, not a copy
// an event.
class RecentTexts final
{
public:
    const QString *find(QByteArrayView bytes) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.bytes.size() == bytes.size() &&
                std::memcmp(entry.bytes.data(), bytes.data(), size_t(bytes.size())) == 0)
                return &entry.text;
        }
        return nullptr;
    }

    void add(QByteArrayView bytes, const QString &text)
    {
        m_entries[m_next] = {bytes, text};
        m_next = (m_next + 1) % m_entries.size();
    }

private:
    struct Entry
    {
        QByteArrayView bytes;
        QString text;
    };
    std::array<Entry, 8> m_entries;
    size_t m_next = 0;
};

// Reads values at a place in the document, and gives up (false) at the first thing that is not
// plainly valid.
class ValueReader final
{
public:
    // What skipValue() does: check every value and give up at a number (whose reading, its range
    // and digits, is Qt's), or only follow the strings and brackets, leaving the rest to Qt.
    enum class Skips { Checked, Followed };

    ValueReader(const char *at, const char *end, Skips skips = Skips::Checked)
        : m_at(at)
        , m_end(end)
        , m_skips(skips)
    {}

    const char *at() const { return m_at; }
    void moveTo(const char *at) { m_at = at; }

    void skipSpace()
    {
        if (m_at < m_end && static_cast<unsigned char>(*m_at) > ' ')
            return; // most often there is none
        m_at = pastSpaces(m_at, m_end);
    }

    char next()
    {
        skipSpace();
        return m_at < m_end ? *m_at : '\0';
    }

    bool take(char c)
    {
        if (next() != c)
            return false;
        ++m_at;
        return true;
    }

    bool literal(std::string_view word)
    {
        skipSpace();
        if (m_end - m_at < qsizetype(word.size()) || std::memcmp(m_at, word.data(), word.size()) != 0)
            return false;
        m_at += word.size();
        return true;
    }

    bool null() { return next() == 'n' && literal("null"); }

    // A string, taken from `recent` when it is one of them.
    bool string(QString *text, RecentTexts *recent = nullptr)
    {
        if (!take('"'))
            return false;
        const char *const begin = m_at;
        bool utf8 = false;
        m_at = endOfText(m_at, m_end, &utf8);
        if (m_at == m_end || *m_at != '"')
            return m_at != m_end && *m_at == '\\' && escapedString(begin, text);
        const QByteArrayView raw(begin, m_at - begin);
        ++m_at;
        const QString *known = recent && !raw.isEmpty() ? recent->find(raw) : nullptr;
        if (known) {
            *text = *known;
            return true;
        }
        if (!utf8) {
            *text = QString::fromLatin1(raw);
        } else {
            text->clear();
            if (!appendUtf8(*text, raw, InitialBom::Dropped))
                return false;
        }
        if (recent && !raw.isEmpty())
            recent->add(raw, *text);
        return true;
    }

    // A member's key, which must be a string without escapes.
    bool key(QByteArrayView *bytes) { return asciiString(bytes) && take(':'); }

    // A string of printable ASCII without escapes, as its bytes; for any other string (or value)
    // false, and the reader stays where it was.
    bool asciiString(QByteArrayView *bytes)
    {
        if (next() != '"')
            return false;
        bool utf8 = false;
        const char *const at = endOfText(m_at + 1, m_end, &utf8);
        if (at == m_end || *at != '"' || utf8)
            return false;
        *bytes = QByteArrayView(m_at + 1, at - m_at - 1);
        m_at = at + 1;
        return true;
    }

    // A value checked and passed over (a member this reader does not know).
    bool skipValue(int depth = 0)
    {
        if (depth > kMaxDepth)
            return false;
        switch (next()) {
        case '"': {
            if (m_skips == Skips::Followed)
                return passString();
            QString ignored;
            return string(&ignored);
        }
        case '{':
            ++m_at;
            if (take('}'))
                return true;
            do {
                QString name;
                if (!string(&name) || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            ++m_at;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (m_skips == Skips::Checked)
                return false;
            const char *const from = m_at;
            while (m_at < m_end && std::strchr("+-.0123456789eE", *m_at) && *m_at)
                ++m_at;
            return m_at > from;
        }
    }

private:
    // To the end of a string, by its quotes alone.
    bool passString()
    {
        ++m_at;
        for (;;) {
            const auto *quote = static_cast<const char *>(std::memchr(m_at, '"', size_t(m_end - m_at)));
            if (!quote)
                return false;
            qsizetype backslashes = 0;
            while (quote - backslashes > m_at && quote[-backslashes - 1] == '\\')
                ++backslashes;
            m_at = quote + 1;
            if (backslashes % 2 == 0)
                return true;
        }
    }

    // The rest of a string that holds an escape, from its first byte.
    bool escapedString(const char *begin, QString *text)
    {
        text->clear();
        const char *run = begin;
        m_at = begin;
        for (;;) {
            bool utf8 = false;
            m_at = endOfText(m_at, m_end, &utf8);
            if (m_at == m_end || static_cast<unsigned char>(*m_at) < 0x20 ||
                !appendUtf8(*text, QByteArrayView(run, m_at - run), InitialBom::Kept))
                return false;
            if (*m_at == '"') {
                ++m_at;
                return true;
            }
            ++m_at; // the backslash
            if (m_at == m_end)
                return false;
            const char escape = *m_at++;
            static constexpr std::string_view escapes = "\"\\/bfnrt";
            static constexpr std::string_view escaped = "\"\\/\b\f\n\r\t";
            if (const size_t simple = escapes.find(escape); simple != std::string_view::npos) {
                text->append(QLatin1Char(escaped[simple]));
            } else if (escape == 'u') {
                char16_t unit = 0;
                if (!hexUnit(&unit) || unit == 0 || QChar::isLowSurrogate(unit))
                    return false;
                text->append(QChar(unit));
                if (QChar::isHighSurrogate(unit)) { // only as the first of a pair
                    char16_t low = 0;
                    if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                        return false;
                    m_at += 2;
                    if (!hexUnit(&low) || !QChar::isLowSurrogate(low))
                        return false;
                    text->append(QChar(low));
                }
            } else {
                return false;
            }
            run = m_at;
        }
    }

    bool hexUnit(char16_t *unit)
    {
        if (m_end - m_at < 4)
            return false;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_at++;
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return false;
            *unit = char16_t(*unit * 16 + digit);
        }
        return true;
    }

    const char *m_at;
    const char *const m_end;
    const Skips m_skips;
};

} // namespace tickerline::json
