// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefformat.h"

#include "analysis/eventreaction.h"
#include "charts/impactchart.h"

#include <QLocale>

#include <cmath>

namespace tickerline::brief {

namespace {

const QString kMinus = QStringLiteral("−");

bool isDollars(const QString &currency)
{
    return currency.isEmpty() || currency == QLatin1String("USD");
}

// "24490.0" → "24,490.0": QLocale::c() does not group digits, and the brief must not depend on
// the user's locale (the figures are checked against the command line's).
QString grouped(const QString &digits)
{
    QString text = digits;
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const qsizetype start = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    for (qsizetype i = (point < 0 ? text.size() : point) - 3; i > start; i -= 3)
        text.insert(i, QLatin1Char(','));
    return text;
}

QString sign(double value, bool plus)
{
    return value < 0 ? kMinus : (plus ? QStringLiteral("+") : QString());
}

// Rounded to two places first, so that −0.004 reads "0.00", not "−0.00".
QString signedFixed(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    return sign(rounded, true) + QLocale::c().toString(std::abs(rounded), 'f', decimals);
}

} // namespace

QString signedPercent(double percent)
{
    return signedFixed(percent, 2) + QStringLiteral(" %");
}

QString fractionAsPercent(double fraction)
{
    return signedPercent(100 * fraction);
}

QString price(double value, const QString &currency)
{
    const QString digits = grouped(QLocale::c().toString(std::abs(value), 'f', 2));
    if (isDollars(currency))
        return sign(value, false) + QLatin1Char('$') + digits;
    return sign(value, false) + digits + QLatin1Char(' ') + currency;
}

QString shares(std::int64_t count)
{
    return grouped(QLocale::c().toString(double(count) / 1e6, 'f', 1)) + QStringLiteral(" M");
}

QString money(double value, const QString &currency)
{
    if (isDollars(currency))
        return formatBillions(value);
    return sign(value, true) + grouped(QLocale::c().toString(std::abs(value) / 1e9, 'f', 1)) + QStringLiteral(" B ") +
           currency;
}

QString tStat(double value)
{
    return signedFixed(value, 2);
}

QString derivation(const SessionMove &move, const QString &currency)
{
    QString text = QStringLiteral("%1 %2").arg(move.symbol, signedPercent(move.percent()));
    const auto value = move.marketValueChange();
    if (!value || !move.shares)
        return text;
    return text + QStringLiteral(": %1 shares × (%2 − %3) = %4")
                      .arg(shares(*move.shares), price(move.close, currency), price(move.previousClose, currency),
                           money(*value, currency));
}

} // namespace tickerline::brief
