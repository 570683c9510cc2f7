// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The million generated events the window benchmarks open, edit and import, and their main().

#include "store/filestore.h"

#include <QApplication>
#include <QLocale>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

namespace tickerline::bench {

inline Snapshot millionEvents()
{
    Snapshot snapshot;
    const QString dataset = QStringLiteral("generated");
    snapshot.datasets << DatasetInfo{dataset, QStringLiteral("Generated"), QStringLiteral("bench"), QString(),
                                     QString(), QStringLiteral("2025-01-01T00:00:00Z")};
    for (int a = 0; a < 300; ++a)
        snapshot.actors << Actor{QStringLiteral("actor-%1").arg(a), QStringLiteral("Actor %1").arg(a),
                                 QStringLiteral("person"), dataset};
    const QStringList symbols{QStringLiteral("NVDA"), QStringLiteral("MSFT"), QStringLiteral("AVGO"),
                              QStringLiteral("QQQ")};
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
            event.symbols << symbols[random.bounded(4)];
        snapshot.events << std::move(event);
    }
    return snapshot;
}

// A million events over ten years through the real import: titles, summaries, one of 300
// actors, up to one symbol, every kind.
inline void writeMillionEvents(const QString &path)
{
    FileStore(path).importSnapshot(millionEvents());
}

// main() of a benchmark program that opens windows: offscreen unless told otherwise.
inline int runWindowBenchmarks(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TickerlineBench"));
    // Titles and actors collate as in a real session (a C locale compares code units).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace tickerline::bench
