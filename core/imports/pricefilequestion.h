// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/pricecsv.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tickerline {

// A price CSV that cannot be imported as it is: its header does not name a date and a close
// column, or neither the file nor its name gives the symbol. The window asks the user (columns,
// symbol) before the import starts; the command line takes --columns and --symbol instead.
class PriceFileQuestion final
{
public:
    // How much of a file is read to preview it and to check a mapping before the import.
    static constexpr qsizetype kHeadBytes = 1024 * 1024;

    // The question a file raises when imported as `format` (a registry name; empty: its content
    // decides). None when the file is not a price CSV, or is one that reads as it is. A file that
    // no format recognises counts as a price CSV when it is CSV with a date column (by name or by
    // its values); anything else is left for the import to refuse with its own message.
    static std::optional<PriceFileQuestion> about(const QString &path, const QString &format = {});
    // The same from bytes already read (the start of the file will do).
    static std::optional<PriceFileQuestion> about(const QByteArray &head, const QString &path,
                                                  const QString &format = {});

    const QString &path() const { return m_path; }
    const PriceCsvPreview &preview() const { return m_preview; }
    bool needsColumns() const { return !m_preview.format; }
    bool needsSymbol() const { return m_preview.symbol.isEmpty(); }

    // Reads the start of the file as the import will with these answers (an empty symbol: the
    // file's own; no columns: the header's names), so a mapping is checked before anything is
    // written. Throws the parser's Error, "FILE:LINE: column NAME: what is wrong".
    PriceCsvResult check(const QString &symbol, const std::optional<PriceColumnMapping> &columns) const;

private:
    QString m_path;
    QByteArray m_head;                        // whole lines from the start of the file
    PriceFormat m_format = PriceFormat::Auto; // forced by the request
    PriceCsvPreview m_preview;
};

} // namespace tickerline
