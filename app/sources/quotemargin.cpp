// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotemargin.h"

#include "style/palette.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace tickerline {

namespace {

constexpr int kPadding = 3;
constexpr int kMaxLanes = 4; // deeper nesting shares the last lane rather than widening the strip

} // namespace

QColor QuoteMargin::fuzzyColor()
{
    return QColor(0xf0, 0x8c, 0x00);
}

QuoteMargin::QuoteMargin(QPlainTextEdit *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("quoteMargin"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Every scroll or relayout of the text moves the bars with it.
    connect(view, &QPlainTextEdit::updateRequest, this, [this] { update(); });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { update(); });
}

void QuoteMargin::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    std::stable_sort(m_marks.begin(), m_marks.end(), [](const Mark &a, const Mark &b) { return a.from < b.from; });
    assignLanes();
    updateGeometry();
    update();
}

void QuoteMargin::assignLanes()
{
    // Greedy interval colouring: each bar takes the first lane whose last bar has ended.
    m_lanes.clear();
    QList<qsizetype> laneEnds;
    for (const Mark &mark : std::as_const(m_marks)) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > mark.from)
            ++lane;
        lane = std::min(lane, kMaxLanes - 1);
        if (lane >= laneEnds.size())
            laneEnds.append(mark.to);
        else
            laneEnds[lane] = std::max(laneEnds[lane], mark.to);
        m_lanes << lane;
    }
    m_laneCount = int(laneEnds.size());
}

QSize QuoteMargin::sizeHint() const
{
    const int lanes = std::max(1, m_laneCount);
    return {2 * kPadding + lanes * kBarWidth + (lanes - 1) * kBarGap, 40};
}

QRect QuoteMargin::barRect(int index) const
{
    const Mark &mark = m_marks.at(index);
    QTextCursor cursor(m_view->document());
    const int length = m_view->document()->characterCount() - 1;
    cursor.setPosition(std::clamp(int(mark.from), 0, length));
    const QRect first = m_view->cursorRect(cursor);
    cursor.setPosition(std::clamp(int(mark.to), 0, length));
    const QRect last = m_view->cursorRect(cursor);
    // From the viewport's coordinates to ours: the strip sits beside the view, not inside it.
    const int offset = m_view->viewport()->mapTo(window(), QPoint()).y() - mapTo(window(), QPoint()).y();
    const int x = kPadding + m_lanes.at(index) * (kBarWidth + kBarGap);
    return QRect(QPoint(x, first.top() + offset + 1), QPoint(x + kBarWidth - 1, last.bottom() + offset - 1));
}

QRect QuoteMargin::barRect(const QString &quote) const
{
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks[i].quote == quote) {
            const QRect bar = barRect(i);
            return bar.intersects(rect()) ? bar : QRect();
        }
    }
    return {};
}

QString QuoteMargin::quoteAt(const QPoint &pos) const
{
    // The innermost (shortest) bar under the point, with a pixel of slack for a narrow target.
    QString best;
    int bestHeight = 0;
    for (int i = 0; i < m_marks.size(); ++i) {
        const QRect bar = barRect(i).adjusted(-kBarGap, 0, kBarGap, 0);
        if (bar.contains(pos) && (best.isEmpty() || bar.height() < bestHeight)) {
            best = m_marks[i].quote;
            bestHeight = bar.height();
        }
    }
    return best;
}

void QuoteMargin::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), m_view->palette().color(QPalette::Base));
    // A hairline between the strip and the text, the colour of the view's frame.
    painter.setPen(palette().color(QPalette::Midlight));
    painter.drawLine(width() - 1, 0, width() - 1, height());
    const bool dark = palette::isDark(m_view->palette());

    for (int i = 0; i < m_marks.size(); ++i) {
        const Mark &mark = m_marks[i];
        const QRect bar = barRect(i);
        if (!bar.intersects(event->rect()))
            continue;
        // A shade further from the background than the highlight it stands beside.
        const QColor color = dark ? (mark.emphasized ? mark.color.lighter(190) : mark.color.lighter(140))
                                  : (mark.emphasized ? mark.color.darker(150) : mark.color.darker(115));
        if (mark.fuzzy) {
            // Dashes of the bar's width, amber: unmistakable next to a solid bar.
            QPen pen(fuzzyColor(), kBarWidth, Qt::CustomDashLine, Qt::FlatCap);
            pen.setDashPattern({1.0, 0.75});
            painter.setPen(pen);
            const qreal x = bar.left() + kBarWidth / 2.0;
            painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom() + 1));
        } else {
            painter.fillRect(bar, color);
        }
    }
}

void QuoteMargin::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString quote = quoteAt(event->position().toPoint());
        if (!quote.isEmpty())
            emit quoteActivated(quote);
    }
    QWidget::mouseReleaseEvent(event);
}

bool QuoteMargin::event(QEvent *event)
{
    if (event->type() == QEvent::MouseMove) {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        setCursor(quoteAt(pos).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    }
    return QWidget::event(event);
}

} // namespace tickerline
