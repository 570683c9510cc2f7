// SPDX-License-Identifier: GPL-3.0-or-later
// A connection shared by its owner and a guest on another thread (Database::Threads::Several,
// GuestTurn, OwnerCall): the guest works only between the owner's calls and gives way to each.
#include "error.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace tickerline;

namespace {

// Counts to `n` in SQL: about a hundred virtual machine steps a row, 2e8 rows take most of a minute.
constexpr const char *kCount = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                               "SELECT count(*) FROM n";

std::int64_t countTo(Database &db, std::int64_t n)
{
    Statement count(db, kCount);
    count.bind(1, n);
    return count.step() ? count.int64(0) : -1;
}

// Whether a guest's turn is taken on another thread right now.
bool turnTakenFromAnotherThread(Database &db)
{
    bool taken = false;
    std::thread([&db, &taken] { taken = GuestTurn(db).taken(); }).join();
    return taken;
}

} // namespace

class TestSharedConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Database shared()
    {
        Database db(m_dir.filePath(QStringLiteral("shared.sqlite")), Database::Mode::Create,
                    Database::Threads::Several);
        db.exec("CREATE TABLE IF NOT EXISTS notes(text TEXT); DELETE FROM notes; INSERT INTO notes VALUES ('kept')");
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aTurnIsTakenOnlyBetweenTheOwnersWork()
    {
        Database db = shared();
        QVERIFY(turnTakenFromAnotherThread(db));
        {
            Transaction owners(db);
            QVERIFY(!turnTakenFromAnotherThread(db));
        }
        {
            Statement reading(db, "SELECT text FROM notes");
            QVERIFY(reading.step());
            QVERIFY(!turnTakenFromAnotherThread(db)); // part-way through its rows
            reading.reset();
            QVERIFY(turnTakenFromAnotherThread(db));
        }
        {
            const OwnerCall call(db);
            QVERIFY(!turnTakenFromAnotherThread(db));
        }
        {
            // A cancellable import replaces the progress handler: no guest may replace it again.
            const std::atomic_bool cancel{false};
            const CancelHook hook(db, &cancel);
            QVERIFY(!turnTakenFromAnotherThread(db));
        }
        QVERIFY(turnTakenFromAnotherThread(db));
    }

    void aConnectionForOneThreadHasNoGuest()
    {
        Database db(m_dir.filePath(QStringLiteral("single.sqlite")), Database::Mode::Create);
        QVERIFY(!turnTakenFromAnotherThread(db));
    }

    void theGuestsOwnWorkRunsToItsEnd()
    {
        Database db = shared();
        std::int64_t counted = -1;
        QString failure;
        std::thread([&db, &counted, &failure] {
            const GuestTurn turn(db);
            try {
                if (turn.taken())
                    counted = countTo(db, 100'000);
            } catch (const Error &error) {
                failure = error.message();
            }
        }).join();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(counted, std::int64_t(100'000));
    }

    void anOwnersReadInterruptsTheGuest()
    {
        Database db = shared();
        enum Turn { Unknown, Taken, Refused };
        std::atomic<Turn> turnState{Unknown};
        std::int64_t counted = -1;
        QString failure;
        std::thread guest([&] {
            const GuestTurn turn(db);
            turnState = turn.taken() ? Taken : Refused;
            if (!turn.taken())
                return;
            try {
                counted = countTo(db, 200'000'000);
            } catch (const Error &error) {
                failure = error.message();
            }
        });
        // The owner's read comes once the turn is taken, whether or not the count has begun: it
        // is answered, and the count is interrupted rather than waited for.
        QTRY_VERIFY(turnState != Unknown);
        Statement read(db, "SELECT text FROM notes");
        QVERIFY(read.step());
        QCOMPARE(read.text(0), QStringLiteral("kept"));
        read.reset();
        guest.join();
        QCOMPARE(turnState.load(), Taken);
        QCOMPARE(counted, std::int64_t(-1));
        QVERIFY2(failure.contains(QStringLiteral("interrupted")), qPrintable(failure));
    }

    void anOwnersTransactionInterruptsTheGuestsOne()
    {
        Database db = shared();
        std::atomic_bool begun{false};
        QString failure;
        std::thread guest([&] {
            const GuestTurn turn(db);
            if (!turn.taken())
                return;
            try {
                Transaction guests(db);
                Statement(db, "INSERT INTO notes VALUES ('the guest''s')").run();
                begun = true;
                countTo(db, 200'000'000);
                guests.commit();
            } catch (const Error &error) {
                failure = error.message();
            }
        });
        QTRY_VERIFY(begun);
        {
            // Outermost: the guest's transaction is gone by the time this one begins.
            Transaction owners(db);
            Statement(db, "INSERT INTO notes VALUES ('the owner''s')").run();
            owners.commit();
        }
        guest.join();
        QVERIFY2(failure.contains(QStringLiteral("interrupted")), qPrintable(failure));
        Statement notes(db, "SELECT group_concat(text, '|') FROM notes");
        QVERIFY(notes.step());
        QCOMPARE(notes.text(0), QStringLiteral("kept|the owner's"));
    }
};

QTEST_GUILESS_MAIN(TestSharedConnection)
#include "tst_sharedconnection.moc"
