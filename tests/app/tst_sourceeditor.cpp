// SPDX-License-Identifier: GPL-3.0-or-later
// SourceEditor as a user meets it: through the window's panes, menus, dialogs and drops, with
// the store checked after every change, undo and redo.
#include "mainwindow.h"
#include "tst_windowfixture.h"

#include "dialogs/importexportcontroller.h"

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
        auto store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("edit%1.tickerline").arg(++m_fresh)));
        store->importSnapshot(snapshot());
        return store;
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
        QCOMPARE(window.eventsView()->model()->rowCount(), 4);

        window.undoStack()->undo(); // one step takes both back
        QVERIFY(!store->event(QStringLiteral("openai-promises-better-models")));
        QVERIFY(!storeHasQuote(*store, QStringLiteral("post"), words));
        QCOMPARE(window.eventsView()->model()->rowCount(), 3);
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
        window.undoStack()->undo();
        QVERIFY(storeHasQuote(*store, QStringLiteral("article"), kGomezQuote, &quote));
        QCOMPARE(quote.event, QStringLiteral("gomez-ft"));

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
        QVERIFY(window.sourceEditor()->replaceText(QStringLiteral("post"), path));
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

};

QTEST_MAIN(TestSourceEditor)
#include "tst_sourceeditor.moc"
