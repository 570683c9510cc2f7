// SPDX-License-Identifier: GPL-3.0-or-later
// parseEventTime, the importers' byte-level date parser, on arbitrary bytes (it reads the bytes
// directly, so bounds are its own business). What it accepts, parseIsoTime reads the same way.

#include "fuzzcheck.h"
#include "io/eventimport.h"
#include "time/isotime.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy of exactly size bytes, so that ASan sees any read past the view's end.
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QString why;
    const auto parsed = parseEventTime(QByteArrayView(bytes.constData(), bytes.size()), &why);
    if (!parsed) {
        fuzz::expect(!why.isEmpty(), "a refusal without a reason", QString::fromUtf8(bytes));
        return 0;
    }
    // An offset may carry an instant at the edge of 1400–9999 just over it; that is not checked here.
    static const std::int64_t first = parseIsoTime(QStringLiteral("1400-01-02"))->ms;
    static const std::int64_t last = parseIsoTime(QStringLiteral("9999-12-30"))->ms;
    if (parsed->ms < first || parsed->ms > last)
        return 0;
    const QString printed = formatIsoUtc(parsed->ms);
    const auto again = parseIsoTime(printed);
    fuzz::expect(again && again->ms == parsed->ms, "an accepted time that prints outside parseIsoTime's range",
                 QString::fromUtf8(bytes) + QStringLiteral(" → ") + printed);
    return 0;
}
