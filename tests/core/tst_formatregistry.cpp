// SPDX-License-Identifier: GPL-3.0-or-later
#include "imports/formatregistry.h"

#include "error.h"
#include "io/csvreader.h"
#include "io/tickerlinejson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace tickerline;

namespace {

QString pathOf(const QString &relative)
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/") + relative;
}

QByteArray bytesOf(const QString &relative)
{
    return CsvReader::readFile(pathOf(relative));
}

QString detectedName(const QByteArray &bytes, const QString &fileName)
{
    const FileFormat *format = FormatRegistry::instance().detect(bytes, fileName);
    return format ? format->name : QStringLiteral("none");
}

// The bundled dataset: a real Tickerline JSON file, and the sources the W3C sample refers to.
QByteArray episode()
{
    return CsvReader::readFile(QStringLiteral(TICKERLINE_TEST_DATA "/../../resources/data/episode.json"));
}

} // namespace

class TestFormatRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void everyFormatOnce()
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        QCOMPARE(registry.names(),
                 (QStringList{QStringLiteral("tickerline"), QStringLiteral("events-csv"), QStringLiteral("timelinejs"),
                              QStringLiteral("timelinejs-sheet"), QStringLiteral("timeline"), QStringLiteral("ics"),
                              QStringLiteral("yahoo"), QStringLiteral("nasdaq"), QStringLiteral("stooq"),
                              QStringLiteral("generic"), QStringLiteral("w3c"), QStringLiteral("text"),
                              QStringLiteral("markdown"), QStringLiteral("html")}));
        QCOMPARE(registry.writableNames(),
                 (QStringList{QStringLiteral("tickerline"), QStringLiteral("events-csv"), QStringLiteral("timelinejs"),
                              QStringLiteral("timelinejs-sheet"), QStringLiteral("timeline"), QStringLiteral("ics"),
                              QStringLiteral("w3c")}));
        QCOMPARE(registry.find(QStringLiteral("TimelineJS"))->name, QStringLiteral("timelinejs"));
        QVERIFY(!registry.find(QStringLiteral("excel")));
        for (const FileFormat &format : registry.formats()) {
            QVERIFY2(!format.description.isEmpty() && !format.suffixes.isEmpty(), qPrintable(format.name));
            QVERIFY2(format.sniff && format.read, qPrintable(format.name));
            QVERIFY2(format.contents != FormatContents(), qPrintable(format.name));
        }
        QVERIFY(registry.find(QStringLiteral("stooq"))->carries(FormatContent::Prices));
        QVERIFY(registry.find(QStringLiteral("w3c"))->carries(FormatContent::Quotes));
        QVERIFY(registry.find(QStringLiteral("html"))->isArticle());
        QVERIFY(!registry.find(QStringLiteral("tickerline"))->isArticle());
    }

    void detectsEverySample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("women json") << "interop/timelinejs3/women_in_computing.json"
                                    << "timelinejs";
        QTest::newRow("houston") << "interop/timelinejs3/houston.json"
                                 << "timelinejs";
        QTest::newRow("republican") << "interop/timelinejs3/republican.json"
                                    << "timelinejs";
        QTest::newRow("groups and eras") << "interop/handmade/groups_eras.json"
                                         << "timelinejs";
        QTest::newRow("sheet") << "interop/timelinejs3/women_in_computing_sheet.csv"
                               << "timelinejs-sheet";
        QTest::newRow("timeline") << "interop/thetimelineproj/versions.timeline"
                                  << "timeline";
        QTest::newRow("categories and eras") << "interop/handmade/categories_eras.timeline"
                                             << "timeline";
        QTest::newRow("events csv") << "interop/handmade/deepseek_week.csv"
                                    << "events-csv";
        QTest::newRow("yahoo") << "prices/QQQ.csv"
                               << "yahoo";
        QTest::newRow("yahoo, BOM and ticker column") << "prices/sox-bom.csv"
                                                      << "yahoo";
        QTest::newRow("yfinance three header lines") << "prices/yfinance-multiheader.csv"
                                                     << "yahoo";
        QTest::newRow("nasdaq") << "prices/nasdaq-NVDA.csv"
                                << "nasdaq";
        QTest::newRow("nasdaq index, quoted") << "prices/nasdaq-COMP.csv"
                                              << "nasdaq";
        QTest::newRow("stooq csv") << "prices/nvda_us_d.csv"
                                   << "stooq";
        QTest::newRow("stooq metastock .txt") << "prices/stooq-metastock.txt"
                                              << "stooq";
        QTest::newRow("stooq hourly") << "prices/stooq-hourly.txt"
                                      << "stooq";
        QTest::newRow("generic, close only") << "prices/close-only.csv"
                                             << "generic";
        QTest::newRow("generic, symbol column") << "prices/nvda-symbol-layout.csv"
                                                << "generic";
        QTest::newRow("generic, arm") << "prices/arm-symbol-layout.csv"
                                      << "generic";
        QTest::newRow("text article") << "articles/futurism-altman-deepseek.txt"
                                      << "text";
        QTest::newRow("markdown article") << "articles/deepseek-note.md"
                                          << "markdown";
        QTest::newRow("html article") << "articles/deepseek-note.html"
                                      << "html";
        QTest::newRow("w3c") << "annotations/episode-quotes.jsonld"
                             << "w3c";
    }

    void detectsEverySample()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const QByteArray bytes = bytesOf(file);
        QCOMPARE(detectedName(bytes, file), format);
        // The content decides: renamed, the file is still what it is (articles excepted: they
        // have no signature).
        if (!FormatRegistry::instance().find(format)->isArticle())
            QCOMPARE(detectedName(bytes, QStringLiteral("renamed.dat")), format);
    }

    void detectsTickerlineJson()
    {
        const QByteArray json = episode();
        QCOMPARE(detectedName(json, QStringLiteral("episode.json")), QStringLiteral("tickerline"));
        Snapshot snapshot = readTickerlineJson(json, QStringLiteral("episode.json"));
        const QList<Event> events = snapshot.events;
        for (int copy = 0; copy < 100; ++copy) {
            for (Event event : events) {
                event.uid += QStringLiteral("-copy-%1").arg(copy);
                snapshot.events << event;
            }
        }
        // Tickerline writes "format" first; a tool that sorts keys (QJsonDocument) puts it after the
        // events, far beyond the first bytes. It is still found.
        const QByteArray exported =
            QJsonDocument(QJsonDocument::fromJson(writeTickerlineJson(snapshot)).object()).toJson();
        QVERIFY(exported.indexOf("\"format\"") > FormatRegistry::kSniffBytes);
        QCOMPARE(detectedName(exported, QStringLiteral("x.json")), QStringLiteral("tickerline"));
        // Cut off after the header (the file is broken): still Tickerline JSON, so the reader can
        // say what is wrong with it.
        QCOMPARE(detectedName(json.left(60), QStringLiteral("x.json")), QStringLiteral("tickerline"));
    }

    void contentBeatsTheSuffix()
    {
        // Data saved under an article's name is still data.
        QCOMPARE(
            detectedName(bytesOf(QStringLiteral("interop/handmade/groups_eras.json")), QStringLiteral("notes.txt")),
            QStringLiteral("timelinejs"));
        QCOMPARE(
            detectedName(bytesOf(QStringLiteral("interop/handmade/deepseek_week.csv")), QStringLiteral("notes.md")),
            QStringLiteral("events-csv"));
        // An HTML page is HTML under any name; prose is an article only by its name.
        QCOMPARE(detectedName(bytesOf(QStringLiteral("articles/deepseek-note.html")), QStringLiteral("page")),
                 QStringLiteral("html"));
        QCOMPARE(detectedName("Just some prose.\n", QStringLiteral("notes.text")), QStringLiteral("text"));
        QCOMPARE(detectedName("Just some prose.\n", QStringLiteral("notes.markdown")), QStringLiteral("markdown"));
    }

    void refusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(20250127);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("random bytes") << random << "random.csv";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "chart.png";
        QTest::newRow("empty") << QByteArray() << "empty.csv";
        QTest::newRow("blank") << QByteArray(" \n\r\n") << "blank.json";
        QTest::newRow("other json") << QByteArray(R"({"events": []})") << "x.json";
        QTest::newRow("json array") << QByteArray("[1, 2, 3]") << "x.json";
        QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?>\n<html/>") << "x.timeline";
        QTest::newRow("csv of something else") << QByteArray("a,b,c\n1,2,3\n") << "x.csv";
        QTest::newRow("csv without title or close")
            << bytesOf(QStringLiteral("interop/timelinejs3/parser_test.csv")) << "parser_test.csv";
        QTest::newRow("prose without a name") << QByteArray("Just some prose.\n") << "notes";
    }

    void refusesGarbage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QCOMPARE(detectedName(bytes, fileName), QStringLiteral("none"));
    }

    void readsWhatItDetects()
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        auto read = [&](const QString &file, const FormatReadOptions &options = {}) {
            const QByteArray bytes = bytesOf(file);
            return registry.detect(bytes, file)->read(bytes, file, options);
        };
        const FormatReadResult events = read(QStringLiteral("interop/handmade/deepseek_week.csv"));
        QCOMPARE(events.snapshot.events.size(), 7);
        QCOMPARE(events.snapshot.datasets.size(), 1);

        const FormatReadResult prices = read(QStringLiteral("prices/nasdaq-NVDA.csv"));
        QCOMPARE(prices.snapshot.series.size(), 1);
        QCOMPARE(prices.snapshot.series.constFirst().symbol, QStringLiteral("nasdaq-NVDA"));
        QCOMPARE(prices.snapshot.series.constFirst().dataset, prices.snapshot.datasets.constFirst().uid);
        QCOMPARE(prices.layout, QStringLiteral("nasdaq"));
        FormatReadOptions named;
        named.symbol = QStringLiteral("NVDA");
        QCOMPARE(read(QStringLiteral("prices/nasdaq-NVDA.csv"), named).snapshot.series.constFirst().symbol,
                 QStringLiteral("NVDA"));

        const FormatReadResult article = read(QStringLiteral("articles/deepseek-note.html"));
        QCOMPARE(article.snapshot.sources.size(), 1);
        QCOMPARE(article.snapshot.sources.constFirst().uid, QStringLiteral("deepseek-note"));
        QCOMPARE(article.snapshot.sources.constFirst().title, QStringLiteral("DeepSeek and the chip stocks"));
        QVERIFY(!article.snapshot.sources.constFirst().text.contains(QLatin1Char('<')));

        FormatReadOptions withSources;
        withSources.sources = readTickerlineJson(episode(), QStringLiteral("episode.json")).sources;
        const FormatReadResult quotes = read(QStringLiteral("annotations/episode-quotes.jsonld"), withSources);
        QVERIFY(!quotes.snapshot.quotes.isEmpty());
        for (const Quote &quote : quotes.snapshot.quotes)
            QVERIFY2(!quote.exact.isEmpty() && !quote.source.isEmpty(), qPrintable(quote.uid));
    }

    void writersRoundTrip()
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        const FileFormat &csv = *registry.find(QStringLiteral("events-csv"));
        const QByteArray bytes = bytesOf(QStringLiteral("interop/handmade/deepseek_week.csv"));
        const Snapshot read = csv.read(bytes, QStringLiteral("week.csv"), {}).snapshot;
        const QByteArray written = csv.write(read);
        QCOMPARE(detectedName(written, QStringLiteral("out.csv")), QStringLiteral("events-csv"));
        // The same events, of a new dataset (the file's bytes differ, so does its provenance uid).
        auto withoutDataset = [](QList<Event> events) {
            for (Event &event : events)
                event.dataset.clear();
            return events;
        };
        QCOMPARE(withoutDataset(csv.read(written, QStringLiteral("week.csv"), {}).snapshot.events),
                 withoutDataset(read.events));

        const FileFormat &tickerline = *registry.find(QStringLiteral("tickerline"));
        const Snapshot dataset = tickerline.read(episode(), QStringLiteral("episode.json"), {}).snapshot;
        const QByteArray json = tickerline.write(dataset);
        QCOMPARE(tickerline.write(tickerline.read(json, QStringLiteral("again.json"), {}).snapshot), json);

        const FileFormat &w3c = *registry.find(QStringLiteral("w3c"));
        const QByteArray annotations = w3c.write(dataset);
        QCOMPARE(detectedName(annotations, QStringLiteral("quotes.jsonld")), QStringLiteral("w3c"));
        FormatReadOptions options;
        options.sources = dataset.sources;
        QCOMPARE(w3c.read(annotations, QStringLiteral("quotes.jsonld"), options).snapshot.quotes.size(),
                 dataset.quotes.size());
    }

    void filtersListEveryFormat()
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        const QStringList imports = registry.importFilters().split(QStringLiteral(";;"));
        QVERIFY2(imports.first().startsWith(QStringLiteral("All supported files (")), qPrintable(imports.first()));
        QCOMPARE(imports.last(), QStringLiteral("All files (*)"));
        QCOMPARE(imports.size(), registry.formats().size() + 2);
        for (const FileFormat &format : registry.formats()) {
            QVERIFY2(imports.contains(format.filter()), qPrintable(format.filter()));
            QCOMPARE(registry.formatOfFilter(format.filter()), &format);
            for (const QString &suffix : format.suffixes)
                QVERIFY2(imports.first().contains(QStringLiteral("*.") + suffix + QLatin1Char(' ')) ||
                             imports.first().contains(QStringLiteral("*.") + suffix + QLatin1Char(')')),
                         qPrintable(suffix));
        }
        QCOMPARE(registry.find(QStringLiteral("events-csv"))->filter(), QStringLiteral("Events CSV (*.csv)"));
        QVERIFY(!registry.formatOfFilter(imports.first()));

        const QStringList exports = registry.exportFilters().split(QStringLiteral(";;"));
        QStringList writable;
        for (const QString &name : registry.writableNames())
            writable << registry.find(name)->filter();
        QCOMPARE(exports, writable);
        QCOMPARE(registry.find(QStringLiteral("ics"))->filter(), QStringLiteral("iCalendar (*.ics *.ical)"));
    }
};

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
