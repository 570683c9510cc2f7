// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "dialogs/eventdialog.h"
#include "search/searchfield.h"
#include "time/zonedtime.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineview.h"
#include "widgets/savedviewsmenu.h"

#include "tst_windowfixture.h"
#include <QTreeWidget>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

QString columnWidths(const QHeaderView *header)
{
    QStringList widths;
    for (int column = 0; column < header->count(); ++column)
        widths << QStringLiteral("%1 %2")
                      .arg(header->model()->headerData(column, Qt::Horizontal).toString())
                      .arg(header->sectionSize(column));
    return widths.join(QStringLiteral(", "));
}

} // namespace

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
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("episode.tickerline")));
        m_store->importSnapshot(snapshot());
    }

    void init() { QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")).clear(); }

    void emptyDatabaseSaysWhatToDo()
    {
        FileStore empty(m_dir.filePath(QStringLiteral("empty.tickerline")));
        MainWindow window(empty);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("empty.tickerline — Tickerline"));
        auto *noEvents = window.findChild<QLabel *>(QStringLiteral("noEventsLabel"));
        QVERIFY(noEvents && noEvents->isVisible());
        QVERIFY2(noEvents->text().startsWith(QStringLiteral("No events yet. Add one with Events → New event (Ctrl+N)")),
                 qPrintable(noEvents->text()));
        QVERIFY(noEvents->text().contains(QStringLiteral("File → Import…")));
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
        QCOMPARE(window.windowTitle(), QStringLiteral("episode.tickerline — Tickerline"));
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

    // Clearing a filter brings back every row; the selected event stays in view, as after a sort.
    void selectedEventStaysInViewWhenAFilterIsCleared()
    {
        Snapshot notes = snapshot();
        for (int day = 1; day <= 40; ++day) {
            Event note;
            note.uid = QStringLiteral("note-%1").arg(day);
            note.title = QStringLiteral("Session note %1").arg(day);
            note.kind = EventKind::Report;
            note.startMs = parseIsoTime(QStringLiteral("2024-12-01")).value().ms + day * kMsPerDay;
            note.precision = Precision::Day;
            note.dataset = QStringLiteral("test");
            notes.events << note;
        }
        FileStore store(m_dir.filePath(QStringLiteral("notes.tickerline")));
        store.importSnapshot(notes);
        MainWindow window(store);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.eventsView();
        const int last = view->model()->rowCount() - 1;
        const QString uid = view->model()->index(last, 0).data(EventTableModel::UidRole).toString();
        const auto inView = [view](int row) {
            return view->viewport()->rect().contains(view->visualRect(view->model()->index(row, 0)).center());
        };
        QVERIFY2(!inView(last), "the window must be too small to show every row");
        window.selection()->setCurrentEvent(uid);
        QVERIFY(inView(last));

        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("textFilter"));
        filter->setText(uid);
        QCOMPARE(view->model()->rowCount(), 1);
        view->scrollToTop();
        filter->clear();
        QCOMPARE(view->model()->rowCount(), last + 1);
        QCOMPARE(currentRowUid(view), uid);
        QVERIFY(inView(last));

        view->scrollToTop();
        view->sortByColumn(EventTableModel::TitleColumn, Qt::DescendingOrder);
        const int row = view->selectionModel()->currentIndex().row();
        QCOMPARE(currentRowUid(view), uid);
        QVERIFY(inView(row));
        view->sortByColumn(EventTableModel::TimeColumn, Qt::AscendingOrder);
        QVERIFY(inView(last));
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
        FileStore episode(m_dir.filePath(QStringLiteral("bundled.tickerline")));
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

    void anEventNoSourceQuotesSaysSoInsteadOfShowingAnother()
    {
        FileStore episode(m_dir.filePath(QStringLiteral("bundled-unquoted.tickerline")));
        installBundledDataset(episode);
        MainWindow window(episode);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Altman's 20 January post, opened from the list…
        window.openSource(QStringLiteral("sama-post-1881258443669172470"));
        QCOMPARE(window.currentSourcePane()->sourceUid(), QStringLiteral("sama-post-1881258443669172470"));
        // …is not shown as the source of the Futurism article's event, which nothing quotes.
        window.selection()->setCurrentEvent(QStringLiteral("futurism-article-2025-01-28"));
        QVERIFY(!window.currentSourcePane());
        auto *empty = window.findChild<QLabel *>(QStringLiteral("noSourceLabel"));
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No source quotes this event yet.")),
                 qPrintable(empty->text()));
        // An event with quotes shows its sources again.
        window.selection()->setCurrentEvent(QStringLiteral("market-selloff-2025-01-27"));
        QVERIFY(window.currentSourcePane());
        QCOMPARE(window.currentSourcePane()->sourceUid(), QStringLiteral("futurism-altman-deepseek"));
    }

    void aSmallWindowKeepsTheTitleColumnReadable()
    {
        MainWindow window(*m_store);
        window.setWindowState(Qt::WindowNoState); // a first start maximizes
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), QSize(1024, 700));
        QTableView *view = window.eventsView();
        const int title = view->horizontalHeader()->sectionSize(EventTableModel::TitleColumn);
        QVERIFY2(title * 10 >= view->viewport()->width() * 3 && title >= 150,
                 qPrintable(QStringLiteral("title %1 px of %2; columns %3")
                                .arg(title)
                                .arg(view->viewport()->width())
                                .arg(columnWidths(view->horizontalHeader()))));
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

    // A database of its own for each test that edits.
    std::unique_ptr<Store> editableEpisode(const char *name)
    {
        auto store = std::make_unique<FileStore>(m_dir.filePath(QString::fromLatin1(name)));
        store->importSnapshot(snapshot());
        return store;
    }

    void ctrlNThenATitleAndEnterMakesAnEvent()
    {
        auto store = editableEpisode("new-event.tickerline");
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.eventsView()->setFocus();
        QString title;
        QString focused;
        onModalDialog<EventDialog>(this, [&](EventDialog *dialog) {
            title = dialog->windowTitle();
            QWidget *keyboard = dialog->focusWidget(); // where the keyboard goes in the dialog
            focused = keyboard ? keyboard->objectName() : QString();
            // Typed where the focus is, as a person would.
            QTest::keyClicks(keyboard, QStringLiteral("Trump calls DeepSeek a wake-up call"));
            QTest::keyClick(keyboard, Qt::Key_Return);
        });
        QTest::keyClick(window.eventsView(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(title, QStringLiteral("New event"));
        QCOMPARE(focused, QStringLiteral("eventTitle"));

        const QString uid = QStringLiteral("trump-calls-deepseek-a-wake-up-call");
        QVERIFY(store->event(uid));
        // Every view has it at once: the table (selected), the timeline, the status bar.
        QCOMPARE(window.eventsView()->model()->rowCount(), 4);
        QCOMPARE(window.selection()->currentEvent(), uid);
        QCOMPARE(currentRowUid(window.eventsView()), uid);
        QVERIFY(window.timelineArea()->view()->index().findUid(uid));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusCounts"))->text(),
                 QStringLiteral("4 events · 2 sources · 4 quotes"));

        // Undo (Ctrl+Z) takes it away everywhere, redo (Ctrl+Shift+Z) brings it back.
        window.activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.eventsView(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!store->event(uid));
        QCOMPARE(window.eventsView()->model()->rowCount(), 3);
        QVERIFY(!window.timelineArea()->view()->index().findUid(uid));
        QTest::keyClick(window.eventsView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(store->event(uid));
        QCOMPARE(window.eventsView()->model()->rowCount(), 4);
    }

    void editingTheCurrentEventChangesEveryView()
    {
        auto store = editableEpisode("edit-event.tickerline");
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.eventsView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(rowOf(view, QStringLiteral("gomez-ft"))).center());
        QString shownTitle;
        onModalDialog<EventDialog>(this, [&shownTitle](EventDialog *dialog) {
            shownTitle = dialog->titleEdit()->text();
            dialog->titleEdit()->setText(QStringLiteral("Gomez: the winners won’t burn the most cash"));
            dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(EventKind::Report)));
            QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
        });
        QTest::keyClick(view, Qt::Key_F2);
        QCOMPARE(shownTitle, QStringLiteral("Gomez to the FT: the winners won’t burn the most cash"));
        window.activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(store->event(QStringLiteral("gomez-ft"))->title,
                 QStringLiteral("Gomez: the winners won’t burn the most cash"));
        QCOMPARE(rowOf(view, QStringLiteral("gomez-ft")).data().toString(),
                 QStringLiteral("Gomez: the winners won’t burn the most cash"));
        QCOMPARE(rowOf(view, QStringLiteral("gomez-ft")).siblingAtColumn(EventTableModel::KindColumn).data().toString(),
                 QStringLiteral("Report"));
        QCOMPARE(window.selection()->currentEvent(), QStringLiteral("gomez-ft"));
        // Its quote still belongs to it: the source pane shows it.
        QCOMPARE(window.currentSourcePane()->sourceUid(), QStringLiteral("article"));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store->event(QStringLiteral("gomez-ft"))->title,
                 QStringLiteral("Gomez to the FT: the winners won’t burn the most cash"));
    }

    void doubleClickOnEmptyTimeOpensANewEventThere()
    {
        auto store = editableEpisode("timeline-new.tickerline");
        MainWindow window(*store);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelineView *view = window.timelineArea()->view();
        // Friday 24 January 2025, 12:00 New York: no event there.
        const std::int64_t noon = parseIsoTime(QStringLiteral("2025-01-24T17:00:00Z")).value().ms;
        view->setVisibleRange(noon - 3 * kMsPerDay, noon + 3 * kMsPerDay);
        view->grab();
        QPoint at(int(view->xForMs(noon)), int(view->painter().timeArea().bottom()) - 4);
        QVERIFY(view->painter().hitAt(at).type == TimelineHit::None);
        QString start;
        QString focused;
        onModalDialog<EventDialog>(this, [&](EventDialog *dialog) {
            start = dialog->startEdit()->text();
            QWidget *keyboard = dialog->focusWidget();
            focused = keyboard ? keyboard->objectName() : QString();
            QTest::keyClick(keyboard, Qt::Key_Escape);
        });
        QTest::mouseDClick(view, Qt::LeftButton, {}, at);
        QCOMPARE(focused, QStringLiteral("eventTitle"));
        // The time under the cursor, to the minute, in the window's zone (New York).
        QVERIFY2(start.startsWith(QStringLiteral("2025-01-24 1")), qPrintable(start));
        const auto chosen = parseZonedTime(start, "America/New_York");
        QVERIFY(chosen);
        QVERIFY2(std::abs(chosen->ms - noon) < 3 * 3'600'000, qPrintable(start));
        QCOMPARE(store->events().size(), 3); // cancelled: nothing made
    }

    void deleteAndUndoKeepTheQuotes()
    {
        auto store = editableEpisode("delete-event.tickerline");
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.eventsView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(rowOf(view, QStringLiteral("altman-statement"))).center());
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!store->event(QStringLiteral("altman-statement")));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(window.selection()->currentEvent(), QString());
        QCOMPARE(store->quotes().size(), 4);
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Deleted the event")));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(store->event(QStringLiteral("altman-statement")));
        QCOMPARE(store->quotesOfEvent(QStringLiteral("altman-statement")).size(), 2);
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(window.statusBar()->currentMessage(), QString()); // the message of the undone edit is gone
        QCOMPARE(rowOf(view, QStringLiteral("altman-statement"))
                     .siblingAtColumn(EventTableModel::QuotesColumn)
                     .data()
                     .toInt(),
                 2);
    }

    void searchFieldFindsSummariesAndQuotes()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        SearchField *search = window.searchField();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("winners cash"));
        search->searchNow();
        QTRY_VERIFY(!search->isSearching());
        QTreeWidget *results = search->results();
        QVERIFY(results->isVisible());
        // The event whose title has both words first, then Gomez's quote.
        QVERIFY(results->topLevelItemCount() >= 2);
        QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Event"));
        QCOMPARE(results->topLevelItem(0)->text(1),
                 QStringLiteral("Gomez to the FT: the winners won’t burn the most cash"));
        int quoteRow = -1;
        for (int row = 0; row < results->topLevelItemCount() && quoteRow < 0; ++row) {
            if (results->topLevelItem(row)->text(0) == QStringLiteral("Quote"))
                quoteRow = row;
        }
        QVERIFY(quoteRow > 0);
        QVERIFY2(results->topLevelItem(quoteRow)->text(1).contains(QStringLiteral("[winners]")),
                 qPrintable(results->topLevelItem(quoteRow)->text(1)));
        for (int row = 0; row < quoteRow; ++row)
            QTest::keyClick(results, Qt::Key_Down);
        QTest::keyClick(results, Qt::Key_Return);
        QVERIFY(!results->isVisible());
        // The quote is shown in its source, and its event selected.
        QCOMPARE(window.selection()->currentEvent(), QStringLiteral("gomez-ft"));
        QCOMPARE(window.currentSourcePane()->sourceUid(), QStringLiteral("article"));

        // A word left out leaves out its rows (here every row that holds "winners" holds "cash");
        // a query that only leaves out says it looks for nothing.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("winners"));
        search->searchNow();
        QTRY_VERIFY(!search->isSearching());
        QVERIFY(results->topLevelItemCount() >= 2);
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("winners -cash"));
        search->searchNow();
        QTRY_VERIFY(!search->isSearching());
        QCOMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("Nothing matches “winners -cash”"));
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("-cash"));
        search->searchNow();
        QTRY_VERIFY(!search->isSearching());
        QCOMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->text(1),
                 QStringLiteral("“-cash” has no word to look for: add one that is not excluded"));
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("zyxwvut"));
        search->searchNow();
        QTRY_VERIFY(!search->isSearching());
        QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("Nothing matches “zyxwvut”"));
    }

    void aFilterThatMatchesNothingSaysSo()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("textFilter"));
        QTest::keyClicks(filter, QStringLiteral("wipeout"));
        QCOMPARE(window.eventsView()->model()->rowCount(), 0);
        QLabel *empty = window.noEventsLabel();
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No event matches the filter “wipeout”")),
                 qPrintable(empty->text()));
        QVERIFY(empty->text().contains(QStringLiteral("(Ctrl+F)")));
        // The timeline says the same, not that there are no events at all.
        window.timelineArea()->view()->grab();
        QCOMPARE(window.timelineArea()->view()->painter().emptyText(), QStringLiteral("No event matches the filters"));
        filter->clear();
        QVERIFY(window.eventsView()->isVisible());
    }

    void savedViewsBringBackFiltersLanesZoneAndRange()
    {
        auto store = editableEpisode("views.tickerline");
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("kindFilter_release"))->setChecked(false);
        window.findChild<QLineEdit *>(QStringLiteral("textFilter"))->setText(QStringLiteral("altman"));
        window.timelineArea()->laneChooser()->setCurrentIndex(1); // by actor
        window.timelineArea()->zoneChooser()->setCurrentIndex(
            window.timelineArea()->zoneChooser()->findData(QStringLiteral("UTC")));
        const std::int64_t from = parseIsoTime(QStringLiteral("2025-01-25")).value().ms;
        const std::int64_t to = parseIsoTime(QStringLiteral("2025-01-29")).value().ms;
        window.timelineArea()->view()->setVisibleRange(from, to);

        auto *menu = window.findChild<SavedViewsMenu *>(QStringLiteral("savedViewsMenu"));
        QVERIFY(menu);
        QVERIFY(menu->saveView(QStringLiteral("Altman, Monday")));
        QCOMPARE(store->savedViews().size(), 1);
        QCOMPARE(store->savedViews().constFirst().settings.text, QStringLiteral("altman"));

        // Everything changed back by hand…
        window.findChild<QAction *>(QStringLiteral("kindFilterAll"))->trigger();
        window.findChild<QLineEdit *>(QStringLiteral("textFilter"))->clear();
        window.timelineArea()->laneChooser()->setCurrentIndex(0);
        window.timelineArea()->zoneChooser()->setCurrentIndex(0);
        window.timelineArea()->view()->setVisibleRange(from - 30 * kMsPerDay, to + 30 * kMsPerDay);
        // …and brought back by the saved view, which the View menu lists.
        emit menu->aboutToShow();
        QAction *listed = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Altman, Monday"))
                listed = action;
        }
        QVERIFY(listed);
        listed->trigger();
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("kindFilter_release"))->isChecked());
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("textFilter"))->text(), QStringLiteral("altman"));
        QCOMPARE(window.timelineArea()->laneChooser()->currentIndex(), 1);
        QCOMPARE(window.timelineArea()->zoneChooser()->currentData().toString(), QStringLiteral("UTC"));
        QCOMPARE(window.selection()->visibleFromMs(), from);
        QCOMPARE(window.selection()->visibleToMs(), to);
        QCOMPARE(window.eventsView()->model()->rowCount(), 1);

        // Saving is an edit like any other: undo takes the view away.
        window.undoStack()->undo();
        QVERIFY(store->savedViews().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
