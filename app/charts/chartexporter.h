// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QGraphicsScene;

namespace tickerline {

class TickerChart;

enum class ExportFormat { Png, Svg, Pdf };

struct ExportOptions
{
    QSize size{1600, 900}; // pixels of the image (PNG), of the viewport (SVG), of the page at `dpi` (PDF)
    int dpi = 96;          // 192 draws a 3840×2160 image like a 1920×1080 one at twice the detail
    bool footer = false;   // name the data's sources under the chart
};

// Renders a chart (one that no view shows: the exporter lays it out at the export size itself)
// to PNG, SVG or PDF, or to the clipboard. Works without a display (offscreen platform): the
// chart is laid out explicitly in a scene of its own, never through a widget. Files are written
// through QSaveFile, so a failure leaves no half-written file.
class ChartExporter final
{
public:
    explicit ChartExporter(ExportOptions options = {});

    const ExportOptions &options() const { return m_options; }
    static std::optional<ExportFormat> formatForPath(const QString &path);

    // Lays the chart out at the export size; afterwards the chart's mapToPosition() gives the
    // positions in the exported image (times dpi / 96 for an image of at least 640 × 360
    // logical pixels, see scale()).
    void layOut(TickerChart &chart);
    QImage renderImage(TickerChart &chart);
    // The same in horizontal strips, calling afterStrip(done, total) after each so that a large
    // image keeps the window responsive; false from it stops the rendering (no image).
    std::optional<QImage> renderImage(TickerChart &chart, const std::function<bool(int, int)> &afterStrip);
    // PNG's text chunks for the chart (title, sources, software).
    static QList<QPair<QString, QString>> pngTexts(const TickerChart &chart);
    // Writes through QSaveFile; throws Error naming the file when it cannot.
    static void writeFile(const QString &path, const QByteArray &bytes);
    QByteArray renderPng(TickerChart &chart);
    QByteArray renderSvg(TickerChart &chart);
    QByteArray renderPdf(TickerChart &chart);
    // Throws Error naming the file when it cannot be written or the format is not known.
    void exportToFile(TickerChart &chart, const QString &path);
    // Returns the size of the image copied; throws Error when the clipboard did not take it.
    QSize copyToClipboard(TickerChart &chart);

private:
    QSizeF logicalSize() const;
    // Logical pixels to image pixels: dpi / 96, less for an image smaller than the smallest
    // chart whose texts fit (kMinLogicalSize), which is drawn at that size and scaled down.
    qreal scale() const;
    void paint(TickerChart &chart, QPainter &painter);

    ExportOptions m_options;
};

} // namespace tickerline
