// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvformula.h"

namespace tickerline::CsvFormula {

namespace {

constexpr bool isTrigger(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return char16_t(uchar(c));
}

// Whether the first character after the leading apostrophes is a trigger; how many there are.
template<typename Text> bool triggerAfterApostrophes(const Text &text, qsizetype &apostrophes)
{
    apostrophes = 0;
    while (apostrophes < text.size() && unit(text[apostrophes]) == u'\'')
        ++apostrophes;
    return apostrophes < text.size() && isTrigger(unit(text[apostrophes]));
}

} // namespace

QString neutralised(const QString &text)
{
    qsizetype apostrophes = 0;
    if (!triggerAfterApostrophes(text, apostrophes))
        return text;
    return QLatin1Char('\'') + text;
}

QByteArrayView restored(QByteArrayView cell)
{
    qsizetype apostrophes = 0;
    if (triggerAfterApostrophes(cell, apostrophes) && apostrophes > 0)
        return cell.sliced(1);
    return cell;
}

QString restored(const QString &cell)
{
    qsizetype apostrophes = 0;
    if (triggerAfterApostrophes(cell, apostrophes) && apostrophes > 0)
        return cell.mid(1);
    return cell;
}

} // namespace tickerline::CsvFormula
