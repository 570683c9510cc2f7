// SPDX-License-Identifier: GPL-3.0-or-later
// WebAnnotation::read on arbitrary bytes, with the bundled episode's sources to resolve target
// URLs. The header promises an exact round trip, so accepted quotes are written and read back.

#include "fuzzcheck.h"
#include "io/tickerlinejson.h"
#include "io/webannotation.h"

#include <QFile>

using namespace tickerline;

namespace {

QList<Source> episodeSources()
{
    QFile file(QStringLiteral(TICKERLINE_EPISODE_JSON));
    if (!file.open(QIODevice::ReadOnly))
        fuzz::finding("cannot open the bundled episode", file.fileName());
    return readTickerlineJson(file.readAll(), file.fileName()).sources;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QList<Source> sources = episodeSources();
    const QString fileName = QStringLiteral("fuzz.json");
    QList<Quote> quotes;
    try {
        quotes = WebAnnotation::read(fuzz::bytesOf(data, size), fileName, sources);
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
        return 0;
    }
    const QByteArray written = WebAnnotation::write(quotes, sources);
    try {
        const QList<Quote> again = WebAnnotation::read(written, QStringLiteral("written.json"), sources);
        fuzz::expect(again == quotes, "write → read changed accepted quotes", QString::fromUtf8(written));
    } catch (const Error &error) {
        fuzz::finding("the writer's output of accepted quotes is refused", error.message());
    }
    return 0;
}
