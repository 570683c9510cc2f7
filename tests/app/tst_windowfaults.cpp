// SPDX-License-Identifier: GPL-3.0-or-later
// The window when the disk is full or failing: an edit says why it did not happen, changes
// nothing (database, undo stack, views), and the same edit works once the disk has room again.
#include "mainwindow.h"
#include "workspace.h"

#include "charts/sharecountsdialog.h"
#include "dialogs/importexportcontroller.h"

#include "io/tickerlinejson.h"
#include "support/faultvfs.h"
#include "tst_windowfixture.h"

#include <QSignalSpy>
#include <QTableWidget>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

// The text of the next message box, which it then closes.
std::shared_ptr<QString> catchMessageBox()
{
    auto text = std::make_shared<QString>();
    whenModal<QMessageBox>([text](QMessageBox *box) {
        *text = box->windowTitle() + QStringLiteral(": ") + box->text();
        box->accept();
    });
    return text;
}

QByteArray exported(Store &store)
{
    return writeTickerlineJson(store.exportSnapshot());
}

} // namespace

class tst_WindowFaults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FaultVfs m_vfs;

    std::unique_ptr<Store> episode(const char *name) { return episodeIn(m_dir, name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        keepSettingsIn(m_dir);
    }

    void init() { m_vfs.reset(); }

    void deletingOnAFullDiskSaysSoAndKeepsEverything()
    {
        auto store = episode("delete.tickerline");
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.eventsView();
        const QString uid = QStringLiteral("altman-statement");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(rowOf(view, uid)).center());
        QCOMPARE(window.selection()->currentEvent(), uid);
        const QByteArray fileBefore = settledFingerprint(*store);
        const QByteArray contentBefore = exported(*store);

        m_vfs.reset(); // the next write is number 0
        m_vfs.arm(0, FaultVfs::Fault::DiskFull, FaultVfs::Persistence::Persistent);
        auto message = catchMessageBox();
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(!message->isEmpty());
        QVERIFY(m_vfs.injected() > 0);
        QVERIFY2(message->startsWith(QStringLiteral("Not changed: ")), qPrintable(*message));
        QVERIFY2(message->contains(QStringLiteral("database or disk is full")), qPrintable(*message));
        // Nothing happened, and the window shows just that.
        QCOMPARE(databaseFingerprint(store->name()), fileBefore);
        QCOMPARE(exported(*store), contentBefore);
        QCOMPARE(window.undoStack()->count(), 0);
        QVERIFY(!window.undoStack()->canUndo());
        QCOMPARE(view->model()->rowCount(), 3);
        QVERIFY(rowOf(view, uid).isValid());
        QCOMPARE(window.selection()->currentEvent(), uid);
        QVERIFY(!window.statusBar()->currentMessage().startsWith(QStringLiteral("Deleted the event")));

        // Room again: the user picks the event again (the message box took the focus) and the same
        // key deletes it; undo brings it back.
        m_vfs.disarm();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(rowOf(view, uid)).center());
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!store->event(uid));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Deleted the event")));
        window.undoStack()->undo();
        QVERIFY(store->event(uid));
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(exported(*store), contentBefore);
    }

    void undoingOnAFailingDiskKeepsTheEditUndoable()
    {
        auto store = episode("undo.tickerline");
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.eventsView();
        const QString uid = QStringLiteral("gomez-ft");
        QVERIFY(window.workspace()->removeEvent(uid));
        QCOMPARE(view->model()->rowCount(), 2);
        const QByteArray contentAfterDelete = exported(*store);

        m_vfs.reset(); // the next write is number 0
        m_vfs.arm(0, FaultVfs::Fault::IoError, FaultVfs::Persistence::Persistent);
        auto message = catchMessageBox();
        window.undoStack()->undo();
        QTRY_VERIFY(!message->isEmpty());
        QVERIFY2(message->contains(QStringLiteral("disk I/O error")), qPrintable(*message));
        QCOMPARE(exported(*store), contentAfterDelete);
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(!rowOf(view, uid).isValid());
        // The deletion is still the edit that Undo takes back.
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->index(), 1);
        QVERIFY(window.undoStack()->canUndo());

        m_vfs.disarm();
        window.undoStack()->undo();
        QVERIFY(store->event(uid));
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(window.undoStack()->index(), 0);
    }

    void renamingOnAPassingIoErrorWorksTheSecondTime()
    {
        auto store = episode("rename.tickerline");
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.eventsView();
        const QString uid = QStringLiteral("r1-release");
        const QString title = rowOf(view, uid).data().toString();
        Event renamed = store->event(uid).value();
        renamed.title = QStringLiteral("DeepSeek releases R1 (MIT licence)");
        const QByteArray contentBefore = exported(*store);

        m_vfs.reset(); // the next write is number 0
        m_vfs.arm(0, FaultVfs::Fault::IoError, FaultVfs::Persistence::Transient);
        auto message = catchMessageBox();
        QVERIFY(!window.workspace()->updateEvent(renamed, {}));
        QTRY_VERIFY(!message->isEmpty());
        QVERIFY2(message->contains(QStringLiteral("disk I/O error")), qPrintable(*message));
        QCOMPARE(exported(*store), contentBefore);
        QCOMPARE(rowOf(view, uid).data().toString(), title);
        QCOMPARE(window.undoStack()->count(), 0);

        QVERIFY(window.workspace()->updateEvent(renamed, {}));
        QCOMPARE(rowOf(view, uid).data().toString(), renamed.title);
        QCOMPARE(store->event(uid)->title, renamed.title);
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(store->check().isEmpty());
    }

    // An import runs on a thread of its own with a connection of its own; the disk is as full there.
    void importingOnAFullDiskSaysNothingWasChanged()
    {
        auto store = episode("import.tickerline");
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QByteArray contentBefore = exported(*store);
        const QString events = QStringLiteral(TICKERLINE_TEST_DATA "/interop/handmade/deepseek_week.csv");

        m_vfs.reset();
        m_vfs.arm(0, FaultVfs::Fault::DiskFull, FaultVfs::Persistence::Persistent);
        auto message = catchMessageBox();
        QSignalSpy failed(window.transfers(), &ImportExportController::failed);
        bool accepted = false;
        dropFiles(&window, {events}, &accepted);
        QVERIFY(accepted);
        QTRY_VERIFY_WITH_TIMEOUT(!message->isEmpty(), 20000);
        QVERIFY(m_vfs.injected() > 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(message->startsWith(QStringLiteral("Not imported: ")), qPrintable(*message));
        QVERIFY2(message->contains(QStringLiteral("database or disk is full")), qPrintable(*message));
        QVERIFY2(message->contains(QStringLiteral("Nothing was changed.")), qPrintable(*message));
        QCOMPARE(exported(*store), contentBefore);
        QCOMPARE(window.eventsView()->model()->rowCount(), 3);

        m_vfs.disarm();
        QSignalSpy imported(window.transfers(), &ImportExportController::imported);
        dropFiles(&window, {events}, &accepted);
        QVERIFY(imported.wait(20000));
        QTRY_COMPARE(window.eventsView()->model()->rowCount(), 3 + 7);
        QVERIFY(store->check().isEmpty());
    }

    // The share counts dialog names the problem under its table and stays open with the edits.
    void shareCountsOnAFullDiskStayInTheDialog()
    {
        auto store = episode("shares.tickerline");
        Snapshot symbols;
        symbols.symbols << Symbol{QStringLiteral("NVDA"),       QStringLiteral("NVIDIA"), QStringLiteral("stock"),
                                  QStringLiteral("Nasdaq"),     QStringLiteral("USD"),    std::int64_t(24'490'000'000),
                                  QStringLiteral("2024-11-15"), QStringLiteral("10-Q"),   QStringLiteral("test")};
        store->importSnapshot(symbols);
        const QByteArray contentBefore = exported(*store);
        ShareCountsDialog dialog(*store);
        QCOMPARE(dialog.table()->rowCount(), 1);
        dialog.table()->item(0, ShareCountsDialog::Shares)->setText(QStringLiteral("24400000000"));
        dialog.table()->item(0, ShareCountsDialog::AsOf)->setText(QStringLiteral("2025-02-26"));

        m_vfs.reset();
        m_vfs.arm(0, FaultVfs::Fault::DiskFull, FaultVfs::Persistence::Persistent);
        dialog.accept();
        QVERIFY(m_vfs.injected() > 0);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.problem().contains(QStringLiteral("database or disk is full")), qPrintable(dialog.problem()));
        QCOMPARE(exported(*store), contentBefore);
        QCOMPARE(dialog.table()->item(0, ShareCountsDialog::Shares)->text(), QStringLiteral("24400000000"));

        m_vfs.disarm();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store->symbol(QStringLiteral("NVDA"))->sharesOutstanding, std::optional<std::int64_t>(24'400'000'000));
        QCOMPARE(store->symbol(QStringLiteral("NVDA"))->sharesAsOf, QStringLiteral("2025-02-26"));
    }
};

QTEST_MAIN(tst_WindowFaults)
#include "tst_windowfaults.moc"
