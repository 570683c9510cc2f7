// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepane.h"
#include "sources/sourcedeck.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

using namespace tickerline;

namespace {

Source source(const char *uid, const QString &text)
{
    Source source;
    source.uid = QString::fromLatin1(uid);
    source.title = source.uid;
    source.text = text;
    return source;
}

// The pane's span on screen, in the deck's coordinates.
QRect placeIn(const QWidget *deck, const QWidget *pane)
{
    return QRect(pane->mapTo(deck, QPoint()), pane->size());
}

} // namespace

class TestSourceDeck : public QObject
{
    Q_OBJECT

private slots:
    void tabsOrSideBySide()
    {
        SourceDeck deck;
        deck.resize(900, 500);
        auto *article = new SourcePane(&deck);
        article->setSource(source("article", QStringLiteral("Futurism: Altman speaks out about DeepSeek.\n")), {});
        auto *thread = new SourcePane(&deck);
        thread->setSource(source("thread", QStringLiteral("deepseek's r1 is an impressive model\n")), {});
        deck.setPanes({{article, QStringLiteral("Futurism"), {}}, {thread, QStringLiteral("X (@sama)"), {}}}, thread);
        deck.show();
        QVERIFY(QTest::qWaitForWindowExposed(&deck));

        QVERIFY(!deck.sideBySide());
        QCOMPARE(deck.tabs()->count(), 2);
        QCOMPARE(deck.tabs()->tabText(0), QStringLiteral("Futurism"));
        QCOMPARE(deck.currentPane(), thread);
        QVERIFY(thread->isVisible());
        QVERIFY(!article->isVisible()); // behind its tab

        QSignalSpy toggled(&deck, &SourceDeck::sideBySideChanged);
        deck.setSideBySide(true);
        QCOMPARE(toggled.count(), 1);
        QVERIFY(deck.splitter()->isVisible());
        QCOMPARE(deck.splitter()->count(), 2);
        QTRY_VERIFY(article->isVisible() && thread->isVisible());
        const QRect left = placeIn(&deck, article);
        const QRect right = placeIn(&deck, thread);
        QVERIFY2(left.right() < right.left(), "the panes overlap");
        QVERIFY(left.width() > 300 && right.width() > 300); // room to read in both
        QCOMPARE(left.top(), right.top());

        // Focus decides the current pane when both are on screen.
        QSignalSpy current(&deck, &SourceDeck::currentPaneChanged);
        article->textView()->setFocus();
        QTRY_COMPARE(deck.currentPane(), article);
        QVERIFY(current.count() >= 1);

        deck.setSideBySide(false);
        QCOMPARE(deck.tabs()->count(), 2);
        QCOMPARE(deck.tabs()->currentWidget(), article);
        QVERIFY(!thread->isVisible());
    }

    void droppedPanesLeave()
    {
        SourceDeck deck;
        auto *a = new SourcePane(&deck);
        auto *b = new SourcePane(&deck);
        deck.setSideBySide(true);
        deck.setPanes({{a, QStringLiteral("a"), {}}, {b, QStringLiteral("b"), {}}}, a);
        deck.show();
        QCOMPARE(deck.splitter()->count(), 2);
        deck.setPanes({{b, QStringLiteral("b"), {}}}, b);
        QCOMPARE(deck.splitter()->count(), 1);
        QCOMPARE(deck.panes(), QList<SourcePane *>{b});
        QVERIFY(!a->isVisible());
        delete a; // the caller owns dropped panes
        QCOMPARE(deck.currentPane(), b);
    }
};

QTEST_MAIN(TestSourceDeck)
#include "tst_sourcedeck.moc"
