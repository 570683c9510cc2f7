// SPDX-License-Identifier: GPL-3.0-or-later
// One suite, both backends: every test runs once on a database file (FileStore) and once on a
// team database in the throwaway PostgreSQL cluster (PgStore), through the Store interface alone,
// and asserts the same values, the same refusals and the same state afterwards.
#include "core/interophelpers.h"
#include "error.h"
#include "imports/bundleddataset.h"
#include "io/tickerlinejson.h"
#include "store/eventedits.h"
#include "store/filestore.h"
#include "store/postgres/pgstore.h"
#include "store/quoteedits.h"
#include "store/searchranking.h"
#include "store/storecopy.h"
#include "support/databasefingerprint.h"
#include "support/pgtestdatabase.h"
#include "support/smallsnapshot.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using namespace tickerline;
using tickerline::testing::at;
using tickerline::testing::smallSnapshot;

namespace {

const QString kSelloff = QStringLiteral("market-selloff-2025-01-27");

Event note(const QString &uid, const QString &title)
{
    Event event;
    event.uid = uid;
    event.title = title;
    event.startMs = 1'737'990'000'000;
    event.precision = Precision::Minute;
    event.tz = QStringLiteral("UTC");
    return event;
}

PriceSeries minuteBars(int count, std::int64_t firstMs, double start)
{
    PriceSeries series;
    series.symbol = QStringLiteral("NVDA");
    series.interval = QStringLiteral("1m");
    QRandomGenerator random(17);
    double price = start;
    for (int i = 0; i < count; ++i) {
        const double open = price;
        price = std::max(1.0, price + (random.generateDouble() - 0.5) * 0.6);
        series.bars.push_back(Bar{firstMs + std::int64_t(i) * 60'000, open, std::max(open, price) + 0.05,
                                  std::min(open, price) - 0.05, price, std::nullopt, double(1000 + i)});
    }
    return series;
}

} // namespace

class tst_StoreBackends final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<test::PgTestDatabase>> m_servers;

    // A new, empty database of the row's backend.
    std::unique_ptr<Store> emptyStore()
    {
        QFETCH_GLOBAL(QString, backend);
        return emptyStore(backend);
    }

    // The other backend's: a server's beside a file, a file's beside a server.
    std::unique_ptr<Store> emptyStoreOfTheOtherBackend()
    {
        QFETCH_GLOBAL(QString, backend);
        return emptyStore(backend == QLatin1String("file") ? QStringLiteral("server") : QStringLiteral("file"));
    }

    std::unique_ptr<Store> emptyStore(const QString &backend)
    {
        if (backend == QLatin1String("file"))
            return openStore(
                m_dir.filePath(QStringLiteral("%1.tickerline").arg(QRandomGenerator::global()->generate64())));
        m_servers.push_back(std::make_unique<test::PgTestDatabase>());
        return openStore(m_servers.back()->target());
    }

    std::unique_ptr<Store> episodeStore()
    {
        std::unique_ptr<Store> store = emptyStore();
        installBundledDataset(*store);
        return store;
    }

    // What a refused write must leave as it was: a file's bytes, a server's whole export.
    static QByteArray stateOf(Store &store)
    {
        if (auto *file = dynamic_cast<FileStore *>(&store))
            return testing::databaseFingerprint(file->path());
        return writeTickerlineJson(store.exportSnapshot());
    }

    // SQL run on the database itself, as another program would.
    static void execute(Store &store, const char *sql)
    {
        if (auto *file = dynamic_cast<FileStore *>(&store))
            file->database().exec(sql);
        else
            dynamic_cast<PgStore &>(store).connection().exec(sql);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("file") << QStringLiteral("file");
        QTest::newRow("server") << QStringLiteral("server");
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!test::postgresCluster().isEmpty(), "run through ctest, which starts the PostgreSQL cluster");
    }

    void cleanup() { m_servers.clear(); }

    void theEpisodeReadsTheSame()
    {
        const std::unique_ptr<Store> store = episodeStore();
        QCOMPARE(store->eventCount(), 11);
        QCOMPARE(store->keys(KeyedTable::Events).size(), 11);
        QVERIFY(store->contains(KeyedTable::Events, kSelloff));
        QVERIFY(!store->contains(KeyedTable::Events, kSelloff.toUpper()));
        QVERIFY(store->contains(KeyedTable::Symbols, QStringLiteral("NVDA")));

        const Event selloff = store->event(kSelloff).value();
        QVERIFY(selloff.kind == EventKind::Market);
        QVERIFY(selloff.symbols.contains(QStringLiteral("NVDA")));
        EventFilter market;
        market.kinds = {EventKind::Market};
        QCOMPARE(store->events(market).size(), 1);
        EventFilter byActor;
        byActor.actor = QStringLiteral("sam altman");
        QVERIFY(store->events(byActor).size() >= 3);
        int listed = 0;
        store->forEachListedEvent({}, EventDetail::Full, [&](const ListedEvent &event) {
            ++listed;
            return event.uid != kSelloff.toUtf8();
        });
        QVERIFY(listed > 1 && listed <= 11);
        QStringList rows;
        store->forEachEventRow([&](const EventRow &row) { rows << row.uid; });
        QCOMPARE(rows.size(), 11);

        QCOMPARE(store->quotesOfEvent(kSelloff).size(), store->quoteCountsByEvent().value(kSelloff));
        QCOMPARE(store->sourceHeaders().size(), 3);
        QVERIFY(store->sourceHeaders().constFirst().text.isEmpty());
        QCOMPARE(store->seriesIntervals(QStringLiteral("nvda")), QStringList{QStringLiteral("1d")});
        const PriceSeries week = store->series(QStringLiteral("NVDA"), QStringLiteral("1d"), 1'737'936'000'000,
                                               1'737'936'000'000 + 86'400'000 - 1);
        QCOMPARE(week.bars.size(), 1);                              // Monday 27 January 2025
        QVERIFY(std::abs(week.bars.front().close - 118.42) < 1e-4); // the source's single precision
        const SeriesExtent extent = store->seriesExtent(QStringLiteral("NVDA"), QStringLiteral("1d"));
        QCOMPARE(extent.bars, 61);

        const QList<SearchHit> hits = store->search(QStringLiteral("trillion wipeout"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.constFirst().uid, QStringLiteral("q-futurism-trillion-wipeout"));
        QVERIFY(hits.constFirst().snippet.contains(QStringLiteral("[trillion]")));
        QVERIFY(store->search(QStringLiteral("'); DROP TABLE events; --")).isEmpty());
        QCOMPARE(store->eventCount(), 11);
        QCOMPARE(store->check(), QStringList());
    }

    void eventEditsKeepTheRulesAndUndoExactly()
    {
        const std::unique_ptr<Store> store = episodeStore();
        const Snapshot before = store->exportSnapshot();

        Event added = note(uniqueEventUid(*store, QStringLiteral("Ana's note")), QStringLiteral("Ana's note 注"));
        QCOMPARE(added.uid, QStringLiteral("ana-s-note"));
        added.actors << EventActor{QStringLiteral("Jensen Huang"), QStringLiteral("subject")};
        const QStringList newActors = addActorsByName(*store, added, {});
        QCOMPARE(newActors.size(), 1);
        store->addEvent(added);
        store->setEventLinks(added.uid,
                             {{{}, kSelloff, QStringLiteral("responds-to")},
                              {{}, QStringLiteral("stargate-announcement-2025-01-21"), QStringLiteral("follows")}});
        QCOMPARE(store->linksOfEvent(added.uid).size(), 2);
        QCOMPARE(store->linksOfEvent(added.uid).constLast().to, QStringLiteral("stargate-announcement-2025-01-21"));

        // Refusals name the field, and change nothing.
        const Event read = store->event(added.uid).value();
        const auto refused = [&](const std::function<void(Event &)> &change) {
            Event edited = read;
            change(edited);
            return testing::errorMessageOf([&] { store->updateEvent(edited, read); });
        };
        QCOMPARE(refused([](Event &e) { e.endMs = e.startMs - 1; }), QStringLiteral("end: before start"));
        QCOMPARE(refused([](Event &e) { e.tz = QStringLiteral("Mars/Base"); }),
                 QStringLiteral("tz: unknown zone \"Mars/Base\""));
        QCOMPARE(refused([](Event &e) {
                     e.actors << EventActor{QStringLiteral("nobody"), {}};
                 }),
                 QStringLiteral("actors: no actor \"nobody\""));
        QCOMPARE(refused([](Event &e) { e.uid = QStringLiteral("nope"); }), QStringLiteral("uid: no event \"nope\""));
        QCOMPARE(testing::errorMessageOf([&] { store->addEvent(read); }),
                 QStringLiteral("uid: event \"ana-s-note\" is already in the database"));
        QCOMPARE(testing::errorMessageOf([&] {
                     store->setEventLinks(read.uid, {{{}, read.uid, QStringLiteral("follows")}});
                 }),
                 QStringLiteral("links: \"ana-s-note\" cannot link to itself"));
        QCOMPARE(testing::errorMessageOf([&] {
                     store->setEventLinks(read.uid, {{{}, kSelloff, QStringLiteral("likes")}});
                 }),
                 QStringLiteral("links: unknown type \"likes\" (one of: responds-to, caused, follows, reports)"));
        QCOMPARE(store->event(read.uid), read);

        // An edit made on what someone else has changed since is refused, naming what they changed.
        Event theirs = read;
        theirs.title = QStringLiteral("Their title");
        store->updateEvent(theirs, read);
        Event mine = read;
        mine.summary = QStringLiteral("My summary");
        QCOMPARE(testing::errorMessageOf([&] { store->updateEvent(mine, read); }),
                 QStringLiteral("title: someone else changed event \"ana-s-note\" since it was opened; nothing was "
                                "saved, open it again to see their change"));
        QCOMPARE(store->event(read.uid)->title, theirs.title);
        QCOMPARE(testing::errorMessageOf([&] { store->removeEvent(read.uid, read); }),
                 QStringLiteral("title: someone else changed event \"ana-s-note\" since it was opened; nothing was "
                                "saved, open it again to see their change"));
        QVERIFY(store->event(read.uid));

        // A removed event comes back as it was, with its links and quotes.
        const QList<Quote> quotes = store->quotesOfEvent(kSelloff);
        QVERIFY(!quotes.isEmpty());
        const Snapshot edited = store->exportSnapshot();
        const EventRecord record = store->removeEvent(kSelloff);
        QCOMPARE(record.quotes.size(), quotes.size());
        QVERIFY(!store->event(kSelloff));
        QVERIFY(store->linksOfEvent(added.uid).size() == 1);
        store->restoreEvent(record);
        QCOMPARE(store->exportSnapshot(), edited);

        store->removeEvent(added.uid);
        for (const QString &actor : newActors)
            store->removeActorIfUnused(actor);
        QCOMPARE(store->exportSnapshot(), before);
    }

    void quoteSourceAndDatasetEdits()
    {
        const std::unique_ptr<Store> store = episodeStore();
        const Snapshot before = store->exportSnapshot();
        QVERIFY(store->ensureDataset(editsDataset()));
        QVERIFY(!store->ensureDataset(editsDataset()));
        Source memo;
        memo.uid = uniqueSourceUid(*store, QStringLiteral("Analyst memo"));
        memo.title = QStringLiteral("Analyst memo");
        memo.text = QStringLiteral("Nvidia fell 17 % on Monday. 英伟达下跌。");
        store->addSource(memo, editsDataset());
        QCOMPARE(store->source(memo.uid)->text, memo.text);
        QCOMPARE(testing::errorMessageOf([&] { store->addSource(memo); }),
                 QStringLiteral("source \"analyst-memo\" is already in the database"));

        Quote quote;
        quote.uid = uniqueQuoteUid(*store, memo.uid, 0);
        quote.source = memo.uid;
        quote.exact = QStringLiteral("Nvidia fell 17 %");
        quote.start = 0;
        quote.end = quote.exact.size();
        quote.status = AnchorStatus::Exact;
        quote.score = 1;
        quote.dataset = editsDataset().uid;
        store->addQuote(quote);
        QCOMPARE(store->quotesOfSource(memo.uid).size(), 1);
        QCOMPARE(testing::errorMessageOf([&] {
                     Quote stray = quote;
                     stray.uid = QStringLiteral("stray");
                     stray.event = QStringLiteral("nope");
                     store->addQuote(stray);
                 }),
                 QStringLiteral("quote \"stray\" names an unknown event \"nope\""));
        store->relinkQuote(quote.uid, kSelloff, QStringLiteral("sam-altman"));
        QCOMPARE(store->quotesOfSource(memo.uid).constFirst().event, kSelloff);
        QCOMPARE(testing::errorMessageOf([&] { store->relinkQuote(QStringLiteral("nope"), {}, {}); }),
                 QStringLiteral("no quote \"nope\" to link"));
        store->removeQuote(quote.uid);
        store->removeSource(memo.uid);
        QCOMPARE(testing::errorMessageOf([&] { store->removeSource(memo.uid); }),
                 QStringLiteral("no source \"analyst-memo\" to remove"));
        store->removeDatasetIfUnused(editsDataset().uid);
        QCOMPARE(store->exportSnapshot(), before);
    }

    void transactionsAreAllOrNothingAndNest()
    {
        const std::unique_ptr<Store> store = episodeStore();
        {
            const auto outer = store->transaction();
            store->addEvent(note(QStringLiteral("kept"), QStringLiteral("Kept")));
            {
                const auto inner = store->transaction();
                store->addEvent(note(QStringLiteral("dropped"), QStringLiteral("Dropped")));
            } // not committed: a savepoint rolled back
            outer->commit();
        }
        QVERIFY(store->event(QStringLiteral("kept")));
        QVERIFY(!store->event(QStringLiteral("dropped")));
        {
            const auto outer = store->transaction();
            store->removeEvent(QStringLiteral("kept"));
            store->addEvent(note(QStringLiteral("never"), QStringLiteral("Never")));
        }
        QVERIFY(store->event(QStringLiteral("kept")));
        QVERIFY(!store->event(QStringLiteral("never")));
        QCOMPARE(store->eventCount(), 12);
    }

    void anotherConnectionSeesCommitsAndReportsThem()
    {
        const std::unique_ptr<Store> mine = episodeStore();
        const std::unique_ptr<Store> theirs = mine->openAgain(Store::Open::CreateIfMissing);
        QCOMPARE(theirs->name(), mine->name());
        const std::int64_t seen = mine->outsideChanges();
        mine->addEvent(note(QStringLiteral("own"), QStringLiteral("My own")));
        QCOMPARE(mine->outsideChanges(), seen); // its own writes do not count
        QVERIFY(theirs->event(QStringLiteral("own")));
        theirs->addEvent(note(QStringLiteral("theirs"), QStringLiteral("Theirs")));
        QTRY_VERIFY_WITH_TIMEOUT(mine->outsideChanges() != seen, 5000);
        QVERIFY(mine->event(QStringLiteral("theirs")));

        // A reading connection reads and refuses every write before it starts.
        const std::unique_ptr<Store> reader = mine->openAgain(Store::Open::ReadOnly);
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->readOnlyReason(), Store::ReadOnlyReason::Requested);
        QCOMPARE(reader->eventCount(), 13);
        QCOMPARE(testing::errorMessageOf([&] { reader->removeEvent(kSelloff); }),
                 QStringLiteral("%1 is read-only: it was opened read-only").arg(mine->name()));
        QVERIFY(mine->event(kSelloff));
    }

    // Another analyst reading while an import runs sees the database as it was until the import
    // commits, then all of it: never part of an import, and never kept waiting by it.
    void aReaderDuringAnImportSeesAllOrNothing()
    {
        const std::unique_ptr<Store> writer = episodeStore();
        const std::unique_ptr<Store> reader = writer->openAgain(Store::Open::ReadOnly);
        const qint64 before = reader->eventCount();
        const qsizetype foundBefore = reader->search(QStringLiteral("chips"), -1).size();
        Snapshot many;
        many.datasets << DatasetInfo{
            QStringLiteral("feed"), QStringLiteral("Feed"), {}, {}, {}, QStringLiteral("2025-02-01T00:00:00Z")};
        for (int i = 0; i < 40'000; ++i) {
            Event event = note(QStringLiteral("feed-%1").arg(i), QStringLiteral("Feed item %1 about chips").arg(i));
            event.startMs += std::int64_t(i) * 60'000;
            event.dataset = QStringLiteral("feed");
            many.events << event;
        }
        std::atomic_bool importing = true;
        QString failure;
        std::thread import([&] {
            try {
                std::atomic_bool never = false;
                const auto transaction = writer->bulkTransaction(&never);
                writer->importSnapshot(many);
                transaction->commit();
            } catch (const std::exception &error) {
                failure = QString::fromUtf8(error.what());
            }
            importing = false;
        });
        QSet<qint64> counts;
        QSet<qsizetype> found;
        int readsDuringImport = 0;
        while (importing) {
            counts << reader->eventCount();
            found << reader->search(QStringLiteral("chips"), -1).size();
            ++readsDuringImport;
        }
        import.join();
        QCOMPARE(failure, QString());
        qInfo("%d reads while the import ran", readsDuringImport);
        QVERIFY(readsDuringImport > 1);
        counts << reader->eventCount();
        found << reader->search(QStringLiteral("chips"), -1).size();
        QVERIFY2(counts.size() <= 2 && counts.contains(before + many.events.size()),
                 qPrintable(QString::number(counts.size())));
        for (const qint64 count : counts)
            QVERIFY2(count == before || count == before + many.events.size(), qPrintable(QString::number(count)));
        for (const qsizetype count : found)
            QVERIFY2(count == foundBefore || count == foundBefore + many.events.size(),
                     qPrintable(QString::number(count)));
        QCOMPARE(reader->eventCount(), before + many.events.size());
    }

    // A copy to the other backend and back is exact, however small the pieces its series are read
    // in; a copy the target refuses leaves the target as it was.
    void aCopyThereAndBackIsExact()
    {
        const std::unique_ptr<Store> original = episodeStore();
        PriceSeries hourly; // a series that has no bars yet
        hourly.symbol = QStringLiteral("NVDA");
        hourly.interval = QStringLiteral("1h");
        original->writeSeries(*original->symbol(QStringLiteral("NVDA")), hourly, {});
        QCOMPARE(original->seriesIntervals(QStringLiteral("NVDA")),
                 (QStringList{QStringLiteral("1d"), QStringLiteral("1h")}));
        const std::unique_ptr<Store> there = emptyStoreOfTheOtherBackend();
        const std::unique_ptr<Store> back = emptyStore();
        QStringList steps;
        const auto step = [&steps](const QString &what) { steps << what; };
        copyStore(*original, *there, step, 7);
        copyStore(*there, *back, step, 1000);
        const QByteArray exported = writeTickerlineJson(original->exportSnapshot());
        QCOMPARE(writeTickerlineJson(there->exportSnapshot()), exported);
        QCOMPARE(writeTickerlineJson(back->exportSnapshot()), exported);
        QCOMPARE(there->check(), QStringList());
        QCOMPARE(back->check(), QStringList());
        QCOMPARE(steps.size(), 6);
        QVERIFY2(steps[1].startsWith(QStringLiteral("writing 11 events, 3 sources, 25 quotes, ")),
                 qPrintable(steps[1]));
        QCOMPARE(steps[5], QStringLiteral("copied into %1").arg(back->name()));

        // Series without their bars, then the bars read in pieces, give the series.
        const Snapshot withoutBars = original->exportSnapshot(Store::Bars::Left);
        QCOMPARE(withoutBars.series.size(), original->allSeries().size());
        for (qsizetype i = 0; i < withoutBars.series.size(); ++i) {
            QVERIFY(withoutBars.series[i].bars.empty());
            QCOMPARE(withoutBars.series[i].symbol, original->allSeries()[i].symbol);
            QCOMPARE(withoutBars.series[i].dataset, original->allSeries()[i].dataset);
        }

        const QByteArray before = stateOf(*back);
        QCOMPARE(testing::errorMessageOf([&] {
                     copyStore(*there, *back, step);
                 }).startsWith(back->name() + QLatin1String(": ")),
                 true);
        QCOMPARE(stateOf(*back), before);
        QCOMPARE(testing::errorMessageOf([&] { copyStore(*back, *back, step); }),
                 QStringLiteral("%1: copy into the same database").arg(back->name()));
    }

    // --- The store's own suite, from a small dataset holding one of everything ---

    void snapshotRoundTrip()
    {
        const std::unique_ptr<Store> store = emptyStore();
        const Snapshot original = smallSnapshot();
        store->importSnapshot(original);
        const Snapshot exported = store->exportSnapshot();
        QCOMPARE(exported.events, original.events);
        QCOMPARE(exported.quotes, original.quotes);
        QCOMPARE(exported.sources, original.sources);
        QCOMPARE(exported.symbols, original.symbols);
        QCOMPARE(exported.series, original.series);
        QCOMPARE(exported.links, original.links);
        QCOMPARE(exported.datasets, original.datasets);
        QVERIFY(store->check().isEmpty());
    }

    void failedImportChangesNothing()
    {
        const std::unique_ptr<Store> store = emptyStore();
        store->importSnapshot(smallSnapshot());
        const QByteArray before = stateOf(*store);
        Snapshot again = smallSnapshot();
        again.datasets.clear();
        again.actors.clear();
        again.events.removeFirst(); // "selloff" is already there: the import must fail at the end
        again.events.first().uid = QStringLiteral("selloff");
        QVERIFY2(testing::errorMessageOf([&] {
                     store->importSnapshot(again);
                 }).contains(QStringLiteral("\"selloff\" is already in the database")),
                 "a duplicate uid was accepted");
        QCOMPARE(stateOf(*store), before);
        QCOMPARE(store->search(QStringLiteral("twitter or wipeout or altman"), -1).size(), 2 + 1 + 1);
    }

    void shareCountsAreUpdatedAllOrNone()
    {
        const std::unique_ptr<Store> store = emptyStore();
        store->importSnapshot(smallSnapshot());
        Symbol nvda = *store->symbol(QStringLiteral("NVDA"));
        nvda.sharesOutstanding = 24'400'000'000;
        nvda.sharesAsOf = QStringLiteral("2025-02-21");
        nvda.sharesSource = QStringLiteral("10-K cover");
        store->updateShareCounts({nvda});
        QCOMPARE(*store->symbol(QStringLiteral("NVDA")), nvda);
        nvda.sharesOutstanding.reset(); // unknown is allowed
        store->updateShareCounts({nvda});
        QVERIFY(!store->symbol(QStringLiteral("NVDA"))->sharesOutstanding);

        const QByteArray before = stateOf(*store);
        Symbol changed = nvda;
        changed.sharesOutstanding = 1;
        Symbol ghost = nvda;
        ghost.ticker = QStringLiteral("GHOST");
        Symbol negative = nvda;
        negative.sharesOutstanding = -5;
        for (const auto &[symbols, message] :
             {std::pair{QList<Symbol>{changed, ghost}, QStringLiteral("GHOST: no such symbol in the database")},
              std::pair{QList<Symbol>{changed, negative},
                        QStringLiteral("NVDA: shares outstanding must be a positive whole number")}}) {
            QCOMPARE(testing::errorMessageOf([&] { store->updateShareCounts(symbols); }), message);
            QCOMPARE(stateOf(*store), before); // the first, valid change was rolled back too
        }
    }

    void eventFilters()
    {
        const std::unique_ptr<Store> store = emptyStore();
        store->importSnapshot(smallSnapshot());
        QCOMPARE(store->events().size(), 2);
        EventFilter byKind;
        byKind.kinds << EventKind::Market;
        QCOMPARE(store->events(byKind).constFirst().uid, QStringLiteral("selloff"));
        EventFilter byActor;
        byActor.actor = QStringLiteral("sam altman");
        QCOMPARE(store->events(byActor).constFirst().uid, QStringLiteral("post"));
        EventFilter byRange;
        byRange.fromMs = at("2025-01-27T20:00:00Z"); // inside the selloff's span
        QCOMPARE(store->events(byRange).size(), 1);
        EventFilter bySymbol;
        bySymbol.symbol = QStringLiteral("nvda");
        QCOMPARE(store->events(bySymbol).size(), 1);
    }

    void rangeFindsSpansThatStartEarlier()
    {
        const std::unique_ptr<Store> store = emptyStore();
        Snapshot snapshot = smallSnapshot();
        Event week;
        week.uid = QStringLiteral("long-span");
        week.title = QStringLiteral("A span of three weeks");
        week.startMs = at("2025-01-01");
        week.endMs = at("2025-01-21");
        week.precision = Precision::Day;
        snapshot.events << week;
        store->importSnapshot(snapshot);
        EventFilter lateJanuary;
        lateJanuary.fromMs = at("2025-01-20");
        lateJanuary.toMs = at("2025-01-20T23:59:59Z");
        QStringList uids;
        for (const Event &event : store->events(lateJanuary))
            uids << event.uid;
        QCOMPARE(uids, (QStringList{QStringLiteral("long-span"), QStringLiteral("post")}));
        QCOMPARE(store->events(lateJanuary).constLast().actors.size(), 1); // actors of the matches come along
    }

    void barsBetweenDates()
    {
        const std::unique_ptr<Store> store = emptyStore();
        store->importSnapshot(smallSnapshot());
        const PriceSeries series = store->series(QStringLiteral("NVDA"), QStringLiteral("1d"), at("2025-01-27"));
        QCOMPARE(series.bars.size(), std::size_t(1));
        QCOMPARE(series.bars.front().close, 118.42);
        const QList<SymbolSummary> summaries = store->symbolSummaries();
        QCOMPARE(summaries.constFirst().bars, 2);
        QCOMPARE(formatIsoDate(*summaries.constFirst().lastMs), QStringLiteral("2025-01-27"));
    }

    void sourceHeadersLeaveTheTextOut()
    {
        const std::unique_ptr<Store> store = emptyStore();
        store->importSnapshot(smallSnapshot());
        const QList<Source> headers = store->sourceHeaders();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.constFirst().title, QStringLiteral("Article"));
        QVERIFY(headers.constFirst().text.isEmpty());
        QCOMPARE(store->source(QStringLiteral("article"))->text, smallSnapshot().sources.constFirst().text);
    }

    void searchQuotesItsInput()
    {
        const std::unique_ptr<Store> store = emptyStore();
        store->importSnapshot(smallSnapshot());
        const QList<SearchHit> hits = store->search(QStringLiteral("wipeout"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().uid, QStringLiteral("selloff"));
        QVERIFY2(hits.constFirst().snippet.contains(QStringLiteral("[wipeout]")),
                 qPrintable(hits.constFirst().snippet));
        // The syntax of FTS5 and of a tsquery in the query is only text.
        QVERIFY(store->search(QStringLiteral("\"NEAR( OR * -x")).isEmpty());
        // `!` does not negate nor `|` give a choice: both words must occur, as in the selloff.
        const QList<SearchHit> literal = store->search(QStringLiteral("wipeout:* & !trillion | '"));
        QCOMPARE(literal.size(), 1);
        QCOMPARE(literal.constFirst().uid, QStringLiteral("selloff"));
        QStringList types;
        for (const SearchHit &hit : store->search(QStringLiteral("twitter")))
            types << hit.type;
        types.sort();
        QCOMPARE(types, (QStringList{QStringLiteral("quote"), QStringLiteral("source")}));
        // Chinese text is found as it is written.
        QCOMPARE(store->search(QStringLiteral("中文")).size(), 1);
    }

    void savedViewsAreReplacedByName()
    {
        const std::unique_ptr<Store> store = emptyStore();
        store->importSnapshot(smallSnapshot());
        SavedView week{QStringLiteral("Shock week"), {}, QStringLiteral("facts")};
        week.settings.kinds = {EventKind::Statement, EventKind::Market};
        week.settings.text = QStringLiteral("DeepSeek");
        week.settings.fromMs = at("2025-01-20");
        week.settings.toMs = at("2025-01-28T23:59:59.999Z");
        week.settings.lanes = ViewSettings::Lanes::Actor;
        week.settings.zone = ViewSettings::Zone::Utc;
        week.settings.chart = ViewSettings::Chart::Compare;
        week.settings.chartSymbols = {QStringLiteral("NVDA"), QStringLiteral("SPY")};
        SavedView all{QStringLiteral("Everything"), {}, {}};
        store->saveView(week);
        store->saveView(all);
        QCOMPARE(store->savedViews(), (QList<SavedView>{week, all}));

        // Saving under a taken name replaces that view's settings and keeps its place.
        week.settings.lanes = ViewSettings::Lanes::Symbol;
        week.settings.fromMs.reset();
        store->saveView(week);
        QCOMPARE(store->savedViews(), (QList<SavedView>{week, all}));
        QCOMPARE(*store->savedView(QStringLiteral("Shock week")), week);
        QVERIFY(!store->savedView(QStringLiteral("shock week"))); // names are case-sensitive

        // Through a snapshot into another database.
        const std::unique_ptr<Store> copy = emptyStore();
        copy->importSnapshot(store->exportSnapshot());
        QCOMPARE(copy->savedViews(), store->savedViews());
        Snapshot again;
        again.views = {all};
        QVERIFY_THROWS_EXCEPTION(Error, copy->importSnapshot(again)); // that name is taken there

        store->removeView(QStringLiteral("Everything"));
        QCOMPARE(store->savedViews(), QList<SavedView>{week});
        QVERIFY_THROWS_EXCEPTION(Error, store->removeView(QStringLiteral("Everything")));
        QVERIFY_THROWS_EXCEPTION(Error, store->saveView(SavedView{QStringLiteral(" "), {}, {}}));
        QVERIFY_THROWS_EXCEPTION(Error, store->saveView(SavedView{QStringLiteral("x"), {}, QStringLiteral("nope")}));
        QVERIFY(store->check().isEmpty());

        // Settings that no longer read (written by another program) are named by check, and the
        // view still lists, with defaults.
        execute(*store, "UPDATE views SET settings = '{\"lanes\": \"era\"}'");
        QCOMPARE(store->savedViews().constFirst().settings, ViewSettings());
        QCOMPARE(store->check(), QStringList{QStringLiteral("view \"Shock week\": lanes: unknown value \"era\" "
                                                            "(one of: kind, actor, symbol)")});
    }

    // One search syntax on both: words, "phrases", or, -exclusions; nothing typed is the syntax of
    // FTS5 or of a tsquery.
    void searchReadsTheSameSyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("found");
        const QString selloff = QStringLiteral("event:") + kSelloff;
        const QString futurism = QStringLiteral("source:futurism-altman-deepseek");
        QTest::newRow("words") << "trillion wipeout"
                               << QStringList{selloff, QStringLiteral("quote:q-futurism-trillion-wipeout"), futurism};
        QTest::newRow("words not side by side are no phrase") << "\"trillion wipeout\"" << QStringList{};
        const QStringList chill{QStringLiteral("event:altman-hype-post-2025-01-20"),
                                QStringLiteral("quote:q-futurism-hype-chill"),
                                QStringLiteral("quote:q-sama-hype-chill"), futurism,
                                QStringLiteral("source:sama-post-1881258443669172470")};
        QTest::newRow("phrase") << "\"cut your expectations\"" << chill;
        QTest::newRow("punctuation separates words") << "cut-your-expectations" << chill;
        QTest::newRow("hyphenated word as its parts")
            << "\"wake up call\"" << QStringList{QStringLiteral("event:trump-wake-up-call-2025-01-27")};
        QTest::newRow("decimal number") << "16.97" << QStringList{selloff};
        QTest::newRow("exclusion") << "nvidia -stargate" << QStringList{selloff};
        QTest::newRow("or") << "stargate OR \"wake-up call\" -openai"
                            << QStringList{QStringLiteral("event:openai-stargate-19bn-report-2025-01-22"),
                                           QStringLiteral("event:stargate-announcement-2025-01-21"),
                                           QStringLiteral("event:trump-wake-up-call-2025-01-27"), futurism};
        QTest::newRow("only an exclusion") << "-nvidia" << QStringList{};
        QTest::newRow("engine syntax") << "NEAR(nvidia fell) title:nvidia nvid* && !selloff | ^" << QStringList{};
        QTest::newRow("quotes and backslashes") << "it's \\\" o'neil ;-- \"" << QStringList{};
    }

    void searchReadsTheSameSyntax()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, found);
        const std::unique_ptr<Store> store = episodeStore();
        QStringList hits;
        for (const SearchHit &hit : store->search(query, -1))
            hits << hit.type + QLatin1Char(':') + hit.uid;
        hits.sort();
        QCOMPARE(hits, found);
    }

    // More rows hold a word than are ranked (kRankedSearchMatches): only the newest are ranked, so
    // a common word costs milliseconds on a million rows; the titled ones among them come first.
    void aCommonWordRanksItsNewestMatches()
    {
        const std::unique_ptr<Store> store = emptyStore();
        const int count = kRankedSearchMatches + 1000;
        Snapshot snapshot;
        snapshot.datasets << DatasetInfo{
            QStringLiteral("feed"), QStringLiteral("Feed"), {}, {}, {}, QStringLiteral("2025-02-01T00:00:00Z")};
        for (int i = 0; i < count; ++i) {
            // Titled: the 20 oldest (not ranked) and the 20 newest.
            const bool titled = i < 20 || i >= count - 20;
            Event event = note(QStringLiteral("feed-%1").arg(i, 5, 10, QLatin1Char('0')),
                               titled ? QStringLiteral("Shares slump") : QStringLiteral("Market report"));
            event.summary = QStringLiteral("shares of chip makers, report %1").arg(i);
            event.startMs += std::int64_t(i) * 60'000;
            event.dataset = QStringLiteral("feed");
            snapshot.events << event;
        }
        store->importSnapshot(snapshot);

        const QList<SearchHit> hits = store->search(QStringLiteral("shares"));
        QCOMPARE(hits.size(), 50);
        QStringList first;
        for (const SearchHit &hit : hits.mid(0, 20))
            first << hit.uid;
        first.sort();
        QStringList newestTitled;
        for (int i = count - 20; i < count; ++i)
            newestTitled << QStringLiteral("feed-%1").arg(i, 5, 10, QLatin1Char('0'));
        QCOMPARE(first, newestTitled);
        for (const SearchHit &hit : hits) {
            QVERIFY2(hit.uid >= QStringLiteral("feed-%1").arg(count - kRankedSearchMatches, 5, 10, QLatin1Char('0')),
                     qPrintable(hit.uid));
            QVERIFY2(hit.snippet.contains(QStringLiteral("[shares]"), Qt::CaseInsensitive), qPrintable(hit.snippet));
        }
        // A larger page is filled all the same, and no limit ranks every match.
        QCOMPARE(store->search(QStringLiteral("shares"), kRankedSearchMatches + 500).size(),
                 kRankedSearchMatches + 500);
        const QList<SearchHit> every = store->search(QStringLiteral("shares"), -1);
        QCOMPARE(every.size(), count);
        QStringList titled;
        for (const SearchHit &hit : every.mid(0, 40))
            titled << hit.title;
        QCOMPARE(titled, QStringList(40, QStringLiteral("Shares slump")));
    }

    void aCancelStopsABulkWriteMidStatementAndLeavesNothing()
    {
        const std::unique_ptr<Store> store = episodeStore();
        const Snapshot before = store->exportSnapshot();
        Snapshot many;
        many.datasets << DatasetInfo{
            QStringLiteral("feed"), QStringLiteral("Feed"), {}, {}, {}, QStringLiteral("2025-02-01T00:00:00Z")};
        for (int i = 0; i < 150'000; ++i) {
            Event event = note(QStringLiteral("feed-%1").arg(i), QStringLiteral("Feed item %1 about chips").arg(i));
            event.startMs += std::int64_t(i) * 60'000;
            event.dataset = QStringLiteral("feed");
            many.events << event;
        }
        std::atomic_bool cancel = false;
        QElapsedTimer clock;
        clock.start();
        std::thread stopper([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            cancel = true;
        });
        const QString refusal = testing::errorMessageOf([&] {
            const auto transaction = store->bulkTransaction(&cancel);
            store->importSnapshot(many);
            transaction->commit();
        });
        stopper.join();
        const qint64 cancelled = clock.elapsed();
        qInfo("a cancel set after 400 ms stopped the import after %lld ms: %s", cancelled, qPrintable(refusal));
        QVERIFY(refusal != QLatin1String("no error"));
        QCOMPARE(store->exportSnapshot(), before);
        // Not broken: the same import goes through when nobody cancels, and takes longer than the
        // cancelled one did (which stopped in the middle, not at the end).
        cancel = false;
        clock.restart();
        {
            const auto transaction = store->bulkTransaction(&cancel);
            store->importSnapshot(many);
            transaction->commit();
        }
        const qint64 whole = clock.elapsed();
        qInfo("the whole import took %lld ms", whole);
        QCOMPARE(store->eventCount(), 11 + 150'000);
        QVERIFY2(cancelled < whole,
                 qPrintable(QStringLiteral("%1 ms cancelled, %2 ms whole").arg(cancelled).arg(whole)));

        // A cancel that comes while no statement runs (here: before the first) stops the import
        // all the same, at the latest at its commit.
        Snapshot few;
        for (int i = 0; i < 500; ++i) {
            Event event = note(QStringLiteral("late-%1").arg(i), QStringLiteral("Late item %1").arg(i));
            event.dataset = QStringLiteral("feed");
            few.events << event;
        }
        const Snapshot full = store->exportSnapshot();
        cancel = true;
        QVERIFY(testing::errorMessageOf([&] {
                    const auto late = store->bulkTransaction(&cancel);
                    store->importSnapshot(few);
                    late->commit();
                }) != QLatin1String("no error"));
        QCOMPARE(store->exportSnapshot(), full);
    }

    void seriesWrittenInPiecesEqualSeriesWrittenAtOnce()
    {
        const std::unique_ptr<Store> store = emptyStore();
        const Symbol symbol{QStringLiteral("NVDA"),
                            QStringLiteral("NVIDIA"),
                            QStringLiteral("stock"),
                            {},
                            QStringLiteral("USD"),
                            {},
                            {},
                            {},
                            {}};
        const DatasetInfo provenance{QStringLiteral("minutes"),
                                     QStringLiteral("Minute bars"),
                                     {},
                                     {},
                                     {},
                                     QStringLiteral("2025-02-01T00:00:00Z")};
        const PriceSeries whole = minuteBars(20'000, 1'737'331'200'000, 142.62);
        PriceSeries first = whole, second = whole;
        first.bars.resize(12'000);
        second.bars.erase(second.bars.begin(), second.bars.begin() + 11'900); // 100 bars again
        store->writeSeries(symbol, first, provenance);
        store->writeSeries(symbol, second, provenance);
        const PriceSeries read = store->series(QStringLiteral("NVDA"), QStringLiteral("1m"));
        QCOMPARE(read.bars.size(), whole.bars.size());
        QCOMPARE(read.bars.front().close, whole.bars.front().close);
        QCOMPARE(read.bars.back().tsMs, whole.bars.back().tsMs);
        const SeriesExtent extent = store->seriesExtent(QStringLiteral("NVDA"), QStringLiteral("1m"));
        QCOMPARE(extent.bars, 20'000);

        const int width = 200;
        const PriceSeries chart = store->decimatedSeries(QStringLiteral("NVDA"), QStringLiteral("1m"),
                                                         whole.bars.front().tsMs, whole.bars.back().tsMs, width);
        // The server computes M4 per pixel column; a file reads its blocks' summaries, or the bars
        // themselves below about 2 × columns × 16 (BarStore::decimated).
        QFETCH_GLOBAL(QString, backend);
        const std::size_t most = backend == QLatin1String("server") ? 4 * width + 8 : whole.bars.size();
        QVERIFY2(chart.bars.size() <= most, qPrintable(QString::number(chart.bars.size())));
        QVERIFY(chart.bars.size() >= width);
        QVERIFY(std::is_sorted(chart.bars.cbegin(), chart.bars.cend(),
                               [](const Bar &a, const Bar &b) { return a.tsMs < b.tsMs; }));
        const auto [lowest, highest] = std::minmax_element(
            whole.bars.cbegin(), whole.bars.cend(), [](const Bar &a, const Bar &b) { return a.close < b.close; });
        const auto drawn = [&](double close) {
            return std::any_of(chart.bars.cbegin(), chart.bars.cend(),
                               [&](const Bar &bar) { return bar.close == close; });
        };
        QVERIFY(drawn(lowest->close));
        QVERIFY(drawn(highest->close));
        QCOMPARE(store->check(), QStringList());

        // Appended a few bars at a time, as a feed does, the series grows new summary levels,
        // which count every bar from the first: the chart of all of it draws its extremes.
        const Symbol feed{QStringLiteral("FEED"),
                          QStringLiteral("A feed"),
                          QStringLiteral("stock"),
                          {},
                          QStringLiteral("USD"),
                          {},
                          {},
                          {},
                          {}};
        PriceSeries fed = minuteBars(3'000, 1'737'331'200'000, 50.0);
        fed.symbol = QStringLiteral("FEED");
        for (std::size_t at = 0; at < fed.bars.size(); at += 7) {
            PriceSeries piece = fed;
            piece.bars.assign(fed.bars.begin() + std::ptrdiff_t(at),
                              fed.bars.begin() + std::ptrdiff_t(std::min(at + 7, fed.bars.size())));
            store->writeSeries(feed, piece, provenance);
        }
        QCOMPARE(store->seriesExtent(QStringLiteral("FEED"), QStringLiteral("1m")).bars, 3'000);
        QCOMPARE(store->check(), QStringList());
        const PriceSeries fedChart = store->decimatedSeries(QStringLiteral("FEED"), QStringLiteral("1m"),
                                                            fed.bars.front().tsMs, fed.bars.back().tsMs, 40);
        const auto [fedLowest, fedHighest] = std::minmax_element(
            fed.bars.cbegin(), fed.bars.cend(), [](const Bar &a, const Bar &b) { return a.close < b.close; });
        QVERIFY(std::any_of(fedChart.bars.cbegin(), fedChart.bars.cend(),
                            [&](const Bar &bar) { return bar.close == fedLowest->close; }));
        QVERIFY(std::any_of(fedChart.bars.cbegin(), fedChart.bars.cend(),
                            [&](const Bar &bar) { return bar.close == fedHighest->close; }));
        QCOMPARE(fedChart.bars.front().tsMs, fed.bars.front().tsMs);
    }
};

QTEST_GUILESS_MAIN(tst_StoreBackends)
#include "tst_storebackends.moc"
