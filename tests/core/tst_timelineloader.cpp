// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineloader.h"

#include "imports/bundleddataset.h"
#include "store/filestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;

// The window's index is read row by row from the database (Store::forEachEventRow); it must
// hold exactly what Store::events() reads as whole events.
class TestTimelineLoader final : public QObject
{
    Q_OBJECT

private slots:
    void indexHoldsEveryEventAsTheStoreReadsIt()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("episode.db")));
        installBundledDataset(store);
        const QList<Event> events = store.events();
        QCOMPARE(events.size(), 11);
        const TimelineIndex index = loadTimelineIndex(store, LaneMode::ByActor);
        QCOMPARE(index.size(), std::size_t(events.size()));
        QCOMPARE(index.laneMode(), LaneMode::ByActor);
        for (const Event &event : events) {
            const auto entry = index.findUid(event.uid);
            QVERIFY2(entry, qPrintable(event.uid));
            const TimelineEntry &e = index.entry(*entry);
            QCOMPARE(index.title(*entry), event.title);
            QCOMPARE(toString(EventKind(e.kind)), toString(event.kind));
            QCOMPARE(e.startMs, event.startMs);
            QCOMPARE(e.isSpan(), event.endMs.has_value());
            QCOMPARE(e.endMs, event.endMs.value_or(event.startMs));
            QCOMPARE(toString(e.precision()), toString(event.precision));
            QCOMPARE(e.isUncertain(), event.uncertain);
            QCOMPARE(QString::fromUtf8(index.zoneId(*entry)), event.tz);
            QStringList actors;
            for (const EventActor &actor : event.actors) {
                if (!actors.contains(actor.actor))
                    actors << actor.actor;
            }
            QCOMPARE(index.actorKeys(*entry), actors);
            QCOMPARE(index.symbols(*entry), event.symbols);
        }
        // Names come with the index, for the actor lanes and the table.
        QCOMPARE(index.actorNames().value(QStringLiteral("sam-altman")), QStringLiteral("Sam Altman"));
        // The selloff names 22 symbols, in the order the dataset gives them.
        const auto selloff = index.findUid(QStringLiteral("market-selloff-2025-01-27"));
        QVERIFY(selloff);
        QCOMPARE(index.symbols(*selloff).size(), 22);
        QCOMPARE(index.symbols(*selloff).constFirst(), QStringLiteral("NVDA"));
        QVERIFY(!index.findUid(QStringLiteral("no-such-event")));
    }

    void emptyDatabaseGivesAnEmptyIndex()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("empty.db")));
        const TimelineIndex index = loadTimelineIndex(store);
        QVERIFY(index.isEmpty());
        QVERIFY(!index.findUid(QStringLiteral("anything")));
    }
};

QTEST_GUILESS_MAIN(TestTimelineLoader)
#include "tst_timelineloader.moc"
