// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtermcounts.h"

#include "error.h"

#include <sqlite3.h>

#include <array>

namespace tickerline {

namespace {

// The tokenizer of the `search` table as the schema declares it (schema.cpp). A file whose
// table says otherwise is refused when it is opened, so this is what every table here uses.
constexpr const char *kTokenizer = "unicode61";
constexpr std::array<const char *, 2> kTokenizerArguments{"remove_diacritics", "2"};

int collectToken(void *context, int /*flags*/, const char *token, int size, int /*start*/, int /*end*/)
{
    static_cast<QStringList *>(context)->append(QString::fromUtf8(token, size));
    return SQLITE_OK;
}

} // namespace

fts5_api *fts5Api(Database &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        throw Error(QStringLiteral("full-text search: SQLite has no FTS5: %1").arg(db.lastError()));
    return api;
}

QStringList SearchTermCounts::tokens(Database &db, const QString &text)
{
    fts5_api *api = fts5Api(db);
    void *userData = nullptr;
    fts5_tokenizer tokenizer{};
    Fts5Tokenizer *instance = nullptr;
    if (api->xFindTokenizer(api, kTokenizer, &userData, &tokenizer) != SQLITE_OK ||
        tokenizer.xCreate(userData, const_cast<const char **>(kTokenizerArguments.data()),
                          int(kTokenizerArguments.size()), &instance) != SQLITE_OK)
        throw Error(QStringLiteral("full-text search: no %1 tokenizer").arg(QLatin1String(kTokenizer)));
    QStringList found;
    const QByteArray utf8 = text.toUtf8();
    const int rc = tokenizer.xTokenize(instance, &found, FTS5_TOKENIZE_QUERY, utf8.constData(), int(utf8.size()),
                                       &collectToken);
    tokenizer.xDelete(instance);
    if (rc != SQLITE_OK)
        throw Error(QStringLiteral("full-text search: cannot tokenize \"%1\"").arg(text));
    return found;
}

void SearchTermCounts::forgetIfChanged(Database &db)
{
    // data_version moves when another connection commits, total_changes with this one's writes
    // (a rolled-back one too, which only costs a recount).
    const int version = db.dataVersion();
    const std::int64_t changes = sqlite3_total_changes64(db.handle());
    if (version != m_dataVersion || changes != m_changes) {
        m_counts.clear();
        m_dataVersion = version;
        m_changes = changes;
    }
}

std::int64_t SearchTermCounts::rowsHolding(Database &db, const QString &quoted, std::int64_t rows)
{
    forgetIfChanged(db);
    QString word = quoted.mid(1, quoted.size() - 2);
    word.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    const QStringList phrase = tokens(db, word);
    if (phrase.isEmpty())
        return 0; // FTS5 ignores a phrase with no token: it holds no row
    const QString key = phrase.join(QLatin1Char(' '));
    if (const auto known = m_counts.constFind(key); known != m_counts.cend())
        return *known;

    std::int64_t count = 0;
    if (phrase.size() == 1) {
        if (!m_vocabularyReady) {
            // Not through Statement: its guard refuses every write of a read-only database, and
            // this one writes only this connection's TEMP schema, which a read-only file has too.
            char *message = nullptr;
            if (sqlite3_exec(db.handle(),
                             "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search, row)",
                             nullptr, nullptr, &message) != SQLITE_OK) {
                const QString reason = QString::fromUtf8(message ? message : "unknown error");
                sqlite3_free(message);
                throw Error(QStringLiteral("%1: full-text search: %2").arg(db.path(), reason));
            }
            m_vocabularyReady = true;
        }
        Statement vocabulary(db, "SELECT doc FROM temp.search_vocab WHERE term = ?");
        vocabulary.bind(1, phrase.constFirst());
        count = vocabulary.step() ? vocabulary.int64(0) : 0;
    } else {
        // FTS5 keeps no count of a phrase: its rows are found by reading its rarest token's list.
        Statement matches(db, "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ?)");
        matches.bind(1, quoted).bind(2, (rows + 1) / 2);
        count = matches.step() ? matches.int64(0) : 0;
    }
    m_counts.insert(key, count);
    return count;
}

} // namespace tickerline
