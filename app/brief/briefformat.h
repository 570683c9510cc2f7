// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace tickerline {

struct SessionMove;

// The brief's numbers, written as the rest of the application writes them: a true minus sign,
// a space before "%", billions of dollars as the impact chart gives them ("−$592.7 B").
namespace brief {

QString signedPercent(double percent);                // "−16.97 %", "+0.45 %"
QString fractionAsPercent(double fraction);           // study returns: −0.1697 → "−16.97 %"
QString price(double value, const QString &currency); // "$118.42", "118.42 EUR"
QString shares(std::int64_t count);                   // "24,490.0 M"
QString money(double value, const QString &currency); // "−$592.7 B"
QString tStat(double value);                          // "−7.29"
// "NVDA −16.97 %: 24,490.0 M shares × ($118.42 − $142.62) = −$592.7 B"; without a share count,
// the move alone.
QString derivation(const SessionMove &move, const QString &currency);

} // namespace brief

} // namespace tickerline
