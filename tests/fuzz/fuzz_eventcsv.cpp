// SPDX-License-Identifier: GPL-3.0-or-later
// EventCsv::parse on arbitrary bytes. The header promises that parse(write(s)) gives the same
// events, so every accepted file is written and read back (provenance aside: the dataset of a
// file is named after its bytes).

#include "fuzzcheck.h"
#include "io/eventcsv.h"

using namespace tickerline;

namespace {

QList<Event> withoutProvenance(QList<Event> events)
{
    for (Event &event : events)
        event.dataset.clear();
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString fileName = QStringLiteral("fuzz.csv");
    const QByteArray bytes = fuzz::bytesOf(data, size);
    (void)EventCsv::looksLikeHeader(bytes.left(bytes.indexOf('\n')));
    Snapshot snapshot;
    try {
        snapshot = EventCsv::parse(bytes, fileName);
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
        return 0;
    }
    QByteArray written;
    try {
        written = EventCsv::write(snapshot);
    } catch (const Error &) {
        return 0; // an actor name with ";" cannot be written; the writer says so
    }
    try {
        const Snapshot again = EventCsv::parse(written, QStringLiteral("written.csv"));
        fuzz::expect(withoutProvenance(again.events) == withoutProvenance(snapshot.events),
                     "write → parse changed the events", QString::fromUtf8(written));
    } catch (const Error &error) {
        fuzz::finding("the writer's output of an accepted file is refused", error.message());
    }
    return 0;
}
