// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

namespace tickerline {

class EventTableModel;

// Narrows an EventTableModel to some kinds of event and to rows whose text contains every word
// typed (case-insensitive), and sorts it by any column (time sorts as time).
//
// Its own proxy rather than a QSortFilterProxyModel, for a million rows: while every row shows
// in the model's order (the window's usual state) the proxy's rows are the model's, with no
// mapping to build when the model is reset; a filter or a sort maps rows from one vector of
// source rows, made in a pass over the rows or the sorted order kept for the column.
// Only an EventTableModel can be its source (another model shows no rows).
class EventFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    void setKindVisible(EventKind kind, bool visible);
    void setVisibleKinds(const QList<EventKind> &kinds);
    void showAllKinds();
    bool isKindVisible(EventKind kind) const;
    QList<EventKind> visibleKinds() const;
    bool allKindsVisible() const;

    void setText(const QString &text);
    QString text() const { return m_text; }
    // By time, earliest first, is the model's own order: kept as it is, without a sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSourceModel(QAbstractItemModel *model) override;
    // The source rows the filter keeps, in the source's order (the timeline shows these rows of
    // the index).
    std::vector<std::uint32_t> acceptedSourceRows() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    void filterChanged();

private:
    // The rows shown: the source's own rows (every row, in its order), or these source rows.
    struct Rows
    {
        bool all = true;
        std::vector<int> source;
        bool operator==(const Rows &other) const { return all == other.all && source == other.source; }
    };

    static unsigned bit(EventKind kind) { return 1u << unsigned(kind); }
    void setKindMask(unsigned mask);
    bool sortsAsSource() const;
    // Whether row a comes before row b in the sort (a total order: ties go by time).
    bool before(int a, int b) const;
    bool accepts(int sourceRow) const;
    bool matchesText(int sourceRow) const;
    // The rows the filter and the sort show now (m_order must be current).
    Rows rowsNow() const;
    void sortAll();
    // The text rows, the sorted order and the rows shown, all anew.
    void remapAll();
    // Puts source rows whose sort key changed back in their place in m_order.
    void resort(int first, int last);
    void placeInOrder(int first, int last);
    void dropFromOrder(int first, int last);
    // Whether changed source rows are still shown or hidden as they were, in their places: then
    // a change of a cell (a count of quotes) costs no pass over a million rows.
    bool keepsPlaces(int first, int last) const;
    void setRows(Rows rows);
    // Shows these rows, as a layout change of the proxy, unless they are the rows shown already.
    void showRows(Rows rows);
    void beginLayout();
    void endLayout();
    void connectSource(QAbstractItemModel *model);
    void sourceRowsInserted(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceReset();

    // Works out m_textRows for every row: anew, or unless they are of the source's revision.
    void findAllTextRows();
    void findTextRows();
    // Keeps m_textRows in step with an edit of some rows, before the rows shown follow it.
    void followSource(const std::function<void()> &patch);
    std::vector<std::uint8_t> matchRows(int first, int last) const;

    QPointer<const EventTableModel> m_events;
    unsigned m_kindMask;
    QString m_text;
    QStringList m_words;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Every source row in the sort's order; empty while the sort is the source's own order.
    std::vector<int> m_order;
    Rows m_rows;
    // Proxy row by source row (-1 hidden), made when first asked for a sorted mapping.
    mutable std::vector<int> m_proxyRowOfSource;
    // A layout change under way: the proxy's persistent indexes and the source rows they showed.
    QModelIndexList m_layoutFrom;
    QList<QPersistentModelIndex> m_layoutSource;
    bool m_forwarding = false; // a source insertion or removal passed on as the proxy's own

    // The text filter compiled for the model's current rows (remade when either changes).
    mutable std::function<bool(int)> m_matches;
    mutable std::uint64_t m_matchesRevision = 0;
    // Which rows the text filter keeps, by source row, worked out for all rows at once (for a
    // million rows, a tenth of the time row by row) and kept in step with the source's edits;
    // valid for the source's revision m_textRowsRevision.
    std::vector<std::uint8_t> m_textRows;
    std::optional<std::uint64_t> m_textRowsRevision;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace tickerline
