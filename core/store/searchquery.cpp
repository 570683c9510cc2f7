// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <algorithm>

namespace tickerline {

namespace {

bool holdsAWord(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    return std::any_of(characters.cbegin(), characters.cend(), [](uint c) { return QChar::isLetterOrNumber(c); });
}

} // namespace

SearchQuery SearchQuery::parse(const QString &typed)
{
    SearchQuery query;
    QList<Term> alternative;
    const auto closeAlternative = [&] {
        if (std::any_of(alternative.cbegin(), alternative.cend(), [](const Term &t) { return !t.excluded; }))
            query.alternatives << alternative;
        alternative.clear();
    };
    qsizetype i = 0;
    while (i < typed.size()) {
        if (typed[i].isSpace()) {
            ++i;
            continue;
        }
        const bool excluded = typed[i] == QLatin1Char('-');
        qsizetype start = excluded ? i + 1 : i;
        QString text;
        bool quoted = false;
        if (start < typed.size() && typed[start] == QLatin1Char('"')) {
            // A phrase runs to the closing quote, or to the end when there is none.
            quoted = true;
            const qsizetype close = typed.indexOf(QLatin1Char('"'), start + 1);
            const qsizetype end = close < 0 ? typed.size() : close;
            text = typed.mid(start + 1, end - start - 1).simplified();
            i = close < 0 ? typed.size() : close + 1;
        } else {
            qsizetype end = start;
            while (end < typed.size() && !typed[end].isSpace() && typed[end] != QLatin1Char('"'))
                ++end;
            text = typed.mid(start, end - start);
            i = std::max(end, start + 1);
        }
        if (!quoted && !excluded && text.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0) {
            closeAlternative();
            continue;
        }
        if (holdsAWord(text))
            alternative << Term{text, excluded};
    }
    closeAlternative();
    return query;
}

} // namespace tickerline
