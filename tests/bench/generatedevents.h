// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The million events the store's benchmarks search and list, on a file (bench_store) and on a
// server (bench_pgstore): titles and summaries of words drawn from a market vocabulary with Zipf
// frequencies, as real headlines have, seven kinds, ten years of times, actors, symbols.

#include "newsevents.h"
#include "time/isotime.h"

#include <QRandomGenerator>

namespace tickerline::bench {

inline const std::int64_t kFirst = parseIsoTime(QStringLiteral("2015-01-01"))->ms;
inline const std::int64_t kLast = parseIsoTime(QStringLiteral("2025-01-01"))->ms;

inline Snapshot generatedSnapshot(int count)
{
    Snapshot snapshot;
    const QString dataset = QStringLiteral("bench-generated");
    snapshot.datasets << DatasetInfo{dataset, QStringLiteral("Generated events"), QStringLiteral("bench_store"),
                                     QString(), QString(), QStringLiteral("2025-01-01T00:00:00Z")};
    for (int a = 0; a < 500; ++a)
        snapshot.actors << Actor{QStringLiteral("actor-%1").arg(a), QStringLiteral("Actor number %1").arg(a),
                                 a % 3 ? QStringLiteral("person") : QStringLiteral("organisation"), dataset};
    const QStringList symbols{QStringLiteral("NVDA"), QStringLiteral("MSFT"), QStringLiteral("GOOGL"),
                              QStringLiteral("META"), QStringLiteral("AMD"),  QStringLiteral("AVGO"),
                              QStringLiteral("TSM"),  QStringLiteral("ASML"), QStringLiteral("ARM"),
                              QStringLiteral("ORCL"), QStringLiteral("SMCI"), QStringLiteral("QQQ")};
    const QStringList zones{QStringLiteral("America/New_York"), QStringLiteral("America/Los_Angeles"),
                            QStringLiteral("Europe/London"), QStringLiteral("Asia/Shanghai"), QStringLiteral("UTC")};
    const QStringList roles{QStringLiteral("author"), QStringLiteral("subject"), QStringLiteral("speaker")};

    const WordDrawer words;
    QRandomGenerator random(2025);
    snapshot.events.reserve(count);
    for (int i = 0; i < count; ++i) {
        Event event;
        event.uid = QStringLiteral("event-%1").arg(i);
        event.title = words.sentence(random, 5 + int(random.bounded(6)));
        event.summary = words.sentence(random, 15 + int(random.bounded(26)));
        event.kind = static_cast<EventKind>(random.bounded(7));
        const std::int64_t at = kFirst + std::int64_t(random.bounded(1.0) * double(kLast - kFirst));
        if (random.bounded(10) == 0) {
            event.precision = Precision::Day;
            event.startMs = at - at % kMsPerDay;
        } else {
            event.precision = Precision::Second;
            event.startMs = at - at % 1000;
        }
        if (random.bounded(20) == 0)
            event.endMs = event.startMs + (event.precision == Precision::Day ? kMsPerDay * random.bounded(1, 4)
                                                                             : random.bounded(3 * 3'600'000));
        event.uncertain = random.bounded(8) == 0;
        event.tz = zones[random.bounded(int(zones.size()))];
        event.dataset = dataset;
        const int actorCount = 1 + int(random.bounded(2));
        for (int a = 0; a < actorCount; ++a) {
            const EventActor actor{snapshot.actors[random.bounded(int(snapshot.actors.size()))].uid,
                                   roles[random.bounded(int(roles.size()))]};
            if (!event.actors.contains(actor))
                event.actors << actor;
        }
        for (int s = int(random.bounded(3)); s > 0; --s) {
            const QString &symbol = symbols[random.bounded(int(symbols.size()))];
            if (!event.symbols.contains(symbol))
                event.symbols << symbol;
        }
        snapshot.events << std::move(event);
    }
    return snapshot;
}

} // namespace tickerline::bench
