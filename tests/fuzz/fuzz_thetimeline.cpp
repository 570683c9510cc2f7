// SPDX-License-Identifier: GPL-3.0-or-later
// TheTimeline::parse (the .timeline XML of the Timeline program) on arbitrary bytes.

#include "fuzzcheck.h"
#include "io/thetimeline.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString fileName = QStringLiteral("fuzz.timeline");
    const QByteArray bytes = fuzz::bytesOf(data, size);
    (void)TheTimeline::looksLikeTimeline(bytes);
    try {
        const Snapshot snapshot = TheTimeline::parse(bytes, fileName);
        for (const Event &event : snapshot.events)
            fuzz::expect(!event.endMs || *event.endMs >= event.startMs, "an event that ends before it starts",
                         event.uid);
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
    }
    return 0;
}
