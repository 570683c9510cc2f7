// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader over arbitrary bytes with each separator the importers use; every field of every
// record is read both as bytes and as text.

#include "fuzzcheck.h"
#include "io/csvreader.h"

using namespace tickerline;

namespace {

void readAll(const QByteArray &bytes, char separator)
{
    const QString fileName = QStringLiteral("fuzz.csv");
    try {
        CsvReader reader(bytes, fileName, separator);
        CsvRecord record;
        int lastLine = 0;
        while (reader.next(record)) {
            fuzz::expect(record.line() > lastLine, "record lines do not increase");
            lastLine = record.line();
            for (qsizetype i = 0; i < record.size(); ++i) {
                const QByteArrayView raw = record.raw(i);
                fuzz::expect(raw.size() <= CsvReader::kMaxFieldBytes, "a field past kMaxFieldBytes");
                fuzz::expect(raw.indexOf('\0') < 0, "a NUL byte inside a field");
                (void)record.text(i);
            }
            fuzz::expect(record.texts().size() == record.size(), "texts() and size() disagree");
            (void)record.text(record.size()); // past the end: empty, not a crash
        }
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    for (char separator : {',', ';', '\t'})
        readAll(bytes, separator);
    return 0;
}
