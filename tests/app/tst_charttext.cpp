// SPDX-License-Identifier: GPL-3.0-or-later
// Chart titles wrap where a reader expects: between words, then where Unicode's line breaking
// allows (before "（", never before "）"), then between characters; every line fits.
#include "charts/charttext.h"

#include <QApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QTest>

using namespace tickerline;

class TestChartText final : public QObject
{
    Q_OBJECT

private slots:
    void wrapsWhereAReaderExpects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("widest"); // the text that must just fit a line
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("words") << QStringLiteral("NVDA price (USD)") << QStringLiteral("NVDA price")
                               << QStringList{QStringLiteral("NVDA price"), QStringLiteral("(USD)")};
        QTest::newRow("Japanese") << QStringLiteral("NVDA 価格（USD）") << QStringLiteral("（USD）")
                                  << QStringList{QStringLiteral("NVDA"), QStringLiteral("価格"), QStringLiteral("（USD）")};
        QTest::newRow("Chinese") << QStringLiteral("事件（首个交易日）") << QStringLiteral("事件（首个交")
                                 << QStringList{QStringLiteral("事件（首个交"), QStringLiteral("易日）")};
    }

    void wrapsWhereAReaderExpects()
    {
        QFETCH(QString, text);
        QFETCH(QString, widest);
        QFETCH(QStringList, lines);
        QFont font = QApplication::font();
        font.setPixelSize(14);
        const qreal width = QFontMetricsF(font).horizontalAdvance(widest) + 1;
        QCOMPARE(wrapText(text, font, width).join(QLatin1Char('|')), lines.join(QLatin1Char('|')));
    }

    void aLongWordIsBrokenAndEveryLineFits()
    {
        QFont font = QApplication::font();
        font.setPixelSize(14);
        const QString word = QStringLiteral("Index(100=close2025-01-24)");
        const qreal width = QFontMetricsF(font).horizontalAdvance(QStringLiteral("Index(100")) + 1;
        const QStringList lines = wrapText(word, font, width);
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.join(QString()), word);
        for (const QString &line : lines) {
            QVERIFY2(QFontMetricsF(font).horizontalAdvance(line) <= width, qPrintable(line));
            QVERIFY2(!line.startsWith(QLatin1Char(')')), qPrintable(lines.join(QLatin1Char('|'))));
        }
    }
};

QTEST_MAIN(TestChartText)
#include "tst_charttext.moc"
