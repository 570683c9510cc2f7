// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/store.h"

#include <QList>
#include <QString>

namespace tickerline {

// Store::search over the FTS5 table `search`: every word of the query must occur (each is a
// quoted FTS5 string, so no character is ever FTS5 syntax); hits come best first by BM25 with
// the title weighted above the body.
//
// Built-in bm25() counts, for every query, the rows holding each term by walking the term's
// whole document list, and both it and snippet() ran for every match: a word found in most of a
// million rows cost a second. Here each term's row count is estimated from its newest
// kTermSample matches (exact below that), only the newest rankedMatches(limit) matches are ranked
// (all of them when there are fewer, as for any query but one of very common words), and the text
// and snippet are read only for rows that are among the best when the ranking reaches them.
class FullTextSearch final
{
public:
    // The matches ranked when a query has more: enough that a common word still finds its best
    // title matches, few enough that ranking them stays within a few milliseconds.
    static constexpr int kRankedMatches = 4000;
    // Matches of one term read to estimate how many rows hold it.
    static constexpr int kTermSample = 1000;
    // BM25 weight of a title token against a body token.
    static constexpr double kTitleWeight = 4.0;

    explicit FullTextSearch(Database &db);

    // limit < 0: every match.
    QList<SearchHit> search(const QString &query, int limit);

    static int rankedMatches(int limit);

private:
    Database &m_db;
};

} // namespace tickerline
