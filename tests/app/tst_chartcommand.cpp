// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/charttheme.h"
#include "cli/chartcommand.h"

#include "tst_chartfixture.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

int count(const QImage &image, const QColor &colour)
{
    int n = 0;
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += line[x] == wanted;
    }
    return n;
}

// Where a line of one colour is drawn: its pixels, and the column of its lowest point on screen.
struct Trace
{
    int pixels = 0;
    int lowestX = -1;
};

// Only the plot's columns count: the axes' labels at both sides take the series' colours too.
Trace trace(const QImage &image, const QColor &colour)
{
    Trace found;
    int lowestY = -1;
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = image.width() / 16; x < image.width() * 15 / 16; ++x) {
            if (line[x] != wanted)
                continue;
            ++found.pixels;
            if (y > lowestY) {
                lowestY = y;
                found.lowestX = x;
            }
        }
    }
    return found;
}

} // namespace

class TestChartCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_out, m_err;

    int run(const QStringList &args)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out), err(&m_err);
        const int status = runChartCommand(*m_store, args, out, err);
        out.flush();
        err.flush();
        return status;
    }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("cli.tickerline")));
        fillChartStore(*m_store);
    }

    // Each format is checked for what a reader of the report sees: the PNG's pixels, the SVG's text
    // and shapes, the PDF's text as a PDF reader extracts it.
    void pngShowsBothSeriesWhereTheirPricesAre()
    {
        const QString out = path("price.png");
        QCOMPARE(run({QStringLiteral("--out"), out, QStringLiteral("--symbols"), QStringLiteral("NVDA,QQQ"),
                      QStringLiteral("--from"), QStringLiteral("2025-01-13"), QStringLiteral("--to"),
                      QStringLiteral("2025-02-07"), QStringLiteral("--events"), QStringLiteral("--footer")}),
                 0);
        QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
        const QImage image = QImage(out).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), QSize(1600, 900));
        const ChartPalette palette = ChartPalette::of(ColourTheme::Light);
        QCOMPARE(image.pixelColor(2, 2), palette.background);
        const Trace nvda = trace(image, palette.seriesColor(0));
        const Trace qqq = trace(image, palette.seriesColor(1));
        QVERIFY2(nvda.pixels > 1000 && qqq.pixels > 1000,
                 qPrintable(QStringLiteral("%1 %2").arg(nvda.pixels).arg(qqq.pixels)));
        QVERIFY(count(image, palette.marker) > 50); // the events' markers
        // In the data, NVDA's lowest close of the range is on 3 February (116.66), near the right end,
        // and QQQ's on 14 January (505.13), at the left: the lines' lowest points must be there.
        QVERIFY2(nvda.lowestX > image.width() * 0.6, qPrintable(QString::number(nvda.lowestX)));
        QVERIFY2(qqq.lowestX < image.width() * 0.2, qPrintable(QString::number(qqq.lowestX)));
    }

    void svgHasTheTextAndOneCandleASession()
    {
        const QString out = path("candles.svg");
        QCOMPARE(run({QStringLiteral("--out"), out, QStringLiteral("--kind"), QStringLiteral("candles"),
                      QStringLiteral("--symbols"), QStringLiteral("NVDA"), QStringLiteral("--theme"),
                      QStringLiteral("dark")}),
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QStringList texts;
        static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        for (const QRegularExpressionMatch &match : text.globalMatch(svg))
            texts << match.captured(1).trimmed();
        for (const char *expected : {"NVDA — daily prices", "NVDA price (USD)", "NVDA volume", "Session date, 2025"})
            QVERIFY2(texts.contains(QString::fromUtf8(expected)), qPrintable(texts.join(QLatin1Char('|'))));
        const ChartPalette palette = ChartPalette::of(ColourTheme::Dark);
        QVERIFY(svg.contains(QStringLiteral("fill=\"%1\"").arg(palette.background.name())));
        // A candle's body and its volume bar take the session's colour: at least one shape of the
        // rising colour per rising session, and of the falling colour per falling one.
        int rising = 0, falling = 0;
        for (const Bar &bar : readSeries(QStringLiteral("NVDA"), QStringLiteral("NVDA.csv"), QString()).bars)
            (bar.close > bar.open ? rising : bar.close < bar.open ? falling : rising) += 1;
        QVERIFY(rising > 0 && falling > 0);
        const auto fills = [&](const QColor &colour) {
            return int(svg.count(QStringLiteral("fill=\"%1\"").arg(colour.name())));
        };
        QVERIFY2(fills(palette.up) >= rising, qPrintable(QStringLiteral("%1 < %2").arg(fills(palette.up)).arg(rising)));
        QVERIFY2(fills(palette.down) >= falling,
                 qPrintable(QStringLiteral("%1 < %2").arg(fills(palette.down)).arg(falling)));
    }

    void pdfTextNamesEverySymbol()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed; scripts/test installs it");
        const QString out = path("compare.pdf");
        QCOMPARE(run({QStringLiteral("--out"), out, QStringLiteral("--kind"), QStringLiteral("compare"),
                      QStringLiteral("--symbols"), QStringLiteral("NVDA,AVGO,TSM,QQQ,^SOX"), QStringLiteral("--event"),
                      QStringLiteral("selloff-2025-01-27")}),
                 0);
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), out, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *symbol : {"NVDA", "AVGO", "TSM", "QQQ", "^SOX"})
            QVERIFY2(text.contains(QLatin1String(symbol)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Change since close 2025-01-24 (%)")), qPrintable(text));
    }

    void impactAndDensityPngsAreDrawn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("colour"); // a colour the chart must show: the selloff's falling bars
        QTest::newRow("impact value") << QStringLiteral("impact.png")
                                      << QStringList{QStringLiteral("--kind"), QStringLiteral("impact"),
                                                     QStringLiteral("--event"), QStringLiteral("selloff-2025-01-27"),
                                                     QStringLiteral("--value")}
                                      << ChartPalette::of(ColourTheme::Light).down.name();
        QTest::newRow("density") << QStringLiteral("density.png")
                                 << QStringList{QStringLiteral("--kind"), QStringLiteral("density")} << QString();
    }
    void impactAndDensityPngsAreDrawn()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, args);
        QFETCH(QString, colour);
        const QString out = m_dir.filePath(file);
        QCOMPARE(run(QStringList{QStringLiteral("--out"), out} + args), 0);
        QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
        const QImage image = QImage(out).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), QSize(1600, 900));
        const QColor background = ChartPalette::of(ColourTheme::Light).background;
        // Not an empty frame: a fair share of the picture is drawn.
        QVERIFY(count(image, background) < image.width() * image.height() * 0.97);
        if (!colour.isEmpty())
            QVERIFY(count(image, QColor(colour)) > 1000);
    }

    void sizeAndDpi()
    {
        const QString out = path("sized.png");
        QCOMPARE(run({QStringLiteral("--out"), out, QStringLiteral("--symbols"), QStringLiteral("NVDA"),
                      QStringLiteral("--width"), QStringLiteral("1280"), QStringLiteral("--height"),
                      QStringLiteral("720"), QStringLiteral("--dpi"), QStringLiteral("144")}),
                 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1280, 720));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 144);
    }

    void badInputIsStatusOneAndNoFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown symbol") << QStringList{QStringLiteral("--symbols"), QStringLiteral("NVDA,NOPE")}
                                        << QStringLiteral("unknown symbol \"NOPE\"");
        QTest::newRow("empty range") << QStringList{QStringLiteral("--symbols"), QStringLiteral("NVDA"),
                                                    QStringLiteral("--from"),    QStringLiteral("2030-01-01"),
                                                    QStringLiteral("--to"),      QStringLiteral("2030-02-01")}
                                     << QStringLiteral("no bars of NVDA between 2030-01-01 and 2030-02-01");
        QTest::newRow("unknown event") << QStringList{QStringLiteral("--kind"), QStringLiteral("impact"),
                                                      QStringLiteral("--event"), QStringLiteral("nothing-happened")}
                                       << QStringLiteral("unknown event \"nothing-happened\"");
    }
    void badInputIsStatusOneAndNoFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = path("bad.png");
        QCOMPARE(run(QStringList{QStringLiteral("--out"), out} + args), 1);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QVERIFY(!QFile::exists(out));
    }

    void wrongUsageIsStatusTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --out") << QStringList{QStringLiteral("--symbols"), QStringLiteral("NVDA")};
        QTest::newRow("bad suffix") << QStringList{QStringLiteral("--out"), QStringLiteral("x.gif"),
                                                   QStringLiteral("--symbols"), QStringLiteral("NVDA")};
        QTest::newRow("bad kind") << QStringList{QStringLiteral("--out"), QStringLiteral("x.png"),
                                                 QStringLiteral("--kind"), QStringLiteral("pie")};
        QTest::newRow("bad width") << QStringList{QStringLiteral("--out"),     QStringLiteral("x.png"),
                                                  QStringLiteral("--symbols"), QStringLiteral("NVDA"),
                                                  QStringLiteral("--width"),   QStringLiteral("wide")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("--out"),     QStringLiteral("x.png"),
                                                 QStringLiteral("--symbols"), QStringLiteral("NVDA"),
                                                 QStringLiteral("--from"),    QStringLiteral("2025-02-30")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--out"), QStringLiteral("x.png"),
                                                       QStringLiteral("--colour"), QStringLiteral("red")};
        QTest::newRow("no symbols") << QStringList{QStringLiteral("--out"), QStringLiteral("x.png")};
    }
    void wrongUsageIsStatusTwo()
    {
        QFETCH(QStringList, args);
        QCOMPARE(run(args), 2);
        QVERIFY(m_err.startsWith(QStringLiteral("chart: ")));
        QVERIFY(!QFile::exists(QStringLiteral("x.png")));
    }
};

QTEST_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
