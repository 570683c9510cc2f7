// SPDX-License-Identifier: GPL-3.0-or-later
// One timeline frame with 1,000,000 events, painted into a 1920×1080 image at three zoom levels,
// plus a zoom step and a pan step of the real widget. Budget: 8 ms a frame (DESIGN.md §9).

#include "timeline/timelineindex.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineview.h"
#include "models/eventselection.h"
#include "time/isotime.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace tickerline;

namespace {

constexpr std::size_t kEvents = 1'000'000;
const std::int64_t kFirst = parseIsoTime(QStringLiteral("2015-01-01"))->ms;
const std::int64_t kLast = parseIsoTime(QStringLiteral("2025-01-01"))->ms;

// Ten years of events: kinds and actors mixed, a tenth dates, a twentieth spans, some uncertain.
TimelineIndex generatedIndex()
{
    TimelineIndex built;
    {
        built.reserve(kEvents, kEvents * 40);
        QRandomGenerator random(2025);
        QList<QString> actors;
        for (int a = 0; a < 40; ++a)
            actors.append(QStringLiteral("actor-%1").arg(a));
        for (std::size_t i = 0; i < kEvents; ++i) {
            const auto start = kFirst + std::int64_t(random.bounded(1.0) * double(kLast - kFirst));
            const auto kind = static_cast<EventKind>(random.bounded(7));
            const bool date = random.bounded(10) == 0;
            const bool span = random.bounded(20) == 0;
            std::optional<std::int64_t> end;
            if (span)
                end = start + std::int64_t(random.bounded(3 * 86'400'000));
            const Precision precision = date ? Precision::Day : Precision::Second;
            const std::int64_t at = date ? start - start % kMsPerDay : start;
            built.addEvent(QStringLiteral("event-%1").arg(i), QStringLiteral("Generated event number %1").arg(i),
                            kind, at, end ? std::optional<std::int64_t>(std::max(at, *end)) : std::nullopt, precision,
                            random.bounded(8) == 0, "America/New_York", {actors[int(i % 40)]}, {});
        }
        built.finish(LaneMode::ByKind);
    }
    return built;
}

// One widget holds the one index, as in the application: the memory figure is the real one.
TimelineView &sharedView()
{
    static EventSelection selection;
    static TimelineView *view = [] {
        auto *created = new TimelineView(&selection);
        created->resize(1920, 1080);
        created->setIndex(generatedIndex());
        return created;
    }();
    return *view;
}

long residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    return -1;
}

void paintFrame(benchmark::State &state, std::int64_t from, std::int64_t to)
{
    const TimelineIndex *index = &sharedView().index();
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    TimelinePainter painter(QApplication::font());
    TimelineFrame frame;
    frame.index = index;
    frame.fromMs = from;
    frame.toMs = to;
    frame.zone = QTimeZone("America/New_York");
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, image.rect(), frame);
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["hits"] = double(painter.hits().size());
    state.counters["rss_MB"] = double(residentMegabytes());
}

void BM_TimelinePaintAll(benchmark::State &state)
{
    paintFrame(state, kFirst - 86'400'000LL * 60, kLast + 86'400'000LL * 60);
}

void BM_TimelinePaintMonth(benchmark::State &state)
{
    const std::int64_t from = parseIsoTime(QStringLiteral("2020-03-01"))->ms;
    paintFrame(state, from, from + 31 * kMsPerDay);
}

void BM_TimelinePaintDay(benchmark::State &state)
{
    const std::int64_t from = parseIsoTime(QStringLiteral("2020-03-09T04:00:00Z"))->ms;
    paintFrame(state, from, from + kMsPerDay);
}

// The widget's own path: a wheel-sized zoom (or a pan) and the frame it repaints.
void stepAndRender(benchmark::State &state, bool zoom)
{
    TimelineView &view = sharedView();
    const std::int64_t from = parseIsoTime(QStringLiteral("2020-03-01"))->ms;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    bool in = true;
    for (auto _ : state) {
        if (zoom) {
            view.setVisibleRange(from, from + 31 * kMsPerDay);
            view.zoomBy(in ? 1.25 : 0.8, 960);
            in = !in;
        } else {
            const std::int64_t shift = (in ? 1 : -1) * kMsPerDay;
            view.setVisibleRange(from + shift, from + shift + 31 * kMsPerDay);
            in = !in;
        }
        view.render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["rss_MB"] = double(residentMegabytes());
}

void BM_TimelineZoomStep(benchmark::State &state) { stepAndRender(state, true); }
void BM_TimelinePanStep(benchmark::State &state) { stepAndRender(state, false); }

void BM_TimelineVisibleRange(benchmark::State &state)
{
    const TimelineIndex *index = &sharedView().index();
    const std::int64_t from = parseIsoTime(QStringLiteral("2020-03-01"))->ms;
    std::size_t found = 0;
    for (auto _ : state) {
        found = 0;
        for (std::size_t lane = 0; lane < index->lanes().size(); ++lane) {
            const auto [a, b] = index->laneRange(lane, from, from + 31 * kMsPerDay);
            found += b - a;
        }
        benchmark::DoNotOptimize(found);
    }
    state.counters["events"] = double(found);
}

} // namespace

// The timeline's own index of the events a filter keeps (a tenth of a million, every eleventh
// by time): what the window makes on the GUI thread when the filter's words change.
static void BM_TimelineSubset_1000000(benchmark::State &state)
{
    const TimelineIndex &index = sharedView().index();
    std::vector<std::uint32_t> kept;
    for (std::uint32_t entry = 0; entry < index.size(); entry += 11)
        kept.push_back(entry);
    for (auto _ : state) {
        const TimelineIndex subset = index.subset(kept);
        benchmark::DoNotOptimize(subset.size());
    }
    state.counters["events"] = double(kept.size());
}
BENCHMARK(BM_TimelineSubset_1000000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::string n = std::to_string(kEvents);
    benchmark::RegisterBenchmark(("BM_TimelinePaint_" + n + "/all").c_str(), BM_TimelinePaintAll)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_TimelinePaint_" + n + "/month").c_str(), BM_TimelinePaintMonth)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_TimelinePaint_" + n + "/day").c_str(), BM_TimelinePaintDay)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_TimelineZoomStep_" + n).c_str(), BM_TimelineZoomStep)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_TimelinePanStep_" + n).c_str(), BM_TimelinePanStep)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_TimelineVisibleRange_" + n).c_str(), BM_TimelineVisibleRange)->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
