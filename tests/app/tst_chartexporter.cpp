// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/chartinput.h"
#include "charts/charttimeaxis.h"
#include "charts/comparisonchart.h"
#include "charts/eventmarkerlayer.h"
#include "charts/impactchart.h"
#include "charts/plotpathitem.h"
#include "charts/pricechart.h"
#include "error.h"

#include "imports/bundleddataset.h"
#include "style/palette.h"

#include "tst_chartfixture.h"
#include "tst_charttexts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QCandlestickSeries>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSet>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace tickerline;
using namespace tickerline::testing;

class TestChartExporter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    ChartRequest priceRequest(ColourTheme theme = ColourTheme::Light)
    {
        ChartRequest request;
        request.kind = ChartKind::Price;
        request.symbols = {QStringLiteral("NVDA"), QStringLiteral("QQQ")};
        request.fromMs = parseIsoTime(QStringLiteral("2025-01-13"))->ms;
        request.toMs = parseIsoTime(QStringLiteral("2025-02-07"))->ms;
        request.showEvents = true;
        request.theme = theme;
        return request;
    }
    std::unique_ptr<TickerChart> chartFor(const ChartRequest &request)
    {
        return makeChart(loadChartInput(*m_store, request), request);
    }
    // Keeps a copy for a person to look at when TICKERLINE_KEEP_CHARTS names a folder.
    void keep(const QString &name, const QByteArray &bytes)
    {
        const QString folder = qEnvironmentVariable("TICKERLINE_KEEP_CHARTS");
        if (folder.isEmpty())
            return;
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    void keep(const QString &name, const QImage &image)
    {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        keep(name, png);
    }
    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(line[x]);
        }
        return int(colours.size());
    }
    static double nonBackgroundShare(const QImage &image, QRgb background)
    {
        qint64 other = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                other += (line[x] & 0xffffff) != (background & 0xffffff);
        }
        return double(other) / (double(image.width()) * image.height());
    }
    // Whether a pixel near `point` has (about) the colour wanted.
    static bool colourNear(const QImage &image, QPoint point, const QColor &wanted, int radius = 2)
    {
        for (int dy = -radius; dy <= radius; ++dy) {
            for (int dx = -radius; dx <= radius; ++dx) {
                const QColor c = image.pixelColor(point + QPoint(dx, dy));
                if (std::abs(c.red() - wanted.red()) < 24 && std::abs(c.green() - wanted.green()) < 24
                    && std::abs(c.blue() - wanted.blue()) < 24)
                    return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("charts.tickerline")));
        fillChartStore(*m_store);
    }

    void pngHasTheSizeAndIsNotBlank()
    {
        const auto chart = chartFor(priceRequest());
        ChartExporter exporter({QSize(1600, 900), 96, true});
        const QString path = m_dir.filePath(QStringLiteral("nvda-qqq.png"));
        exporter.exportToFile(*chart, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        keep(QStringLiteral("chart-price-nvda-qqq.png"), bytes);
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), QSize(1600, 900));
        image = image.convertToFormat(QImage::Format_RGB32);
        QVERIFY2(distinctColours(image) > 50, qPrintable(QString::number(distinctColours(image))));
        const double share = nonBackgroundShare(image, chart->palette().background.rgb());
        QVERIFY2(share > 0.03 && share < 0.6, qPrintable(QString::number(share)));
    }

    void dpiScalesTheWholeImage()
    {
        const auto chart = chartFor(priceRequest());
        const QImage image = ChartExporter({QSize(1200, 700), 192, false}).renderImage(*chart);
        QCOMPARE(image.size(), QSize(1200, 700));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    }

    void markersSitAtTheirSession()
    {
        const auto chart = chartFor(priceRequest());
        auto *price = qobject_cast<PriceChart *>(chart.get());
        QVERIFY(price);
        QVERIFY(price->markers());
        const QImage image = ChartExporter({QSize(1600, 900), 96, false}).renderImage(*chart);
        keep(QStringLiteral("chart-markers.png"), image);
        struct Expect
        {
            const char *uid;
            const char *session;
        };
        // Altman's post of 20 January (a holiday) reaches the 21st; the Sunday App Store rise and
        // the selloff the 27th; the Monday-evening statement the 28th.
        const Expect expected[] = {{"altman-hype-post-2025-01-20", "2025-01-21"},
                                   {"deepseek-app-store-2025-01-26", "2025-01-27"},
                                   {"selloff-2025-01-27", "2025-01-27"},
                                   {"altman-statement-2025-01-28", "2025-01-28"}};
        const PriceSeries nvda = m_store->series(QStringLiteral("NVDA"));
        for (const Expect &e : expected) {
            const auto value = price->markerValue(QLatin1String(e.uid));
            QVERIFY2(value, e.uid);
            const std::int64_t session = parseIsoTime(QLatin1String(e.session))->ms;
            QCOMPARE(std::int64_t(value->x()), session);
            const auto bar = std::find_if(nvda.bars.begin(), nvda.bars.end(),
                                          [&](const Bar &b) { return b.tsMs == session; });
            QCOMPARE(value->y(), bar->close);
            const QPointF at = chart->mapToPosition(QPointF(double(session), bar->close), price->markers()->series());
            QVERIFY2(colourNear(image, at.toPoint(), chart->palette().marker),
                     qPrintable(QStringLiteral("%1: no marker colour at %2,%3").arg(QLatin1String(e.uid)).arg(at.x()).arg(at.y())));
        }
        // …and not between sessions: half-way from the 22nd's marker to the 27th's is plain line or background.
        const QPointF a = chart->mapToPosition(*price->markerValue(QStringLiteral("openai-stargate-19bn-2025-01-22")),
                                               price->markers()->series());
        const QPointF b = chart->mapToPosition(*price->markerValue(QStringLiteral("selloff-2025-01-27")),
                                               price->markers()->series());
        QVERIFY(!colourNear(image, ((a + b) / 2).toPoint(), chart->palette().marker, 1));
        QVERIFY(!price->markers()->labelRects().isEmpty());
    }

    // The decimated close line passes through every session's close, and the volume bars stand
    // on the plot's floor under their session, in the image a user exports.
    void lineAndVolumeAreDrawnAtTheirValues()
    {
        const auto chart = chartFor(priceRequest());
        auto *price = qobject_cast<PriceChart *>(chart.get());
        QVERIFY(price);
        const QImage image = ChartExporter({QSize(1600, 900), 96, false}).renderImage(*chart);
        QSet<std::int64_t> marked; // a marker covers the line there
        for (const EventMarkerGroup &group : price->markers()->groups())
            marked.insert(group.sessionMs);
        QAbstractSeries *qqqLine = nullptr;
        for (QAbstractSeries *series : chart->series())
            qqqLine = series->name() == QLatin1String("QQQ close") ? series : qqqLine;
        QVERIFY(qqqLine);
        QHash<std::int64_t, double> qqq;
        for (const Bar &bar : m_store->series(QStringLiteral("QQQ")).bars)
            qqq.insert(bar.tsMs, bar.close);
        const PriceSeries nvda = m_store->series(QStringLiteral("NVDA"));
        int checked = 0;
        for (const Bar &bar : nvda.bars) {
            const QString day = formatIsoDate(bar.tsMs);
            if (day < QLatin1String("2025-01-13") || day > QLatin1String("2025-02-07") || marked.contains(bar.tsMs))
                continue;
            const QPointF at = chart->mapToPosition(QPointF(double(bar.tsMs), bar.close), price->primarySeries());
            const QPointF qqqAt = chart->mapToPosition(QPointF(double(bar.tsMs), qqq.value(bar.tsMs)), qqqLine);
            if (QLineF(at, qqqAt).length() < 4) // the lines cross here; QQQ's is on top
                continue;
            QVERIFY2(colourNear(image, at.toPoint(), chart->palette().seriesColor(0), 1),
                     qPrintable(QStringLiteral("no NVDA line at the close of %1").arg(day)));
            ++checked;
        }
        QCOMPARE(checked, 19 - 4 - 1); // 19 sessions, 4 of them marked, 1 where QQQ crosses
        const int floor = int(price->plotArea().bottom()) - 4;
        const auto sessionX = [&](const char *day) {
            return int(chart->mapToPosition(QPointF(double(parseIsoTime(QLatin1String(day))->ms), 0),
                                            price->primarySeries()).x());
        };
        QVERIFY(colourNear(image, QPoint(sessionX("2025-01-27"), floor), chart->palette().volume, 0));
        // A Saturday has no bar.
        QVERIFY(!colourNear(image, QPoint(sessionX("2025-02-01"), floor), chart->palette().volume, 0));
    }

    void labelsNeverOverlap()
    {
        const auto chart = chartFor(priceRequest());
        ChartExporter({QSize(900, 600), 96, false}).layOut(*chart);
        const auto rects = qobject_cast<PriceChart *>(chart.get())->markers()->labelRects();
        QVERIFY(rects.size() >= 2);
        for (qsizetype i = 0; i < rects.size(); ++i) {
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY(!rects[i].intersects(rects[j]));
        }
    }

    // Event callouts stand in free space: no label rectangle holds a point of a drawn line (each
    // segment walked pixel by pixel), whatever the size and the symbols.
    void calloutsNeverCoverTheLines_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QStringList>("symbols");
        const QList<QSize> sizes{{900, 600}, {1600, 900}, {640, 420}, {1200, 460}, {700, 700}};
        const QList<QStringList> sets{{QStringLiteral("NVDA"), QStringLiteral("QQQ")},
                                      {QStringLiteral("NVDA")},
                                      {QStringLiteral("NVDA"), QStringLiteral("AVGO")}};
        for (const QSize &size : sizes)
            for (const QStringList &symbols : sets)
                QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(symbols.join(QLatin1Char('+'))))
                    << size << symbols;
    }

    void calloutsNeverCoverTheLines()
    {
        QFETCH(QSize, size);
        QFETCH(QStringList, symbols);
        ChartRequest request = priceRequest();
        request.symbols = symbols;
        const auto chart = chartFor(request);
        auto *price = qobject_cast<PriceChart *>(chart.get());
        QVERIFY(price);
        ChartExporter({size, 96, false}).layOut(*chart);
        const QList<QRectF> rects = price->markers()->labelRects();
        QVERIFY(!rects.isEmpty());
        int lines = 0;
        for (QGraphicsItem *item : chart->childItems()) {
            auto *path = item->toGraphicsObject() ? qobject_cast<PlotPathItem *>(item->toGraphicsObject()) : nullptr;
            if (!path || path->pathShape() != PlotPathItem::Shape::Line)
                continue;
            ++lines;
            const QPolygonF line = path->mapped();
            QVERIFY(line.size() >= 2);
            for (qsizetype i = 0; i + 1 < line.size(); ++i) {
                const QLineF segment(line[i], line[i + 1]);
                const int steps = std::max(1, int(std::ceil(segment.length())));
                for (int k = 0; k <= steps; ++k) {
                    const QPointF point = segment.pointAt(double(k) / steps);
                    for (const QRectF &rect : rects)
                        QVERIFY2(!rect.contains(point),
                                 qPrintable(QStringLiteral("a callout at %1,%2 %3×%4 covers the line at %5,%6")
                                                .arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())
                                                .arg(point.x()).arg(point.y())));
                }
            }
        }
        QCOMPARE(lines, int(symbols.size()));
    }

    void svgCarriesTitleAndAxisLabels()
    {
        const auto chart = chartFor(priceRequest());
        const QByteArray svg = ChartExporter({QSize(1600, 900), 96, true}).renderSvg(*chart);
        keep(QStringLiteral("chart-price.svg"), svg);
        QXmlStreamReader xml(svg);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString all = texts.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QStringLiteral("NVDA and QQQ")), qPrintable(all.left(400)));
        QVERIFY(all.contains(QStringLiteral("Session date")));
        QVERIFY(all.contains(QStringLiteral("NVDA price (USD)")));
        QVERIFY(all.contains(QStringLiteral("Session date, 2025")));
        QVERIFY(texts.filter(QRegularExpression(QStringLiteral("^\\d+ (Jan|Feb)$"))).size() >= 5);
        QVERIFY(svg.size() < 2'000'000);
    }

    void pdfHasAPage()
    {
        const auto chart = chartFor(priceRequest(ColourTheme::Dark));
        const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
        ChartExporter({QSize(1600, 900), 150, true}).exportToFile(*chart, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Type /Page") || pdf.contains("/Type/Page"));
        QVERIFY(pdf.contains("/Count 1"));
    }

    void unknownFormatWritesNothing()
    {
        const auto chart = chartFor(priceRequest());
        const QString path = m_dir.filePath(QStringLiteral("chart.bmp"));
        QVERIFY_THROWS_EXCEPTION(Error, ChartExporter().exportToFile(*chart, path));
        QVERIFY(!QFile::exists(path));
    }

    void comparisonIs100AtTheAnchor()
    {
        ChartRequest request;
        request.kind = ChartKind::Compare;
        request.symbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("TSM"),
                           QStringLiteral("QQQ"), QStringLiteral("^SOX")};
        request.eventUid = QStringLiteral("selloff-2025-01-27");
        request.percent = false;
        const auto chart = chartFor(request);
        auto *compare = qobject_cast<ComparisonChart *>(chart.get());
        QVERIFY(compare);
        for (const QString &symbol : request.symbols) {
            const auto anchor = compare->anchorPoint(symbol);
            QVERIFY2(anchor, qPrintable(symbol));
            QCOMPARE(formatIsoDate(std::int64_t(anchor->x())), QStringLiteral("2025-01-24"));
            QCOMPARE(anchor->y(), 100.0);
        }
        const QImage image = ChartExporter({QSize(1600, 900), 96, true}).renderImage(*chart);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        keep(QStringLiteral("chart-compare.png"), png);
        // Every line passes through the anchor: the pixel there has one of the lines' colours.
        const QPointF at = chart->mapToPosition(*compare->anchorPoint(QStringLiteral("NVDA")), chart->series().first());
        bool lineColour = false;
        for (int i = 0; i < 5; ++i)
            lineColour = lineColour || colourNear(image, at.toPoint(), chart->palette().seriesColor(i));
        QVERIFY(lineColour);
    }

    void impactReproducesTheTotal()
    {
        ChartRequest request;
        request.kind = ChartKind::Impact;
        request.eventUid = QStringLiteral("selloff-2025-01-27");
        request.percent = false;
        const auto chart = chartFor(request);
        auto *impact = qobject_cast<ImpactChart *>(chart.get());
        QVERIFY(impact);
        QCOMPARE(impact->moves().size(), 13);
        QCOMPARE(impact->moves().front().symbol, QStringLiteral("NVDA")); // the largest loss first
        QCOMPARE(formatBillions(impact->total()), QStringLiteral("−$1,246.7 B"));
        QVERIFY2(chart->caption().contains(QStringLiteral("Σ shares × (close 01-27 − close 01-24) over 13 companies")),
                 qPrintable(chart->caption()));
        QVERIFY(chart->title().contains(QStringLiteral("−$1,246.7 B")));
        QByteArray png = ChartExporter({QSize(1600, 900), 96, true}).renderPng(*chart);
        keep(QStringLiteral("chart-impact.png"), png);
        request.percent = true;
        const auto percent = chartFor(request);
        keep(QStringLiteral("chart-impact-percent.png"), ChartExporter({QSize(1600, 900), 96, true}).renderPng(*percent));
    }

    void textsAreWholeAtEverySize_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("percent");
        QTest::addColumn<QSize>("size");
        const QList<QPair<const char *, QPair<ChartKind, bool>>> kinds = {
            {"price", {ChartKind::Price, true}},     {"candles", {ChartKind::Candles, true}},
            {"compare", {ChartKind::Compare, true}}, {"compare-index", {ChartKind::Compare, false}},
            {"impact", {ChartKind::Impact, false}},  {"impact-percent", {ChartKind::Impact, true}},
            {"density", {ChartKind::Density, true}}};
        for (const QSize size :
             {QSize(480, 320), QSize(640, 360), QSize(800, 450), QSize(1024, 700), QSize(1600, 900)}) {
            for (const auto &[name, kind] : kinds)
                QTest::addRow("%s %dx%d", name, size.width(), size.height()) << int(kind.first) << kind.second << size;
        }
    }

    // "−$1,246.7 B of mark…", "Index (100 = cl…", "NVDA price (US…", "GOO…": a title, an axis
    // name or a label is whole (wrapped if need be) and inside the image, at any size.
    void textsAreWholeAtEverySize()
    {
        QFETCH(int, kind);
        QFETCH(bool, percent);
        QFETCH(QSize, size);
        ChartRequest request = priceRequest();
        request.kind = ChartKind(kind);
        request.percent = percent;
        if (request.kind == ChartKind::Candles)
            request.symbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO")};
        if (request.kind == ChartKind::Compare || request.kind == ChartKind::Impact) {
            request.eventUid = QStringLiteral("selloff-2025-01-27");
            request.fromMs.reset();
            request.toMs.reset();
            request.symbols = request.kind == ChartKind::Impact
                                  ? QStringList()
                                  : QStringList{QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("QQQ")};
        }
        if (request.kind == ChartKind::Density) {
            request.fromMs.reset();
            request.toMs.reset();
        }
        const auto chart = chartFor(request);
        ChartExporter exporter({size, 96, true});
        exporter.layOut(*chart);
        const QString problems = textProblems(*chart);
        keep(QStringLiteral("texts %1.png").arg(QLatin1String(QTest::currentDataTag())), exporter.renderPng(*chart));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        if (request.kind == ChartKind::Impact) {
            // Every ticker under its bar, whole.
            QStringList shown;
            for (const DrawnText &text : drawnTexts(*chart))
                shown << text.text;
            for (const QString &symbol : stockSymbols())
                QVERIFY2(shown.contains(symbol),
                         qPrintable(symbol + QStringLiteral(" not in ") + shown.join(QStringLiteral(", "))));
        }
        // A chart twice as wide keeps the title on one line.
        if (size.width() >= 1600)
            QVERIFY2(!chart->QChart::title().contains(QLatin1String("<br>")), qPrintable(chart->QChart::title()));
    }

    // "Mar 1 06:": the last label of a time axis was cut at the right edge.
    void lastTimeLabelIsWhole()
    {
        SeriesColumns minutes;
        minutes.symbol = QStringLiteral("MIN");
        minutes.interval = QStringLiteral("1m");
        const std::int64_t start = parseIsoTime(QStringLiteral("2025-03-01T00:00:00Z"))->ms;
        for (int i = 0; i <= 6 * 60; ++i) {
            minutes.time.push_back(double(start + std::int64_t(i) * 60'000));
            minutes.close.push_back(100 + std::sin(i / 30.0));
        }
        const std::int64_t end = std::int64_t(minutes.time.back());
        PriceChart chart({minutes}, {}, start, end, PriceStyle::Line, ColourTheme::Light);
        static const QRegularExpression hourLabel(QStringLiteral("^1 Mar \\d\\d:\\d\\d$"));
        for (const int width : {480, 640, 800, 1024, 1600}) {
            ChartExporter({QSize(width, width * 9 / 16), 96, false}).layOut(chart);
            const QString problems = textProblems(chart);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
            int labels = 0;
            qreal rightmost = 0;
            for (const DrawnText &text : drawnTexts(chart)) {
                if (!text.text.startsWith(QLatin1String("1 Mar")))
                    continue;
                QVERIFY2(hourLabel.match(text.text).hasMatch(), qPrintable(text.text));
                ++labels;
                rightmost = std::max(rightmost, text.rect.right());
            }
            QVERIFY2(labels >= (width >= 640 ? 2 : 1), qPrintable(QString::number(width)));
            QVERIFY2(rightmost <= chart.size().width(), qPrintable(QString::number(rightmost)));
        }
    }

    // Two symbols as candlesticks: each in its own hue, in the plot and in the legend.
    void candlesOfTwoSymbolsAreToldApart()
    {
        ChartRequest request = priceRequest();
        request.kind = ChartKind::Candles;
        request.symbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO")};
        const auto chart = chartFor(request);
        const QImage image =
            ChartExporter({QSize(1600, 900), 96, false}).renderImage(*chart).convertToFormat(QImage::Format_RGB32);
        keep(QStringLiteral("chart-candles-two.png"), ChartExporter({QSize(1600, 900), 96, false}).renderPng(*chart));
        QList<QCandlestickSeries *> candles;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *one = qobject_cast<QCandlestickSeries *>(series))
                candles << one;
        }
        QCOMPARE(candles.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            const QColor hue = chart->palette().seriesColor(i);
            QCOMPARE(candles[i]->decreasingColor(), hue);
            QCOMPARE(candles[i]->pen().color(), hue);
            const QList<QLegendMarker *> markers = chart->legend()->markers(candles[i]);
            QCOMPARE(markers.size(), 1);
            QCOMPARE(markers.front()->brush().color(), hue);
            // Its bodies and outlines are drawn in that hue.
            int pixels = 0;
            for (int y = 0; y < image.height(); ++y) {
                const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                for (int x = 0; x < image.width(); ++x)
                    pixels += (line[x] & 0xffffff) == (hue.rgb() & 0xffffff);
            }
            QVERIFY2(pixels > 500, qPrintable(QString::number(pixels)));
        }
        QVERIFY(candles[0]->increasingColor() != candles[1]->pen().color());
        QVERIFY(chart->legend()->markers(candles[0]).front()->brush().color() !=
                chart->legend()->markers(candles[1]).front()->brush().color());
    }

    // Dates on the axes in the window's language, as the timeline writes them.
    void axisDatesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("day");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("20 Jan");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("Jan 20");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("20. Jan.");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("1月20日");
    }

    void axisDatesFollowTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, day);
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        const auto price = chartFor(priceRequest());
        ChartExporter({QSize(1200, 700), 96, false}).layOut(*price);
        QStringList labels;
        for (QAbstractAxis *axis : price->axes(Qt::Horizontal)) {
            if (auto *time = qobject_cast<ChartTimeAxis *>(axis))
                labels << time->categoriesLabels();
        }
        QVERIFY2(labels.contains(day), qPrintable(labels.join(QStringLiteral(" | "))));
        ChartRequest request;
        request.kind = ChartKind::Density;
        const auto density = chartFor(request);
        ChartExporter({QSize(1200, 700), 96, false}).layOut(*density);
        auto *bars = qobject_cast<QBarCategoryAxis *>(density->axes(Qt::Horizontal).value(0));
        QVERIFY(bars);
        QVERIFY2(bars->categories().join(QLatin1Char(' ')).contains(day),
                 qPrintable(bars->categories().join(QStringLiteral(" | "))));
    }

    // The density chart colours each kind as the timeline does in the same theme (palette::kindColor).
    void densityKindsHaveTheTimelinesColours()
    {
        for (const ColourTheme theme : {ColourTheme::Light, ColourTheme::Dark}) {
            ChartRequest request;
            request.kind = ChartKind::Density;
            request.theme = theme;
            const auto chart = chartFor(request);
            const QImage image =
                ChartExporter({QSize(1200, 700), 96, false}).renderImage(*chart).convertToFormat(QImage::Format_RGB32);
            auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
            QVERIFY(bars);
            QVERIFY(bars->count() >= 2);
            for (QBarSet *set : bars->barSets()) {
                const auto info = std::find_if(kEventKinds.begin(), kEventKinds.end(), [&](const EventKindInfo &row) {
                    return eventKindLabel(row.kind) == set->label();
                });
                QVERIFY2(info != kEventKinds.end(), qPrintable(set->label()));
                const QColor wanted = palette::kindColor(info->kind, theme);
                QCOMPARE(set->color(), wanted);
                QCOMPARE(chart->legend()->markers(bars).value(int(bars->barSets().indexOf(set)))->brush().color(),
                         wanted);
                int pixels = 0;
                for (int y = 0; y < image.height(); ++y) {
                    const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                    for (int x = 0; x < image.width(); ++x)
                        pixels += (line[x] & 0xffffff) == (wanted.rgb() & 0xffffff);
                }
                QVERIFY2(pixels > 100, qPrintable(set->label() + QStringLiteral(": ") + QString::number(pixels)));
            }
        }
    }

    // A reader of an exported chart can follow its sources: public URLs, never a path of this
    // computer or of the project (shared/data/…).
    void footersNamePublicSources()
    {
        static const QRegularExpression localPath(
            QStringLiteral("shared/data|(^|[\\s(;,])(/|~/|\\./|\\.\\./|[A-Za-z]:\\\\)\\S|(^|[\\s(])(?![a-z]+://"
                           ")[\\w.-]+/[\\w./-]*\\.(md|csv|json|tsv|txt)\\b"));
        QCOMPARE(publicOrigin(QStringLiteral("/home/ann/events.csv")), QStringLiteral("events.csv"));
        QCOMPARE(publicOrigin(QStringLiteral("C:\\Users\\ann\\events.csv")), QStringLiteral("events.csv"));
        QCOMPARE(publicOrigin(QStringLiteral("/home/ann/My events/x.csv")), QStringLiteral("x.csv"));
        QCOMPARE(publicOrigin(QStringLiteral("as read (shared/data/EVENT_FACTS.md)")),
                 QStringLiteral("as read (EVENT_FACTS.md)"));
        QCOMPARE(publicOrigin(QStringLiteral(
                     "https://github.com/A/b @ 8a7197413ae8f7f4d75fde478c40be3f7438c72f, data/raw/stock_^SOX.csv")),
                 QStringLiteral(
                     "https://github.com/A/b/blob/8a7197413ae8f7f4d75fde478c40be3f7438c72f/data/raw/stock_%5ESOX.csv"));
        QVERIFY(localPath.match(QStringLiteral("Data: x (shared/data/EVENT_FACTS.md)")).hasMatch());
        QVERIFY(localPath.match(QStringLiteral("Data: x (/home/ann/events.csv)")).hasMatch());
        QVERIFY(!localPath.match(QStringLiteral("Data: x (https://github.com/a/b/blob/c/data/QQQ.csv)")).hasMatch());

        // The bundled episode as a user's database holds it.
        QFile file(QStringLiteral(TICKERLINE_TEST_DATA "/../../resources/data/episode.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue dataset :
             QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("datasets")).toArray()) {
            for (const char *field : {"origin", "notes"}) {
                const QString text = dataset.toObject().value(QLatin1String(field)).toString();
                QVERIFY2(!localPath.match(text).hasMatch(),
                         qPrintable(QLatin1String(field) + QStringLiteral(": ") + text));
            }
        }
        FileStore store(m_dir.filePath(QStringLiteral("bundled.tickerline")));
        installBundledDataset(store);
        // A file imported from this computer names itself by its file name only.
        DatasetInfo local{QStringLiteral("local"),
                          QStringLiteral("My events"),
                          QStringLiteral("/home/ann/shared/data/events.csv"),
                          QString(),
                          QString(),
                          QStringLiteral("2026-01-01T00:00:00Z")};
        for (const ChartKind kind :
             {ChartKind::Price, ChartKind::Candles, ChartKind::Compare, ChartKind::Impact, ChartKind::Density}) {
            ChartRequest request;
            request.kind = kind;
            request.symbols =
                kind == ChartKind::Impact ? QStringList() : QStringList{QStringLiteral("NVDA"), QStringLiteral("^SOX")};
            request.eventUid = QStringLiteral("market-selloff-2025-01-27");
            request.showEvents = true;
            ChartInput input = loadChartInput(store, request);
            input.datasets.append(local);
            const auto chart = makeChart(input, request);
            const QString footer = chart->sourcesText();
            QVERIFY2(!localPath.match(footer).hasMatch(), qPrintable(footer));
            QVERIFY2(footer.contains(QLatin1String("https://")), qPrintable(footer));
            QVERIFY2(footer.contains(QLatin1String("events.csv")), qPrintable(footer));
            if (kind != ChartKind::Density && kind != ChartKind::Impact)
                QVERIFY2(footer.contains(QLatin1String("https://github.com/sheep-farm/assets-data/blob/")),
                         qPrintable(footer));
            if (kind == ChartKind::Impact) // 13 files of one repository: one link, to the commit
                QVERIFY2(
                    footer.contains(QLatin1String("and 12 more (https://github.com/sheep-farm/assets-data/tree/")) &&
                        footer.contains(QLatin1String("NVDA.csv")) && footer.contains(QLatin1String("CEG.csv")),
                    qPrintable(footer));
            QVERIFY2(footer.contains(QLatin1String("https://x.com/sama/status/")), qPrintable(footer));
            // What the image carries: the footer drawn under the chart, and the PNG's Source text.
            ChartExporter({QSize(800, 450), 96, true}).layOut(*chart);
            QStringList drawn;
            for (const DrawnText &text : drawnTexts(*chart))
                drawn << text.text;
            QVERIFY2(drawn.join(QLatin1Char(' ')).contains(QLatin1String("https://x.com/sama/status/")),
                     qPrintable(drawn.join(QLatin1Char('|'))));
            for (const auto &[key, value] : ChartExporter::pngTexts(*chart))
                QVERIFY2(!localPath.match(value).hasMatch(), qPrintable(value));
        }
    }

    // Twenty thousand one-minute bars, ten a pixel column: the volume stands as bars side by
    // side, each as high as the highest volume under it, without a seam between them.
    void denseVolumeStandsUnbrokenAtEachBucketsHighest()
    {
        constexpr int kBars = 20'000;
        const std::int64_t start = parseIsoTime(QStringLiteral("2024-03-04T14:30:00Z"))->ms;
        const auto volumeOf = [](int i) { return i == kBars / 2 ? 9000.0 : i == kBars / 4 ? 6000.0 : 3000.0; };
        {
            Symbol symbol;
            symbol.ticker = QStringLiteral("MINU");
            PriceSeries series;
            series.symbol = symbol.ticker;
            series.interval = QStringLiteral("1m");
            for (int i = 0; i < kBars; ++i) {
                const double close = 100 + 5 * std::sin(i / 500.0);
                series.bars.push_back(
                    Bar{start + std::int64_t(i) * 60'000, close, close + 0.1, close - 0.1, close, {}, volumeOf(i)});
            }
            DatasetInfo provenance;
            provenance.uid = provenance.name = QStringLiteral("minutes");
            m_store->writeSeries(symbol, series, provenance);
        }
        ChartRequest request;
        request.kind = ChartKind::Price;
        request.symbols = {QStringLiteral("MINU")};
        const auto chart = chartFor(request);
        auto *price = qobject_cast<PriceChart *>(chart.get());
        QVERIFY(price);
        const QImage image = ChartExporter({QSize(1200, 700), 96, false}).renderImage(*chart);
        const QColor volume = chart->palette().volume;
        const double bottom = price->plotArea().bottom(); // volume 0
        const int floor = int(bottom) - 2;
        const auto xOf = [&](int bar) {
            return int(
                chart->mapToPosition(QPointF(double(start + std::int64_t(bar) * 60'000), 0), price->primarySeries())
                    .x());
        };
        // Volume colour all along the floor, from the first bar to the last.
        for (int x = xOf(0) + 2; x < xOf(kBars - 1) - 2; ++x)
            QVERIFY2(colourNear(image, QPoint(x, floor), volume, 0),
                     qPrintable(QStringLiteral("a seam at x %1").arg(x)));
        keep(QStringLiteral("chart-dense-volume.png"), image);
        // The height of the volume over a bar: volume colour up from the floor.
        const auto heightAt = [&](int x) {
            int y = floor;
            while (y > 0 && colourNear(image, QPoint(x, y - 1), volume, 0))
                --y;
            return bottom - y;
        };
        const double usual = heightAt(xOf(kBars / 8));
        QVERIFY(usual > 20);
        const double highest = heightAt(xOf(kBars / 2)) / usual;
        const double quarter = heightAt(xOf(kBars / 4)) / usual;
        QVERIFY2(highest > 2.85 && highest < 3.15, qPrintable(QString::number(highest)));
        QVERIFY2(quarter > 1.85 && quarter < 2.15, qPrintable(QString::number(quarter)));
        QVERIFY2(heightAt(xOf(kBars / 4) + 6) < usual + 2, "a spike is wider than its bar");
    }

    void densityAndCandlesRender()
    {
        ChartRequest density;
        density.kind = ChartKind::Density;
        const auto chart = chartFor(density);
        const QByteArray png = ChartExporter({QSize(1200, 700), 96, true}).renderPng(*chart);
        keep(QStringLiteral("chart-density.png"), png);
        QImage image;
        QVERIFY(image.loadFromData(png));
        QVERIFY(distinctColours(image.convertToFormat(QImage::Format_RGB32)) > 20);

        ChartRequest candles = priceRequest(ColourTheme::Dark);
        candles.kind = ChartKind::Candles;
        candles.symbols = {QStringLiteral("NVDA")};
        const auto candleChart = chartFor(candles);
        const QByteArray candlePng = ChartExporter({QSize(1600, 900), 96, true}).renderPng(*candleChart);
        keep(QStringLiteral("chart-candles-dark.png"), candlePng);
        QImage candleImage;
        QVERIFY(candleImage.loadFromData(candlePng));
        // The selloff candle is a down candle: its body colour is there at the session.
        const PriceSeries nvda = m_store->series(QStringLiteral("NVDA"));
        const auto bar = std::find_if(nvda.bars.begin(), nvda.bars.end(), [](const Bar &b) {
            return formatIsoDate(b.tsMs) == QLatin1String("2025-01-27");
        });
        const QPointF mid = candleChart->mapToPosition(QPointF(double(bar->tsMs), (bar->open + bar->close) / 2),
                                                       qobject_cast<PriceChart *>(candleChart.get())->primarySeries());
        // Beside the centre: the event's leader line runs down the middle of that candle.
        QVERIFY(colourNear(candleImage, mid.toPoint() + QPoint(6, 0), candleChart->palette().down, 1));
        QVERIFY(!colourNear(candleImage, mid.toPoint() + QPoint(6, 0), candleChart->palette().up, 1));
    }
};

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
