// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefdocument.h"

#include "brief/briefhtml.h"
#include "brief/briefpdf.h"
#include "charts/chartexporter.h"
#include "error.h"

#include <QFileInfo>

namespace tickerline {

std::optional<BriefFormat> briefFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return BriefFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return BriefFormat::Html;
    return std::nullopt;
}

QByteArray renderBrief(BriefFormat format, const EventBrief &brief, const QImage &chart, const QString &chartNote)
{
    return format == BriefFormat::Pdf ? BriefPdf::render(brief, chart, chartNote)
                                      : BriefHtml::file(brief, chart, chartNote);
}

void writeBrief(const QString &path, const EventBrief &brief, const QImage &chart, const QString &chartNote)
{
    const auto format = briefFormatForPath(path);
    if (!format)
        throw Error(QStringLiteral("%1: a brief is written as .pdf or .html").arg(path));
    ChartExporter::writeFile(path, renderBrief(*format, brief, chart, chartNote));
}

} // namespace tickerline
