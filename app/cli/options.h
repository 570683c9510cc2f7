// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace tickerline {

// Parses a subcommand's arguments; wrong usage throws UsageError.
void parseOrThrow(QCommandLineParser &parser, const QStringList &args, const QString &command);

// A --from/--to value: a date means its first (from) or last (to) millisecond.
std::optional<std::int64_t> timeOption(const QCommandLineParser &parser, const QString &name, bool endOfDay);

// A whole-number option within bounds, or the fallback when it is absent.
int intOption(const QCommandLineParser &parser, const QString &name, int fallback, int min, int max);

// An event window "-1,5" → {-1, 5}: the first and last session offset (study, brief).
std::pair<int, int> parseWindow(const QString &text);

} // namespace tickerline
