// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxymodel.h"

#include "eventtablemodel.h"

namespace tickerline {

namespace {

constexpr unsigned kAllKinds = (1u << kEventKinds.size()) - 1;

} // namespace

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_kindMask(kAllKinds)
{
    setSortRole(EventTableModel::SortRole);
    setDynamicSortFilter(true);
}

void EventFilterProxyModel::setKindMask(unsigned mask)
{
    if (mask == m_kindMask)
        return;
    m_kindMask = mask;
    invalidate(); // a full remap: the incremental path removes scattered rows one range at a time
    emit filterChanged();
}

void EventFilterProxyModel::setKindVisible(EventKind kind, bool visible)
{
    setKindMask(visible ? (m_kindMask | bit(kind)) : (m_kindMask & ~bit(kind)));
}

void EventFilterProxyModel::setVisibleKinds(const QList<EventKind> &kinds)
{
    unsigned mask = 0;
    for (EventKind kind : kinds)
        mask |= bit(kind);
    setKindMask(mask);
}

void EventFilterProxyModel::showAllKinds() { setKindMask(kAllKinds); }

bool EventFilterProxyModel::isKindVisible(EventKind kind) const { return m_kindMask & bit(kind); }

QList<EventKind> EventFilterProxyModel::visibleKinds() const
{
    QList<EventKind> kinds;
    for (const EventKindInfo &row : kEventKinds) {
        if (m_kindMask & bit(row.kind))
            kinds << row.kind;
    }
    return kinds;
}

bool EventFilterProxyModel::allKindsVisible() const { return m_kindMask == kAllKinds; }

void EventFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_matches = nullptr;
    invalidate(); // a full remap: the incremental path removes scattered rows one range at a time
    emit filterChanged();
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_events = qobject_cast<const EventTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void EventFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    const bool modelOrder = column == EventTableModel::TimeColumn && order == Qt::AscendingOrder && m_events;
    QSortFilterProxyModel::sort(modelOrder ? -1 : column, order);
}

bool EventFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Called some twenty million times by a sort of a million rows.
    if (const EventTableModel *events = m_events.data())
        return events->rowLessThan(left.column(), left.row(), right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (const EventTableModel *events = m_events.data()) {
        if (!(m_kindMask & (1u << unsigned(events->kindAt(sourceRow)))))
            return false;
        if (m_words.isEmpty())
            return true;
        if (!m_matches || m_matchesRevision != events->revision()) {
            m_matches = events->textMatcher(m_words);
            m_matchesRevision = events->revision();
        }
        return m_matches(sourceRow);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant kind = index.data(EventTableModel::KindRole);
    if (kind.isValid() && !(m_kindMask & (1u << kind.toUInt())))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(EventTableModel::SearchTextRole).toString().toCaseFolded();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace tickerline
