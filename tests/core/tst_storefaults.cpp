// SPDX-License-Identifier: GPL-3.0-or-later
// Every write path of the store under injected I/O errors and a full disk (DESIGN §10: "a clear
// message, never a half-done change"), the way SQLite tests itself: each operation is counted
// once, then run again on a fresh copy of the same database with its N-th write failing.
#include "error.h"
#include "imports/importjob.h"
#include "io/tickerlinejson.h"
#include "store/eventedits.h"
#include "store/quoteedits.h"
#include "store/schema.h"
#include "store/filestore.h"
#include "support/databasefingerprint.h"
#include "support/faultvfs.h"
#include "support/olderschema.h"
#include "time/isotime.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

using namespace tickerline;
using tickerline::testing::FaultVfs;

// Fault points per write path and fault: the sanitizer build sets fewer (tests/CMakeLists.txt),
// and the environment variable of that name overrides either.
#ifndef TICKERLINE_FAULT_POINTS
#define TICKERLINE_FAULT_POINTS 50
#endif

namespace {

QString dataPath(const char *relative)
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/") + QLatin1String(relative);
}

std::int64_t at(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso))->ms;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

const QString kArticleText = QStringLiteral("深度求索 🐳 released R1. Altman wrote: twitter hype is out of control "
                                            "again. The Nasdaq fell three percent on Monday.");

Quote quoteIn(const char *uid, const QString &text, const QString &exact, const char *event)
{
    Quote quote;
    quote.uid = QString::fromLatin1(uid);
    quote.source = QStringLiteral("article");
    quote.event = QString::fromLatin1(event);
    quote.exact = exact;
    quote.start = text.left(text.indexOf(exact)).toUcs4().size();
    quote.end = quote.start + exact.toUcs4().size();
    quote.dataset = QStringLiteral("facts");
    return quote;
}

// A little of everything each write path touches: events with actors, symbols and a link, an
// article with quotes, a symbol with its shares and bars, a saved view.
Snapshot seedSnapshot()
{
    Snapshot s;
    s.datasets << DatasetInfo{QStringLiteral("facts"),
                              QStringLiteral("Facts"),
                              QStringLiteral("notes.md"),
                              QStringLiteral("CC0"),
                              QString(),
                              QStringLiteral("2026-11-30T00:00:00Z")};
    s.actors << Actor{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"),
                      QStringLiteral("facts")}
             << Actor{QStringLiteral("deepseek"), QStringLiteral("DeepSeek"), QStringLiteral("organisation"),
                      QStringLiteral("facts")};
    Event post;
    post.uid = QStringLiteral("post");
    post.title = QStringLiteral("Altman: twitter hype is out of control");
    post.kind = EventKind::Statement;
    post.startMs = at("2025-01-20T08:32:19Z");
    post.precision = Precision::Second;
    post.tz = QStringLiteral("America/Los_Angeles");
    post.dataset = QStringLiteral("facts");
    post.actors << EventActor{QStringLiteral("sam-altman"), QStringLiteral("author")};
    Event release;
    release.uid = QStringLiteral("r1");
    release.title = QStringLiteral("深度求索 releases R1");
    release.kind = EventKind::Release;
    release.startMs = at("2025-01-20");
    release.dataset = QStringLiteral("facts");
    release.actors << EventActor{QStringLiteral("deepseek"), QStringLiteral("author")};
    Event selloff;
    selloff.uid = QStringLiteral("selloff");
    selloff.title = QStringLiteral("Selloff");
    selloff.summary = QStringLiteral("a more than $1 trillion tech wipeout");
    selloff.kind = EventKind::Market;
    selloff.startMs = at("2025-01-27T14:30:00Z");
    selloff.endMs = at("2025-01-27T21:00:00Z");
    selloff.precision = Precision::Minute;
    selloff.tz = QStringLiteral("America/New_York");
    selloff.symbols << QStringLiteral("NVDA") << QStringLiteral("^IXIC");
    selloff.dataset = QStringLiteral("facts");
    s.events << post << release << selloff;
    s.links << EventLink{QStringLiteral("selloff"), QStringLiteral("r1"), QStringLiteral("responds-to")};
    Source article;
    article.uid = QStringLiteral("article");
    article.title = QStringLiteral("The week of R1");
    article.text = kArticleText;
    article.dataset = QStringLiteral("facts");
    s.sources << article;
    s.quotes << quoteIn("q-hype", kArticleText, QStringLiteral("twitter hype is out of control"), "post")
             << quoteIn("q-fell", kArticleText, QStringLiteral("The Nasdaq fell three percent"), "selloff");
    s.symbols << Symbol{QStringLiteral("NVDA"),       QStringLiteral("NVIDIA"), QStringLiteral("stock"),
                        QStringLiteral("Nasdaq"),     QStringLiteral("USD"),    std::int64_t(24'490'000'000),
                        QStringLiteral("2024-11-15"), QStringLiteral("10-Q"),   QStringLiteral("facts")};
    PriceSeries series;
    series.symbol = QStringLiteral("NVDA");
    series.dataset = QStringLiteral("facts");
    series.bars.push_back(Bar{at("2025-01-24"), 148.0, 148.9, 141.9, 142.62, 142.6, 234657600.0});
    series.bars.push_back(Bar{at("2025-01-27"), 124.8, 128.4, 116.7, 118.42, std::nullopt, 818830900.0});
    s.series << series;
    ViewSettings settings;
    settings.text = QStringLiteral("R1");
    settings.chartSymbols = {QStringLiteral("NVDA")};
    s.views << SavedView{QStringLiteral("R1 week"), settings, QStringLiteral("facts")};
    return s;
}

// What `tickerline export` would write, with the import time of datasets that the operation
// itself added left out (it is the clock's, not the data's).
QByteArray content(FileStore &store, const QSet<QString> &datasetsBefore)
{
    Snapshot snapshot = store.exportSnapshot();
    for (DatasetInfo &info : snapshot.datasets) {
        if (!datasetsBefore.contains(info.uid))
            info.importedAt.clear();
    }
    return writeTickerlineJson(snapshot);
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// The fault points of an operation of `total` writes: every one when there are few, else
// `points` spread evenly, always with both sides of the commit point.
QList<int> faultPoints(int total, int commitPoint, int points)
{
    QList<int> chosen;
    if (total <= points) {
        for (int n = 0; n < total; ++n)
            chosen << n;
        return chosen;
    }
    for (int i = 0; i < points; ++i)
        chosen << int(std::int64_t(i) * (total - 1) / (points - 1));
    for (int n : {commitPoint - 1, commitPoint})
        chosen << n;
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    chosen.removeIf([total](int n) { return n < 0 || n >= total; });
    return chosen;
}

int pointsPerPath()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("TICKERLINE_FAULT_POINTS", &ok);
    return ok && fromEnvironment > 1 ? fromEnvironment : TICKERLINE_FAULT_POINTS;
}

QString expectedMessage(FaultVfs::Fault fault)
{
    return fault == FaultVfs::Fault::DiskFull ? QStringLiteral("database or disk is full")
                                              : QStringLiteral("disk I/O error");
}

const char *faultName(FaultVfs::Fault fault, FaultVfs::Persistence persistence)
{
    if (fault == FaultVfs::Fault::DiskFull)
        return persistence == FaultVfs::Persistence::Persistent ? "disk full" : "disk full once";
    return persistence == FaultVfs::Persistence::Persistent ? "I/O error" : "I/O error once";
}

using Work = std::function<void(FileStore &)>;

} // namespace

class tst_StoreFaults final : public QObject
{
    Q_OBJECT

private:
    // Runs `work` on a Store opened on a fresh copy of `seed` with every chosen write failing in
    // turn, and checks what a user would. An operation that reported success holds the state
    // after. One that failed says why, and nothing of it is seen: a full disk that stays full
    // (a persistent fault) is still full when the store closes, and SQLite's recovery on the
    // next open gives back the very bytes of the file before; after a passing fault the same
    // connection, still open, is used again and the operation succeeds.
    void sweep(const QString &seed, const Work &work, bool changesContent = true)
    {
        const QString path = m_dir.filePath(QStringLiteral("faulted.db"));
        QByteArray seedFile;
        {
            QFile file(seed);
            QVERIFY(file.open(QIODevice::ReadOnly));
            seedFile = file.readAll();
        }
        // Written as is, without QFile::copy's fsync: hundreds of copies follow.
        const auto freshCopy = [&] {
            removeDatabase(path);
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(seedFile) == seedFile.size();
        };
        QVERIFY(freshCopy());
        const QByteArray seedBytes = testing::databaseFingerprint(path); // it names the path too
        QByteArray before;
        QSet<QString> datasetsBefore;
        {
            FileStore store(path);
            for (const DatasetInfo &info : store.datasets())
                datasetsBefore.insert(info.uid);
            before = content(store, datasetsBefore);
        }

        QVERIFY(freshCopy());
        m_vfs.reset();
        int commitPoint = 0;
        {
            FileStore store(path);
            work(store);
            commitPoint = m_vfs.operations();
        }
        const int total = m_vfs.operations();
        QByteArray after;
        {
            FileStore store(path);
            QCOMPARE(store.check(), QStringList());
            after = content(store, datasetsBefore);
        }
        // A migration keeps the content as it is: there the file's bytes show what happened.
        QVERIFY2((after != before) == changesContent, "the operation does not change what it should");
        QVERIFY(commitPoint > 0);

        const QList<int> points = faultPoints(total, commitPoint, pointsPerPath());
        int runs = 0;
        for (int n : points) {
            for (auto fault : {FaultVfs::Fault::DiskFull, FaultVfs::Fault::IoError}) {
                for (auto persistence : {FaultVfs::Persistence::Persistent, FaultVfs::Persistence::Transient}) {
                    const bool persistent = persistence == FaultVfs::Persistence::Persistent;
                    const QByteArray where = QByteArray(faultName(fault, persistence)) + " at write " +
                                             QByteArray::number(n) + " of " + QByteArray::number(total) +
                                             " (commit point " + QByteArray::number(commitPoint) + ")";
                    QVERIFY(freshCopy());
                    m_vfs.reset();
                    m_vfs.arm(n, fault, persistence);
                    std::optional<FileStore> store;
                    QString error;
                    bool failed = false;
                    try {
                        store.emplace(path);
                        work(*store);
                    } catch (const Error &e) {
                        failed = true;
                        error = e.message();
                    }
                    if (persistent || !failed)
                        store.reset();
                    const int injected = m_vfs.injected();
                    m_vfs.disarm();
                    ++runs;
                    QVERIFY2(injected > 0, where.constData());
                    QVERIFY2(failed == (n < commitPoint), (where + ": " + error.toUtf8()).constData());
                    if (failed) {
                        QVERIFY2(error.contains(expectedMessage(fault)), (where + ": " + error.toUtf8()).constData());
                        if (persistent) {
                            {
                                Database raw(path, Database::Mode::ReadWrite);
                                raw.pragmaInt("user_version");
                            }
                            QVERIFY2(testing::databaseFingerprint(path) == seedBytes, where.constData());
                        } else {
                            // Another connection sees nothing of it while this one is still open.
                            if (changesContent) {
                                FileStore reader(path, Store::Open::ReadOnly);
                                QVERIFY2(content(reader, datasetsBefore) == before, where.constData());
                            } else {
                                Database reader(path, Database::Mode::ReadOnly);
                                QVERIFY2(reader.pragmaInt("user_version") < schema::latestVersion(), where.constData());
                            }
                            try {
                                if (!store)
                                    store.emplace(path);
                                work(*store);
                            } catch (const Error &e) {
                                QFAIL((where + ": tried again: " + e.message().toUtf8()).constData());
                            }
                            store.reset();
                        }
                    }
                    FileStore reopened(path);
                    const QStringList problems = reopened.check();
                    QVERIFY2(problems.isEmpty(),
                             (where + ": " + problems.join(QStringLiteral("; ")).toUtf8()).constData());
                    const bool changed = !(failed && persistent);
                    QVERIFY2(content(reopened, datasetsBefore) == (changed ? after : before), where.constData());
                }
            }
        }
        qInfo("%d writes (commit point %d): %d faulted runs", total, commitPoint, runs);
        m_faults.insert(QString::fromUtf8(QTest::currentTestFunction()), runs);
    }

    // A Tickerline JSON file of a dataset of its own, with enough rows to fill many pages.
    QString moreJson()
    {
        const QString json = m_dir.filePath(QStringLiteral("more.json"));
        if (QFileInfo::exists(json))
            return json;
        Snapshot file;
        file.datasets << DatasetInfo{QStringLiteral("more"),
                                     QStringLiteral("More facts"),
                                     QStringLiteral("more.md"),
                                     QStringLiteral("CC0"),
                                     QString(),
                                     QStringLiteral("2026-12-01T00:00:00Z")};
        file.actors << Actor{QStringLiteral("jensen-huang"), QStringLiteral("Jensen Huang"), QStringLiteral("person"),
                             QStringLiteral("more")};
        for (int i = 0; i < 40; ++i) {
            Event event;
            event.uid = QStringLiteral("more-%1").arg(i);
            event.title = QStringLiteral("Another day of the week of R1, number %1").arg(i);
            event.summary = QString(200, QLatin1Char('x'));
            event.startMs = at("2025-01-21") + i * 3'600'000;
            event.actors << EventActor{QStringLiteral("jensen-huang"), QString()};
            event.symbols << QStringLiteral("NVDA");
            event.dataset = QStringLiteral("more");
            file.events << event;
        }
        file.links << EventLink{QStringLiteral("more-1"), QStringLiteral("more-0"), QStringLiteral("follows")};
        Source source;
        source.uid = QStringLiteral("interview");
        source.title = QStringLiteral("Interview");
        source.text = QStringLiteral("Huang said demand is insane. ").repeated(200);
        source.dataset = QStringLiteral("more");
        file.sources << source;
        Quote quote;
        quote.uid = QStringLiteral("q-insane");
        quote.source = QStringLiteral("interview");
        quote.event = QStringLiteral("more-3");
        quote.speaker = QStringLiteral("jensen-huang");
        quote.exact = QStringLiteral("demand is insane");
        quote.start = 11;
        quote.end = 27;
        quote.dataset = QStringLiteral("more");
        file.quotes << quote;
        writeFile(json, writeTickerlineJson(file));
        return json;
    }

    QString seedDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("seed.db"));
        if (!QFileInfo::exists(path)) {
            FileStore store(path);
            store.importSnapshot(seedSnapshot());
        }
        return path;
    }

    QTemporaryDir m_dir;
    FaultVfs m_vfs;
    QMap<QString, int> m_faults;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
            qInfo("%s: %d faulted runs", qPrintable(it.key()), it.value());
    }

    void importingEventsFromCsv()
    {
        sweep(seedDatabase(), [](FileStore &store) {
            ImportRequest request;
            request.paths = {dataPath("interop/handmade/deepseek_week.csv")};
            ImportJob(request).run(store);
        });
    }

    void importingTickerlineJson()
    {
        const QString json = moreJson();
        sweep(seedDatabase(), [json](FileStore &store) {
            ImportRequest request;
            request.paths = {json};
            ImportJob(request).run(store);
        });
    }

    void importingPrices()
    {
        sweep(seedDatabase(), [](FileStore &store) {
            ImportRequest request;
            request.paths = {dataPath("prices/QQQ.csv")};
            ImportJob(request).run(store);
        });
    }

    // With a page cache of a few pages SQLite writes pages to the log long before the commit
    // ("spills"), so a fault hits a statement in the middle of the transaction; SQLite may then
    // undo that statement alone and leave the transaction open for the caller to end.
    void importingWithPagesSpilledBeforeTheCommit()
    {
        const QString json = moreJson();
        sweep(seedDatabase(), [json](FileStore &store) {
            store.database().exec("PRAGMA cache_size = 8");
            ImportRequest request;
            request.paths = {dataPath("prices/QQQ.csv"), dataPath("interop/handmade/deepseek_week.csv"), json};
            ImportJob(request).run(store);
        });
    }

    void addingAnEvent()
    {
        sweep(seedDatabase(), [](FileStore &store) {
            Event event;
            event.uid = QStringLiteral("stargate");
            event.title = QStringLiteral("Stargate announced");
            event.kind = EventKind::Policy;
            event.startMs = at("2025-01-21");
            event.actors << EventActor{QStringLiteral("sam-altman"), QStringLiteral("speaker")};
            event.symbols << QStringLiteral("ORCL");
            event.dataset = QStringLiteral("facts");
            store.addEvent(event);
        });
    }

    void editingAnEvent()
    {
        sweep(seedDatabase(), [](FileStore &store) {
            Event event = store.event(QStringLiteral("selloff")).value();
            event.title = QStringLiteral("The DeepSeek selloff");
            event.summary = QStringLiteral("NVIDIA lost $589 billion");
            event.symbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("TSM")};
            event.actors << EventActor{QStringLiteral("deepseek"), QStringLiteral("cause")};
            store.updateEvent(event, *store.event(event.uid));
        });
    }

    void deletingAnEvent()
    {
        sweep(seedDatabase(), [](FileStore &store) { store.removeEvent(QStringLiteral("selloff")); });
    }

    void addingAQuote()
    {
        sweep(seedDatabase(), [](FileStore &store) {
            store.addQuote(quoteIn("q-r1", kArticleText, QStringLiteral("released R1"), "r1"));
        });
    }

    void replacingASourcesText()
    {
        const QString article = m_dir.filePath(QStringLiteral("article.txt"));
        writeFile(article, QStringLiteral("Update, Tuesday. ")
                               .append(kArticleText)
                               .replace(QStringLiteral("three percent"), QStringLiteral("3.1 percent"))
                               .toUtf8());
        sweep(seedDatabase(), [article](FileStore &store) {
            ImportRequest request;
            request.paths = {article};
            request.sourceUid = QStringLiteral("article");
            ImportJob(request).run(store);
        });
    }

    void settingShareCounts()
    {
        sweep(seedDatabase(), [](FileStore &store) {
            Symbol nvda = store.symbol(QStringLiteral("NVDA")).value();
            nvda.sharesOutstanding = 24'400'000'000;
            nvda.sharesAsOf = QStringLiteral("2025-02-26");
            nvda.sharesSource = QStringLiteral("10-K");
            store.updateShareCounts({nvda});
        });
    }

    void savingAView()
    {
        sweep(seedDatabase(), [](FileStore &store) {
            ViewSettings settings;
            settings.kinds = {EventKind::Market};
            settings.fromMs = at("2025-01-20");
            settings.toMs = at("2025-02-01");
            settings.chart = ViewSettings::Chart::Compare;
            settings.chartSymbols = {QStringLiteral("NVDA"), QStringLiteral("^IXIC")};
            store.saveView(SavedView{QStringLiteral("Markets"), settings, QString()});
        });
    }

    void removingAView()
    {
        sweep(seedDatabase(), [](FileStore &store) { store.removeView(QStringLiteral("R1 week")); });
    }

    void migratingFromVersionThree()
    {
        const QString seed = m_dir.filePath(QStringLiteral("v3.db"));
        {
            FileStore store(seed);
            store.importSnapshot(seedSnapshot());
            // What a version-3 file looks like (as tst_store builds it): full-text rows found by
            // uid, no rowid scheme, event_symbols.ticker.
            test::restoreVersionSixSearch(store.database());
            store.database().exec(R"sql(
                DROP TRIGGER events_search_insert; DROP TRIGGER events_search_update; DROP TRIGGER events_search_delete;
                DROP TRIGGER sources_search_insert; DROP TRIGGER sources_search_update; DROP TRIGGER sources_search_delete;
                DROP TRIGGER quotes_search_insert; DROP TRIGGER quotes_search_update; DROP TRIGGER quotes_search_delete;
                DROP TABLE search;
                CREATE VIRTUAL TABLE search USING fts5(type UNINDEXED, uid UNINDEXED, title, body,
                                                       tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO search(type, uid, title, body) SELECT 'quote', uid, '', exact FROM quotes;
                INSERT INTO search(type, uid, title, body) SELECT 'source', uid, title, text FROM sources;
                INSERT INTO search(type, uid, title, body) SELECT 'event', uid, title, summary FROM events;
                CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
                  INSERT INTO search(type, uid, title, body) VALUES ('event', new.uid, new.title, new.summary);
                END;
                CREATE TEMP TABLE kept AS SELECT event_id, symbol, position FROM event_symbols;
                DROP TABLE event_symbols;
                CREATE TABLE event_symbols (
                  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                  ticker TEXT NOT NULL,
                  position INTEGER NOT NULL,
                  PRIMARY KEY (event_id, ticker)
                );
                CREATE INDEX event_symbols_by_ticker ON event_symbols(ticker);
                INSERT INTO event_symbols(event_id, ticker, position) SELECT event_id, symbol, position FROM kept;
                DROP TABLE kept;
                PRAGMA user_version = 3;)sql");
        }
        // Opening it migrates it, in one transaction; a failed one leaves version 3 to open later.
        sweep(
            seed, [](FileStore &store) { QCOMPARE(store.database().pragmaInt("user_version"), schema::latestVersion()); },
            false);
    }
};

QTEST_GUILESS_MAIN(tst_StoreFaults)
#include "tst_storefaults.moc"
