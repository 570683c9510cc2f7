// SPDX-License-Identifier: GPL-3.0-or-later
// Budgets (DESIGN.md §9): chart re-render after a zoom, 10,000,000 points: ≤ 16 ms; a 3840×2160
// PNG export of a price chart: ≤ 250 ms. The naive baseline hands the same series to Qt Charts
// undecimated.
#include "analysis/m4decimator.h"
#include "charts/chartexporter.h"
#include "charts/pricechart.h"
#include "time/isotime.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QValueAxis>

#include <benchmark/benchmark.h>

using namespace tickerline;

namespace {

const QSize kFrame(1920, 1080);

// A random walk of `count` one-minute closes: what a long intraday history looks like.
SeriesColumns randomWalk(std::int64_t count)
{
    SeriesColumns columns;
    columns.symbol = QStringLiteral("WALK");
    columns.time.resize(std::size_t(count));
    columns.close.resize(std::size_t(count));
    QRandomGenerator random(42);
    double price = 100;
    const double start = double(*utcMidnight(2000, 1, 3));
    for (std::int64_t i = 0; i < count; ++i) {
        price = std::max(1.0, price + (random.generateDouble() - 0.5) * 0.2);
        columns.time[std::size_t(i)] = start + double(i) * 60'000.0;
        columns.close[std::size_t(i)] = price;
    }
    return columns;
}

const SeriesColumns &sharedWalk(std::int64_t count)
{
    static std::int64_t cachedCount = 0;
    static SeriesColumns cached;
    if (cachedCount != count) {
        cached = randomWalk(count);
        cachedCount = count;
    }
    return cached;
}

void render(QChart &chart, QImage &image)
{
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart.scene()->render(&painter, QRectF(QPointF(0, 0), kFrame), QRectF(QPointF(0, 0), kFrame));
}

// Zooms alternately into the middle fifth and back out: each iteration decimates the visible
// range into the line series and renders the chart.
void chartZoomDecimated(benchmark::State &state, std::int64_t count)
{
    SeriesColumns columns = sharedWalk(count);
    const auto from = std::int64_t(columns.time.front()), to = std::int64_t(columns.time.back());
    PriceChart chart({std::move(columns)}, {}, from, to, PriceStyle::Line, ColourTheme::Light);
    ChartExporter({kFrame, 96, false}).layOut(chart);
    QImage image(kFrame, QImage::Format_ARGB32_Premultiplied);
    const std::int64_t span = to - from;
    bool in = false;
    for (auto _ : state) {
        in = !in;
        if (in)
            chart.setRange(from + span * 2 / 5, from + span * 3 / 5);
        else
            chart.setRange(from, to);
        render(chart, image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["points_shown"] = double(chart.pointsShown());
}

// The baseline: every point of the zoomed range handed to a QLineSeries as is.
void chartZoomNaive(benchmark::State &state, std::int64_t count)
{
    const SeriesColumns &columns = sharedWalk(count);
    QChart chart;
    auto *series = new QLineSeries;
    chart.addSeries(series);
    chart.createDefaultAxes();
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.resize(kFrame);
    QImage image(kFrame, QImage::Format_ARGB32_Premultiplied);
    const std::size_t n = columns.time.size();
    bool in = false;
    for (auto _ : state) {
        in = !in;
        const std::size_t begin = in ? n * 2 / 5 : 0, end = in ? n * 3 / 5 : n;
        QList<QPointF> points;
        points.reserve(qsizetype(end - begin));
        for (std::size_t i = begin; i < end; ++i)
            points.append(QPointF(columns.time[i], columns.close[i]));
        series->replace(points);
        chart.axes(Qt::Horizontal).front()->setRange(columns.time[begin], columns.time[end - 1]);
        chart.axes(Qt::Vertical).front()->setRange(0, 200);
        render(chart, image);
        benchmark::DoNotOptimize(image.constBits());
    }
    scene.removeItem(&chart);
}

// Decimation alone: the part of a zoom that grows with the series.
void m4Decimate(benchmark::State &state, std::int64_t count)
{
    const SeriesColumns &columns = sharedWalk(count);
    const M4Decimator decimator(columns.time, columns.close);
    const double from = columns.time.front(), to = columns.time.back();
    bool in = false;
    for (auto _ : state) {
        in = !in;
        const double span = to - from;
        auto points = in ? decimator.decimate(from + span * 0.4, from + span * 0.6, kFrame.width())
                         : decimator.decimate(from, to, kFrame.width());
        benchmark::DoNotOptimize(points.data());
    }
}

// A 4K PNG of a daily price chart with volume (ten years of bars), encoded and written.
void exportPng4K(benchmark::State &state, int bars)
{
    SeriesColumns columns;
    columns.symbol = QStringLiteral("DAILY");
    QRandomGenerator random(7);
    double price = 100;
    const std::int64_t start = *utcMidnight(2015, 1, 5);
    for (int i = 0; i < bars; ++i) {
        const double open = price;
        price = std::max(1.0, price * (1 + (random.generateDouble() - 0.5) * 0.04));
        columns.time.push_back(double(start + std::int64_t(i) * kMsPerDay));
        columns.open.push_back(open);
        columns.high.push_back(std::max(open, price) * 1.01);
        columns.low.push_back(std::min(open, price) * 0.99);
        columns.close.push_back(price);
        columns.volume.push_back(1e6 + random.bounded(1'000'000));
    }
    const auto from = std::int64_t(columns.time.front()), to = std::int64_t(columns.time.back());
    const QString path = QDir::temp().filePath(QStringLiteral("bench_charts_4k.png"));
    {
        // Once before timing: the first text drawn loads fonts and glyph caches for the process.
        PriceChart warm({columns}, {}, from, to, PriceStyle::Line, ColourTheme::Light);
        ChartExporter({QSize(3840, 2160), 192, true}).exportToFile(warm, path);
    }
    for (auto _ : state) {
        PriceChart chart({columns}, {}, from, to, PriceStyle::Line, ColourTheme::Light);
        ChartExporter({QSize(3840, 2160), 192, true}).exportToFile(chart, path);
    }
    QFile::remove(path);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // Names carry the point count, as the budgets are stated per count.
    for (std::int64_t count : {1'000'000LL, 10'000'000LL}) {
        const std::string n = std::to_string(count);
        benchmark::RegisterBenchmark(("BM_ChartZoomDecimated_" + n).c_str(), chartZoomDecimated, count)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_ChartZoomNaive_" + n).c_str(), chartZoomNaive, count)
            ->Iterations(2)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("BM_M4Decimate_10000000", m4Decimate, 10'000'000LL)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_ExportPng4K_PriceChart_2520", exportPng4K, 2520)->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
