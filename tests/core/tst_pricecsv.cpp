// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "io/csvreader.h"
#include "io/pricecsv.h"
#include "time/isotime.h"

#include <QDate>
#include <QTest>

#include <cstdio>

using namespace tickerline;

namespace {

QString dataPath(const char *name)
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/prices/") + QString::fromUtf8(name);
}

PriceCsvResult read(const char *name, const PriceCsvOptions &options = {})
{
    return PriceCsv::readFile(dataPath(name), options);
}

// The file is read under its bare name, so that messages compare without the checkout's path.
QString errorOf(const char *name, const PriceCsvOptions &options = {})
{
    try {
        PriceCsv::parse(CsvReader::readFile(dataPath(name)), QString::fromUtf8(name), options);
    } catch (const Error &error) {
        return error.message();
    }
    return QStringLiteral("no error");
}

std::int64_t day(const char *iso)
{
    return parseIsoTime(QString::fromUtf8(iso))->ms;
}

const Bar *barOn(const PriceSeries &series, const char *iso)
{
    const std::int64_t ms = day(iso);
    for (const Bar &bar : series.bars) {
        if (bar.tsMs == ms)
            return &bar;
    }
    return nullptr;
}

bool isSortedAndUnique(const PriceSeries &series)
{
    for (size_t i = 1; i < series.bars.size(); ++i) {
        if (series.bars[i].tsMs <= series.bars[i - 1].tsMs)
            return false;
    }
    return true;
}

} // namespace

class TestPriceCsv final : public QObject
{
    Q_OBJECT

private slots:
    void symbolDateLayoutWithDividendsAndSplits()
    {
        const PriceCsvResult result = read("nvda-symbol-layout.csv");
        QCOMPARE(result.series.symbol, QStringLiteral("NVDA")); // from the symbol column
        QCOMPARE(toString(result.format), QStringLiteral("generic"));
        QCOMPARE(result.series.interval, QStringLiteral("1d"));
        QCOMPARE(result.series.bars.size(), size_t(61));
        QCOMPARE(result.skippedRows, 0);
        QCOMPARE(formatIsoDate(result.series.bars.front().tsMs), QStringLiteral("2024-11-29"));
        const Bar *monday = barOn(result.series, "2025-01-27");
        QVERIFY(monday);
        QCOMPARE(monday->open, 124.80000305175781);
        QCOMPARE(monday->high, 128.39999389648438);
        QCOMPARE(monday->low, 116.69999694824219);
        QCOMPARE(monday->close, 118.41999816894531);
        QCOMPARE(monday->adjClose, std::optional<double>(118.39421081542969));
        QCOMPARE(monday->volume, std::optional<double>(818830900));
        QCOMPARE(barOn(result.series, "2025-01-24")->close, 142.6199951171875);
        QVERIFY(!barOn(result.series, "2025-01-20"));
        QVERIFY(isSortedAndUnique(result.series));
    }

    void symbolLayoutWithoutDividendColumns()
    {
        const PriceCsvResult result = read("arm-symbol-layout.csv");
        QCOMPARE(result.series.symbol, QStringLiteral("ARM"));
        QCOMPARE(result.series.bars.size(), size_t(61));
        QCOMPARE(barOn(result.series, "2025-01-27")->close, 145.9600067138672);
    }

    void yahooFinance()
    {
        const PriceCsvResult result = read("QQQ.csv");
        QCOMPARE(toString(result.format), QStringLiteral("yahoo"));
        QCOMPARE(result.series.symbol, QStringLiteral("QQQ")); // from the file name
        QCOMPARE(result.series.bars.size(), size_t(753));
        const Bar *monday = barOn(result.series, "2025-01-27");
        QVERIFY(monday);
        QCOMPARE(QString::number(monday->close, 'f', 2), QStringLiteral("514.21"));
        QVERIFY(monday->adjClose.has_value());
        QCOMPARE(monday->volume, std::optional<double>(60771700));
    }

    void yfinanceThreeLineHeader()
    {
        const PriceCsvResult result = read("yfinance-multiheader.csv");
        QCOMPARE(result.series.symbol, QStringLiteral("NVDA")); // from the Ticker line
        QCOMPARE(result.series.bars.size(), size_t(3));
        const Bar *monday = barOn(result.series, "2025-01-27");
        QVERIFY(monday);
        QCOMPARE(monday->close, 118.41999816894531);
        QCOMPARE(monday->open, 124.80000305175781);
        QVERIFY(!monday->adjClose.has_value());
    }

    void yahooDownloadWithTickerColumnAndByteOrderMark()
    {
        const PriceCsvResult result = read("sox-bom.csv");
        QCOMPARE(toString(result.format), QStringLiteral("yahoo"));
        QCOMPARE(result.series.symbol, QStringLiteral("^SOX"));
        QCOMPARE(result.series.bars.size(), size_t(1299));
        QCOMPARE(formatIsoDate(result.series.bars.front().tsMs), QStringLiteral("2021-01-04"));
        QCOMPARE(QString::number(barOn(result.series, "2025-01-27")->close, 'f', 2), QStringLiteral("4853.24"));
        QCOMPARE(barOn(result.series, "2025-01-27")->volume, std::optional<double>(0));
    }

    void indexFileWithEmptyHolidayRows()
    {
        const PriceCsvResult result = read("IXIC.csv", {PriceFormat::Auto, QStringLiteral("^IXIC")});
        QCOMPARE(toString(result.format), QStringLiteral("stooq")); // the Date,Open,High,Low,Close,Volume header
        QCOMPARE(result.series.symbol, QStringLiteral("^IXIC"));
        QCOMPARE(result.skippedRows, 49);
        QCOMPARE(result.series.bars.size(), size_t(1514));
        QVERIFY(!barOn(result.series, "2025-01-01"));
        QVERIFY(!barOn(result.series, "2025-01-09"));
        QVERIFY(!barOn(result.series, "2025-01-20"));
        const Bar *monday = barOn(result.series, "2025-01-27");
        QCOMPARE(QString::number(monday->close, 'f', 2), QStringLiteral("19341.83"));
        QCOMPARE(QString::number(monday->open, 'f', 2), QStringLiteral("19234.04"));
        QCOMPARE(monday->volume, std::optional<double>(8870200000.0));
        QVERIFY(!monday->adjClose.has_value());
    }

    void nasdaqDotCom()
    {
        const PriceCsvResult result = read("nasdaq-NVDA.csv");
        QCOMPARE(toString(result.format), QStringLiteral("nasdaq"));
        QCOMPARE(result.series.symbol, QStringLiteral("nasdaq-NVDA"));
        QCOMPARE(result.series.bars.size(), size_t(7));
        QVERIFY(isSortedAndUnique(result.series)); // the file is newest first
        QCOMPARE(formatIsoDate(result.series.bars.front().tsMs), QStringLiteral("2025-01-23"));
        const Bar *monday = barOn(result.series, "2025-01-27");
        QCOMPARE(monday->close, 118.42);
        QCOMPARE(monday->open, 124.80);
        QCOMPARE(monday->high, 128.40);
        QCOMPARE(monday->low, 116.70);
        QCOMPARE(monday->volume, std::optional<double>(818830900));
    }

    void nasdaqIndexWithThousandsAndNoVolume()
    {
        const PriceCsvResult result = read("nasdaq-COMP.csv", {PriceFormat::Auto, QStringLiteral("^IXIC")});
        QCOMPARE(toString(result.format), QStringLiteral("nasdaq"));
        QCOMPARE(result.series.symbol, QStringLiteral("^IXIC"));
        QCOMPARE(result.series.bars.size(), size_t(3));
        const Bar *monday = barOn(result.series, "2025-01-27");
        QCOMPARE(monday->close, 19341.83);
        QVERIFY(!monday->volume.has_value());
    }

    void stooqDaily()
    {
        const PriceCsvResult result = read("nvda_us_d.csv", {PriceFormat::Auto, QStringLiteral("NVDA")});
        QCOMPARE(toString(result.format), QStringLiteral("stooq"));
        QCOMPARE(result.series.bars.size(), size_t(4));
        QCOMPARE(barOn(result.series, "2025-01-27")->close, 118.42);
    }

    void stooqMetastockLayout()
    {
        const PriceCsvResult result = read("stooq-metastock.txt");
        QCOMPARE(toString(result.format), QStringLiteral("stooq"));
        QCOMPARE(result.series.symbol, QStringLiteral("NVDA.US")); // kept as written
        QCOMPARE(result.series.interval, QStringLiteral("1d"));
        QCOMPARE(result.series.bars.size(), size_t(3));
        QCOMPARE(barOn(result.series, "2025-01-27")->close, 118.42);
        QCOMPARE(barOn(result.series, "2025-01-27")->volume, std::optional<double>(818830900));
    }

    void intradayBarsGetTheirInterval()
    {
        const PriceCsvResult result = read("stooq-hourly.txt");
        QCOMPARE(result.series.interval, QStringLiteral("1h"));
        QCOMPARE(result.series.bars.size(), size_t(3));
        QCOMPARE(formatIsoUtc(result.series.bars.front().tsMs), QStringLiteral("2025-01-27T16:00:00Z"));

        const QByteArray minutes = "Datetime,Open,High,Low,Close,Adj Close,Volume\n"
                                   "2025-01-27 09:30:00-05:00,124.8,125.0,124.1,124.5,124.5,9000000\n"
                                   "2025-01-27 09:31:00-05:00,124.5,124.9,124.0,124.2,124.2,5000000\n";
        const PriceCsvResult perMinute = PriceCsv::parse(minutes, QStringLiteral("NVDA_1m.csv"));
        QCOMPARE(perMinute.series.interval, QStringLiteral("1m"));
        QCOMPARE(formatIsoUtc(perMinute.series.bars.back().tsMs), QStringLiteral("2025-01-27T14:31:00Z"));
    }

    void genericCloseOnlyFile()
    {
        const PriceCsvResult result = read("close-only.csv", {PriceFormat::Auto, QStringLiteral("NVDA")});
        QCOMPARE(toString(result.format), QStringLiteral("generic"));
        const Bar *monday = barOn(result.series, "2025-01-27");
        QCOMPARE(monday->close, 118.42);
        QCOMPARE(monday->open, 118.42);
        QCOMPARE(monday->high, 118.42);
        QCOMPARE(monday->low, 118.42);
        QVERIFY(!monday->volume.has_value());
    }

    void formatCanBeForced()
    {
        QCOMPARE(toString(read("QQQ.csv", {PriceFormat::Generic, {}}).format), QStringLiteral("generic"));
        QCOMPARE(toString(read("nvda-symbol-layout.csv", {PriceFormat::Yahoo, {}}).format), QStringLiteral("yahoo"));
        QCOMPARE(errorOf("close-only.csv", {PriceFormat::Stooq, {}}),
                 QStringLiteral("close-only.csv:1: header: no open column for the stooq layout (columns found: "
                                "trade_date, closing_price)"));
        // Only the Nasdaq layout groups thousands with commas; elsewhere "19,341.83" is a mistake.
        QCOMPARE(errorOf("nasdaq-COMP.csv", {PriceFormat::Yahoo, QStringLiteral("^IXIC")}),
                 QStringLiteral("nasdaq-COMP.csv:2: column Close/Last: \"19,733.59\" is not a number (write numbers "
                                "with a decimal point)"));
        QVERIFY(priceFormatFromString(QStringLiteral("Nasdaq")) == PriceFormat::Nasdaq);
        QVERIFY(priceFormatFromString(QStringLiteral("stooq")) == PriceFormat::Stooq);
        QVERIFY(!priceFormatFromString(QStringLiteral("excel")));
    }

    void symbolOverrideWins()
    {
        QCOMPARE(read("nvda-symbol-layout.csv", {PriceFormat::Auto, QStringLiteral("NVDA.X")}).series.symbol,
                 QStringLiteral("NVDA.X"));
    }

    void badFilesNameFileLineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        auto row = [](const char *file, const char *message) {
            QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(message);
        };
        row("bad-impossible-date.csv",
            "bad-impossible-date.csv:3: column Date: 2025-02-30 is not a day of the calendar");
        row("bad-year.csv", "bad-year.csv:2: column Date: year 1399 is outside 1400–9999");
        row("bad-not-a-number.csv", "bad-not-a-number.csv:3: column Close: \"abc\" is not a number");
        row("bad-infinite.csv", "bad-infinite.csv:3: column Close: \"inf\" is not a finite number");
        row("bad-unterminated-quote.csv",
            "bad-unterminated-quote.csv:3: field 5: the quote opened here is never closed");
        row("bad-nul-byte.csv", "bad-nul-byte.csv:3: NUL byte at byte offset 114; this is not a text file");
        row("bad-latin1.csv", "bad-latin1.csv:3: invalid UTF-8 (byte 0xe9 at byte offset 109); save the file as UTF-8");
        row("bad-duplicate-date.csv",
            "bad-duplicate-date.csv:4: column Date: 2025-01-24 appears twice (also on line 2)");
        row("bad-high-below-low.csv", "bad-high-below-low.csv:2: column High: high 116.7 is below low 128.4");
        row("bad-field-count.csv", "bad-field-count.csv:3: 7 fields where the header has 6");
        row("bad-two-symbols.csv", "bad-two-symbols.csv:3: column symbol: \"AMD\" differs from \"NVDA\" on line 2; a "
                                   "price file holds one symbol");
        row("bad-no-close.csv", "bad-no-close.csv:1: header: no close column for the generic layout (columns found: "
                                "Date, Open, High, Low, Volume)");
    }

    void badFilesNameFileLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QCOMPARE(errorOf(file.toUtf8().constData()), message);
    }

    void emptyAndHeaderOnlyFiles()
    {
        auto errorOfText = [](const QByteArray &text) {
            try {
                PriceCsv::parse(text, QStringLiteral("x.csv"));
            } catch (const Error &error) {
                return error.message();
            }
            return QStringLiteral("no error");
        };
        QVERIFY(errorOfText("").startsWith(QStringLiteral("x.csv:1: the file is empty")));
        QCOMPARE(errorOfText("Date,Close\n"),
                 QStringLiteral("x.csv:1: column Close: no row has a value; the file holds no prices"));
        QCOMPARE(errorOfText("Date,Close\n2025-01-01,\n"),
                 QStringLiteral("x.csv:2: column Close: no row has a value; the file holds no prices"));
        QCOMPARE(errorOfText("Date,Close\n2025-13-01,\n"),
                 QStringLiteral("x.csv:2: column Date: 2025-13-01 is not a day of the calendar"));
        QCOMPARE(errorOfText("Date,Close\n,118.42\n"), QStringLiteral("x.csv:2: column Date: empty"));
    }

    void tolerantHeaderNames()
    {
        const QByteArray text =
            "\"Trade Date\",\"OPEN\",\"high_price\",\"Low\",\"Close Price\",\"Adjusted Close\",\"Vol\"\r\n"
            "\"2025-01-27\",\"124.80\",\"128.40\",\"116.70\",\"118.42\",\"118.39\",\"818830900\"\r\n";
        const PriceCsvResult result = PriceCsv::parse(text, QStringLiteral("data/NVDA.csv"));
        QCOMPARE(result.series.symbol, QStringLiteral("NVDA"));
        const Bar &bar = result.series.bars.front();
        QCOMPARE(bar.high, 128.40);
        QCOMPARE(bar.adjClose, std::optional<double>(118.39));
        QCOMPARE(bar.volume, std::optional<double>(818830900));
    }

    // A broker's export whose names no alias knows: the preview shows it, guesses the date from
    // the values, and a mapping chosen by hand reads it.
    void unrecognisedColumnsReadWithAMapping()
    {
        const QByteArray csv = "Handelstag;x,Erster,Hoechster,Tiefster,Schlusskurs,Stueck\n"
                               "2025-01-24,148.37,148.97,141.88,142.62,234657600\n"
                               "2025-01-27,124.80,128.40,116.70,118.42,818830900\n"
                               "2025-01-28,121.81,129.00,116.25,128.99,579666400\n";
        const QString refused = [&] {
            try {
                PriceCsv::parse(csv, QStringLiteral("NVDA.csv"));
            } catch (const Error &error) {
                return error.message();
            }
            return QStringLiteral("no error");
        }();
        QVERIFY2(refused.startsWith(QStringLiteral("NVDA.csv:1: header: no date column")), qPrintable(refused));
        QVERIFY(!PriceCsv::sniff(csv));

        const PriceCsvPreview preview = PriceCsv::preview(csv, QStringLiteral("NVDA.csv"), 2);
        QCOMPARE(preview.header, (QStringList{QStringLiteral("Handelstag;x"), QStringLiteral("Erster"),
                                              QStringLiteral("Hoechster"), QStringLiteral("Tiefster"),
                                              QStringLiteral("Schlusskurs"), QStringLiteral("Stueck")}));
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.rows.at(1).at(4), QStringLiteral("118.42"));
        QVERIFY(!preview.format);
        QCOMPARE(preview.guessed.date, 0); // from the values
        QCOMPARE(preview.guessed.close, -1);

        PriceCsvOptions options;
        options.columns = PriceColumnMapping{0, 1, 2, 3, 4, -1, 5};
        const PriceCsvResult result = PriceCsv::parse(csv, QStringLiteral("NVDA.csv"), options);
        QCOMPARE(result.series.symbol, QStringLiteral("NVDA"));
        QCOMPARE(int(result.series.bars.size()), 3);
        QCOMPARE(result.series.bars[1].tsMs, day("2025-01-27"));
        QCOMPARE(result.series.bars[1].open, 124.80);
        QCOMPARE(result.series.bars[1].low, 116.70);
        QCOMPARE(result.series.bars[1].close, 118.42);
        QCOMPARE(*result.series.bars[1].volume, 818830900.0);
        QVERIFY(!result.series.bars[1].adjClose);

        // Close only: open, high and low follow it.
        options.columns = PriceColumnMapping{0, -1, -1, -1, 4, -1, -1};
        const PriceCsvResult closes = PriceCsv::parse(csv, QStringLiteral("NVDA.csv"), options);
        QCOMPARE(closes.series.bars[2].open, 128.99);
        QVERIFY(!closes.series.bars[2].volume);
    }

    void aBadMappingIsRefused_data()
    {
        QTest::addColumn<int>("date");
        QTest::addColumn<int>("close");
        QTest::addColumn<QString>("message");
        QTest::newRow("no close") << 0 << -1 << "x.csv:1: header: choose a date and a close column";
        QTest::newRow("past the end") << 0 << 6 << "x.csv:1: header: column 7 was chosen, but the file has 6 columns";
        QTest::newRow("close is text") << 0 << 0 << "x.csv:2: column A: \"2025-01-24\" is not a number";
    }

    void aBadMappingIsRefused()
    {
        QFETCH(int, date);
        QFETCH(int, close);
        QFETCH(QString, message);
        PriceCsvOptions options;
        options.columns = PriceColumnMapping{date, -1, -1, -1, close, -1, -1};
        try {
            PriceCsv::parse("A,B,C,D,E,F\n2025-01-24,1,2,3,4,5\n", QStringLiteral("x.csv"), options);
            QFAIL("no error");
        } catch (const Error &error) {
            QCOMPARE(error.message(), message);
        }
    }

    void previewOfAKnownLayout()
    {
        const PriceCsvPreview preview = PriceCsv::preview(CsvReader::readFile(dataPath("nasdaq-NVDA.csv")),
                                                          QStringLiteral("nasdaq-NVDA.csv"), 3);
        QCOMPARE(preview.header.first(), QStringLiteral("Date"));
        QCOMPARE(preview.rows.size(), 3);
        QCOMPARE(preview.rows.first().first(), QStringLiteral("01/31/2025"));
        QCOMPARE(preview.format, std::optional<PriceFormat>(PriceFormat::Nasdaq));
        QCOMPARE(preview.guessed, (PriceColumnMapping{0, 3, 4, 5, 1, -1, 2}));
        // The guessed mapping reads the file as its own layout does.
        PriceCsvOptions options;
        options.columns = preview.guessed;
        options.format = PriceFormat::Nasdaq;
        QCOMPARE(read("nasdaq-NVDA.csv", options).series.bars, read("nasdaq-NVDA.csv").series.bars);
    }

    void aMillionRowsParse()
    {
        // Correctness at scale; the speed is measured by benchmarks, never by a unit test.
        QByteArray text = "Date,Open,High,Low,Close,Volume\n";
        const int rows = 1'000'000;
        text.reserve(rows * 48);
        QDate date(1500, 1, 1);
        char line[96];
        for (int i = 0; i < rows; ++i, date = date.addDays(1)) {
            const int price = 100 + i % 1000;
            const int length = std::snprintf(line, sizeof line, "%04d-%02d-%02d,%d.25,%d.25,%d.25,%d.25,1000\n",
                                             date.year(), date.month(), date.day(), price, price, price, price);
            text.append(line, length);
        }
        const PriceCsvResult result = PriceCsv::parse(text, QStringLiteral("LONG.csv"));
        QCOMPARE(result.series.bars.size(), size_t(rows));
        QCOMPARE(result.series.bars.back().close, 100 + (rows - 1) % 1000 + 0.25);
        QCOMPARE(formatIsoDate(result.series.bars.back().tsMs), date.addDays(-1).toString(Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(TestPriceCsv)
#include "tst_pricecsv.moc"
