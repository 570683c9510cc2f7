// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartinput.h"
#include "tickerchart.h"

namespace tickerline {

class ChartTimeAxis;

// Several symbols rebased to meet at a chosen event: 100 (or 0 %) at each symbol's last close
// before the event's first session, the price no reaction to the event could be in yet. With no
// event, at the first session shown.
class ComparisonChart final : public TickerChart
{
    Q_OBJECT

public:
    ComparisonChart(const ChartInput &input, bool percent, ColourTheme theme, QGraphicsItem *parent = nullptr);

    // The anchor of a symbol: (session, rebased value); nothing when it has no bar there.
    std::optional<QPointF> anchorPoint(const QString &symbol) const;
    std::int64_t anchorSessionMs() const { return m_anchorSessionMs; }

    void updateOverlays() override;

private:
    ChartTimeAxis *m_xAxis = nullptr;
    std::int64_t m_fromMs = 0;
    std::int64_t m_toMs = 0;
    qreal m_tickedWidth = 0;
    QHash<QString, QPointF> m_anchors;
    std::int64_t m_anchorSessionMs = 0;
};

} // namespace tickerline
