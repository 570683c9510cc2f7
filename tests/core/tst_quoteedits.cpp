// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/textanchor.h"
#include "error.h"
#include "store/quoteedits.h"
#include "store/filestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tickerline;

namespace {

const QString kText = QStringLiteral("深度求索 🚀 released R1. Altman said: “DeepSeek's R1 is an impressive model”.\n");
const QString kExact = QStringLiteral("DeepSeek's R1 is an impressive model");

Snapshot snapshot()
{
    Snapshot snapshot;
    snapshot.datasets = {{QStringLiteral("test"), QStringLiteral("Edits"), QStringLiteral("tst_quoteedits"),
                          QStringLiteral("CC0"), {}, QStringLiteral("2025-02-01T00:00:00Z")}};
    snapshot.actors = {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"),
                        QStringLiteral("test")}};
    Event statement;
    statement.uid = QStringLiteral("altman-statement");
    statement.title = QStringLiteral("Altman calls R1 impressive");
    statement.kind = EventKind::Statement;
    statement.startMs = 1'738'031'393'000;
    statement.dataset = QStringLiteral("test");
    Event release = statement;
    release.uid = QStringLiteral("r1-release");
    release.title = QStringLiteral("R1 released");
    release.kind = EventKind::Release;
    snapshot.events = {statement, release};
    Source post;
    post.uid = QStringLiteral("post");
    post.kind = QStringLiteral("post");
    post.title = QStringLiteral("A post");
    post.text = kText;
    post.dataset = QStringLiteral("test");
    snapshot.sources = {post};
    return snapshot;
}

Quote newQuote(Store &store)
{
    const qsizetype utf16 = kText.indexOf(kExact);
    const std::int64_t start = kText.left(utf16).toUcs4().size();
    Quote quote = TextAnchor(kText).quoteAt(start, start + kExact.toUcs4().size());
    quote.uid = uniqueQuoteUid(store, QStringLiteral("post"), start);
    quote.source = QStringLiteral("post");
    quote.event = QStringLiteral("altman-statement");
    quote.speaker = QStringLiteral("sam-altman");
    return quote;
}

} // namespace

class TestQuoteEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_count = 0;

private slots:
    void init()
    {
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("edits%1.tickerline").arg(++m_count)));
        m_store->importSnapshot(snapshot());
    }

    void addsAndRemovesAQuote()
    {
        const Quote quote = newQuote(*m_store);
        QCOMPARE(quote.uid, QStringLiteral("q-post-34"));
        QCOMPARE(quote.start, 34); // code points: the rocket is one, not two as in UTF-16
        QCOMPARE(kText.indexOf(kExact), 35);
        m_store->addQuote(quote);
        QList<Quote> stored = m_store->quotesOfSource(QStringLiteral("post"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().exact, kExact);
        QCOMPARE(stored.constFirst().start, quote.start);
        QCOMPARE(stored.constFirst().end, quote.end);
        QCOMPARE(stored.constFirst().event, QStringLiteral("altman-statement"));
        QCOMPARE(stored.constFirst().speaker, QStringLiteral("sam-altman"));
        bool found = false; // the quote is searchable at once
        for (const SearchHit &hit : m_store->search(QStringLiteral("impressive")))
            found = found || (hit.type == QLatin1String("quote") && hit.uid == quote.uid);
        QVERIFY(found);

        // The next quote at the same place gets its own uid.
        QCOMPARE(uniqueQuoteUid(*m_store, QStringLiteral("post"), quote.start), QStringLiteral("q-post-34-2"));
        QVERIFY_THROWS_EXCEPTION(Error, m_store->addQuote(quote)); // the uid is taken

        m_store->removeQuote(quote.uid);
        QVERIFY(m_store->quotesOfSource(QStringLiteral("post")).isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, m_store->removeQuote(quote.uid));
        QVERIFY(m_store->check().isEmpty());
    }

    void refusesUnknownRows()
    {
        Quote quote = newQuote(*m_store);
        quote.event = QStringLiteral("no-such-event");
        try {
            m_store->addQuote(quote);
            QFAIL("an unknown event was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("no-such-event")), qPrintable(error.message()));
        }
        quote = newQuote(*m_store);
        quote.source = QStringLiteral("no-such-source");
        QVERIFY_THROWS_EXCEPTION(Error, m_store->addQuote(quote));
        quote = newQuote(*m_store);
        quote.speaker = QStringLiteral("nobody");
        QVERIFY_THROWS_EXCEPTION(Error, m_store->addQuote(quote));
        QVERIFY(m_store->quotes().isEmpty());
    }

    void relinksAQuote()
    {
        const Quote quote = newQuote(*m_store);
        m_store->addQuote(quote);
        m_store->relinkQuote(quote.uid, QStringLiteral("r1-release"), {});
        Quote stored = m_store->quotes().constFirst();
        QCOMPARE(stored.event, QStringLiteral("r1-release"));
        QVERIFY(stored.speaker.isEmpty());
        QCOMPARE(m_store->quotesOfEvent(QStringLiteral("r1-release")).size(), 1);
        QVERIFY(m_store->quotesOfEvent(QStringLiteral("altman-statement")).isEmpty());

        QVERIFY_THROWS_EXCEPTION(Error, m_store->relinkQuote(quote.uid, QStringLiteral("nope"), {}));
        QCOMPARE(m_store->quotes().constFirst().event, QStringLiteral("r1-release")); // unchanged
        QVERIFY_THROWS_EXCEPTION(Error, m_store->relinkQuote(QStringLiteral("q-none"), {}, {}));

        m_store->relinkQuote(quote.uid, {}, QStringLiteral("sam-altman"));
        stored = m_store->quotes().constFirst();
        QVERIFY(stored.event.isEmpty());
        QCOMPARE(stored.speaker, QStringLiteral("sam-altman"));
    }

    void addsAndRemovesASource()
    {
        Source source;
        source.uid = uniqueSourceUid(*m_store, QStringLiteral("post"));
        QCOMPARE(source.uid, QStringLiteral("post-2"));
        source.title = QStringLiteral("Dropped article");
        source.text = QStringLiteral("Some words.\n");
        DatasetInfo provenance{QStringLiteral("file:a.html"), QStringLiteral("a.html"), QStringLiteral("/tmp/a.html"),
                               {}, {}, QStringLiteral("2025-02-02T00:00:00Z")};
        m_store->addSource(source, provenance);
        const std::optional<Source> stored = m_store->source(source.uid);
        QVERIFY(stored);
        QCOMPARE(stored->text, source.text);
        QCOMPARE(stored->kind, QStringLiteral("article"));
        QCOMPARE(stored->dataset, provenance.uid);
        QVERIFY(m_store->check().isEmpty()); // the text's hash is right
        m_store->removeDatasetIfUnused(provenance.uid); // still used by the source: kept
        QCOMPARE(m_store->datasets().size(), 2);
        m_store->removeSource(source.uid);
        QVERIFY(!m_store->source(source.uid));
        m_store->removeDatasetIfUnused(provenance.uid);
        QCOMPARE(m_store->datasets().size(), 1);
        m_store->removeDatasetIfUnused(QStringLiteral("test")); // the episode's rows use it
        QCOMPARE(m_store->datasets().size(), 1);
        QVERIFY_THROWS_EXCEPTION(Error, m_store->removeSource(source.uid));
    }
};

QTEST_MAIN(TestQuoteEdits)
#include "tst_quoteedits.moc"
