// SPDX-License-Identifier: GPL-3.0-or-later
#include "characterreference.h"

#include "io/characterreferencetable.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

namespace tickerline {

namespace {

char32_t numericReference(char32_t code)
{
    static constexpr std::array<char16_t, 32> k80to9F{0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    if (code >= 0x80 && code <= 0x9F)
        return k80to9F[code - 0x80];
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0xFFFD;
    return code;
}

std::optional<QString> decodeNumber(QStringView digits)
{
    const bool hex = digits.startsWith(QLatin1Char('x')) || digits.startsWith(QLatin1Char('X'));
    if (hex)
        digits = digits.mid(1);
    if (digits.isEmpty())
        return std::nullopt;
    char32_t code = 0;
    for (const QChar c : digits) {
        const char16_t u = c.unicode();
        int digit = -1;
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (hex && u >= u'a' && u <= u'f')
            digit = u - u'a' + 10;
        else if (hex && u >= u'A' && u <= u'F')
            digit = u - u'A' + 10;
        if (digit < 0)
            return std::nullopt;
        // Saturates: any number past U+10FFFF is as invalid as the next one.
        code = std::min<char32_t>(code * (hex ? 16 : 10) + char32_t(digit), 0x110000);
    }
    const char32_t decoded = numericReference(code);
    return QString::fromUcs4(&decoded, 1);
}

} // namespace

std::optional<QString> CharacterReference::decode(QStringView reference)
{
    if (reference.size() < 3 || !reference.startsWith(QLatin1Char('&')) || !reference.endsWith(QLatin1Char(';')))
        return std::nullopt;
    if (reference.at(1) == QLatin1Char('#'))
        return decodeNumber(reference.mid(2, reference.size() - 3));
    const QByteArray name = reference.mid(1).toUtf8(); // with its ';', as the table has it
    const auto *begin = std::begin(kNamedCharacterReferences);
    const auto *end = std::end(kNamedCharacterReferences);
    const auto *found =
        std::lower_bound(begin, end, name, [](const NamedCharacterReference &entry, const QByteArray &key) {
            return std::strcmp(entry.name, key.constData()) < 0;
        });
    if (found == end || std::strcmp(found->name, name.constData()) != 0)
        return std::nullopt;
    const char32_t points[2] = {found->first, found->second};
    return QString::fromUcs4(points, found->second == 0 ? 1 : 2);
}

qsizetype CharacterReference::namedCount()
{
    return qsizetype(std::size(kNamedCharacterReferences));
}

} // namespace tickerline
