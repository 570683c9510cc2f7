// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include <cstdint>

namespace tickerline {

class PriceChart;

// Shows a PriceChart and lets the user move through time: the wheel zooms around the cursor,
// a drag pans, and each change is announced as a new visible range (which the panel hands to
// EventSelection). The chart itself re-decimates for the new range.
class PriceChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit PriceChartView(QWidget *parent = nullptr);

    void setPriceChart(PriceChart *chart); // takes ownership; null for another kind of chart
    PriceChart *priceChart() const { return m_price; }

    // Zooms by `factor` (< 1: in) around the time under the x coordinate `atX` of the viewport.
    void zoomAt(qreal atX, double factor);
    void panByPixels(qreal dx);

signals:
    void visibleRangeRequested(std::int64_t fromMs, std::int64_t toMs);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // An event marker (or its label) under the cursor names its events: title, kind and time.
    bool viewportEvent(QEvent *event) override;

private:
    void request(double fromMs, double toMs);

    PriceChart *m_price = nullptr;
    bool m_dragging = false;
    qreal m_lastX = 0;
};

} // namespace tickerline
