// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttheme.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace tickerline {

enum class ChartKind { Price, Candles, Compare, Impact, Density };

QString toString(ChartKind kind);
std::optional<ChartKind> chartKindFromString(const QString &name);

// What to chart: the same request drives the window's panel and the `chart` command.
struct ChartRequest
{
    ChartKind kind = ChartKind::Price;
    QStringList symbols;
    std::optional<std::int64_t> fromMs;
    std::optional<std::int64_t> toMs;
    QString eventUid;     // anchor of compare and impact charts; marked on price charts
    bool showEvents = true; // event markers on price charts
    bool percent = true;  // compare: % change instead of an index of 100; impact: % instead of value
    ColourTheme theme = ColourTheme::Light;
};

} // namespace tickerline
