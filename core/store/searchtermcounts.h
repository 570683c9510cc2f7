// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>

struct fts5_api;

namespace tickerline {

// The exact number of rows of the full-text table that hold a query phrase: what FTS5's bm25()
// counts as a phrase's document frequency, without its walk over every match of every phrase
// for every query. A phrase is one word of the query as FullTextSearch quotes it; its tokens
// are what the table's own tokenizer makes of it (taken from FTS5, never imitated).
//
// A single token's count is kept in the table search_tokens (schema version 7), plus what the
// triggers' log holds that is not yet counted; where that log is long, it is one row of
// fts5vocab, which reads every match of the token (50 ms for a token in a million rows). A
// phrase of several tokens is counted as a MATCH, up to half the table: from there on bm25()'s
// weight of a phrase is the same floor whatever its count. Counts are kept until the database
// changes (this connection's writes or another's commit), so that a query typed on costs only
// the new words.
class SearchTermCounts final
{
public:
    // Rows holding the phrase `quoted` (an FTS5 string with its quotes) out of `rows`, or at
    // least ceil(rows / 2) of them when it is in that many.
    std::int64_t rowsHolding(Database &db, const QString &quoted, std::int64_t rows);

    // The tokens of `text` as the full-text table's tokenizer makes them for a query.
    static QStringList tokens(Database &db, const QString &text);

    // Counts the texts the triggers logged into search_tokens and empties the log: Tickerline
    // calls it before each of its commits (Database::setBeforeCommit).
    static void countLoggedTexts(Database &db);
    // Counts every token of the full-text table anew and empties the log (after a bulk load).
    static void recount(Database &db);
    // Where search_tokens (with the log) differs from the full-text table itself: the first
    // token whose count is wrong, as "\"chips\": 12 counted, 13 in the index"; empty if none.
    static QString countMismatch(Database &db);

private:
    void forgetIfChanged(Database &db);
    bool readLoggedTexts(Database &db);
    std::int64_t vocabularyCount(Database &db, const QString &token);

    QHash<QString, std::int64_t> m_counts; // by the phrase's tokens, space-separated
    QHash<QString, std::int64_t> m_logged; // what the log adds to search_tokens, by token
    enum class Kept { Unknown, Usable, TooLong } m_kept = Kept::Unknown;
    int m_dataVersion = -1;
    std::int64_t m_changes = -1;
};

// The connection's FTS5 API (for tokenizers and auxiliary functions); throws Error without one.
fts5_api *fts5Api(Database &db);

} // namespace tickerline
