// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxymodel.h"

#include "eventtablemodel.h"

#include <algorithm>

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
    findTextRows();
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
    const std::optional<std::vector<std::uint8_t>> before = textRowsNow();
    m_text = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_matches = nullptr;
    findAllTextRows();
    // Words that keep the rows kept before (a word in every title, a letter more of a word)
    // leave the proxy's mapping of a million rows as it is.
    if (!before || *before != textRowsNow())
        invalidate(); // a full remap: the incremental path removes scattered rows one range at a time
    emit filterChanged();
}

std::optional<std::vector<std::uint8_t>> EventFilterProxyModel::textRowsNow() const
{
    const EventTableModel *events = m_events.data();
    if (!events)
        return std::nullopt;
    if (m_words.isEmpty())
        return std::vector<std::uint8_t>(std::size_t(events->rowCount()), 1);
    if (m_textRowsRevision != events->revision())
        return std::nullopt;
    return m_textRows;
}

void EventFilterProxyModel::findAllTextRows()
{
    m_textRowsRevision.reset();
    findTextRows();
}

void EventFilterProxyModel::findTextRows()
{
    const EventTableModel *events = m_events.data();
    if (m_words.isEmpty() || !events) {
        m_textRows.clear();
        m_textRowsRevision.reset();
    } else if (m_textRowsRevision != events->revision()) {
        m_textRows = events->rowsMatchingText(m_words);
        m_textRowsRevision = events->revision();
    }
}

void EventFilterProxyModel::followSource(const std::function<void()> &patch)
{
    const EventTableModel *events = m_events.data();
    // An unchanged revision: nothing the filter reads changed (a zone, a count of quotes).
    if (!events || !m_textRowsRevision || *m_textRowsRevision == events->revision())
        return;
    patch(); // the rows were in step before this edit, the edit's own rows are matched here
    m_textRowsRevision = events->revision();
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_events = qobject_cast<const EventTableModel *>(model);
    if (m_events) {
        // Connected before the base class connects its own, so that these run first.
        const auto rows = [this](int first, int last) {
            if (!m_matches || m_matchesRevision != m_events->revision()) {
                m_matches = m_events->textMatcher(m_words);
                m_matchesRevision = m_events->revision();
            }
            std::vector<std::uint8_t> matched;
            for (int row = first; row <= last; ++row)
                matched.push_back(m_matches(row));
            return matched;
        };
        m_sourceConnections
            << connect(model, &QAbstractItemModel::modelReset, this, &EventFilterProxyModel::findAllTextRows)
            << connect(model, &QAbstractItemModel::layoutChanged, this, &EventFilterProxyModel::findAllTextRows)
            << connect(model, &QAbstractItemModel::rowsInserted, this,
                       [this, rows](const QModelIndex &, int first, int last) {
                           followSource([&] {
                               const std::vector<std::uint8_t> added = rows(first, last);
                               m_textRows.insert(m_textRows.begin() + first, added.begin(), added.end());
                           });
                       })
            << connect(model, &QAbstractItemModel::rowsRemoved, this,
                       [this](const QModelIndex &, int first, int last) {
                           followSource(
                               [&] { m_textRows.erase(m_textRows.begin() + first, m_textRows.begin() + last + 1); });
                       })
            << connect(model, &QAbstractItemModel::dataChanged, this,
                       [this, rows](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                           followSource([&] {
                               const std::vector<std::uint8_t> changed = rows(topLeft.row(), bottomRight.row());
                               std::copy(changed.begin(), changed.end(), m_textRows.begin() + topLeft.row());
                           });
                       });
    }
    QSortFilterProxyModel::setSourceModel(model);
    findAllTextRows();
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

std::vector<std::uint32_t> EventFilterProxyModel::acceptedSourceRows() const
{
    std::vector<std::uint32_t> rows;
    if (!sourceModel())
        return rows;
    const int count = sourceModel()->rowCount();
    for (int row = 0; row < count; ++row) {
        if (filterAcceptsRow(row, {}))
            rows.push_back(std::uint32_t(row));
    }
    return rows;
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (const EventTableModel *events = m_events.data()) {
        if (!(m_kindMask & (1u << unsigned(events->kindAt(sourceRow)))))
            return false;
        if (m_words.isEmpty())
            return true;
        if (m_textRowsRevision == events->revision() && std::size_t(sourceRow) < m_textRows.size())
            return m_textRows[std::size_t(sourceRow)] != 0;
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
