// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricechartview.h"

#include "eventmarkerlayer.h"
#include "pricechart.h"
#include "time/isotime.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

namespace tickerline {

namespace {

constexpr double kMinSpanMs = 2.0 * kMsPerDay; // closer than two days, daily bars say nothing more
constexpr double kWheelStep = 0.85;            // one notch in: 85 % of the span

} // namespace

PriceChartView::PriceChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

void PriceChartView::setPriceChart(PriceChart *chart)
{
    m_price = chart;
}

void PriceChartView::request(double fromMs, double toMs)
{
    if (!m_price)
        return;
    // Keep the view on the data, with some room either side, and never narrower than two days.
    const double dataFrom = double(m_price->dataFromMs()), dataTo = double(m_price->dataToMs());
    const double slack = std::max((dataTo - dataFrom) * 0.5, 30.0 * kMsPerDay);
    double span = std::max(toMs - fromMs, kMinSpanMs);
    span = std::min(span, dataTo - dataFrom + 2 * slack);
    fromMs = std::clamp(fromMs, dataFrom - slack, dataTo + slack - span);
    const auto from = std::int64_t(fromMs), to = std::int64_t(fromMs + span);
    m_price->setRange(from, to);
    emit visibleRangeRequested(from, to);
}

void PriceChartView::zoomAt(qreal atX, double factor)
{
    if (!m_price)
        return;
    const QRectF plot = m_price->plotArea();
    const double from = double(m_price->fromMs()), to = double(m_price->toMs());
    const double share = plot.width() > 0 ? std::clamp((atX - plot.left()) / plot.width(), 0.0, 1.0) : 0.5;
    const double anchor = from + (to - from) * share;
    request(anchor - (anchor - from) * factor, anchor + (to - anchor) * factor);
}

void PriceChartView::panByPixels(qreal dx)
{
    if (!m_price || m_price->plotArea().width() <= 0)
        return;
    const double from = double(m_price->fromMs()), to = double(m_price->toMs());
    const double shift = -dx / m_price->plotArea().width() * (to - from);
    request(from + shift, to + shift);
}

void PriceChartView::wheelEvent(QWheelEvent *event)
{
    if (!m_price) {
        QChartView::wheelEvent(event);
        return;
    }
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomAt(mapToScene(event->position().toPoint()).x(), std::pow(kWheelStep, notches));
    event->accept();
}

void PriceChartView::mousePressEvent(QMouseEvent *event)
{
    QChartView::mousePressEvent(event); // markers take their clicks first
    if (m_price && event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_lastX = event->position().x();
    }
}

void PriceChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        panByPixels(event->position().x() - m_lastX);
        m_lastX = event->position().x();
    }
    QChartView::mouseMoveEvent(event);
}

void PriceChartView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QChartView::mouseReleaseEvent(event);
}

void PriceChartView::keyPressEvent(QKeyEvent *event)
{
    if (!m_price) {
        QChartView::keyPressEvent(event);
        return;
    }
    const qreal centre = m_price->plotArea().center().x();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAt(centre, kWheelStep); break;
    case Qt::Key_Minus: zoomAt(centre, 1 / kWheelStep); break;
    case Qt::Key_Left: panByPixels(m_price->plotArea().width() / 10); break;
    case Qt::Key_Right: panByPixels(-m_price->plotArea().width() / 10); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

bool PriceChartView::viewportEvent(QEvent *event)
{
    auto *chart = qobject_cast<TickerChart *>(this->chart());
    if (event->type() != QEvent::ToolTip || !chart)
        return QChartView::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const EventMarkerLayer *markers = m_price ? m_price->markers() : nullptr;
    const qsizetype group = markers ? markers->groupAtPosition(chart->mapFromScene(mapToScene(help->pos()))) : -1;
    if (group >= 0) {
        QToolTip::showText(help->globalPos(), markers->tooltip(group), viewport());
    } else if (!chart->isCaptionShown() && !chart->caption().isEmpty()) {
        // How the figures were derived, which a short chart does not draw.
        QToolTip::showText(help->globalPos(), chart->caption(), viewport());
    } else {
        QToolTip::hideText();
        event->ignore();
    }
    return true;
}

} // namespace tickerline
