// SPDX-License-Identifier: GPL-3.0-or-later
// Budgets (DESIGN.md §9): import 10,000,000 one-minute bars ≤ 10 s; a chart of a 10,000,000-bar
// series read from the database re-rendered after a zoom ≤ 16 ms, with the process ≤ 400 MB
// (BM_ChartZoomFromStore_10000000, rss_MB).
//
// The import reads 100 Yahoo-style files of 100,000 rows (yfinance's date-times and float noise)
// through the import job of `tickerline import --symbol WALK f1.csv … f100.csv`, into a new
// database, and closes it. The same run times the sqlite3 shell importing the same files into a
// table keyed by time (`.import` inside one transaction), printed as sqlite3_shell_s.
#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/chartinput.h"
#include "charts/pricechart.h"
#include "imports/importjob.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <malloc.h>
#include <sys/resource.h>

#include <cstdio>

using namespace tickerline;

namespace {

constexpr int kFiles = 100;
constexpr int kRowsPerFile = 100'000;
const QSize kFrame(1920, 1080);

long residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLong() / 1024;
    }
    return 0;
}

// The 100 files, written once into a folder kept between runs (1.2 GB).
QStringList minuteFiles()
{
    const QString folder = QDir::temp().filePath(QStringLiteral("tickerline-bench-bars"));
    QDir().mkpath(folder);
    QStringList paths;
    QRandomGenerator random(61);
    double close = 100;
    std::int64_t ms = *utcMidnight(2000, 1, 3);
    for (int f = 0; f < kFiles; ++f) {
        const QString path = QStringLiteral("%1/minutes-%2.csv").arg(folder).arg(f + 1, 3, 10, QLatin1Char('0'));
        paths << path;
        if (QFile::exists(path)) {
            ms += std::int64_t(kRowsPerFile) * 60'000;
            continue;
        }
        QByteArray csv = "Date,Open,High,Low,Close,Adj Close,Volume\n";
        csv.reserve(qsizetype(kRowsPerFile) * 130);
        char line[256];
        for (int i = 0; i < kRowsPerFile; ++i, ms += 60'000) {
            const double open = close * (1 + (random.bounded(2.0) - 1) * 0.001);
            close = std::max(1.0, open * (1 + (random.bounded(2.0) - 1) * 0.002));
            const double high = std::max(open, close) * (1 + random.bounded(0.001));
            const double low = std::min(open, close) * (1 - random.bounded(0.001));
            const QByteArray when = formatIsoUtc(ms).toLatin1(); // 2000-01-03T00:00:00Z
            const int length = std::snprintf(line, sizeof line, "%.10s %.8s+00:00,%.17g,%.17g,%.17g,%.17g,%.17g,%d\n",
                                             when.constData(), when.constData() + 11, open, high, low, close,
                                             close * 0.98, 1'000 + int(random.bounded(90'000)));
            csv.append(line, length);
        }
        QFile file(path + QStringLiteral(".part"));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        QFile::rename(path + QStringLiteral(".part"), path);
    }
    return paths;
}

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The sqlite3 shell's time (wall, and CPU in *cpu) for the same rows into a table keyed by time,
// in one transaction.
double sqliteShellSeconds(const QStringList &paths, const QString &folder, double *cpu)
{
    const double cpuBefore = childCpuSeconds();
    QByteArray script = "CREATE TABLE bars(ts TEXT PRIMARY KEY, open REAL NOT NULL, high REAL NOT NULL, "
                        "low REAL NOT NULL, close REAL NOT NULL, adj_close REAL, volume REAL) WITHOUT ROWID;\n"
                        "BEGIN;\n";
    for (const QString &path : paths)
        script += ".import --csv --skip 1 '" + path.toUtf8() + "' bars\n";
    script += "COMMIT;\n";
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("/usr/bin/sqlite3"), {QDir(folder).filePath(QStringLiteral("shell.db"))});
    shell.waitForStarted();
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    *cpu = childCpuSeconds() - cpuBefore;
    if (shell.exitCode() != 0 || !shell.readAllStandardError().isEmpty())
        return -1;
    return seconds;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void importTenMillionBars(benchmark::State &state)
{
    const QStringList paths = minuteFiles();
    qint64 bars = 0;
    const double cpuBefore = processCpuSeconds();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bars.tickerline"));
        {
            FileStore created(path);
        }
        state.ResumeTiming();
        {
            FileStore store(path);
            ImportRequest request;
            request.paths = paths;
            request.symbol = QStringLiteral("WALK");
            bars = ImportJob(request).run(store).bars();
        } // closed: the checkpoint of the WAL into the file is part of the work
    }
    if (bars != qint64(kFiles) * kRowsPerFile)
        state.SkipWithError("not every row became a bar");
    // Both threads: the reading and parsing one and the writing one.
    state.counters["process_cpu_s"] = (processCpuSeconds() - cpuBefore) / double(state.iterations());
    QTemporaryDir shellDir;
    state.counters["bars"] = double(bars);
    double shellCpu = 0;
    state.counters["sqlite3_shell_s"] = sqliteShellSeconds(paths, shellDir.path(), &shellCpu);
    state.counters["sqlite3_shell_cpu_s"] = shellCpu;
}

// A database of one 10,000,000-bar series of one-minute closes (a random walk), written once
// and kept beside the CSV files.
QString tenMillionBarDatabase()
{
    const QString path = QDir::temp().filePath(QStringLiteral("tickerline-bench-bars/walk.tickerline"));
    if (QFile::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).path());
    const QString part = path + QStringLiteral(".part");
    {
        FileStore store(part);
        Transaction transaction(store.database());
        QRandomGenerator random(42);
        double price = 100;
        std::int64_t ms = *utcMidnight(2000, 1, 3);
        Symbol symbol;
        symbol.ticker = QStringLiteral("WALK");
        DatasetInfo provenance;
        provenance.uid = provenance.name = QStringLiteral("walk");
        for (int chunk = 0; chunk < 100; ++chunk) {
            PriceSeries series;
            series.symbol = symbol.ticker;
            series.interval = QStringLiteral("1m");
            for (int i = 0; i < 100'000; ++i, ms += 60'000) {
                const double open = price;
                price = std::max(1.0, price + (random.generateDouble() - 0.5) * 0.2);
                series.bars.push_back(Bar{ms, open, std::max(open, price) + 0.05, std::min(open, price) - 0.05, price,
                                          std::nullopt, double(random.bounded(10'000))});
            }
            store.writeSeries(symbol, series, provenance);
        }
        transaction.commit();
    }
    QFile::rename(part, path);
    return path;
}

// The window's way to a price chart (loadChartInput, makeChart) of the 10,000,000-bar series,
// zoomed to 1/N of it (N the argument: 1 everything, 5 two million bars, 100 a hundred thousand,
// 1000 ten thousand), each iteration at another place of that width, rendered. Every zoom reads
// from the database. rss_MB: the process with the chart open.
void chartZoomFromStore(benchmark::State &state)
{
    const QString path = tenMillionBarDatabase();
    malloc_trim(0);
    FileStore store(path, Store::Open::ExistingOnly);
    ChartRequest request;
    request.symbols = {QStringLiteral("WALK")};
    std::unique_ptr<TickerChart> chart = makeChart(loadChartInput(store, request), request);
    auto &price = static_cast<PriceChart &>(*chart);
    ChartExporter({kFrame, 96, false}).layOut(price);
    QImage image(kFrame, QImage::Format_ARGB32_Premultiplied);
    const std::int64_t from = price.dataFromMs(), to = price.dataToMs(), span = to - from;
    const std::int64_t width = span / state.range(0);
    std::int64_t step = 0;
    std::size_t most = 0;
    for (auto _ : state) {
        // Seven places across the series, each a little narrower than the last.
        const std::int64_t at = ++step % 7;
        const std::int64_t start = from + (span - width) * at / 7;
        price.setRange(start, start + width - width * at / 50);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        price.scene()->render(&painter, QRectF(QPointF(0, 0), kFrame), QRectF(QPointF(0, 0), kFrame));
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
        most = std::max(most, price.pointsShown());
    }
    state.counters["points_shown_max"] = double(most);
    state.counters["rss_MB"] = double(residentMegabytes());
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::RegisterBenchmark("BM_ImportBars_10000000", importTenMillionBars)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
    benchmark::RegisterBenchmark("BM_ChartZoomFromStore_10000000", chartZoomFromStore)
        ->Arg(1)
        ->Arg(5)
        ->Arg(100)
        ->Arg(1000)
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
