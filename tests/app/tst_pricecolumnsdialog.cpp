// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pricecolumnsdialog.h"

#include "dialogs/importexportcontroller.h"
#include "mainwindow.h"
#include "tst_windowfixture.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTableWidget>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

// A broker's export whose header names nothing but the day, under a name that is no ticker.
const QByteArray kBrokerExport = "Day,Px Open,Px High,Px Low,Px Last,Qty\n"
                                 "2025-01-24,148.37,148.97,141.88,142.62,234657600\n"
                                 "2025-01-27,124.80,128.40,116.70,118.42,818830900\n"
                                 "2025-01-28,121.81,129.00,116.25,128.99,579666400\n";

QPushButton *okButton(const PriceColumnsDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Where the dialog's keyboard input goes (a modal dialog over the window owns the keyboard even
// where the offscreen platform is slow to say so).
QWidget *keyboard(const QWidget *dialog)
{
    return dialog->focusWidget();
}

// Moves the keyboard focus to the next field, as Tab does.
void tab(const QWidget *dialog)
{
    QTest::keyClick(keyboard(dialog), Qt::Key_Tab);
}

// Picks the combo box's entry `steps` below the current one with the arrow key.
void down(const QWidget *dialog, int steps)
{
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(keyboard(dialog), Qt::Key_Down);
}

} // namespace

class TestPriceColumnsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.tickerline").arg(++m_files)); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // The keys a user presses for the broker's export: the symbol, then the columns in order
    // (the date is recognised; open, high, low and close are columns 2 to 5, the volume 6).
    static void answerBrokerExport(PriceColumnsDialog *dialog)
    {
        QCOMPARE(keyboard(dialog), dialog->symbolEdit()); // the missing piece comes first
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(dialog->symbolEdit(), QStringLiteral("NVDA"));
        tab(dialog);
        QCOMPARE(keyboard(dialog), dialog->columnBox(PriceColumnsDialog::Date));
        QCOMPARE(dialog->columnBox(PriceColumnsDialog::Date)->currentText(), QStringLiteral("Day (column 1)"));
        for (const int column : {2, 3, 4, 5}) { // open, high, low, close
            tab(dialog);
            down(dialog, column);
        }
        QVERIFY(okButton(dialog)->isEnabled()); // open, high, low and close are all it needs
        tab(dialog);                            // no adjusted close
        tab(dialog);
        QCOMPARE(keyboard(dialog), dialog->columnBox(PriceColumnsDialog::Volume));
        down(dialog, 6);
        QCOMPARE(dialog->columnBox(PriceColumnsDialog::Close)->currentText(), QStringLiteral("Px Last (column 5)"));
        QCOMPARE(dialog->columnBox(PriceColumnsDialog::Volume)->currentText(), QStringLiteral("Qty (column 6)"));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        QTest::keyClick(keyboard(dialog), Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    }

    void showsTheFileAndItsFirstRows()
    {
        const QString path = write(QStringLiteral("broker export.csv"), kBrokerExport);
        PriceColumnsDialog dialog(PriceFileQuestion::about(path).value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(keyboard(&dialog), dialog.symbolEdit());
        const auto *intro = dialog.findChild<QLabel *>(QStringLiteral("priceFileIntro"));
        QVERIFY(intro->text().startsWith(QStringLiteral("broker export.csv: ")));
        const QTableWidget *table = dialog.previewTable();
        QCOMPARE(table->columnCount(), 6);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Px Last"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("118.42"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QCOMPARE(dialog.messageLabel()->text(), dialog.problem());
        QVERIFY(!dialog.problem().isEmpty());
    }

    void aKnownSymbolLeavesTheFocusOnTheFirstColumn()
    {
        const QString path = write(QStringLiteral("AMD.csv"), kBrokerExport);
        PriceColumnsDialog dialog(PriceFileQuestion::about(path).value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.symbolEdit()->text(), QStringLiteral("AMD"));
        QCOMPARE(keyboard(&dialog), dialog.columnBox(PriceColumnsDialog::Date));
        QCOMPARE(dialog.problem(), QStringLiteral("Choose the column that holds the close."));
    }

    void aBadMappingKeepsOkDisabledAndNamesLineAndColumn()
    {
        QByteArray bytes = kBrokerExport;
        bytes.replace("118.42", "n/a");
        const QString path = write(QStringLiteral("AVGO.csv"), bytes);
        PriceColumnsDialog dialog(PriceFileQuestion::about(path).value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        tab(&dialog);
        tab(&dialog);
        tab(&dialog);
        tab(&dialog);
        QCOMPARE(keyboard(&dialog), dialog.columnBox(PriceColumnsDialog::Close));
        down(&dialog, 5);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Line 3, column “Px Last”: \"n/a\" is not a number"));
        QTest::keyClick(keyboard(&dialog), Qt::Key_Return); // a disabled OK does not accept
        QVERIFY(dialog.isVisible());

        // The same column for two fields is refused before the parser sees it.
        down(&dialog, 1);
        QVERIFY(okButton(&dialog)->isEnabled()); // Qty: numbers throughout
        QCOMPARE(dialog.choice().columns->close, 5);
        tab(&dialog);
        tab(&dialog);
        down(&dialog, 6);
        QCOMPARE(dialog.problem(), QStringLiteral("Column “Qty” is chosen for both the close and the volume."));
        QVERIFY(!okButton(&dialog)->isEnabled());
    }

    void enterImportsTheMappedBars()
    {
        const QString db = freshPath();
        FileStore store(db);
        MainWindow window(store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy imported(window.transfers(), &ImportExportController::imported);
        bool asked = false;
        onModalDialog<PriceColumnsDialog>(this, [&asked](PriceColumnsDialog *dialog) {
            asked = true;
            answerBrokerExport(dialog);
        });
        ImportRequest request;
        request.paths = {write(QStringLiteral("broker export.csv"), kBrokerExport)};
        window.transfers()->importFiles(request);
        QVERIFY(asked);
        QVERIFY(imported.wait(20000));
        QCOMPARE(imported.at(0).at(0).toString(), QStringLiteral("Imported broker export.csv: 3 bars"));
        const PriceSeries series = store.series(QStringLiteral("NVDA"));
        QCOMPARE(series.bars.size(), size_t(3));
        const Bar &selloff = series.bars[1];
        QCOMPARE(formatIsoDate(selloff.tsMs), QStringLiteral("2025-01-27"));
        QCOMPARE(selloff.open, 124.80);
        QCOMPARE(selloff.high, 128.40);
        QCOMPARE(selloff.low, 116.70);
        QCOMPARE(selloff.close, 118.42);
        QCOMPARE(selloff.volume.value(), 818830900.0);
        QVERIFY(!selloff.adjClose);
    }

    void escapeImportsNothing()
    {
        const QString db = freshPath();
        FileStore store(db);
        store.importSnapshot(snapshot());
        MainWindow window(store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QByteArray before = settledFingerprint(store);
        const Snapshot contents = store.exportSnapshot();
        QSignalSpy failed(window.transfers(), &ImportExportController::failed);
        bool asked = false;
        onModalDialog<PriceColumnsDialog>(this, [&asked](PriceColumnsDialog *dialog) {
            asked = true;
            QTest::keyClicks(dialog->symbolEdit(), QStringLiteral("NVDA"));
            QTest::keyClick(keyboard(dialog), Qt::Key_Escape);
            QVERIFY(!dialog->isVisible());
        });
        ImportRequest request;
        // Several files: the events of the first are not imported either.
        request.paths = {QStringLiteral(TICKERLINE_TEST_DATA "/interop/handmade/deepseek_week.csv"),
                         write(QStringLiteral("broker export.csv"), kBrokerExport)};
        window.transfers()->importFiles(request);
        QVERIFY(asked);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Cancelled: nothing was changed."));
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        QVERIFY(!window.transfers()->isBusy());
        QCOMPARE(databaseFingerprint(db), before);
        QVERIFY(store.exportSnapshot() == contents);
        QVERIFY(store.series(QStringLiteral("NVDA")).bars.empty());
    }

    void aDroppedFileIsAskedAboutToo()
    {
        const QString db = freshPath();
        FileStore store(db);
        MainWindow window(store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy imported(window.transfers(), &ImportExportController::imported);
        bool asked = false;
        onModalDialog<PriceColumnsDialog>(this, [&asked](PriceColumnsDialog *dialog) {
            asked = true;
            answerBrokerExport(dialog);
        });
        bool accepted = false;
        dropFiles(&window, {write(QStringLiteral("dropped export.csv"), kBrokerExport)}, &accepted);
        QVERIFY(accepted);
        QVERIFY(asked);
        QVERIFY(imported.wait(20000));
        QCOMPARE(store.series(QStringLiteral("NVDA")).bars.size(), size_t(3));
    }

    // Set TICKERLINE_SCREENSHOT to a PNG path to photograph the dialog as the README shows it.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("TICKERLINE_SCREENSHOT");
        if (out.isEmpty())
            QSKIP("TICKERLINE_SCREENSHOT not set");
        QByteArray bytes = "Day,Px Open,Px High,Px Low,Px Last,Qty\n";
        const double closes[] = {142.62, 118.42, 128.99, 123.70, 124.65, 120.07, 116.66, 118.65, 124.83, 128.68};
        const char *days[] = {"2025-01-24", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30",
                              "2025-01-31", "2025-02-03", "2025-02-04", "2025-02-05", "2025-02-06"};
        for (int i = 0; i < 10; ++i)
            bytes += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                         .arg(QLatin1String(days[i]))
                         .arg(closes[i] - 1.2, 0, 'f', 2)
                         .arg(closes[i] + 2.1, 0, 'f', 2)
                         .arg(closes[i] - 3.4, 0, 'f', 2)
                         .arg(closes[i], 0, 'f', 2)
                         .arg(250000000 + i * 13700000)
                         .toLatin1();
        PriceColumnsDialog dialog(
            PriceFileQuestion::about(write(QStringLiteral("broker export 2025-01.csv"), bytes)).value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.symbolEdit(), QStringLiteral("NVDA"));
        dialog.columnBox(PriceColumnsDialog::Open)->setCurrentIndex(2);
        dialog.columnBox(PriceColumnsDialog::High)->setCurrentIndex(3);
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(out));
    }
};

QTEST_MAIN(TestPriceColumnsDialog)
#include "tst_pricecolumnsdialog.moc"
