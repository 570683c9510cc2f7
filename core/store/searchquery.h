// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace tickerline {

// A search as an analyst types it, read the same way on a file and on a server, in the syntax of
// web search engines:
//   shares nvidia         every word must occur (in any order)
//   "cut your expectations"  the words must occur together, in this order
//   stargate or deepseek  either side (`or` in any case, between terms)
//   nvidia -stargate      rows holding the excluded word or "phrase" are left out
// Case does not matter; punctuation only separates words, so no character is ever syntax of the
// engine underneath. An alternative that only excludes (`-nvidia` alone) matches nothing, as an
// index cannot list the rows a word is missing from.
struct SearchQuery
{
    struct Term
    {
        QString text; // one word, or a phrase's words separated by spaces
        bool excluded = false;

        bool operator==(const Term &) const = default;
    };
    // Rows matching any alternative; an alternative matches when its every term does. Each holds
    // at least one term that is not excluded.
    QList<QList<Term>> alternatives;

    static SearchQuery parse(const QString &typed);
    bool isEmpty() const { return alternatives.isEmpty(); }
};

} // namespace tickerline
