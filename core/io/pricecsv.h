// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace tickerline {

// The price CSV layouts that are recognised. Generic is any CSV whose header names a date and a
// close column; the named layouts only add their quirks (Nasdaq.com's "$" and MM/DD/YYYY dates,
// Stooq's <TICKER>,<PER>,<DATE>,<TIME>,… header with YYYYMMDD dates).
enum class PriceFormat { Auto, Yahoo, Nasdaq, Stooq, Generic };

QString toString(PriceFormat format);
std::optional<PriceFormat> priceFormatFromString(const QString &name); // auto, yahoo, nasdaq, stooq, generic

// Which column (0-based) holds what, for a file whose header names are not recognised; -1 for
// none. A date and a close column are required; open, high and low default to the close.
struct PriceColumnMapping
{
    int date = -1;
    int open = -1;
    int high = -1;
    int low = -1;
    int close = -1;
    int adjClose = -1;
    int volume = -1;

    bool isUsable() const { return date >= 0 && close >= 0; }
    friend bool operator==(const PriceColumnMapping &, const PriceColumnMapping &) = default;
};

struct PriceCsvOptions
{
    PriceFormat format = PriceFormat::Auto;    // anything but Auto forces that layout
    QString symbol;                            // overrides a symbol column and the file name
    std::optional<PriceColumnMapping> columns = std::nullopt; // chosen by hand: header names not read
};

// The start of a price file as a dialog shows it before the user maps its columns.
struct PriceCsvPreview
{
    QStringList header;               // the column names as written
    QList<QStringList> rows;          // the first rows after the header, as text
    PriceColumnMapping guessed;       // from the names, else (the date) from the values
    std::optional<PriceFormat> format; // the layout the header is read as; none: map by hand
    // The ticker the file gives: its yfinance ticker line, its symbol column's first value, else
    // its file name when that is a ticker; empty: the user has to name it.
    QString symbol;
};

struct PriceCsvResult
{
    PriceSeries series;                        // symbol and interval set; bars sorted by time; dataset left empty
    PriceFormat format = PriceFormat::Generic; // the layout that was read
    int skippedRows = 0;                       // rows without a close (e.g. holiday placeholders)
};

// Reads one symbol's bars from a price CSV.
//
// Symbol: the override, else a symbol/ticker column (all rows must agree), else the file name's
// stem. Symbols are kept as written ("^IXIC" stays "^IXIC"; a Stooq "NVDA.US" stays "NVDA.US"),
// because a silent renaming would merge or split series behind the user's back.
// Slashed dates are read the American way (MM/DD/YYYY), as Nasdaq.com and US exports write them.
// A file with a close column only gets open = high = low = close. Intraday files (a time column or
// ISO date-times) get an interval such as "1m" or "1h" from the smallest step between bars.
// Every problem is a tickerline::Error "FILE:LINE: column NAME: what is wrong".
class PriceCsv final
{
public:
    static PriceCsvResult parse(const QByteArray &data, const QString &fileName, const PriceCsvOptions &options = {});
    static PriceCsvResult readFile(const QString &path, const PriceCsvOptions &options = {});

    // The header and first rowCount rows, and the columns guessed. Throws Error only when the
    // start of the file is not CSV at all (NUL bytes, not UTF-8, an unterminated quote).
    static PriceCsvPreview preview(const QByteArray &data, const QString &fileName, int rowCount = 20);
    // The layout of a file from its first bytes (for format detection): none when its header does
    // not name a date and a close column.
    static std::optional<PriceFormat> sniff(QByteArrayView head);
};

} // namespace tickerline
