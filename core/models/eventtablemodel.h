// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <cstdint>

namespace tickerline {

// One row per event, for tables and anything else that lists events. Times are shown in a display
// zone (UTC unless told otherwise) at the event's own precision; the raw values stay reachable
// through the roles so that sorting and filtering never parse display text.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TitleColumn, KindColumn, ActorsColumn, SymbolsColumn, QuotesColumn, ColumnCount };
    enum Role {
        UidRole = Qt::UserRole + 1,
        StartMsRole, // qint64
        EndMsRole,   // qint64, or an invalid QVariant for a point event
        KindRole,    // int(EventKind)
        SortRole,    // what a column sorts on: milliseconds, counts, or folded text
        SearchTextRole, // title, summary, actors, symbols and uid, for text filters
    };

    explicit EventTableModel(QObject *parent = nullptr);

    // actorNames maps actor uid → name; quoteCounts maps event uid → number of quotes.
    void setEvents(const QList<Event> &events, const QHash<QString, QString> &actorNames = {},
                   const QHash<QString, int> &quoteCounts = {});
    const QList<Event> &events() const { return m_events; }
    const Event *eventAt(int row) const;
    int rowOfEvent(const QString &uid) const; // -1 when absent

    void setDisplayZone(const QTimeZone &zone);
    QTimeZone displayZone() const { return m_zone; }

    // "2025-01-20 08:32:19", "2025-01-20", "~2025-01-26 – 2025-01-27": day, month and year
    // precision are calendar dates and are never shifted by the zone.
    static QString formatTime(std::int64_t ms, Precision precision, const QTimeZone &zone);
    static QString formatEventTime(const Event &event, const QTimeZone &zone);
    static QString kindLabel(EventKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString actorNames(const Event &event) const;

    QList<Event> m_events;
    QHash<QString, QString> m_actorNames;
    QHash<QString, int> m_quoteCounts;
    QHash<QString, int> m_rowOfUid;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace tickerline
