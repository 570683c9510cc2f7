// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "timelinearea.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "sourcepane.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace tickerline;

namespace {

const QString kAltmanQuote = QStringLiteral("DeepSeek's R1 is an impressive model");
const QString kGomezQuote = QStringLiteral("The winners won’t be the ones burning the most cash");
const QString kPostQuote = QStringLiteral("we will obviously deliver much better models");
const QString kReleaseQuote = QStringLiteral("DeepSeek-R1 is here");

// Chinese and emoji (surrogate pairs) before the article's quotes, and enough lines that its
// quotes lie below the first screen.
QString articleText()
{
    QString text = QStringLiteral("深度求索（DeepSeek）发布 R1 🚀🐳 之后，市场震荡。\n");
    for (int i = 1; i <= 60; ++i)
        text += QStringLiteral("第%1段 📉 The market waited for the open, line %1.\n").arg(i);
    text += QStringLiteral("Altman 😀 wrote: “") + kAltmanQuote + QStringLiteral("”, and Gomez told the FT: “")
            + kGomezQuote + QStringLiteral("”.\n");
    for (int i = 61; i <= 90; ++i)
        text += QStringLiteral("第%1段 The end of the article, line %1.\n").arg(i);
    return text;
}

QString postText()
{
    return QStringLiteral("deepseek's r1 is an impressive model, particularly around what they're able to deliver "
                          "for the price. ") + kPostQuote + QStringLiteral(" 🚀\n") + kReleaseQuote
           + QStringLiteral(" (quoted).\n");
}

Quote quoteOf(const char *uid, const Source &source, const QString &exact, const char *event, const char *speaker)
{
    const qsizetype utf16 = source.text.indexOf(exact);
    Q_ASSERT(utf16 >= 0);
    Quote quote;
    quote.uid = QString::fromLatin1(uid);
    quote.source = source.uid;
    quote.event = QString::fromLatin1(event);
    quote.speaker = QString::fromLatin1(speaker);
    quote.exact = exact;
    quote.start = source.text.left(utf16).toUcs4().size(); // code points, as the format counts them
    quote.end = quote.start + exact.toUcs4().size();
    quote.dataset = QStringLiteral("test");
    return quote;
}

Snapshot snapshot()
{
    Snapshot snapshot;
    snapshot.datasets = {{QStringLiteral("test"), QStringLiteral("Window test"), QStringLiteral("tst_mainwindow"),
                          QStringLiteral("CC0"), {}, QStringLiteral("2025-02-01T00:00:00Z")}};
    snapshot.actors = {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"),
                        QStringLiteral("test")},
                       {QStringLiteral("aidan-gomez"), QStringLiteral("Aidan Gomez"), QStringLiteral("person"),
                        QStringLiteral("test")},
                       {QStringLiteral("deepseek"), QStringLiteral("深度求索"), QStringLiteral("organisation"),
                        QStringLiteral("test")}};

    Event statement;
    statement.uid = QStringLiteral("altman-statement");
    statement.title = QStringLiteral("Altman calls R1 impressive");
    statement.kind = EventKind::Statement;
    statement.startMs = parseIsoTime(QStringLiteral("2025-01-28T02:29:53Z")).value().ms;
    statement.actors = {{QStringLiteral("sam-altman"), QStringLiteral("author")}};
    statement.dataset = QStringLiteral("test");

    Event gomez;
    gomez.uid = QStringLiteral("gomez-ft");
    gomez.title = QStringLiteral("Gomez to the FT: the winners won’t burn the most cash");
    gomez.kind = EventKind::Statement;
    gomez.startMs = parseIsoTime(QStringLiteral("2025-01-27")).value().ms;
    gomez.precision = Precision::Day;
    gomez.uncertain = true;
    gomez.actors = {{QStringLiteral("aidan-gomez"), QStringLiteral("speaker")}};
    gomez.dataset = QStringLiteral("test");

    Event release;
    release.uid = QStringLiteral("r1-release");
    release.title = QStringLiteral("深度求索发布 R1");
    release.kind = EventKind::Release;
    release.startMs = parseIsoTime(QStringLiteral("2025-01-20")).value().ms;
    release.precision = Precision::Day;
    release.actors = {{QStringLiteral("deepseek"), QStringLiteral("author")}};
    release.symbols = {QStringLiteral("NVDA")};
    release.dataset = QStringLiteral("test");
    snapshot.events = {statement, gomez, release};

    Source article;
    article.uid = QStringLiteral("article");
    article.kind = QStringLiteral("article");
    article.title = QStringLiteral("Sam Altman Says DeepSeek Is Impressive");
    article.outlet = QStringLiteral("Futurism");
    article.url = QStringLiteral("https://futurism.com/altman-deepseek");
    article.text = articleText();
    article.dataset = QStringLiteral("test");

    Source post;
    post.uid = QStringLiteral("post");
    post.kind = QStringLiteral("post");
    post.title = QStringLiteral("deepseek's r1 is an impressive model");
    post.outlet = QStringLiteral("X");
    post.author = QStringLiteral("Sam Altman");
    post.text = postText();
    post.dataset = QStringLiteral("test");
    snapshot.sources = {article, post};

    // The statement's first quote is in the article, its second in the post.
    snapshot.quotes = {quoteOf("q-article-altman", article, kAltmanQuote, "altman-statement", "sam-altman"),
                       quoteOf("q-article-gomez", article, kGomezQuote, "gomez-ft", "aidan-gomez"),
                       quoteOf("q-post-altman", post, kPostQuote, "altman-statement", "sam-altman"),
                       quoteOf("q-post-release", post, kReleaseQuote, "r1-release", "")};
    return snapshot;
}

QModelIndex rowOf(const QTableView *view, const QString &uid)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EventTableModel::UidRole).toString() == uid)
            return model->index(row, EventTableModel::TitleColumn);
    }
    return {};
}

QString currentRowUid(const QTableView *view)
{
    return view->selectionModel()->currentIndex().data(EventTableModel::UidRole).toString();
}

const QTextEdit::ExtraSelection *selectionAt(const QPlainTextEdit *view, qsizetype start)
{
    static QList<QTextEdit::ExtraSelection> selections;
    selections = view->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : std::as_const(selections)) {
        if (selection.cursor.selectionStart() == start)
            return &selection;
    }
    return nullptr;
}

bool isInside(const QPlainTextEdit *view, qsizetype utf16Position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(utf16Position));
    return view->viewport()->rect().contains(view->cursorRect(cursor));
}

QPoint pointInText(const QPlainTextEdit *view, qsizetype utf16Position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(utf16Position) + 3);
    const QRect before = view->cursorRect(cursor);
    cursor.setPosition(int(utf16Position) + 4);
    return QPoint((before.left() + view->cursorRect(cursor).left()) / 2, before.center().y());
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
