// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include <QDateTime>

namespace tickerline {

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventTableModel::setEvents(const QList<Event> &events, const QHash<QString, QString> &actorNames,
                                const QHash<QString, int> &quoteCounts)
{
    beginResetModel();
    m_events = events;
    m_actorNames = actorNames;
    m_quoteCounts = quoteCounts;
    m_rowOfUid.clear();
    for (int row = 0; row < m_events.size(); ++row)
        m_rowOfUid.insert(m_events[row].uid, row);
    endResetModel();
}

const Event *EventTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int EventTableModel::rowOfEvent(const QString &uid) const { return m_rowOfUid.value(uid, -1); }

void EventTableModel::setDisplayZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(int(m_events.size()) - 1, TimeColumn), {Qt::DisplayRole});
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
}

QString EventTableModel::formatTime(std::int64_t ms, Precision precision, const QTimeZone &zone)
{
    const bool calendarDate = precision == Precision::Year || precision == Precision::Month
                              || precision == Precision::Day;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, calendarDate ? QTimeZone::utc() : zone);
    switch (precision) {
    case Precision::Year:
        return time.toString(QStringLiteral("yyyy"));
    case Precision::Month:
        return time.toString(QStringLiteral("yyyy-MM"));
    case Precision::Day:
        return time.toString(QStringLiteral("yyyy-MM-dd"));
    case Precision::Hour:
    case Precision::Minute:
        return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Precision::Second:
        break;
    }
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString EventTableModel::formatEventTime(const Event &event, const QTimeZone &zone)
{
    QString text = formatTime(event.startMs, event.precision, zone);
    if (event.endMs) {
        QString end = formatTime(*event.endMs, event.precision, zone);
        // A session of one day reads as "2025-01-27 14:30 – 21:00", not the date twice.
        constexpr qsizetype kDateLength = 10;
        if (end.size() > kDateLength && end.left(kDateLength) == text.left(kDateLength))
            end = end.mid(kDateLength + 1);
        if (end != text)
            text += QStringLiteral(" – ") + end;
    }
    // A tilde is the analysts' shorthand for "about"; the tooltip spells it out.
    return event.uncertain ? QLatin1Char('~') + text : text;
}

QString EventTableModel::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Statement: return tr("Statement");
    case EventKind::Release: return tr("Release");
    case EventKind::Market: return tr("Market");
    case EventKind::Policy: return tr("Policy");
    case EventKind::Deal: return tr("Deal");
    case EventKind::Report: return tr("Report");
    case EventKind::Other: break;
    }
    return tr("Other");
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString EventTableModel::actorNames(const Event &event) const
{
    QStringList names;
    for (const EventActor &actor : event.actors) {
        const QString name = m_actorNames.value(actor.actor, actor.actor);
        if (!names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events[index.row()];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn: return formatEventTime(event, m_zone);
        case TitleColumn: return event.title;
        case KindColumn: return kindLabel(event.kind);
        case ActorsColumn: return actorNames(event);
        case SymbolsColumn: return event.symbols.join(QStringLiteral(", "));
        case QuotesColumn: return m_quoteCounts.value(event.uid);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = event.summary.isEmpty() ? event.title : event.summary;
        if (column == TimeColumn && event.uncertain)
            tip = tr("%1 (uncertain time)").arg(formatEventTime(event, m_zone).mid(1));
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (column == QuotesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UidRole:
        return event.uid;
    case StartMsRole:
        return qint64(event.startMs);
    case EndMsRole:
        return event.endMs ? QVariant(qint64(*event.endMs)) : QVariant();
    case KindRole:
        return int(event.kind);
    case SortRole:
        switch (column) {
        case TimeColumn: return qint64(event.startMs);
        case KindColumn: return int(event.kind);
        case QuotesColumn: return m_quoteCounts.value(event.uid);
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case SearchTextRole:
        return QStringList{event.title, event.summary, actorNames(event), event.symbols.join(QLatin1Char(' ')),
                           event.uid}
            .join(QLatin1Char('\n'));
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return m_zone == QTimeZone::utc() ? tr("Time (UTC)")
                                          : tr("Time (%1)").arg(QString::fromUtf8(m_zone.id()));
    case TitleColumn: return tr("Title");
    case KindColumn: return tr("Kind");
    case ActorsColumn: return tr("Actors");
    case SymbolsColumn: return tr("Symbols");
    case QuotesColumn: return tr("Quotes");
    }
    return {};
}

} // namespace tickerline
