// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <functional>

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

    QPointer<const EventTableModel> m_events; // the source, when it is one: compared without a cast
    unsigned m_kindMask;
    QString m_text;
    QStringList m_words;
    // The text filter compiled for the model's current rows (remade when either changes).
    mutable std::function<bool(int)> m_matches;
    mutable std::uint64_t m_matchesRevision = 0;
};

} // namespace tickerline
