// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes on one database: the tickerline binary writes while another import or the
// window's workspace holds the file, and the workspace shows those writes without reopening.
#include "workspace.h"

#include "mainwindow.h"
#include "models/eventtablemodel.h"
#include "store/database.h"
#include "store/eventedits.h"
#include "store/filestore.h"
#include "time/isotime.h"
#include "timeline/timelineindex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <memory>

using namespace tickerline;

namespace {

// An events CSV of `count` events whose uids start with `prefix`.
void writeEventsCsv(const QString &path, const QString &prefix, int count)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray csv = "uid,title,kind,start,end,precision,uncertain,tz,actors,symbols,summary\n";
    for (int i = 0; i < count; ++i) {
        const QDate day = QDate(2001, 1, 1).addDays(i % 8000);
        csv += QStringLiteral("%1-%2,%1 event %2,report,%3,,,false,UTC,,NVDA,Number %2.\n")
                   .arg(prefix)
                   .arg(i)
                   .arg(day.toString(Qt::ISODate))
                   .toUtf8();
    }
    QCOMPARE(file.write(csv), csv.size());
}

QString journalMode(const QString &path)
{
    // Read-write: SQLite counts the journal_mode pragma as a possible write, which a read-only
    // connection refuses before it runs.
    Database db(path, Database::Mode::ReadWrite);
    Statement mode(db, "PRAGMA journal_mode");
    return mode.step() ? mode.text(0) : QString();
}

} // namespace

class TestTwoProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    int m_files = 0;

    QString newDatabase()
    {
        const QString path = m_home.filePath(QStringLiteral("two%1.tickerline").arg(++m_files));
        FileStore store(path);
        Event first;
        first.uid = QStringLiteral("first");
        first.title = QStringLiteral("The first event");
        first.kind = EventKind::Report;
        first.startMs = parseIsoTime(QStringLiteral("2025-01-20")).value().ms;
        first.tz = QStringLiteral("UTC");
        Snapshot snapshot;
        snapshot.events << first;
        store.importSnapshot(snapshot);
        return path;
    }

    std::unique_ptr<QProcess> start(const QStringList &args)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(TICKERLINE_BINARY), args);
        return process;
    }

    // Runs the binary to its end; its exit status, with its error output on failure.
    int run(const QStringList &args)
    {
        auto process = start(args);
        if (!process->waitForFinished(240000))
            return -1;
        if (process->exitCode() != 0)
            qWarning("%s", process->readAllStandardError().constData());
        return process->exitCode();
    }

    static qint64 eventCount(const QString &path)
    {
        FileStore store(path, Store::Open::ReadOnly);
        return store.eventCount();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The window saves its layout with QSettings: keep it in here.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
    }

    void aNewDatabaseAndAnOpenedOneAreInWalMode()
    {
        // Readers never block the writer only in WAL mode.
        const QString created = newDatabase();
        QCOMPARE(journalMode(created), QStringLiteral("wal"));

        // A database written by another program in the default rollback mode turns WAL when
        // Tickerline opens it for writing.
        const QString rollback = m_home.filePath(QStringLiteral("rollback.tickerline"));
        QVERIFY(QFile::copy(created, rollback));
        Database(rollback, Database::Mode::ReadWrite).exec("PRAGMA journal_mode = DELETE");
        QCOMPARE(journalMode(rollback), QStringLiteral("delete"));
        {
            FileStore store(rollback, Store::Open::ExistingOnly);
        }
        QCOMPARE(journalMode(rollback), QStringLiteral("wal"));
    }

    void twoImportsAtOnceBothGetIn()
    {
        const QString db = newDatabase();
        const QString first = m_home.filePath(QStringLiteral("first.csv"));
        const QString second = m_home.filePath(QStringLiteral("second.csv"));
        writeEventsCsv(first, QStringLiteral("a"), 50'000);
        writeEventsCsv(second, QStringLiteral("b"), 50'000);

        auto one = start({QStringLiteral("--db"), db, QStringLiteral("import"), first});
        auto two = start({QStringLiteral("--db"), db, QStringLiteral("import"), second});
        QVERIFY(one->waitForFinished(240000));
        QVERIFY(two->waitForFinished(240000));
        QVERIFY2(one->exitCode() == 0, one->readAllStandardError().constData());
        QVERIFY2(two->exitCode() == 0, two->readAllStandardError().constData());
        QCOMPARE(eventCount(db), 1 + 100'000);
        FileStore store(db, Store::Open::ReadOnly);
        QVERIFY(store.event(QStringLiteral("a-49999")));
        QVERIFY(store.event(QStringLiteral("b-49999")));
    }

    void theWorkspaceShowsAnotherProcessesImportEditAndDelete()
    {
        const QString db = newDatabase();
        Workspace workspace(std::make_unique<FileStore>(db, Store::Open::ExistingOnly));
        workspace.load();
        EventTableModel *events = workspace.events();
        QCOMPARE(events->rowCount(), 1);
        QSignalSpy outside(&workspace, &Workspace::changedOutside);

        const QString csv = m_home.filePath(QStringLiteral("ten.csv"));
        writeEventsCsv(csv, QStringLiteral("x"), 10);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), csv}), 0);
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), 11, 1000);
        qInfo("an outside import is shown %lld ms after the process ended", sinceCommit.elapsed());
        QVERIFY(events->rowOfEvent(QStringLiteral("x-9")) >= 0);
        QVERIFY(workspace.index()->findUid(QStringLiteral("x-9")));
        QCOMPARE(outside.size(), 1);

        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("event"), QStringLiteral("edit"),
                      QStringLiteral("x-3"), QStringLiteral("--title"), QStringLiteral("Renamed elsewhere")}),
                 0);
        sinceCommit.restart();
        QTRY_COMPARE_WITH_TIMEOUT(
            events->data(events->index(events->rowOfEvent(QStringLiteral("x-3")), EventTableModel::TitleColumn))
                .toString(),
            QStringLiteral("Renamed elsewhere"), 1000);
        qInfo("an outside edit is shown %lld ms after the process ended", sinceCommit.elapsed());

        QCOMPARE(
            run({QStringLiteral("--db"), db, QStringLiteral("event"), QStringLiteral("delete"), QStringLiteral("x-5")}),
            0);
        QTRY_VERIFY_WITH_TIMEOUT(events->rowOfEvent(QStringLiteral("x-5")) < 0, 1000);
        QCOMPARE(events->rowCount(), 10);
        QVERIFY(!workspace.index()->findUid(QStringLiteral("x-5")));
        QCOMPARE(outside.size(), 3);

        // Nothing changed elsewhere: nothing is read again.
        QTest::qWait(600);
        QCOMPARE(outside.size(), 3);
    }

    void ownEditsAreNotTakenForOutsideChanges()
    {
        const QString db = newDatabase();
        Workspace workspace(std::make_unique<FileStore>(db, Store::Open::ExistingOnly));
        workspace.load();
        QSignalSpy outside(&workspace, &Workspace::changedOutside);
        QSignalSpy reloaded(&workspace, &Workspace::indexChanged);
        Event event;
        event.title = QStringLiteral("Made in the window");
        event.startMs = parseIsoTime(QStringLiteral("2025-01-22")).value().ms;
        event.tz = QStringLiteral("UTC");
        QVERIFY(!workspace.addEvent(event).isEmpty());
        QTest::qWait(600);
        QCOMPARE(outside.size(), 0);
        QCOMPARE(reloaded.size(), 0);
    }

    void anImportSucceedsWhileTheWorkspaceIsOpen()
    {
        const QString db = newDatabase();
        Workspace workspace(std::make_unique<FileStore>(db, Store::Open::ExistingOnly));
        workspace.load();
        // The window's connection is in the middle of reading when the import starts.
        Statement reading(dynamic_cast<FileStore &>(workspace.store()).database(), "SELECT uid FROM events");
        QVERIFY(reading.step());

        const QString csv = m_home.filePath(QStringLiteral("while-open.csv"));
        writeEventsCsv(csv, QStringLiteral("w"), 30'000);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), csv}), 0);
        reading.reset();
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_COMPARE_WITH_TIMEOUT(workspace.events()->rowCount(), 30'001, 5000); // read in the background
        qInfo("an outside import into a large database is shown %lld ms after the process ended",
              sinceCommit.elapsed());
        QCOMPARE(eventCount(db), 30'001);
    }

    void anImportWaitsForTheWindowsWrite()
    {
        const QString db = newDatabase();
        Workspace workspace(std::make_unique<FileStore>(db, Store::Open::ExistingOnly));
        workspace.load();
        const QString csv = m_home.filePath(QStringLiteral("waiting.csv"));
        writeEventsCsv(csv, QStringLiteral("v"), 100);

        // The window holds the write lock (a long edit) while the import starts: it waits, says
        // so, and gets in once the edit is committed.
        auto edit = std::make_unique<Transaction>(dynamic_cast<FileStore &>(workspace.store()).database());
        Event mine;
        mine.uid = QStringLiteral("mine");
        mine.title = QStringLiteral("Written while an import waits");
        mine.startMs = parseIsoTime(QStringLiteral("2025-01-23")).value().ms;
        mine.tz = QStringLiteral("UTC");
        workspace.store().addEvent(mine);
        auto process = start({QStringLiteral("--db"), db, QStringLiteral("import"), csv});
        QVERIFY(process->waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT(
            (said += process->readAllStandardError()).contains("waiting for another Tickerline process"), 10000);
        QCOMPARE(process->state(), QProcess::Running);
        edit->commit();
        edit.reset();
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, (said + process->readAllStandardError()).constData());
        QCOMPARE(eventCount(db), 1 + 1 + 100);
    }

    void theWindowSaysThatItWaitsForAnotherWriter()
    {
        const QString db = newDatabase();
        FileStore store(db, Store::Open::ExistingOnly);
        MainWindow window(store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Another connection holds the write lock for a while, as an import in another process does.
        QSemaphore locked;
        std::unique_ptr<QThread> writer(QThread::create([db, &locked] {
            FileStore other(db, Store::Open::ExistingOnly);
            Transaction transaction(other.database());
            Event theirs;
            theirs.uid = QStringLiteral("theirs");
            theirs.title = QStringLiteral("Written by the other writer");
            theirs.startMs = parseIsoTime(QStringLiteral("2025-01-25")).value().ms;
            theirs.tz = QStringLiteral("UTC");
            other.addEvent(theirs);
            locked.release();
            QThread::msleep(1500);
            transaction.commit();
        }));
        writer->start();
        locked.acquire();

        Event mine;
        mine.title = QStringLiteral("Written by the window");
        mine.startMs = parseIsoTime(QStringLiteral("2025-01-26")).value().ms;
        mine.tz = QStringLiteral("UTC");
        const QString uid = window.workspace()->addEvent(mine); // waits for the other writer
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Waiting for another Tickerline process to finish writing…"));
        QVERIFY(!uid.isEmpty());
        QVERIFY(writer->wait(10000));
        QVERIFY(store.event(uid));
        QVERIFY(store.event(QStringLiteral("theirs")));
        EventTableModel *events = window.workspace()->events();
        QTRY_VERIFY_WITH_TIMEOUT(events->rowOfEvent(QStringLiteral("theirs")) >= 0, 1000);
        QVERIFY(events->rowOfEvent(uid) >= 0);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Another Tickerline process changed the database; it is shown as it is now."));
    }

    void undoingAnEventDeletedElsewhereIsRefusedAndChangesNothing()
    {
        const QString db = newDatabase();
        Workspace workspace(std::make_unique<FileStore>(db, Store::Open::ExistingOnly));
        workspace.load();
        Event event;
        event.title = QStringLiteral("Soon deleted elsewhere");
        event.startMs = parseIsoTime(QStringLiteral("2025-01-24")).value().ms;
        event.tz = QStringLiteral("UTC");
        const QString uid = workspace.addEvent(event);
        QVERIFY(!uid.isEmpty());
        QCOMPARE(workspace.undoStack()->count(), 1);

        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("event"), QStringLiteral("delete"), uid}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.events()->rowOfEvent(uid) < 0, 1000);

        QSignalSpy failed(&workspace, &Workspace::failed);
        const qint64 before = eventCount(db);
        workspace.undoStack()->undo();
        QTRY_COMPARE(failed.size(), 1); // reported once the stack is done, the edit kept on it
        QCOMPARE(workspace.undoStack()->index(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Another program has changed the database")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(eventCount(db), before);
        QCOMPARE(workspace.events()->rowCount(), 1);
        QCOMPARE(workspace.events()->rowOfEvent(QStringLiteral("first")), 0);
    }
};

QTEST_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
