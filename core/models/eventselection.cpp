// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventselection.h"

namespace tickerline {

EventSelection::EventSelection(QObject *parent) : QObject(parent) {}

void EventSelection::setCurrentEvent(const QString &uid)
{
    if (uid == m_currentEvent)
        return;
    m_currentEvent = uid;
    emit currentEventChanged(uid);
}

void EventSelection::setVisibleRange(std::int64_t fromMs, std::int64_t toMs)
{
    if (toMs <= fromMs || (fromMs == m_fromMs && toMs == m_toMs))
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    emit visibleRangeChanged(fromMs, toMs);
}

} // namespace tickerline
