// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export brief…: the dialog's keyboard behaviour and the window's action, which writes the
// selected event's brief.
#include "dialogs/briefdialog.h"
#include "dialogs/briefexportcontroller.h"
#include "imports/bundleddataset.h"
#include "mainwindow.h"
#include "models/eventselection.h"
#include "store/filestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace tickerline;

namespace {

const QString kStatement = QStringLiteral("altman-deepseek-statement-2025-01-28");

// Runs `answer` on the dialog the next exec() opens.
void whenDialogOpens(const std::function<void(BriefDialog *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        QTRY_VERIFY(qobject_cast<BriefDialog *>(QApplication::activeModalWidget()));
        answer(qobject_cast<BriefDialog *>(QApplication::activeModalWidget()));
    });
}

} // namespace

class TestBriefDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("episode.tickerline")));
        installBundledDataset(*m_store);
    }

    // The first field has the focus; the format follows the file and the file the format; a file
    // that is neither .pdf nor .html disables Export.
    void dialogFields()
    {
        BriefDialog dialog(QStringLiteral("An event"), m_dir.filePath(QStringLiteral("brief.pdf")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(QApplication::focusWidget(), dialog.symbolsEdit());
        QCOMPARE(dialog.format(), BriefFormat::Pdf);
        dialog.formatBox()->setCurrentIndex(1);
        QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("brief.html")));
        QCOMPARE(dialog.format(), BriefFormat::Html);
        dialog.pathEdit()->setText(m_dir.filePath(QStringLiteral("brief.docx")));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.pathEdit()->setText(m_dir.filePath(QStringLiteral("other.pdf")));
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.format(), BriefFormat::Pdf);

        QTest::keyClicks(dialog.symbolsEdit(), QStringLiteral("nvda, AVGO"));
        QTest::keyClicks(dialog.benchmarkEdit(), QStringLiteral("QQQ"));
        dialog.firstOffsetBox()->setValue(0);
        dialog.lastOffsetBox()->setValue(3);
        const EventBriefOptions options = dialog.options();
        QCOMPARE(options.symbols, (QStringList{QStringLiteral("nvda"), QStringLiteral("AVGO")}));
        QCOMPARE(options.benchmark, QStringLiteral("QQQ"));
        QCOMPARE(options.firstOffset, 0);
        QCOMPARE(options.lastOffset, 3);
        dialog.lastOffsetBox()->setValue(-1);
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    // Esc closes the dialog and writes nothing.
    void escapeCancels()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->setCurrentEvent(kStatement);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        whenDialogOpens([path](BriefDialog *dialog) {
            dialog->pathEdit()->setText(path);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        window.findChild<QAction *>(QStringLiteral("exportBriefAction"))->trigger();
        QTest::qWait(200);
        QVERIFY(!QFile::exists(path));
    }

    // The window's action writes the brief of the selected event: Enter in the dialog accepts.
    void actionWritesTheSelectedEvent()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->setCurrentEvent(kStatement);
        auto *controller = window.findChild<BriefExportController *>();
        QVERIFY(controller);
        QSignalSpy exported(controller, &BriefExportController::exported);
        QSignalSpy finished(controller, &BriefExportController::finished);
        const QString path = m_dir.filePath(QStringLiteral("window.pdf"));
        whenDialogOpens([path](BriefDialog *dialog) {
            QTRY_COMPARE(QApplication::focusWidget(), dialog->symbolsEdit());
            QTest::keyClicks(dialog->symbolsEdit(), QStringLiteral("NVDA"));
            dialog->pathEdit()->setText(path);
            QTest::keyClick(dialog->symbolsEdit(), Qt::Key_Return);
        });
        window.findChild<QAction *>(QStringLiteral("exportBriefAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(exported.size(), 1);
        QVERIFY(QFile::exists(path));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(m_store->event(kStatement)->title), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("2025-01-27 18:29:53 PST")));
        QVERIFY(text.contains(QStringLiteral("Market reaction on 2025-01-28")));
        QVERIFY(text.contains(QStringLiteral("NVDA +8.93 %:"))); // the symbol typed in the dialog
        QVERIFY(!text.contains(QStringLiteral("AVGO")));         // and only it
    }

    // With no event selected the action says so and opens nothing.
    void noSelection()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->setCurrentEvent({});
        auto *controller = window.findChild<BriefExportController *>();
        QSignalSpy failed(controller, &BriefExportController::failed);
        window.findChild<QAction *>(QStringLiteral("exportBriefAction"))->trigger();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("Select an event")));
        QVERIFY(!QApplication::activeModalWidget());
    }
};

QTEST_MAIN(TestBriefDialog)
#include "tst_briefdialog.moc"
