// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "cli/commandcontext.h"
#include "time/isotime.h"

#include <QRegularExpression>

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

// "-1,5" → {-1, 5}.
std::pair<int, int> parseWindow(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([+-]?\\d{1,4})\\s*,\\s*([+-]?\\d{1,4})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        throw UsageError{QStringLiteral("--window: \"%1\" is not FIRST,LAST (session offsets, e.g. -1,5)").arg(text)};
    const int first = match.captured(1).toInt(), last = match.captured(2).toInt();
    if (first > last)
        throw UsageError{QStringLiteral("--window: %1 comes after %2").arg(first).arg(last)};
    return {first, last};
}

} // namespace tickerline
