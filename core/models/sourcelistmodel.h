// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QList>

namespace tickerline {

// The sources of a dataset, one row each: where it appeared, what it is called, when, what kind
// of document, and where the original is.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OutletColumn, TitleColumn, DateColumn, KindColumn, UrlColumn, ColumnCount };
    enum Role {
        UidRole = Qt::UserRole + 1,
        PublishedMsRole, // qint64, or an invalid QVariant when the date is unknown
        SortRole,
    };

    explicit SourceListModel(QObject *parent = nullptr);

    void setSources(const QList<Source> &sources);
    const QList<Source> &sources() const { return m_sources; }
    const Source *sourceAt(int row) const;
    int rowOfSource(const QString &uid) const; // -1 when absent

    static QString kindLabel(const QString &kind);
    static QString formatPublished(const Source &source); // empty when unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Source> m_sources;
};

} // namespace tickerline
