// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineJs::parseJson (the TimelineJS3 JSON) on arbitrary bytes.

#include "fuzzcheck.h"
#include "io/timelinejs.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString fileName = QStringLiteral("fuzz.json");
    const QByteArray bytes = fuzz::bytesOf(data, size);
    (void)TimelineJs::looksLikeJson(bytes);
    try {
        const Snapshot snapshot = TimelineJs::parseJson(bytes, fileName);
        for (const Event &event : snapshot.events)
            fuzz::expect(!event.endMs || *event.endMs >= event.startMs, "an event that ends before it starts",
                         event.uid);
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
    }
    return 0;
}
