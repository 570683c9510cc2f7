// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "cli/commandcontext.h"
#include "time/isotime.h"

namespace tickerline {

void parseOrThrow(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{command} + args))
        throw UsageError{QStringLiteral("%1: %2").arg(command, parser.errorText())};
}

std::optional<std::int64_t> timeOption(const QCommandLineParser &parser, const QString &name, bool endOfDay)
{
    if (!parser.isSet(name))
        return std::nullopt;
    QString why;
    const auto parsed = parseIsoTime(parser.value(name), &why);
    if (!parsed)
        throw UsageError{QStringLiteral("--%1: %2").arg(name, why)};
    return parsed->dateOnly && endOfDay ? parsed->ms + kMsPerDay - 1 : parsed->ms;
}

int intOption(const QCommandLineParser &parser, const QString &name, int fallback, int min, int max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        throw UsageError{QStringLiteral("--%1 takes a whole number from %2 to %3").arg(name).arg(min).arg(max)};
    return value;
}

} // namespace tickerline
