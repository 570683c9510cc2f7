// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "style/palette.h"
#include "timeline/timeaxis.h"

#include <QAccessible>
#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {

constexpr std::int64_t kMinSpanMs = 10 * 60'000;                       // ten minutes
constexpr std::int64_t kMaxSpanMs = 400LL * 365 * 86'400'000;          // four centuries
constexpr double kWheelStep = 1.25;

} // namespace

TimelineView::TimelineView(EventSelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_painter(std::make_unique<TimelinePainter>(font())),
      m_laneBar(new QScrollBar(Qt::Vertical, this))
{
    m_laneBar->hide();
    m_laneBar->setCursor(Qt::ArrowCursor);
    m_laneBar->setAccessibleName(tr("Scroll lanes"));
    connect(m_laneBar, &QScrollBar::valueChanged, this, [this] { update(); });
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("No event selected"));
    if (m_selection) {
        connect(m_selection, &EventSelection::currentEventChanged, this,
                &TimelineView::followSelection);
        connect(m_selection, &EventSelection::visibleRangeChanged, this,
                [this](std::int64_t from, std::int64_t to) { setVisibleRange(from, to); });
    }
}

TimelineView::~TimelineView() = default;

void TimelineView::setEvents(const QList<Event> &events, const QList<Era> &eras,
                             const QHash<QString, QString> &actorNames)
{
    setIndex(TimelineIndex::fromEvents(events, actorNames, m_index->laneMode()), eras);
}

void TimelineView::setIndex(TimelineIndex index, const QList<Era> &eras)
{
    setSharedIndex(std::make_shared<TimelineIndex>(std::move(index)), eras);
}

void TimelineView::setSharedIndex(std::shared_ptr<TimelineIndex> index, const QList<Era> &eras)
{
    const LaneMode mode = m_index->laneMode();
    m_index = index ? std::move(index) : std::make_shared<TimelineIndex>();
    if (m_index->laneMode() != mode)
        m_index->setLaneMode(mode);
    m_eras = eras;
    m_selected.reset();
    m_hovered.reset();
    updateLaneBar();
    showAll();
    if (m_selection && !m_selection->currentEvent().isEmpty())
        followSelection(m_selection->currentEvent());
    updateAccessibleText();
    update();
}

void TimelineView::indexEdited()
{
    m_hovered.reset();
    const QString current = m_selection ? m_selection->currentEvent() : QString();
    m_selected = current.isEmpty() ? std::nullopt : m_index->findUid(current);
    updateLaneBar();
    updateAccessibleText();
    update();
}

void TimelineView::setFirstQuotes(const QHash<QString, QString> &quotes)
{
    m_firstQuotes = quotes;
    update(); // quoted events are labelled first
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_index->laneMode())
        return;
    m_index->setLaneMode(mode);
    updateLaneBar();
    if (m_selected)
        revealLaneOf(*m_selected);
    update();
}

void TimelineView::updateLaneBar()
{
    const LaneLayout layout = TimelinePainter::laneLayout(rect(), m_index->lanes().size(), !m_eras.isEmpty());
    const int maximum = int(std::ceil(layout.maxScroll()));
    m_laneBar->setRange(0, maximum);
    m_laneBar->setPageStep(int(layout.bottom - layout.top));
    m_laneBar->setSingleStep(int(layout.laneHeight / 2));
    // In the right margin, beside the lanes, so that it covers no event.
    const int barWidth = std::min(m_laneBar->sizeHint().width(), int(TimelinePainter::kRightMargin));
    m_laneBar->setGeometry(width() - barWidth, int(layout.top), barWidth, int(layout.bottom - layout.top));
    m_laneBar->setVisible(maximum > 0);
}

void TimelineView::revealLaneOf(std::uint32_t entry)
{
    if (!m_laneBar->isVisible())
        return;
    const LaneLayout layout = TimelinePainter::laneLayout(rect(), m_index->lanes().size(), !m_eras.isEmpty());
    const auto &lanes = m_index->lanes();
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (!std::binary_search(lanes[i].entries.begin(), lanes[i].entries.end(), entry))
            continue;
        const double top = double(i) * layout.laneHeight, bottom = top + layout.laneHeight;
        const double view = layout.bottom - layout.top;
        if (top < m_laneBar->value())
            m_laneBar->setValue(int(top));
        else if (bottom > m_laneBar->value() + view)
            m_laneBar->setValue(int(std::ceil(bottom - view)));
        return;
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLaneBar();
}

void TimelineView::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_eventZones = false;
    updateAccessibleText();
    update();
}

void TimelineView::setEventZoneMode()
{
    m_eventZones = true;
    updateAccessibleText();
    update();
}

void TimelineView::showAll()
{
    if (m_index->isEmpty()) {
        setVisibleRange(m_fromMs, m_toMs);
        return;
    }
    const std::int64_t first = m_index->firstMs();
    // Day-precision ends are the midnight of the last day: show that day whole.
    const std::int64_t last = std::max(m_index->lastMs() + 86'400'000, first + kMinSpanMs);
    const std::int64_t pad = (last - first) / 20;
    setVisibleRange(first - pad, last + pad);
}

void TimelineView::setVisibleRange(std::int64_t fromMs, std::int64_t toMs)
{
    std::int64_t span = std::clamp(toMs - fromMs, kMinSpanMs, kMaxSpanMs);
    const std::int64_t centre = fromMs / 2 + toMs / 2;
    fromMs = centre - span / 2;
    toMs = fromMs + span;
    if (toMs - fromMs == span && fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    publishRange();
    update();
}

void TimelineView::publishRange()
{
    if (m_selection)
        m_selection->setVisibleRange(m_fromMs, m_toMs);
}

double TimelineView::xForMs(std::int64_t ms) const
{
    const double left = TimelinePainter::kGutter;
    const double width = std::max(10, this->width() - TimelinePainter::kGutter - TimelinePainter::kRightMargin);
    return left + double(ms - m_fromMs) / double(m_toMs - m_fromMs) * width;
}

std::int64_t TimelineView::msForX(double x) const
{
    const double left = TimelinePainter::kGutter;
    const double width = std::max(10, this->width() - TimelinePainter::kGutter - TimelinePainter::kRightMargin);
    return m_fromMs + std::llround((x - left) / width * double(m_toMs - m_fromMs));
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    // The instant under the anchor stays where it is.
    const double left = TimelinePainter::kGutter;
    const double width = std::max(10, this->width() - TimelinePainter::kGutter - TimelinePainter::kRightMargin);
    const double fraction = std::clamp((anchorX - left) / width, 0.0, 1.0);
    const double anchorMs = double(m_fromMs) + fraction * double(m_toMs - m_fromMs);
    const double span = std::clamp(double(m_toMs - m_fromMs) / factor, double(kMinSpanMs), double(kMaxSpanMs));
    const auto from = static_cast<std::int64_t>(std::llround(anchorMs - fraction * span));
    const auto to = from + static_cast<std::int64_t>(std::llround(span));
    m_fromMs = from;
    m_toMs = to;
    publishRange();
    update();
}

QString TimelineView::selectedUid() const
{
    return m_selected ? m_index->uid(*m_selected) : QString();
}

QTimeZone TimelineView::zoneOf(std::uint32_t entry) const
{
    if (!m_eventZones)
        return m_zone;
    const QTimeZone own(m_index->zoneId(entry));
    return own.isValid() ? own : QTimeZone::utc();
}

QString TimelineView::describeEvent(std::uint32_t entry) const
{
    const TimelineEntry &e = m_index->entry(entry);
    std::optional<std::int64_t> end;
    if (e.isSpan())
        end = e.endMs;
    QString text = m_index->title(entry) + QStringLiteral(", ")
                   + formatEventTime(e.startMs, end, e.precision(), zoneOf(entry));
    if (e.isUncertain())
        text = tr("%1 (uncertain)").arg(text);
    return text;
}

void TimelineView::select(std::optional<std::uint32_t> entry, bool reveal)
{
    m_selected = entry;
    if (entry && reveal) {
        const TimelineEntry &e = m_index->entry(*entry);
        const std::int64_t span = m_toMs - m_fromMs;
        const std::int64_t margin = span / 12;
        if (e.startMs < m_fromMs + margin || e.startMs > m_toMs - margin)
            setVisibleRange(e.startMs - span / 2, e.startMs - span / 2 + span);
    }
    if (entry)
        revealLaneOf(*entry);
    if (m_selection)
        m_selection->setCurrentEvent(selectedUid());
    updateAccessibleText();
    update();
}

void TimelineView::followSelection(const QString &uid)
{
    const std::optional<std::uint32_t> entry = uid.isEmpty() ? std::nullopt : m_index->findUid(uid);
    if (entry == m_selected)
        return;
    m_selected = entry;
    if (entry)
        revealLaneOf(*entry);
    updateAccessibleText();
    update();
}

void TimelineView::updateAccessibleText()
{
    const QString name = m_selected ? tr("Timeline, selected: %1").arg(m_index->title(*m_selected)) : tr("Timeline");
    const QString description = m_selected ? describeEvent(*m_selected)
                                           : tr("No event selected");
    if (name != accessibleName()) {
        setAccessibleName(name);
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelineFrame frame;
    frame.index = m_index.get();
    frame.eras = &m_eras;
    frame.fromMs = m_fromMs;
    frame.toMs = m_toMs;
    frame.zone = m_zone;
    frame.eventZones = m_eventZones;
    frame.selected = m_selected;
    frame.hovered = m_hovered;
    frame.laneScroll = m_laneBar->isVisible() ? m_laneBar->value() : 0;
    frame.filtered = m_filtered;
    frame.quoted = &m_firstQuotes;
    // From the palette at every frame: a change of theme shows at the next repaint.
    m_painter->setColours(palette::ViewColours::of(palette()));
    m_painter->paint(painter, rect(), frame);
    if (hasFocus()) {
        QPen pen(palette().color(QPalette::Highlight), 2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    // Over the lane names the wheel scrolls the lanes; over the time area it zooms.
    if (m_laneBar->isVisible() && event->position().x() < TimelinePainter::kGutter && delta.y() != 0) {
        m_laneBar->setValue(m_laneBar->value() - delta.y() * m_laneBar->singleStep() / 120);
        event->accept();
        return;
    }
    if (delta.y() == 0) {
        if (delta.x() != 0) { // horizontal scroll pans
            const std::int64_t shift = (m_toMs - m_fromMs) * -delta.x() / 1200;
            setVisibleRange(m_fromMs + shift, m_toMs + shift);
        }
        event->accept();
        return;
    }
    zoomBy(std::pow(kWheelStep, delta.y() / 120.0), event->position().x());
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressFromMs = m_fromMs;
    setFocus(Qt::MouseFocusReason);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 3) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const std::int64_t span = m_toMs - m_fromMs;
            const double width = std::max(10, this->width() - TimelinePainter::kGutter - TimelinePainter::kRightMargin);
            const auto shift = static_cast<std::int64_t>(std::llround(double(pos.x() - m_pressPos.x()) / width * double(span)));
            setVisibleRange(m_pressFromMs - shift, m_pressFromMs - shift + span);
        }
        return;
    }
    const TimelineHit hit = m_painter->hitAt(event->position());
    std::optional<std::uint32_t> hovered;
    if (hit.type == TimelineHit::Event)
        hovered = hit.entry;
    setCursor(hit.type == TimelineHit::None ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::ArrowCursor);
        return;
    }
    const TimelineHit hit = m_painter->hitAt(event->position());
    if (hit.type == TimelineHit::Event) {
        select(hit.entry, false);
    } else if (hit.type == TimelineHit::Badge) {
        // A badge opens by zooming in on what it stands for.
        const std::int64_t span = std::max<std::int64_t>(hit.toMs - hit.fromMs, kMinSpanMs);
        setVisibleRange(hit.fromMs - span / 4, hit.fromMs + span + span / 4);
    } else if (event->position().x() >= TimelinePainter::kGutter) {
        select(std::nullopt, false);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const TimelineHit hit = m_painter->hitAt(event->position());
    if (hit.type == TimelineHit::Event) {
        select(hit.entry, false);
        emit eventActivated(m_index->uid(hit.entry));
    } else if (hit.type == TimelineHit::None && m_painter->timeArea().contains(event->position())) {
        emit emptySpaceActivated(m_painter->msForX(event->position().x()));
    }
}

void TimelineView::setFiltered(bool filtered)
{
    if (m_filtered == filtered)
        return;
    m_filtered = filtered;
    update();
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_hovered) {
        m_hovered.reset();
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const std::size_t count = m_index->size();
    const double centreX = xForMs(m_fromMs / 2 + m_toMs / 2);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Left: {
        if (count == 0)
            break;
        const bool forward = event->key() == Qt::Key_Right;
        std::uint32_t next = 0;
        if (m_selected) {
            if (forward ? *m_selected + 1 >= count : *m_selected == 0)
                break;
            next = forward ? *m_selected + 1 : *m_selected - 1;
        } else {
            // Start from what is in view.
            const auto &entries = m_index->entries();
            const auto it = std::lower_bound(entries.begin(), entries.end(), m_fromMs,
                                             [](const TimelineEntry &e, std::int64_t ms) { return e.startMs < ms; });
            next = static_cast<std::uint32_t>(std::min<std::ptrdiff_t>(it - entries.begin(), std::ptrdiff_t(count) - 1));
        }
        select(next, true);
        break;
    }
    case Qt::Key_Home:
        if (count)
            select(0, true);
        break;
    case Qt::Key_End:
        if (count)
            select(static_cast<std::uint32_t>(count - 1), true);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(2.0, m_selected ? xForMs(m_index->entry(*m_selected).startMs) : centreX);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(0.5, m_selected ? xForMs(m_index->entry(*m_selected).startMs) : centreX);
        break;
    case Qt::Key_0:
        showAll();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected) {
            emit eventActivated(m_index->uid(*m_selected));
            // The source is shown beside, but the keys stay here: Esc, Home and the arrows keep
            // walking the timeline. A pane that takes focus once shown does so a turn later.
            setFocus(Qt::OtherFocusReason);
            QTimer::singleShot(0, this, [this] {
                if (isVisible() && !hasFocus())
                    setFocus(Qt::OtherFocusReason);
            });
        }
        break;
    case Qt::Key_Escape:
        select(std::nullopt, false);
        break;
    case Qt::Key_PageUp:
        m_laneBar->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        m_laneBar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QString TimelineView::precisionText(Precision precision)
{
    switch (precision) {
    case Precision::Year: return tr("to the year");
    case Precision::Month: return tr("to the month");
    case Precision::Day: return tr("to the day");
    case Precision::Hour: return tr("to the hour");
    case Precision::Minute: return tr("to the minute");
    case Precision::Second: break;
    }
    return tr("to the second");
}

QString TimelineView::tooltipFor(const TimelineHit &hit) const
{
    // Tooltips have a palette of their own: the quieter lines are quieter in it.
    const QPalette tips = QToolTip::palette();
    const QString muted =
        palette::mix(tips.color(QPalette::ToolTipText), tips.color(QPalette::ToolTipBase), 0.33).name();
    if (hit.type == TimelineHit::Event) {
        const TimelineEntry &e = m_index->entry(hit.entry);
        std::optional<std::int64_t> end;
        if (e.isSpan())
            end = e.endMs;
        QString html = QStringLiteral("<b>") + m_index->title(hit.entry).toHtmlEscaped() + QStringLiteral("</b><br>")
                       + formatEventTime(e.startMs, end, e.precision(), zoneOf(hit.entry)).toHtmlEscaped();
        QStringList facts{eventKindLabel(static_cast<EventKind>(e.kind)), precisionText(e.precision())};
        if (e.isUncertain())
            facts << tr("uncertain");
        html += QStringLiteral("<br><span style='color:%1'>").arg(muted) +
                facts.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("</span>");
        const QString quote = m_firstQuotes.value(m_index->uid(hit.entry));
        if (!quote.isEmpty()) {
            const QString shown = quote.size() > 220 ? quote.left(217) + QStringLiteral("…") : quote;
            html += QStringLiteral("<br><i>“") + shown.toHtmlEscaped() + QStringLiteral("”</i>");
        }
        return QStringLiteral("<qt>") + html + QStringLiteral("</qt>");
    }
    if (hit.type == TimelineHit::Badge) {
        QString html = QStringLiteral("<b>")
                       + (hit.count == 1 ? tr("1 event") : tr("%1 events").arg(QLocale().toString(hit.count)))
                       + QStringLiteral("</b>");
        for (std::uint32_t member : hit.members)
            html += QStringLiteral("<br>") + m_index->title(member).toHtmlEscaped();
        if (hit.count > hit.members.size())
            html += QStringLiteral("<br>…");
        html += QStringLiteral("<br><span style='color:%1'>%2</span>").arg(muted, tr("Click to zoom in"));
        return QStringLiteral("<qt>") + html + QStringLiteral("</qt>");
    }
    return {};
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const TimelineHit hit = m_painter->hitAt(help->pos());
        const QString text = tooltipFor(hit);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this, hit.rect.toAlignedRect());
        return true;
    }
    return QWidget::event(event);
}

} // namespace tickerline
