// SPDX-License-Identifier: GPL-3.0-or-later
// Databases the user cannot (or chose not to) write, and files from someone else, as the window
// and the command line meet them: read-only ones are shown and read with every change refused;
// a file with an object planted in its schema is refused before any import touches it.
#include "support/tamper.h"
#include "tst_windowfixture.h"

#include "charts/chartpanel.h"
#include "mainwindow.h"
#include "sources/sourceview.h"
#include "widgets/readonlybanner.h"
#include "widgets/savedviewsmenu.h"
#include "workspace.h"

#include <QProcess>

#include <sqlite3.h>
#include <unistd.h>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QString err;
};

qint64 quoteCount(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM quotes", -1, &statement, nullptr);
    const qint64 count = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

QAction *action(QObject *window, const char *name)
{
    auto *found = window->findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

const QByteArray kOneEventCsv = "uid,title,kind,start,end,precision,uncertain,tz,actors,symbols,summary\n"
                                "one-more,One more event,other,2025-02-03,,day,false,UTC,,,\n";

} // namespace

class tst_ReadOnlyDatabase final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_binary; // the binary as the other user runs it: a copy it can reach

    QString database(const QString &folder = {})
    {
        const QString path =
            (folder.isEmpty() ? m_dir.path() : folder) + QStringLiteral("/episode%1.tickerline").arg(++m_files);
        FileStore(path).importSnapshot(snapshot());
        return path;
    }

    // The command line as another user when the tests run as root (root writes any file).
    Run run(const QStringList &args, bool asOtherUser = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        if (asOtherUser && geteuid() == 0)
            process.start(QStringLiteral("setpriv"),
                          QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                      QStringLiteral("--clear-groups"), m_binary} +
                              args);
        else
            process.start(QStringLiteral(TICKERLINE_BINARY), args);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    // A folder the other user may read but not write (the file it may); or a file it may read but
    // not write, in a folder it may write.
    void makeUnwritable(const QString &path, bool folder)
    {
        const QFileInfo info(path);
        const QString dir = info.absolutePath();
        if (geteuid() == 0) {
            // The file is the other user's to write only when the folder is what stops it.
            const QFile::Permissions readable =
                QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
            QVERIFY(QFile::setPermissions(path, folder ? readable | QFile::WriteGroup | QFile::WriteOther : readable));
            const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                            QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
            QVERIFY(QFile::setPermissions(dir, folder ? open
                                                      : open | QFile::WriteGroup | QFile::WriteOther)); // 0755 or 0777
        } else if (folder) {
            QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        } else {
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        }
    }

    // An export needs a folder the other user can write.
    QString outputFolder()
    {
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        QFile::setPermissions(out, QFile::Permissions(0x7777));
        return out;
    }

    void readsWorkAndWritesFail(const QString &path, const QString &reason)
    {
        const QByteArray before = databaseFingerprint(path);
        const QString csv = m_dir.filePath(QStringLiteral("one.csv"));
        writeFile(csv, kOneEventCsv);
        QFile::setPermissions(csv, QFile::Permissions(0x6444));

        const Run events = run({QStringLiteral("--db"), path, QStringLiteral("events")}, true);
        QVERIFY2(events.status == 0, qPrintable(events.err));
        QVERIFY(events.out.contains("Altman calls R1 impressive"));
        const Run search =
            run({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("impressive")}, true);
        QVERIFY2(search.status == 0, qPrintable(search.err));
        QVERIFY(search.out.contains("altman-statement"));
        const Run check = run({QStringLiteral("--db"), path, QStringLiteral("check")}, true);
        QCOMPARE(check.status, 0);
        QCOMPARE(check.out, (path + QStringLiteral(": ok\n")).toUtf8());
        const QString exported = outputFolder() + QStringLiteral("/export%1.tickerline.json").arg(m_files);
        const Run exportRun = run({QStringLiteral("--db"), path, QStringLiteral("export"), exported}, true);
        QVERIFY2(exportRun.status == 0, qPrintable(exportRun.err));
        QVERIFY(QFileInfo(exported).size() > 0);

        const QString refusal = path + QStringLiteral(" is read-only: ") + reason;
        const Run import = run({QStringLiteral("--db"), path, QStringLiteral("import"), csv}, true);
        QCOMPARE(import.status, 1);
        QVERIFY2(import.err.contains(refusal), qPrintable(import.err));
        const Run remove = run({QStringLiteral("--db"), path, QStringLiteral("event"), QStringLiteral("delete"),
                                QStringLiteral("gomez-ft")},
                               true);
        QCOMPARE(remove.status, 1);
        QVERIFY2(remove.err.contains(refusal), qPrintable(remove.err));
        QCOMPARE(databaseFingerprint(path), before);
    }

private slots:
    void initTestCase()
    {
        // The other user must reach the files: the temporary folder is the owner's only.
        QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755));
        // And the binary, which may lie in a folder only its owner enters (a checkout in /root).
        m_binary = m_dir.filePath(QStringLiteral("tickerline"));
        QVERIFY(QFile::copy(QStringLiteral(TICKERLINE_BINARY), m_binary));
        QVERIFY(QFile::setPermissions(m_binary, QFile::Permissions(0x7755)));
    }

    void readOnlyFileOpensReadOnly()
    {
        const QString folder = m_dir.filePath(QStringLiteral("file"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = database(folder);
        makeUnwritable(path, false);
        readsWorkAndWritesFail(path, QStringLiteral("the file cannot be written"));
    }

    void readOnlyFolderOpensReadOnly()
    {
        // Without a writable folder a WAL database gets no -shm: it is read as immutable.
        const QString folder = m_dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = database(folder);
        makeUnwritable(path, true);
        readsWorkAndWritesFail(path, QStringLiteral("its folder cannot be written"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        QFile::setPermissions(folder, QFile::Permissions(0x7700)); // so that the folder can be removed
    }

    void readOnlyOptionRefusesEveryWrite()
    {
        const QString path = database();
        const QByteArray before = databaseFingerprint(path);
        const QString csv = m_dir.filePath(QStringLiteral("option.csv"));
        writeFile(csv, kOneEventCsv);
        const Run events = run({QStringLiteral("--read-only"), QStringLiteral("--db"), path, QStringLiteral("events")});
        QCOMPARE(events.status, 0);
        QVERIFY(events.out.contains("Gomez to the FT"));
        const QString refusal = path + QStringLiteral(" is read-only: it was opened read-only");
        for (const QStringList &args :
             {QStringList{QStringLiteral("import"), csv},
              QStringList{QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--title"),
                          QStringLiteral("New"), QStringLiteral("--start"), QStringLiteral("2025-02-01")},
              QStringList{QStringLiteral("event"), QStringLiteral("delete"), QStringLiteral("gomez-ft")},
              QStringList{QStringLiteral("quotes")}}) {
            const Run write = run(QStringList{QStringLiteral("--db"), path, QStringLiteral("--read-only")} + args);
            QCOMPARE(write.status, 1);
            QVERIFY2(write.err.contains(refusal),
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + write.err));
        }
        QCOMPARE(databaseFingerprint(path), before);
        QVERIFY(run({QStringLiteral("--help")}).out.contains("--read-only"));
    }

    void plantedTriggerIsRefusedByImportAndNamedByCheck()
    {
        const QString path = database();
        const qint64 quotes = quoteCount(path);
        QVERIFY(quotes > 0);
        tamper(path, "CREATE TRIGGER wipe_quotes AFTER INSERT ON events BEGIN DELETE FROM quotes; END;");
        const QByteArray before = databaseFingerprint(path);
        const QString csv = m_dir.filePath(QStringLiteral("planted.csv"));
        writeFile(csv, kOneEventCsv);

        const QString refusal = path + QStringLiteral(": not a Tickerline database as this version writes it: trigger "
                                                      "\"wipe_quotes\" is not part of Tickerline's schema");
        const Run import = run({QStringLiteral("--db"), path, QStringLiteral("import"), csv});
        QCOMPARE(import.status, 1);
        QVERIFY2(import.err.contains(refusal), qPrintable(import.err));
        const Run check = run({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(check.status, 1);
        QVERIFY2(check.err.contains(refusal), qPrintable(check.err));
        QCOMPARE(quoteCount(path), quotes);
        QCOMPARE(databaseFingerprint(path), before);
    }

    void windowOnReadOnlyDatabaseOffersNoEdit()
    {
        const QString path = database();
        const QByteArray before = databaseFingerprint(path);
        {
            FileStore store(path, Store::Open::ReadOnly);
            MainWindow window(store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.selection()->setCurrentEvent(QStringLiteral("altman-statement"));
            QTRY_VERIFY(window.currentSourcePane() != nullptr);

            ReadOnlyBanner *banner = window.readOnlyBanner();
            QVERIFY(banner);
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->text(), QStringLiteral("This database is read-only: changes cannot be saved. "
                                                    "It was opened read-only."));
            // At the top: above the filter bar, across the whole window.
            QVERIFY(banner->geometry().bottom() <=
                    window.findChild<QToolBar *>(QStringLiteral("filterToolBar"))->geometry().top());
            QVERIFY(banner->width() >= window.width() - 2);
            QVERIFY(window.windowTitle().contains(QStringLiteral("(read-only)")));

            for (const char *name :
                 {"newEventAction", "editEventAction", "duplicateEventAction", "deleteEventAction", "importAction",
                  "importArticleAction", "replaceTextAction", "quoteAction", "undoAction", "redoAction"}) {
                QAction *found = action(&window, name);
                QVERIFY(found);
                QVERIFY2(!found->isEnabled(), name);
            }
            // Still there: what only reads.
            for (const char *name : {"exportAction", "openDatabaseAction", "openReadOnlyAction"})
                QVERIFY2(action(&window, name)->isEnabled(), name);

            auto *views = window.findChild<SavedViewsMenu *>(QStringLiteral("savedViewsMenu"));
            QVERIFY(views);
            emit views->aboutToShow();
            QVERIFY(!action(views, "saveViewAction")->isEnabled());

            auto *shares = window.findChild<ChartPanel *>()->findChild<QPushButton *>();
            bool sharesFound = false;
            for (QPushButton *button : window.findChild<ChartPanel *>()->findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("Share counts…")) {
                    QVERIFY(!button->isEnabled());
                    sharesFound = true;
                }
            }
            Q_UNUSED(shares);
            QVERIFY(sharesFound);

            SourcePane *pane = window.currentSourcePane();
            QVERIFY(!pane->findChild<QToolButton *>(QStringLiteral("replaceTextButton"))->isEnabled());
            drag(pane->textView(), 0, 20);
            QVERIFY(!pane->findChild<QToolButton *>(QStringLiteral("quoteSelectionButton"))->isEnabled());

            // Shortcuts and double-clicks reach no edit either.
            QTest::keyClick(&window, Qt::Key_F2);
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
            QVERIFY(QApplication::activeModalWidget() == nullptr);
            bool accepted = true;
            const QString csv = m_dir.filePath(QStringLiteral("dropped.csv"));
            writeFile(csv, kOneEventCsv);
            dropFiles(&window, {csv}, &accepted);
            QVERIFY(!accepted);
        }
        QCOMPARE(databaseFingerprint(path), before);
    }

    void windowOnWritableDatabaseHasNoBanner()
    {
        FileStore store(database());
        MainWindow window(store);
        window.show();
        window.selection()->setCurrentEvent(QStringLiteral("altman-statement"));
        QVERIFY(!window.readOnlyBanner());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("(read-only)")));
        for (const char *name : {"newEventAction", "editEventAction", "deleteEventAction", "importAction",
                                 "importArticleAction", "quoteAction"})
            QVERIFY2(action(&window, name)->isEnabled(), name);
    }
};

QTEST_MAIN(tst_ReadOnlyDatabase)
#include "tst_readonlydatabase.moc"
