// SPDX-License-Identifier: GPL-3.0-or-later
// parseIsoTime on arbitrary text. A time it accepts lies in the years 1400–9999 and prints to
// text that parses back to the same instant.

#include "fuzzcheck.h"
#include "time/isotime.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));
    QString why;
    const auto parsed = parseIsoTime(text, &why);
    if (!parsed) {
        fuzz::expect(!why.isEmpty(), "a refusal without a reason", text);
        return 0;
    }
    static const std::int64_t first = parseIsoTime(QStringLiteral("1400-01-01"))->ms;
    static const std::int64_t last = parseIsoTime(QStringLiteral("9999-12-31T23:59:59.999Z"))->ms;
    // An offset may push an instant at the edge of the range a day over it, never more.
    fuzz::expect(parsed->ms >= first - kMsPerDay && parsed->ms <= last + kMsPerDay, "a year outside 1400–9999",
                 text);
    const QString printed = parsed->dateOnly ? formatIsoDate(parsed->ms) : formatIsoUtc(parsed->ms);
    const auto again = parseIsoTime(printed);
    fuzz::expect(again && again->ms == parsed->ms, "print → parse changed the instant",
                 text + QStringLiteral(" → ") + printed);
    return 0;
}
