// SPDX-License-Identifier: GPL-3.0-or-later
// Re-anchoring 100 quotes in a 1 MB article after an edit: a paragraph inserted at the top (every
// quote moves), one word changed in 10 quotes (fuzzy) and 5 quoted passages deleted (orphaned,
// each a full approximate search of the text).
#include "anchoring/approximatematcher.h"
#include "anchoring/codepointmap.h"
#include "anchoring/textanchor.h"

#include <benchmark/benchmark.h>

#include <QStringList>

#include <random>

using namespace tickerline;

namespace {

constexpr int kQuotes = 100;
constexpr int kChangedWord = 10;
constexpr int kDeleted = 5;

// Sentences of pseudo-words with some non-ASCII ones, so that the text is varied like prose but
// no 60-code-point span repeats.
QString generateText(std::mt19937 &random, qsizetype length)
{
    static const QStringList syllables{
        QStringLiteral("ai"),   QStringLiteral("chip"), QStringLiteral("com"), QStringLiteral("pute"),
        QStringLiteral("mar"),  QStringLiteral("ket"),  QStringLiteral("deep"), QStringLiteral("seek"),
        QStringLiteral("nvi"),  QStringLiteral("dia"),  QStringLiteral("open"), QStringLiteral("in"),
        QStringLiteral("vest"), QStringLiteral("or"),   QStringLiteral("sell"), QStringLiteral("off"),
        QStringLiteral("mod"),  QStringLiteral("el"),   QStringLiteral("bil"), QStringLiteral("lion"),
        QStringLiteral("gate"), QStringLiteral("star"), QStringLiteral("caf\u00E9"), QStringLiteral("\u2014"),
        QStringLiteral("深度"), QStringLiteral("求索"), QStringLiteral("ra"), QStringLiteral("ly")};
    std::uniform_int_distribution<int> syllable(0, int(syllables.size()) - 1);
    std::uniform_int_distribution<int> wordLength(1, 3);
    std::uniform_int_distribution<int> sentenceLength(8, 24);
    std::uniform_int_distribution<int> paragraphLength(3, 7);
    QString text;
    text.reserve(length + 512);
    while (text.size() < length) {
        for (int s = paragraphLength(random); s > 0; --s) {
            for (int w = sentenceLength(random); w > 0; --w) {
                for (int k = wordLength(random); k > 0; --k)
                    text += syllables.at(syllable(random));
                text += w > 1 ? QStringLiteral(" ") : QStringLiteral(". ");
            }
        }
        text += QStringLiteral("\n\n");
    }
    return text;
}

struct Scenario
{
    QString original;
    QString edited;
    QList<Quote> quotes;
};

const Scenario &scenario()
{
    static const Scenario built = [] {
        Scenario s;
        std::mt19937 random(20250127);
        s.original = generateText(random, 1024 * 1024);
        const TextAnchor anchor(s.original);
        const CodePointMap map(s.original);
        const std::int64_t step = anchor.length() / kQuotes;
        std::uniform_int_distribution<int> quoteLength(60, 160);
        for (int i = 0; i < kQuotes; ++i) {
            Quote quote = anchor.quoteAt(i * step + 100, i * step + 100 + quoteLength(random));
            quote.uid = QStringLiteral("q%1").arg(i);
            s.quotes.append(quote);
        }
        // Edit from the end so that earlier positions stay valid while editing.
        s.edited = s.original;
        for (int i = kQuotes - 1; i >= 0; --i) {
            const Quote &quote = s.quotes.at(i);
            const qsizetype start = map.toUtf16(quote.start);
            const qsizetype end = map.toUtf16(quote.end);
            if (i % (kQuotes / kDeleted) == 7) {
                s.edited.remove(start, end - start);
            } else if (i % (kQuotes / kChangedWord) == 3) {
                const qsizetype space = s.edited.indexOf(QLatin1Char(' '), start + (end - start) / 2);
                s.edited.insert(space, QStringLiteral(" ticker"));
            }
        }
        s.edited.prepend(generateText(random, 600));
        return s;
    }();
    return built;
}

void BM_ReanchorAfterEdit(benchmark::State &state)
{
    const Scenario &s = scenario();
    int counts[4] = {0, 0, 0, 0};
    for (auto _ : state) {
        const TextAnchor anchor(s.edited);
        counts[0] = counts[1] = counts[2] = counts[3] = 0;
        for (const Quote &quote : s.quotes) {
            const Quote anchored = anchor.anchor(quote);
            ++counts[int(anchored.status)];
            benchmark::DoNotOptimize(anchored.start);
        }
    }
    state.counters["exact"] = counts[int(AnchorStatus::Exact)];
    state.counters["moved"] = counts[int(AnchorStatus::Moved)];
    state.counters["fuzzy"] = counts[int(AnchorStatus::Fuzzy)];
    state.counters["orphaned"] = counts[int(AnchorStatus::Orphaned)];
    state.SetLabel(QStringLiteral("%1 code points").arg(TextAnchor(s.edited).length()).toStdString());
}
BENCHMARK(BM_ReanchorAfterEdit)->Unit(benchmark::kMillisecond);

void BM_ReanchorUnchanged(benchmark::State &state)
{
    const Scenario &s = scenario();
    for (auto _ : state) {
        const TextAnchor anchor(s.original);
        for (const Quote &quote : s.quotes)
            benchmark::DoNotOptimize(anchor.anchor(quote).start);
    }
}
BENCHMARK(BM_ReanchorUnchanged)->Unit(benchmark::kMillisecond);

// One deleted quote: the approximate search over the whole megabyte that an orphan costs.
void BM_ApproximateSearchOneMegabyte(benchmark::State &state)
{
    const Scenario &s = scenario();
    const std::u32string text = CodePointMap::codePoints(s.edited);
    const ApproximateMatcher matcher(CodePointMap::codePoints(s.quotes.at(7).exact));
    const int maxEdits = int(s.quotes.at(7).exact.size()) / 5;
    for (auto _ : state)
        benchmark::DoNotOptimize(matcher.find(text, maxEdits, 32).size());
}
BENCHMARK(BM_ApproximateSearchOneMegabyte)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
