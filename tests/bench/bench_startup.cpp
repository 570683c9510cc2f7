// SPDX-License-Identifier: GPL-3.0-or-later
// Start to first painted window on the bundled dataset: opening the database, building the main
// window with every view, and painting it once into an image.
#include "io/bundleddataset.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace tickerline;

static void BM_StartupFirstPaint_Bundled(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundled.db"));
    {
        Store store(path);
        installBundledDataset(store);
    }
    for (auto _ : state) {
        Store store(path);
        MainWindow window(store);
        window.resize(1920, 1080);
        window.show();
        QImage frame(window.size(), QImage::Format_ARGB32_Premultiplied);
        window.render(&frame);
        benchmark::DoNotOptimize(frame.constBits());
    }
}
BENCHMARK(BM_StartupFirstPaint_Bundled)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TickerlineBench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
