// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/codepointmap.h"

#include <QTest>

using namespace tickerline;

class TestCodePointMap final : public QObject
{
    Q_OBJECT

private slots:
    void bmpTextIsIdentity();
    void surrogatePairsShiftIndexes();
    void clampsAndLoneSurrogates();
    void codePointsRoundTrip();
};

void TestCodePointMap::bmpTextIsIdentity()
{
    const QString text = QStringLiteral("Altman — “much better models” 深度求索");
    const CodePointMap map(text);
    QCOMPARE(map.codePointCount(), text.size());
    for (qsizetype i = 0; i <= text.size(); ++i) {
        QCOMPARE(map.toUtf16(i), i);
        QCOMPARE(map.toCodePoint(i), i);
    }
}

void TestCodePointMap::surrogatePairsShiftIndexes()
{
    // Code points: a=0 😀=1 b=2 🇨=3 🇳=4 c=5, end=6; UTF-16: a=0 😀=1,2 b=3 🇨=4,5 🇳=6,7 c=8, end=9.
    const QString text = QStringLiteral("a😀b🇨🇳c");
    const CodePointMap map(text);
    QCOMPARE(map.codePointCount(), 6);
    QCOMPARE(map.utf16Length(), 9);
    const QList<qsizetype> utf16{0, 1, 3, 4, 6, 8, 9};
    for (qsizetype cp = 0; cp < utf16.size(); ++cp) {
        QCOMPARE(map.toUtf16(cp), utf16.at(cp));
        QCOMPARE(map.toCodePoint(utf16.at(cp)), cp);
    }
    QCOMPARE(map.toCodePoint(2), 1); // the low half of 😀
    QCOMPARE(map.toCodePoint(7), 4); // the low half of 🇳
    QCOMPARE(text.mid(map.toUtf16(3), map.toUtf16(5) - map.toUtf16(3)), QStringLiteral("🇨🇳"));
}

void TestCodePointMap::clampsAndLoneSurrogates()
{
    QString text = QStringLiteral("x");
    text.append(QChar(char16_t(0xD83D))); // a high surrogate with no low half
    text.append(QStringLiteral("y😀"));
    const CodePointMap map(text);
    QCOMPARE(map.codePointCount(), 4);
    QCOMPARE(std::int64_t(CodePointMap::codePoints(text).size()), map.codePointCount());
    QCOMPARE(qsizetype(text.toUcs4().size()), qsizetype(map.codePointCount()));
    QCOMPARE(map.toUtf16(-5), 0);
    QCOMPARE(map.toUtf16(99), text.size());
    QCOMPARE(map.toCodePoint(99), 4);
    QCOMPARE(map.toUtf16(3), 3);
}

void TestCodePointMap::codePointsRoundTrip()
{
    const QString text = QStringLiteral("DeepSeek 深度求索 🚀 R1 📉 −16.97 %");
    const std::u32string codePoints = CodePointMap::codePoints(text);
    QCOMPARE(codePoints.size(), std::size_t(text.toUcs4().size()));
    QCOMPARE(codePoints[14], char32_t(0x1F680));
    QCOMPARE(CodePointMap::fromCodePoints(codePoints), text);
}

QTEST_GUILESS_MAIN(TestCodePointMap)
#include "tst_codepointmap.moc"
