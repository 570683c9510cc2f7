// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "error.h"
#include "pngencoder.h"
#include "tickerchart.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLegend>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace tickerline {

ChartExporter::ChartExporter(ExportOptions options) : m_options(options)
{
    m_options.size = m_options.size.expandedTo(QSize(16, 16));
    m_options.dpi = std::clamp(m_options.dpi, 24, 1200);
}

std::optional<ExportFormat> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

namespace {

// Below this a chart's titles, labels and notes leave no room for its plot.
constexpr QSizeF kMinLogicalSize(640, 360);

} // namespace

qreal ChartExporter::scale() const
{
    return std::min({m_options.dpi / 96.0, m_options.size.width() / kMinLogicalSize.width(),
                     m_options.size.height() / kMinLogicalSize.height()});
}

QSizeF ChartExporter::logicalSize() const
{
    return QSizeF(m_options.size) / scale();
}

void ChartExporter::layOut(TickerChart &chart)
{
    // A chart outside any scene has no layout pass of its own: a scene gives it one, and the
    // explicit activate() runs it now rather than on a later event-loop turn.
    if (!chart.scene()) {
        auto *scene = new QGraphicsScene(&chart);
        scene->addItem(&chart);
    }
    chart.setFooterVisible(m_options.footer);
    chart.resize(logicalSize());
    // Wrapped titles and the notes change the room of the plot, which changes what fits: a few
    // passes settle it (the window's layout does the same on later event-loop turns).
    for (int pass = 0; pass < 3; ++pass) {
        // The legend lays its entries out in a layout of its own.
        for (QGraphicsLayout *layout : {chart.legend()->layout(), chart.layout()}) {
            if (layout) {
                layout->invalidate();
                layout->activate();
            }
        }
        chart.updateOverlays();
    }
    chart.scene()->setSceneRect(QRectF(QPointF(0, 0), logicalSize()));
}

void ChartExporter::paint(TickerChart &chart, QPainter &painter)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale(), scale());
    const QRectF source(chart.mapToScene(QPointF(0, 0)), logicalSize());
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(QRectF(QPointF(0, 0), logicalSize()), chart.palette().background);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    chart.scene()->render(&painter, QRectF(QPointF(0, 0), logicalSize()), source, Qt::IgnoreAspectRatio);
}

QImage ChartExporter::renderImage(TickerChart &chart)
{
    return *renderImage(chart, [](int, int) { return true; });
}

std::optional<QImage> ChartExporter::renderImage(TickerChart &chart, const std::function<bool(int, int)> &afterStrip)
{
    layOut(chart);
    QImage image(m_options.size, QImage::Format_ARGB32_Premultiplied); // paint() fills every pixel
    constexpr int kStripHeight = 512;
    const int strips = (image.height() + kStripHeight - 1) / kStripHeight;
    for (int strip = 0; strip < strips; ++strip) {
        {
            QPainter painter(&image);
            painter.setClipRect(QRect(0, strip * kStripHeight, image.width(), kStripHeight));
            paint(chart, painter);
        }
        if (!afterStrip(strip + 1, strips))
            return std::nullopt;
    }
    // Only now: a DPI set before painting would size the text a second time.
    const int dotsPerMeter = qRound(m_options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QList<QPair<QString, QString>> ChartExporter::pngTexts(const TickerChart &chart)
{
    QList<QPair<QString, QString>> texts;
    if (!chart.title().isEmpty())
        texts.append({QStringLiteral("Title"), chart.title()});
    if (!chart.sourcesText().isEmpty())
        texts.append({QStringLiteral("Source"), chart.sourcesText()});
    texts.append({QStringLiteral("Software"), QStringLiteral("Tickerline")});
    return texts;
}

QByteArray ChartExporter::renderPng(TickerChart &chart)
{
    return encodeChartPng(renderImage(chart), m_options.dpi, pngTexts(chart));
}

QByteArray ChartExporter::renderSvg(TickerChart &chart)
{
    layOut(chart);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_options.size);
    generator.setViewBox(QRectF(QPointF(0, 0), m_options.size));
    generator.setTitle(chart.title());
    generator.setDescription(chart.sourcesText());
    generator.setResolution(96);
    {
        QPainter painter(&generator);
        paint(chart, painter);
    }
    return bytes;
}

QByteArray ChartExporter::renderPdf(TickerChart &chart)
{
    layOut(chart);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(m_options.dpi);
    writer.setPageSize(QPageSize(QSizeF(m_options.size) / m_options.dpi, QPageSize::Inch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(chart.title());
    writer.setCreator(QStringLiteral("Tickerline"));
    {
        QPainter painter(&writer);
        paint(chart, painter);
    }
    return bytes;
}

void ChartExporter::exportToFile(TickerChart &chart, const QString &path)
{
    const auto format = formatForPath(path);
    if (!format)
        throw Error(QStringLiteral("%1: unknown image format (use .png, .svg or .pdf)").arg(path));
    writeFile(path, *format == ExportFormat::Png   ? renderPng(chart)
                    : *format == ExportFormat::Svg ? renderSvg(chart)
                                                   : renderPdf(chart));
}

void ChartExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
}

QSize ChartExporter::copyToClipboard(TickerChart &chart)
{
    const QImage image = renderImage(chart);
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setImage(image);
    // The clipboard reports no error of its own: read the image back to know that it arrived.
    if (clipboard->image().size() != image.size())
        throw Error(QStringLiteral("the clipboard did not take the image"));
    return image.size();
}

} // namespace tickerline
