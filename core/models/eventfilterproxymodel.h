// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>
#include <vector>

namespace tickerline {

class EventTableModel;

// Narrows an EventTableModel to some kinds of event and to rows whose text contains every word
// typed (case-insensitive), and sorts on the model's SortRole so time sorts as time.
class EventFilterProxyModel final : public QSortFilterProxyModel
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
    // By time, earliest first, is the model's own order: kept as it is, which spares a sort of a
    // million rows after every load (the view's header still shows the column).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QString text() const { return m_text; }
    void setSourceModel(QAbstractItemModel *model) override;
    // The source rows the filter keeps, in the source's order: what filterAcceptsRow says of
    // each, read without the proxy's own mapping (the timeline shows these rows of the index).
    std::vector<std::uint32_t> acceptedSourceRows() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Every column compares through EventTableModel::rowLessThan: a million rows sort without a
    // QVariant or a string each.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static unsigned bit(EventKind kind) { return 1u << unsigned(kind); }
    void setKindMask(unsigned mask);
    // Works out m_textRows for every row, before the whole filter runs again: anew, or unless
    // they are of the source's current revision.
    void findAllTextRows();
    // Which rows the text filter keeps now, one byte a row (1 kept), when that is known without
    // asking row by row.
    std::optional<std::vector<std::uint8_t>> textRowsNow() const;
    void findTextRows();
    // Keeps m_textRows in step with an edit of some rows, before the base class filters them.
    void followSource(const std::function<void()> &patch);

    QPointer<const EventTableModel> m_events; // the source, when it is one: compared without a cast
    unsigned m_kindMask;
    QString m_text;
    QStringList m_words;
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
