// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the importer tests share: the sample files, instants written as ISO text, finding an
// event by title, and the message a parser throws.
#include "domain/entities.h"
#include "error.h"
#include "io/csvreader.h"
#include "time/isotime.h"

#include <QString>

namespace tickerline::testing {

inline QByteArray interopBytes(const char *relative)
{
    return CsvReader::readFile(QStringLiteral(TICKERLINE_TEST_DATA "/interop/") + QString::fromUtf8(relative));
}

inline std::int64_t ms(const char *iso)
{
    return parseIsoTime(QString::fromUtf8(iso))->ms;
}

inline const Event *find(const Snapshot &snapshot, const QString &title)
{
    for (const Event &event : snapshot.events) {
        if (event.title == title)
            return &event;
    }
    return nullptr;
}

// The message of the Error that parse() throws, or "no error".
template<typename Parse>
QString errorMessageOf(Parse parse)
{
    try {
        parse();
    } catch (const Error &error) {
        return error.message();
    }
    return QStringLiteral("no error");
}

} // namespace tickerline::testing
