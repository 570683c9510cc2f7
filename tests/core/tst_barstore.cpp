// SPDX-License-Identifier: GPL-3.0-or-later
// Bars in blocks (schema version 6): the bulk path keeps exactly what the row-by-row path kept,
// refused and cancelled imports of many files change no byte, old files migrate, and a chart's
// decimated reads draw the series' real points.
#include "error.h"
#include "imports/importjob.h"
#include "io/pricecsv.h"
#include "io/tickerlinejson.h"
#include "store/barblockcodec.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/filestore.h"
#include "support/databasefingerprint.h"
#include "support/olderschema.h"
#include "time/isotime.h"

#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tickerline;
using tickerline::testing::databaseFingerprint;

namespace {

const std::int64_t kStart = *utcMidnight(2024, 3, 4) + 9 * 3'600'000LL;

QByteArray numberText(double value)
{
    return QByteArray::number(value, 'g', 17);
}

// A Yahoo-style intraday file: ISO date-times, "null" where Yahoo has no value.
QByteArray yahooCsv(const std::vector<Bar> &bars)
{
    QByteArray csv = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    for (const Bar &bar : bars) {
        csv += formatIsoUtc(bar.tsMs).toLatin1() + ',' + numberText(bar.open) + ',' + numberText(bar.high) + ',' +
               numberText(bar.low) + ',' + numberText(bar.close) + ',' +
               (bar.adjClose ? numberText(*bar.adjClose) : QByteArray("null")) + ',' +
               (bar.volume ? numberText(*bar.volume) : QByteArray("null")) + '\n';
    }
    return csv;
}

// Minutes first..last (inclusive) but those in the gap, with prices of the given level; every
// 7th bar lacks its adjusted close and every 11th its volume.
std::vector<Bar> minuteBars(int first, int last, double level, int gapFrom = -1, int gapTo = -1)
{
    std::vector<Bar> bars;
    QRandomGenerator random(quint32(first * 31 + last));
    for (int m = first; m <= last; ++m) {
        if (m >= gapFrom && m <= gapTo)
            continue;
        const double close = level + random.bounded(10.0) + 0.1 / 3;
        Bar bar{kStart + std::int64_t(m) * 60'000,  close - 0.25, close + 1.5, close - 1.5, close, close * 0.97,
                double(1000 + random.bounded(5000))};
        if (m % 7 == 0)
            bar.adjClose.reset();
        if (m % 11 == 0)
            bar.volume.reset();
        bars.push_back(bar);
    }
    return bars;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(from + suffix))
            QVERIFY(QFile::copy(from + suffix, to + suffix));
    }
}

QByteArray exportJson(const QString &path)
{
    FileStore store(path);
    return writeTickerlineJson(store.exportSnapshot());
}

// Turns a version-6 file back into what version 5 wrote: the bars as rows of the bars table,
// written as version 5 wrote them, one INSERT OR REPLACE a bar in the order they were imported.
void downgradeToRows(const QString &path, const QString &symbol, const QString &interval,
                     const QList<std::vector<Bar>> &imports)
{
    Database db(path, Database::Mode::ReadWrite);
    Transaction transaction(db);
    test::restoreVersionSixSearch(db);
    db.exec(R"sql(
        DROP TABLE bar_blocks;
        CREATE TABLE bars (
          symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
          interval TEXT NOT NULL,
          ts_ms INTEGER NOT NULL,
          open REAL NOT NULL,
          high REAL NOT NULL,
          low REAL NOT NULL,
          close REAL NOT NULL,
          adj_close REAL,
          volume REAL,
          PRIMARY KEY (symbol_id, interval, ts_ms)
        ) WITHOUT ROWID;)sql");
    Statement id(db, "SELECT id FROM symbols WHERE ticker = ?");
    QVERIFY(id.bind(1, symbol).step());
    const std::int64_t symbolId = id.int64(0);
    Statement insert(db, "INSERT OR REPLACE INTO bars(symbol_id, interval, ts_ms, open, high, low, close, adj_close, "
                         "volume) VALUES (?,?,?,?,?,?,?,?,?)");
    for (const std::vector<Bar> &bars : imports) {
        for (const Bar &bar : bars) {
            insert.bind(1, symbolId).bind(2, interval).bind(3, bar.tsMs).bind(4, bar.open).bind(5, bar.high);
            insert.bind(6, bar.low).bind(7, bar.close).bind(8, bar.adjClose).bind(9, bar.volume).run();
        }
    }
    db.exec("PRAGMA user_version = 5");
    transaction.commit();
}

// What INSERT OR REPLACE leaves: the last bar written at each instant, in time order.
std::vector<Bar> lastWins(const QList<std::vector<Bar>> &imports)
{
    QMap<std::int64_t, Bar> byTime;
    for (const std::vector<Bar> &bars : imports) {
        for (const Bar &bar : bars)
            byTime.insert(bar.tsMs, bar);
    }
    return std::vector<Bar>(byTime.cbegin(), byTime.cend());
}

void writeBars(Store &store, const QString &ticker, const QString &interval, const std::vector<Bar> &bars)
{
    Symbol symbol;
    symbol.ticker = ticker;
    PriceSeries series;
    series.symbol = ticker;
    series.interval = interval;
    series.bars = bars;
    DatasetInfo provenance;
    provenance.uid = provenance.name = QStringLiteral("test");
    store.writeSeries(symbol, series, provenance);
}

} // namespace

class TestBarStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshPath(const QString &name) { return m_dir.filePath(name); }

private slots:
    void bulkImportKeepsWhatRowsKept()
    {
        // Three files: the second overlaps the first's last hundreds of minutes, the third
        // rewrites minutes inside a block written earlier; the first has a gap.
        const QList<std::vector<Bar>> imports{minuteBars(0, 9'000, 100, 1'000, 1'499), minuteBars(8'500, 14'000, 200),
                                              minuteBars(200, 300, 300)};
        QStringList paths;
        for (qsizetype i = 0; i < imports.size(); ++i) {
            paths << freshPath(QStringLiteral("minutes-%1.csv").arg(i + 1));
            writeFile(paths.last(), yahooCsv(imports[i]));
        }
        const QString bulk = freshPath(QStringLiteral("bulk.tickerline"));
        {
            FileStore store(bulk);
            ImportRequest request;
            request.paths = paths;
            request.symbol = QStringLiteral("MIN");
            QCOMPARE(ImportJob(request).run(store).bars(), qint64(imports[0].size() + imports[1].size() + 101));
            const std::vector<Bar> expected = lastWins(imports);
            const PriceSeries stored = store.series(QStringLiteral("MIN"), QStringLiteral("1m"));
            QCOMPARE(stored.bars.size(), expected.size());
            QVERIFY(stored.bars == expected);
            QCOMPARE(store.exportSnapshot().series.constFirst().bars, expected);
            QVERIFY2(store.check().isEmpty(), qPrintable(store.check().join(QLatin1Char('\n'))));
            QCOMPARE(store.symbolSummaries().constFirst().bars, 0); // no daily bars
            const SeriesExtent extent = store.seriesExtent(QStringLiteral("min"), QStringLiteral("1m"));
            QCOMPARE(extent.bars, std::int64_t(expected.size()));
            QCOMPARE(*extent.firstMs, expected.front().tsMs);
            QCOMPARE(*extent.lastMs, expected.back().tsMs);
            // A range read gives the bars of the range, inclusive at both ends.
            const PriceSeries range =
                store.series(QStringLiteral("MIN"), QStringLiteral("1m"), expected[5000].tsMs, expected[9000].tsMs);
            QCOMPARE(range.bars.size(), std::size_t(4001));
            QCOMPARE(range.bars.front(), expected[5000]);
        }
        // The same files the way version 5 stored them, migrated: the same export, byte for byte.
        const QString rows = freshPath(QStringLiteral("rows.tickerline"));
        copyDatabase(bulk, rows);
        downgradeToRows(rows, QStringLiteral("MIN"), QStringLiteral("1m"), imports);
        const QByteArray bulkJson = exportJson(bulk);
        QCOMPARE(exportJson(rows), bulkJson);
        QVERIFY(bulkJson.contains("\"MIN\""));
    }

    void migrationMovesEveryRow()
    {
        const QString path = freshPath(QStringLiteral("v5.tickerline"));
        const std::vector<Bar> minutes = minuteBars(0, 20'000, 50, 7'000, 7'010);
        std::vector<Bar> daily;
        for (int d = 0; d < 300; ++d)
            daily.push_back(Bar{*utcMidnight(2020, 1, 1) + d * kMsPerDay, 10, 12, 9, 11, std::nullopt, 100.0 + d});
        {
            FileStore store(path);
            writeBars(store, QStringLiteral("AAA"), QStringLiteral("1m"), {});
            writeBars(store, QStringLiteral("BBB"), QStringLiteral("1d"), {});
        }
        downgradeToRows(path, QStringLiteral("AAA"), QStringLiteral("1m"), {minutes});
        {
            // A second series of rows, of another symbol and interval.
            Database db(path, Database::Mode::ReadWrite);
            Transaction transaction(db);
            Statement insert(db, "INSERT INTO bars(symbol_id, interval, ts_ms, open, high, low, close, adj_close, "
                                 "volume) SELECT id, '1d', ?, ?, ?, ?, ?, ?, ? FROM symbols WHERE ticker = 'BBB'");
            for (const Bar &bar : daily) {
                insert.bind(1, bar.tsMs).bind(2, bar.open).bind(3, bar.high).bind(4, bar.low).bind(5, bar.close);
                insert.bind(6, bar.adjClose).bind(7, bar.volume).run();
            }
            Statement count(db, "SELECT count(*) FROM bars");
            QVERIFY(count.step());
            QCOMPARE(count.int64(0), std::int64_t(minutes.size() + daily.size()));
            transaction.commit();
        }
        FileStore store(path);
        QCOMPARE(store.database().pragmaInt("user_version"), schema::latestVersion());
        QVERIFY(store.series(QStringLiteral("AAA"), QStringLiteral("1m")).bars == minutes);
        QVERIFY(store.series(QStringLiteral("BBB")).bars == daily);
        QCOMPARE(store.symbolSummaries().at(1).bars, 300);
        Statement table(store.database(), "SELECT count(*) FROM sqlite_schema WHERE name = 'bars'");
        QVERIFY(table.step());
        QCOMPARE(table.integer(0), 0);
        QVERIFY2(store.check().isEmpty(), qPrintable(store.check().join(QLatin1Char('\n'))));
    }

    void refusedOrCancelledImportOfManyFilesChangesNoByte_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("bad row in file 57") << false;
        QTest::newRow("cancelled while writing file 57") << true;
    }

    void refusedOrCancelledImportOfManyFilesChangesNoByte()
    {
        QFETCH(bool, cancel);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.tickerline"));
        QStringList paths;
        for (int f = 0; f < 100; ++f) {
            paths << dir.filePath(QStringLiteral("part-%1.csv").arg(f + 1));
            QByteArray csv = yahooCsv(minuteBars(f * 500, f * 500 + 599, 100 + f)); // overlapping files
            if (f == 56 && !cancel)
                csv.replace("null", "n/a?");
            writeFile(paths.last(), csv);
        }
        {
            // Bars already there, in blocks the import would merge into.
            FileStore store(path);
            ImportRequest request;
            request.paths = paths.mid(0, 3);
            request.symbol = QStringLiteral("PART");
            ImportJob(request).run(store);
        }
        FileStore store(path);
        const QByteArray before = databaseFingerprint(path);
        std::atomic_bool cancelled = false;
        ImportRequest request;
        request.paths = paths;
        request.symbol = QStringLiteral("PART");
        ImportJob job(request);
        job.setCancelFlag(&cancelled);
        job.setProgressHandler([&](qint64, qint64, const QString &what) {
            if (cancel && what == QLatin1String("Writing part-57.csv"))
                cancelled = true;
        });
        QString message;
        try {
            job.run(store);
        } catch (const Error &error) {
            message = error.message();
        }
        if (cancel)
            QCOMPARE(message, ImportJob::cancelledMessage());
        else
            QCOMPARE(message, paths[56] + QStringLiteral(":2: column Adj Close: \"n/a?\" is not a number"));
        QCOMPARE(databaseFingerprint(path), before);
        QCOMPARE(store.series(QStringLiteral("PART"), QStringLiteral("1m")).bars.size(), std::size_t(1600));
    }

    void decimatedSeriesDrawsRealPoints()
    {
        const QString path = freshPath(QStringLiteral("decimated.tickerline"));
        FileStore store(path);
        std::vector<Bar> bars;
        QRandomGenerator random(5);
        double price = 100;
        for (int i = 0; i < 300'000; ++i) {
            price = std::max(1.0, price + random.bounded(2.0) - 1);
            bars.push_back(Bar{kStart + std::int64_t(i) * 60'000, price, price + 1, price - 1, price, std::nullopt,
                               double(i % 1000)});
        }
        writeBars(store, QStringLiteral("WALK"), QStringLiteral("1m"), bars);
        const std::int64_t from = bars.front().tsMs, to = bars.back().tsMs;
        for (const int columns : {100, 1000, 5000}) {
            const std::vector<Bar> points =
                store.decimatedSeries(QStringLiteral("WALK"), QStringLiteral("1m"), from, to, columns).bars;
            QVERIFY2(points.size() < bars.size() / 4, qPrintable(QString::number(points.size())));
            // Every point is a bar of the series, in time order, and the extremes are among them.
            std::size_t at = 0;
            for (const Bar &point : points) {
                while (at < bars.size() && bars[at].tsMs < point.tsMs)
                    ++at;
                QVERIFY(at < bars.size() && bars[at].tsMs == point.tsMs);
                QCOMPARE(point.close, bars[at].close);
            }
            const auto [low, high] = std::minmax_element(bars.cbegin(), bars.cend(),
                                                         [](const Bar &a, const Bar &b) { return a.close < b.close; });
            QCOMPARE(std::min_element(points.cbegin(), points.cend(),
                                      [](const Bar &a, const Bar &b) { return a.close < b.close; })
                         ->close,
                     low->close);
            QCOMPARE(std::max_element(points.cbegin(), points.cend(),
                                      [](const Bar &a, const Bar &b) { return a.close < b.close; })
                         ->close,
                     high->close);
            QCOMPARE(points.front().tsMs, from);
            QCOMPARE(points.back().tsMs, to);
            // Each point carries its group's extreme high and volume: the chart's candles and
            // volume keep their peaks.
            const double highest = std::max_element(points.cbegin(), points.cend(), [](const Bar &a, const Bar &b) {
                                       return a.high < b.high;
                                   })->high;
            QCOMPARE(highest, high->close + 1);
            QCOMPARE(std::max_element(points.cbegin(), points.cend(),
                                      [](const Bar &a, const Bar &b) { return a.volume < b.volume; })
                         ->volume.value(),
                     999.0);
        }
        // A narrow range is read bar for bar.
        const std::vector<Bar> narrow =
            store.decimatedSeries(QStringLiteral("WALK"), QStringLiteral("1m"), bars[1000].tsMs, bars[2999].tsMs, 1000)
                .bars;
        QVERIFY(narrow == std::vector<Bar>(bars.begin() + 1000, bars.begin() + 3000));
    }

    void checkFindsClosesOutsideLowHighAndDamagedBlocks()
    {
        const QString path = freshPath(QStringLiteral("check.tickerline"));
        FileStore store(path);
        std::vector<Bar> bars = minuteBars(0, 5000, 10);
        bars[4500].close = bars[4500].high + 1;
        writeBars(store, QStringLiteral("BAD"), QStringLiteral("1m"), bars);
        QCOMPARE(store.check(),
                 QStringList{
                     QStringLiteral("BAD %1: close outside the day's low–high").arg(formatIsoDate(bars[4500].tsMs))});
        store.database().exec("UPDATE bar_blocks SET data = substr(data, 1, 100) WHERE first_ms = (SELECT "
                              "min(first_ms) FROM bar_blocks)");
        QVERIFY2(store.check().join(QLatin1Char('\n')).contains(QStringLiteral("damaged")),
                 qPrintable(store.check().join(QLatin1Char('\n'))));
        try {
            store.series(QStringLiteral("BAD"), QStringLiteral("1m"));
            QFAIL("a damaged block was read");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("damaged")), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestBarStore)
#include "tst_barstore.moc"
