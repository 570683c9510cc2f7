// SPDX-License-Identifier: GPL-3.0-or-later
// Start to first painted window: opening the database, building the main window with every view,
// and painting it once into an image — on the bundled dataset (budget 200 ms) and on a database
// of 1,000,000 events (memory budget 300 MB with them loaded, DESIGN.md §9).
#include "imports/bundleddataset.h"
#include "mainwindow.h"
#include "millionevents.h"
#include "store/store.h"
#include "workspace.h"

#include <QApplication>
#include <QFile>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <functional>
#include <malloc.h> // malloc_trim (glibc)

using namespace tickerline;

namespace {

// What the user waits for: the database opened, the window built with every view, one frame;
// then (a large database is read off the GUI thread) the events in place and painted again.
// Returns the milliseconds to each; `whileOpen` runs before the window closes.
std::pair<double, double> openAndPaint(const QString &path, const std::function<void()> &whileOpen = {})
{
    QElapsedTimer clock;
    clock.start();
    Store store(path);
    MainWindow window(store);
    window.resize(1920, 1080);
    window.show();
    QImage frame(window.size(), QImage::Format_ARGB32_Premultiplied);
    window.render(&frame);
    benchmark::DoNotOptimize(frame.constBits());
    const double firstPaint = double(clock.nsecsElapsed()) / 1e6;
    if (window.workspace()->isLoading()) {
        QEventLoop loop;
        QObject::connect(window.workspace(), &Workspace::indexChanged, &loop, &QEventLoop::quit);
        loop.exec();
        window.render(&frame);
    }
    const double usable = double(clock.nsecsElapsed()) / 1e6;
    if (whileOpen)
        whileOpen();
    return {firstPaint, usable};
}

} // namespace

static void BM_StartupFirstPaint_Bundled(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundled.db"));
    {
        Store store(path);
        installBundledDataset(store);
    }
    for (auto _ : state)
        openAndPaint(path);
}
BENCHMARK(BM_StartupFirstPaint_Bundled)->Unit(benchmark::kMillisecond);

namespace {

long residentMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLong() / 1024;
    }
    return -1;
}

} // namespace

// The window on a million events: it paints at once and reads the events on a thread of its own;
// the table and the timeline then share one compact index read row by row from the database. window_MB is what the open window adds to the process's resident memory
// (measured before and after; the generated snapshot's memory is handed back to the system first),
// rss_MB the process's total with it open.
static void BM_StartupFirstPaint_1000000(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.db"));
    bench::writeMillionEvents(path);
    malloc_trim(0);
    const long before = residentMegabytes("VmRSS:");
    long rss = 0;
    std::pair<double, double> times;
    for (auto _ : state)
        times = openAndPaint(path, [&rss] { rss = residentMegabytes("VmRSS:"); });
    state.counters["first_paint_ms"] = times.first;
    state.counters["usable_ms"] = times.second;
    state.counters["rss_MB"] = double(rss);
    state.counters["window_MB"] = double(rss - before);
}
BENCHMARK(BM_StartupFirstPaint_1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    return bench::runWindowBenchmarks(argc, argv);
}
