// SPDX-License-Identifier: GPL-3.0-or-later
// The full-text index's segments are merged in the pauses between edits, never in an edit's
// commit (schema version 8, Store::mergeSearchIndex).
#include "store/filestore.h"
#include "store/schema.h"

#include "support/smallsnapshot.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace tickerline;
using tickerline::testing::smallSnapshot;

namespace {

std::int64_t integer(Database &db, const char *sql)
{
    Statement statement(db, sql);
    return statement.step() ? statement.int64(0) : -1;
}

// The rows of FTS5's own table: one per leaf page of each segment, and a few of its own.
std::int64_t indexRows(FileStore &store)
{
    return integer(store.database(), "SELECT count(*) FROM search_data");
}

// A title edited `times` times, one commit each.
void editTitle(FileStore &store, const QString &uid, int times)
{
    for (int i = 1; i <= times; ++i) {
        const Event before = store.event(uid).value();
        Event edited = before;
        edited.title = QStringLiteral("Altman asks for patience, take %1").arg(i);
        store.updateEvent(edited, before);
    }
}

// What the window does in a pause: steps until nothing is left, once the quiet time has passed.
int mergeInAPause(FileStore &store)
{
    QThread::msleep(250);
    int steps = 0;
    for (Store::IndexMerge step; (step = store.mergeSearchIndex()) != Store::IndexMerge::NothingLeft;) {
        if (step != Store::IndexMerge::Merged || ++steps > 1000)
            return -1;
    }
    return steps;
}

// The small snapshot and `count` more events, with words in common.
Snapshot withManyEvents(int count)
{
    Snapshot snapshot = smallSnapshot();
    const Event pattern = snapshot.events.constFirst();
    for (int i = 0; i < count; ++i) {
        Event event = pattern;
        event.uid = QStringLiteral("event-%1").arg(i);
        event.title = QStringLiteral("Rates and chips, note %1 on the market").arg(i);
        event.summary = QStringLiteral("The market moved on chips, rates and model release %1").arg(i % 97);
        event.startMs += std::int64_t(i) * 60'000;
        snapshot.events << event;
    }
    return snapshot;
}

} // namespace

class TestSearchIndexMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("merge%1.tickerline").arg(++m_files)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aNewFileLeavesMergingToTickerline()
    {
        FileStore store(freshPath());
        QCOMPARE(integer(store.database(), "SELECT v FROM search_config WHERE k = 'automerge'"), 0);
        QCOMPARE(integer(store.database(), "SELECT v FROM search_config WHERE k = 'crisismerge'"), 256);
    }

    void versionSevenIsMigratedForward()
    {
        const QString path = freshPath();
        {
            FileStore store(path);
            store.importSnapshot(smallSnapshot());
            // What a version-7 file holds: FTS5's own settings.
            store.database().exec("INSERT INTO search(search, rank) VALUES ('automerge', 4);"
                                  "INSERT INTO search(search, rank) VALUES ('crisismerge', 16);"
                                  "PRAGMA user_version = 7");
        }
        FileStore store(path);
        QCOMPARE(store.database().pragmaInt("user_version"), schema::latestVersion());
        QCOMPARE(integer(store.database(), "SELECT v FROM search_config WHERE k = 'automerge'"), 0);
        QCOMPARE(integer(store.database(), "SELECT v FROM search_config WHERE k = 'crisismerge'"), 256);
        QCOMPARE(store.events().size(), 2);
        QVERIFY(store.check().isEmpty());
    }

    void editsAddSegmentsThatAPauseMerges()
    {
        FileStore store(freshPath());
        store.importSnapshot(smallSnapshot());
        QVERIFY(mergeInAPause(store) >= 0);
        const std::int64_t before = indexRows(store);

        editTitle(store, QStringLiteral("post"), 12);
        // Each commit wrote a segment of its own and merged none.
        QVERIFY2(indexRows(store) >= before + 12, qPrintable(QString::number(indexRows(store) - before)));
        // Not right behind a commit: the next edit of a burst would wait for the write lock.
        QCOMPARE(store.mergeSearchIndex(), Store::IndexMerge::Later);

        QVERIFY(mergeInAPause(store) > 0);
        QVERIFY2(indexRows(store) <= before + 3, qPrintable(QString::number(indexRows(store) - before)));
        // The merged index finds what the edits wrote, and nothing they replaced.
        QCOMPARE(integer(store.database(), "SELECT count(*) FROM search WHERE search MATCH 'take'"), 1);
        QCOMPARE(store.search(QStringLiteral("\"take 12\""), 10).size(), 1);
        QCOMPARE(store.search(QStringLiteral("\"take 11\""), 10).size(), 0);
        QVERIFY(store.search(QStringLiteral("expectations"), 10).isEmpty());
        store.database().exec("INSERT INTO search(search) VALUES ('integrity-check')");
        QVERIFY(store.check().isEmpty());
        // Nothing is left: a further pause writes nothing.
        QCOMPARE(mergeInAPause(store), 0);
    }

    void aMergeNeverWaitsForAnotherWriter()
    {
        const QString path = freshPath();
        FileStore store(path);
        store.importSnapshot(smallSnapshot());
        editTitle(store, QStringLiteral("post"), 6);
        QThread::msleep(250);
        Database other(path, Database::Mode::ReadWrite);
        other.exec("BEGIN IMMEDIATE");
        // Waiting would hang here for good: the other connection holds the lock until told.
        QCOMPARE(store.mergeSearchIndex(), Store::IndexMerge::Later);
        other.exec("ROLLBACK");
        QCOMPARE(store.mergeSearchIndex(), Store::IndexMerge::Merged);
    }

    void aStepFromAnotherThreadWaitsForTheOwnersTransaction()
    {
        FileStore store(freshPath());
        store.importSnapshot(smallSnapshot());
        editTitle(store, QStringLiteral("post"), 6);
        QThread::msleep(250);
        const auto stepFromAnotherThread = [&store] {
            Store::IndexMerge step = Store::IndexMerge::NothingLeft;
            std::thread([&store, &step] { step = store.mergeSearchIndex(); }).join();
            return step;
        };
        {
            Transaction owners(store.database());
            // A merge step inside it would be committed or rolled back with the owner's work.
            QCOMPARE(stepFromAnotherThread(), Store::IndexMerge::Later);
        }
        QCOMPARE(stepFromAnotherThread(), Store::IndexMerge::Merged);
    }

    void editsMeetTheBackgroundMergeAndKeepEveryWord()
    {
        FileStore store(freshPath());
        store.importSnapshot(smallSnapshot());
        store.mergeSearchIndexInBackground();
        // Bursts of edits with pauses between: the merges start in the pauses, and the first edit
        // after each pause may find a step under way, which gives way to it.
        for (int burst = 0; burst < 6; ++burst) {
            editTitle(store, QStringLiteral("post"), 5);
            QThread::msleep(burst % 2 ? 230 : 320);
        }
        QTRY_VERIFY_WITH_TIMEOUT(store.searchIndexMerged(), 10000);
        const Event post = store.event(QStringLiteral("post")).value();
        QCOMPARE(post.title, QStringLiteral("Altman asks for patience, take 5"));
        QCOMPARE(store.search(QStringLiteral("\"take 5\""), 10).size(), 1);
        QCOMPARE(store.search(QStringLiteral("selloff"), 10).size(), 1);
        QVERIFY(store.search(QStringLiteral("expectations"), 10).isEmpty());
        store.database().exec("INSERT INTO search(search) VALUES ('integrity-check')");
        QVERIFY(store.check().isEmpty());
        // Thirty commits, merged: FTS5's table holds a handful of segments, not thirty.
        QVERIFY2(indexRows(store) < 16, qPrintable(QString::number(indexRows(store))));
    }

    void theOwnerReadsAndEditsWhileTheBackgroundMerges()
    {
        constexpr int kEvents = 3000;
        FileStore store(freshPath());
        store.importSnapshot(withManyEvents(kEvents));
        store.mergeSearchIndexInBackground();
        // Reads without a pause, and an edit every 0.3 s: the merge steps in each pause run
        // beside the reads, on the same connection.
        QElapsedTimer clock;
        clock.start();
        int edits = 0;
        while (clock.elapsed() < 3000) {
            QCOMPARE(store.event(QStringLiteral("event-1717"))->title,
                     QStringLiteral("Rates and chips, note 1717 on the market"));
            QCOMPARE(store.search(QStringLiteral("chips"), 5).size(), 5);
            QCOMPARE(store.eventCount(), kEvents + 2);
            if (clock.elapsed() / 300 >= edits) {
                const QString uid = QStringLiteral("event-%1").arg(edits);
                const Event before = store.event(uid).value();
                Event edited = before;
                edited.title = QStringLiteral("Edited while merging, %1").arg(++edits);
                store.updateEvent(edited, before);
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(store.searchIndexMerged(), 10000);
        QCOMPARE(store.search(QStringLiteral("merging"), -1).size(), edits);
        QCOMPARE(store.search(QStringLiteral("note"), -1).size(), kEvents - edits);
        store.database().exec("INSERT INTO search(search) VALUES ('integrity-check')");
        QVERIFY(store.check().isEmpty());
    }

    void aReadOnlyFileHasNothingToMerge()
    {
        const QString path = freshPath();
        {
            FileStore store(path);
            store.importSnapshot(smallSnapshot());
            editTitle(store, QStringLiteral("post"), 6);
        }
        FileStore store(path, Store::Open::ReadOnly);
        QThread::msleep(250);
        QCOMPARE(store.mergeSearchIndex(), Store::IndexMerge::NothingLeft);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexMerge)
#include "tst_searchindexmerge.moc"
