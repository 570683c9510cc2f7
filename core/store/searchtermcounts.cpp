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

// Past this many logged texts a reader asks fts5vocab instead of tokenizing them all.
constexpr int kLongLog = 1000;

int collectToken(void *context, int /*flags*/, const char *token, int size, int /*start*/, int /*end*/)
{
    static_cast<QStringList *>(context)->append(QString::fromUtf8(token, size));
    return SQLITE_OK;
}

// The `search` table's tokenizer, made once for many texts.
class TableTokenizer final
{
public:
    explicit TableTokenizer(Database &db)
    {
        fts5_api *api = fts5Api(db);
        void *userData = nullptr;
        if (api->xFindTokenizer(api, kTokenizer, &userData, &m_tokenizer) != SQLITE_OK ||
            m_tokenizer.xCreate(userData, const_cast<const char **>(kTokenizerArguments.data()),
                                int(kTokenizerArguments.size()), &m_instance) != SQLITE_OK)
            throw Error(QStringLiteral("full-text search: no %1 tokenizer").arg(QLatin1String(kTokenizer)));
    }
    ~TableTokenizer() { m_tokenizer.xDelete(m_instance); }
    TableTokenizer(const TableTokenizer &) = delete;
    TableTokenizer &operator=(const TableTokenizer &) = delete;

    // Appends the tokens of `utf8` to `found`; `reason` is FTS5_TOKENIZE_QUERY or _DOCUMENT.
    void tokenize(const QByteArray &utf8, int reason, QStringList &found)
    {
        if (m_tokenizer.xTokenize(m_instance, &found, reason, utf8.constData(), int(utf8.size()), &collectToken) !=
            SQLITE_OK)
            throw Error(QStringLiteral("full-text search: cannot tokenize \"%1\"").arg(QString::fromUtf8(utf8)));
    }

private:
    fts5_tokenizer m_tokenizer{};
    Fts5Tokenizer *m_instance = nullptr;
};

// What the logged texts add to search_tokens, by token: a row counts each of its tokens once.
QHash<QString, std::int64_t> loggedTokenChanges(Database &db)
{
    QHash<QString, std::int64_t> changes;
    Statement logged(db, "SELECT sign, title, body FROM search_token_log");
    if (!logged.step())
        return changes;
    TableTokenizer tokenizer(db);
    QStringList tokens;
    do {
        tokens.clear();
        tokenizer.tokenize(logged.blob(1), FTS5_TOKENIZE_DOCUMENT, tokens);
        tokenizer.tokenize(logged.blob(2), FTS5_TOKENIZE_DOCUMENT, tokens);
        tokens.removeDuplicates();
        const std::int64_t sign = logged.int64(0);
        for (const QString &token : std::as_const(tokens))
            changes[token] += sign;
    } while (logged.step());
    return changes;
}

// A TEMP table, not through Statement: its guard refuses every write of a read-only database,
// and this writes only this connection's TEMP schema, which a read-only file has too. The main
// schema must stay exactly Tickerline's.
void makeVocabularyTable(Database &db)
{
    char *message = nullptr;
    if (sqlite3_exec(db.handle(),
                     "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search, row)",
                     nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        throw Error(QStringLiteral("%1: full-text search: %2").arg(db.path(), reason));
    }
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
    QStringList found;
    TableTokenizer(db).tokenize(text.toUtf8(), FTS5_TOKENIZE_QUERY, found);
    return found;
}

void SearchTermCounts::countLoggedTexts(Database &db)
{
    {
        // Emptying an empty table still writes its page: a commit that changed nothing would
        // then change the file.
        Statement logged(db, "SELECT EXISTS (SELECT 1 FROM search_token_log)");
        if (!logged.step() || logged.int64(0) == 0)
            return;
    }
    const QHash<QString, std::int64_t> changes = loggedTokenChanges(db);
    Statement add(db, "INSERT INTO search_tokens(token, rows) VALUES (?1, ?2) "
                      "ON CONFLICT(token) DO UPDATE SET rows = rows + excluded.rows");
    Statement dropIfNone(db, "DELETE FROM search_tokens WHERE token = ? AND rows <= 0");
    for (auto change = changes.cbegin(); change != changes.cend(); ++change) {
        if (change.value() == 0)
            continue;
        add.bind(1, change.key()).bind(2, change.value()).run();
        if (change.value() < 0)
            dropIfNone.bind(1, change.key()).run();
    }
    Statement(db, "DELETE FROM search_token_log").run();
}

void SearchTermCounts::recount(Database &db)
{
    makeVocabularyTable(db);
    db.exec("DELETE FROM search_tokens; "
            "INSERT INTO search_tokens(token, rows) SELECT term, doc FROM temp.search_vocab; "
            "DELETE FROM search_token_log;");
}

QString SearchTermCounts::countMismatch(Database &db)
{
    makeVocabularyTable(db);
    QHash<QString, std::int64_t> counted = loggedTokenChanges(db);
    {
        Statement kept(db, "SELECT token, rows FROM search_tokens");
        while (kept.step())
            counted[kept.text(0)] += kept.int64(1);
    }
    Statement indexed(db, "SELECT term, doc FROM temp.search_vocab");
    while (indexed.step()) {
        const QString token = indexed.text(0);
        const std::int64_t count = counted.take(token);
        if (count != indexed.int64(1))
            return QStringLiteral("\"%1\": %2 counted, %3 in the index").arg(token).arg(count).arg(indexed.int64(1));
    }
    for (auto left = counted.cbegin(); left != counted.cend(); ++left) {
        if (left.value() != 0)
            return QStringLiteral("\"%1\": %2 counted, 0 in the index").arg(left.key()).arg(left.value());
    }
    return {};
}

void SearchTermCounts::forgetIfChanged(Database &db)
{
    // data_version moves when another connection commits, total_changes with this one's writes
    // (a rolled-back one too, which only costs a recount).
    const int version = db.dataVersion();
    const std::int64_t changes = sqlite3_total_changes64(db.handle());
    if (version != m_dataVersion || changes != m_changes) {
        m_counts.clear();
        m_logged.clear();
        m_kept = Kept::Unknown;
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
        if (readLoggedTexts(db)) {
            Statement kept(db, "SELECT rows FROM search_tokens WHERE token = ?");
            kept.bind(1, phrase.constFirst());
            count = (kept.step() ? kept.int64(0) : 0) + m_logged.value(phrase.constFirst());
        } else {
            count = vocabularyCount(db, phrase.constFirst());
        }
    } else {
        // FTS5 keeps no count of a phrase: its rows are found by reading its rarest token's list.
        Statement matches(db, "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ?)");
        matches.bind(1, quoted).bind(2, (rows + 1) / 2);
        count = matches.step() ? matches.int64(0) : 0;
    }
    m_counts.insert(key, count);
    return count;
}

bool SearchTermCounts::readLoggedTexts(Database &db)
{
    if (m_kept == Kept::Unknown) {
        Statement length(db, "SELECT count(*) FROM (SELECT 1 FROM search_token_log LIMIT ?)");
        length.bind(1, kLongLog + 1);
        const bool tooLong = length.step() && length.int64(0) > kLongLog;
        if (!tooLong)
            m_logged = loggedTokenChanges(db);
        m_kept = tooLong ? Kept::TooLong : Kept::Usable;
    }
    return m_kept == Kept::Usable;
}

std::int64_t SearchTermCounts::vocabularyCount(Database &db, const QString &token)
{
    makeVocabularyTable(db);
    Statement vocabulary(db, "SELECT doc FROM temp.search_vocab WHERE term = ?");
    vocabulary.bind(1, token);
    return vocabulary.step() ? vocabulary.int64(0) : 0;
}

} // namespace tickerline
