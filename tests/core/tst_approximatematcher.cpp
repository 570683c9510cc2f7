// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/approximatematcher.h"
#include "anchoring/codepointmap.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace tickerline;

namespace {

// The textbook O(n·m) dynamic programme: for each end position, the fewest edits of the pattern
// into a substring ending there.
std::vector<int> bestDistanceAtEachEnd(std::u32string_view text, std::u32string_view pattern)
{
    std::vector<int> column(pattern.size() + 1);
    std::iota(column.begin(), column.end(), 0);
    std::vector<int> ends;
    for (const char32_t c : text) {
        int diagonal = column[0];
        column[0] = 0;
        for (std::size_t i = 1; i <= pattern.size(); ++i) {
            const int substitution = diagonal + (pattern[i - 1] == c ? 0 : 1);
            diagonal = column[i];
            column[i] = std::min({substitution, column[i] + 1, column[i - 1] + 1});
        }
        ends.push_back(column[pattern.size()]);
    }
    return ends;
}

std::u32string randomText(QRandomGenerator &random, std::size_t length, char32_t alphabet)
{
    std::u32string text;
    for (std::size_t i = 0; i < length; ++i)
        text.push_back(U'a' + char32_t(random.bounded(alphabet)));
    return text;
}

} // namespace

class TestApproximateMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithPlainDynamicProgramming();
    void findsEditedSentence();
    void nonAsciiAlphabet();
    void distanceAndSimilarity();
};

void TestApproximateMatcher::agreesWithPlainDynamicProgramming()
{
    // Patterns of one to four 64-row blocks; small alphabets so that near matches are common.
    QRandomGenerator random(20250127);
    for (int round = 0; round < 300; ++round) {
        const auto patternLength = std::size_t(1 + random.bounded(230));
        const std::u32string pattern = randomText(random, patternLength, 3 + random.bounded(3));
        std::u32string text = randomText(random, 400 + random.bounded(400), 4);
        // Plant an edited copy of the pattern so that there is something to find.
        std::u32string planted = pattern;
        for (int edits = random.bounded(int(patternLength) / 5 + 1); edits > 0; --edits)
            planted[std::size_t(random.bounded(int(planted.size())))] = U'z';
        text.insert(std::size_t(random.bounded(int(text.size()))), planted);
        const int k = random.bounded(int(patternLength) / 3 + 2);

        const std::vector<int> expected = bestDistanceAtEachEnd(text, pattern);
        const int expectedBest = *std::min_element(expected.begin(), expected.end());
        const auto hits = ApproximateMatcher(pattern).find(text, k, 1000);
        const int kEffective = std::min(k, int(patternLength) - 1);
        if (expectedBest > kEffective) {
            QVERIFY2(hits.empty(), qPrintable(QStringLiteral("round %1").arg(round)));
            continue;
        }
        QVERIFY2(!hits.empty(), qPrintable(QStringLiteral("round %1").arg(round)));
        QCOMPARE(hits.front().distance, expectedBest);
        for (const auto &hit : hits) {
            QCOMPARE(hit.distance, expected[std::size_t(hit.end - 1)]);
            QCOMPARE(ApproximateMatcher::distance(pattern, std::u32string_view(text).substr(
                                                               std::size_t(hit.start), std::size_t(hit.end - hit.start))),
                     hit.distance);
        }
        // Every end within k lies in some reported cluster.
        for (std::size_t end = 1; end <= text.size(); ++end) {
            if (expected[end - 1] > kEffective)
                continue;
            const bool covered = std::any_of(hits.begin(), hits.end(), [&](const auto &hit) {
                return std::abs(hit.end - std::int64_t(end)) <= std::int64_t(patternLength) + kEffective;
            });
            QVERIFY2(covered, qPrintable(QStringLiteral("round %1, end %2").arg(round).arg(end)));
        }
    }
}

void TestApproximateMatcher::findsEditedSentence()
{
    const std::u32string text = CodePointMap::codePoints(QStringLiteral(
        "Instead, he said, the winners won\u2019t be the ones spending the most cash, Gomez told the FT."));
    const ApproximateMatcher matcher(
        CodePointMap::codePoints(QStringLiteral("the winners won\u2019t be the ones burning the most cash")));
    const auto hits = matcher.find(text, 10, 4);
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits.front().distance, 4);
    QCOMPARE(hits.front().start, 18);
    QCOMPARE(hits.front().end, 18 + 52);
    QVERIFY(matcher.find(text, 3, 4).empty());
}

void TestApproximateMatcher::nonAsciiAlphabet()
{
    const std::u32string text = CodePointMap::codePoints(QStringLiteral("🚀 深度求索发布了 R1 模型，市场震动 😀"));
    const ApproximateMatcher matcher(CodePointMap::codePoints(QStringLiteral("深度求索发布 R1 模型")));
    const auto hits = matcher.find(text, 2, 4);
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits.front().distance, 1);
    QCOMPARE(hits.front().start, 2);
    QCOMPARE(hits.front().end, 15);
}

void TestApproximateMatcher::distanceAndSimilarity()
{
    QCOMPARE(ApproximateMatcher::distance(U"burning", U"spending"), 4);
    QCOMPARE(ApproximateMatcher::distance(U"", U"abc"), 3);
    QCOMPARE(ApproximateMatcher::similarity(U"", U""), 1.0);
    QCOMPARE(ApproximateMatcher::similarity(U"abcd", U"abcx"), 0.75);
    QVERIFY(ApproximateMatcher(std::u32string()).find(U"abc", 2, 4).empty());
}

QTEST_GUILESS_MAIN(TestApproximateMatcher)
#include "tst_approximatematcher.moc"
