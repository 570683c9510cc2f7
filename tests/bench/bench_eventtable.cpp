// SPDX-License-Identifier: GPL-3.0-or-later
// The events table on 1,000,000 events: what a click on a column header and a word typed into the
// filter cost (the proxy over EventTableModel, both reading the shared TimelineIndex), and the sort
// keys the workspace makes off the GUI thread when it loads the events. Titles and actors are
// collated as in an American English session (a C locale would compare code units).
#include "models/eventfilterproxymodel.h"
#include "models/eventtablemodel.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <memory>

#include <benchmark/benchmark.h>

using namespace tickerline;

namespace {

constexpr std::size_t kEvents = 1'000'000;

std::shared_ptr<const TimelineIndex> generatedIndex()
{
    static const std::shared_ptr<const TimelineIndex> index = [] {
        const QStringList words{QStringLiteral("Nvidia"), QStringLiteral("selloff"), QStringLiteral("capex"),
                                QStringLiteral("DeepSeek"), QStringLiteral("chips"), QStringLiteral("tariff"),
                                QStringLiteral("Stargate"), QStringLiteral("guidance"), QStringLiteral("power"),
                                QStringLiteral("datacenter")};
        QList<QString> actors;
        QHash<QString, QString> names;
        for (int a = 0; a < 300; ++a) {
            actors << QStringLiteral("actor-%1").arg(a);
            names.insert(actors.back(), QStringLiteral("Actor %1").arg(a));
        }
        auto built = std::make_shared<TimelineIndex>();
        built->reserve(kEvents, kEvents * 60);
        built->setActorNames(names);
        QRandomGenerator random(11);
        const std::int64_t first = *utcMidnight(2015, 1, 1);
        for (std::size_t i = 0; i < kEvents; ++i) {
            QString title;
            for (int w = 0; w < 6; ++w)
                title += words[random.bounded(int(words.size()))] + QLatin1Char(' ');
            // One title in 25 not in ASCII: these are ranked on the collator's own keys.
            if (i % 50 == 0)
                title += QStringLiteral("Société Générale ");
            else if (i % 50 == 25)
                title += QStringLiteral("英伟达 ");
            built->addEvent(QStringLiteral("ev-%1").arg(i), title.trimmed(), EventKind(random.bounded(7)),
                            first + std::int64_t(random.bounded(315'000'000)) * 1000, std::nullopt, Precision::Second,
                            false, "America/New_York", {actors[random.bounded(300)]},
                            random.bounded(3) == 0 ? QList<QString>{QStringLiteral("NVDA")} : QList<QString>{});
        }
        built->finish();
        return std::shared_ptr<const TimelineIndex>(std::move(built));
    }();
    return index;
}

// The keys as the workspace's loading thread makes them.
const EventSortKeys &generatedKeys()
{
    static const EventSortKeys keys = EventSortKeys::compute(*generatedIndex(), QLocale());
    return keys;
}

// A click on a header of a table freshly loaded (shown in time order, as it opens): the first
// sort of each model, ascending and descending in turn. `ranked`: the keys came with the events.
void sortBy(benchmark::State &state, int column, bool ranked)
{
    bool ascending = false;
    for (auto _ : state) {
        state.PauseTiming();
        auto model = std::make_unique<EventTableModel>();
        model->setIndex(generatedIndex(), {}, ranked ? generatedKeys() : EventSortKeys());
        auto proxy = std::make_unique<EventFilterProxyModel>();
        proxy->setSourceModel(model.get());
        proxy->sort(EventTableModel::TimeColumn);
        benchmark::DoNotOptimize(proxy->rowCount());
        ascending = !ascending;
        state.ResumeTiming();
        proxy->sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        benchmark::DoNotOptimize(proxy->rowCount());
        state.PauseTiming();
        proxy.reset();
        model.reset();
        state.ResumeTiming();
    }
}

// What the loading thread adds for the sort keys, and the memory they keep.
void BM_TableSortKeys_1000000(benchmark::State &state)
{
    std::size_t bytes = 0;
    for (auto _ : state) {
        const EventSortKeys keys = EventSortKeys::compute(*generatedIndex(), QLocale());
        bytes = keys.memoryBytes();
    }
    state.counters["keys_MB"] = double(bytes) / 1e6;
}

// A word typed into the filter and taken back: the filter runs over every row twice.
void BM_TableFilterWord_1000000(benchmark::State &state)
{
    EventTableModel model;
    model.setIndex(generatedIndex());
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EventTableModel::TimeColumn);
    int shown = 0;
    double typedMs = 0;
    double clearedMs = 0;
    QElapsedTimer clock;
    for (auto _ : state) {
        clock.start();
        proxy.setText(QStringLiteral("stargate nvda"));
        shown = proxy.rowCount();
        typedMs += double(clock.nsecsElapsed()) / 1e6;
        clock.start();
        proxy.setText(QString());
        benchmark::DoNotOptimize(proxy.rowCount());
        clearedMs += double(clock.nsecsElapsed()) / 1e6;
    }
    state.counters["rows_shown"] = shown;
    state.counters["typed_ms"] = typedMs / double(state.iterations());
    state.counters["cleared_ms"] = clearedMs / double(state.iterations());
}

// What the filter works out for every row when its words change, before the proxy maps them:
// words that keep many rows, few, and a short word that no title holds.
void BM_TableTextMatch_1000000(benchmark::State &state, const char *typed)
{
    EventTableModel model;
    model.setIndex(generatedIndex());
    const QStringList words = QString::fromUtf8(typed).toCaseFolded().split(QLatin1Char(' '));
    std::size_t kept = 0;
    for (auto _ : state) {
        const std::vector<std::uint8_t> rows = model.rowsMatchingText(words);
        kept = std::size_t(std::count(rows.begin(), rows.end(), 1));
    }
    state.counters["rows_kept"] = double(kept);
}

} // namespace

BENCHMARK_CAPTURE(sortBy, time, int(EventTableModel::TimeColumn), true)->Name("BM_TableSortByTime_1000000")
    ->Unit(benchmark::kMillisecond)->Iterations(4);
BENCHMARK_CAPTURE(sortBy, title, int(EventTableModel::TitleColumn), true)->Name("BM_TableSortByTitle_1000000")
    ->Unit(benchmark::kMillisecond)->Iterations(4);
BENCHMARK_CAPTURE(sortBy, actors, int(EventTableModel::ActorsColumn), true)->Name("BM_TableSortByActors_1000000")
    ->Unit(benchmark::kMillisecond)->Iterations(4);
// The same before the keys are there (a model given a new index by other means): the first sort
// ranks every row on the GUI thread.
BENCHMARK_CAPTURE(sortBy, title, int(EventTableModel::TitleColumn), false)
    ->Name("BM_TableSortByTitleUnranked_1000000")->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_TableSortKeys_1000000)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_TableFilterWord_1000000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TableTextMatch_1000000, many, "stargate nvda")
    ->Name("BM_TableTextMatchMany_1000000")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TableTextMatch_1000000, few, "actor 12 capex")
    ->Name("BM_TableTextMatchFew_1000000")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TableTextMatch_1000000, none, "zq")
    ->Name("BM_TableTextMatchNone_1000000")
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
