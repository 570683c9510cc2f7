// SPDX-License-Identifier: GPL-3.0-or-later
// Which series a price chart gets from the store: daily bars read whole as before, a symbol of
// one-minute bars only charted in them, and a series too long to hold fetched again from the
// database for each range.
#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/chartinput.h"
#include "charts/pricechart.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;

namespace {

const std::int64_t kStart = *utcMidnight(2024, 1, 2);

void writeBars(Store &store, const QString &ticker, const QString &interval, int count, std::int64_t step)
{
    Symbol symbol;
    symbol.ticker = ticker;
    PriceSeries series;
    series.symbol = ticker;
    series.interval = interval;
    for (int i = 0; i < count; ++i) {
        const double close = 100 + (i % 1000) * 0.01;
        series.bars.push_back(
            Bar{kStart + std::int64_t(i) * step, close, close + 1, close - 1, close, std::nullopt, double(i % 77)});
    }
    DatasetInfo provenance;
    provenance.uid = provenance.name = ticker.toLower();
    store.writeSeries(symbol, series, provenance);
}

} // namespace

class TestChartInput final : public QObject
{
    Q_OBJECT

private slots:
    void dailyBarsAreReadWhole()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("daily.tickerline")));
        writeBars(store, QStringLiteral("DAY"), QStringLiteral("1d"), 300, kMsPerDay);
        writeBars(store, QStringLiteral("DAY"), QStringLiteral("1m"), 1000, 60'000); // not charted: it has daily bars
        ChartRequest request;
        request.symbols = {QStringLiteral("DAY")};
        const ChartInput input = loadChartInput(store, request);
        QCOMPARE(input.series.size(), 1);
        QVERIFY(!input.series.constFirst().fetch);
        QCOMPARE(input.series.constFirst().series.interval, QStringLiteral("1d"));
        QCOMPARE(input.series.constFirst().series.bars.size(), std::size_t(300));
        QCOMPARE(input.series.constFirst().series.dataset, QStringLiteral("day"));
    }

    void aLongMinuteSeriesIsFetchedPerRange()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("minutes.tickerline")));
        const int count = int(kChartBarsInMemory) + 50'000;
        writeBars(store, QStringLiteral("MIN"), QStringLiteral("1m"), count, 60'000);
        ChartRequest request;
        request.symbols = {QStringLiteral("MIN")};
        const ChartInput input = loadChartInput(store, request);
        const ChartSeriesInput &one = input.series.constFirst();
        QVERIFY(one.fetch);
        QCOMPARE(one.series.interval, QStringLiteral("1m"));
        QVERIFY2(one.series.bars.size() < std::size_t(count) / 4, qPrintable(QString::number(one.series.bars.size())));
        QCOMPARE(input.fromMs, kStart);
        QCOMPARE(input.toMs, kStart + std::int64_t(count - 1) * 60'000);
        QCOMPARE(one.series.dataset, QStringLiteral("min"));

        std::unique_ptr<TickerChart> chart = makeChart(input, request);
        auto *price = qobject_cast<PriceChart *>(chart.get());
        QVERIFY(price);
        QCOMPARE(price->title(), QStringLiteral("MIN — 1m bars")); // not "daily prices"
        ChartExporter({QSize(1200, 700), 96, false}).layOut(*price);
        QCOMPARE(price->dataFromMs(), input.fromMs);
        QCOMPARE(price->dataToMs(), input.toMs);
        // Zoomed to 200 minutes, the chart draws those 200 bars, which only the database has.
        const std::int64_t from = kStart + 123'456LL * 60'000;
        price->setRange(from, from + 199 * 60'000);
        QCOMPARE(price->pointsShown(), std::size_t(200));
        // And back out: a few points a pixel column, never the whole series.
        price->setRange(input.fromMs, input.toMs);
        QVERIFY(price->pointsShown() > 1000);
        QVERIFY(price->pointsShown() <= std::size_t(4 * 1200));
    }
};

QTEST_MAIN(TestChartInput)
#include "tst_chartinput.moc"
