// SPDX-License-Identifier: GPL-3.0-or-later
#include "imports/importjob.h"

#include "error.h"
#include "store/filestore.h"
#include "support/databasefingerprint.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace tickerline;
using tickerline::testing::databaseFingerprint;

namespace {

QString dataPath(const char *relative)
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/") + QString::fromUtf8(relative);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Daily closes of a made-up symbol, enough rows that writing them takes many SQLite steps.
QByteArray manyBars(int count)
{
    QByteArray csv = "Date,Close\n";
    for (int i = 0; i < count; ++i)
        csv += QDate(1990, 1, 1).addDays(i).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(100 + i % 50) +
               '\n';
    return csv;
}

struct Progress
{
    qint64 done;
    qint64 total;
    QString what;
};

} // namespace

class TestImportJob final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fresh = 0;

    // A database that already holds a committed import, so that "unchanged" means something.
    QString freshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.tickerline").arg(++m_fresh));
        FileStore store(path);
        ImportRequest request;
        request.paths = {dataPath("interop/handmade/categories_eras.timeline")};
        ImportJob(request).run(store);
        return path;
    }

    QStringList goodFiles() const
    {
        return {dataPath("interop/handmade/deepseek_week.csv"), dataPath("prices/nvda_us_d.csv"),
                dataPath("articles/futurism-altman-deepseek.txt")};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsSeveralFilesInOneGo()
    {
        const QString db = freshDatabase();
        FileStore store(db);
        const qsizetype eventsBefore = store.events().size();
        ImportRequest request;
        request.paths = goodFiles();
        request.symbol = QStringLiteral("NVDA");
        const ImportSummary summary = ImportJob(request).run(store);

        QCOMPARE(summary.files.size(), 3);
        QCOMPARE(summary.files[0].format, QStringLiteral("events-csv"));
        QCOMPARE(summary.files[0].events, 7);
        QCOMPARE(summary.files[1].format, QStringLiteral("stooq"));
        QCOMPARE(summary.files[1].symbol, QStringLiteral("NVDA"));
        QCOMPARE(summary.files[2].format, QStringLiteral("text"));
        QCOMPARE(summary.files[2].sourceUid, QStringLiteral("futurism-altman-deepseek"));
        QCOMPARE(summary.events(), 7);
        QCOMPARE(summary.sources(), 1);
        QCOMPARE(store.events().size(), eventsBefore + 7);
        QCOMPARE(store.series(QStringLiteral("NVDA")).bars.size(), size_t(summary.bars()));
        QVERIFY(store.source(QStringLiteral("futurism-altman-deepseek")));
        QVERIFY2(summary.files[0].report.constFirst().endsWith(
                     QStringLiteral("deepseek_week.csv: 7 events, 0 eras (events-csv)")),
                 qPrintable(summary.files[0].report.constFirst()));
        QCOMPARE(summary.statusText(),
                 QStringLiteral("Imported 3 files: 7 events, 1 source, %1 bars").arg(summary.bars()));
        QVERIFY(store.check().isEmpty());
    }

    void aBadFileAnywhereChangesNothing_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("message");
        const QString impossible = dataPath("prices/bad-impossible-date.csv");
        const QString unknown = m_dir.filePath(QStringLiteral("mystery.bin"));
        writeFile(unknown, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        for (int position : {0, 1, 3}) {
            const QByteArray where = position == 0 ? "first" : position == 1 ? "middle" : "last";
            QTest::newRow(QByteArray("bad rows, " + where).constData())
                << position << impossible << impossible + QStringLiteral(":");
            QTest::newRow(QByteArray("not a format, " + where).constData())
                << position << unknown << unknown + QStringLiteral(":");
        }
        // The second file repeats the first: the store refuses it, after the first was written.
        QTest::newRow("the same file twice")
            << 1 << dataPath("interop/handmade/deepseek_week.csv")
            << dataPath("interop/handmade/deepseek_week.csv") + QStringLiteral(": dataset");
    }

    void aBadFileAnywhereChangesNothing()
    {
        QFETCH(int, position);
        QFETCH(QString, bad);
        QFETCH(QString, message);
        const QString db = freshDatabase();
        FileStore store(db);
        const QByteArray before = databaseFingerprint(db);
        ImportRequest request;
        request.paths = goodFiles();
        request.paths.insert(position, bad);
        try {
            ImportJob(request).run(store);
            QFAIL("the import went through");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(message), qPrintable(error.message()));
        }
        QCOMPARE(databaseFingerprint(db), before);
        // And the connection is still good for the next import.
        request.paths = goodFiles();
        QCOMPARE(ImportJob(request).run(store).events(), 7);
    }

    void cancelChangesNothing_data()
    {
        QTest::addColumn<QString>("cancelAt"); // the progress message at which the user cancels
        QTest::newRow("between files") << "Imported deepseek_week.csv";
        QTest::newRow("after reading") << "Reading big.csv";
        QTest::newRow("while writing") << "Writing big.csv"; // stops SQLite in the middle of the bars
    }

    void cancelChangesNothing()
    {
        QFETCH(QString, cancelAt);
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        if (!QFile::exists(big))
            writeFile(big, manyBars(20000));
        const QString db = freshDatabase();
        FileStore store(db);
        const QByteArray before = databaseFingerprint(db);
        std::atomic_bool cancel = false;
        QStringList seen;
        ImportRequest request;
        request.paths = {dataPath("interop/handmade/deepseek_week.csv"), big, dataPath("prices/nvda_us_d.csv")};
        ImportJob job(request);
        job.setCancelFlag(&cancel);
        job.setProgressHandler([&](qint64, qint64, const QString &what) {
            seen << what;
            if (what == cancelAt)
                cancel = true;
        });
        try {
            job.run(store);
            QFAIL("the import went through");
        } catch (const Error &error) {
            QCOMPARE(error.message(), ImportJob::cancelledMessage());
        }
        QVERIFY2(seen.contains(cancelAt), qPrintable(seen.join(QLatin1Char('|'))));
        QVERIFY(!seen.contains(QStringLiteral("Reading nvda_us_d.csv"))); // it stopped there
        if (cancelAt.startsWith(QLatin1String("Writing")))
            QVERIFY(!seen.contains(QStringLiteral("Imported big.csv"))); // SQLite itself was stopped
        QCOMPARE(databaseFingerprint(db), before);
        QVERIFY(!store.symbol(QStringLiteral("big")));
        // Cancelled is not broken: the same import goes through when nobody cancels.
        cancel = false;
        job.setProgressHandler({});
        const ImportSummary summary = job.run(store);
        QCOMPARE(summary.bars(), qint64(20000 + store.series(QStringLiteral("nvda_us_d")).bars.size()));
        QCOMPARE(store.series(QStringLiteral("big")).bars.size(), size_t(20000));
    }

    void progressArrivesInOrderAndReachesTheTotal()
    {
        const QString db = freshDatabase();
        FileStore store(db);
        ImportRequest request;
        request.paths = goodFiles();
        qint64 expectedTotal = 0;
        for (const QString &path : std::as_const(request.paths))
            expectedTotal += QFileInfo(path).size();
        QList<Progress> calls;
        ImportJob job(request);
        job.setProgressHandler([&](qint64 done, qint64 total, const QString &what) {
            calls << Progress{done, total, what};
        });
        job.run(store);

        QVERIFY(calls.size() >= 3 * request.paths.size());
        qint64 last = 0;
        for (const Progress &call : std::as_const(calls)) {
            QCOMPARE(call.total, expectedTotal);
            QVERIFY2(call.done >= last && call.done <= call.total, qPrintable(call.what));
            last = call.done;
        }
        QCOMPARE(calls.last().done, expectedTotal);
        QStringList order;
        for (const Progress &call : std::as_const(calls))
            order << call.what;
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Reading deepseek_week.csv"), QStringLiteral("Writing deepseek_week.csv"),
                              QStringLiteral("Imported deepseek_week.csv"), QStringLiteral("Reading nvda_us_d.csv"),
                              QStringLiteral("Writing nvda_us_d.csv"), QStringLiteral("Imported nvda_us_d.csv"),
                              QStringLiteral("Reading futurism-altman-deepseek.txt"),
                              QStringLiteral("Writing futurism-altman-deepseek.txt"),
                              QStringLiteral("Imported futurism-altman-deepseek.txt")}));
    }

    void unrecognisedPricesReadWithAMapping()
    {
        const QString path = m_dir.filePath(QStringLiteral("ACME.csv"));
        writeFile(path, "Handelstag,Schlusskurs\n2025-01-24,10.5\n2025-01-27,9.75\n");
        const QString db = freshDatabase();
        FileStore store(db);
        ImportRequest request;
        request.paths = {path};
        try {
            ImportJob(request).run(store);
            QFAIL("unknown columns were read");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("no date column")), qPrintable(error.message()));
        }
        request.priceColumns = PriceColumnMapping{0, -1, -1, -1, 1, -1, -1};
        const ImportSummary summary = ImportJob(request).run(store);
        QCOMPARE(summary.files.constFirst().format, QStringLiteral("generic"));
        QCOMPARE(store.series(QStringLiteral("ACME")).bars.size(), size_t(2));
        QCOMPARE(store.series(QStringLiteral("ACME")).bars.back().close, 9.75);
    }

    void replacesASourcesText()
    {
        const QString db = freshDatabase();
        FileStore store(db);
        ImportRequest add;
        add.paths = {dataPath("articles/futurism-altman-deepseek.txt")};
        ImportJob(add).run(store);
        ImportRequest replace;
        replace.paths = {dataPath("articles/futurism-edited.txt")};
        replace.sourceUid = QStringLiteral("futurism-altman-deepseek");
        const ImportSummary summary = ImportJob(replace).run(store);
        QCOMPARE(summary.files.constFirst().sourceUid, replace.sourceUid);
        QVERIFY(store.source(replace.sourceUid)->text.contains(QStringLiteral("spending")));

        // Data is not an article, even for --source.
        const QByteArray before = databaseFingerprint(db);
        replace.paths = {dataPath("interop/handmade/groups_eras.json")};
        try {
            ImportJob(replace).run(store);
            QFAIL("a TimelineJS file became a source's text");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("groups_eras.json is a TimelineJS3 JSON file")),
                     qPrintable(error.message()));
        }
        QCOMPARE(databaseFingerprint(db), before);
    }

    void runsOnAWorkerThreadWithItsOwnConnection()
    {
        const QString db = freshDatabase();
        FileStore window(db);
        const qsizetype before = window.events().size();
        ImportSummary summary;
        QString failure;
        std::thread worker([&] {
            try {
                FileStore own(db);
                ImportRequest request;
                request.paths = goodFiles();
                summary = ImportJob(request).run(own);
            } catch (const Error &error) {
                failure = error.message();
            }
        });
        worker.join();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(summary.events(), 7);
        QCOMPARE(window.events().size(), before + 7); // the window's connection sees the commit
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
