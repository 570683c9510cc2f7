// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "io/tickerlinejson.h"
#include "store/eventedits.h"
#include "store/filestore.h"
#include "store/schema.h"
#include "time/isotime.h"

#include "support/databasefingerprint.h"
#include "support/olderschema.h"
#include "support/smallsnapshot.h"
#include "support/tamper.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <limits>
#include <optional>

using namespace tickerline;

Q_DECLARE_METATYPE(tickerline::EventFilter)
using tickerline::testing::at;
using tickerline::testing::databaseFingerprint;
using tickerline::testing::smallSnapshot;

namespace {

int count(FileStore &store, const char *table)
{
    Statement statement(store.database(), QByteArray("SELECT count(*) FROM ").append(table).constData());
    statement.step();
    return statement.integer(0);
}

// Puts event_symbols back as schema versions 1 to 3 had it (column ticker, index
// event_symbols_by_ticker), keeping its rows: what an older Tickerline wrote.
void restoreVersionThreeEventSymbols(Database &db)
{
    db.exec(R"sql(
CREATE TEMP TABLE kept AS SELECT event_id, symbol, position FROM event_symbols;
DROP TABLE event_symbols;
CREATE TABLE event_symbols (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ticker TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (event_id, ticker)
);
CREATE INDEX event_symbols_by_ticker ON event_symbols(ticker);
INSERT INTO event_symbols(event_id, ticker, position) SELECT event_id, symbol, position FROM kept;
DROP TABLE kept;
)sql");
}

// The small snapshot and `count` more events: three to an instant, with two actors, a symbol on
// every other one and a quote on every hundredth.
Snapshot manyEvents(int count)
{
    Snapshot snapshot = smallSnapshot();
    for (int a = 0; a < 10; ++a)
        snapshot.actors << Actor{QStringLiteral("actor-%1").arg(a), QStringLiteral("Actor %1").arg(a),
                                 QStringLiteral("person"), QStringLiteral("facts")};
    const Quote quote = snapshot.quotes.constFirst();
    for (int i = 0; i < count; ++i) {
        Event event;
        event.uid = QStringLiteral("ev-%1").arg(i);
        event.title = QStringLiteral("Event %1 «%2»").arg(i).arg(QStringLiteral("中文"));
        event.summary = QStringLiteral("What happened at %1, \"quoted\".").arg(i);
        event.kind = EventKind(i % 7);
        event.startMs = at("2020-01-01") + std::int64_t((count - i) / 3) * 60'000;
        if (i % 5 == 0)
            event.endMs = event.startMs + 3'600'000;
        event.precision = Precision::Minute;
        event.tz = QStringLiteral("Europe/Zurich");
        event.actors << EventActor{QStringLiteral("actor-%1").arg(i % 10), QStringLiteral("subject")}
                     << EventActor{QStringLiteral("sam-altman"), QStringLiteral("witness")};
        if (i % 2)
            event.symbols << QStringLiteral("NVDA") << QStringLiteral("AVGO");
        if (i % 100 == 0) {
            Quote q = quote;
            q.uid = QStringLiteral("q-%1").arg(i);
            q.event = event.uid;
            snapshot.quotes << q;
        }
        snapshot.events << event;
    }
    return snapshot;
}

// All of a listed event, on a line.
QByteArray describe(const ListedEvent &event, bool first)
{
    QStringList parts{first ? QStringLiteral("first") : QString(),
                      QString::fromUtf8(event.uid),
                      QString::fromUtf8(event.title),
                      QString::fromUtf8(event.summary),
                      toString(event.kind),
                      QString::number(event.startMs),
                      event.endMs ? QString::number(*event.endMs) : QString(),
                      toString(event.precision),
                      QString::number(event.uncertain),
                      QString::fromUtf8(event.tz)};
    QStringList actors;
    for (const ListedEvent::Actor &actor : event.actors)
        actors << actor.uid + QLatin1Char(' ') + actor.name + QLatin1Char(' ') + actor.role;
    parts << actors.join(QLatin1Char(',')) << event.symbols.join(QLatin1Char(','));
    for (const ListedEvent::QuoteAnchor &quote : event.quotes)
        parts << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(quote.uid, quote.source, quote.exact)
                     .arg(quote.start)
                     .arg(quote.end)
                     .arg(toString(quote.status));
    return parts.join(QLatin1Char('|')).toUtf8() + '\n';
}

QStringList rowsOf(FileStore &store, const char *sql)
{
    Statement statement(store.database(), sql);
    QStringList rows;
    while (statement.step())
        rows << QStringLiteral("%1 %2 %3").arg(statement.int64(0)).arg(statement.text(1)).arg(statement.int64(2));
    return rows;
}

} // namespace

class tst_Store final : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseHasTheSchema()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("new.db")));
        QCOMPARE(store.database().pragmaInt("user_version"), schema::latestVersion());
        QCOMPARE(store.database().pragmaInt("application_id"), schema::kApplicationId);
        QCOMPARE(store.database().pragmaInt("foreign_keys"), 1);
        Statement journal(store.database(), "PRAGMA journal_mode");
        QVERIFY(journal.step());
        QCOMPARE(journal.text(0), QStringLiteral("wal"));
        QVERIFY(store.events().isEmpty());
        QVERIFY(store.check().isEmpty());
    }

    // The listing reads through a memory map and a larger cache, and gives both back, also when its
    // visitor stops it: a write after it meets an unmapped file.
    void listingGivesItsConnectionSettingsBack()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        store.importSnapshot(smallSnapshot());
        const int cacheBefore = store.database().pragmaInt("cache_size");
        for (const EventDetail detail : {EventDetail::Row, EventDetail::Full}) {
            QStringList seen;
            int cacheWhileListing = 0;
            store.forEachListedEvent({}, detail, [&](const ListedEvent &event) {
                seen << QString::fromUtf8(event.uid);
                cacheWhileListing = store.database().pragmaInt("cache_size");
                return false; // stop after the first
            });
            QCOMPARE(seen, QStringList{QStringLiteral("post")});
            QCOMPARE(cacheWhileListing, detail == EventDetail::Full ? -32 * 1024 : -16 * 1024);
            QCOMPARE(store.database().pragmaInt("cache_size"), cacheBefore);
            QCOMPARE(store.database().pragmaInt("mmap_size"), 0); // never mapped: pages checked once
        }
    }

    // `tickerline events` is written from pieces that other connections read and format at
    // once, each on a thread of its own: the same bytes, in the same order, as one thread gives,
    // for 13,000 events with ties in time across the pieces' edges, actors in their order,
    // symbols and quotes; every piece written on the caller's thread, the first event at once.
    void listingInPiecesIsTheListingOfOneThread()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        store.importSnapshot(manyEvents(13'000));
        for (const EventDetail detail : {EventDetail::Row, EventDetail::Full}) {
            QMutex mutex;
            QSet<QThread *> formattingThreads;
            const Store::ListedEventFormat format = [&](QByteArray &piece, const ListedEvent &event, bool first) {
                {
                    const QMutexLocker lock(&mutex);
                    formattingThreads.insert(QThread::currentThread());
                }
                piece += describe(event, first);
            };
            QByteArrayList pieces;
            bool writtenHere = true;
            store.writeListedEvents({}, detail, format, [&](const QByteArray &piece) {
                pieces << piece;
                writtenHere = writtenHere && QThread::currentThread() == thread();
                return true;
            });
            const QSet<QThread *> threads = formattingThreads;
            QByteArray alone;
            store.Store::writeListedEvents({}, detail, format, [&](const QByteArray &piece) {
                alone += piece;
                return true;
            });
            const QByteArray listed = pieces.join();
            QCOMPARE(listed.count('\n'), 13'002);
            QVERIFY(listed == alone);
            QCOMPARE(listed.contains("actor-7 Actor 7 subject,sam-altman Sam Altman witness"),
                     detail == EventDetail::Full);
            QCOMPARE(listed.contains("q-100 article Twitter hype"), detail == EventDetail::Full);
            QVERIFY(writtenHere);
            QCOMPARE(pieces.constFirst().count('\n'), 1); // the first event alone, at once
            QVERIFY(pieces.constFirst().startsWith("first|"));
            if (QThread::idealThreadCount() >= 2)
                QVERIFY2(threads.size() >= 3, "the pieces were not read on threads of their own");
        }
    }

    // A filter's listing, in pieces once it has kept more than its first events, holds what
    // events(filter) holds, with the same actors, symbols and quotes: for kinds, a start (with the
    // spans that begin before it), an end, and both.
    void filteredListingInPiecesIsTheFilter_data()
    {
        QTest::addColumn<EventFilter>("filter");
        const std::int64_t first = at("2020-01-01");
        EventFilter kinds;
        kinds.kinds = {EventKind::Policy, EventKind::Market, EventKind::Deal};
        EventFilter from;
        from.fromMs = first + 4'000 * 60'000 + 30'000;
        EventFilter to;
        to.toMs = first + 7'500 * 60'000;
        EventFilter both;
        both.fromMs = first + 1'000 * 60'000 + 30'000;
        both.toMs = first + 9'000 * 60'000;
        both.kinds = {EventKind::Statement, EventKind::Policy, EventKind::Market, EventKind::Release};
        QTest::newRow("kinds") << kinds;
        QTest::newRow("from") << from;
        QTest::newRow("to") << to;
        QTest::newRow("from, to and kinds") << both;
    }

    void filteredListingInPiecesIsTheFilter()
    {
        QFETCH(EventFilter, filter);
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        store.importSnapshot(manyEvents(30'000));
        QHash<QString, QString> actorNames;
        for (const Actor &actor : store.actors())
            actorNames.insert(actor.uid, actor.name);
        QHash<QString, QList<Quote>> quotes;
        for (const Quote &quote : store.quotes())
            quotes[quote.event] << quote;
        QByteArray expected;
        for (const Event &event : store.events(filter)) {
            ListedEvent listed;
            listed.uid = event.uid.toUtf8();
            listed.title = event.title.toUtf8();
            listed.summary = event.summary.toUtf8();
            listed.kind = event.kind;
            listed.startMs = event.startMs;
            listed.endMs = event.endMs;
            listed.precision = event.precision;
            listed.uncertain = event.uncertain;
            listed.tz = event.tz.toUtf8();
            for (const EventActor &actor : event.actors)
                listed.actors << ListedEvent::Actor{actor.actor, actorNames.value(actor.actor), actor.role};
            listed.symbols = event.symbols;
            for (const Quote &quote : quotes.value(event.uid))
                listed.quotes << ListedEvent::QuoteAnchor{quote.uid,   quote.source, quote.exact,
                                                          quote.start, quote.end,    quote.status};
            expected += describe(listed, expected.isEmpty());
        }
        QVERIFY(expected.count('\n') > 1'000 + 2 * 4096);

        QMutex mutex;
        QSet<QThread *> formattingThreads;
        QByteArray listed;
        store.writeListedEvents(
            filter, EventDetail::Full,
            [&](QByteArray &piece, const ListedEvent &event, bool first) {
                {
                    const QMutexLocker lock(&mutex);
                    formattingThreads.insert(QThread::currentThread());
                }
                piece += describe(event, first);
            },
            [&listed](const QByteArray &piece) {
                listed += piece;
                return true;
            });
        QCOMPARE(listed.count('\n'), expected.count('\n'));
        QVERIFY(listed == expected);
        if (QThread::idealThreadCount() >= 2)
            QVERIFY2(formattingThreads.size() >= 3, "the pieces were not read on threads of their own");
    }

    // A reader that goes away (`| head`) stops the pieces: the first write that says so, once
    // pieces are read on other threads, is the last, and no thread is left waiting.
    void aListingInPiecesStopsWhenItsReaderGoesAway()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        store.importSnapshot(manyEvents(30'000));
        QThread *const here = thread();
        std::atomic_bool elsewhere = false;
        int writes = 0;
        int writesUntilStop = 0;
        store.writeListedEvents(
            {}, EventDetail::Full,
            [&](QByteArray &piece, const ListedEvent &event, bool first) {
                if (QThread::currentThread() != here)
                    elsewhere = true;
                piece += describe(event, first);
            },
            [&](const QByteArray &) {
                ++writes;
                if (elsewhere && !writesUntilStop)
                    writesUntilStop = writes;
                return !writesUntilStop;
            });
        if (QThread::idealThreadCount() < 2)
            QSKIP("one core: the listing is read on one thread");
        QVERIFY(elsewhere);
        QCOMPARE(writes, writesUntilStop);
        int allWrites = 0;
        store.writeListedEvents(
            {}, EventDetail::Full,
            [](QByteArray &piece, const ListedEvent &event, bool first) { piece += describe(event, first); },
            [&allWrites](const QByteArray &) { return ++allWrites > 0; });
        QVERIFY2(writes + 3 < allWrites, qPrintable(QStringLiteral("%1 of %2").arg(writes).arg(allWrites)));
    }

    // Another program's commit while the listing has begun is not seen by it: a listing is of
    // one moment, also when pieces of it are read on other connections.
    void aListingInPiecesIsOfOneMoment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        FileStore store(path);
        store.importSnapshot(manyEvents(13'000));
        QByteArray before;
        store.Store::writeListedEvents(
            {}, EventDetail::Full,
            [](QByteArray &piece, const ListedEvent &event, bool first) { piece += describe(event, first); },
            [&before](const QByteArray &piece) {
                before += piece;
                return true;
            });
        QByteArray listed;
        store.writeListedEvents(
            {}, EventDetail::Full,
            [&](QByteArray &piece, const ListedEvent &event, bool first) {
                if (first) // the listing has begun: another program changes every event
                    testing::tamper(path, "UPDATE events SET title = 'changed meanwhile'");
                piece += describe(event, first);
            },
            [&listed](const QByteArray &piece) {
                listed += piece;
                return true;
            });
        QVERIFY(!listed.contains("changed meanwhile"));
        QVERIFY(listed == before);
        QCOMPARE(store.events().constLast().title, QStringLiteral("changed meanwhile"));
    }

    // The listing of every event reads the details tables once after its first thousand events;
    // a filtered one asks subqueries: both give every event the same actors (in their order, with
    // roles), symbols and quotes, here on the bundled episode after 1,200 earlier events, with an
    // actor added before an older one.
    // Texts another program stored as bytes that are not UTF-8, or with a byte-order mark, are
    // listed as QString gives them back everywhere else: replaced, and the mark dropped.
    void listingGivesStoredTextsAsQStringDoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        FileStore(path).importSnapshot(smallSnapshot());
        testing::tamper(path, "UPDATE events SET title = CAST(X'EFBBBF53656C6C6F6666' AS TEXT), "
                              "summary = CAST(X'61C0AF62EDA08063F4908080E6B7B1' AS TEXT), "
                              "tz = CAST(X'41EFBBBF42' AS TEXT)");
        const QByteArray title = QByteArray::fromHex("EFBBBF53656C6C6F6666");
        const QByteArray summary = QByteArray::fromHex("61C0AF62EDA08063F4908080E6B7B1");
        const QByteArray tz = QByteArray::fromHex("41EFBBBF42");
        FileStore store(path);
        for (const EventDetail detail : {EventDetail::Row, EventDetail::Full}) {
            QList<ListedEvent> listed;
            store.forEachListedEvent({}, detail, [&](const ListedEvent &event) {
                listed << event;
                return true;
            });
            QCOMPARE(listed.size(), store.events().size());
            for (const ListedEvent &event : std::as_const(listed)) {
                QCOMPARE(event.title, QByteArray("Selloff"));
                QCOMPARE(event.title, QString::fromUtf8(title).toUtf8());
                QCOMPARE(event.summary,
                         detail == EventDetail::Full ? QString::fromUtf8(summary).toUtf8() : QByteArray());
                QCOMPARE(event.tz, tz); // valid UTF-8 with a mark inside: kept as it is
                QCOMPARE(event.tz, QString::fromUtf8(tz).toUtf8());
            }
        }
    }

    void listingAllAndFilteredGiveTheSameDetails()
    {
        QFile file(QStringLiteral(TICKERLINE_TEST_DATA "/../../resources/data/episode.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Snapshot episode = readTickerlineJson(file.readAll(), QStringLiteral("episode.json"));
        QVERIFY(episode.events.size() >= 10);
        episode.events[0].actors.prepend(EventActor{episode.actors.last().uid, QStringLiteral("witness")});
        for (int i = 0; i < 1200; ++i) {
            Event early = episode.events[i % 3];
            early.uid = QStringLiteral("early-%1").arg(i);
            early.startMs = at("2020-01-01") + std::int64_t(i) * 60'000;
            early.precision = Precision::Minute;
            early.endMs.reset();
            if (i % 2)
                early.symbols = QStringList{QStringLiteral("NVDA"), QStringLiteral("AVGO")};
            episode.events << early;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        auto store = std::make_optional<FileStore>(path);
        store->importSnapshot(episode);
        // Positions that are not the rows' order in their tables, as another program may leave them.
        store->database().exec("UPDATE event_actors SET position = 100 - position; "
                               "UPDATE event_symbols SET position = 100 - position;");
        const auto listed = [&](const EventFilter &filter) {
            QStringList lines;
            store->forEachListedEvent(filter, EventDetail::Full, [&](const ListedEvent &event) {
                QStringList parts{QString::fromUtf8(event.uid)};
                for (const ListedEvent::Actor &actor : event.actors)
                    parts << actor.uid + QLatin1Char('|') + actor.name + QLatin1Char('|') + actor.role;
                parts << event.symbols.join(QLatin1Char(','));
                for (const ListedEvent::QuoteAnchor &quote : event.quotes)
                    parts << QStringLiteral("%1|%2|%3|%4|%5")
                                 .arg(quote.uid, quote.source, quote.exact)
                                 .arg(quote.start)
                                 .arg(quote.end);
                lines << parts.join(QLatin1Char(' '));
                return true;
            });
            return lines;
        };
        const QStringList all = listed({});
        EventFilter everything;
        everything.fromMs = std::numeric_limits<std::int64_t>::min() / 2;
        QCOMPARE(listed(everything), all);
        QCOMPARE(all.size(), episode.events.size());
        QVERIFY2(all.join(QLatin1Char('\n')).contains(QStringLiteral("|witness")),
                 qPrintable(all.join(QLatin1Char('\n'))));
        qsizetype quotesListed = 0;
        store->forEachListedEvent({}, EventDetail::Full, [&](const ListedEvent &event) {
            quotesListed += event.quotes.size();
            return true;
        });
        const auto quoted = std::count_if(episode.quotes.cbegin(), episode.quotes.cend(),
                                          [](const Quote &quote) { return !quote.event.isEmpty(); });
        QVERIFY(quoted >= 12);
        QCOMPARE(quotesListed, qsizetype(quoted));

        // Event ids negative and far apart (a file made elsewhere) are listed through the subqueries:
        // the same.
        store.reset();
        testing::tamper(
            path,
            "UPDATE event_actors SET event_id = event_id * 100000 - 1000000000000;"
            "UPDATE event_symbols SET event_id = event_id * 100000 - 1000000000000;"
            "UPDATE event_links SET from_id = from_id * 100000 - 1000000000000, to_id = to_id * 100000 - 1000000000000;"
            "UPDATE quotes SET event_id = event_id * 100000 - 1000000000000;"
            "UPDATE events SET id = id * 100000 - 1000000000000;");
        store.emplace(path);
        QCOMPARE(listed({}), all);
    }

    void checkFindsTampering()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("a.db")));
        store.importSnapshot(smallSnapshot());
        store.database().exec("UPDATE quotes SET pos_start = 0, pos_end = 12");
        const QStringList problems = store.check();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().contains(QStringLiteral("is not the quote")));
    }

    void refusesFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << QByteArray("text") << "not a Tickerline database (not an SQLite file)";
        QTest::newRow("other SQLite") << QByteArray("other") << "another program's SQLite file";
        QTest::newRow("newer version") << QByteArray("newer") << "written by a newer Tickerline";
    }

    void refusesFilesThatAreNotOurs()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.db"));
        if (kind == "text") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Date,Close\n2025-01-27,118.42\n");
        } else {
            Database db(path, Database::Mode::Create);
            if (kind == "other") {
                db.exec("CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('mine')");
            } else {
                {
                    FileStore store(path);
                }
                db.exec("PRAGMA user_version = 99");
            }
        }
        const QByteArray before = databaseFingerprint(path);
        try {
            FileStore store(path);
            QFAIL("the file was opened");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(message), error.what());
            QVERIFY(error.message().startsWith(path));
        }
        QCOMPARE(databaseFingerprint(path), before);
    }

    void migratesAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        QFile(path).open(QIODevice::WriteOnly); // a zero-byte file becomes a new database
        FileStore store(path);
        QCOMPARE(store.database().pragmaInt("user_version"), schema::latestVersion());
        store.importSnapshot(smallSnapshot());
        QCOMPARE(store.events().size(), 2);
    }

    void migratesVersionOneForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            FileStore store(path);
            store.importSnapshot(smallSnapshot());
            // What a version-1 file looks like: no span index, no views, event_symbols.ticker.
            test::restoreVersionSixSearch(store.database());
            restoreVersionThreeEventSymbols(store.database());
            store.database().exec("DROP INDEX events_by_span; DROP TABLE views; PRAGMA user_version = 1");
        }
        FileStore store(path);
        QCOMPARE(store.database().pragmaInt("user_version"), schema::latestVersion());
        Statement index(store.database(), "SELECT count(*) FROM sqlite_schema WHERE name = 'events_by_span'");
        QVERIFY(index.step());
        QCOMPARE(index.integer(0), 1);
        QCOMPARE(store.events().size(), 2);
        QVERIFY(store.check().isEmpty());
    }

    void migratesVersionTwoForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        {
            FileStore store(path);
            store.importSnapshot(smallSnapshot());
            // What a version-2 file looks like: no views table, event_symbols.ticker.
            test::restoreVersionSixSearch(store.database());
            restoreVersionThreeEventSymbols(store.database());
            store.database().exec("DROP TABLE views; PRAGMA user_version = 2");
        }
        {
            FileStore store(path);
            QCOMPARE(store.database().pragmaInt("user_version"), schema::latestVersion());
            QCOMPARE(count(store, "events"), 2);
            QCOMPARE(count(store, "quotes"), 1);
            QCOMPARE(store.exportSnapshot().events, smallSnapshot().events);
            QVERIFY(store.savedViews().isEmpty());
            store.saveView(SavedView{QStringLiteral("Shock week"), {}, {}});
            QCOMPARE(store.savedViews().size(), 1);
            QVERIFY(store.check().isEmpty());
        }
        // Once migrated, opening it again changes nothing.
        const QByteArray migrated = databaseFingerprint(path);
        {
            FileStore again(path);
        }
        QCOMPARE(databaseFingerprint(path), migrated);
    }

    void migratesVersionThreeForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        {
            FileStore store(path);
            store.importSnapshot(smallSnapshot());
            // What a version-3 file looks like: full-text rows in insertion order, found by uid.
            test::restoreVersionSixSearch(store.database());
            store.database().exec(R"sql(
                DROP TRIGGER events_search_insert; DROP TRIGGER events_search_update; DROP TRIGGER events_search_delete;
                DROP TRIGGER sources_search_insert; DROP TRIGGER sources_search_update; DROP TRIGGER sources_search_delete;
                DROP TRIGGER quotes_search_insert; DROP TRIGGER quotes_search_update; DROP TRIGGER quotes_search_delete;
                DROP TABLE search;
                CREATE VIRTUAL TABLE search USING fts5(type UNINDEXED, uid UNINDEXED, title, body,
                                                       tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO search(type, uid, title, body) SELECT 'quote', uid, '', exact FROM quotes;
                INSERT INTO search(type, uid, title, body) SELECT 'source', uid, title, text FROM sources;
                INSERT INTO search(type, uid, title, body) SELECT 'event', uid, title, summary FROM events;
                CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
                  INSERT INTO search(type, uid, title, body) VALUES ('event', new.uid, new.title, new.summary);
                END;
                CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
                  DELETE FROM search WHERE type = 'event' AND uid = old.uid;
                END;
                CREATE TRIGGER events_search_update AFTER UPDATE OF uid, title, summary ON events BEGIN
                  DELETE FROM search WHERE type = 'event' AND uid = old.uid;
                  INSERT INTO search(type, uid, title, body) VALUES ('event', new.uid, new.title, new.summary);
                END;
                PRAGMA user_version = 3;)sql");
            restoreVersionThreeEventSymbols(store.database());
        }
        FileStore store(path);
        QCOMPARE(store.database().pragmaInt("user_version"), schema::latestVersion());
        QVERIFY(store.check().isEmpty());
        // Every row is findable, under the rowid its own id gives.
        Statement rows(store.database(), "SELECT count(*) FROM search s JOIN events e ON s.rowid = e.id * 4 "
                                         "AND s.uid = e.uid AND s.type = 'event'");
        QVERIFY(rows.step());
        QCOMPARE(rows.integer(0), 2);
        QCOMPARE(store.search(QStringLiteral("expectations"), 10).size(), 1);
        QCOMPARE(store.search(QStringLiteral("article"), 10).constFirst().uid, QStringLiteral("article"));
        // An edit replaces the event's entry, and only it.
        Event post = store.event(QStringLiteral("post")).value();
        post.title = QStringLiteral("Altman asks for patience");
        store.updateEvent(post, *store.event(post.uid));
        QVERIFY(store.search(QStringLiteral("expectations"), 10).isEmpty());
        QCOMPARE(store.search(QStringLiteral("patience"), 10).constFirst().uid, QStringLiteral("post"));
        QCOMPARE(count(store, "search"), count(store, "events") + count(store, "sources") + count(store, "quotes"));
        store.removeEvent(QStringLiteral("post"));
        QVERIFY(store.search(QStringLiteral("patience"), 10).isEmpty());
        QVERIFY(store.check().isEmpty());
    }

    void migratesTheSymbolColumnForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        Snapshot snapshot = smallSnapshot();
        snapshot.events[0].symbols = {QStringLiteral("MSFT"), QStringLiteral("NVDA")};
        snapshot.events[1].symbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("^IXIC")};
        QStringList before;
        {
            FileStore store(path);
            store.importSnapshot(snapshot);
            // What a version-3 file looks like: an event's symbols in event_symbols.ticker.
            test::restoreVersionSixSearch(store.database());
            restoreVersionThreeEventSymbols(store.database());
            store.database().exec("PRAGMA user_version = 3");
            before = rowsOf(store, "SELECT event_id, ticker, position FROM event_symbols ORDER BY event_id, position");
        }
        QCOMPARE(before.size(), 5);
        FileStore store(path);
        QCOMPARE(store.database().pragmaInt("user_version"), schema::latestVersion());
        // Every row kept, under the new column name.
        QCOMPARE(rowsOf(store, "SELECT event_id, symbol, position FROM event_symbols ORDER BY event_id, position"),
                 before);
        QStringList columns;
        Statement info(store.database(), "SELECT name FROM pragma_table_info('event_symbols') ORDER BY cid");
        while (info.step())
            columns << info.text(0);
        QCOMPARE(columns,
                 (QStringList{QStringLiteral("event_id"), QStringLiteral("symbol"), QStringLiteral("position")}));
        Statement indexes(store.database(), "SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'event_symbols' "
                                            "AND type = 'index' AND sql IS NOT NULL");
        QVERIFY(indexes.step());
        QCOMPARE(indexes.text(0), QStringLiteral("event_symbols_by_symbol"));
        QVERIFY2(indexes.text(1).contains(QStringLiteral("(symbol)")), qPrintable(indexes.text(1)));
        QVERIFY(!indexes.step());
        // The store reads and filters by them as before.
        QCOMPARE(store.exportSnapshot().events, snapshot.events);
        EventFilter bySymbol;
        bySymbol.symbol = QStringLiteral("avgo");
        QCOMPARE(store.events(bySymbol).size(), 1);
        QVERIFY(store.check().isEmpty());
        // A bulk import drops and rebuilds the renamed index.
        Snapshot more;
        for (int i = 0; i < 25'000; ++i) { // past the bulk threshold
            Event event;
            event.uid = QStringLiteral("later-%1").arg(i);
            event.title = QStringLiteral("later");
            event.startMs = at("2021-01-01") + std::int64_t(i) * 60'000;
            more.events << event;
        }
        store.importSnapshot(more);
        QCOMPARE(rowsOf(store, "SELECT event_id, symbol, position FROM event_symbols ORDER BY event_id, position"),
                 before);
        QVERIFY(store.check().isEmpty());
    }

    void refusesAnOlderFileWithAPlantedTriggerWithoutChangingIt()
    {
        // An older file is migrated and then compared with the latest schema before the commit:
        // an object planted in it rolls the migration back.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3-planted.db"));
        {
            FileStore store(path);
            store.importSnapshot(smallSnapshot());
            test::restoreVersionSixSearch(store.database());
            restoreVersionThreeEventSymbols(store.database());
            store.database().exec("PRAGMA user_version = 3; CREATE TRIGGER wipe_quotes AFTER INSERT ON events "
                                  "BEGIN DELETE FROM quotes; END;");
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        file.close();
        QString message;
        try {
            FileStore store(path);
        } catch (const Error &error) {
            message = error.message();
        }
        QCOMPARE(message,
                 path + QStringLiteral(": not a Tickerline database as this version writes it: trigger "
                                       "\"wipe_quotes\" is not part of Tickerline's schema; it was not changed"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void bulkImportRebuildsIndexes()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("bulk.db")));
        store.importSnapshot(smallSnapshot());
        Snapshot many;
        for (int i = 0; i < 25'000; ++i) { // past the bulk threshold
            Event event;
            event.uid = QStringLiteral("bulk-%1").arg(i);
            event.title = i == 12'345 ? QStringLiteral("needle in the bulk") : QStringLiteral("bulk event");
            event.startMs = at("2020-01-01") + std::int64_t(i) * 3'600'000;
            many.events << event;
        }
        store.importSnapshot(many);
        QCOMPARE(store.search(QStringLiteral("needle")).constFirst().uid, QStringLiteral("bulk-12345"));
        QCOMPARE(store.search(QStringLiteral("wipeout")).size(), 1); // the earlier rows are still indexed
        Statement indexes(store.database(), "SELECT count(*) FROM sqlite_schema WHERE name IN ('events_by_start', "
                                            "'events_by_span', 'event_actors_by_actor', 'event_symbols_by_symbol', "
                                            "'events_search_insert')");
        QVERIFY(indexes.step());
        QCOMPARE(indexes.integer(0), 5);
        QVERIFY(store.check().isEmpty());
        // A failed bulk import leaves the indexes and rows as they were.
        try {
            store.importSnapshot(many);
            QFAIL("a repeated import was accepted");
        } catch (const Error &) {
        }
        QCOMPARE(store.events().size(), 25'002);
        QVERIFY(store.check().isEmpty());
    }

    void existingOnlyDoesNotCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.db"));
        QVERIFY_THROWS_EXCEPTION(Error, FileStore(path, Store::Open::ExistingOnly));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
