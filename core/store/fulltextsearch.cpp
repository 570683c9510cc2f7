// SPDX-License-Identifier: GPL-3.0-or-later
#include "fulltextsearch.h"

#include "error.h"
#include "store/searchquery.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <vector>

namespace tickerline {

namespace {

constexpr const char *kRankFunction = "tickerline_contender";
constexpr const char *kRowsFunction = "tickerline_rows";
// The constants of FTS5's own bm25(), so that scores read as they always have.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// The state of one query's ranking pass: the inverse document frequency of each phrase, the mean
// row length in tokens and the scores of the best rows seen so far.
struct RankingPass
{
    std::vector<double> idf;
    double averageLength = 1;
    std::int64_t wanted = 0; // < 0: every row
    std::priority_queue<double, std::vector<double>, std::greater<>> best;
    bool seenAny = false;
    std::int64_t lastRowid = 0;
    std::optional<double> lastResult;
    std::vector<double> frequencies; // of the row at hand, kept to spare an allocation per row
};

double columnWeight(int column)
{
    // Columns: type, uid (both unindexed, never hit), title, body.
    return column == 2 ? FullTextSearch::kTitleWeight : 1.0;
}

int startPass(const Fts5ExtensionApi *api, Fts5Context *fts, int argc, sqlite3_value **argv, RankingPass *&pass)
{
    pass = static_cast<RankingPass *>(api->xGetAuxdata(fts, 0));
    if (pass)
        return SQLITE_OK;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    auto fresh = std::make_unique<RankingPass>();
    fresh->wanted = argc > 0 ? sqlite3_value_int64(argv[0]) : -1;
    const double total = double(std::max<sqlite3_int64>(rows, 1));
    for (int phrase = 0; phrase < api->xPhraseCount(fts); ++phrase) {
        const double holding =
            std::clamp(phrase + 1 < argc ? sqlite3_value_double(argv[phrase + 1]) : total, 0.0, total);
        const double idf = std::log((total - holding + 0.5) / (holding + 0.5));
        fresh->idf.push_back(idf > 0 ? idf : 1e-6); // as bm25(): a term in most rows still counts a little
    }
    if (tokens > 0)
        fresh->averageLength = double(tokens) / total;
    pass = fresh.release();
    // On failure FTS5 deletes the data itself.
    return api->xSetAuxdata(fts, pass, [](void *data) { delete static_cast<RankingPass *>(data); });
}

// BM25 of a row of `length` tokens whose phrases occur with the given (weighted) frequencies.
double bm25(const RankingPass &pass, const std::vector<double> &frequencies, double length)
{
    const double norm = kK1 * (1 - kB + kB * length / pass.averageLength);
    double sum = 0;
    for (std::size_t phrase = 0; phrase < frequencies.size(); ++phrase)
        sum += pass.idf[phrase] * (frequencies[phrase] * (kK1 + 1)) / (frequencies[phrase] + norm);
    return sum;
}

// The row's score if it can enter the best so far. Its length costs a lookup in the table of row
// sizes, the bulk of the work; the furthest hit in each column bounds the length from below and
// so the score from above, which keeps most rows out without that lookup once the best are found.
int contenderScore(const Fts5ExtensionApi *api, Fts5Context *fts, RankingPass &pass, std::optional<double> &result)
{
    result.reset();
    std::vector<double> &frequencies = pass.frequencies;
    frequencies.assign(pass.idf.size(), 0.0);
    std::array<int, 4> reach{};
    for (int phrase = 0; phrase < int(pass.idf.size()); ++phrase) {
        Fts5PhraseIter it;
        int column = 0;
        int offset = 0;
        const int rc = api->xPhraseFirst(fts, phrase, &it, &column, &offset);
        if (rc != SQLITE_OK)
            return rc;
        for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset)) {
            frequencies[std::size_t(phrase)] += columnWeight(column);
            if (column < int(reach.size()))
                reach[std::size_t(column)] = std::max(reach[std::size_t(column)], offset + 1);
        }
    }
    const bool full = pass.wanted >= 0 && std::int64_t(pass.best.size()) >= pass.wanted;
    if (full && pass.wanted == 0)
        return SQLITE_OK;
    const double shortest = std::accumulate(reach.cbegin(), reach.cend(), 0.0);
    if (full && bm25(pass, frequencies, shortest) <= pass.best.top())
        return SQLITE_OK;
    int length = 0;
    const int rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK)
        return rc;
    const double value = bm25(pass, frequencies, double(length));
    if (!full) {
        pass.best.push(value);
        result = value;
    } else if (value > pass.best.top()) {
        // A tie stays out: the scan runs newest first and the newer row of equal score ranks first.
        pass.best.pop();
        pass.best.push(value);
        result = value;
    }
    return SQLITE_OK;
}

// tickerline_contender(search, wanted, rows holding phrase 0, rows holding phrase 1, …): the BM25 of
// the row (title weighted, higher is better) if it is among the `wanted` best of the rows seen so
// far in this query, else NULL. The final best rows were all contenders when they were seen, so
// the caller only needs snippets of the contenders. The row counts come from the caller because
// FTS5 would count them by reading every row of every term. SQLite may evaluate the call more
// than once per row, hence the memo of the last row.
void contender(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    RankingPass *pass = nullptr;
    int rc = startPass(api, fts, argc, argv, pass);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const std::int64_t rowid = api->xRowid(fts);
    if (!pass->seenAny || rowid != pass->lastRowid) {
        rc = contenderScore(api, fts, *pass, pass->lastResult);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        pass->seenAny = true;
        pass->lastRowid = rowid;
    }
    if (pass->lastResult)
        sqlite3_result_double(result, *pass->lastResult);
    else
        sqlite3_result_null(result);
}

// tickerline_rows(search): the number of rows in the table, which FTS5 keeps as one figure.
void rowCount(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int, sqlite3_value **)
{
    sqlite3_int64 rows = 0;
    const int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        sqlite3_result_int64(result, rows);
    else
        sqlite3_result_error_code(result, rc);
}

// FTS5 keeps its auxiliary functions per connection and adds one more on every registration.
void registerRankFunctions(Database &db)
{
    Statement known(db, "SELECT count(*) FROM pragma_function_list WHERE name = 'tickerline_contender'");
    if (known.step() && known.int64(0) > 0)
        return;
    fts5_api *api = fts5Api(db);
    if (api->xCreateFunction(api, kRowsFunction, nullptr, &rowCount, nullptr) != SQLITE_OK ||
        api->xCreateFunction(api, kRankFunction, nullptr, &contender, nullptr) != SQLITE_OK)
        throw Error(QStringLiteral("full-text search: cannot register its ranking: %1").arg(db.lastError()));
}

QString quotedString(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The query as an FTS5 expression: every term a quoted string, so no character typed is ever FTS5
// syntax; each alternative in parentheses, its excluded terms after NOT (binary in FTS5, and
// binding tighter than AND), the alternatives joined by OR. `phrases` receives each term quoted,
// in the order FTS5 numbers the expression's phrases, with whether it is excluded.
QString fts5Expression(const SearchQuery &query, QList<SearchQuery::Term> &phrases)
{
    QStringList alternatives;
    for (const QList<SearchQuery::Term> &alternative : query.alternatives) {
        QString expression;
        for (const bool excluded : {false, true}) {
            for (const SearchQuery::Term &term : alternative) {
                if (term.excluded != excluded)
                    continue;
                if (!expression.isEmpty())
                    expression += excluded ? QStringLiteral(" NOT ") : QStringLiteral(" ");
                const QString quoted = quotedString(term.text);
                expression += quoted;
                phrases << SearchQuery::Term{quoted, excluded};
            }
        }
        alternatives << QLatin1Char('(') + expression + QLatin1Char(')');
    }
    return alternatives.join(QStringLiteral(" OR "));
}

} // namespace

FullTextSearch::FullTextSearch(Database &db, SearchTermCounts &termCounts)
    : m_db(db)
    , m_termCounts(termCounts)
{}

QList<SearchHit> FullTextSearch::search(const QString &query, int limit)
{
    QList<SearchHit> hits;
    QList<SearchQuery::Term> phrases;
    const QString expression = fts5Expression(SearchQuery::parse(query), phrases);
    if (phrases.isEmpty() || limit == 0)
        return hits;
    registerRankFunctions(m_db);

    // The table's row count comes with the first match; no match, no ranking.
    Statement tableRows(m_db, "SELECT tickerline_rows(search) FROM search WHERE search MATCH ? LIMIT 1");
    tableRows.bind(1, expression);
    if (!tableRows.step())
        return hits;
    const std::int64_t rows = tableRows.int64(0);
    // An excluded phrase never occurs in a match, so its count would weigh nothing: it is not made.
    QHash<QString, double> holding;
    for (const SearchQuery::Term &phrase : std::as_const(phrases)) {
        if (!phrase.excluded && !holding.contains(phrase.text))
            holding.insert(phrase.text, double(m_termCounts.rowsHolding(m_db, phrase.text, rows)));
    }

    // The newest matches come straight off FTS5's rowid-ordered lists, so ranking stops after them;
    // the text and snippet of a row are read only while it is among the best.
    QByteArray call("tickerline_contender(search, ?1");
    for (qsizetype i = 0; i < phrases.size(); ++i)
        call += ", ?" + QByteArray::number(i + 2);
    call += ")";
    const QByteArray matchParameter = "?" + QByteArray::number(phrases.size() + 2);
    const QByteArray limitParameter = "?" + QByteArray::number(phrases.size() + 3);
    QByteArray rankSql = "SELECT rowid, " + call + ", ";
    for (const char *column : {"type", "uid", "title", "snippet(search, 3, '[', ']', '…', 12)"})
        rankSql += QByteArray("iif(") + call + " IS NULL, NULL, " + column + "), ";
    rankSql.chop(2);
    rankSql += " FROM search WHERE search MATCH " + matchParameter + " ORDER BY rowid DESC LIMIT " + limitParameter;
    Statement rank(m_db, rankSql.constData());
    rank.bind(1, limit < 0 ? -1 : limit);
    int parameter = 2;
    for (const SearchQuery::Term &phrase : std::as_const(phrases))
        rank.bind(parameter++, holding.value(phrase.text, double(rows)));
    rank.bind(parameter, expression);
    rank.bind(parameter + 1, rankedSearchMatches(limit));
    std::vector<std::pair<std::int64_t, SearchHit>> contenders;
    while (rank.step()) {
        if (!rank.isNull(1))
            contenders.push_back(
                {rank.int64(0), SearchHit{rank.text(2), rank.text(3), rank.text(4), rank.text(5), rank.real(1)}});
    }
    std::sort(contenders.begin(), contenders.end(), [](const auto &a, const auto &b) {
        return a.second.score != b.second.score ? a.second.score > b.second.score : a.first > b.first;
    });
    const std::size_t kept = limit < 0 ? contenders.size() : std::min(contenders.size(), std::size_t(limit));
    hits.reserve(qsizetype(kept));
    for (std::size_t i = 0; i < kept; ++i)
        hits << std::move(contenders[i].second);
    return hits;
}

} // namespace tickerline
