// SPDX-License-Identifier: GPL-3.0-or-later
// The team database's schema and whole-dataset transfers, against the throwaway cluster ctest
// starts: a schema made on an empty database and nowhere else; the bundled episode from a file
// into PostgreSQL and back, byte for byte in Tickerline JSON; a refused import that changes nothing.

#include "error.h"
#include "imports/bundleddataset.h"
#include "io/tickerlinejson.h"
#include "store/postgres/pgschema.h"
#include "store/postgres/pgstore.h"
#include "store/store.h"
#include "support/pgtestdatabase.h"

#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace tickerline;

namespace {

QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

// The bundled episode as a file holds it: events, actors, sources, quotes, symbols, price series.
Snapshot bundledEpisode()
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("episode.tickerline")));
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
    std::thread first([&] { errors[0] = errorOf([&] { PgStore store(database.target()); }); });
    std::thread second([&] { errors[1] = errorOf([&] { PgStore store(database.target()); }); });
    first.join();
    second.join();
    QCOMPARE(errors[0], QString());
    QCOMPARE(errors[1], QString());
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

    QCOMPARE(errorOf([&] { PgStore store(database.target()); }),
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

    QCOMPARE(errorOf([&] { PgStore store(database.target()); }),
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
    Store file(dir.filePath(QStringLiteral("from-server.tickerline")));
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
    QCOMPARE(errorOf([&] { store.importSnapshot(withNul); }),
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

    const QString refused = errorOf([&] { store.importSnapshot(more); });
    QVERIFY(!refused.isEmpty());
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
    QCOMPARE(errorOf([&] { store.importSnapshot(second); }), QStringLiteral("event \"third\" is already in the database"));
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
