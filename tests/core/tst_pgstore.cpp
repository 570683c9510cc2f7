// SPDX-License-Identifier: GPL-3.0-or-later
// The team database's schema and whole-dataset transfers, against the throwaway cluster ctest
// starts: a schema made on an empty database and nowhere else; the bundled episode from a file
// into PostgreSQL and back, byte for byte in Tickerline JSON; a refused import that changes nothing.

#include "core/interophelpers.h"
#include "error.h"
#include "imports/bundleddataset.h"
#include "io/tickerlinejson.h"
#include "store/postgres/pgschema.h"
#include "store/postgres/pgstore.h"
#include "store/filestore.h"
#include "support/pgtestdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <thread>

using namespace tickerline;

Q_DECLARE_METATYPE(tickerline::EventFilter)

namespace {

// The bundled episode as a file holds it: events, actors, sources, quotes, symbols, price series.
Snapshot bundledEpisode()
{
    QTemporaryDir dir;
    FileStore store(dir.filePath(QStringLiteral("episode.tickerline")));
    installBundledDataset(store);
    return store.exportSnapshot();
}

Snapshot eventsWithTexts(const QStringList &texts)
{
    Snapshot snapshot;
    snapshot.actors << Actor{QStringLiteral("altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"), {}};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Event event;
        event.uid = QStringLiteral("text-%1").arg(i);
        event.title = texts[i];
        event.summary = texts[texts.size() - 1 - i];
        event.kind = EventKind::Statement;
        event.startMs = 1'737'331'200'000 + i * 60'000;
        event.endMs = i % 2 ? std::optional<std::int64_t>(event.startMs + 1000) : std::nullopt;
        event.uncertain = i % 3 == 0;
        event.tz = QStringLiteral("America/New_York");
        event.actors << EventActor{QStringLiteral("altman"), texts[i]};
        event.symbols << texts[i].left(8);
        snapshot.events << event;
    }
    return snapshot;
}

// The bundled episode in a file and, imported from it, on the server: the two to compare.
struct FileAndServer
{
    QTemporaryDir dir;
    FileStore file{dir.filePath(QStringLiteral("episode.tickerline"))};
    test::PgTestDatabase database;
    PgStore store{database.target()};

    FileAndServer()
    {
        installBundledDataset(file);
        store.importSnapshot(file.exportSnapshot());
    }
};

Symbol nvidia()
{
    return Symbol{QStringLiteral("NVDA"), QStringLiteral("NVIDIA"), QStringLiteral("stock"), {}, QStringLiteral("USD"),
                  {}, {}, {}, {}};
}

// One-minute bars of NVDA: a random walk, some without a volume.
PriceSeries minuteBars(int count)
{
    PriceSeries minutes;
    minutes.symbol = QStringLiteral("NVDA");
    minutes.interval = QStringLiteral("1m");
    QRandomGenerator random(27);
    double price = 142.62;
    for (int i = 0; i < count; ++i) {
        const double open = price;
        price = std::max(1.0, price + (random.generateDouble() - 0.5) * 0.8);
        const std::optional<double> volume =
            i % 97 == 0 ? std::nullopt : std::optional<double>(1000 + random.bounded(100'000));
        minutes.bars.push_back(Bar{1'737'331'200'000 + std::int64_t(i) * 60'000, open, std::max(open, price) + 0.1,
                                   std::min(open, price) - 0.1, price, std::nullopt, volume});
    }
    return minutes;
}

PriceSeries slice(const PriceSeries &series, std::size_t from, std::size_t to)
{
    PriceSeries part = series;
    part.bars.assign(series.bars.begin() + std::ptrdiff_t(from), series.bars.begin() + std::ptrdiff_t(to));
    return part;
}

// Every summary of every level, in order, as text: what the chart reads.
QStringList summaries(PgStore &store)
{
    const PgResult rows = store.connection().exec("SELECT level, first_ts, last_ts, count, open, first_close, "
                                                  "last_close, min_ts, min_close, max_ts, max_close, max_high, "
                                                  "min_low, max_volume FROM bar_summaries ORDER BY level, first_ts");
    QStringList lines;
    for (int r = 0; r < rows.rows(); ++r) {
        QStringList fields;
        for (int c = 0; c < rows.columns(); ++c)
            fields << rows.text(r, c);
        lines << fields.join(QLatin1Char(' '));
    }
    return lines;
}

} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsItsSchemaOnAnEmptyDatabase();
    void concurrentFirstOpenersMakeOneSchema();
    void refusesANewerSchema();
    void refusesAnotherProgramsTables();
    void bundledEpisodeComesBackByteForByte();
    void anyTextSurvivesTheBulkPath();
    void refusedImportChangesNothing_data();
    void refusedImportChangesNothing();
    void secondImportAddsAfterTheFirst();
    void chartPointsComputedByTheServer();
    void seriesWrittenInPiecesIsSummarisedAsWhole();
    void searchFindsTheSelloffBestFirst();
    void staleEditsAreRefusedAndChangesAnnounced();
    void editsKeepTheFilesRules();
    void aRoleThatMayOnlyReadGetsAReadOnlyStore();
    void filtersKeepTheEventsAFileKeeps_data();
    void filtersKeepTheEventsAFileKeeps();
    void readsGiveWhatAFileGives();
    void listingsGiveWhatAFileGives();
    void checkNamesWhatIsWrong();
};

void TestPgStore::init()
{
    if (test::postgresCluster().isEmpty())
        QSKIP("needs the test cluster: run it through ctest, which starts one (TICKERLINE_TEST_POSTGRES)");
}

void TestPgStore::createsItsSchemaOnAnEmptyDatabase()
{
    test::PgTestDatabase database;
    {
        PgConnection raw(database.target());
        QCOMPARE(pgschema::version(raw), 0);
    }
    PgStore store(database.target());
    QCOMPARE(pgschema::version(store.connection()), pgschema::latestVersion());
    QCOMPARE(store.eventCount(), qint64(0));
    QCOMPARE(store.exportSnapshot(), Snapshot());
    // Opening again keeps what is there.
    store.importSnapshot(eventsWithTexts({QStringLiteral("kept")}));
    PgStore again(database.target());
    QCOMPARE(again.eventCount(), qint64(1));
}

void TestPgStore::concurrentFirstOpenersMakeOneSchema()
{
    test::PgTestDatabase database;
    QString errors[2];
    std::thread first([&] { errors[0] = testing::errorMessageOf([&] { PgStore store(database.target()); }); });
    std::thread second([&] { errors[1] = testing::errorMessageOf([&] { PgStore store(database.target()); }); });
    first.join();
    second.join();
    QCOMPARE(errors[0], QStringLiteral("no error"));
    QCOMPARE(errors[1], QStringLiteral("no error"));
    PgConnection check(database.target());
    QCOMPARE(pgschema::version(check), pgschema::latestVersion());
    QCOMPARE(check.exec("SELECT count(*) FROM tickerline_meta").int64(0, 0), std::int64_t(1));
}

void TestPgStore::refusesANewerSchema()
{
    test::PgTestDatabase database;
    PgStore(database.target()).importSnapshot(eventsWithTexts({QStringLiteral("kept")}));
    const int newer = pgschema::latestVersion() + 1;
    PgConnection(database.target())
        .exec("UPDATE tickerline_meta SET value = $1 WHERE key = 'schema_version'", PgParams().add(QString::number(newer)));

    QCOMPARE(testing::errorMessageOf([&] { PgStore store(database.target()); }),
             QStringLiteral("%1: written by a newer Tickerline (schema version %2; this one reads up to %3); "
                            "it was not changed")
                 .arg(database.target())
                 .arg(newer)
                 .arg(pgschema::latestVersion()));
    PgConnection check(database.target());
    QCOMPARE(pgschema::version(check), newer);
    QCOMPARE(check.exec("SELECT title FROM events").text(0, 0), QStringLiteral("kept"));
}

void TestPgStore::refusesAnotherProgramsTables()
{
    test::PgTestDatabase database;
    PgConnection(database.target()).exec("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)");
    PgConnection(database.target()).exec("CREATE TABLE customers (id integer PRIMARY KEY)");

    QCOMPARE(testing::errorMessageOf([&] { PgStore store(database.target()); }),
             database.target() + QStringLiteral(": not a Tickerline database (it holds another program's tables: "
                                                "customers, invoices); it was not changed"));
    PgConnection check(database.target());
    QCOMPARE(check.exec("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'").int64(0, 0),
             std::int64_t(2));
}

void TestPgStore::bundledEpisodeComesBackByteForByte()
{
    const Snapshot episode = bundledEpisode();
    QVERIFY(episode.events.size() >= 10);
    QVERIFY(!episode.quotes.isEmpty());
    QVERIFY(!episode.series.isEmpty());

    test::PgTestDatabase database;
    PgStore store(database.target());
    store.importSnapshot(episode);
    QCOMPARE(store.eventCount(), qint64(episode.events.size()));
    const Snapshot back = store.exportSnapshot();
    QCOMPARE(back.events, episode.events);
    QCOMPARE(back.quotes, episode.quotes);
    QCOMPARE(back.sources, episode.sources);
    QCOMPARE(back.series, episode.series);
    QCOMPARE(back, episode);
    QCOMPARE(writeTickerlineJson(back), writeTickerlineJson(episode));

    // And back into a file: the same bytes again.
    QTemporaryDir dir;
    FileStore file(dir.filePath(QStringLiteral("from-server.tickerline")));
    file.importSnapshot(back);
    QCOMPARE(writeTickerlineJson(file.exportSnapshot()), writeTickerlineJson(episode));
}

void TestPgStore::anyTextSurvivesTheBulkPath()
{
    // COPY's own escapes: tabs, line ends, backslashes, and its NULL marker as plain text.
    const QStringList texts{
        QStringLiteral("tab\there"), QStringLiteral("line\nend\r\nand\rreturn"), QStringLiteral("back\\slash\\"),
        QStringLiteral("\\N"), QStringLiteral("\\."), QStringLiteral("深度求索 🚀 “cut your expectations 100x”"),
        QStringLiteral("'; DROP TABLE events; --"), QString(), QString(70'000, QChar(0x00e9)),
    };
    test::PgTestDatabase database;
    PgStore store(database.target());
    const Snapshot snapshot = eventsWithTexts(texts);
    store.importSnapshot(snapshot);
    QCOMPARE(store.exportSnapshot(), snapshot);

    Snapshot withNul = eventsWithTexts({QString::fromUtf8("nul\0inside", 10)});
    withNul.actors.clear();
    withNul.events.first().uid = QStringLiteral("with-nul");
    QCOMPARE(testing::errorMessageOf([&] { store.importSnapshot(withNul); }),
             QStringLiteral("row 1 holds a NUL character, which PostgreSQL cannot store in a text"));
    QCOMPARE(store.exportSnapshot(), snapshot);
}

void TestPgStore::refusedImportChangesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("event uid twice in the file") << QStringLiteral("repeat-event")
                                                 << QStringLiteral("event \"altman-post\" is already in the database");
    QTest::newRow("unknown actor") << QStringLiteral("unknown-actor")
                                   << QStringLiteral("event \"altman-post\" names an unknown actor \"nobody\"");
    QTest::newRow("quote of an unknown source") << QStringLiteral("unknown-source")
                                                << QStringLiteral("quote \"q-last\" names an unknown source \"nowhere\"");
    QTest::newRow("bars twice at one time") << QStringLiteral("repeat-bar") << QString();
}

void TestPgStore::refusedImportChangesNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    test::PgTestDatabase database;
    PgStore store(database.target());
    const Snapshot before = bundledEpisode();
    store.importSnapshot(before);

    Snapshot more;
    more.actors << Actor{QStringLiteral("altman-2"), QStringLiteral("Sam Altman"), QStringLiteral("person"), {}};
    Event event;
    event.uid = QStringLiteral("altman-post");
    event.title = QStringLiteral("A post");
    event.startMs = 1'737'331'200'000;
    event.actors << EventActor{damage == QLatin1String("unknown-actor") ? QStringLiteral("nobody")
                                                                        : QStringLiteral("altman-2"),
                               QStringLiteral("author")};
    more.events << event;
    if (damage == QLatin1String("repeat-event"))
        more.events << event;
    more.sources << before.sources.first();
    more.sources.first().uid = QStringLiteral("another-source");
    more.quotes << before.quotes.first();
    more.quotes.first().uid = QStringLiteral("q-last");
    more.quotes.first().source = damage == QLatin1String("unknown-source") ? QStringLiteral("nowhere")
                                                                           : QStringLiteral("another-source");
    more.symbols << Symbol{QStringLiteral("TEST"), QStringLiteral("Test"), QStringLiteral("stock"), {},
                           QStringLiteral("USD"), {}, {}, {}, {}};
    PriceSeries series;
    series.symbol = QStringLiteral("TEST");
    series.bars = {Bar{1'737'331'200'000, 1, 2, 0.5, 1.5, 1.5, 100}, Bar{1'737'417'600'000, 1.5, 2, 1, 1.75, {}, {}}};
    if (damage == QLatin1String("repeat-bar"))
        series.bars.push_back(series.bars.back());
    more.series << series;

    const QString refused = testing::errorMessageOf([&] { store.importSnapshot(more); });
    QVERIFY(refused != QLatin1String("no error"));
    if (!message.isEmpty())
        QCOMPARE(refused, message);
    else
        QVERIFY2(refused.startsWith(database.target() + QStringLiteral(": duplicate key value")), qPrintable(refused));
    QCOMPARE(store.exportSnapshot(), before);
    // The ids the refused import took from the sequences leave no gap that matters: a good import
    // still comes back in its own order.
    if (damage == QLatin1String("repeat-bar")) {
        more.series.first().bars.pop_back();
        store.importSnapshot(more);
        const Snapshot after = store.exportSnapshot();
        QCOMPARE(after.events.last(), event);
        QCOMPARE(after.series.last(), more.series.first());
    }
}

void TestPgStore::secondImportAddsAfterTheFirst()
{
    test::PgTestDatabase database;
    PgStore store(database.target());
    const Snapshot first = eventsWithTexts({QStringLiteral("one"), QStringLiteral("two")});
    store.importSnapshot(first);
    Snapshot second = eventsWithTexts({QStringLiteral("three")});
    second.actors.clear(); // known from the first
    second.events.first().uid = QStringLiteral("third");
    store.importSnapshot(second);

    const Snapshot all = store.exportSnapshot();
    QCOMPARE(all.events.size(), 3);
    QCOMPARE(all.events.mid(0, 2), first.events);
    QCOMPARE(all.events.last(), second.events.first());
    QCOMPARE(testing::errorMessageOf([&] { store.importSnapshot(second); }), QStringLiteral("event \"third\" is already in the database"));
}

void TestPgStore::chartPointsComputedByTheServer()
{
    Snapshot snapshot;
    snapshot.symbols << nvidia();
    const PriceSeries minutes = minuteBars(200'000);
    snapshot.series << minutes;
    test::PgTestDatabase database;
    PgStore store(database.target());
    store.importSnapshot(snapshot);
    QCOMPARE(store.series(QStringLiteral("nvda"), QStringLiteral("1m")).bars, minutes.bars);

    QHash<std::int64_t, double> closeAt;
    for (const Bar &bar : minutes.bars)
        closeAt.insert(bar.tsMs, bar.close);
    // The points drawn of bars first to last in `columns` pixels, in `drawn`, checked.
    const auto checkRange = [&](qsizetype first, qsizetype last, int columns, std::vector<Bar> &drawn) {
        const std::int64_t from = minutes.bars[std::size_t(first)].tsMs;
        const std::int64_t to = minutes.bars[std::size_t(last)].tsMs;
        drawn = store.decimatedSeries(QStringLiteral("NVDA"), QStringLiteral("1m"), from, to, columns).bars;
        QVERIFY(!drawn.empty());
        QVERIFY2(drawn.size() <= std::size_t(4 * columns + 8), qPrintable(QString::number(drawn.size())));
        double low = 1e300, high = -1e300, highest = -1e300, lowest = 1e300, volume = 0;
        for (qsizetype i = first; i <= last; ++i) {
            const Bar &bar = minutes.bars[std::size_t(i)];
            low = std::min(low, bar.close);
            high = std::max(high, bar.close);
            highest = std::max(highest, bar.high);
            lowest = std::min(lowest, bar.low);
            volume = std::max(volume, bar.volume.value_or(0));
        }
        double drawnLow = 1e300, drawnHigh = -1e300, drawnHighest = -1e300, drawnLowest = 1e300, drawnVolume = 0;
        for (std::size_t k = 0; k < drawn.size(); ++k) {
            // Every point is a real bar's instant and close, in time order.
            QVERIFY(closeAt.contains(drawn[k].tsMs));
            QCOMPARE(drawn[k].close, closeAt.value(drawn[k].tsMs));
            if (k > 0)
                QVERIFY(drawn[k].tsMs > drawn[k - 1].tsMs);
            drawnLow = std::min(drawnLow, drawn[k].close);
            drawnHigh = std::max(drawnHigh, drawn[k].close);
            drawnHighest = std::max(drawnHighest, drawn[k].high);
            drawnLowest = std::min(drawnLowest, drawn[k].low);
            drawnVolume = std::max(drawnVolume, drawn[k].volume.value_or(0));
        }
        // Nothing of the range is lost: its extremes are drawn (the edges' groups may reach beyond).
        QVERIFY(drawnLow <= low);
        QVERIFY(drawnHigh >= high);
        QVERIFY(drawnHighest >= highest);
        QVERIFY(drawnLowest <= lowest);
        QVERIFY(drawnVolume >= volume);
    };
    // A fifth and a hundredth: decimated by the server, yet more than a point a column.
    std::vector<Bar> drawn;
    checkRange(40'000, 79'999, 800, drawn);
    QVERIFY(drawn.size() > 1600 && !QTest::currentTestFailed());
    checkRange(100'000, 101'999, 100, drawn);
    QVERIFY(drawn.size() > 200 && !QTest::currentTestFailed());
    // All of it: the whole series' first and last closes, its lowest and highest, are points of the line.
    std::vector<Bar> all;
    checkRange(0, 199'999, 1000, all);
    QVERIFY(all.size() > 2000 && !QTest::currentTestFailed());
    const auto [lowest, highest] = std::minmax_element(minutes.bars.cbegin(), minutes.bars.cend(),
                                                       [](const Bar &a, const Bar &b) { return a.close < b.close; });
    const auto has = [&](std::int64_t ts) {
        return std::any_of(all.cbegin(), all.cend(), [&](const Bar &bar) { return bar.tsMs == ts; });
    };
    QVERIFY(has(minutes.bars.front().tsMs));
    QVERIFY(has(minutes.bars.back().tsMs));
    QVERIFY(has(lowest->tsMs));
    QVERIFY(has(highest->tsMs));
    // Few enough bars to draw them all: the bars themselves.
    std::vector<Bar> narrow;
    checkRange(150'000, 150'999, 1000, narrow);
    QCOMPARE(narrow, std::vector<Bar>(minutes.bars.begin() + 150'000, minutes.bars.begin() + 151'000));
    // An unknown series draws nothing.
    QVERIFY(store.decimatedSeries(QStringLiteral("AMD"), QStringLiteral("1m"), 0, 1, 100).bars.empty());
}

void TestPgStore::seriesWrittenInPiecesIsSummarisedAsWhole()
{
    PriceSeries whole = minuteBars(60'000);
    // Written in three pieces, the last of which replaces bars already there with other closes.
    PriceSeries replacement = slice(whole, 20'000, 20'100);
    for (Bar &bar : replacement.bars) {
        bar.close = bar.close * 1.5;
        bar.high = std::max(bar.high, bar.close);
    }
    std::copy(replacement.bars.cbegin(), replacement.bars.cend(), whole.bars.begin() + 20'000);

    test::PgTestDatabase pieces;
    PgStore written(pieces.target());
    const DatasetInfo provenance{QStringLiteral("minutes"), QStringLiteral("Minute bars"), QStringLiteral("test"),
                                 {}, {}, QStringLiteral("2025-01-28T00:00:00Z")};
    written.writeSeries(nvidia(), slice(minuteBars(60'000), 0, 35'003), provenance);
    written.writeSeries(nvidia(), slice(minuteBars(60'000), 35'003, 60'000), provenance);
    written.writeSeries(nvidia(), replacement, provenance);

    test::PgTestDatabase atOnce;
    PgStore imported(atOnce.target());
    imported.writeSeries(nvidia(), whole, provenance);

    QCOMPARE(written.series(QStringLiteral("NVDA"), QStringLiteral("1m")).bars, whole.bars);
    const QStringList expected = summaries(imported);
    QVERIFY(expected.size() > 60'000 / 8);
    QCOMPARE(summaries(written), expected);
    const Snapshot snapshot = written.exportSnapshot();
    QCOMPARE(snapshot.datasets, QList<DatasetInfo>{provenance});
    QCOMPARE(snapshot.series.size(), 1);
    QCOMPARE(snapshot.series.first().dataset, QStringLiteral("minutes"));
}

void TestPgStore::searchFindsTheSelloffBestFirst()
{
    test::PgTestDatabase database;
    PgStore store(database.target());
    store.importSnapshot(bundledEpisode());

    // Both words in the selloff's summary, in the Futurism article and in its quote: the hits a file
    // gives, in the same order, each snippet marking the words.
    QTemporaryDir dir;
    FileStore file(dir.filePath(QStringLiteral("episode.tickerline")));
    installBundledDataset(file);
    const QList<SearchHit> hits = store.search(QStringLiteral("trillion wipeout"));
    const QList<SearchHit> fileHits = file.search(QStringLiteral("trillion wipeout"));
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.size(), fileHits.size());
    for (qsizetype i = 0; i < hits.size(); ++i) {
        QCOMPARE(hits[i].type, fileHits[i].type);
        QCOMPARE(hits[i].uid, fileHits[i].uid);
        QCOMPARE(hits[i].title, fileHits[i].title);
        QVERIFY2(hits[i].snippet.contains(QStringLiteral("[trillion] tech [wipeout]")), qPrintable(hits[i].snippet));
        QVERIFY(hits[i].score > 0);
        if (i > 0)
            QVERIFY(hits[i].score <= hits[i - 1].score);
    }
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [](const SearchHit &hit) {
        return hit.uid == QLatin1String("market-selloff-2025-01-27");
    }));

    // A title outranks a body: "Stargate" is in one event's title.
    const QList<SearchHit> stargate = store.search(QStringLiteral("stargate"), 3);
    QVERIFY(!stargate.isEmpty() && stargate.size() <= 3);
    QVERIFY2(stargate.first().title.contains(QStringLiteral("Stargate")), qPrintable(stargate.first().title));

    // Web search syntax: a phrase, and a word left out.
    QVERIFY(!store.search(QStringLiteral("\"cut your expectations\"")).isEmpty());
    const int withNvidia = int(store.search(QStringLiteral("selloff"), -1).size());
    QVERIFY(int(store.search(QStringLiteral("selloff -nvidia"), -1).size()) < withNvidia);

    // Any text is a query, never SQL or syntax; nothing matches, nothing breaks.
    for (const QString &text : {QStringLiteral("'; DROP TABLE events; --"), QStringLiteral("&|!():*<->"),
                                QStringLiteral("\""), QStringLiteral("深度求索"), QStringLiteral("   "), QString()})
        store.search(text);
    QCOMPARE(store.eventCount(), qint64(bundledEpisode().events.size()));
    QVERIFY(store.search(QStringLiteral("zyxwvut")).isEmpty());
}

namespace {

// The notifications on the events' channel within a second (until `expected` of them came), as
// JSON objects. A window has a second to show another analyst's change.
QList<QJsonObject> announced(PgConnection &listener, qsizetype expected = 1)
{
    QList<QJsonObject> messages;
    QElapsedTimer waited;
    waited.start();
    while (messages.size() < expected && waited.elapsed() < 1000) {
        for (const PgNotification &notification : listener.notifications(int(1000 - waited.elapsed()))) {
            if (notification.channel == QLatin1String(PgStore::kChangesChannel))
                messages << QJsonDocument::fromJson(notification.payload.toUtf8()).object();
        }
    }
    return messages;
}

QJsonObject message(const QString &op, const QStringList &uids)
{
    return QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("uids"), QJsonArray::fromStringList(uids)}};
}

} // namespace

void TestPgStore::staleEditsAreRefusedAndChangesAnnounced()
{
    test::PgTestDatabase database;
    PgConnection listener(database.target());
    PgStore ana(database.target());
    PgStore ben(database.target());
    listener.listen(QString::fromLatin1(PgStore::kChangesChannel));
    const Snapshot episode = bundledEpisode();
    ana.importSnapshot(episode);
    QCOMPARE(announced(listener), QList<QJsonObject>{QJsonObject({{QStringLiteral("op"), QStringLiteral("import")},
                                                                 {QStringLiteral("count"), double(episode.events.size())},
                                                                 {QStringLiteral("uids"), [&] {
                                                                      QStringList uids;
                                                                      for (const Event &e : episode.events)
                                                                          uids << e.uid;
                                                                      return QJsonArray::fromStringList(uids);
                                                                  }()}})});

    // Both open the selloff; Ben saves a new title first.
    const QString uid = QStringLiteral("market-selloff-2025-01-27");
    const auto version = [&] {
        return ana.connection().exec("SELECT version FROM events WHERE uid = $1", PgParams().add(uid)).int64(0, 0);
    };
    const Event anaRead = *ana.event(uid);
    const Event benRead = *ben.event(uid);
    const std::int64_t versionRead = version();
    Event benEdit = benRead;
    benEdit.title = QStringLiteral("Nvidia −17 %: $589 billion in a day");
    ben.updateEvent(benEdit, benRead);
    QCOMPARE(announced(listener), QList<QJsonObject>{message(QStringLiteral("update"), {uid})});

    // Ana's save of her summary, made on what she read before, is refused and names what changed.
    Event anaEdit = anaRead;
    anaEdit.summary = QStringLiteral("Ana's summary");
    QCOMPARE(testing::errorMessageOf([&] { ana.updateEvent(anaEdit, anaRead); }),
             QStringLiteral("title: someone else changed event \"%1\" since it was opened; nothing was saved, "
                            "open it again to see their change").arg(uid));
    QVERIFY(announced(listener).isEmpty());
    const Event now = *ana.event(uid);
    QCOMPARE(now, benEdit);
    QCOMPARE(version(), versionRead + 1);

    // Opened again, her change goes in on top of his.
    anaEdit = now;
    anaEdit.summary = QStringLiteral("Ana's summary");
    ana.updateEvent(anaEdit, now);
    QCOMPARE(ben.event(uid)->title, benEdit.title);
    QCOMPARE(ben.event(uid)->summary, QStringLiteral("Ana's summary"));
    QCOMPARE(version(), versionRead + 2);

    // Ben deletes it while Ana has it open: her next save says so.
    const Event anaAgain = *ana.event(uid);
    ben.removeEvent(uid);
    QCOMPARE(announced(listener, 2), (QList<QJsonObject>{message(QStringLiteral("update"), {uid}),
                                                         message(QStringLiteral("delete"), {uid})}));
    QCOMPARE(testing::errorMessageOf([&] { ana.updateEvent(anaAgain, anaAgain); }),
             QStringLiteral("uid: no event \"%1\"").arg(uid));
    QVERIFY(!ana.event(uid));

    // A new event reaches the other side too.
    Event added;
    added.uid = QStringLiteral("ana-note");
    added.title = QStringLiteral("Ana's note");
    added.startMs = 1'738'000'000'000;
    added.actors << EventActor{episode.actors.first().uid, QStringLiteral("subject")};
    ana.addEvent(added);
    QCOMPARE(announced(listener), QList<QJsonObject>{message(QStringLiteral("insert"), {added.uid})});
    Event expected = added;
    expected.tz = QStringLiteral("UTC");
    expected.id = ben.event(added.uid)->id; // its row, as a file's Store::event gives it
    QVERIFY(expected.id > 0);
    QCOMPARE(ben.event(added.uid), expected);
}

void TestPgStore::editsKeepTheFilesRules()
{
    test::PgTestDatabase database;
    PgStore store(database.target());
    store.importSnapshot(bundledEpisode());
    const Event read = *store.event(QStringLiteral("market-selloff-2025-01-27"));
    const auto refusal = [&](const std::function<void(Event &)> &change) {
        Event edited = read;
        change(edited);
        return testing::errorMessageOf([&] { store.updateEvent(edited, read); });
    };
    QCOMPARE(refusal([](Event &e) { e.title = QStringLiteral("  "); }), QStringLiteral("title: empty"));
    QCOMPARE(refusal([](Event &e) { e.endMs = e.startMs - 1; }), QStringLiteral("end: before start"));
    QCOMPARE(refusal([](Event &e) { e.tz = QStringLiteral("Mars/Base"); }), QStringLiteral("tz: unknown zone \"Mars/Base\""));
    QCOMPARE(refusal([](Event &e) { e.actors << EventActor{QStringLiteral("nobody"), {}}; }),
             QStringLiteral("actors: no actor \"nobody\""));
    QCOMPARE(refusal([](Event &e) { e.symbols << QStringLiteral("NVDA") << QStringLiteral("NVDA"); }),
             QStringLiteral("symbols: \"NVDA\" is given twice"));
    QCOMPARE(store.event(read.uid), read);
    Event duplicate = read;
    QCOMPARE(testing::errorMessageOf([&] { store.addEvent(duplicate); }),
             QStringLiteral("uid: event \"market-selloff-2025-01-27\" is already in the database"));
}

void TestPgStore::aRoleThatMayOnlyReadGetsAReadOnlyStore()
{
    test::PgTestDatabase database;
    const Snapshot episode = bundledEpisode();
    PgStore owner(database.target());
    owner.importSnapshot(episode);
    QVERIFY(!owner.isReadOnly());
    const QString role = QStringLiteral("reader_%1").arg(QRandomGenerator::global()->generate());
    const QString asReader = QString(database.target()).replace(QStringLiteral("user=tickerline"), QStringLiteral("user=") + role);
    // A role that may connect and read, nothing more.
    owner.connection().exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role).toUtf8().constData());
    owner.connection().exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role).toUtf8().constData());
    {
        PgStore reader(asReader);
        QVERIFY(reader.isReadOnly());
        QCOMPARE(reader.readOnlyReason(), Store::ReadOnlyReason::RoleLacksRights);
        QCOMPARE(reader.readOnlyDetail(), QStringLiteral("role \"%1\" lacks INSERT on datasets").arg(role));
        QCOMPARE(reader.exportSnapshot(), episode);
        QCOMPARE(reader.search(QStringLiteral("stargate"), 1).size(), 1);
        const Event read = *reader.event(QStringLiteral("market-selloff-2025-01-27"));
        Event edited = read;
        edited.title = QStringLiteral("Not saved");
        const QString refused = QStringLiteral("%1 is read-only: role \"%2\" lacks INSERT on datasets").arg(asReader, role);
        QCOMPARE(testing::errorMessageOf([&] { reader.updateEvent(edited, read); }), refused);
        QCOMPARE(testing::errorMessageOf([&] { reader.removeEvent(read.uid); }), refused);
        QCOMPARE(testing::errorMessageOf([&] { reader.importSnapshot(eventsWithTexts({QStringLiteral("x")})); }), refused);
        QCOMPARE(testing::errorMessageOf([&] { reader.writeSeries(nvidia(), minuteBars(10), {}); }), refused);
        // Rights on the events' table alone are not enough: the sequences are named too.
        owner.connection().exec(
            QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(role).toUtf8().constData());
    }
    {
        PgStore reader(asReader);
        QCOMPARE(reader.readOnlyDetail(), QStringLiteral("role \"%1\" lacks USAGE on public.datasets_id_seq").arg(role));
        owner.connection().exec(
            QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role).toUtf8().constData());
    }
    PgStore writer(asReader);
    QVERIFY(!writer.isReadOnly());
    Event written = eventsWithTexts({QStringLiteral("now written")}).events.first();
    written.actors.clear();
    writer.addEvent(written);
    QCOMPARE(owner.eventCount(), qint64(episode.events.size() + 1));

    // A role that may not create tables cannot make the schema in an empty database, and says why.
    test::PgTestDatabase empty;
    const QString emptyAsReader = QString(empty.target()).replace(QStringLiteral("user=tickerline"), QStringLiteral("user=") + role);
    QCOMPARE(testing::errorMessageOf([&] { PgStore store(emptyAsReader); }),
             QStringLiteral("%1: role \"%2\" may not create Tickerline's tables in schema \"public\" (it lacks CREATE on "
                            "the schema); the database's owner can open it with Tickerline once, or grant that right; "
                            "it was not changed").arg(emptyAsReader, role));
    PgConnection check(empty.target());
    QCOMPARE(pgschema::version(check), 0);
    owner.connection().exec(QStringLiteral("REASSIGN OWNED BY %1 TO tickerline").arg(role).toUtf8().constData());
    owner.connection().exec(QStringLiteral("DROP OWNED BY %1").arg(role).toUtf8().constData());
    check.exec(QStringLiteral("DROP OWNED BY %1").arg(role).toUtf8().constData());
    check.exec(QStringLiteral("DROP ROLE %1").arg(role).toUtf8().constData());
}

void TestPgStore::filtersKeepTheEventsAFileKeeps_data()
{
    QTest::addColumn<EventFilter>("filter");
    const std::int64_t jan27 = 1'737'936'000'000; // 2025-01-27T00:00:00Z
    QTest::newRow("all") << EventFilter{};
    QTest::newRow("from 27 January") << EventFilter{jan27, {}, {}, {}, {}};
    QTest::newRow("until 27 January") << EventFilter{{}, jan27, {}, {}, {}};
    QTest::newRow("one day") << EventFilter{jan27, jan27 + 86'400'000 - 1, {}, {}, {}};
    QTest::newRow("market and statements") << EventFilter{{}, {}, {EventKind::Market, EventKind::Statement}, {}, {}};
    QTest::newRow("actor by name, any case") << EventFilter{{}, {}, {}, QStringLiteral("sam altman"), {}};
    QTest::newRow("symbol, any case") << EventFilter{{}, {}, {}, {}, QStringLiteral("nvda")};
    QTest::newRow("all of them") << EventFilter{jan27 - 7 * 86'400'000LL, jan27 + 86'400'000, {EventKind::Market},
                                                {}, QStringLiteral("NVDA")};
    QTest::newRow("nothing") << EventFilter{{}, {}, {}, QStringLiteral("'; DROP TABLE events; --"), {}};
}

void TestPgStore::filtersKeepTheEventsAFileKeeps()
{
    QFETCH(EventFilter, filter);
    QTemporaryDir dir;
    FileStore file(dir.filePath(QStringLiteral("episode.tickerline")));
    installBundledDataset(file);
    // One database for every row; made by the first.
    static test::PgTestDatabase database;
    static std::optional<PgStore> store;
    if (!store) {
        store.emplace(database.target());
        store->importSnapshot(bundledEpisode());
    }
    const auto withoutIds = [](QList<Event> events) {
        for (Event &event : events)
            event.id = 0;
        return events;
    };
    const QList<Event> expected = withoutIds(file.events(filter));
    QCOMPARE(withoutIds(store->events(filter)), expected);
    if (QByteArray(QTest::currentDataTag()) != "nothing")
        QVERIFY(!expected.isEmpty());
}

void TestPgStore::readsGiveWhatAFileGives()
{
    FileAndServer both;
    Store &file = both.file;
    PgStore &store = both.store;

    // Row ids are each database's own.
    const auto sourcesWithoutIds = [](QList<Source> sources) {
        for (Source &source : sources)
            source.id = 0;
        return sources;
    };
    const auto quotesWithoutIds = [](QList<Quote> quotes) {
        for (Quote &quote : quotes)
            quote.id = 0;
        return quotes;
    };
    QCOMPARE(store.datasets(), file.datasets());
    QCOMPARE(store.actors(), file.actors());
    QCOMPARE(store.links(), file.links());
    QCOMPARE(store.eras(), file.eras());
    QCOMPARE(sourcesWithoutIds(store.sources()), sourcesWithoutIds(file.sources()));
    QCOMPARE(sourcesWithoutIds(store.sourceHeaders()), sourcesWithoutIds(file.sourceHeaders()));
    QVERIFY(store.sourceHeaders().first().text.isEmpty());
    QCOMPARE(quotesWithoutIds(store.quotes()), quotesWithoutIds(file.quotes()));
    QCOMPARE(store.quoteCountsByEvent(), file.quoteCountsByEvent());
    QCOMPARE(store.symbols(), file.symbols());
    QCOMPARE(store.symbol(QStringLiteral("nvda")), file.symbol(QStringLiteral("nvda")));
    QVERIFY(!store.symbol(QStringLiteral("NOPE")));
    for (const Source &source : file.sources()) {
        QCOMPARE(store.source(source.uid)->text, source.text);
        QCOMPARE(quotesWithoutIds(store.quotesOfSource(source.uid)), quotesWithoutIds(file.quotesOfSource(source.uid)));
    }
    QVERIFY(!store.source(QStringLiteral("nowhere")));
    for (const Event &event : file.events())
        QCOMPARE(quotesWithoutIds(store.quotesOfEvent(event.uid)), quotesWithoutIds(file.quotesOfEvent(event.uid)));

    QCOMPARE(store.allSeries(), file.allSeries());
    QVERIFY(!store.allSeries().isEmpty());
    const QList<SymbolSummary> summaries = store.symbolSummaries();
    const QList<SymbolSummary> fileSummaries = file.symbolSummaries();
    QCOMPARE(summaries.size(), fileSummaries.size());
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        QCOMPARE(summaries[i].symbol, fileSummaries[i].symbol);
        QCOMPARE(summaries[i].bars, fileSummaries[i].bars);
        QCOMPARE(summaries[i].firstMs, fileSummaries[i].firstMs);
        QCOMPARE(summaries[i].lastMs, fileSummaries[i].lastMs);
    }
    QVERIFY(summaries.first().bars > 0);
    QCOMPARE(store.seriesIntervals(QStringLiteral("nvda")), file.seriesIntervals(QStringLiteral("nvda")));
    QCOMPARE(store.seriesExtent(QStringLiteral("NOPE"), QStringLiteral("1d")).bars, std::int64_t(0));
    for (KeyedTable table : {KeyedTable::Datasets, KeyedTable::Actors, KeyedTable::Events, KeyedTable::Eras,
                             KeyedTable::Sources, KeyedTable::Quotes, KeyedTable::Symbols, KeyedTable::Views})
        QCOMPARE(store.keys(table), file.keys(table));

    // Writes give what they give in a file.
    QList<Symbol> counts{*file.symbol(QStringLiteral("NVDA"))};
    counts.first().sharesOutstanding = 24'490'000'000;
    counts.first().sharesAsOf = QStringLiteral("2025-01-27");
    counts.first().sharesSource = QStringLiteral("10-Q");
    store.updateShareCounts(counts);
    file.updateShareCounts(counts);
    QCOMPARE(store.symbols(), file.symbols());
    counts.first().ticker = QStringLiteral("NOPE");
    QCOMPARE(testing::errorMessageOf([&] { store.updateShareCounts(counts); }),
             QStringLiteral("NOPE: no such symbol in the database"));
    const Source article = file.sources().first();
    QList<Quote> moved = file.quotesOfSource(article.uid);
    QVERIFY(!moved.isEmpty());
    const QString prefix = QStringLiteral("Updated. ");
    for (Quote &quote : moved) {
        quote.start += prefix.size();
        quote.end += prefix.size();
        quote.status = AnchorStatus::Moved;
        quote.score = 0.75;
    }
    store.replaceSourceText(article.uid, prefix + article.text, moved);
    file.replaceSourceText(article.uid, prefix + article.text, moved);
    QCOMPARE(sourcesWithoutIds(store.sources()), sourcesWithoutIds(file.sources()));
    QCOMPARE(quotesWithoutIds(store.quotes()), quotesWithoutIds(file.quotes()));
    QVERIFY(store.quotesOfSource(article.uid).first().status == AnchorStatus::Moved);
    QCOMPARE(testing::errorMessageOf([&] { store.replaceSourceText(QStringLiteral("nowhere"), {}, {}); }),
             QStringLiteral("no source \"nowhere\" in %1").arg(both.database.target()));

    // Saved views: saved, replaced under the same name, removed; settings as they were.
    SavedView week{QStringLiteral("Selloff week 周"), {}, {}};
    week.settings.text = QStringLiteral("nvidia");
    week.settings.fromMs = 1'737'936'000'000;
    week.settings.chart = ViewSettings::Chart::Impact;
    week.settings.chartSymbols = {QStringLiteral("NVDA"), QStringLiteral("QQQ")};
    store.saveView(week);
    file.saveView(week);
    week.settings.lanes = ViewSettings::Lanes::Actor;
    store.saveView(week);
    file.saveView(week);
    QCOMPARE(store.savedViews(), file.savedViews());
    QCOMPARE(store.savedView(week.name), std::optional<SavedView>(week));
    QCOMPARE(testing::errorMessageOf([&] { store.saveView(SavedView{QStringLiteral(" "), {}, {}}); }),
             QStringLiteral("name: a view needs a name"));
    store.removeView(week.name);
    QVERIFY(store.savedViews().isEmpty());
    QCOMPARE(testing::errorMessageOf([&] { store.removeView(week.name); }),
             QStringLiteral("name: no view \"Selloff week 周\""));
}

namespace {

// Every field of a listing, a line an event, to compare two listings.
template<typename Lister>
QStringList listing(Lister &store, const EventFilter &filter, EventDetail detail, int stopAfter = -1)
{
    QStringList lines;
    store.forEachListedEvent(filter, detail, [&](const ListedEvent &e) {
        QStringList fields{QString::fromUtf8(e.uid), QString::fromUtf8(e.title), QString::fromUtf8(e.summary),
                           toString(e.kind), QString::number(e.startMs),
                           e.endMs ? QString::number(*e.endMs) : QStringLiteral("-"), toString(e.precision),
                           e.uncertain ? QStringLiteral("uncertain") : QStringLiteral("certain"),
                           QString::fromUtf8(e.tz)};
        for (const ListedEvent::Actor &actor : e.actors)
            fields << actor.uid + QLatin1Char('/') + actor.name + QLatin1Char('/') + actor.role;
        fields << e.symbols;
        for (const ListedEvent::QuoteAnchor &quote : e.quotes)
            fields << QStringLiteral("%1 %2 %3 %4-%5 %6")
                          .arg(quote.uid, quote.source, quote.exact)
                          .arg(quote.start)
                          .arg(quote.end)
                          .arg(toString(quote.status));
        lines << fields.join(QLatin1Char('|'));
        return int(lines.size()) != stopAfter;
    });
    return lines;
}

} // namespace

void TestPgStore::listingsGiveWhatAFileGives()
{
    FileAndServer both;
    Store &file = both.file;
    PgStore &store = both.store;
    const std::int64_t jan27 = 1'737'936'000'000;
    for (const EventFilter &filter : {EventFilter{}, EventFilter{jan27, {}, {}, {}, {}},
                                      EventFilter{{}, {}, {EventKind::Statement}, {}, {}},
                                      EventFilter{{}, {}, {}, QStringLiteral("sam altman"), QStringLiteral("nvda")}}) {
        for (EventDetail detail : {EventDetail::Row, EventDetail::Full}) {
            const QStringList expected = listing(file, filter, detail);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(listing(store, filter, detail), expected);
        }
    }
    // Every detail is there: some event has quotes, actors and symbols.
    const QString all = listing(store, {}, EventDetail::Full).join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("a more than $1 trillion tech wipeout")));
    // A visitor that stops gets no more.
    QCOMPARE(listing(store, {}, EventDetail::Full, 3).size(), 3);

    // More events than a batch: the same, in time order, ties in the order they were added.
    Snapshot many;
    for (int i = 0; i < 7'000; ++i) {
        Event event;
        event.uid = QStringLiteral("many-%1").arg(i);
        event.title = QStringLiteral("Event %1").arg(i);
        event.startMs = jan27 + std::int64_t(i % 97) * 60'000;
        event.tz = QStringLiteral("UTC");
        event.symbols << QStringLiteral("NVDA");
        many.events << event;
    }
    store.importSnapshot(many);
    file.importSnapshot(many);
    const QStringList expected = listing(file, {}, EventDetail::Full);
    QVERIFY(expected.size() > 7'000); // three batches of the cursor
    QCOMPARE(listing(store, {}, EventDetail::Full), expected);
}

void TestPgStore::checkNamesWhatIsWrong()
{
    test::PgTestDatabase database;
    PgStore store(database.target());
    Snapshot episode = bundledEpisode();
    episode.symbols << nvidia();
    episode.symbols.last().ticker = QStringLiteral("WALK");
    PriceSeries walk = minuteBars(1'000);
    walk.symbol = QStringLiteral("WALK");
    episode.series << walk;
    store.importSnapshot(episode);
    SavedView view{QStringLiteral("week"), {}, {}};
    store.saveView(view);
    QCOMPARE(store.check(), QStringList());

    // Damage done behind Tickerline's back, as another program could.
    PgConnection other(database.target());
    const Source article = episode.sources.first();
    const Quote quote = episode.quotes.first();
    other.exec("UPDATE sources SET text = text || ' (edited)' WHERE uid = $1", PgParams().add(article.uid));
    other.exec("UPDATE quotes SET pos_start = pos_start + 1 WHERE uid = $1", PgParams().add(quote.uid));
    other.exec("UPDATE bars SET close = high + 1 WHERE ts_ms = $1", PgParams().add(walk.bars[10].tsMs));
    other.exec("DELETE FROM bar_summaries WHERE level = 1 AND first_ts = $1", PgParams().add(walk.bars[8].tsMs));
    other.exec("UPDATE views SET settings = '[1, 2]'");
    other.exec("CREATE TABLE notes (id integer)");

    const QStringList problems = store.check();
    const QStringList expected{
        QStringLiteral("table \"notes\" is not Tickerline's"),
        QStringLiteral("source \"%1\": text does not match its SHA-256").arg(article.uid),
        QStringLiteral("WALK 2025-01-20: close outside the day's low–high"),
        QStringLiteral("WALK 1m: the chart's summaries (level 1) count 992 bars of 1000"),
        QStringLiteral("view \"week\": settings are not a JSON object"),
    };
    for (const QString &problem : expected)
        QVERIFY2(problems.contains(problem), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), [&](const QString &problem) {
                 return problem.startsWith(QStringLiteral("quote \"%1\": ").arg(quote.uid));
             }),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(problems.size(), expected.size() + 1);
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
