// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/approximatematcher.h"
#include "anchoring/codepointmap.h"
#include "anchoring/textanchor.h"
#include "error.h"

#include <QFile>
#include <QTest>

using namespace tickerline;

namespace {

QString readArticle(const QString &name)
{
    QFile file(QStringLiteral(TICKERLINE_TEST_DATA "/articles/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

// A quote of the first occurrence of words (after `from`, a UTF-16 index) in text.
Quote quoteOf(const QString &text, const QString &words, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(words, from);
    if (at < 0)
        qFatal("\"%s\" not in the text", qPrintable(words));
    const CodePointMap map(text);
    Quote quote = TextAnchor(text).quoteAt(map.toCodePoint(at), map.toCodePoint(at + words.size()));
    quote.uid = QStringLiteral("q");
    return quote;
}

const QString kAltman = QStringLiteral(
    "Deepseek's R1 is an impressive model, particularly around what they're able to deliver for the price");
const QString kGomez = QStringLiteral("The winners won\u2019t be the ones burning the most cash");
const QString kStargate = QStringLiteral("OpenAI is expected to commit $19 billion to the venture.");
// The paragraph inserted at the top of futurism-edited.txt, with its blank line.
constexpr std::int64_t kInsertedCodePoints = 92;

std::int64_t gapOf(std::int64_t a, std::int64_t b) { return a > b ? a - b : b - a; }

} // namespace

class TestTextAnchor final : public QObject
{
    Q_OBJECT

private slots:
    void unchangedTextIsExact();
    void insertedParagraphMovesQuote();
    void changedWordIsFuzzy();
    void deletedSentenceIsOrphaned();
    void deletedSentenceStaysOrphanedBesideLookalike();
    void repeatedPhraseFollowsContext();
    void repeatedPhraseContextBeatsNearness();
    void repeatedPhraseWithoutContextTakesNearest();
    void chineseAndEmojiCountAsCodePoints();
    void quoteAtFillsSelectors();
    void quoteAtRefusesBadSpan();
    void emptyQuoteIsOrphaned();
};

void TestTextAnchor::unchangedTextIsExact()
{
    const QString text = readArticle(QStringLiteral("futurism-altman-deepseek.txt"));
    const TextAnchor anchor(text);
    for (const QString &words : {kAltman, kGomez, kStargate}) {
        const Quote quote = quoteOf(text, words);
        const Quote anchored = anchor.anchor(quote);
        QCOMPARE(toString(anchored.status), toString(AnchorStatus::Exact));
        QCOMPARE(anchored.start, quote.start);
        QCOMPARE(anchored.end, quote.end);
        QCOMPARE(anchored.score, 1.0);
        QCOMPARE(anchor.slice(anchored.start, anchored.end), words);
    }
}

void TestTextAnchor::insertedParagraphMovesQuote()
{
    const QString original = readArticle(QStringLiteral("futurism-altman-deepseek.txt"));
    const QString edited = readArticle(QStringLiteral("futurism-edited.txt"));
    const Quote quote = quoteOf(original, kAltman);
    QCOMPARE(quote.start, 624); // the original is all in the BMP: code points = UTF-16 indexes

    const Quote anchored = TextAnchor(edited).anchor(quote);
    QCOMPARE(toString(anchored.status), toString(AnchorStatus::Moved));
    QCOMPARE(anchored.start, quote.start + kInsertedCodePoints);
    QCOMPARE(anchored.end, quote.end + kInsertedCodePoints);
    QCOMPARE(anchored.exact, kAltman);
    QCOMPARE(anchored.score, 1.0);
    QCOMPARE(anchored.prefix, quote.prefix);
    // The UI highlights UTF-16 ranges: three surrogate pairs lie before the quote.
    const CodePointMap map(edited);
    QCOMPARE(map.toUtf16(anchored.start), edited.indexOf(kAltman));
    QCOMPARE(map.toUtf16(anchored.start), anchored.start + 3);
}

void TestTextAnchor::changedWordIsFuzzy()
{
    const QString original = readArticle(QStringLiteral("futurism-altman-deepseek.txt"));
    const QString edited = readArticle(QStringLiteral("futurism-edited.txt"));
    const Quote quote = quoteOf(original, kGomez);

    const TextAnchor anchor(edited);
    const Quote anchored = anchor.anchor(quote);
    QCOMPARE(toString(anchored.status), toString(AnchorStatus::Fuzzy));
    QVERIFY2(anchored.score >= TextAnchor::kFuzzyThreshold && anchored.score < 1.0,
             qPrintable(QString::number(anchored.score)));
    QCOMPARE(anchor.slice(anchored.start, anchored.end),
             QStringLiteral("The winners won\u2019t be the ones spending the most cash"));
    QCOMPARE(anchored.start, quote.start + kInsertedCodePoints);
    // The quoted words stay as quoted, so the quote stays visibly fuzzy.
    QCOMPARE(anchored.exact, kGomez);
    QCOMPARE(toString(anchor.anchor(anchored).status), toString(AnchorStatus::Fuzzy));
}

void TestTextAnchor::deletedSentenceIsOrphaned()
{
    const QString original = readArticle(QStringLiteral("futurism-altman-deepseek.txt"));
    const QString edited = readArticle(QStringLiteral("futurism-edited.txt"));
    const Quote quote = quoteOf(original, kStargate);

    const Quote anchored = TextAnchor(edited).anchor(quote);
    QCOMPARE(toString(anchored.status), toString(AnchorStatus::Orphaned));
    QCOMPARE(anchored.score, 0.0);
    QCOMPARE(anchored.start, quote.start);
    QCOMPARE(anchored.end, quote.end);
    QCOMPARE(anchored.exact, kStargate);
}

void TestTextAnchor::deletedSentenceStaysOrphanedBesideLookalike()
{
    const QString original = readArticle(QStringLiteral("futurism-altman-deepseek.txt"));
    const QString lookalike = QStringLiteral("SoftBank is expected to commit $19 billion to the venture.");
    const QString edited = readArticle(QStringLiteral("futurism-edited.txt"))
                               .replace(QStringLiteral("Share This Article"), lookalike);
    const Quote quote = quoteOf(original, kStargate);

    // The look-alike is within the edit bound, so only the scoring keeps the quote off it.
    const ApproximateMatcher matcher(CodePointMap::codePoints(kStargate));
    const auto hits = matcher.find(CodePointMap::codePoints(edited), 11, 8);
    QCOMPARE(hits.size(), std::size_t(1));
    QVERIFY(lookalike.endsWith(TextAnchor(edited).slice(hits.front().start, hits.front().end)));

    const Quote anchored = TextAnchor(edited).anchor(quote);
    QCOMPARE(toString(anchored.status), toString(AnchorStatus::Orphaned));
    QCOMPARE(anchored.start, quote.start);
}

void TestTextAnchor::repeatedPhraseFollowsContext()
{
    const QString original = readArticle(QStringLiteral("futurism-altman-deepseek.txt"));
    const QString edited = readArticle(QStringLiteral("futurism-edited.txt"));
    const QString phrase = QStringLiteral("much better models");
    const qsizetype first = original.indexOf(phrase);
    const Quote second = quoteOf(original, phrase, first + 1);
    QVERIFY(second.start > first);

    const Quote anchored = TextAnchor(edited).anchor(second);
    QCOMPARE(toString(anchored.status), toString(AnchorStatus::Moved));
    // "spending" in the Gomez sentence, before the second occurrence, is one code point longer.
    QCOMPARE(anchored.start, second.start + kInsertedCodePoints + 1);
    QVERIFY(anchored.prefix.endsWith(QStringLiteral("Altman meant by \"")));

    const Quote firstQuote = quoteOf(original, phrase);
    QCOMPARE(TextAnchor(edited).anchor(firstQuote).start, firstQuote.start + kInsertedCodePoints);
}

void TestTextAnchor::repeatedPhraseContextBeatsNearness()
{
    const QString filler = QStringLiteral("Markets moved sideways for most of the afternoon. ");
    const QString p1 = QStringLiteral("Altman wrote that OpenAI will deliver much better models soon.\n");
    const QString p2 = QStringLiteral("Gomez doubted that anyone needs much better models at that price.\n");
    // The edit moves the first occurrence nearer the quote's old place than the second.
    const QString before = p1 + filler.repeated(6) + p2;
    const QString after = filler.repeated(12) + p1 + p2;
    const Quote quote = quoteOf(before, QStringLiteral("much better models"), before.indexOf(p2));

    const Quote anchored = TextAnchor(after).anchor(quote);
    const qsizetype firstInAfter = after.indexOf(QStringLiteral("much better models"));
    const qsizetype secondInAfter = after.indexOf(QStringLiteral("much better models"), firstInAfter + 1);
    QVERIFY(gapOf(firstInAfter, quote.start) < gapOf(secondInAfter, quote.start));
    QCOMPARE(toString(anchored.status), toString(AnchorStatus::Moved));
    QCOMPARE(anchored.start, secondInAfter);
}

void TestTextAnchor::repeatedPhraseWithoutContextTakesNearest()
{
    const QString text = QStringLiteral("chips fell. ") + QStringLiteral("x").repeated(100) + QStringLiteral(" chips fell. ")
                         + QStringLiteral("y").repeated(100) + QStringLiteral(" chips fell.");
    const TextAnchor anchor(text);
    Quote quote;
    quote.exact = QStringLiteral("chips fell");
    for (const std::int64_t old : {std::int64_t(5), std::int64_t(100), std::int64_t(160), std::int64_t(300)}) {
        quote.start = old;
        quote.end = old + 10;
        const Quote anchored = anchor.anchor(quote);
        QCOMPARE(toString(anchored.status), toString(AnchorStatus::Moved));
        const std::int64_t expected = old < 62 ? 0 : (old < 170 ? 113 : 226);
        QCOMPARE(anchored.start, expected);
    }
}

void TestTextAnchor::chineseAndEmojiCountAsCodePoints()
{
    const QString body = QStringLiteral("Altman: \"Look forward to bringing you all AGI and beyond,\" he added.");
    const QString inserted = QStringLiteral("深度求索 🚀😀 DeepSeek 🇨🇳 登顶 App Store。\n");
    QCOMPARE(inserted.size(), 38);                   // UTF-16 units
    QCOMPARE(CodePointMap::codePoints(inserted).size(), std::size_t(34)); // code points
    const Quote quote = quoteOf(body, QStringLiteral("Look forward to bringing you all AGI and beyond"));
    QCOMPARE(quote.start, 9);

    const QString edited = inserted + body;
    const Quote anchored = TextAnchor(edited).anchor(quote);
    QCOMPARE(toString(anchored.status), toString(AnchorStatus::Moved));
    QCOMPARE(anchored.start, 9 + 34);
    QCOMPARE(anchored.end, 9 + 34 + 47);
    QCOMPARE(CodePointMap(edited).toUtf16(anchored.start), 9 + 38);

    // A word changed after the emoji: the fuzzy span is in code points too.
    QString changed = edited;
    changed.replace(QStringLiteral("bringing"), QStringLiteral("giving"));
    const Quote fuzzy = TextAnchor(changed).anchor(quote);
    QCOMPARE(toString(fuzzy.status), toString(AnchorStatus::Fuzzy));
    QCOMPARE(fuzzy.start, 9 + 34);
    QCOMPARE(fuzzy.end, 9 + 34 + 45);
}

void TestTextAnchor::quoteAtFillsSelectors()
{
    const QString text = QStringLiteral("😀").repeated(40) + QStringLiteral("quoted words") + QStringLiteral("中").repeated(40);
    const TextAnchor anchor(text);
    QCOMPARE(anchor.length(), 92);
    const Quote quote = anchor.quoteAt(40, 52);
    QCOMPARE(quote.exact, QStringLiteral("quoted words"));
    QCOMPARE(quote.prefix, QStringLiteral("😀").repeated(32));
    QCOMPARE(quote.suffix, QStringLiteral("中").repeated(32));
    QCOMPARE(toString(quote.status), toString(AnchorStatus::Exact));

    const Quote atStart = anchor.quoteAt(0, 2);
    QCOMPARE(atStart.prefix, QString());
    QCOMPARE(atStart.exact, QStringLiteral("😀😀"));
    QCOMPARE(atStart.suffix.size(), 2 * 32);
}

void TestTextAnchor::quoteAtRefusesBadSpan()
{
    const TextAnchor anchor(QStringLiteral("short text"));
    QVERIFY_THROWS_EXCEPTION(Error, anchor.quoteAt(-1, 3));
    QVERIFY_THROWS_EXCEPTION(Error, anchor.quoteAt(3, 3));
    QVERIFY_THROWS_EXCEPTION(Error, anchor.quoteAt(5, 11));
}

void TestTextAnchor::emptyQuoteIsOrphaned()
{
    Quote quote;
    quote.start = 2;
    quote.end = 2;
    const Quote anchored = TextAnchor(QStringLiteral("some text")).anchor(quote);
    QCOMPARE(toString(anchored.status), toString(AnchorStatus::Orphaned));
    QCOMPARE(anchored.start, 2);
}

QTEST_GUILESS_MAIN(TestTextAnchor)
#include "tst_textanchor.moc"
