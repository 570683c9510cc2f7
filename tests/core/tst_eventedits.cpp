// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "io/tickerlinejson.h"
#include "store/eventedits.h"
#include "store/quoteedits.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace tickerline;

using Edit = std::function<void(Store &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

std::int64_t at(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso))->ms;
}

Event makeEvent(const char *uid, const char *title, EventKind kind, const char *start)
{
    Event event;
    event.uid = QString::fromLatin1(uid);
    event.title = QString::fromUtf8(title);
    event.kind = kind;
    event.startMs = at(start);
    event.precision = Precision::Second;
    event.tz = QStringLiteral("UTC");
    event.dataset = QStringLiteral("test");
    return event;
}

// Three events linked both ways around the middle one, which two quotes point at; the middle
// one's row and links sit between others', so that putting them back elsewhere would show.
Snapshot snapshot()
{
    Snapshot s;
    s.datasets = {{QStringLiteral("test"), QStringLiteral("Edits"), QStringLiteral("tst_eventedits"),
                   QStringLiteral("CC0"), {}, QStringLiteral("2025-02-01T00:00:00Z")}};
    s.actors = {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"),
                 QStringLiteral("test")},
                {QStringLiteral("deepseek"), QStringLiteral("DeepSeek"), QStringLiteral("organisation"),
                 QStringLiteral("test")}};
    Event release = makeEvent("r1-release", "R1 released", EventKind::Release, "2025-01-20");
    release.precision = Precision::Day;
    release.tz = QStringLiteral("Asia/Shanghai");
    release.actors = {{QStringLiteral("deepseek"), QStringLiteral("author")}};
    Event statement = makeEvent("altman-statement", "Altman calls R1 “impressive”", EventKind::Statement,
                                "2025-01-28T02:29:53Z");
    statement.summary = QStringLiteral("deepseek's r1 is an impressive model");
    statement.actors = {{QStringLiteral("sam-altman"), QStringLiteral("speaker")},
                        {QStringLiteral("deepseek"), QStringLiteral("subject")}};
    statement.symbols = {QStringLiteral("NVDA"), QStringLiteral("MSFT")};
    Event selloff = makeEvent("selloff", "Selloff", EventKind::Market, "2025-01-27T14:30:00Z");
    selloff.endMs = at("2025-01-27T21:00:00Z");
    selloff.symbols = {QStringLiteral("NVDA")};
    s.events = {release, statement, selloff};
    s.links = {{QStringLiteral("selloff"), QStringLiteral("r1-release"), QStringLiteral("follows")},
               {QStringLiteral("altman-statement"), QStringLiteral("r1-release"), QStringLiteral("responds-to")},
               {QStringLiteral("altman-statement"), QStringLiteral("selloff"), QStringLiteral("follows")},
               {QStringLiteral("selloff"), QStringLiteral("altman-statement"), QStringLiteral("caused")},
               {QStringLiteral("r1-release"), QStringLiteral("selloff"), QStringLiteral("caused")}};
    Source post;
    post.uid = QStringLiteral("post");
    post.title = QStringLiteral("A post");
    post.text = QStringLiteral("DeepSeek's R1 is an impressive model. Another line.");
    post.dataset = QStringLiteral("test");
    s.sources = {post};
    Quote first;
    first.uid = QStringLiteral("q-impressive");
    first.source = QStringLiteral("post");
    first.event = QStringLiteral("altman-statement");
    first.speaker = QStringLiteral("sam-altman");
    first.exact = QStringLiteral("DeepSeek's R1 is an impressive model");
    first.start = 0;
    first.end = first.exact.size();
    Quote second = first;
    second.uid = QStringLiteral("q-line");
    second.exact = QStringLiteral("Another line");
    second.start = 38;
    second.end = 50;
    s.quotes = {first, second};
    return s;
}

QByteArray fileHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile in(file);
        if (in.open(QIODevice::ReadOnly))
            hash.addData(in.readAll());
    }
    return hash.result().toHex();
}

bool searchFinds(Store &store, const QString &words, const QString &uid)
{
    for (const SearchHit &hit : store.search(words))
        if (hit.type == QLatin1String("event") && hit.uid == uid)
            return true;
    return false;
}

} // namespace

class tst_EventEdits final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_path;
    int m_count = 0;

    QByteArray exported() { return writeTickerlineJson(m_store->exportSnapshot()); }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("events%1.tickerline").arg(++m_count));
        m_store = std::make_unique<FileStore>(m_path);
        m_store->importSnapshot(snapshot());
    }

    void addsAnEventWithActorsAndSymbols()
    {
        Event event = makeEvent("", "Altman: R1 is invigorating", EventKind::Statement, "2025-01-28");
        event.uid = uniqueEventUid(*m_store, event.title);
        QCOMPARE(event.uid, QStringLiteral("altman-r1-is-invigorating"));
        event.precision = Precision::Day;
        event.tz = QString(); // stored as UTC
        event.actors = {{QStringLiteral("sam-altman"), QStringLiteral("speaker")}};
        event.symbols = {QStringLiteral("NVDA")};
        m_store->addEvent(event);
        const std::optional<Event> stored = m_store->event(event.uid);
        QVERIFY(stored);
        QCOMPARE(stored->title, event.title);
        QCOMPARE(stored->tz, QStringLiteral("UTC"));
        QCOMPARE(stored->actors, event.actors);
        QCOMPARE(stored->symbols, event.symbols);
        QCOMPARE(stored->dataset, QStringLiteral("test"));
        QCOMPARE(uniqueEventUid(*m_store, event.title), QStringLiteral("altman-r1-is-invigorating-2"));
        QVERIFY(searchFinds(*m_store, QStringLiteral("invigorating"), event.uid));
        QVERIFY(m_store->check().isEmpty());
    }

    void refusedEditsNameTheFieldAndChangeNothing_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<Edit>("edit");
        const auto updated = [](std::function<void(Event &)> change) {
            return Edit([change](Store &store) {
                const Event read = *store.event(QStringLiteral("altman-statement"));
                Event event = read;
                change(event);
                store.updateEvent(event, read);
            });
        };
        QTest::newRow("end before start") << QStringLiteral("end: before start")
                                          << updated([](Event &e) { e.endMs = e.startMs - 1; });
        QTest::newRow("unknown zone") << QStringLiteral("tz: unknown zone \"Mars/Base\"")
                                      << updated([](Event &e) { e.tz = QStringLiteral("Mars/Base"); });
        QTest::newRow("empty title") << QStringLiteral("title: empty")
                                     << updated([](Event &e) { e.title = QStringLiteral(" "); });
        QTest::newRow("unknown actor") << QStringLiteral("actors: no actor \"nobody\"")
                                       << updated([](Event &e) { e.actors << EventActor{QStringLiteral("nobody"), {}}; });
        QTest::newRow("symbol twice") << QStringLiteral("symbols: \"NVDA\" is given twice")
                                      << updated([](Event &e) { e.symbols << QStringLiteral("NVDA"); });
        QTest::newRow("year 1300") << QStringLiteral("start: ")
                                   << updated([](Event &e) { e.startMs = at("1400-01-01") - kMsPerDay * 365; });
        QTest::newRow("unknown uid") << QStringLiteral("uid: no event \"nope\"")
                                     << updated([](Event &e) { e.uid = QStringLiteral("nope"); });
        QTest::newRow("uid taken") << QStringLiteral("uid: event \"selloff\" is already in the database")
                                   << Edit([](Store &store) {
                                          store.addEvent(*store.event(QStringLiteral("selloff")));
                                      });
        QTest::newRow("unknown dataset") << QStringLiteral("dataset: no dataset \"elsewhere\"")
                                         << Edit([](Store &store) {
                                                Event event = makeEvent("new", "New", EventKind::Other, "2025-02-01");
                                                event.dataset = QStringLiteral("elsewhere");
                                                store.addEvent(event);
                                            });
        // Refused after its first rows were written: those are rolled back too.
        QTest::newRow("restore, a quote gone") << QStringLiteral("quotes: no quote \"q-gone\"")
                                               << Edit([](Store &store) {
                                                      EventRecord record;
                                                      record.event = makeEvent("ghost", "Ghost", EventKind::Other,
                                                                               "2025-02-01");
                                                      record.quotes = {QStringLiteral("q-gone")};
                                                      store.restoreEvent(record);
                                                  });
        QTest::newRow("delete unknown") << QStringLiteral("uid: no event \"nope\"")
                                        << Edit([](Store &store) {
                                               store.removeEvent(QStringLiteral("nope"));
                                           });
        QTest::newRow("link type") << QStringLiteral("links: unknown type \"inspired\"")
                                   << Edit([](Store &store) {
                                          store.setEventLinks(QStringLiteral("selloff"),
                                                        {{{}, QStringLiteral("r1-release"), QStringLiteral("inspired")}});
                                      });
        QTest::newRow("self link") << QStringLiteral("links: \"selloff\" cannot link to itself")
                                   << Edit([](Store &store) {
                                          store.setEventLinks(QStringLiteral("selloff"),
                                                        {{{}, QStringLiteral("selloff"), QStringLiteral("follows")}});
                                      });
    }

    void refusedEditsNameTheFieldAndChangeNothing()
    {
        QFETCH(QString, message);
        QFETCH(Edit, edit);
        const QByteArray before = exported();
        const QByteArray hash = fileHash(m_path);
        try {
            edit(*m_store);
            QFAIL("the edit was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(message), qPrintable(error.message()));
        }
        QCOMPARE(fileHash(m_path), hash);
        QCOMPARE(exported(), before);
    }

    void updateKeepsTheRowAndItsQuotes()
    {
        const std::int64_t id = m_store->event(QStringLiteral("altman-statement"))->id;
        Event event = *m_store->event(QStringLiteral("altman-statement"));
        event.title = QStringLiteral("Altman welcomes a new competitor");
        event.summary = QStringLiteral("legit invigorating");
        event.kind = EventKind::Report;
        event.startMs = at("2025-01-27");
        event.endMs = at("2025-01-28");
        event.precision = Precision::Day;
        event.uncertain = true;
        event.tz = QStringLiteral("America/Los_Angeles");
        // A new order and roles, an actor twice in two roles.
        event.actors = {{QStringLiteral("deepseek"), QStringLiteral("subject")},
                        {QStringLiteral("sam-altman"), QStringLiteral("author")},
                        {QStringLiteral("sam-altman"), QStringLiteral("speaker")}};
        event.symbols = {QStringLiteral("MSFT")};
        m_store->updateEvent(event, *m_store->event(event.uid));

        const Event stored = *m_store->event(event.uid);
        QCOMPARE(stored.id, id);
        QCOMPARE(stored, event);
        QCOMPARE(m_store->quotesOfEvent(event.uid).size(), 2);
        QCOMPARE(m_store->linksOfEvent(event.uid).size(), 2);
        QVERIFY(searchFinds(*m_store, QStringLiteral("competitor"), event.uid));
        QVERIFY(searchFinds(*m_store, QStringLiteral("invigorating"), event.uid));
        QVERIFY(!searchFinds(*m_store, QStringLiteral("impressive"), event.uid));
        EventFilter bySymbol;
        bySymbol.symbol = QStringLiteral("NVDA");
        QCOMPARE(m_store->events(bySymbol).size(), 1); // only the selloff now
        QVERIFY(m_store->check().isEmpty());
    }

    // Undo of a delete gives back the very same database, as an export shows.
    void restoreUndoesRemoveExactly()
    {
        const QByteArray before = exported();
        const EventRecord record = m_store->removeEvent(QStringLiteral("altman-statement"));
        QCOMPARE(record.event.title, QStringLiteral("Altman calls R1 “impressive”"));
        QCOMPARE(record.links.size(), 3); // two from it, one to it
        QCOMPARE(record.quotes, (QStringList{QStringLiteral("q-impressive"), QStringLiteral("q-line")}));
        QVERIFY(!m_store->event(QStringLiteral("altman-statement")));
        QCOMPARE(m_store->links().size(), 2);
        for (const Quote &quote : m_store->quotes())
            QVERIFY(quote.event.isEmpty());
        QVERIFY(!searchFinds(*m_store, QStringLiteral("impressive"), record.event.uid));
        QVERIFY(exported() != before);

        m_store->restoreEvent(record);
        QCOMPARE(exported(), before);
        QVERIFY(searchFinds(*m_store, QStringLiteral("impressive"), record.event.uid));
        QVERIFY(m_store->check().isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, m_store->restoreEvent(record)); // it is back: not twice
    }

    void restoreFindsAnotherPlaceWhenItsRowIsTaken()
    {
        const EventRecord record = m_store->removeEvent(QStringLiteral("selloff")); // the last row
        m_store->addEvent(makeEvent("later", "A later event", EventKind::Other, "2025-02-03T10:00:00Z"));
        QCOMPARE(m_store->event(QStringLiteral("later"))->id, record.event.id); // SQLite reused the id
        m_store->restoreEvent(record);
        QCOMPARE(m_store->links().size(), 5);
        QCOMPARE(m_store->event(QStringLiteral("selloff"))->symbols, QStringList{QStringLiteral("NVDA")});
        QVERIFY(m_store->check().isEmpty());
    }

    void setsTheLinksOfAnEvent()
    {
        const QString uid = QStringLiteral("altman-statement");
        const QList<EventLink> before = m_store->linksOfEvent(uid);
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.constFirst().to, QStringLiteral("r1-release"));
        // One kept, one dropped, one new: the kept one stays first.
        m_store->setEventLinks(uid,
                      {{{}, QStringLiteral("selloff"), QStringLiteral("caused")},
                       {uid, QStringLiteral("r1-release"), QStringLiteral("responds-to")}});
        const QList<EventLink> after = m_store->linksOfEvent(uid);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after[0], (EventLink{uid, QStringLiteral("r1-release"), QStringLiteral("responds-to")}));
        QCOMPARE(after[1], (EventLink{uid, QStringLiteral("selloff"), QStringLiteral("caused")}));
        QCOMPARE(m_store->links().size(), 5); // the links of other events are untouched
        m_store->setEventLinks(uid, {});
        QVERIFY(m_store->linksOfEvent(uid).isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, m_store->setEventLinks(uid, {{{}, QStringLiteral("nope"), QStringLiteral("caused")}}));
        QVERIFY(m_store->linksOfEvent(QStringLiteral("nope")).isEmpty());
    }

    void findsAndAddsActors()
    {
        QCOMPARE(findActor(*m_store, QStringLiteral("sam-altman"))->name, QStringLiteral("Sam Altman"));
        QCOMPARE(findActor(*m_store, QStringLiteral("sam ALTMAN"))->uid, QStringLiteral("sam-altman"));
        QVERIFY(!findActor(*m_store, QStringLiteral("Liang Wenfeng")));
        QCOMPARE(uniqueActorUid(*m_store, QStringLiteral("Sam Altman")), QStringLiteral("sam-altman-2"));
        m_store->ensureDataset(editsDataset());
        const Actor liang{uniqueActorUid(*m_store, QStringLiteral("Liang Wenfeng")), QStringLiteral("Liang Wenfeng"),
                          {}, editsDataset().uid};
        m_store->addActor(liang);
        QCOMPARE(*findActor(*m_store, QStringLiteral("liang wenfeng")), liang);
        QVERIFY_THROWS_EXCEPTION(Error, m_store->addActor(liang));
        QCOMPARE(m_store->datasets().constLast().uid, QStringLiteral("tickerline-edits"));
    }
};

QTEST_GUILESS_MAIN(tst_EventEdits)
#include "tst_eventedits.moc"
