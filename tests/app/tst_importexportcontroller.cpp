// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importexportcontroller.h"

#include "mainwindow.h"
#include "tst_windowfixture.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QProgressDialog>
#include <QSignalSpy>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

QString interop(const char *name)
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/interop/") + QString::fromLatin1(name);
}

} // namespace

class TestImportExportController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.tickerline").arg(++m_files)); }

    QString writeFile(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    }

    void importRunsOffTheWindowAndShowsTheNewEvents()
    {
        FileStore store(freshPath());
        MainWindow window(store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(window.workspace(), &Workspace::indexChanged);
        QSignalSpy imported(window.transfers(), &ImportExportController::imported);
        ImportRequest request;
        request.paths = {interop("handmade/deepseek_week.csv")};
        window.transfers()->importFiles(request);
        QVERIFY(window.transfers()->isBusy());
        QVERIFY(window.transfers()->progressDialog()); // with a Cancel button, over the window
        QVERIFY(imported.wait(20000));
        QVERIFY(shown.wait(20000));
        // The file's seven events, in the database and in the window.
        QCOMPARE(store.events().size(), 7);
        QCOMPARE(window.eventsView()->model()->rowCount(), 7);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Imported deepseek_week.csv: 7 events"));
        QVERIFY(!window.transfers()->progressDialog());
        QVERIFY(!window.transfers()->isBusy());
    }

    void cancelChangesNothing()
    {
        const QString path = freshPath();
        FileStore store(path);
        store.importSnapshot(snapshot());
        MainWindow window(store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QByteArray before = databaseFingerprint(path);
        const Snapshot contents = store.exportSnapshot();
        QSignalSpy failed(window.transfers(), &ImportExportController::failed);
        ImportRequest request;
        request.paths = {interop("handmade/deepseek_week.csv"), interop("handmade/groups_eras.json")};
        window.transfers()->importFiles(request);
        QProgressDialog *progress = window.transfers()->progressDialog();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Cancelled: nothing was changed."));
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Cancelled: nothing was changed."));
        QCOMPARE(databaseFingerprint(path), before);
        QVERIFY(store.exportSnapshot() == contents);
        QCOMPARE(window.eventsView()->model()->rowCount(), 3);
    }

    void aBadFileIsNamedAndChangesNothing()
    {
        const QString path = freshPath();
        FileStore store(path);
        store.importSnapshot(snapshot());
        MainWindow window(store);
        const QString bad = writeFile("bad-date.csv", "uid,title,start\n"
                                                      "ok-1,A good row,2025-01-20\n"
                                                      "bad-1,A bad row,2025-02-30\n");
        const QByteArray before = databaseFingerprint(path);
        QSignalSpy failed(window.transfers(), &ImportExportController::failed);
        QString shown;
        QTimer waitForBox;
        connect(&waitForBox, &QTimer::timeout, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        waitForBox.start(20);
        ImportRequest request;
        request.paths = {interop("handmade/deepseek_week.csv"), bad};
        window.transfers()->importFiles(request);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(1).toBool(), false);
        QTRY_VERIFY(!shown.isEmpty()); // the window says so in a message box
        QCOMPARE(shown, failed.at(0).at(0).toString());
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("bad-date.csv:3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("start")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("Nothing was changed.")), qPrintable(message));
        QCOMPARE(databaseFingerprint(path), before);
        QCOMPARE(store.events().size(), 3);
    }

    void exportWritesTheChosenFormatWhole()
    {
        FileStore store(freshPath());
        store.importSnapshot(snapshot());
        MainWindow window(store);
        QSignalSpy exported(window.transfers(), &ImportExportController::exported);
        const QString out = m_dir.filePath(QStringLiteral("episode.csv"));
        window.transfers()->exportTo(out, QStringLiteral("tickerline"));
        QVERIFY(exported.wait(20000));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\"format\": \"tickerline\"") || bytes.contains("\"format\":\"tickerline\""));
        QVERIFY(bytes.contains("altman-statement"));
        QVERIFY2(exported.at(0).at(0).toString().startsWith(QStringLiteral("Exported 3 events")),
                 qPrintable(exported.at(0).at(0).toString()));
    }

    void droppedFilesGoWhereTheyBelong()
    {
        FileStore store(freshPath());
        MainWindow window(store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(window.workspace(), &Workspace::indexChanged);
        const QString noise = writeFile("noise.bin", QByteArray("\x00\x01\x02garbage\xff", 12));
        QString refusal;
        QTimer::singleShot(0, this, [&refusal] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                refusal = box->text();
                box->accept();
            }
        });
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(interop("handmade/deepseek_week.csv")), QUrl::fromLocalFile(noise)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY2(refusal.contains(QStringLiteral("noise.bin")), qPrintable(refusal));
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.eventsView()->model()->rowCount(), 7);
    }
};

QTEST_MAIN(TestImportExportController)
#include "tst_importexportcontroller.moc"
