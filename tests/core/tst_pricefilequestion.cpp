// SPDX-License-Identifier: GPL-3.0-or-later
#include "imports/pricefilequestion.h"

#include "error.h"
#include "imports/importjob.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;

namespace {

// A broker's export: nothing in its header but "Day" is a name the price reader knows.
const QByteArray kUnfamiliar = "Day,Px Open,Px High,Px Low,Px Last,Qty\n"
                               "2025-01-24,148.37,148.97,141.88,142.62,234657600\n"
                               "2025-01-27,124.80,128.40,116.70,118.42,818830900\n"
                               "2025-01-28,121.81,129.00,116.25,128.99,579666400\n";

// Day, open, high, low, last, quantity: columns 0 to 5, no adjusted close.
const PriceColumnMapping kBrokerColumns{0, 1, 2, 3, 4, -1, 5};

std::int64_t day(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso)).value().ms;
}

} // namespace

class TestPriceFileQuestion : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void unfamiliarHeadersNeedAMappingThatReadsTheBars()
    {
        const QString path = write(QStringLiteral("NVDA.csv"), kUnfamiliar);
        const auto question = PriceFileQuestion::about(path);
        QVERIFY(question);
        QVERIFY(question->needsColumns());
        QVERIFY(!question->needsSymbol()); // the file name is a ticker
        QCOMPARE(question->preview().symbol, QStringLiteral("NVDA"));
        QCOMPARE(question->preview().header,
                 QStringList({QStringLiteral("Day"), QStringLiteral("Px Open"), QStringLiteral("Px High"),
                              QStringLiteral("Px Low"), QStringLiteral("Px Last"), QStringLiteral("Qty")}));
        QCOMPARE(question->preview().rows.size(), 3);
        QCOMPARE(question->preview().guessed.date, 0);
        QCOMPARE(question->preview().guessed.close, -1);

        // As it is, the file does not read; with the columns it does.
        QVERIFY_THROWS_EXCEPTION(Error, question->check({}, std::nullopt));
        const PriceCsvResult read = question->check({}, kBrokerColumns);
        QCOMPARE(read.series.symbol, QStringLiteral("NVDA"));
        QCOMPARE(read.series.bars.size(), size_t(3));
        const Bar &selloff = read.series.bars[1];
        QCOMPARE(selloff.tsMs, day("2025-01-27"));
        QCOMPARE(selloff.open, 124.80);
        QCOMPARE(selloff.high, 128.40);
        QCOMPARE(selloff.low, 116.70);
        QCOMPARE(selloff.close, 118.42);
        QCOMPARE(selloff.volume.value(), 818830900.0);
        QVERIFY(!selloff.adjClose);
    }

    void theImportTakesEachFilesAnswers()
    {
        const QString path = write(QStringLiteral("broker export.csv"), kUnfamiliar);
        FileStore store(m_dir.filePath(QStringLiteral("answers.tickerline")));
        ImportRequest request;
        request.paths = {path};
        request.priceFiles.insert(path, {QStringLiteral("NVDA"), kBrokerColumns});
        const ImportSummary summary = ImportJob(request).run(store);
        QCOMPARE(summary.bars(), 3);
        const PriceSeries series = store.series(QStringLiteral("NVDA"));
        QCOMPARE(series.bars.size(), size_t(3));
        QCOMPARE(series.bars.front().tsMs, day("2025-01-24"));
        QCOMPARE(series.bars.front().close, 142.62);
        QCOMPARE(series.bars.back().high, 129.00);
        QCOMPARE(series.bars.back().volume.value(), 579666400.0);
    }

    void aFileWithoutSymbolNeedsTheSymbol()
    {
        const QString path =
            write(QStringLiteral("my prices (jan).csv"), "Date,Open,High,Low,Close,Volume\n"
                                                         "2025-01-27,124.80,128.40,116.70,118.42,818830900\n");
        const auto question = PriceFileQuestion::about(path);
        QVERIFY(question);
        QVERIFY(!question->needsColumns());
        QVERIFY(question->needsSymbol());
        QVERIFY(question->preview().symbol.isEmpty());
        try {
            question->check({}, std::nullopt);
            QFAIL("read without a symbol");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("name the symbol")), qPrintable(error.message()));
        }
        QCOMPARE(question->check(QStringLiteral("NVDA"), std::nullopt).series.symbol, QStringLiteral("NVDA"));
    }

    void aSymbolColumnOrTickerNameAnswersTheSymbol()
    {
        const QString column = write(QStringLiteral("my prices.csv"), "Ticker,Day,Px Last\n"
                                                                      "NVDA,2025-01-27,118.42\n");
        const auto question = PriceFileQuestion::about(column);
        QVERIFY(question);
        QVERIFY(question->needsColumns());
        QVERIFY(!question->needsSymbol());
        QCOMPARE(question->preview().symbol, QStringLiteral("NVDA"));
    }

    void filesThatReadAsTheyAreAskNothing()
    {
        QVERIFY(
            !PriceFileQuestion::about(write(QStringLiteral("NVDA.csv"), "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                                                        "2025-01-27,1,2,0.5,1.5,1.5,100\n")));
        QVERIFY(!PriceFileQuestion::about(
            write(QStringLiteral("events.csv"), "uid,title,start\nrelease,R1 released,2025-01-20\n")));
        QVERIFY(!PriceFileQuestion::about(write(QStringLiteral("noise.bin"), QByteArray("\x00\x01garbage", 9))));
        QVERIFY(!PriceFileQuestion::about(write(QStringLiteral("notes.csv"), "name,comment\nTom,fine\n")));
        // A file forced to a format that is not prices is that format's business.
        QVERIFY(!PriceFileQuestion::about(write(QStringLiteral("x y.csv"), kUnfamiliar), QStringLiteral("events-csv")));
    }

    void aBadValueNamesItsLineAndColumn()
    {
        QByteArray bad = kUnfamiliar;
        bad.replace("118.42", "n/a");
        const QString path = write(QStringLiteral("AMD.csv"), bad);
        const auto question = PriceFileQuestion::about(path);
        QVERIFY(question);
        try {
            question->check({}, kBrokerColumns);
            QFAIL("read a bad value");
        } catch (const Error &error) {
            QCOMPARE(error.message(), path + QStringLiteral(":3: column Px Last: \"n/a\" is not a number"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPriceFileQuestion)
#include "tst_pricefilequestion.moc"
