// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importexportcontroller.h"

#include "imports/formatregistry.h"
#include "inspector/inspectorpane.h"
#include "mainwindow.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "tst_windowfixture.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QProgressDialog>
#include <QSemaphore>
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

    // Three events the window's test episode does not hold, one by an actor it does not know.
    QString threeNewEvents()
    {
        return writeFile("three-new.csv",
                         "uid,title,kind,start,actors,summary\n"
                         "r1-paper,DeepSeek publishes the R1 paper,release,2025-01-20,深度求索,A paper\n"
                         "stargate,Stargate announced at the White House,deal,2025-01-21,"
                         "Masayoshi Son,Up to $500 billion\n"
                         "nvda-drop,Nvidia closes down 17%,market,2025-01-27,,$589 billion\n");
    }

    // Holds each import on its thread once its events are on their way to the window, until
    // the test lets it go on writing them.
    struct HeldImport
    {
        QSemaphore goOn;
        void holdIn(ImportExportController *transfers)
        {
            transfers->setEventsShownHook([this] { goOn.tryAcquire(1, 60000); });
        }
    };

    // Starts importing a file of three events (threeNewEvents() unless given) in the window, held
    // before they are written; true once they are on show.
    bool importHeld(MainWindow &window, HeldImport &held, QString path = {})
    {
        held.holdIn(window.transfers());
        QSignalSpy shown(window.workspace(), &Workspace::importShown);
        ImportRequest request;
        request.paths = {path.isEmpty() ? threeNewEvents() : path};
        window.transfers()->importFiles(request);
        return shown.wait(20000) && shown.at(0).at(0).toLongLong() == 3;
    }

    // A file that holds the test episode's three events, and a window on it.
    struct EpisodeWindow
    {
        QString path;
        FileStore store;
        MainWindow window;

        explicit EpisodeWindow(const QString &file)
            : path(file)
            , store(path)
            , window(withEpisode(store))
        {}
        static FileStore &withEpisode(FileStore &store)
        {
            store.importSnapshot(snapshot());
            return store;
        }
        // Shown, with the three events loaded.
        bool show()
        {
            window.show();
            return QTest::qWaitForWindowExposed(&window) &&
                   QTest::qWaitFor([this] { return window.eventModel()->rowCount() == 3; });
        }
    };

    // Accepts the message boxes the window shows, keeping their texts.
    struct MessageCatcher
    {
        QStringList texts;
        QTimer timer;
        MessageCatcher()
        {
            QObject::connect(&timer, &QTimer::timeout, [this] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    texts << box->text();
                    box->accept();
                }
            });
            timer.start(20);
        }
    };

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

    void eventsShowWhileTheyAreSavedAndEditingWaits()
    {
        EpisodeWindow episode(freshPath());
        QVERIFY(episode.show());
        const QString &path = episode.path;
        FileStore &store = episode.store;
        MainWindow &window = episode.window;
        Workspace *workspace = window.workspace();
        QAction *newEvent = window.findChild<QAction *>(QStringLiteral("newEventAction"));
        QVERIFY(newEvent && newEvent->isEnabled());
        QSignalSpy imported(window.transfers(), &ImportExportController::imported);
        const QByteArray before = settledFingerprint(store);
        HeldImport held;
        QVERIFY(importHeld(window, held));

        // On show, in the table with the others, though not yet in the file.
        QCOMPARE(window.eventModel()->rowCount(), 6);
        QVERIFY(window.eventModel()->rowOfEvent(QStringLiteral("stargate")) >= 0);
        QCOMPARE(databaseFingerprint(path), before);
        QCOMPARE(store.events().size(), 3);
        // The progress no longer blocks the window, and says why editing waits.
        QProgressDialog *progress = window.transfers()->progressDialog();
        QVERIFY(progress);
        QCOMPARE(progress->windowModality(), Qt::NonModal);
        QVERIFY2(progress->labelText().startsWith(QStringLiteral("Saving 3 imported events…")),
                 qPrintable(progress->labelText()));
        // Inspected from what the file said, with its new actor's name.
        window.selection()->setCurrentEvent(QStringLiteral("stargate"));
        auto *inspector = window.findChild<InspectorPane *>();
        QVERIFY(inspector);
        QTRY_VERIFY(inspector->plainText().contains(QStringLiteral("Stargate announced at the White House")));
        QVERIFY(inspector->plainText().contains(QStringLiteral("Masayoshi Son")));
        QVERIFY(inspector->plainText().contains(QStringLiteral("Being saved with an import")));
        // Editing waits: its actions are off, and an edit asked for anyway is refused and changes nothing.
        QVERIFY(!workspace->canEdit());
        QVERIFY(!newEvent->isEnabled());
        {
            MessageCatcher messages;
            QVERIFY(!workspace->removeEvent(QStringLiteral("gomez-ft")));
            QTRY_COMPARE(messages.texts.size(), 1);
            QVERIFY2(messages.texts.constFirst().startsWith(QStringLiteral("An import is being saved")),
                     qPrintable(messages.texts.constFirst()));
        }
        QCOMPARE(window.eventModel()->rowCount(), 6);

        held.goOn.release();
        QVERIFY(imported.wait(20000));
        QTRY_VERIFY(!workspace->isLoading());
        QVERIFY(workspace->canEdit());
        QVERIFY(newEvent->isEnabled());
        QCOMPARE(store.events().size(), 6);
        QCOMPARE(window.eventModel()->rowCount(), 6);
        QTRY_VERIFY(!inspector->plainText().contains(QStringLiteral("Being saved")));
        QVERIFY(inspector->plainText().contains(QStringLiteral("Masayoshi Son")));
        QVERIFY(workspace->removeEvent(QStringLiteral("gomez-ft"))); // editing is back
        QCOMPARE(store.events().size(), 5);
    }

    void tickerlineJsonShowsWhileSavedToo()
    {
        EpisodeWindow episode(freshPath());
        QVERIFY(episode.show());
        FileStore &store = episode.store;
        MainWindow &window = episode.window;
        Snapshot file;
        file.datasets = {{QStringLiteral("wire"),
                          QStringLiteral("Wire copy"),
                          QStringLiteral("a newsroom"),
                          QStringLiteral("CC0"),
                          {},
                          QStringLiteral("2025-02-01T00:00:00Z")}};
        file.actors = {{QStringLiteral("liang-wenfeng"), QStringLiteral("梁文锋"), QStringLiteral("person"),
                        QStringLiteral("wire")}};
        for (int i = 0; i < 3; ++i) {
            Event event;
            event.uid = QStringLiteral("wire-%1").arg(i);
            event.title = QStringLiteral("Wire story %1").arg(i);
            event.startMs = parseIsoTime(QStringLiteral("2025-01-2%1").arg(i + 1)).value().ms;
            event.precision = Precision::Day;
            event.dataset = QStringLiteral("wire");
            event.actors = {{QStringLiteral("liang-wenfeng"), QStringLiteral("founder")}};
            file.events << event;
        }
        const QString path =
            writeFile("wire.json", FormatRegistry::instance().find(QStringLiteral("tickerline"))->write(file));
        QSignalSpy imported(window.transfers(), &ImportExportController::imported);
        HeldImport held;
        QVERIFY(importHeld(window, held, path));
        QCOMPARE(window.eventModel()->rowCount(), 6);
        QCOMPARE(store.events().size(), 3);
        window.selection()->setCurrentEvent(QStringLiteral("wire-2"));
        auto *inspector = window.findChild<InspectorPane *>();
        QTRY_VERIFY(inspector->plainText().contains(QStringLiteral("Wire story 2")));
        QVERIFY(inspector->plainText().contains(QStringLiteral("梁文锋")));
        held.goOn.release();
        QVERIFY(imported.wait(20000));
        QTRY_VERIFY(window.workspace()->canEdit());
        QCOMPARE(store.events().size(), 6);
    }

    void cancelledAfterShowingTakesThemAway()
    {
        EpisodeWindow episode(freshPath());
        QVERIFY(episode.show());
        const QString &path = episode.path;
        FileStore &store = episode.store;
        MainWindow &window = episode.window;
        QSignalSpy failed(window.transfers(), &ImportExportController::failed);
        const QByteArray before = settledFingerprint(store);
        HeldImport held;
        QVERIFY(importHeld(window, held));
        QCOMPARE(window.eventModel()->rowCount(), 6);
        window.selection()->setCurrentEvent(QStringLiteral("nvda-drop"));

        auto *cancel = window.transfers()->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        held.goOn.release();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        // The window as it was: the three events, nothing selected of the import, editing back.
        QCOMPARE(window.eventModel()->rowCount(), 3);
        QCOMPARE(window.eventModel()->rowOfEvent(QStringLiteral("nvda-drop")), -1);
        QVERIFY(window.selection()->currentEvent().isEmpty());
        QVERIFY(window.workspace()->canEdit());
        QCOMPARE(databaseFingerprint(path), before);
        QCOMPARE(store.events().size(), 3);
    }

    void closingWhileSavingAsksFirst()
    {
        const QString path = freshPath();
        FileStore store(path);
        store.importSnapshot(snapshot());
        auto *window = new MainWindow(store);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QByteArray before = settledFingerprint(store);
        HeldImport held;
        QVERIFY(importHeld(*window, held));
        // Esc keeps the import going and the window open.
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                QTest::keyClick(box, Qt::Key_Escape);
            }
        });
        QVERIFY(!window->close());
        QVERIFY2(asked.contains(QStringLiteral("still being saved")), qPrintable(asked));
        QVERIFY(window->isVisible());
        QVERIFY(window->transfers()->isBusy());
        // Closing for good cancels it: nothing of it reaches the file.
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        button->click();
                }
            }
        });
        QVERIFY(window->close());
        held.goOn.release(); // the import goes on to write, and sees the cancel
        delete window;       // waits for it to stop
        QCOMPARE(databaseFingerprint(path), before);
        QCOMPARE(store.events().size(), 3);
    }

    void cancelChangesNothing()
    {
        EpisodeWindow episode(freshPath());
        QVERIFY(episode.show());
        const QString &path = episode.path;
        FileStore &store = episode.store;
        MainWindow &window = episode.window;
        const QByteArray before = settledFingerprint(store);
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
        const QByteArray before = settledFingerprint(store);
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
