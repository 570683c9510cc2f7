// SPDX-License-Identifier: GPL-3.0-or-later
// The events table on 1,000,000 events: what a click on a column header and a word typed into the
// filter cost (the proxy over EventTableModel, both reading the shared TimelineIndex).
#include "models/eventfilterproxymodel.h"
#include "models/eventtablemodel.h"
#include "time/isotime.h"

#include <QCoreApplication>
#include <QRandomGenerator>

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

void sortBy(benchmark::State &state, int column)
{
    EventTableModel model;
    model.setIndex(generatedIndex());
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    bool ascending = false;
    for (auto _ : state) {
        ascending = !ascending;
        proxy.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
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
    for (auto _ : state) {
        proxy.setText(QStringLiteral("stargate nvda"));
        shown = proxy.rowCount();
        proxy.setText(QString());
    }
    state.counters["rows_shown"] = shown;
}

} // namespace

BENCHMARK_CAPTURE(sortBy, time, int(EventTableModel::TimeColumn))->Name("BM_TableSortByTime_1000000")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(sortBy, title, int(EventTableModel::TitleColumn))->Name("BM_TableSortByTitle_1000000")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(sortBy, actors, int(EventTableModel::ActorsColumn))->Name("BM_TableSortByActors_1000000")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TableFilterWord_1000000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
