// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefpdf.h"

#include "brief/briefhtml.h"
#include "brief/eventbrief.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace tickerline {

namespace {

constexpr int kResolution = 300; // dots per inch of the layout; text stays vector at any value
const QMarginsF kMarginsMm{18, 16, 18, 14};
constexpr qreal kFooterMm = 8; // below the text: the page's number

qreal mm(qreal millimetres)
{
    return millimetres * kResolution / 25.4;
}

} // namespace

QByteArray BriefPdf::render(const EventBrief &brief, const QImage &chart, const QString &chartNote)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
    writer.setResolution(kResolution);
    writer.setTitle(tr("Event brief: %1").arg(brief.event.title));
    writer.setCreator(QStringLiteral("Tickerline"));

    const QRect page = writer.pageLayout().paintRectPixels(kResolution);
    const QSizeF body(page.width(), page.height() - mm(kFooterMm));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer); // font metrics of the PDF, not of a screen
    QFont font(QStringLiteral("DejaVu Sans"), 9);
    // Without ligatures: "selloff" reads back from the PDF as six letters, not as "ﬀ", so that a
    // search for it finds it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setPageSize(body);
    BriefHtml html(brief, BriefHtml::Target::TextDocument);
    document.setDefaultStyleSheet(html.styleSheet());
    const QUrl chartUrl(QStringLiteral("tickerline-brief:chart.png"));
    if (!chart.isNull()) {
        document.addResource(QTextDocument::ImageResource, chartUrl, chart);
        // QTextDocument reads an image's width in CSS pixels (1/96 inch) and scales it to the device.
        html.setChart(chartUrl.toString(), int(body.width() * 96 / kResolution), chartNote);
    } else {
        html.setChart({}, 0, chartNote);
    }
    document.setHtml(html.body());

    QPainter painter(&writer);
    const int pages = document.pageCount();
    QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -index * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, index * body.height()), body));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x7b, 0x87, 0x94));
        const QRectF footer(0, body.height(), body.width(), mm(kFooterMm));
        painter.drawLine(QPointF(0, footer.top() + mm(2)), QPointF(body.width(), footer.top() + mm(2)));
        const QRectF text = footer.adjusted(0, mm(3), 0, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(brief.event.title, Qt::ElideRight, int(body.width() * 0.7)));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, tr("page %1 of %2").arg(index + 1).arg(pages));
    }
    painter.end();
    buffer.close();
    return bytes;
}

} // namespace tickerline
