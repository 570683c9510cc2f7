// SPDX-License-Identifier: GPL-3.0-or-later
// PriceCsv::parse on arbitrary bytes, detected and in each forced layout. Accepted bars must keep
// the header's promise: sorted by time, no two at one instant.

#include "fuzzcheck.h"
#include "io/pricecsv.h"

#include <array>

using namespace tickerline;

namespace {

void parseAs(const QByteArray &bytes, PriceFormat format)
{
    const QString fileName = QStringLiteral("fuzz.csv");
    PriceCsvOptions options;
    options.format = format;
    try {
        const PriceCsvResult result = PriceCsv::parse(bytes, fileName, options);
        fuzz::expect(!result.series.symbol.isEmpty(), "a series without a symbol");
        const auto &bars = result.series.bars;
        for (std::size_t i = 1; i < bars.size(); ++i)
            fuzz::expect(bars[i - 1].tsMs < bars[i].tsMs, "bars not strictly sorted by time",
                         QStringLiteral("bar %1 of %2 (%3)").arg(i).arg(bars.size()).arg(toString(format)));
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    for (PriceFormat format : std::array{PriceFormat::Auto, PriceFormat::Yahoo, PriceFormat::Nasdaq,
                                         PriceFormat::Stooq, PriceFormat::Generic})
        parseAs(bytes, format);
    return 0;
}
