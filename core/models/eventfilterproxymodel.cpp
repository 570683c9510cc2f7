// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxymodel.h"

#include "eventtablemodel.h"

#include <algorithm>
#include <numeric>

namespace tickerline {

namespace {

constexpr unsigned kAllKinds = (1u << kEventKinds.size()) - 1;
// Changed rows up to this many are looked at one by one; more, and all rows are.
constexpr int kFewRows = 64;

} // namespace

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_kindMask(kAllKinds)
{}

void EventFilterProxyModel::setKindMask(unsigned mask)
{
    if (mask == m_kindMask)
        return;
    m_kindMask = mask;
    findTextRows();
    showRows(rowsNow());
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
    findAllTextRows();
    // Words that keep the rows kept before (a word in every title, a letter more of a word)
    // leave the rows as they are, without a layout change.
    showRows(rowsNow());
    emit filterChanged();
}

void EventFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return; // the order is kept through every edit
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    showRows(rowsNow());
}

bool EventFilterProxyModel::sortsAsSource() const
{
    return !m_events || m_sortColumn < 0 ||
           (m_sortColumn == EventTableModel::TimeColumn && m_sortOrder == Qt::AscendingOrder);
}

bool EventFilterProxyModel::before(int a, int b) const
{
    return m_sortOrder == Qt::AscendingOrder ? m_events->rowLessThan(m_sortColumn, a, b)
                                             : m_events->rowLessThan(m_sortColumn, b, a);
}

bool EventFilterProxyModel::accepts(int sourceRow) const
{
    return (m_kindMask & bit(m_events->kindAt(sourceRow))) && matchesText(sourceRow);
}

bool EventFilterProxyModel::matchesText(int sourceRow) const
{
    if (m_words.isEmpty())
        return true;
    if (m_textRowsRevision == m_events->revision() && std::size_t(sourceRow) < m_textRows.size())
        return m_textRows[std::size_t(sourceRow)] != 0;
    if (!m_matches || m_matchesRevision != m_events->revision()) {
        m_matches = m_events->textMatcher(m_words);
        m_matchesRevision = m_events->revision();
    }
    return m_matches(sourceRow);
}

EventFilterProxyModel::Rows EventFilterProxyModel::rowsNow() const
{
    Rows rows;
    if (!m_events) {
        rows.all = false;
        return rows;
    }
    const bool everyKind = m_kindMask == kAllKinds;
    if (everyKind && m_words.isEmpty() && sortsAsSource())
        return rows;
    rows.all = false;
    const int count = m_events->rowCount();
    const auto keep = [&](int row) {
        return (everyKind || (m_kindMask & bit(m_events->kindAt(row)))) && matchesText(row);
    };
    rows.source.reserve(std::size_t(count));
    if (sortsAsSource()) {
        for (int row = 0; row < count; ++row) {
            if (keep(row))
                rows.source.push_back(row);
        }
        if (rows.source.size() == std::size_t(count))
            return Rows{}; // words in every row: the rows shown as before, every one
    } else {
        for (int row : m_order) {
            if (keep(row))
                rows.source.push_back(row);
        }
    }
    return rows;
}

void EventFilterProxyModel::sortAll()
{
    m_order.clear();
    if (sortsAsSource())
        return;
    m_order = m_events->rowsInRankOrder(m_sortColumn);
    if (!m_order.empty()) {
        if (m_sortOrder == Qt::DescendingOrder) // the order is total: descending is its reverse
            std::reverse(m_order.begin(), m_order.end());
        return;
    }
    m_order.resize(std::size_t(m_events->rowCount()));
    std::iota(m_order.begin(), m_order.end(), 0);
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
}

void EventFilterProxyModel::resort(int first, int last)
{
    if (sortsAsSource())
        return;
    if (last - first >= kFewRows) {
        sortAll();
        return;
    }
    dropFromOrder(first, last);
    placeInOrder(first, last);
}

void EventFilterProxyModel::placeInOrder(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), row,
                                         [this](int placed, int added) { return before(placed, added); });
        m_order.insert(at, row);
    }
}

void EventFilterProxyModel::dropFromOrder(int first, int last)
{
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), [&](int row) { return row >= first && row <= last; }),
                  m_order.end());
}

void EventFilterProxyModel::setRows(Rows rows)
{
    m_rows = std::move(rows);
    m_proxyRowOfSource.clear();
}

void EventFilterProxyModel::showRows(Rows rows)
{
    if (rows == m_rows)
        return;
    beginLayout();
    setRows(std::move(rows));
    endLayout();
}

void EventFilterProxyModel::beginLayout()
{
    emit layoutAboutToBeChanged();
    // Taken after the signal, so that the indexes its receivers keep are among them.
    m_layoutFrom = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutFrom.size());
    for (const QModelIndex &index : std::as_const(m_layoutFrom))
        m_layoutSource << QPersistentModelIndex(mapToSource(index));
}

void EventFilterProxyModel::endLayout()
{
    QModelIndexList to;
    to.reserve(m_layoutSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        to << mapFromSource(source);
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSource.clear();
    emit layoutChanged();
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_events = qobject_cast<const EventTableModel *>(model);
    if (m_events)
        connectSource(model);
    m_matches = nullptr;
    remapAll();
    endResetModel();
}

void EventFilterProxyModel::connectSource(QAbstractItemModel *model)
{
    using Model = QAbstractItemModel;
    const auto startLayout = [this] { beginLayout(); };
    const auto finishLayout = [this] {
        remapAll();
        endLayout();
    };
    m_sourceConnections << connect(model, &Model::modelAboutToBeReset, this, [this] { beginResetModel(); })
                        << connect(model, &Model::modelReset, this, &EventFilterProxyModel::sourceReset)
                        << connect(model, &Model::layoutAboutToBeChanged, this, startLayout)
                        << connect(model, &Model::layoutChanged, this, finishLayout)
                        << connect(model, &Model::rowsAboutToBeMoved, this, startLayout)
                        << connect(model, &Model::rowsMoved, this, finishLayout)
                        << connect(model, &Model::columnsAboutToBeInserted, this, [this] { beginResetModel(); })
                        << connect(model, &Model::columnsInserted, this, &EventFilterProxyModel::sourceReset)
                        << connect(model, &Model::columnsAboutToBeRemoved, this, [this] { beginResetModel(); })
                        << connect(model, &Model::columnsRemoved, this, &EventFilterProxyModel::sourceReset)
                        << connect(model, &Model::rowsAboutToBeInserted, this,
                                   [this](const QModelIndex &, int first, int last) {
                                       // Every row shown, whatever it holds: the new rows show where they come.
                                       m_forwarding = m_rows.all && allKindsVisible() && m_words.isEmpty();
                                       if (m_forwarding)
                                           beginInsertRows({}, first, last);
                                       else
                                           beginLayout();
                                   })
                        << connect(
                               model, &Model::rowsInserted, this,
                               [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); })
                        << connect(model, &Model::rowsAboutToBeRemoved, this,
                                   [this](const QModelIndex &, int first, int last) {
                                       m_forwarding = m_rows.all; // the rows left are shown as they were
                                       if (m_forwarding)
                                           beginRemoveRows({}, first, last);
                                       else
                                           beginLayout();
                                   })
                        << connect(model, &Model::rowsRemoved, this,
                                   [this](const QModelIndex &, int first, int last) { sourceRowsRemoved(first, last); })
                        << connect(model, &Model::dataChanged, this, &EventFilterProxyModel::sourceDataChanged)
                        << connect(model, &Model::headerDataChanged, this,
                                   [this](Qt::Orientation orientation, int first, int last) {
                                       if (orientation == Qt::Horizontal)
                                           emit headerDataChanged(orientation, first, last);
                                       else if (rowCount() > 0)
                                           emit headerDataChanged(orientation, 0, rowCount() - 1);
                                   })
                        << connect(model, &QObject::destroyed, this, [this] {
                               // As Qt's proxies do: no signal, the window that owns both is going too.
                               m_events = nullptr;
                               m_order.clear();
                               setRows(Rows{false, {}});
                           });
}

void EventFilterProxyModel::sourceReset()
{
    remapAll();
    endResetModel();
}

void EventFilterProxyModel::remapAll()
{
    findAllTextRows();
    sortAll();
    setRows(rowsNow());
}

void EventFilterProxyModel::sourceRowsInserted(int first, int last)
{
    followSource([&] {
        const std::vector<std::uint8_t> added = matchRows(first, last);
        m_textRows.insert(m_textRows.begin() + first, added.begin(), added.end());
    });
    if (m_forwarding) {
        m_forwarding = false;
        endInsertRows();
        return;
    }
    if (!sortsAsSource()) {
        const int count = last - first + 1;
        for (int &row : m_order)
            row += row >= first ? count : 0;
        if (count > kFewRows)
            sortAll();
        else
            placeInOrder(first, last);
    }
    setRows(rowsNow());
    endLayout();
}

void EventFilterProxyModel::sourceRowsRemoved(int first, int last)
{
    followSource([&] { m_textRows.erase(m_textRows.begin() + first, m_textRows.begin() + last + 1); });
    if (m_forwarding) {
        m_forwarding = false;
        endRemoveRows();
        return;
    }
    if (!sortsAsSource()) {
        const int count = last - first + 1;
        dropFromOrder(first, last);
        for (int &row : m_order)
            row -= row > last ? count : 0;
    }
    setRows(rowsNow());
    endLayout();
}

void EventFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                              const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row(), last = bottomRight.row();
    followSource([&] {
        const std::vector<std::uint8_t> changed = matchRows(first, last);
        std::copy(changed.begin(), changed.end(), m_textRows.begin() + first);
    });
    // The filter and the sort read the index's arrays. An edit changes them with a dataChanged
    // naming no role; one naming only other roles (the time's text in another zone) leaves the
    // rows shown and their order as they are, which spares a pass over a million rows.
    const bool keysChanged = roles.isEmpty() || roles.contains(EventTableModel::SortRole) ||
                             roles.contains(EventTableModel::KindRole) ||
                             roles.contains(EventTableModel::SearchTextRole);
    if (keysChanged && !keepsPlaces(first, last)) {
        resort(first, last);
        showRows(rowsNow());
    }
    if (m_rows.all) {
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
    } else if (last - first < kFewRows) {
        for (int row = first; row <= last; ++row) {
            const QModelIndex shown = mapFromSource(m_events->index(row, 0));
            if (shown.isValid())
                emit dataChanged(index(shown.row(), topLeft.column()), index(shown.row(), bottomRight.column()), roles);
        }
    } else if (rowCount() > 0) {
        emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
    }
}

bool EventFilterProxyModel::keepsPlaces(int first, int last) const
{
    if (last - first >= kFewRows)
        return false;
    const bool everything = m_kindMask == kAllKinds && m_words.isEmpty();
    for (int row = first; row <= last; ++row) {
        const bool shown = mapFromSource(m_events->index(row, 0)).isValid();
        if (shown != (everything || accepts(row)))
            return false;
        if (sortsAsSource())
            continue;
        // In its place in the sorted order, and so among the rows shown (a part of it).
        const auto at = std::find(m_order.begin(), m_order.end(), row);
        if (at == m_order.end() || (at != m_order.begin() && !before(*(at - 1), row)) ||
            (at + 1 != m_order.end() && !before(row, *(at + 1))))
            return false;
    }
    return true;
}

QModelIndex EventFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EventFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int EventFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_events)
        return 0;
    return m_rows.all ? m_events->rowCount() : int(m_rows.source.size());
}

int EventFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_events ? 0 : m_events->columnCount();
}

bool EventFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant EventFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_events)
        return {};
    if (orientation == Qt::Horizontal)
        return m_events->headerData(section, orientation, role);
    const QModelIndex source = mapToSource(index(section, 0));
    return source.isValid() ? m_events->headerData(source.row(), orientation, role) : QVariant();
}

QModelIndex EventFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_events || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row = proxyIndex.row();
    if (m_rows.all)
        return m_events->index(row, proxyIndex.column());
    if (std::size_t(row) >= m_rows.source.size())
        return {};
    return m_events->index(m_rows.source[std::size_t(row)], proxyIndex.column());
}

QModelIndex EventFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_events || !sourceIndex.isValid() || sourceIndex.model() != m_events)
        return {};
    int row = sourceIndex.row();
    if (!m_rows.all) {
        const std::vector<int> &shown = m_rows.source;
        if (sortsAsSource()) {
            const auto at = std::lower_bound(shown.begin(), shown.end(), row);
            if (at == shown.end() || *at != row)
                return {};
            row = int(at - shown.begin());
        } else {
            if (m_proxyRowOfSource.empty()) {
                m_proxyRowOfSource.assign(std::size_t(m_events->rowCount()), -1);
                for (std::size_t proxyRow = 0; proxyRow < shown.size(); ++proxyRow)
                    m_proxyRowOfSource[std::size_t(shown[proxyRow])] = int(proxyRow);
            }
            if (std::size_t(row) >= m_proxyRowOfSource.size() || m_proxyRowOfSource[std::size_t(row)] < 0)
                return {};
            row = m_proxyRowOfSource[std::size_t(row)];
        }
    }
    return index(row, sourceIndex.column());
}

std::vector<std::uint32_t> EventFilterProxyModel::acceptedSourceRows() const
{
    std::vector<std::uint32_t> rows;
    if (!m_events)
        return rows;
    if (m_rows.all) {
        rows.resize(std::size_t(m_events->rowCount()));
        std::iota(rows.begin(), rows.end(), 0u);
    } else if (sortsAsSource()) {
        rows.assign(m_rows.source.begin(), m_rows.source.end());
    } else {
        std::vector<std::uint8_t> shown(std::size_t(m_events->rowCount()), 0);
        for (int row : m_rows.source)
            shown[std::size_t(row)] = 1;
        rows.reserve(m_rows.source.size());
        for (std::size_t row = 0; row < shown.size(); ++row) {
            if (shown[row])
                rows.push_back(std::uint32_t(row));
        }
    }
    return rows;
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

std::vector<std::uint8_t> EventFilterProxyModel::matchRows(int first, int last) const
{
    if (!m_matches || m_matchesRevision != m_events->revision()) {
        m_matches = m_events->textMatcher(m_words);
        m_matchesRevision = m_events->revision();
    }
    std::vector<std::uint8_t> matched;
    for (int row = first; row <= last; ++row)
        matched.push_back(m_matches(row));
    return matched;
}

} // namespace tickerline
