// SPDX-License-Identifier: GPL-3.0-or-later
// ICalendar::parse on arbitrary bytes; what it accepts, ICalendar::write must give back so that it
// reads again to the same events.

#include "fuzzcheck.h"
#include "io/icalendar.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString fileName = QStringLiteral("fuzz.ics");
    const QByteArray bytes = fuzz::bytesOf(data, size);
    (void)ICalendar::looksLikeCalendar(bytes);
    Snapshot snapshot;
    try {
        snapshot = ICalendar::parse(bytes, fileName);
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
        return 0;
    }
    for (const Event &event : snapshot.events)
        fuzz::expect(!event.endMs || *event.endMs >= event.startMs, "an event that ends before it starts", event.uid);
    try {
        const Snapshot again = ICalendar::parse(ICalendar::write(snapshot), QStringLiteral("again.ics"));
        fuzz::expect(again.events.size() == snapshot.events.size(), "a written calendar reads to other events");
        for (qsizetype i = 0; i < again.events.size(); ++i) {
            const Event &a = snapshot.events.at(i);
            const Event &b = again.events.at(i);
            fuzz::expect(a.title == b.title && a.summary == b.summary && a.startMs == b.startMs && a.endMs == b.endMs &&
                             a.precision == b.precision && a.tz == b.tz && a.kind == b.kind,
                         "an event changed in a round trip", a.uid);
        }
    } catch (const Error &error) {
        fuzz::finding("a written calendar is refused", error.message());
    }
    return 0;
}
