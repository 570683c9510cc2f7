// SPDX-License-Identifier: GPL-3.0-or-later
#include "imports/bundleddataset.h"
#include "io/bundledprices.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tickerline;

namespace {

std::int64_t day(const char *iso)
{
    return parseIsoTime(QString::fromUtf8(iso))->ms;
}

std::optional<Bar> barOn(Store &store, const QString &symbol, const char *iso)
{
    const PriceSeries series = store.series(symbol, QStringLiteral("1d"), day(iso), day(iso));
    if (series.bars.empty())
        return std::nullopt;
    return series.bars.front();
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBundledPrices final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.emplace(m_dir.filePath(QStringLiteral("prices-%1.tickerline").arg(m_runs++)));
        installBundledPrices(*m_store);
    }

    void cleanup() { m_store.reset(); }

    void theDeepSeekSelloffIsInTheBars()
    {
        const auto friday = barOn(*m_store, QStringLiteral("NVDA"), "2025-01-24");
        const auto monday = barOn(*m_store, QStringLiteral("NVDA"), "2025-01-27");
        QVERIFY(friday && monday);
        QVERIFY(std::abs(friday->close - 142.62) < 0.005);
        QVERIFY(std::abs(monday->close - 118.42) < 0.005);
        QCOMPARE(monday->volume, std::optional<double>(818830900));
        const auto composite = barOn(*m_store, QStringLiteral("^IXIC"), "2025-01-27");
        QVERIFY(composite);
        QVERIFY(std::abs(composite->close - 19341.83) < 0.005);
        const auto sox = barOn(*m_store, QStringLiteral("^SOX"), "2025-01-27");
        QVERIFY(sox);
        QVERIFY(std::abs(sox->close - 4853.24) < 0.005);
        const auto vistra = barOn(*m_store, QStringLiteral("VST"), "2025-01-27");
        QVERIFY(std::abs(vistra->close - 137.08) < 0.005);
    }

    void closedDaysHaveNoBars()
    {
        for (const Symbol &symbol : m_store->symbols()) {
            for (const char *closed : {"2025-01-20", "2025-01-09", "2025-01-01", "2024-12-25"})
                QVERIFY2(!barOn(*m_store, symbol.ticker, closed),
                         qPrintable(symbol.ticker + QLatin1Char(' ') + QString::fromLatin1(closed)));
        }
    }

    void everySymbolHasAllItsBars()
    {
        QHash<QString, std::int64_t> counts;
        QHash<QString, QString> firsts;
        for (const SymbolSummary &summary : m_store->symbolSummaries()) {
            counts.insert(summary.symbol.ticker, summary.bars);
            firsts.insert(summary.symbol.ticker, formatIsoDate(summary.firstMs.value_or(0)));
        }
        QCOMPARE(counts.size(), 22);
        for (const char *stock :
             {"NVDA", "AVGO", "MSFT", "META", "AMD", "TSM", "ORCL", "ASML", "ARM", "SMCI", "VST", "CEG"})
            QCOMPARE(counts.value(QString::fromLatin1(stock)), 61);
        QCOMPARE(counts.value(QStringLiteral("GOOGL")), 60);
        QCOMPARE(firsts.value(QStringLiteral("GOOGL")), QStringLiteral("2024-12-02"));
        for (const char *fund : {"QQQ", "SMH", "SOXX", "SPY", "XLK", "XLU"})
            QCOMPARE(counts.value(QString::fromLatin1(fund)), 753);
        // 1,563 rows less the 49 empty holiday rows.
        QCOMPARE(counts.value(QStringLiteral("^IXIC")), 1514);
        QCOMPARE(counts.value(QStringLiteral("^GSPC")), 1514);
        // The ^SOX file starts with a byte order mark; its first row must still be read.
        QCOMPARE(counts.value(QStringLiteral("^SOX")), 1299);
        QCOMPARE(firsts.value(QStringLiteral("^SOX")), QStringLiteral("2021-01-04"));
    }

    void everySeriesHasItsProvenance()
    {
        const QList<DatasetInfo> datasets = m_store->datasets();
        QCOMPARE(datasets.size(), 22);
        QHash<QString, DatasetInfo> byUid;
        for (const DatasetInfo &info : datasets)
            byUid.insert(info.uid, info);
        const DatasetInfo nvda = byUid.value(QStringLiteral("prices-nvda"));
        QVERIFY(
            nvda.origin.contains(QStringLiteral("sheep-farm/assets-data @ 02056fa1626760eed05c49591fccef71eafd457a")));
        QVERIFY(nvda.notes.contains(QStringLiteral("excerpt")));
        QVERIFY(nvda.licence.contains(QStringLiteral("licence unknown")));
        QCOMPARE(nvda.importedAt, QStringLiteral("2026-11-30T00:00:00Z"));
        QVERIFY(byUid.value(QStringLiteral("prices-xlk")).notes.contains(QStringLiteral("returns")));
        QVERIFY(byUid.value(QStringLiteral("prices-ixic")).notes.contains(QStringLiteral("empty rows")));
        QVERIFY(byUid.value(QStringLiteral("prices-sox")).notes.contains(QStringLiteral("byte order mark")));
        const QList<PriceSeries> all = m_store->allSeries();
        QCOMPARE(all.size(), 22);
        for (const PriceSeries &series : all) {
            QString symbol = series.symbol.toLower();
            QCOMPARE(series.dataset, QStringLiteral("prices-") + symbol.remove(QLatin1Char('^')));
            QCOMPARE(series.interval, QStringLiteral("1d"));
        }
    }

    void manifestListsEveryBundledFileByteForByte()
    {
        const QJsonObject manifest =
            QJsonDocument::fromJson(resource(QStringLiteral(":/data/prices/manifest.json"))).object();
        QStringList listed;
        for (const QJsonValue &file : manifest.value(QLatin1String("files")).toArray())
            listed << file.toObject().value(QLatin1String("file")).toString();
        QStringList bundled;
        const QDir root(QStringLiteral(":/data/prices"));
        for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QString &file : QDir(root.filePath(folder)).entryList({QStringLiteral("*.csv")}))
                bundled << folder + QLatin1Char('/') + file;
        }
        listed.sort();
        bundled.sort();
        QCOMPARE(listed, bundled);
        // The test copies were taken from the same sources; the bundled files must not have drifted.
        QCOMPARE(resource(QStringLiteral(":/data/prices/A7144888_graduate_project/SOX.csv")),
                 resource(QStringLiteral(TICKERLINE_TEST_DATA "/prices/sox-bom.csv")));
        QCOMPARE(resource(QStringLiteral(":/data/prices/sheep-farm_assets-data/NVDA.csv")),
                 resource(QStringLiteral(TICKERLINE_TEST_DATA "/prices/nvda-symbol-layout.csv")));
    }

    void installingKeepsSymbolMetadata()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("meta.tickerline")));
        Snapshot snapshot;
        snapshot.datasets << DatasetInfo{QStringLiteral("symbols"),
                                         QStringLiteral("Symbols"),
                                         QStringLiteral("test"),
                                         QString(),
                                         QString(),
                                         QStringLiteral("2026-11-30T00:00:00Z")};
        Symbol nvidia;
        nvidia.ticker = QStringLiteral("NVDA");
        nvidia.name = QStringLiteral("NVIDIA Corporation");
        nvidia.kind = QStringLiteral("stock");
        nvidia.sharesOutstanding = 24'490'000'000;
        nvidia.dataset = QStringLiteral("symbols");
        snapshot.symbols << nvidia;
        store.importSnapshot(snapshot);
        installBundledPrices(store);
        const auto kept = store.symbol(QStringLiteral("NVDA"));
        QVERIFY(kept);
        QCOMPARE(kept->name, QStringLiteral("NVIDIA Corporation"));
        QCOMPARE(kept->sharesOutstanding, std::optional<std::int64_t>(24'490'000'000));
        QCOMPARE(store.series(QStringLiteral("NVDA")).bars.size(), size_t(61));
    }

private:
    QTemporaryDir m_dir;
    int m_runs = 0;
    std::optional<FileStore> m_store;
};

QTEST_GUILESS_MAIN(TestBundledPrices)
#include "tst_bundledprices.moc"
