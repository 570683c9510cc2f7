// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/searchranking.h"
#include "store/searchtermcounts.h"
#include "store/store.h"

#include <QList>
#include <QString>

namespace tickerline {

// Store::search over the FTS5 table `search`: the query is read as a SearchQuery (words, "phrases",
// or, -exclusions) and becomes an FTS5 expression of quoted strings, so no character typed is ever
// FTS5 syntax; hits come best first by BM25 with the title weighted above the body.
//
// Built-in bm25() counts, for every query, the rows holding each phrase by walking its whole list
// of matches, and both it and snippet() ran for every match: a word found in most of a million
// rows cost a second. Here each phrase's row count is exact and comes from SearchTermCounts,
// only the newest rankedSearchMatches(limit) matches are ranked (all of them when there are fewer,
// as for any query but one of very common words), and the text and snippet are read only for rows
// that are among the best when the ranking reaches them. So the page equals bm25()'s order and
// scores whenever no more than kRankedSearchMatches rows match.
class FullTextSearch final
{
public:
    // BM25 weight of a title token against a body token.
    static constexpr double kTitleWeight = 4.0;

    FullTextSearch(Database &db, SearchTermCounts &termCounts);

    // limit < 0: every match.
    QList<SearchHit> search(const QString &query, int limit);

private:
    Database &m_db;
    SearchTermCounts &m_termCounts;
};

} // namespace tickerline
