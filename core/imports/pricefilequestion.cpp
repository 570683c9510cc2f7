// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricefilequestion.h"

#include "error.h"
#include "imports/formatregistry.h"

#include <QFile>
#include <QFileInfo>

namespace tickerline {

std::optional<PriceFileQuestion> PriceFileQuestion::about(const QString &path, const QString &format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // the import names the file it cannot read
    QByteArray head = file.read(kHeadBytes);
    // A head cut inside a row (or a UTF-8 sequence) would read as a broken file: keep whole lines.
    if (!file.atEnd()) {
        const qsizetype end = head.lastIndexOf('\n');
        if (end < 0)
            return std::nullopt;
        head.truncate(end + 1);
    }
    return about(head, path, format);
}

std::optional<PriceFileQuestion> PriceFileQuestion::about(const QByteArray &head, const QString &path,
                                                          const QString &format)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const FileFormat *chosen =
        format.isEmpty() ? registry.detect(head, QFileInfo(path).fileName()) : registry.find(format);
    if (!format.isEmpty() && !chosen)
        return std::nullopt; // the import refuses the unknown name
    if (chosen && (!chosen->carries(FormatContent::Prices) || chosen->carries(FormatContent::Dataset)))
        return std::nullopt;
    const QByteArrayView start = QByteArrayView(head).trimmed();
    if (!chosen && (start.startsWith('{') || start.startsWith('[') || start.startsWith('<')))
        return std::nullopt; // JSON or XML, whatever its first line splits into

    PriceFileQuestion question;
    question.m_path = path;
    question.m_head = head;
    // As the import reads it: a forced layout stays forced; otherwise the header's names decide,
    // and columns chosen by hand are read as the generic layout.
    if (!format.isEmpty())
        question.m_format = priceFormatFromString(chosen->name).value_or(PriceFormat::Auto);
    try {
        question.m_preview = PriceCsv::preview(head, path);
    } catch (const Error &) {
        return std::nullopt; // not CSV at all: the import says why
    }
    const PriceCsvPreview &preview = question.m_preview;
    if (!chosen && (preview.header.size() < 2 || preview.guessed.date < 0))
        return std::nullopt;
    if (!question.needsColumns() && !question.needsSymbol())
        return std::nullopt;
    return question;
}

PriceCsvResult PriceFileQuestion::check(const QString &symbol, const std::optional<PriceColumnMapping> &columns) const
{
    PriceCsvOptions options;
    options.format = m_format;
    options.symbol = symbol;
    options.columns = columns;
    return PriceCsv::parse(m_head, m_path, options);
}

} // namespace tickerline
