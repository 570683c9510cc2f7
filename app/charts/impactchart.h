// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/eventreaction.h"
#include "chartinput.h"
#include "tickerchart.h"

namespace tickerline {

// Each symbol's move on the first session an event reached, as bars sorted from the largest fall,
// in % or in market value (shares outstanding × change of the close), with the total and a
// caption that says how it was derived.
class ImpactChart final : public TickerChart
{
    Q_OBJECT

public:
    ImpactChart(const ChartInput &input, bool percent, ColourTheme theme, QGraphicsItem *parent = nullptr);

    const QList<SessionMove> &moves() const { return m_moves; } // in bar order
    double total() const { return m_total; }                   // market value; 0 in % mode

private:
    QList<SessionMove> m_moves;
    double m_total = 0;
};

// "−$1,246.7 B" / "+$31.4 B": a market value in billions with its sign.
QString formatBillions(double value);

} // namespace tickerline
