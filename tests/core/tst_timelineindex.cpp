// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineIndex: the lanes, range queries and bins the timeline draws from, checked against
// plain scans of the same events.

#include "timeline/timelineindex.h"
#include "time/isotime.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace tickerline;

namespace {

std::int64_t at(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso))->ms;
}

Event makeEvent(const char *uid, EventKind kind, const char *start, const char *end = nullptr,
                Precision precision = Precision::Second, QStringList actors = {})
{
    Event e;
    e.uid = QString::fromLatin1(uid);
    e.title = QStringLiteral("Title of ") + e.uid;
    e.kind = kind;
    e.startMs = at(start);
    if (end)
        e.endMs = at(end);
    e.precision = precision;
    e.tz = QStringLiteral("America/New_York");
    for (const QString &actor : actors)
        e.actors.append({actor, QStringLiteral("author")});
    return e;
}

// A few events of the bundled episode, in the store's terms.
QList<Event> episodeEvents()
{
    return {
        makeEvent("altman-hype-post", EventKind::Statement, "2025-01-20T08:32:19Z", nullptr,
                  Precision::Second, {QStringLiteral("sam-altman"), QStringLiteral("openai")}),
        makeEvent("r1-release", EventKind::Release, "2025-01-20", nullptr, Precision::Day,
                  {QStringLiteral("deepseek")}),
        makeEvent("stargate", EventKind::Policy, "2025-01-21", nullptr, Precision::Day,
                  {QStringLiteral("sam-altman"), QStringLiteral("donald-trump")}),
        makeEvent("selloff", EventKind::Market, "2025-01-27T14:30:00Z", "2025-01-27T21:00:00Z",
                  Precision::Minute),
        makeEvent("gomez", EventKind::Statement, "2025-01-27", "2025-01-31", Precision::Day,
                  {QStringLiteral("aidan-gomez")}),
        makeEvent("altman-statement", EventKind::Statement, "2025-01-28T02:29:53Z", nullptr,
                  Precision::Second, {QStringLiteral("sam-altman")}),
    };
}

QStringList laneNames(const TimelineIndex &index)
{
    QStringList names;
    for (const auto &lane : index.lanes())
        names.append(lane.name);
    return names;
}

QStringList laneUids(const TimelineIndex &index, std::size_t lane)
{
    QStringList uids;
    for (std::uint32_t e : index.lanes()[lane].entries)
        uids.append(index.uid(e));
    return uids;
}


// Everything the views read of an index, entry by entry and lane by lane.
QStringList describe(const TimelineIndex &index)
{
    QStringList lines;
    for (std::uint32_t i = 0; i < index.size(); ++i) {
        const TimelineEntry &e = index.entry(i);
        lines << QStringLiteral("%1 %2 %3 %4 k%5 f%6 %7 [%8] [%9] @%10")
                     .arg(index.uid(i), index.title(i))
                     .arg(e.startMs)
                     .arg(e.endMs)
                     .arg(e.kind)
                     .arg(e.flags)
                     .arg(QString::fromUtf8(index.zoneId(i)), index.actorKeys(i).join(u','),
                          index.symbols(i).join(u','))
                     .arg(index.findUid(index.uid(i)).value_or(999999));
    }
    for (std::size_t l = 0; l < index.lanes().size(); ++l) {
        const TimelineIndex::Lane &lane = index.lanes()[l];
        QStringList members;
        for (std::size_t i = 0; i < lane.entries.size(); ++i)
            members << QStringLiteral("%1/%2/%3").arg(index.uid(lane.entries[i])).arg(lane.starts[i]).arg(lane.maxEnds[i]);
        lines << QStringLiteral("lane %1 %2 %3: %4").arg(lane.name).arg(lane.kind).arg(lane.unassigned).arg(members.join(u' '));
    }
    return lines;
}

} // namespace

class TestTimelineIndex : public QObject
{
    Q_OBJECT

private slots:
    void entriesAreInTimeOrder()
    {
        const TimelineIndex index = TimelineIndex::fromEvents(episodeEvents(), {});
        QCOMPARE(index.size(), std::size_t(6));
        QStringList order;
        for (std::uint32_t i = 0; i < index.size(); ++i)
            order.append(index.uid(i));
        // The R1 release is a date: midnight UTC comes before Altman's 08:32 post.
        QCOMPARE(order, QStringList({QStringLiteral("r1-release"), QStringLiteral("altman-hype-post"),
                                     QStringLiteral("stargate"), QStringLiteral("gomez"),
                                     QStringLiteral("selloff"), QStringLiteral("altman-statement")}));
        QCOMPARE(index.title(1), QStringLiteral("Title of altman-hype-post"));
        QCOMPARE(index.zoneId(1), QByteArray("America/New_York"));
        const TimelineEntry &selloff = index.entry(4);
        QVERIFY(selloff.isSpan());
        QCOMPARE(selloff.endMs, at("2025-01-27T21:00:00Z"));
        QVERIFY(selloff.precision() == Precision::Minute);
        QVERIFY(index.entry(0).isCalendarPrecision());
        QCOMPARE(index.firstMs(), at("2025-01-20"));
        QCOMPARE(index.lastMs(), at("2025-01-31"));
    }

    void lanesByKind()
    {
        const TimelineIndex index = TimelineIndex::fromEvents(episodeEvents(), {});
        QCOMPARE(laneNames(index), QStringList({QStringLiteral("statement"), QStringLiteral("release"),
                                                QStringLiteral("market"), QStringLiteral("policy")}));
        QCOMPARE(laneUids(index, 0), QStringList({QStringLiteral("altman-hype-post"), QStringLiteral("gomez"),
                                                  QStringLiteral("altman-statement")}));
        QCOMPARE(index.lanes()[2].kind, int(EventKind::Market));
    }

    void lanesByActorRepeatSharedEvents()
    {
        TimelineIndex index = TimelineIndex::fromEvents(
            episodeEvents(), {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman")},
                              {QStringLiteral("aidan-gomez"), QStringLiteral("Aidan Gomez")}});
        index.setLaneMode(LaneMode::ByActor);
        QCOMPARE(laneNames(index), QStringList({QStringLiteral("Aidan Gomez"), QStringLiteral("deepseek"),
                                                QStringLiteral("donald-trump"), QStringLiteral("openai"),
                                                QStringLiteral("Sam Altman"), QStringLiteral("No actor")}));
        QCOMPARE(laneUids(index, 4), QStringList({QStringLiteral("altman-hype-post"), QStringLiteral("stargate"),
                                                  QStringLiteral("altman-statement")}));
        QCOMPARE(laneUids(index, 5), QStringList({QStringLiteral("selloff")}));
        index.setLaneMode(LaneMode::BySymbol);
        QCOMPARE(laneNames(index), QStringList({QStringLiteral("No symbol")}));
        QCOMPARE(index.lanes()[0].entries.size(), std::size_t(6));
    }

    void rangeIncludesSpansStartingEarlier()
    {
        const TimelineIndex index = TimelineIndex::fromEvents(episodeEvents(), {});
        // 29 January: only Gomez's week-long remark (from the 27th) reaches into it.
        const auto [first, last] = index.laneRange(0, at("2025-01-29"), at("2025-01-30"));
        QStringList hits;
        for (std::size_t pos = first; pos < last; ++pos) {
            const TimelineEntry &e = index.entry(index.lanes()[0].entries[pos]);
            if (e.endMs >= at("2025-01-29") && e.startMs <= at("2025-01-30"))
                hits.append(index.uid(index.lanes()[0].entries[pos]));
        }
        QCOMPARE(hits, QStringList({QStringLiteral("gomez")}));
        const auto [a, b] = index.laneRange(0, at("2025-02-10"), at("2025-02-11"));
        QCOMPARE(a, b);
    }

    // A filter's index: the chosen entries with everything the views read, lanes only for
    // actors that still have events, and uid lookups of its own.
    void subsetKeepsWhatItTakes()
    {
        QList<Event> events = episodeEvents();
        events[3].symbols = {QStringLiteral("NVDA"), QStringLiteral("QQQ")};
        TimelineIndex index = TimelineIndex::fromEvents(events, {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman")}});
        index.setLaneMode(LaneMode::ByActor);
        std::vector<std::uint32_t> chosen;
        for (const char *uid : {"stargate", "selloff", "altman-statement"})
            chosen.push_back(*index.findUid(QLatin1String(uid)));
        std::sort(chosen.begin(), chosen.end());
        const TimelineIndex part = index.subset(chosen);
        QCOMPARE(part.size(), std::size_t(3));
        QCOMPARE(part.laneMode(), LaneMode::ByActor);
        for (std::uint32_t i = 0; i < part.size(); ++i) {
            const std::uint32_t original = *index.findUid(part.uid(i));
            QCOMPARE(part.title(i), index.title(original));
            QCOMPARE(part.entry(i).startMs, index.entry(original).startMs);
            QCOMPARE(part.entry(i).endMs, index.entry(original).endMs);
            QCOMPARE(part.entry(i).flags, index.entry(original).flags);
            QCOMPARE(part.zoneId(i), index.zoneId(original));
            QCOMPARE(part.actorKeys(i), index.actorKeys(original));
            QCOMPARE(part.symbols(i), index.symbols(original));
            QCOMPARE(part.findUid(part.uid(i)), std::optional<std::uint32_t>(i));
        }
        QVERIFY(!part.findUid(QStringLiteral("r1-release")));
        QCOMPARE(laneNames(part), QStringList({QStringLiteral("donald-trump"), QStringLiteral("Sam Altman"),
                                               QStringLiteral("No actor")}));
        QCOMPARE(laneUids(part, 1), QStringList({QStringLiteral("stargate"), QStringLiteral("altman-statement")}));
    }

    // A filter's index shares its parent's strings; edits of the parent (a title changed, an event
    // added with a new actor, one removed) leave it as it was taken, and it outlives the parent.
    // A copy has strings of its own.
    void subsetStaysAsTakenWhileItsParentIsEdited()
    {
        auto index = std::make_unique<TimelineIndex>(
            TimelineIndex::fromEvents(episodeEvents(), {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman")}}));
        index->setLaneMode(LaneMode::ByActor);
        const std::vector<std::uint32_t> chosen{*index->findUid(QStringLiteral("stargate")),
                                                *index->findUid(QStringLiteral("altman-statement"))};
        const TimelineIndex part = index->subset(chosen);
        const TimelineIndex reversed = index->subset({chosen[1], chosen[0]}); // put in time order
        QCOMPARE(reversed.uid(0), QStringLiteral("stargate"));
        QCOMPARE(reversed.findUid(QStringLiteral("altman-statement")), std::optional<std::uint32_t>(1));
        const TimelineIndex copy = *index;
        const QString title = part.title(1);

        Event changed = episodeEvents()[0];
        for (const Event &event : episodeEvents()) {
            if (event.uid == QLatin1String("altman-statement"))
                changed = event;
        }
        changed.title = QStringLiteral("A title written after the filter");
        QVERIFY(index->replaceEntry(*index->findUid(changed.uid), changed));
        Event added = changed;
        added.uid = QStringLiteral("added-later");
        added.actors = {{QStringLiteral("new-actor"), QStringLiteral("author")}};
        index->insertEvent(added);
        index->removeEntry(*index->findUid(QStringLiteral("stargate")));
        QCOMPARE(index->title(*index->findUid(changed.uid)), changed.title);
        QCOMPARE(copy.title(*copy.findUid(changed.uid)), title);
        index.reset();

        QCOMPARE(part.size(), std::size_t(2));
        QCOMPARE(part.uid(0), QStringLiteral("stargate"));
        QCOMPARE(part.uid(1), QStringLiteral("altman-statement"));
        QCOMPARE(part.title(1), title);
        QCOMPARE(part.actorKeys(1), QStringList{QStringLiteral("sam-altman")});
        QVERIFY(!part.findUid(QStringLiteral("added-later")));
        QCOMPARE(laneUids(part, 1), QStringList({QStringLiteral("stargate"), QStringLiteral("altman-statement")}));
        const QByteArray utf8 = title.toUtf8();
        const std::vector<std::uint8_t> passed =
            part.textsPassing([&utf8](const TimelineIndex::EventText &text) { return text.title == utf8.data(); });
        QCOMPARE(passed, (std::vector<std::uint8_t>{0, 1}));
    }

    void editsInPlaceEqualAFreshIndex_data()
    {
        QTest::addColumn<LaneMode>("mode");
        QTest::newRow("by kind") << LaneMode::ByKind;
        QTest::newRow("by actor") << LaneMode::ByActor;
        QTest::newRow("by symbol") << LaneMode::BySymbol;
    }

    void editsInPlaceEqualAFreshIndex()
    {
        // Random removals and insertions (with ties in time, spans, new actors and symbols, and
        // lanes that empty), each checked against an index built from the same events at once.
        QFETCH(LaneMode, mode);
        QRandomGenerator random(7);
        const QStringList actors{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        const QStringList symbols{QStringLiteral("NVDA"), QStringLiteral("QQQ"), QStringLiteral("TSM")};
        int made = 0;
        const auto newEvent = [&] {
            Event e;
            e.uid = QStringLiteral("e%1").arg(made++);
            e.title = QStringLiteral("Title %1").arg(random.bounded(50));
            e.kind = EventKind(random.bounded(7));
            e.startMs = at("2025-01-20") + std::int64_t(random.bounded(20)) * 3'600'000; // many ties
            if (random.bounded(3) == 0)
                e.endMs = e.startMs + std::int64_t(random.bounded(100)) * 3'600'000;
            e.precision = random.bounded(2) ? Precision::Day : Precision::Second;
            e.uncertain = random.bounded(5) == 0;
            e.tz = random.bounded(2) ? QStringLiteral("UTC") : QStringLiteral("Asia/Shanghai");
            for (const QString &actor : actors) {
                if (random.bounded(3) == 0)
                    e.actors.append({made > 40 && actor == QLatin1String("d") ? QStringLiteral("late") : actor, {}});
            }
            for (const QString &symbol : symbols) {
                if (random.bounded(3) == 0)
                    e.symbols << symbol;
            }
            return e;
        };
        QList<Event> events; // in record order, as a fresh index would read them
        for (int i = 0; i < 30; ++i)
            events << newEvent();
        const QHash<QString, QString> names{{QStringLiteral("a"), QStringLiteral("Alice")}};
        TimelineIndex index = TimelineIndex::fromEvents(events, names, mode);
        for (int step = 0; step < 300; ++step) {
            const int what = random.bounded(3);
            if (!events.isEmpty() && what == 0) {
                const qsizetype gone = random.bounded(events.size());
                index.removeEntry(*index.findUid(events[gone].uid));
                events.removeAt(gone);
            } else if (!events.isEmpty() && what == 1) {
                // A changed event: in place when it keeps its place, else out and in again.
                const qsizetype changed = random.bounded(events.size());
                Event edited = newEvent();
                edited.uid = events[changed].uid;
                if (random.bounded(2))
                    edited.startMs = events[changed].startMs; // fields only
                const std::uint32_t entry = *index.findUid(edited.uid);
                if (!index.replaceEntry(entry, edited)) {
                    index.removeEntry(entry);
                    index.insertEvent(edited);
                } else {
                    QCOMPARE(index.findUid(edited.uid), std::optional<std::uint32_t>(entry));
                }
                events.removeAt(changed);
                events << edited; // its record is the newest now
            } else {
                const Event added = newEvent();
                const std::uint32_t expected = index.insertPosition(added.startMs);
                QCOMPARE(index.insertEvent(added), expected);
                events << added;
            }
            const TimelineIndex fresh = TimelineIndex::fromEvents(events, names, mode);
            QCOMPARE(describe(index), describe(fresh));
            QCOMPARE(index.lastMs(), fresh.lastMs());
        }
        // Emptied and filled again.
        while (!events.isEmpty()) {
            index.removeEntry(*index.findUid(events.takeLast().uid));
        }
        QVERIFY(index.isEmpty());
        QVERIFY(index.lanes().empty());
        events << newEvent();
        index.insertEvent(events.constFirst());
        QCOMPARE(describe(index), describe(TimelineIndex::fromEvents(events, names, mode)));
        index.setLaneMode(mode == LaneMode::ByKind ? LaneMode::ByActor : LaneMode::ByKind);
        QCOMPARE(describe(index), describe(TimelineIndex::fromEvents(events, names, index.laneMode())));
    }

    void addedEventsTakeTheRecordsAfterTheKeptOnes()
    {
        // The window finds an imported event being saved by its record (Workspace::unsavedEvent).
        const QList<Event> all = episodeEvents();
        const TimelineIndex base = TimelineIndex::fromEvents(all.mid(0, 4), {});
        QList<Event> added = all.mid(4);
        added.prepend(makeEvent("earlier", EventKind::Other, "2025-01-01T00:00:00Z"));
        added[1].tz = QStringLiteral("Asia/Shanghai"); // zones change between added events
        const TimelineIndex index = base.withChanges({QStringLiteral("r1-release")}, added);
        QCOMPARE(index.size(), std::size_t(3 + 3));
        const std::uint32_t firstAdded = std::uint32_t(index.size() - std::size_t(added.size()));
        for (qsizetype i = 0; i < added.size(); ++i) {
            const auto entry = index.findUid(added[i].uid);
            QVERIFY(entry);
            QCOMPARE(index.entry(*entry).record, firstAdded + std::uint32_t(i));
            QCOMPARE(QString::fromUtf8(index.zoneId(*entry)), added[i].tz);
        }
        QCOMPARE(index.uid(0), QStringLiteral("earlier")); // in time order all the same
    }

    void findUid()
    {
        const TimelineIndex index = TimelineIndex::fromEvents(episodeEvents(), {});
        for (std::uint32_t i = 0; i < index.size(); ++i)
            QCOMPARE(index.findUid(index.uid(i)), std::optional<std::uint32_t>(i));
        QVERIFY(!index.findUid(QStringLiteral("no-such-event")));
        QVERIFY(!index.findUid(QString()));
    }

    void binsMatchAScan()
    {
        // 200,000 events over ten years, against brute-force counts of the same starts.
        TimelineIndex index;
        QRandomGenerator random(42);
        const std::int64_t from = at("2015-01-01");
        const std::int64_t span = at("2025-01-01") - from;
        std::vector<std::int64_t> starts;
        for (int i = 0; i < 200'000; ++i) {
            const std::int64_t start = from + std::int64_t(random.bounded(1.0) * double(span));
            starts.push_back(start);
            index.addEvent(QString::number(i), QStringLiteral("e"), EventKind::Report, start, std::nullopt,
                           Precision::Second, false, "UTC", {}, {});
        }
        index.finish();
        QCOMPARE(index.lanes().size(), std::size_t(1));
        const std::int64_t a = at("2019-03-01");
        const std::int64_t b = at("2019-04-01");
        std::vector<std::uint32_t> bins(31);
        index.binStarts(0, a, b, bins);
        for (std::size_t d = 0; d < bins.size(); ++d) {
            const std::int64_t lo = a + std::int64_t(d) * kMsPerDay;
            const auto expected = std::count_if(starts.begin(), starts.end(), [&](std::int64_t s) {
                return s >= lo && s < lo + kMsPerDay;
            });
            QCOMPARE(std::int64_t(bins[d]), std::int64_t(expected));
        }
        const auto inMonth = std::count_if(starts.begin(), starts.end(), [&](std::int64_t s) { return s >= a && s < b; });
        QCOMPARE(std::int64_t(index.countStarts(0, a, b)), std::int64_t(inMonth));
        // Compact: under a hundred bytes an event besides the text (a QList<Event> takes several hundred).
        QVERIFY2(index.memoryBytes() / index.size() < 100, qPrintable(QString::number(index.memoryBytes() / index.size())));
    }
};

QTEST_GUILESS_MAIN(TestTimelineIndex)
#include "tst_timelineindex.moc"
