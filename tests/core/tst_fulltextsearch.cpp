// SPDX-License-Identifier: GPL-3.0-or-later
// Store::search as an analyst meets it: every word must occur, a title match comes before a body
// match, the bundled episode ranks exactly as FTS5's own weighted bm25() ranks it, and a word in
// thousands of rows still fills the page with rows that hold it.

#include "imports/bundleddataset.h"
#include "store/eventedits.h"
#include "store/fulltextsearch.h"
#include "store/filestore.h"
#include "support/databasefingerprint.h"
#include "time/isotime.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tickerline;

namespace {

Event newEvent(const QString &uid, const QString &title, const QString &summary, int hour)
{
    Event e;
    e.uid = uid;
    e.title = title;
    e.summary = summary;
    e.startMs = parseIsoTime(QStringLiteral("2025-01-27"))->ms + std::int64_t(hour) * 3'600'000;
    return e;
}

QStringList uids(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result << hit.uid;
    return result;
}

QString quotedQuery(const QString &query)
{
    QStringList quoted;
    for (QString word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        quoted << QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return quoted.join(QLatin1Char(' '));
}

// FTS5's own weighted bm25() over the whole table: the best `limit` rows, newest first on a tie.
QList<SearchHit> bm25Page(FileStore &store, const QString &query, int limit)
{
    const QByteArray bm25 = "bm25(search, 0, 0, " + QByteArray::number(FullTextSearch::kTitleWeight) + ", 1)";
    const QByteArray sql =
        "SELECT uid, -" + bm25 + " FROM search WHERE search MATCH ? ORDER BY " + bm25 + ", rowid DESC LIMIT ?";
    Statement statement(store.database(), sql.constData());
    statement.bind(1, quotedQuery(query)).bind(2, limit);
    QList<SearchHit> hits;
    while (statement.step())
        hits << SearchHit{QString(), statement.text(0), QString(), QString(), statement.real(1)};
    return hits;
}

void compareWithBm25(FileStore &store, const QString &query)
{
    const QList<SearchHit> hits = store.search(query, 50);
    const QList<SearchHit> expected = bm25Page(store, query, 50);
    QVERIFY2(!expected.isEmpty(), qPrintable(query));
    QCOMPARE(uids(hits), uids(expected));
    for (qsizetype i = 0; i < hits.size(); ++i)
        QCOMPARE(hits[i].score, expected[i].score);
}

// A corpus whose words' row counts no sample can guess: a very common word, one in about a third
// of the rows but mostly the oldest, rare words, a word that is a phrase ("AI-chip"), accents
// that the tokenizer removes and Chinese runs, in fewer rows than are ranked.
Snapshot generatedCorpus(int count)
{
    Snapshot snapshot;
    const QStringList filler = QStringLiteral("as traders weighed the outlook for spending on data centres and "
                                              "power grids across three continents")
                                   .split(QLatin1Char(' '));
    for (int i = 0; i < count; ++i) {
        QStringList title{QStringLiteral("Report %1").arg(i)};
        QStringList body{filler.mid(i % 7, 2 + i % 9)};
        if (i % 23 != 0)
            (i % 5 ? body : title) << QStringLiteral("shares");
        if ((i < count / 2 && i % 3 != 0) || i % 17 == 0)
            (i % 4 ? body : title) << QStringLiteral("market");
        if (i % 41 == 0)
            body << QStringLiteral("AI-chip");
        else if (i % 13 == 0)
            body << QStringLiteral("chip makers and AI");
        if (i % 97 == 0)
            (i % 2 ? body : title) << QStringLiteral("Stargate");
        if (i % 29 == 0)
            body << QStringLiteral("Société Générale");
        if (i % 31 == 0)
            body << QStringLiteral("societe generale naïve");
        if (i % 37 == 0)
            (i % 3 ? body : title) << QStringLiteral("深度求索 英伟达，股价");
        if (i % 43 == 0)
            body << QStringLiteral("英伟达");
        snapshot.events << newEvent(QStringLiteral("g-%1").arg(i, 5, 10, QLatin1Char('0')), title.join(QLatin1Char(' ')),
                                    body.join(QLatin1Char(' ')), i % 24);
    }
    return snapshot;
}

// Rows of the triggers' log that Tickerline has not yet counted.
int loggedRows(Database &db)
{
    Statement rows(db, "SELECT count(*) FROM search_token_log");
    rows.step();
    return rows.integer(0);
}

} // namespace

class tst_FullTextSearch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FileStore> m_generated; // made once for every row of the data-driven test

private slots:
    void titleMatchRanksFirst()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        Snapshot snapshot;
        // The body match is the shorter row: with title and body weighted alike it would come first.
        snapshot.events << newEvent(QStringLiteral("in-body"), QStringLiteral("Markets"), QStringLiteral("a wipeout"),
                                    0)
                        << newEvent(QStringLiteral("in-title"), QStringLiteral("The wipeout"),
                                    QStringLiteral("Chip makers lost more than a trillion dollars of value in one "
                                                   "session as investors weighed a cheaper model from China"),
                                    1);
        store.importSnapshot(snapshot);
        const QList<SearchHit> hits = store.search(QStringLiteral("wipeout"));
        QCOMPARE(uids(hits), (QStringList{QStringLiteral("in-title"), QStringLiteral("in-body")}));
        QVERIFY(hits[0].score > hits[1].score);
        QCOMPARE(hits[1].snippet, QStringLiteral("a [wipeout]"));
    }

    void everyWordMustOccur()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        Snapshot snapshot;
        snapshot.events << newEvent(QStringLiteral("one-word"), QStringLiteral("Wipeout"),
                                    QStringLiteral("wipeout wipeout wipeout"), 0)
                        << newEvent(QStringLiteral("both-in-body"), QStringLiteral("Selloff"),
                                    QStringLiteral("a more than $1 trillion tech wipeout"), 1)
                        << newEvent(QStringLiteral("both-in-title"), QStringLiteral("Trillion-dollar wipeout"),
                                    QStringLiteral("Nvidia fell 17 per cent"), 2);
        store.importSnapshot(snapshot);
        const QList<SearchHit> hits = store.search(QStringLiteral("  trillion   WIPEOUT "));
        QCOMPARE(uids(hits), (QStringList{QStringLiteral("both-in-title"), QStringLiteral("both-in-body")}));
        QCOMPARE(hits[1].snippet, QStringLiteral("a more than $1 [trillion] tech [wipeout]"));
        QCOMPARE(store.search(QStringLiteral("wipeout")).size(), 3);
        QVERIFY(store.search(QStringLiteral("trillion crash")).isEmpty());
        QVERIFY(store.search(QStringLiteral("   ")).isEmpty());
    }

    // The episode is small enough that every term's row count is exact, so the ranking must be
    // FTS5's bm25() with the title weighted, order and scores alike.
    void episodeRanksAsWeightedBm25_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("one word") << QStringLiteral("deepseek");
        QTest::newRow("two words") << QStringLiteral("altman twitter");
        QTest::newRow("title and body") << QStringLiteral("nvidia selloff");
        QTest::newRow("quote") << QStringLiteral("trillion wipeout");
        QTest::newRow("repeated word") << QStringLiteral("model model");
    }

    void episodeRanksAsWeightedBm25()
    {
        QFETCH(QString, query);
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("episode.db")));
        installBundledDataset(store);
        const QList<SearchHit> hits = store.search(query, 1000);
        QVERIFY(!hits.isEmpty());

        const QByteArray bm25 = "bm25(search, 0, 0, " + QByteArray::number(FullTextSearch::kTitleWeight) + ", 1)";
        const QByteArray sql =
            "SELECT uid, -" + bm25 + " FROM search WHERE search MATCH ? ORDER BY " + bm25 + ", rowid DESC";
        Statement expected(store.database(), sql.constData());
        QStringList quoted;
        for (const QString &word : query.split(QLatin1Char(' ')))
            quoted << QLatin1Char('"') + word + QLatin1Char('"');
        expected.bind(1, quoted.join(QLatin1Char(' ')));
        QStringList expectedUids;
        QList<double> expectedScores;
        while (expected.step()) {
            expectedUids << expected.text(0);
            expectedScores << expected.real(1);
        }
        QCOMPARE(uids(hits), expectedUids);
        for (qsizetype i = 0; i < hits.size(); ++i)
            QCOMPARE(hits[i].score, expectedScores[i]);
        // A short page is the head of the long one, though most rows are then kept out early.
        QCOMPARE(uids(store.search(query, 2)), expectedUids.mid(0, 2));
    }

    // More rows hold the word than are ranked: the newest kRankedSearchMatches of them are, and the page
    // is their best by the same BM25, the titled ones first.
    void commonWordFillsThePage()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("common.db")));
        const int count = kRankedSearchMatches + 2000;
        const QStringList filler =
            QStringLiteral("as traders weighed the outlook for spending on data centres").split(QLatin1Char(' '));
        Snapshot snapshot;
        for (int i = 0; i < count; ++i) {
            const bool titled = i >= count - 20;
            const QString body = QStringLiteral("shares ").repeated(1 + i % 2) + QStringLiteral("of chip makers ") +
                                 filler.mid(0, i % 11).join(QLatin1Char(' '));
            snapshot.events << newEvent(QStringLiteral("e-%1").arg(i, 5, 10, QLatin1Char('0')),
                                        titled ? QStringLiteral("Shares slump") : QStringLiteral("Market report"), body,
                                        i % 24);
        }
        store.importSnapshot(snapshot);

        const QList<SearchHit> hits = store.search(QStringLiteral("shares"));
        QCOMPARE(hits.size(), 50);
        QStringList titled;
        for (int i = count - 20; i < count; ++i)
            titled << QStringLiteral("e-%1").arg(i, 5, 10, QLatin1Char('0'));
        QStringList first = uids(hits.mid(0, 20));
        first.sort();
        QCOMPARE(first, titled);
        for (const SearchHit &hit : hits)
            QVERIFY2(hit.snippet.contains(QStringLiteral("[shares]")), qPrintable(hit.snippet));

        const QByteArray bm25 = "bm25(search, 0, 0, " + QByteArray::number(FullTextSearch::kTitleWeight) + ", 1)";
        const QByteArray sql = "SELECT uid FROM search WHERE search MATCH 'shares' AND rowid > ? ORDER BY " + bm25 +
                               ", rowid DESC LIMIT 50";
        Statement expected(store.database(), sql.constData());
        expected.bind(1, count - kRankedSearchMatches);
        QStringList expectedUids;
        while (expected.step())
            expectedUids << expected.text(0);
        QCOMPARE(uids(hits), expectedUids);

        // A page larger than the ranked share is filled all the same, and no limit returns every match.
        QCOMPARE(store.search(QStringLiteral("shares"), kRankedSearchMatches + 500).size(),
                 kRankedSearchMatches + 500);
        QCOMPARE(store.search(QStringLiteral("shares"), -1).size(), count);
        QVERIFY(store.search(QStringLiteral("shares"), 0).isEmpty());
    }

    // Every phrase's row count is exact, so on a table no larger than the ranked share the page is
    // FTS5's weighted bm25() page, order and scores alike, however common or rare the words.
    void generatedCorpusRanksAsWeightedBm25_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("very common word") << QStringLiteral("shares");
        QTest::newRow("word mostly in old rows") << QStringLiteral("market");
        QTest::newRow("two common words") << QStringLiteral("shares market");
        QTest::newRow("rare word") << QStringLiteral("stargate");
        QTest::newRow("rare and common") << QStringLiteral("Stargate market");
        QTest::newRow("phrase") << QStringLiteral("AI-chip");
        QTest::newRow("phrase and word") << QStringLiteral("ai-chip shares");
        QTest::newRow("phrase's words apart") << QStringLiteral("chip ai");
        QTest::newRow("diacritics") << QStringLiteral("Société");
        QTest::newRow("diacritics removed") << QStringLiteral("societe GENERALE");
        QTest::newRow("diaeresis") << QStringLiteral("naive");
        QTest::newRow("chinese") << QStringLiteral("英伟达");
        QTest::newRow("chinese phrase") << QStringLiteral("英伟达，股价");
        QTest::newRow("chinese and word") << QStringLiteral("深度求索 shares");
        QTest::newRow("repeated word") << QStringLiteral("market market");
    }

    void generatedCorpusRanksAsWeightedBm25()
    {
        QFETCH(QString, query);
        if (!m_generated) {
            m_generated = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("generated.db")));
            m_generated->importSnapshot(generatedCorpus(kRankedSearchMatches - 500));
        }
        compareWithBm25(*m_generated, query);
        if (!QTest::currentTestFailed())
            compareWithBm25(*m_generated, query); // again, from the counts kept
    }

    void tokensAreTheTablesOwn()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        QCOMPARE(SearchTermCounts::tokens(store.database(), QStringLiteral("Société-Générale")),
                 (QStringList{QStringLiteral("societe"), QStringLiteral("generale")}));
        QCOMPARE(SearchTermCounts::tokens(store.database(), QStringLiteral("英伟达，股价")),
                 (QStringList{QStringLiteral("英伟达"), QStringLiteral("股价")}));
        QCOMPARE(SearchTermCounts::tokens(store.database(), QStringLiteral("—")), QStringList());
    }

    // A count kept from an earlier search is forgotten when this connection or another one writes.
    void countsFollowChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        FileStore store(path);
        store.importSnapshot(generatedCorpus(300));
        compareWithBm25(store, QStringLiteral("stargate market"));
        compareWithBm25(store, QStringLiteral("ai-chip"));

        Snapshot more;
        for (int i = 0; i < 40; ++i)
            more.events << newEvent(QStringLiteral("more-%1").arg(i), QStringLiteral("Stargate AI-chip"),
                                    QStringLiteral("market"), i % 24);
        store.importSnapshot(more);
        compareWithBm25(store, QStringLiteral("stargate market"));
        compareWithBm25(store, QStringLiteral("ai-chip"));

        Snapshot elsewhere;
        for (int i = 0; i < 60; ++i)
            elsewhere.events << newEvent(QStringLiteral("elsewhere-%1").arg(i), QStringLiteral("Stargate"),
                                         QStringLiteral("AI chip"), i % 24);
        FileStore(path).importSnapshot(elsewhere);
        compareWithBm25(store, QStringLiteral("stargate market"));
        compareWithBm25(store, QStringLiteral("ai-chip"));
    }

    // The token counts follow every change Tickerline makes, through the triggers' log, which
    // each commit empties; they stay what FTS5 itself counts.
    void tokenCountsFollowEveryChange()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        Database &db = store.database();
        store.importSnapshot(generatedCorpus(300));
        const auto verifyCounts = [&](const char *step) {
            QVERIFY2(SearchTermCounts::countMismatch(db).isEmpty(), step);
            QVERIFY2(loggedRows(db) == 0, step);
            Statement kept(db, "SELECT count(*) FROM search_tokens");
            QVERIFY2(kept.step() && kept.int64(0) > 20, step);
            compareWithBm25(store, QStringLiteral("stargate market"));
            compareWithBm25(store, QStringLiteral("shares"));
        };
        verifyCounts("imported");

        Event edited = store.events().constFirst();
        edited.title = QStringLiteral("Stargate Stargate announcement");
        edited.summary = QStringLiteral("market market shares");
        store.updateEvent(edited, *store.event(edited.uid));
        verifyCounts("edited");
        store.removeEvent(store.events().constLast().uid);
        verifyCounts("removed");
        {
            Transaction transaction(db);
            db.exec("UPDATE events SET summary = 'Société Générale' WHERE id % 3 = 0; "
                    "UPDATE events SET uid = uid || '-x' WHERE id % 5 = 0; "
                    "DELETE FROM events WHERE id % 7 = 0;");
            transaction.commit();
        }
        verifyCounts("rewritten");

        Snapshot article;
        article.sources << Source{};
        Source &source = article.sources.first();
        source.uid = QStringLiteral("article");
        source.kind = QStringLiteral("article");
        source.title = QStringLiteral("Stargate and the market");
        source.text = QStringLiteral("Shares of chip makers fell as the market weighed Stargate.");
        Quote quote;
        quote.uid = QStringLiteral("q1");
        quote.source = source.uid;
        quote.exact = QStringLiteral("market weighed Stargate");
        quote.start = source.text.indexOf(quote.exact);
        quote.end = quote.start + quote.exact.size();
        article.quotes << quote;
        store.importSnapshot(article);
        verifyCounts("source and quote added");
        {
            Transaction transaction(db);
            db.exec("DELETE FROM sources"); // its quote goes with it
            transaction.commit();
        }
        verifyCounts("source removed");
        QCOMPARE(store.check(), QStringList());
    }

    // Another program's writes leave the log uncounted: a reader adds it, and Tickerline's next
    // commit counts it in. A long log is not tokenized by a reader: FTS5 counts instead.
    void logLeftByAnotherProgramIsCounted_data()
    {
        QTest::addColumn<int>("changedRows");
        QTest::newRow("short log") << 40;
        QTest::newRow("long log") << 1200;
    }

    void logLeftByAnotherProgramIsCounted()
    {
        QFETCH(int, changedRows);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        FileStore(path).importSnapshot(generatedCorpus(1500));
        {
            Database other(path, Database::Mode::ReadWrite); // no Tickerline step before its commits
            other.trustSchema();
            Statement change(other, "UPDATE events SET title = 'Stargate market', summary = 'AI-chip' WHERE id <= ?");
            change.bind(1, changedRows).run();
            QCOMPARE(loggedRows(other), 2 * changedRows);
        }
        {
            FileStore reader(path, Store::Open::ReadOnly);
            compareWithBm25(reader, QStringLiteral("stargate market"));
            compareWithBm25(reader, QStringLiteral("report"));
            QCOMPARE(SearchTermCounts::countMismatch(reader.database()), QString());
        }
        FileStore store(path);
        compareWithBm25(store, QStringLiteral("stargate"));
        Event edited = store.events().constFirst();
        edited.title = QStringLiteral("Stargate again");
        store.updateEvent(edited, *store.event(edited.uid));
        QCOMPARE(loggedRows(store.database()), 0);
        QCOMPARE(SearchTermCounts::countMismatch(store.database()), QString());
        compareWithBm25(store, QStringLiteral("stargate market"));
    }

    // Counting the log costs a commit nothing when there is none: the file and its -wal stay as
    // they were.
    void commitWithoutChangesWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        FileStore store(path);
        store.importSnapshot(generatedCorpus(50));
        const QByteArray before = testing::databaseFingerprint(path);
        Transaction transaction(store.database());
        transaction.commit();
        QCOMPARE(testing::databaseFingerprint(path), before);
    }

    // A count that is wrong is what `check` reports, naming the token.
    void checkFindsAWrongCount()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        store.importSnapshot(generatedCorpus(100));
        QCOMPARE(store.check(), QStringList());
        store.database().exec("UPDATE search_tokens SET rows = rows + 1 WHERE token = 'stargate'");
        QCOMPARE(store.check(), QStringList{QStringLiteral(
                                    "the full-text index's token counts are wrong: \"stargate\": 3 counted, 2 in the "
                                    "index")});
    }

    void readOnlyStoreSearches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        {
            FileStore store(path);
            Snapshot snapshot;
            snapshot.events << newEvent(QStringLiteral("selloff"), QStringLiteral("Selloff"),
                                        QStringLiteral("a more than $1 trillion tech wipeout"), 0);
            store.importSnapshot(snapshot);
        }
        FileStore store(path, Store::Open::ReadOnly);
        for (int round = 0; round < 2; ++round) { // the second finds the ranking function in place
            const QList<SearchHit> hits = store.search(QStringLiteral("wipeout"));
            QCOMPARE(uids(hits), QStringList{QStringLiteral("selloff")});
        }
    }
};

QTEST_GUILESS_MAIN(tst_FullTextSearch)
#include "tst_fulltextsearch.moc"
