// SPDX-License-Identifier: GPL-3.0-or-later
// Start to first painted window: opening the database, building the main window with every view,
// and painting it once into an image — on the bundled dataset (budget 200 ms) and on a database
// of 1,000,000 events (memory budget 300 MB with them loaded, DESIGN.md §9).
#include "imports/bundleddataset.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <functional>
#include <malloc.h> // malloc_trim (glibc)

using namespace tickerline;

namespace {

// What the user waits for: the database opened, the window built with every view, one frame.
// `whileOpen` runs before the window closes.
void openAndPaint(const QString &path, const std::function<void()> &whileOpen = {})
{
    Store store(path);
    MainWindow window(store);
    window.resize(1920, 1080);
    window.show();
    QImage frame(window.size(), QImage::Format_ARGB32_Premultiplied);
    window.render(&frame);
    benchmark::DoNotOptimize(frame.constBits());
    if (whileOpen)
        whileOpen();
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

// A million events over ten years through the real import: titles, summaries, one or two of
// 300 actors, up to two tickers, every kind.
void writeMillionEvents(const QString &path)
{
    Snapshot snapshot;
    const QString dataset = QStringLiteral("generated");
    snapshot.datasets << DatasetInfo{dataset, QStringLiteral("Generated"), QStringLiteral("bench_startup"), QString(),
                                     QString(), QStringLiteral("2025-01-01T00:00:00Z")};
    for (int a = 0; a < 300; ++a)
        snapshot.actors << Actor{QStringLiteral("actor-%1").arg(a), QStringLiteral("Actor %1").arg(a),
                                 QStringLiteral("person"), dataset};
    const QStringList tickers{QStringLiteral("NVDA"), QStringLiteral("MSFT"), QStringLiteral("AVGO"), QStringLiteral("QQQ")};
    QRandomGenerator random(7);
    const std::int64_t first = 1'420'070'400'000; // 2015-01-01
    const std::int64_t span = 10LL * 365 * 86'400'000;
    snapshot.events.reserve(1'000'000);
    for (int i = 0; i < 1'000'000; ++i) {
        Event event;
        event.uid = QStringLiteral("ev-%1").arg(i);
        event.title = QStringLiteral("Generated event %1 about chips, capex and the selloff").arg(i);
        event.summary = QStringLiteral("A longer summary of generated event %1, as an article would give it, with a "
                                       "few more words to make it the length of a real one.").arg(i);
        event.kind = EventKind(random.bounded(7));
        event.startMs = first + std::int64_t(random.bounded(1.0) * double(span)) / 1000 * 1000;
        event.precision = Precision::Second;
        event.tz = QStringLiteral("America/New_York");
        event.dataset = dataset;
        event.actors << EventActor{snapshot.actors[random.bounded(300)].uid, QStringLiteral("subject")};
        if (random.bounded(3) == 0)
            event.symbols << tickers[random.bounded(4)];
        snapshot.events << std::move(event);
    }
    Store(path).importSnapshot(snapshot);
}

} // namespace

// The window on a million events: the table and the timeline share one compact index read row by
// row from the database. window_MB is what the open window adds to the process's resident memory
// (measured before and after; the generated snapshot's memory is handed back to the system first),
// rss_MB the process's total with it open.
static void BM_StartupFirstPaint_1000000(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.db"));
    writeMillionEvents(path);
    malloc_trim(0);
    const long before = residentMegabytes("VmRSS:");
    long rss = 0;
    for (auto _ : state)
        openAndPaint(path, [&rss] { rss = residentMegabytes("VmRSS:"); });
    state.counters["rss_MB"] = double(rss);
    state.counters["window_MB"] = double(rss - before);
}
BENCHMARK(BM_StartupFirstPaint_1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

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
