// SPDX-License-Identifier: GPL-3.0-or-later
// readTickerlineJson on arbitrary bytes. It reads the events straight from the bytes, so it must
// accept and refuse exactly what reading the file as one Qt JSON document does, with the same
// snapshot or message. The format is lossless, so a document it accepts must come back unchanged
// from write → read.

#include "fuzzcheck.h"
#include "io/tickerlinejson.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString fileName = QStringLiteral("fuzz.json");
    const QByteArray bytes = fuzz::bytesOf(data, size);
    (void)looksLikeTickerlineJson(bytes);
    QString documentRefusal;
    Snapshot document;
    try {
        document = readTickerlineJsonDocument(bytes, fileName);
    } catch (const Error &error) {
        documentRefusal = error.message();
    }
    Snapshot snapshot;
    try {
        snapshot = readTickerlineJson(bytes, fileName);
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
        fuzz::expect(error.message() == documentRefusal, "refused otherwise than as one document",
                     error.message() + QStringLiteral(" / ") + documentRefusal);
        return 0;
    }
    fuzz::expect(documentRefusal.isEmpty(), "accepted what one document refuses", documentRefusal);
    fuzz::expect(snapshot == document, "read otherwise than as one document", QString::fromUtf8(bytes.left(2000)));
    const QByteArray written = writeTickerlineJson(snapshot);
    try {
        const Snapshot again = readTickerlineJson(written, QStringLiteral("written.json"));
        fuzz::expect(again == snapshot, "write → read changed an accepted document", QString::fromUtf8(written));
    } catch (const Error &error) {
        fuzz::finding("the writer's output of an accepted document is refused", error.message());
    }
    return 0;
}
