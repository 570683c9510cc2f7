// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcepane.h"
#include "sources/quotemargin.h"

#include <QAction>
#include <QMenu>

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <memory>

using namespace tickerline;

namespace {

const QString kAltmanQuote = QStringLiteral("DeepSeek's R1 is an impressive model");
const QString kGomezQuote = QStringLiteral("The winners won’t be the ones burning the most cash");
const QString kLostQuote = QStringLiteral("words that are no longer in the text");

// Chinese text and emoji (surrogate pairs) before the quotes, so that code points and UTF-16
// units disagree by the time a quote starts; a long middle so that the last quote needs scrolling.
QString articleText()
{
    QString text = QStringLiteral("深度求索（DeepSeek）发布 R1 🚀🐳 之后，Altman wrote: “") + kAltmanQuote
                   + QStringLiteral("”.\n");
    for (int i = 1; i <= 80; ++i)
        text += QStringLiteral("第%1段 📉 The market waited for the open, line %1.\n").arg(i);
    text += QStringLiteral("Later 😀 Gomez told the FT: “") + kGomezQuote + QStringLiteral("”.\n");
    return text;
}

// Positions as the W3C selectors count them: code points, computed independently of the pane.
Quote quoteOf(const QString &uid, const QString &text, const QString &exact, const QString &event,
              const QString &speaker)
{
    const qsizetype utf16 = text.indexOf(exact);
    Q_ASSERT(utf16 >= 0);
    Quote quote;
    quote.uid = uid;
    quote.source = QStringLiteral("article");
    quote.event = event;
    quote.speaker = speaker;
    quote.exact = exact;
    quote.start = text.left(utf16).toUcs4().size();
    quote.end = quote.start + exact.toUcs4().size();
    return quote;
}

Source article()
{
    Source source;
    source.uid = QStringLiteral("article");
    source.kind = QStringLiteral("article");
    source.title = QStringLiteral("DeepSeek 震撼硅谷");
    source.outlet = QStringLiteral("Futurism");
    source.author = QStringLiteral("Victor Tangermann");
    source.url = QStringLiteral("https://futurism.com/altman-deepseek");
    source.publishedMs = 1'738'022'400'000; // 2025-01-28
    source.precision = Precision::Day;
    source.text = articleText();
    return source;
}

QList<Quote> quotes()
{
    const QString text = articleText();
    Quote lost = quoteOf(QStringLiteral("q-lost"), text, kAltmanQuote, QStringLiteral("lost-event"),
                         QStringLiteral("sam-altman"));
    lost.exact = kLostQuote;
    lost.status = AnchorStatus::Orphaned;
    return {quoteOf(QStringLiteral("q-altman"), text, kAltmanQuote, QStringLiteral("altman-statement"),
                    QStringLiteral("sam-altman")),
            quoteOf(QStringLiteral("q-gomez"), text, kGomezQuote, QStringLiteral("gomez-ft"),
                    QStringLiteral("aidan-gomez")),
            lost};
}

SourcePane::Names names()
{
    return {{{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman")},
             {QStringLiteral("aidan-gomez"), QStringLiteral("Aidan Gomez")}},
            {{QStringLiteral("altman-statement"), QStringLiteral("Altman calls R1 impressive")}},
            {}};
}

const QTextEdit::ExtraSelection *selectionAt(const QList<QTextEdit::ExtraSelection> &selections, qsizetype start)
{
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (selection.cursor.selectionStart() == start)
            return &selection;
    }
    return nullptr;
}

// A point in the middle of a character of the quote, in viewport coordinates.
QPoint pointInQuote(const QPlainTextEdit *view, qsizetype utf16Start)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(utf16Start) + 3);
    const QRect before = view->cursorRect(cursor);
    cursor.setPosition(int(utf16Start) + 4);
    const QRect after = view->cursorRect(cursor);
    return QPoint((before.left() + after.left()) / 2, before.center().y());
}

bool isInside(const QPlainTextEdit *view, qsizetype utf16Position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(utf16Position));
    return view->viewport()->rect().contains(view->cursorRect(cursor));
}

} // namespace

class TestSourcePane : public QObject
{
    Q_OBJECT

private slots:
    void startsEmptyWithAHint()
    {
        SourcePane pane;
        QVERIFY(!pane.hasSource());
        auto *empty = pane.findChild<QLabel *>(QStringLiteral("sourceEmptyLabel"));
        QVERIFY(empty);
        pane.show();
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Select an event to read its source"));
        QVERIFY(!pane.textView()->isVisible());
        QVERIFY(!pane.showQuote(QStringLiteral("q-altman")));
    }

    void headerNamesTheSource()
    {
        SourcePane pane;
        pane.setSource(article(), quotes(), names());
        pane.show();
        QCOMPARE(pane.sourceUid(), QStringLiteral("article"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("sourceTitle"))->text(), QStringLiteral("DeepSeek 震撼硅谷"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("sourceMeta"))->text(),
                 QStringLiteral("Futurism · Victor Tangermann · 2025-01-28 · Article"));
        const QString legend = pane.findChild<QLabel *>(QStringLiteral("sourceLegend"))->text();
        QVERIFY2(legend.contains(QStringLiteral("Sam Altman")) && legend.contains(QStringLiteral("Aidan Gomez")),
                 qPrintable(legend));
        // The lost quote is listed with its words and event, since it cannot be highlighted.
        auto *status = pane.findChild<QLabel *>(QStringLiteral("sourceAnchorStatus"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("1 quote could not be found")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(kLostQuote), qPrintable(status->text()));
        auto *open = pane.findChild<QToolButton *>(QStringLiteral("openOriginalButton"));
        QVERIFY(open->isVisible());
        QVERIFY(open->isEnabled());
        QCOMPARE(pane.textView()->toPlainText(), articleText());
        QVERIFY(pane.textView()->isReadOnly());
    }

    void opensOnlyWebLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << QStringLiteral("https://www.ft.com/content/x") << true;
        QTest::newRow("http") << QStringLiteral("http://example.com/a?b=c") << true;
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.com/") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("relative") << QStringLiteral("article.html") << false;
    }

    void opensOnlyWebLinks()
    {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(SourcePane::isOpenableUrl(QUrl(url)), openable);
        Source source = article();
        source.url = url;
        SourcePane pane;
        pane.setSource(source, {});
        pane.show();
        auto *open = pane.findChild<QToolButton *>(QStringLiteral("openOriginalButton"));
        QCOMPARE(open->isEnabled(), openable);
    }

    void hidesTheLinkButtonWithoutAUrl()
    {
        Source source = article();
        source.url.clear();
        SourcePane pane;
        pane.setSource(source, quotes());
        pane.show();
        QVERIFY(!pane.findChild<QToolButton *>(QStringLiteral("openOriginalButton"))->isVisible());
    }

    void highlightsQuotesAtTheirUtf16Positions()
    {
        SourcePane pane;
        pane.setSource(article(), quotes(), names());
        const QString text = articleText();
        const QList<QTextEdit::ExtraSelection> selections = pane.textView()->extraSelections();
        QCOMPARE(selections.size(), 2); // the orphaned quote has no place to be highlighted

        const qsizetype altmanAt = text.indexOf(kAltmanQuote);
        const qsizetype gomezAt = text.indexOf(kGomezQuote);
        // The code-point offsets differ from the UTF-16 ones by the emoji before each quote.
        QCOMPARE(quotes()[0].start, altmanAt - 2);
        QCOMPARE(quotes()[1].start, gomezAt - 83);

        const QTextEdit::ExtraSelection *altman = selectionAt(selections, altmanAt);
        const QTextEdit::ExtraSelection *gomez = selectionAt(selections, gomezAt);
        QVERIFY(altman && gomez);
        QCOMPARE(altman->cursor.selectedText(), kAltmanQuote);
        QCOMPARE(gomez->cursor.selectedText(), kGomezQuote);
        QCOMPARE(pane.quoteCursor(QStringLiteral("q-gomez")).selectedText(), kGomezQuote);
        QVERIFY(pane.quoteCursor(QStringLiteral("q-lost")).isNull());

        // One colour per speaker, and the text on it stays dark.
        QVERIFY(pane.highlightColor(QStringLiteral("q-altman")) != pane.highlightColor(QStringLiteral("q-gomez")));
        QCOMPARE(altman->format.background().color(), pane.highlightColor(QStringLiteral("q-altman")));
        QVERIFY(altman->format.foreground().color().lightness() < 64);
    }

    void speakerColoursCanBeSharedBetweenPanes()
    {
        SourcePane::Names shared = names();
        shared.speakerColors = {{QStringLiteral("aidan-gomez"), 0}, {QStringLiteral("sam-altman"), 5}};
        SourcePane pane;
        pane.setSource(article(), quotes(), shared);
        QCOMPARE(pane.highlightColor(QStringLiteral("q-gomez")), SourcePane::speakerColor(0));
        QCOMPARE(pane.highlightColor(QStringLiteral("q-altman")), SourcePane::speakerColor(5));
    }

    void sameSpeakerSameColour()
    {
        QList<Quote> list = quotes();
        list[1].speaker = list[0].speaker;
        SourcePane pane;
        pane.setSource(article(), list);
        QCOMPARE(pane.highlightColor(QStringLiteral("q-gomez")), pane.highlightColor(QStringLiteral("q-altman")));
    }

    void paintsTheHighlight()
    {
        SourcePane pane;
        pane.resize(520, 360);
        pane.setSource(article(), quotes(), names());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QPlainTextEdit *view = pane.textView();
        const QPoint inside = pointInQuote(view, articleText().indexOf(kAltmanQuote));
        const QImage image = view->viewport()->grab().toImage();
        const QColor expected = pane.highlightColor(QStringLiteral("q-altman"));
        int matching = 0;
        for (int dy = -6; dy <= 6; ++dy) {
            for (int dx = -6; dx <= 6; ++dx)
                matching += image.pixelColor(inside + QPoint(dx, dy)) == expected;
        }
        QVERIFY2(matching > 20, qPrintable(QString::number(matching)));
        // Text outside any quote stays on the plain background.
        const QPoint plain = pointInQuote(view, articleText().indexOf(QStringLiteral("第1段")));
        QVERIFY(image.pixelColor(plain + QPoint(0, -5)) != expected);
    }

    void showQuoteScrollsItIntoViewAndEmphasizesIt()
    {
        SourcePane pane;
        pane.resize(520, 360);
        pane.setSource(article(), quotes(), names());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QPlainTextEdit *view = pane.textView();
        const qsizetype gomezAt = articleText().indexOf(kGomezQuote);
        QVERIFY(!isInside(view, gomezAt)); // 80 lines down: not on the first screen

        QVERIFY(pane.showQuote(QStringLiteral("q-gomez")));
        QCOMPARE(pane.shownQuote(), QStringLiteral("q-gomez"));
        QCOMPARE(pane.emphasizedEvent(), QStringLiteral("gomez-ft"));
        QTRY_VERIFY(isInside(view, gomezAt));
        QVERIFY(view->verticalScrollBar()->value() > 0);

        const QTextEdit::ExtraSelection *gomez = selectionAt(view->extraSelections(), gomezAt);
        QVERIFY(gomez);
        QCOMPARE(gomez->cursor.selectedText(), kGomezQuote);
        QVERIFY(gomez->format.fontUnderline());
        // The emphasized quote is painted after the others, so it wins where quotes overlap.
        QCOMPARE(view->extraSelections().constLast().cursor.selectionStart(), gomezAt);

        // By event uid: that event's first quote here.
        QVERIFY(pane.showQuote(QStringLiteral("altman-statement")));
        QCOMPARE(pane.shownQuote(), QStringLiteral("q-altman"));
        QTRY_VERIFY(isInside(view, articleText().indexOf(kAltmanQuote)));
        QVERIFY(!selectionAt(view->extraSelections(), gomezAt)->format.fontUnderline());

        QVERIFY(!pane.showQuote(QStringLiteral("q-lost")));
        QVERIFY(!pane.showQuote(QStringLiteral("no-such-event")));
    }

    void showQuoteWhileHiddenCentresWhenShown()
    {
        SourcePane pane;
        pane.resize(520, 360);
        pane.setSource(article(), quotes(), names());
        QVERIFY(pane.showQuote(QStringLiteral("q-gomez")));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY(isInside(pane.textView(), articleText().indexOf(kGomezQuote)));
    }

    void clickingAHighlightActivatesItsEvent()
    {
        SourcePane pane;
        pane.resize(520, 360);
        pane.setSource(article(), quotes(), names());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy events(&pane, &SourcePane::eventActivated);
        QSignalSpy quotesSpy(&pane, &SourcePane::quoteActivated);
        QPlainTextEdit *view = pane.textView();

        const QPoint onQuote = pointInQuote(view, articleText().indexOf(kAltmanQuote));
        QCOMPARE(pane.quoteAt(onQuote), QStringLiteral("q-altman"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onQuote);
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.constFirst().constFirst().toString(), QStringLiteral("altman-statement"));
        QCOMPARE(quotesSpy.constFirst().constFirst().toString(), QStringLiteral("q-altman"));

        // Plain text and the empty space below the text are not quotes.
        const QPoint plain = pointInQuote(view, articleText().indexOf(QStringLiteral("第2段")));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, plain);
        QCOMPARE(events.count(), 1);

        // Dragging across a quote selects text to copy; it does not follow the quote.
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, onQuote);
        QTest::mouseMove(view->viewport(), onQuote + QPoint(60, 0));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, onQuote + QPoint(60, 0));
        QCOMPARE(events.count(), 1);
    }

    void selectionIsQuotedInCodePoints()
    {
        SourcePane pane;
        pane.resize(520, 360);
        pane.setSource(article(), quotes(), names());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *button = pane.findChild<QToolButton *>(QStringLiteral("quoteSelectionButton"));
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->isEnabled()); // nothing selected yet
        QVERIFY(!pane.selectedSpan());

        // Drag across "The market waited" of line 1, from a space before it to a space after it.
        const QString text = articleText();
        const qsizetype at = text.indexOf(QStringLiteral("The market waited"));
        QPlainTextEdit *view = pane.textView();
        QTextCursor cursor(view->document());
        cursor.setPosition(int(at - 1));
        const QPoint from = view->cursorRect(cursor).center();
        cursor.setPosition(int(at + 18)); // past the space after "waited"
        const QPoint to = view->cursorRect(cursor).center();
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QVERIFY(view->textCursor().hasSelection());
        QVERIFY(button->isEnabled());

        const auto span = pane.selectedSpan();
        QVERIFY(span);
        // White space trimmed; offsets in code points (the emoji before count one each).
        const std::int64_t start = text.left(at).toUcs4().size();
        QCOMPARE(span->first, start);
        QCOMPARE(span->second, start + 17);
        QSignalSpy requested(&pane, &SourcePane::quoteSelectionRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
    }

    void contextMenuOffersQuoteEdits()
    {
        SourcePane pane;
        pane.resize(520, 360);
        pane.setSource(article(), quotes(), names());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QPlainTextEdit *view = pane.textView();
        const QPoint onQuote = pointInQuote(view, articleText().indexOf(kAltmanQuote));
        std::unique_ptr<QMenu> menu(pane.createContextMenu(onQuote));
        auto *remove = menu->findChild<QAction *>(QStringLiteral("removeQuoteAction"));
        auto *relink = menu->findChild<QAction *>(QStringLiteral("relinkQuoteAction"));
        auto *quote = menu->findChild<QAction *>(QStringLiteral("quoteSelectionAction"));
        QVERIFY(remove && relink && quote);
        QVERIFY(!quote->isEnabled());
        QSignalSpy removed(&pane, &SourcePane::removeQuoteRequested);
        QSignalSpy relinked(&pane, &SourcePane::relinkQuoteRequested);
        remove->trigger();
        relink->trigger();
        QCOMPARE(removed.constFirst().constFirst().toString(), QStringLiteral("q-altman"));
        QCOMPARE(relinked.constFirst().constFirst().toString(), QStringLiteral("q-altman"));

        // Off any quote: no quote actions.
        const QPoint plain = pointInQuote(view, articleText().indexOf(QStringLiteral("第2段")));
        std::unique_ptr<QMenu> plainMenu(pane.createContextMenu(plain));
        QVERIFY(!plainMenu->findChild<QAction *>(QStringLiteral("removeQuoteAction")));
        QVERIFY(plainMenu->findChild<QAction *>(QStringLiteral("quoteSelectionAction")));
    }

    void marksFuzzyQuotesWithTheirScore()
    {
        QList<Quote> list = quotes();
        list[1].status = AnchorStatus::Fuzzy;
        list[1].score = 0.82;
        SourcePane pane;
        pane.setSource(article(), list, names());
        pane.show();
        const QTextEdit::ExtraSelection *gomez =
            selectionAt(pane.textView()->extraSelections(), articleText().indexOf(kGomezQuote));
        QVERIFY(gomez);
        QCOMPARE(gomez->format.underlineStyle(), QTextCharFormat::DashUnderline);
        QCOMPARE(gomez->format.underlineColor(), QuoteMargin::fuzzyColor());
        const QTextEdit::ExtraSelection *altman =
            selectionAt(pane.textView()->extraSelections(), articleText().indexOf(kAltmanQuote));
        QVERIFY(altman->format.underlineStyle() != QTextCharFormat::DashUnderline);
        const QString status = pane.findChild<QLabel *>(QStringLiteral("sourceAnchorStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("1 quote matched only approximately")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("82 %")), qPrintable(status));
        QCOMPARE(pane.margin()->marks().size(), 2);
        QVERIFY(pane.margin()->marks().at(1).fuzzy);
        QVERIFY(!pane.margin()->marks().at(0).fuzzy);
    }

    void reloadingTheSameSourceKeepsTheScroll()
    {
        SourcePane pane;
        pane.resize(520, 360);
        pane.setSource(article(), quotes(), names());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.textView()->verticalScrollBar()->setValue(30);
        QList<Quote> fewer = quotes();
        fewer.removeFirst();
        pane.setSource(article(), fewer, names());
        QCOMPARE(pane.textView()->verticalScrollBar()->value(), 30);
        QVERIFY(pane.quoteCursor(QStringLiteral("q-altman")).isNull());
    }

    void clearReturnsToTheHint()
    {
        SourcePane pane;
        pane.setSource(article(), quotes(), names());
        pane.show();
        pane.clear(QStringLiteral("Nothing here"));
        QVERIFY(!pane.hasSource());
        QVERIFY(pane.textView()->extraSelections().isEmpty());
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("sourceEmptyLabel"))->text(), QStringLiteral("Nothing here"));
    }
};

QTEST_MAIN(TestSourcePane)
#include "tst_sourcepane.moc"
