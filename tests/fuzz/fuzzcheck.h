// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares. A parser may refuse any input, but only with a tickerline::Error
// whose message names the file (DESIGN.md §10); anything else — another exception, a crash, a
// sanitizer report, a broken promise of the parser's header — is a finding, and findings abort so
// that libFuzzer keeps the input.

#include "error.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tickerline::fuzz {

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void finding(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "FINDING: %s\n%s\n", what, detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

inline void expect(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        finding(what, detail);
}

// The user sees only the message, so it has to say which file is wrong.
inline void checkRefusal(const Error &error, const QString &fileName)
{
    expect(error.message().startsWith(fileName), "an error message does not start with the file name",
           error.message());
}

} // namespace tickerline::fuzz
