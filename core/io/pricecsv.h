// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tickerline {

// The price CSV layouts that are recognised. Generic is any CSV whose header names a date and a
// close column; the named layouts only add their quirks (Nasdaq.com's "$" and MM/DD/YYYY dates,
// Stooq's <TICKER>,<PER>,<DATE>,<TIME>,… header with YYYYMMDD dates).
enum class PriceFormat { Auto, Yahoo, Nasdaq, Stooq, Generic };

QString toString(PriceFormat format);
std::optional<PriceFormat> priceFormatFromString(const QString &name); // auto, yahoo, nasdaq, stooq, generic

struct PriceCsvOptions
{
    PriceFormat format = PriceFormat::Auto; // anything but Auto forces that layout
    QString symbol;                         // overrides a symbol column and the file name
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
// stem. Tickers are kept as written ("^IXIC" stays "^IXIC"; a Stooq "NVDA.US" stays "NVDA.US"),
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
};

} // namespace tickerline
