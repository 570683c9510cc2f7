// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk path of an import (from Store's bulk threshold on: indexes and the full-text index
// made once at the end) against the row-by-row path (the same events in imports under the
// threshold): the databases export to the same bytes and answer searches alike; and a bulk
// import that is cancelled or refused, at any stage, leaves the file byte-identical.
#include "imports/eventfileimport.h"
#include "imports/importjob.h"
#include "io/eventcsv.h"
#include "io/tickerlinejson.h"
#include "store/filestore.h"
#include "time/isotime.h"
#include "error.h"
#include "support/databasefingerprint.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using tickerline::testing::databaseFingerprint;

namespace {

constexpr int kEvents = 21'000; // past Store's bulk threshold of 20,000
constexpr int kRowByRowChunk = 7'000;

const std::int64_t kFirstMs = 1'420'070'400'000; // 2015-01-01

// Events with every field a user fills: spans, each precision, uncertain, zones, roles, several
// actors and symbols, accents and Chinese, commas, quotes and line breaks in the text.
Snapshot manyEvents(const QString &prefix, const QString &dataset)
{
    Snapshot snapshot;
    snapshot.datasets << DatasetInfo{dataset, QStringLiteral("Feed ") + prefix, QStringLiteral("tst_bulkimport"),
                                     QStringLiteral("CC BY 4.0"), QString(), QStringLiteral("2025-02-01T09:30:00Z")};
    const QStringList names{QStringLiteral("Sam Altman"), QStringLiteral("梁文锋"), QStringLiteral("Jensen Huang"),
                            QStringLiteral("Société Générale"), QStringLiteral("DeepSeek")};
    for (int a = 0; a < 50; ++a)
        snapshot.actors << Actor{QStringLiteral("%1-actor-%2").arg(prefix).arg(a),
                                 QStringLiteral("%1 %2").arg(names[a % names.size()]).arg(a),
                                 a % 2 ? QStringLiteral("person") : QStringLiteral("organisation"), dataset};
    const QStringList titles{QStringLiteral("Nvidia falls 17%, \"a $589 billion\" loss"),
                             QStringLiteral("DeepSeek 发布 R1 推理模型"), QStringLiteral("Stargate: $500 billion, café"),
                             QStringLiteral("Altman: cut your expectations 100x"), QStringLiteral("=SUM(A1)")};
    const QStringList zones{QStringLiteral("UTC"), QStringLiteral("America/New_York"), QStringLiteral("Asia/Shanghai")};
    const QStringList symbols{QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("QQQ"),
                              QStringLiteral("TSM")};
    QRandomGenerator random(12);
    for (int i = 0; i < kEvents; ++i) {
        Event event;
        event.uid = QStringLiteral("%1-%2").arg(prefix).arg(i);
        event.title = QStringLiteral("%1 #%2").arg(titles[i % titles.size()]).arg(i);
        event.summary = i % 3 ? QStringLiteral("Line one, with a comma;\nline two %1.").arg(random.generate())
                              : QString();
        event.kind = EventKind(i % 7);
        const std::int64_t day = kFirstMs / kMsPerDay + std::int64_t(random.bounded(3650));
        if (i % 5 == 0) {
            event.precision = Precision::Day;
            event.startMs = day * kMsPerDay;
            if (i % 10 == 0)
                event.endMs = event.startMs + 2 * kMsPerDay;
        } else {
            event.precision = i % 5 == 1 ? Precision::Minute : Precision::Second;
            event.startMs = day * kMsPerDay + std::int64_t(random.bounded(86'400)) * 1000;
            if (event.precision == Precision::Minute)
                event.startMs -= event.startMs % 60'000;
            if (i % 7 == 3)
                event.endMs = event.startMs + 3'600'000;
        }
        event.uncertain = i % 13 == 0;
        event.tz = zones[i % zones.size()];
        event.dataset = dataset;
        for (int a = 0; a < 1 + i % 3; ++a)
            event.actors << EventActor{snapshot.actors[(i + a * 7) % snapshot.actors.size()].uid,
                                       a ? QStringLiteral("subject") : QString()};
        for (int s = 0; s < i % 4; ++s)
            event.symbols << symbols[(i + s) % symbols.size()];
        snapshot.events << event;
    }
    for (int i = 0; i + 1 < kEvents; i += 97)
        snapshot.links << EventLink{snapshot.events[i + 1].uid, snapshot.events[i].uid, QStringLiteral("responds-to")};
    return snapshot;
}

// The snapshot in imports that each stay under the bulk threshold: the row-by-row path.
void importRowByRow(Store &store, const Snapshot &snapshot)
{
    Snapshot first;
    first.datasets = snapshot.datasets;
    first.actors = snapshot.actors;
    store.importSnapshot(first);
    for (qsizetype at = 0; at < snapshot.events.size(); at += kRowByRowChunk) {
        Snapshot chunk;
        chunk.events = snapshot.events.mid(at, kRowByRowChunk);
        store.importSnapshot(chunk);
    }
    Snapshot rest = snapshot;
    rest.datasets.clear();
    rest.actors.clear();
    rest.events.clear();
    store.importSnapshot(rest);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList searchAnswers(Store &store)
{
    QStringList answers;
    for (const char *query : {"nvidia", "推理模型", "cafe", "expectations 100x", "line two", "sum"}) {
        for (const SearchHit &hit : store.search(QString::fromUtf8(query), 20))
            answers << QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(query), hit.uid).arg(hit.score, 0, 'g', 12);
    }
    return answers;
}

} // namespace

class TestBulkImport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_populated; // a database of 21,000 other events, made once

    // A database holding nothing, or a copy of the populated one: both paths start from the
    // same bytes.
    QString startingDatabase(const QString &name, bool populated)
    {
        const QString path = m_dir.filePath(name);
        if (!populated) {
            FileStore store(path);
            return path;
        }
        if (m_populated.isEmpty()) {
            m_populated = m_dir.filePath(QStringLiteral("populated.db"));
            FileStore store(m_populated);
            importRowByRow(store, manyEvents(QStringLiteral("base"), QStringLiteral("base-feed")));
        }
        if (!QFile::copy(m_populated, path))
            qFatal("cannot copy the populated database");
        return path;
    }

    static ImportSummary importFile(const QString &db, const QString &file)
    {
        FileStore store(db);
        ImportRequest request;
        request.paths = {file};
        return ImportJob(request).run(store);
    }

    static QByteArray exported(const QString &db)
    {
        FileStore store(db);
        return writeTickerlineJson(store.exportSnapshot());
    }

private slots:
    void bulkEqualsRowByRow_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("populated");
        QTest::newRow("events CSV into an empty database") << "csv" << false;
        QTest::newRow("events CSV beside 21,000 events") << "csv" << true;
        QTest::newRow("Tickerline JSON into an empty database") << "json" << false;
        QTest::newRow("Tickerline JSON beside 21,000 events") << "json" << true;
    }

    void bulkEqualsRowByRow()
    {
        QFETCH(QString, format);
        QFETCH(bool, populated);
        const Snapshot events = manyEvents(QStringLiteral("feed"), QStringLiteral("feed-dataset"));
        const QString file = m_dir.filePath(QStringLiteral("feed.") + format);
        writeFile(file, format == QLatin1String("csv") ? EventCsv::write(events) : writeTickerlineJson(events));
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));

        // The bulk path: the file as `tickerline import` reads it, in one import.
        const QString bulk = startingDatabase(tag + QStringLiteral("-bulk.db"), populated);
        QCOMPARE(importFile(bulk, file).events(), qint64(kEvents));

        // The row-by-row path: the same file read the same way, written in imports under the threshold.
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray bytes = input.readAll();
        const Snapshot read = format == QLatin1String("csv") ? EventCsv::parse(bytes, file)
                                                             : readTickerlineJson(bytes, file);
        QCOMPARE(read.events.size(), kEvents);
        const QString rowByRow = startingDatabase(tag + QStringLiteral("-rows.db"), populated);
        {
            FileStore store(rowByRow);
            Snapshot reconciled = read;
            if (format == QLatin1String("csv"))
                reconcileActorsWithStore(store, reconciled); // as the import does for a CSV's actors by name
            importRowByRow(store, reconciled);
        }
        for (const QString &db : {bulk, rowByRow}) {
            FileStore store(db);
            QCOMPARE(store.check(), QStringList());
            // A CSV's dataset is stamped with the time of reading, which differs between the two reads.
            Statement stamp(store.database(), "UPDATE datasets SET imported_at = '2025-02-01T09:30:00Z'");
            stamp.run();
        }

        const QByteArray bulkExport = exported(bulk);
        QVERIFY(bulkExport.size() > kEvents * 300);
        QCOMPARE(bulkExport, exported(rowByRow));
        FileStore bulkStore(bulk);
        FileStore rowStore(rowByRow);
        const QStringList answers = searchAnswers(bulkStore);
        QVERIFY(answers.size() >= 100);
        QCOMPARE(answers, searchAnswers(rowStore));
    }

    void cancelledBulkImportChangesNoByte_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("cancelAt");
        QTest::newRow("CSV, while reading") << "csv" << "Reading feed.csv";
        QTest::newRow("CSV, while writing") << "csv" << "Writing feed.csv";
        QTest::newRow("JSON, while writing") << "json" << "Writing feed.json";
    }

    void cancelledBulkImportChangesNoByte()
    {
        QFETCH(QString, format);
        QFETCH(QString, cancelAt);
        const Snapshot events = manyEvents(QStringLiteral("feed"), QStringLiteral("feed-dataset"));
        const QString file = m_dir.filePath(QStringLiteral("feed.") + format);
        writeFile(file, format == QLatin1String("csv") ? EventCsv::write(events) : writeTickerlineJson(events));
        const QString db = startingDatabase(QStringLiteral("cancel-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())), true);
        const QByteArray before = databaseFingerprint(db);
        FileStore store(db);
        std::atomic_bool cancel = false;
        QStringList seen;
        ImportRequest request;
        request.paths = {file};
        ImportJob job(request);
        job.setCancelFlag(&cancel);
        job.setProgressHandler([&](qint64, qint64, const QString &what) {
            seen << what;
            if (what == cancelAt)
                cancel = true;
        });
        QVERIFY_THROWS_EXCEPTION(Error, job.run(store));
        QVERIFY2(seen.contains(cancelAt), qPrintable(seen.join(QLatin1Char('|'))));
        QVERIFY(!seen.contains(QStringLiteral("Imported feed.") + format));
        QCOMPARE(databaseFingerprint(db), before);
        QCOMPARE(store.check(), QStringList());
        // Not broken: the same import goes through when nobody cancels.
        cancel = false;
        job.setProgressHandler({});
        QCOMPARE(job.run(store).events(), qint64(kEvents));
    }

    void refusedBulkImportChangesNoByte_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("bad");
        QTest::addColumn<QString>("expected");
        // A uid already in the database is met while the rows go in, after the indexes were dropped.
        QTest::newRow("CSV, a uid of the database at row 20,501") << "csv" << 20'500 << "\"base-7\" is already";
        QTest::newRow("JSON, a uid of the database at event 20,501") << "json" << 20'500 << "\"base-7\" is already";
        QTest::newRow("JSON, a link to an unknown event, met after the rows went in") << "json-link" << 0 << "unknown event";
        QTest::newRow("CSV, a bad kind near the end") << "csv-kind" << kEvents - 1 << "kind";
    }

    void refusedBulkImportChangesNoByte()
    {
        QFETCH(QString, format);
        QFETCH(int, bad);
        QFETCH(QString, expected);
        Snapshot events = manyEvents(QStringLiteral("feed"), QStringLiteral("feed-dataset"));
        QByteArray bytes;
        QString suffix = QStringLiteral("csv");
        if (format == QLatin1String("json-link")) {
            events.links << EventLink{events.events.last().uid, QStringLiteral("nowhere"), QStringLiteral("caused")};
            bytes = writeTickerlineJson(events);
            suffix = QStringLiteral("json");
        } else if (format == QLatin1String("json")) {
            events.events[bad].uid = QStringLiteral("base-7");
            bytes = writeTickerlineJson(events);
            suffix = QStringLiteral("json");
        } else {
            if (format == QLatin1String("csv"))
                events.events[bad].uid = QStringLiteral("base-7");
            bytes = EventCsv::write(events);
            if (format == QLatin1String("csv-kind")) {
                const qsizetype lastRow = bytes.lastIndexOf(",statement,", bytes.size());
                QVERIFY(lastRow > bytes.size() / 2);
                bytes.replace(lastRow, 11, ",statment,");
            }
        }
        const QString file = m_dir.filePath(QStringLiteral("refused.") + suffix);
        writeFile(file, bytes);
        const QString db = startingDatabase(QStringLiteral("refused-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())), true);
        const QByteArray before = databaseFingerprint(db);
        try {
            importFile(db, file);
            QFAIL("the import was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
        QCOMPARE(databaseFingerprint(db), before);
        FileStore store(db);
        QCOMPARE(store.check(), QStringList());
        QCOMPARE(store.events().size(), kEvents);
    }
};

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
