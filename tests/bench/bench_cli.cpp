// SPDX-License-Identifier: GPL-3.0-or-later
// `tickerline events` on a database of 1,000,000 events, the real binary in a process of its own
// as a script runs it: how soon its first line arrives and how long the whole listing takes,
// in each format and with two filters, with the CPU time and peak memory of the process.

#include "millionevents.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>

using namespace tickerline;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path;

    Fixture()
    {
        if (!dir.isValid())
            qFatal("cannot create a temporary directory");
        path = dir.filePath(QStringLiteral("million.tickerline"));
        bench::writeMillionEvents(path);
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

// A memory figure of the process from /proc/PID/status, in MB, 0 once it is gone: "VmHWM", its
// peak resident memory so far (its own, from exec on: a fork's copy of this process is not
// counted), which includes the pages of the database file it maps; "RssAnon", its own memory now.
double statusMb(qint64 pid, QByteArrayView field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line[field.size()] == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1e3 +
           (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1e3;
}

void BM_CliEvents(benchmark::State &state, bool json, const QStringList &filter)
{
    const QString db = fixture().path;
    double firstLineMs = 0;
    double allMs = 0;
    double cpuMs = 0;
    double rssMb = 0;
    double anonMb = 0;
    qint64 bytes = 0;
    qint64 lines = 0;
    for (auto _ : state) {
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("events")};
        if (json)
            args << QStringLiteral("--json");
        args << filter;
        QProcess process;
        const double cpuBefore = childCpuMs();
        QElapsedTimer timer;
        timer.start();
        // TICKERLINE_BENCH_BINARY measures another build (an older one) on the same database.
        process.start(qEnvironmentVariable("TICKERLINE_BENCH_BINARY", QStringLiteral(TICKERLINE_BINARY)), args);
        bool seenLine = false;
        bytes = 0;
        lines = 0;
        rssMb = 0;
        anonMb = 0;
        const qint64 pid = process.processId();
        while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
            rssMb = std::max(rssMb, statusMb(pid, "VmHWM"));
            anonMb = std::max(anonMb, statusMb(pid, "RssAnon"));
            if (process.bytesAvailable() == 0 && !process.waitForReadyRead(600'000))
                break;
            const QByteArray chunk = process.readAll();
            if (!seenLine && chunk.contains('\n')) {
                firstLineMs = double(timer.nsecsElapsed()) / 1e6;
                seenLine = true;
            }
            bytes += chunk.size();
            lines += chunk.count('\n');
        }
        process.waitForFinished(600'000);
        allMs = double(timer.nsecsElapsed()) / 1e6;
        cpuMs = childCpuMs() - cpuBefore;
        state.SetIterationTime(allMs / 1e3);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            state.SkipWithError(process.readAllStandardError().constData());
    }
    state.counters["first_line_ms"] = firstLineMs;
    state.counters["all_ms"] = allMs;
    state.counters["process_cpu_ms"] = cpuMs;
    state.counters["peak_rss_MB"] = rssMb;
    state.counters["peak_anon_MB"] = anonMb;
    state.counters["MB"] = double(bytes) / 1e6;
    state.counters["lines"] = double(lines);
}

} // namespace

BENCHMARK_CAPTURE(BM_CliEvents, text, false, QStringList())
    ->Name("BM_CliEventsText_1000000")
    ->UseManualTime()
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CliEvents, json, true, QStringList())
    ->Name("BM_CliEventsJson_1000000")
    ->UseManualTime()
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond);
// A filter that keeps the later half of the ten years, and one that keeps two kinds of seven.
BENCHMARK_CAPTURE(BM_CliEvents, jsonFrom, true, QStringList{QStringLiteral("--from"), QStringLiteral("2020-01-01")})
    ->Name("BM_CliEventsJsonFrom_1000000")
    ->UseManualTime()
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CliEvents, jsonKinds, true, QStringList{QStringLiteral("--kind"), QStringLiteral("policy,market")})
    ->Name("BM_CliEventsJsonKinds_1000000")
    ->UseManualTime()
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
