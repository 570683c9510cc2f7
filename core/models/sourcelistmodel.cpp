// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelistmodel.h"

#include "eventtablemodel.h"

#include <QTimeZone>

#include <limits>

namespace tickerline {

SourceListModel::SourceListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SourceListModel::setSources(const QList<Source> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

const Source *SourceListModel::sourceAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? &m_sources[row] : nullptr;
}

int SourceListModel::rowOfSource(const QString &uid) const
{
    for (int row = 0; row < m_sources.size(); ++row) {
        if (m_sources[row].uid == uid)
            return row;
    }
    return -1;
}

QString SourceListModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("article"))
        return tr("Article");
    if (kind == QLatin1String("post"))
        return tr("Post");
    if (kind == QLatin1String("filing"))
        return tr("Filing");
    if (kind.isEmpty() || kind == QLatin1String("other"))
        return tr("Other");
    return kind; // an unknown kind from a newer file is still worth showing as written
}

QString SourceListModel::formatPublished(const Source &source)
{
    if (!source.publishedMs)
        return {};
    const QString date = EventTableModel::formatTime(*source.publishedMs, source.precision, QTimeZone::utc());
    return source.uncertain ? QLatin1Char('~') + date : date;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &source = m_sources[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OutletColumn: return source.outlet;
        case TitleColumn: return source.title;
        case DateColumn: return formatPublished(source);
        case KindColumn: return kindLabel(source.kind);
        case UrlColumn: return source.url;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && source.uncertain)
            return tr("%1 (uncertain date)").arg(formatPublished(source).mid(1));
        return source.author.isEmpty() ? source.title : tr("%1, by %2").arg(source.title, source.author);
    case UidRole:
        return source.uid;
    case PublishedMsRole:
        return source.publishedMs ? QVariant(qint64(*source.publishedMs)) : QVariant();
    case SortRole:
        if (index.column() == DateColumn)
            return qint64(source.publishedMs.value_or(std::numeric_limits<std::int64_t>::min()));
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    default:
        break;
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OutletColumn: return tr("Outlet");
    case TitleColumn: return tr("Title");
    case DateColumn: return tr("Date");
    case KindColumn: return tr("Kind");
    case UrlColumn: return tr("Link");
    }
    return {};
}

} // namespace tickerline
