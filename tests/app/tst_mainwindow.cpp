// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "tst_windowfixture.h"

using namespace tickerline;
using namespace tickerline::testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The window saves its layout with QSettings("Tickerline", "Tickerline"): keep it in here.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("episode.tickerline")));
        m_store->importSnapshot(snapshot());
    }

    void init() { QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")).clear(); }

    void emptyDatabaseSaysWhatToDo()
    {
        Store empty(m_dir.filePath(QStringLiteral("empty.tickerline")));
        MainWindow window(empty);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Tickerline — empty.tickerline"));
        auto *noEvents = window.findChild<QLabel *>(QStringLiteral("noEventsLabel"));
        QVERIFY(noEvents && noEvents->isVisible());
        QVERIFY(noEvents->text().startsWith(QStringLiteral("No events yet — import a Tickerline JSON file with")));
        QVERIFY(noEvents->text().contains(QStringLiteral("tickerline import FILE")));
        QVERIFY(!window.eventsView()->isVisible());
        auto *noSource = window.findChild<QLabel *>(QStringLiteral("noSourceLabel"));
        QVERIFY(noSource && noSource->isVisible());
        QCOMPARE(noSource->text(), QStringLiteral("Select an event to read its source"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusCounts"))->text(),
                 QStringLiteral("0 events · 0 sources · 0 quotes"));
    }

    void showsTheEpisode()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Tickerline — episode.tickerline"));
        QVERIFY(window.eventsView()->isVisible());
        QCOMPARE(window.eventsView()->model()->rowCount(), 3);
        // Sorted by time: the day-precision release first.
        QCOMPARE(window.eventsView()->model()->index(0, 0).data(EventTableModel::UidRole).toString(),
                 QStringLiteral("r1-release"));
        QCOMPARE(window.eventsView()->model()->index(1, 0).data().toString(), QStringLiteral("~2025-01-27"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusCounts"))->text(),
                 QStringLiteral("3 events · 2 sources · 4 quotes"));
        QCOMPARE(window.centralSplitter()->orientation(), Qt::Vertical);
        // The timeline on top, the table of the same events below it.
        QCOMPARE(window.centralSplitter()->indexOf(window.timelineArea()), 0);
        QCOMPARE(window.centralSplitter()->indexOf(window.eventsView()->parentWidget()), 1);
        QVERIFY(!window.sourceDock()->objectName().isEmpty());
        QCOMPARE(window.dockWidgetArea(window.sourceDock()), Qt::RightDockWidgetArea);
        QVERIFY(window.viewMenu()->actions().contains(window.sourceDock()->toggleViewAction()));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noSourceLabel"))->isVisible());
    }

    void clickingARowShowsItsQuote()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.eventsView();
        const QModelIndex statement = rowOf(view, QStringLiteral("altman-statement"));
        QVERIFY(statement.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(statement).center());

        QCOMPARE(window.selection()->currentEvent(), QStringLiteral("altman-statement"));
        QCOMPARE(window.sourceTabs()->count(), 2); // the article and the post both quote it
        SourcePane *pane = window.currentSourcePane();
        QVERIFY(pane && pane->isVisible());
        QCOMPARE(pane->sourceUid(), QStringLiteral("article"));
        QCOMPARE(window.sourceTabs()->tabText(window.sourceTabs()->currentIndex()), QStringLiteral("Futurism"));

        const QPlainTextEdit *text = pane->textView();
        const qsizetype at = articleText().indexOf(kAltmanQuote);
        const QTextEdit::ExtraSelection *highlight = selectionAt(text, at);
        QVERIFY2(highlight, "no highlight starts at the quote's UTF-16 position");
        QCOMPARE(highlight->cursor.selectedText(), kAltmanQuote);
        QVERIFY(highlight->format.fontUnderline()); // the selected event's quote is emphasized
        QVERIFY(highlight->format.background().color().isValid());
        QTRY_VERIFY(isInside(text, at));
        QTRY_VERIFY(isInside(text, at + kAltmanQuote.size()));
    }

    void clickingAHighlightSelectsItsEvent()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->setCurrentEvent(QStringLiteral("altman-statement"));
        SourcePane *pane = window.currentSourcePane();
        QVERIFY(pane);
        QPlainTextEdit *text = pane->textView();
        const qsizetype gomezAt = articleText().indexOf(kGomezQuote);
        QTRY_VERIFY(isInside(text, gomezAt));

        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, pointInText(text, gomezAt));
        QCOMPARE(window.selection()->currentEvent(), QStringLiteral("gomez-ft"));
        QCOMPARE(currentRowUid(window.eventsView()), QStringLiteral("gomez-ft"));
        QCOMPARE(window.sourceTabs()->count(), 1);
        QCOMPARE(window.currentSourcePane(), pane); // the pane read from stays, not rebuilt
        QVERIFY(selectionAt(text, gomezAt)->format.fontUnderline());
        QVERIFY(!selectionAt(text, articleText().indexOf(kAltmanQuote))->format.fontUnderline());
    }

    void followsASelectionMadeElsewhere()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->setCurrentEvent(QStringLiteral("r1-release"));
        QCOMPARE(currentRowUid(window.eventsView()), QStringLiteral("r1-release"));
        QVERIFY(window.eventsView()->selectionModel()->isRowSelected(
            rowOf(window.eventsView(), QStringLiteral("r1-release")).row()));
        SourcePane *pane = window.currentSourcePane();
        QVERIFY(pane);
        QCOMPARE(pane->sourceUid(), QStringLiteral("post"));
        const qsizetype at = postText().indexOf(kReleaseQuote);
        QCOMPARE(selectionAt(pane->textView(), at)->cursor.selectedText(), kReleaseQuote);

        window.selection()->setCurrentEvent({});
        QVERIFY(!window.eventsView()->selectionModel()->hasSelection());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noSourceLabel"))->isVisible());
    }

    void kindFilterHidesRows()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->setCurrentEvent(QStringLiteral("gomez-ft"));

        auto *statements = window.findChild<QAction *>(QStringLiteral("kindFilter_statement"));
        QVERIFY(statements && statements->isChecked());
        statements->trigger();
        QTableView *view = window.eventsView();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(EventTableModel::UidRole).toString(), QStringLiteral("r1-release"));
        QVERIFY(!rowOf(view, QStringLiteral("gomez-ft")).isValid());
        QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("kindFilterButton"))->text(),
                 QStringLiteral("6 of 7 kinds"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusCounts"))->text(),
                 QStringLiteral("1 of 3 events shown · 2 sources · 4 quotes"));
        // Hiding the selected row does not silently select its neighbour.
        QCOMPARE(window.selection()->currentEvent(), QStringLiteral("gomez-ft"));
        QCOMPARE(window.currentSourcePane()->sourceUid(), QStringLiteral("article"));

        window.findChild<QAction *>(QStringLiteral("kindFilterAll"))->trigger();
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(currentRowUid(view), QStringLiteral("gomez-ft")); // selected again once visible
    }

    void textFilterHidesRows()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("textFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("gomez"));
        QCOMPARE(window.eventsView()->model()->rowCount(), 1);
        filter->clear();
        filter->setText(QStringLiteral("深度求索")); // the actor's Chinese name
        QCOMPARE(window.eventsView()->model()->rowCount(), 1);
        QCOMPARE(window.eventsView()->model()->index(0, 0).data(EventTableModel::UidRole).toString(),
                 QStringLiteral("r1-release"));
    }

    void layoutRoundTripsThroughSettings()
    {
        {
            MainWindow window(*m_store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 700);
            window.eventsView()->horizontalHeader()->resizeSection(EventTableModel::ActorsColumn, 333);
            window.removeDockWidget(window.sourceDock());
            window.addDockWidget(Qt::LeftDockWidgetArea, window.sourceDock());
            window.sourceDock()->show();
            QTRY_COMPARE(window.size(), QSize(1000, 700));
            window.close(); // saves
        }
        {
            MainWindow window(*m_store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.size(), QSize(1000, 700));
            QCOMPARE(window.dockWidgetArea(window.sourceDock()), Qt::LeftDockWidgetArea);
            QCOMPARE(window.eventsView()->horizontalHeader()->sectionSize(EventTableModel::ActorsColumn), 333);
            window.sourceDock()->hide();
            window.close();
        }
        {
            MainWindow window(*m_store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.sourceDock()->isHidden());
            QVERIFY(!window.sourceDock()->toggleViewAction()->isChecked());
        }
    }

    void sourceListOpensASource()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *list = window.findChild<QTableView *>(QStringLiteral("sourceListView"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->model()->rowCount(), 2);
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("sourceFilter"));
        QTest::keyClicks(filter, QStringLiteral("altman")); // the post's author
        QCOMPARE(list->model()->rowCount(), 2);             // the article's title names him too
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("futurism"));
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 1)).center());
        SourcePane *pane = window.currentSourcePane();
        QVERIFY(pane && pane->isVisible());
        QCOMPARE(pane->sourceUid(), QStringLiteral("article"));
        // It stays open beside the sources of the event selected next.
        window.selection()->setCurrentEvent(QStringLiteral("r1-release"));
        QCOMPARE(window.sourceTabs()->count(), 2);
        QCOMPARE(window.currentSourcePane()->sourceUid(), QStringLiteral("post"));
    }

    void sideBySideOnTheBundledEpisode()
    {
        Store episode(m_dir.filePath(QStringLiteral("bundled.tickerline")));
        installBundledDataset(episode);
        {
            MainWindow window(episode);
            window.resize(1600, 1000);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Arranged as a reader comparing two sources would: the Source dock wide and tall.
            window.resizeDocks({window.sourceDock()}, {1000}, Qt::Horizontal);
            window.resizeDocks({window.sourceDock(), window.inspectorDock()}, {820, 120}, Qt::Vertical);
            window.findChild<QAction *>(QStringLiteral("sideBySideAction"))->trigger();
            window.selection()->setCurrentEvent(QStringLiteral("altman-deepseek-statement-2025-01-28"));
            const QList<SourcePane *> panes = window.sourceDeck()->panes();
            QCOMPARE(panes.size(), 2);
            QCOMPARE(panes[0]->sourceUid(), QStringLiteral("sama-thread-1884066337103962416"));
            QCOMPARE(panes[1]->sourceUid(), QStringLiteral("futurism-altman-deepseek"));
            QTRY_VERIFY(panes[0]->isVisible() && panes[1]->isVisible());
            const QRect left(panes[0]->mapTo(&window, QPoint()), panes[0]->size());
            const QRect right(panes[1]->mapTo(&window, QPoint()), panes[1]->size());
            QVERIFY2(left.right() < right.left(), "the panes overlap");
            // Both show the statement's quotes, the article's scrolled into view.
            QVERIFY(panes[1]->shownQuote().startsWith(QStringLiteral("q-futurism-statement")));
            QTRY_VERIFY(isInside(panes[1]->textView(), panes[1]->quoteCursor(panes[1]->shownQuote()).selectionStart()));
            // Altman has one colour in both panes.
            QCOMPARE(panes[1]->highlightColor(QStringLiteral("q-futurism-statement-compute")),
                     panes[0]->highlightColor(QStringLiteral("q-sama-statement-compute")));
            const QString shot = qEnvironmentVariable("TICKERLINE_SHOT");
            if (!shot.isEmpty()) {
                QTest::qWait(1200); // the flash is over
                QVERIFY(window.grab().save(shot));
            }
            window.close();
        }
        MainWindow again(episode);
        QVERIFY(again.sourceDeck()->sideBySide()); // remembered
        QVERIFY(again.sideBySideAction()->isChecked());
    }

    void dockedViewsGetStableNamesAndMenuEntries()
    {
        MainWindow window(*m_store);
        auto *view = new QLabel(QStringLiteral("Inspector"));
        view->setObjectName(QStringLiteral("inspector"));
        QDockWidget *dock = window.addDockView(QStringLiteral("Inspector"), view, Qt::BottomDockWidgetArea);
        QCOMPARE(dock->objectName(), QStringLiteral("inspectorDock"));
        QCOMPARE(dock->widget(), view);
        QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        QVERIFY(window.viewMenu()->actions().contains(dock->toggleViewAction()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
