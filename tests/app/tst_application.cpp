// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "mainwindow.h"
#include "tst_windowfixture.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QMenu>
#include <QPointer>

#include <algorithm>

using namespace tickerline;
using namespace tickerline::testing;

class TestApplication : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    }

    void aNewPathOpensAnEmptyDatabaseAndIsRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("mine.tickerline"));
        QString error;
        QPointer<MainWindow> window = application::openWindow(path, &error);
        QVERIFY2(window, qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->windowTitle(), QStringLiteral("mine.tickerline — Tickerline"));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(window->eventsView()->model()->rowCount(), 0);
        QVERIFY(window->noEventsLabel()->isVisible());
        QCOMPARE(application::recentDatabases().value(0), QFileInfo(path).absoluteFilePath());
        window->close(); // deletes it, its workspace and its store
        QTRY_VERIFY(!window);
    }

    void aFileThatIsNotOursIsRefusedAndLeftAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.tickerline"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are my notes, not a database.\n");
        }
        QString error;
        QVERIFY(!application::openWindow(path, &error));
        QVERIFY2(error.contains(QStringLiteral("notes.tickerline")), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("These are my notes, not a database.\n"));
        QVERIFY(!application::recentDatabases().contains(QFileInfo(path).absoluteFilePath()));
    }

    void openingAnotherDatabaseReplacesTheWindow()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.tickerline"));
        const QString second = m_dir.filePath(QStringLiteral("second.tickerline"));
        {
            FileStore store(second);
            store.importSnapshot(snapshot());
        }
        QString error;
        QPointer<MainWindow> window = application::openWindow(first, &error);
        QVERIFY2(window, qPrintable(error));
        application::openRecent(window, second);
        QTRY_VERIFY(!window); // closed, and deleted with its database
        MainWindow *opened = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<MainWindow *>(widget); candidate && candidate->isVisible())
                opened = candidate;
        }
        QVERIFY(opened);
        QCOMPARE(opened->windowTitle(), QStringLiteral("second.tickerline — Tickerline"));
        QCOMPARE(opened->eventsView()->model()->rowCount(), 3);
        QCOMPARE(application::recentDatabases().value(0), QFileInfo(second).absoluteFilePath());
        QCOMPARE(application::recentDatabases().value(1), QFileInfo(first).absoluteFilePath());

        // File → Open recent lists the others, not the window's own; choosing one opens it.
        auto *recent = opened->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QStringList listed;
        for (QAction *action : recent->actions())
            listed << action->text();
        QVERIFY(listed.contains(QFileInfo(first).absoluteFilePath()));
        QVERIFY(!listed.contains(QFileInfo(second).absoluteFilePath()));
        QPointer<MainWindow> previous = opened;
        const auto chosen = std::find_if(recent->actions().cbegin(), recent->actions().cend(), [&](QAction *action) {
            return action->text() == QFileInfo(first).absoluteFilePath();
        });
        (*chosen)->trigger();
        QTRY_VERIFY(!previous);
        MainWindow *reopened = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<MainWindow *>(widget); candidate && candidate->isVisible())
                reopened = candidate;
        }
        QVERIFY(reopened);
        QCOMPARE(reopened->windowTitle(), QStringLiteral("first.tickerline — Tickerline"));
        reopened->close();
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
