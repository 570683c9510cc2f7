// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/quotemargin.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace tickerline;

namespace {

QString text()
{
    QString text;
    for (int i = 1; i <= 60; ++i)
        text += QStringLiteral("Line %1 of the article, 深度求索 📉 and the market.\n").arg(i);
    return text;
}

qsizetype lineStart(int line) // 1-based
{
    return text().indexOf(QStringLiteral("Line %1 ").arg(line));
}

struct Fixture
{
    QWidget window;
    QPlainTextEdit *view = nullptr;
    QuoteMargin *margin = nullptr;

    Fixture()
    {
        view = new QPlainTextEdit(&window);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setPlainText(text());
        margin = new QuoteMargin(view, &window);
        auto *layout = new QHBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(margin);
        layout->addWidget(view, 1);
        window.resize(600, 400);
    }
};

QRect lineRect(const QPlainTextEdit *view, qsizetype position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(position));
    return view->cursorRect(cursor);
}

} // namespace

class TestQuoteMargin : public QObject
{
    Q_OBJECT

private slots:
    void barsSpanTheQuotesLines()
    {
        Fixture f;
        f.margin->setMarks({{QStringLiteral("q1"), lineStart(2) + 5, lineStart(4) + 8, QColor(0xa5, 0xd8, 0xff)}});
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const QRect bar = f.margin->barRect(QStringLiteral("q1"));
        QVERIFY(!bar.isEmpty());
        // From the top of line 2 to the bottom of line 4, in the margin's coordinates.
        const int offset = f.view->viewport()->mapTo(&f.window, QPoint()).y() - f.margin->mapTo(&f.window, QPoint()).y();
        QVERIFY(qAbs(bar.top() - (lineRect(f.view, lineStart(2)).top() + offset)) <= 2);
        QVERIFY(qAbs(bar.bottom() - (lineRect(f.view, lineStart(4)).bottom() + offset)) <= 2);
        QVERIFY(bar.right() < f.margin->width());

        // The bars scroll with the text.
        f.view->verticalScrollBar()->setValue(20);
        QVERIFY(f.margin->barRect(QStringLiteral("q1")).isEmpty());
    }

    void fuzzyQuotesAreDashedAmber()
    {
        Fixture f;
        const QColor speaker(0xa5, 0xd8, 0xff);
        QuoteMargin::Mark solid{QStringLiteral("solid"), lineStart(1), lineStart(6), speaker};
        QuoteMargin::Mark fuzzy{QStringLiteral("fuzzy"), lineStart(8), lineStart(13), speaker};
        fuzzy.fuzzy = true;
        f.margin->setMarks({solid, fuzzy});
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const QImage image = f.margin->grab().toImage();
        const QColor background = f.view->palette().color(QPalette::Base);

        // Count, down the middle of each bar, the pixels of bar colour and the gaps.
        const auto column = [&](const QRect &bar, int *inked, int *gaps, int *amber) {
            *inked = *gaps = *amber = 0;
            const int x = bar.center().x();
            for (int y = bar.top() + 1; y < bar.bottom(); ++y) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel == background)
                    ++*gaps;
                else
                    ++*inked;
                if (pixel == QuoteMargin::fuzzyColor())
                    ++*amber;
            }
        };
        int inked = 0, gaps = 0, amber = 0;
        column(f.margin->barRect(QStringLiteral("solid")), &inked, &gaps, &amber);
        QVERIFY(inked > 40);
        QCOMPARE(gaps, 0);  // one unbroken bar
        QCOMPARE(amber, 0); // in the speaker's colour
        column(f.margin->barRect(QStringLiteral("fuzzy")), &inked, &gaps, &amber);
        QVERIFY2(gaps > 10, qPrintable(QString::number(gaps))); // dashed
        QVERIFY2(amber > 10, qPrintable(QString::number(amber)));
    }

    void overlappingQuotesGetTheirOwnLanes()
    {
        Fixture f;
        const QColor color(0xb2, 0xf2, 0xbb);
        f.margin->setMarks({{QStringLiteral("outer"), lineStart(2), lineStart(9), color},
                            {QStringLiteral("inner"), lineStart(4), lineStart(5), color},
                            {QStringLiteral("after"), lineStart(12), lineStart(13), color}});
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const QRect outer = f.margin->barRect(QStringLiteral("outer"));
        const QRect inner = f.margin->barRect(QStringLiteral("inner"));
        const QRect after = f.margin->barRect(QStringLiteral("after"));
        QVERIFY(outer.right() < inner.left()); // side by side, not on top of each other
        QCOMPARE(after.left(), outer.left());  // a later quote takes the first free lane again

        // A click on a bar names its quote; on nested bars, the innermost.
        QSignalSpy activated(f.margin, &QuoteMargin::quoteActivated);
        QTest::mouseClick(f.margin, Qt::LeftButton, {}, inner.center());
        QTest::mouseClick(f.margin, Qt::LeftButton, {}, QPoint(outer.center().x(), outer.top() + 2));
        QTest::mouseClick(f.margin, Qt::LeftButton, {}, QPoint(outer.center().x(), f.margin->height() - 2));
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("inner"));
        QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("outer"));
    }
};

QTEST_MAIN(TestQuoteMargin)
#include "tst_quotemargin.moc"
