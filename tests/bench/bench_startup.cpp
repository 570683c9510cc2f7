// SPDX-License-Identifier: GPL-3.0-or-later
// Start to first painted window: opening the database, building the main window with every view,
// and painting it once into an image — on the bundled dataset (budget 200 ms) and on a database
// of 1,000,000 events (memory budget 300 MB with them loaded, DESIGN.md §9), where the GUI thread's
// longest stall while they load is measured too (budget 50 ms). Collation as in an American
// English session, as the table's sort keys are made at load.
#include "imports/bundleddataset.h"
#include "mainwindow.h"
#include "millionevents.h"
#include "models/eventtablemodel.h"
#include "store/filestore.h"
#include "workspace.h"

#include <QApplication>
#include <QFile>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <ctime>
#include <functional>
#include <malloc.h> // malloc_trim (glibc)

using namespace tickerline;

namespace {

struct Opening
{
    double firstPaintMs = 0;
    double usableMs = 0;    // the events shown, and the table's sort keys in place
    double stallMaxMs = 0;  // the longest gap between turns of the GUI thread's event loop meanwhile
    double cpuMs = 0;       // CPU time of every thread of the process until usable
    bool sortKeys = false;
};

// What the user waits for: the database opened, the window built with every view, one frame;
// then (a large database is read off the GUI thread) the events in place and painted again.
// A 1 ms timer on the GUI thread measures its longest stall while the events load and are taken
// in. `whileOpen` runs before the window closes.
Opening openAndPaint(const QString &path, const std::function<void()> &whileOpen = {})
{
    Opening opening;
    QElapsedTimer clock;
    clock.start();
    const std::clock_t cpuBefore = std::clock();
    FileStore store(path);
    MainWindow window(store);
    window.resize(1920, 1080);
    window.show();
    QImage frame(window.size(), QImage::Format_ARGB32_Premultiplied);
    window.render(&frame);
    benchmark::DoNotOptimize(frame.constBits());
    opening.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
    if (window.workspace()->isLoading()) {
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            opening.stallMaxMs = std::max(opening.stallMaxMs, double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        ticker.start();
        QEventLoop loop;
        // The views take the events in on indexChanged; the next tick ends the stall they cause.
        QObject::connect(window.workspace(), &Workspace::indexChanged, &loop, [&loop] {
            QTimer::singleShot(0, &loop, &QEventLoop::quit);
        });
        loop.exec();
        window.render(&frame);
        opening.stallMaxMs = std::max(opening.stallMaxMs, double(sinceTick.nsecsElapsed()) / 1e6);
    }
    opening.usableMs = double(clock.nsecsElapsed()) / 1e6;
    opening.cpuMs = double(std::clock() - cpuBefore) * 1000.0 / CLOCKS_PER_SEC;
    opening.sortKeys = window.eventModel()->hasSortKeys();
    if (whileOpen)
        whileOpen();
    return opening;
}

} // namespace

static void BM_StartupFirstPaint_Bundled(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundled.db"));
    {
        FileStore store(path);
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
    Opening opening;
    for (auto _ : state)
        opening = openAndPaint(path, [&rss] { rss = residentMegabytes("VmRSS:"); });
    if (!opening.sortKeys)
        state.SkipWithError("the table's sort keys were not made with the events");
    state.counters["first_paint_ms"] = opening.firstPaintMs;
    state.counters["usable_ms"] = opening.usableMs;
    state.counters["gui_stall_max_ms"] = opening.stallMaxMs;
    state.counters["usable_cpu_ms"] = opening.cpuMs;
    state.counters["rss_MB"] = double(rss);
    state.counters["window_MB"] = double(rss - before);
}
BENCHMARK(BM_StartupFirstPaint_1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    return bench::runWindowBenchmarks(argc, argv);
}
