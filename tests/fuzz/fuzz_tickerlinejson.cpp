// SPDX-License-Identifier: GPL-3.0-or-later
// readTickerlineJson on arbitrary bytes. The format is lossless, so a document it accepts must
// come back unchanged from write → read.

#include "fuzzcheck.h"
#include "io/tickerlinejson.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString fileName = QStringLiteral("fuzz.json");
    const QByteArray bytes = fuzz::bytesOf(data, size);
    (void)looksLikeTickerlineJson(bytes);
    Snapshot snapshot;
    try {
        snapshot = readTickerlineJson(bytes, fileName);
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
        return 0;
    }
    const QByteArray written = writeTickerlineJson(snapshot);
    try {
        const Snapshot again = readTickerlineJson(written, QStringLiteral("written.json"));
        fuzz::expect(again == snapshot, "write → read changed an accepted document", QString::fromUtf8(written));
    } catch (const Error &error) {
        fuzz::finding("the writer's output of an accepted document is refused", error.message());
    }
    return 0;
}
