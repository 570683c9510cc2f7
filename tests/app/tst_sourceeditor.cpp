// SPDX-License-Identifier: GPL-3.0-or-later
// SourceEditor as a user meets it: through the window's panes, menus, dialogs and drops, with
// the store checked after every change, undo and redo.
#include "mainwindow.h"
#include "tst_windowfixture.h"

#include "dialogs/backgroundtask.h"
#include "dialogs/importexportcontroller.h"
#include "inspector/inspectorpane.h"
#include "models/eventtablemodel.h"
#include "store/eventedits.h"
#include "timeline/timelineindex.h"
#include "timeline/timelineview.h"
#include "workspace.h"

#include <QProgressDialog>
#include <QSignalSpy>

#include <QFileDialog>

using namespace tickerline;
using namespace tickerline::testing;

class TestSourceEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fresh = 0;

    // A database of its own for each test, since every test edits it.
    std::unique_ptr<Store> freshStore()
    {
        auto store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("edit%1.tickerline").arg(++m_fresh)));
        store->importSnapshot(snapshot());
        return store;
    }

    static int quotesInTable(const MainWindow &window, const QString &eventUid)
    {
        return rowOf(window.eventsView(), eventUid).siblingAtColumn(EventTableModel::QuotesColumn).data().toInt();
    }

    // An event written behind the window's back: only a reload of every event would show it.
    static void addUnseenEvent(Store &store)
    {
        Event event;
        event.uid = QStringLiteral("unseen");
        event.title = QStringLiteral("Written by another process");
        event.kind = EventKind::Statement;
        event.startMs = parseIsoTime(QStringLiteral("2025-01-22")).value().ms;
        event.precision = Precision::Day;
        event.dataset = QStringLiteral("test");
        store.addEvent(event);
    }

    static void clickRow(QTableView *table, const QString &eventUid)
    {
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(rowOf(table, eventUid)).center());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    }

    void init() { QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")).clear(); }

    void quotingASelectionIsUndoable()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.selection()->setCurrentEvent(QStringLiteral("r1-release"));
        SourcePane *pane = window.currentSourcePane();
        QCOMPARE(pane->sourceUid(), QStringLiteral("post"));
        const QString words = QStringLiteral("particularly around what they're able to deliver");
        const qsizetype at = postText().indexOf(words);
        drag(pane->textView(), at, at + words.size());
        QCOMPARE(pane->textView()->textCursor().selectedText(), words);

        // Pick the statement from the searchable list; its author becomes the speaker.
        bool dialogSeen = false;
        whenModal<QuoteDialog>([&](QuoteDialog *dialog) {
            dialogSeen = true;
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("quotedText"))->text(), QStringLiteral("“%1”").arg(words));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("eventSearch")), QStringLiteral("impressive"));
            auto *list = dialog->findChild<QListView *>(QStringLiteral("eventList"));
            QCOMPARE(list->model()->rowCount(), 1);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("speakerCombo"))->currentText(),
                     QStringLiteral("Sam Altman"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("quoteSelectionButton")), Qt::LeftButton);
        QVERIFY(dialogSeen);

        Quote quote;
        QVERIFY(storeHasQuote(*store, QStringLiteral("post"), words, &quote));
        QCOMPARE(quote.event, QStringLiteral("altman-statement"));
        QCOMPARE(quote.speaker, QStringLiteral("sam-altman"));
        QCOMPARE(quote.uid, QStringLiteral("q-post-%1").arg(quote.start));
        QCOMPARE(quote.start, postText().left(at).toUcs4().size());
        QCOMPARE(window.selection()->currentEvent(), QStringLiteral("r1-release")); // kept
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusCounts"))->text(),
                 QStringLiteral("3 events · 2 sources · 5 quotes"));
        pane = window.currentSourcePane();
        QCOMPARE(pane->sourceUid(), QStringLiteral("post")); // still reading the same source
        QCOMPARE(pane->quoteCursor(quote.uid).selectedText(), words);

        window.activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence(QKeySequence::Undo));
        QVERIFY(!storeHasQuote(*store, QStringLiteral("post"), words));
        QVERIFY(window.currentSourcePane()->quoteCursor(quote.uid).isNull());
        QTest::keySequence(&window, QKeySequence(QKeySequence::Redo));
        QVERIFY(storeHasQuote(*store, QStringLiteral("post"), words));
        QVERIFY(!window.currentSourcePane()->quoteCursor(quote.uid).isNull());
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(store->check().isEmpty());
    }

    void quotingForANewEvent()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->setCurrentEvent(QStringLiteral("r1-release"));
        addUnseenEvent(*store);
        SourcePane *pane = window.currentSourcePane();
        const QString words = QStringLiteral("we will obviously deliver");
        const qsizetype at = postText().indexOf(words);
        drag(pane->textView(), at, at + words.size());
        whenModal<QuoteDialog>([](QuoteDialog *dialog) {
            auto *radio = dialog->findChild<QRadioButton *>(QStringLiteral("newEventRadio"));
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2)); // on its circle
            QVERIFY(radio->isChecked());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newEventTitle")),
                             QStringLiteral("OpenAI promises better models"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        window.findChild<QAction *>(QStringLiteral("quoteAction"))->trigger();

        const std::optional<Event> event = store->event(QStringLiteral("openai-promises-better-models"));
        QVERIFY(event);
        QCOMPARE(event->title, QStringLiteral("OpenAI promises better models"));
        QVERIFY(event->precision == Precision::Day);
        QCOMPARE(event->startMs % 86'400'000, 0); // midnight UTC of its day
        QCOMPARE(event->tz, QStringLiteral("America/New_York")); // the window's display zone
        Quote quote;
        QVERIFY(storeHasQuote(*store, QStringLiteral("post"), words, &quote));
        QCOMPARE(quote.event, event->uid);
        // The new event reaches the table and the timeline from its own row: the unseen one,
        // which a reload of every event would bring in, stays out.
        QCOMPARE(window.eventsView()->model()->rowCount(), 4);
        QVERIFY(!rowOf(window.eventsView(), QStringLiteral("unseen")).isValid());
        QCOMPARE(quotesInTable(window, event->uid), 1);
        QVERIFY(window.timelineArea()->view()->index().findUid(event->uid));
        QCOMPARE(window.currentSourcePane()->sourceUid(), QStringLiteral("post"));
        QVERIFY(!window.currentSourcePane()->quoteCursor(quote.uid).isNull());

        window.undoStack()->undo(); // one step takes both back
        QVERIFY(!store->event(QStringLiteral("openai-promises-better-models")));
        QVERIFY(!storeHasQuote(*store, QStringLiteral("post"), words));
        QCOMPARE(window.eventsView()->model()->rowCount(), 3);
        QVERIFY(!rowOf(window.eventsView(), event->uid).isValid());
        QVERIFY(!window.timelineArea()->view()->index().findUid(event->uid));
        QVERIFY(window.currentSourcePane()->quoteCursor(quote.uid).isNull());

        window.undoStack()->redo();
        QCOMPARE(window.eventsView()->model()->rowCount(), 4);
        QCOMPARE(quotesInTable(window, event->uid), 1);
        QVERIFY(store->check().isEmpty());
    }

    // Ctrl+E on words of the selected event's source: the table's count and the inspector show
    // the new quote at once, and Ctrl+Z and Ctrl+Shift+Z take it out and put it back everywhere.
    void aQuoteReachesTheTableAndInspectorAndUndoTakesItOut()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTableView *table = window.eventsView();
        clickRow(table, QStringLiteral("r1-release"));
        QCOMPARE(window.selection()->currentEvent(), QStringLiteral("r1-release"));
        QCOMPARE(quotesInTable(window, QStringLiteral("r1-release")), 1);
        auto *inspector = window.findChild<InspectorPane *>();
        QVERIFY(inspector->plainText().contains(kReleaseQuote));
        const QString words = QStringLiteral("particularly around what they're able to deliver");
        QVERIFY(!inspector->plainText().contains(words));

        SourcePane *pane = window.currentSourcePane();
        QCOMPARE(pane->sourceUid(), QStringLiteral("post"));
        const qsizetype at = postText().indexOf(words);
        drag(pane->textView(), at, at + words.size());
        bool dialogSeen = false;
        onModalDialog<QuoteDialog>(&window, [&](QuoteDialog *dialog) {
            dialogSeen = true;
            QVERIFY(dialog->findChild<QListView *>(QStringLiteral("eventList"))
                        ->currentIndex()
                        .data()
                        .toString()
                        .contains(QStringLiteral("R1"))); // the selected event, preselected
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("eventSearch")), Qt::Key_Return);
        });
        QTest::keyClick(pane->textView(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(dialogSeen);

        Quote quote;
        QVERIFY(storeHasQuote(*store, QStringLiteral("post"), words, &quote));
        QCOMPARE(quote.event, QStringLiteral("r1-release"));
        QCOMPARE(quotesInTable(window, QStringLiteral("r1-release")), 2);
        QVERIFY2(inspector->plainText().contains(words), qPrintable(inspector->plainText()));
        QVERIFY(!window.currentSourcePane()->quoteCursor(quote.uid).isNull());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusCounts"))->text(),
                 QStringLiteral("3 events · 2 sources · 5 quotes"));

        window.activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!storeHasQuote(*store, QStringLiteral("post"), words));
        QCOMPARE(quotesInTable(window, QStringLiteral("r1-release")), 1);
        QVERIFY(!inspector->plainText().contains(words));
        QVERIFY(inspector->plainText().contains(kReleaseQuote));
        QVERIFY(window.currentSourcePane()->quoteCursor(quote.uid).isNull());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusCounts"))->text(),
                 QStringLiteral("3 events · 2 sources · 4 quotes"));
        QCOMPARE(window.selection()->currentEvent(), QStringLiteral("r1-release"));

        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(storeHasQuote(*store, QStringLiteral("post"), words));
        QCOMPARE(quotesInTable(window, QStringLiteral("r1-release")), 2);
        QVERIFY(inspector->plainText().contains(words));
    }

    // A source edit reads back the rows it changed, never every event: an event written behind
    // the window's back stays out of the table and the index, the index stays the same object,
    // and the table's model changes only its Quotes cells (no reset).
    void aSourceEditDoesNotReloadEveryEvent()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        clickRow(window.eventsView(), QStringLiteral("gomez-ft"));
        SourcePane *pane = window.currentSourcePane();
        QCOMPARE(pane->sourceUid(), QStringLiteral("article"));
        const qsizetype gomezAt = articleText().indexOf(kGomezQuote);
        QTRY_VERIFY(isInside(pane->textView(), gomezAt));
        addUnseenEvent(*store);
        Workspace *workspace = window.workspace();
        QSignalSpy indexChanged(workspace, &Workspace::indexChanged);
        QSignalSpy sourcesChanged(workspace, &Workspace::sourcesChanged);
        QSignalSpy reset(workspace->events(), &QAbstractItemModel::modelReset);
        const TimelineIndex *index = workspace->index().get();

        std::unique_ptr<QMenu> menu(pane->createContextMenu(pointInText(pane->textView(), gomezAt)));
        menu->findChild<QAction *>(QStringLiteral("removeQuoteAction"))->trigger();
        QVERIFY(!storeHasQuote(*store, QStringLiteral("article"), kGomezQuote));
        QCOMPARE(quotesInTable(window, QStringLiteral("gomez-ft")), 0);
        QCOMPARE(indexChanged.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(workspace->index().get(), index);
        QCOMPARE(sourcesChanged.count(), 1);
        QCOMPARE(sourcesChanged.at(0).at(0).toStringList(), QStringList{QStringLiteral("article")});
        QCOMPARE(sourcesChanged.at(0).at(1).toBool(), false);
        QCOMPARE(window.eventsView()->model()->rowCount(), 3);
        QVERIFY(!workspace->index()->findUid(QStringLiteral("unseen")));

        QTest::keyClick(window.eventsView(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(storeHasQuote(*store, QStringLiteral("article"), kGomezQuote));
        QCOMPARE(quotesInTable(window, QStringLiteral("gomez-ft")), 1);
        QCOMPARE(indexChanged.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(window.eventsView()->model()->rowCount(), 3);
        QVERIFY(!workspace->index()->findUid(QStringLiteral("unseen")));
    }

    void removingAndRelinkingAreUndoable()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->setCurrentEvent(QStringLiteral("gomez-ft"));
        SourcePane *pane = window.currentSourcePane();
        QPlainTextEdit *text = pane->textView();
        const qsizetype gomezAt = articleText().indexOf(kGomezQuote);
        QTRY_VERIFY(isInside(text, gomezAt));

        // Relink the Gomez quote to the statement, then undo.
        whenModal<QuoteDialog>([](QuoteDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Link quote to event"));
            auto *list = dialog->findChild<QListView *>(QStringLiteral("eventList"));
            // The quote's current event is preselected.
            QVERIFY(list->currentIndex().data().toString().contains(QStringLiteral("Gomez")));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("eventSearch")), QStringLiteral("R1 impressive"));
            list->setCurrentIndex(list->model()->index(0, 0));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        std::unique_ptr<QMenu> menu(pane->createContextMenu(pointInText(text, gomezAt)));
        menu->findChild<QAction *>(QStringLiteral("relinkQuoteAction"))->trigger();
        Quote quote;
        QVERIFY(storeHasQuote(*store, QStringLiteral("article"), kGomezQuote, &quote));
        QCOMPARE(quote.event, QStringLiteral("altman-statement"));
        QCOMPARE(quote.speaker, QStringLiteral("aidan-gomez")); // the speaker stays unless changed
        QCOMPARE(quotesInTable(window, QStringLiteral("gomez-ft")), 0);
        QCOMPARE(quotesInTable(window, QStringLiteral("altman-statement")), 3);
        window.undoStack()->undo();
        QVERIFY(storeHasQuote(*store, QStringLiteral("article"), kGomezQuote, &quote));
        QCOMPARE(quote.event, QStringLiteral("gomez-ft"));
        QCOMPARE(quotesInTable(window, QStringLiteral("gomez-ft")), 1);
        QCOMPARE(quotesInTable(window, QStringLiteral("altman-statement")), 2);

        // Remove it: the pane stays open, the highlight goes; undo brings back the same quote.
        pane = window.currentSourcePane();
        text = pane->textView();
        menu.reset(pane->createContextMenu(pointInText(text, gomezAt)));
        menu->findChild<QAction *>(QStringLiteral("removeQuoteAction"))->trigger();
        QVERIFY(!storeHasQuote(*store, QStringLiteral("article"), kGomezQuote));
        QCOMPARE(window.currentSourcePane()->sourceUid(), QStringLiteral("article"));
        QVERIFY(window.currentSourcePane()->quoteCursor(quote.uid).isNull());
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("undoAction"))->text(), QStringLiteral("&Undo Remove quote"));
        window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        Quote restored;
        QVERIFY(storeHasQuote(*store, QStringLiteral("article"), kGomezQuote, &restored));
        QCOMPARE(restored.uid, quote.uid);
        QCOMPARE(restored.event, quote.event);
        QCOMPARE(restored.start, quote.start);
        QCOMPARE(window.currentSourcePane()->quoteCursor(quote.uid).selectedText(), kGomezQuote);
    }

    // A write the store refuses (the chosen event was deleted meanwhile) reaches the user through
    // the workspace's warning, and leaves nothing to undo.
    void aRefusedWriteIsShownAndChangesNothing()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Snapshot before = store->exportSnapshot();
        QString shown;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            shown = box->windowTitle() + QLatin1Char('|') + box->text();
            box->button(QMessageBox::Ok)->click();
        });
        QuoteTarget target;
        target.eventUid = QStringLiteral("no-such-event");
        QVERIFY(!window.sourceEditor()->relinkQuote(QStringLiteral("q-article-gomez"), target));
        QVERIFY2(shown.startsWith(QStringLiteral("Not changed|")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("no-such-event")), qPrintable(shown));
        QVERIFY(store->exportSnapshot() == before);
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(quotesInTable(window, QStringLiteral("gomez-ft")), 1);
    }

    void droppedHtmlBecomesASourceWithoutScripts()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(QStringLiteral("deepseek-report.html"));
        writeFile(path, "<!doctype html><html><head><title>DeepSeek rattles markets</title>"
                        "<script>document.write('pwned'); fetch('https://evil.example/x')</script>"
                        "<style>body { color: red }</style></head><body><h1>DeepSeek rattles markets</h1>"
                        "<p>Nvidia fell <b>17 %</b> on Monday.</p><script src=\"https://evil.example/a.js\"></script>"
                        "<img src=\"https://evil.example/pixel.png\"><p>Analysts called it a wake-up call.</p>"
                        "</body></html>");
        bool accepted = false;
        dropFiles(&window, {path}, &accepted);
        QVERIFY(accepted);
        const std::optional<Source> source = store->source(QStringLiteral("deepseek-report"));
        QVERIFY(source);
        QCOMPARE(source->title, QStringLiteral("DeepSeek rattles markets"));
        QVERIFY2(source->text.contains(QStringLiteral("Nvidia fell 17 % on Monday.")), qPrintable(source->text));
        QVERIFY(source->text.contains(QStringLiteral("Analysts called it a wake-up call.")));
        for (const char *unwanted : {"pwned", "fetch", "evil", "color: red", "<"})
            QVERIFY2(!source->text.contains(QLatin1String(unwanted)), unwanted);
        // It opens at once, ready to be quoted; undo takes it away again.
        QCOMPARE(window.currentSourcePane()->sourceUid(), QStringLiteral("deepseek-report"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusCounts"))->text(),
                 QStringLiteral("3 events · 3 sources · 4 quotes"));
        window.undoStack()->undo();
        QVERIFY(!store->source(QStringLiteral("deepseek-report")));
        QCOMPARE(store->datasets().size(), 1); // its provenance went with it
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noSourceLabel"))->isVisible());

        // Files that are not articles are not made sources: a price file is imported as prices.
        const QString csv = m_dir.filePath(QStringLiteral("nvda.csv"));
        writeFile(csv, "Date,Close\n2025-01-27,118.42\n");
        QSignalSpy imported(window.transfers(), &ImportExportController::imported);
        dropFiles(&window, {csv}, &accepted);
        QVERIFY(accepted);
        QVERIFY(imported.wait(20000));
        QCOMPARE(store->series(QStringLiteral("NVDA")).bars.size(), std::size_t(1));
        QVERIFY(!store->source(QStringLiteral("nvda")));
    }

    void refusedArticleChangesNothing()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Snapshot before = store->exportSnapshot();
        const QString path = m_dir.filePath(QStringLiteral("broken.txt"));
        writeFile(path, QByteArray("First line is fine.\nSecond line has a NUL ") + QByteArray(1, '\0')
                            + QByteArray(" byte.\n"));
        QString shown;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            shown = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        bool accepted = false;
        dropFiles(&window, {path}, &accepted);
        QVERIFY(accepted);
        QVERIFY2(shown.contains(QStringLiteral("broken.txt:2")), qPrintable(shown)); // file and line
        QVERIFY(store->exportSnapshot() == before);
        QCOMPARE(window.undoStack()->count(), 0);
    }

    // Data chosen with "All files" in the article dialog is refused by name and kind, and nothing
    // is stored: it is imported with File → Import…, not kept as the raw text of a source.
    void choosingDataAsAnArticleIsRefused_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("TimelineJS3") << "interop/handmade/groups_eras.json" << "deepseek.json"
                                     << "deepseek.json is a TimelineJS3 JSON file: use File → Import…";
        QTest::newRow("prices") << "prices/nasdaq-NVDA.csv" << "nvda.csv"
                                << "nvda.csv is a Nasdaq.com prices CSV file: use File → Import…";
    }

    void choosingDataAsAnArticleIsRefused()
    {
        QFETCH(QString, sample);
        QFETCH(QString, name);
        QFETCH(QString, message);
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Snapshot before = store->exportSnapshot();
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(TICKERLINE_TEST_DATA "/") + sample, path));

        bool chosen = false;
        QString shown;
        whenModal<QFileDialog>([&](QFileDialog *dialog) {
            chosen = true;
            // The refusal comes once the dialog has closed.
            whenModal<QMessageBox>([&](QMessageBox *box) {
                shown = box->text();
                box->button(QMessageBox::Ok)->click();
            });
            // As a user does: "All files", the file's path typed into the name field, Return.
            dialog->selectNameFilter(dialog->nameFilters().last());
            auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(nameEdit);
            nameEdit->setText(path);
            QTest::keyClick(nameEdit, Qt::Key_Return);
        });
        window.findChild<QAction *>(QStringLiteral("importArticleAction"))->trigger();
        QVERIFY(chosen);
        QCOMPARE(shown, message);
        QVERIFY(store->exportSnapshot() == before);
        QCOMPARE(window.undoStack()->count(), 0);
    }

    void replacedTextShowsEachQuotesNewStatus()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->setCurrentEvent(QStringLiteral("r1-release"));
        // The post's words reordered, one quote slightly reworded, one gone.
        const QString edited = QStringLiteral("Preface. deepseek's r1 is an impressive model, particularly around "
                                              "what they're able to deliver for the price. we will obviusly deliver "
                                              "much better models 🚀\n");
        const QString path = m_dir.filePath(QStringLiteral("post-v2.txt"));
        writeFile(path, edited.toUtf8());
        // The reading and re-anchoring run off the GUI thread behind a progress dialog.
        QSignalSpy replaced(window.sourceEditor(), &SourceEditor::textReplaced);
        window.sourceEditor()->replaceText(QStringLiteral("post"), path);
        QVERIFY(window.sourceEditor()->task()->isBusy() || !replaced.isEmpty());
        QVERIFY(replaced.wait(10000) || !replaced.isEmpty());
        QCOMPARE(replaced.at(0).at(0).toString(), QStringLiteral("post"));
        QVERIFY(!window.sourceEditor()->task()->isBusy());
        QCOMPARE(store->source(QStringLiteral("post"))->text, edited);
        QList<Quote> quotes = store->quotesOfSource(QStringLiteral("post"));
        std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) { return a.uid < b.uid; });
        QCOMPARE(quotes.size(), 2);
        QVERIFY(quotes[0].status == AnchorStatus::Fuzzy);    // q-post-altman
        QVERIFY(quotes[1].status == AnchorStatus::Orphaned); // q-post-release

        // The release has no quote left to show, so its pane stays open as the one edited.
        SourcePane *pane = window.currentSourcePane();
        QVERIFY(pane);
        QCOMPARE(pane->textView()->toPlainText(), edited);
        const QString status = pane->findChild<QLabel *>(QStringLiteral("sourceAnchorStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("1 quote could not be found")), qPrintable(status));
        QVERIFY2(status.contains(kReleaseQuote), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("1 quote matched only approximately")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("%1 %").arg(qRound(quotes[0].score * 100))), qPrintable(status));

        window.undoStack()->undo();
        QCOMPARE(store->source(QStringLiteral("post"))->text, postText());
        for (const Quote &quote : store->quotesOfSource(QStringLiteral("post")))
            QVERIFY(quote.status == AnchorStatus::Exact);
        QVERIFY(store->check().isEmpty());
    }

    void cancellingAReplacementChangesNothing()
    {
        auto store = freshStore();
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QByteArray before = settledFingerprint(*store);
        const Snapshot contents = store->exportSnapshot();
        const QString path = m_dir.filePath(QStringLiteral("post-v3.txt"));
        writeFile(path, "A wholly new text.\n");
        QSignalSpy replaced(window.sourceEditor(), &SourceEditor::textReplaced);
        window.sourceEditor()->replaceText(QStringLiteral("post"), path);
        QProgressDialog *progress = window.sourceEditor()->task()->progressDialog();
        QVERIFY(progress);
        QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        QTRY_VERIFY(!window.sourceEditor()->task()->isBusy());
        QCoreApplication::processEvents();
        QVERIFY(replaced.isEmpty());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Cancelled: the text was not replaced."));
        QCOMPARE(window.undoStack()->count(), 0);
        QVERIFY(store->exportSnapshot() == contents);
        QCOMPARE(databaseFingerprint(store->name()), before);
    }

};

QTEST_MAIN(TestSourceEditor)
#include "tst_sourceeditor.moc"
