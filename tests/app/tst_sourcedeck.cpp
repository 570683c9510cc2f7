// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcepane.h"
#include "sources/sourcedeck.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

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

    // Side by side in the Source dock at its narrowest (280 px, as the window sets it): every
    // button shows its whole text, inside its pane; long titles wrap or elide instead.
    void buttonsKeepTheirTextSideBySideInANarrowDock()
    {
        QWidget dock;
        auto *layout = new QVBoxLayout(&dock);
        layout->setContentsMargins(4, 0, 4, 4); // the window's source view
        auto *deck = new SourceDeck(&dock);
        layout->addWidget(deck);
        dock.setMinimumWidth(280);
        dock.resize(280, 640);
        QList<SourcePane *> panes;
        for (const char *uid : {"futurism", "sama"}) {
            auto *pane = new SourcePane(deck);
            Source s = source(uid, QStringLiteral("deepseek's r1 is an impressive model, particularly around what "
                                                  "they're able to deliver for the price.\n"));
            s.title = QStringLiteral("Futurism: Sam Altman Finally Speaks Out About DeepSeek Throwing Silicon Valley "
                                     "Into Sheer Chaos");
            s.url = QStringLiteral("https://futurism.com/altman-deepseek");
            pane->setSource(s, {});
            panes << pane;
        }
        deck->setPanes({{panes[0], QStringLiteral("Futurism: Sam Altman Finally Speaks Out About DeepSeek"), {}},
                        {panes[1], QStringLiteral("X (@sama): deepseek's r1 is an impressive model"), {}}},
                       panes[0]);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        for (const bool sideBySide : {true, false}) {
            deck->setSideBySide(sideBySide);
            QTest::qWait(20);
            for (SourcePane *pane : std::as_const(panes)) {
                if (!pane->isVisible())
                    continue;
                const QList<QToolButton *> buttons = pane->findChildren<QToolButton *>();
                int checked = 0;
                for (QToolButton *button : buttons) {
                    if (!button->isVisible() || button->objectName().isEmpty())
                        continue;
                    const QString what = QStringLiteral("%1 in %2 (%3): %4 px for %5 px")
                                             .arg(button->text(), pane->sourceUid(),
                                                  sideBySide ? QStringLiteral("side by side") : QStringLiteral("tabs"))
                                             .arg(button->width())
                                             .arg(button->sizeHint().width());
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(what));
                    QVERIFY2(button->height() >= button->sizeHint().height(), qPrintable(what));
                    const QRect inPane(button->mapTo(pane, QPoint()), button->size());
                    QVERIFY2(pane->rect().contains(inPane), qPrintable(what + QStringLiteral(", outside its pane")));
                    QVERIFY2(QRect(pane->mapTo(&dock, QPoint()), pane->size()).intersected(dock.rect())
                                 .contains(QRect(button->mapTo(&dock, QPoint()), button->size())),
                             qPrintable(what + QStringLiteral(", outside the dock")));
                    ++checked;
                }
                QVERIFY(checked >= 3); // Quote → event…, Replace text…, Open original
            }
        }
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
