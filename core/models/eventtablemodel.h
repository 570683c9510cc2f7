// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "models/eventsortkeys.h"
#include "timeline/timelineindex.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <cstdint>
#include <functional>
#include <memory>

namespace tickerline {

// One row per event, for tables and anything else that lists events. Times are shown in a display
// zone (UTC unless told otherwise) at the event's own precision; the raw values stay reachable
// through the roles so that sorting and filtering never parse display text. The rows are the
// entries of a TimelineIndex (in time order), shared with the timeline: a million events are
// listed from its compact arrays, and a row's text is made only when a view asks for it.
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
        SearchTextRole, // title, actors, symbols and uid, for text filters
    };

    explicit EventTableModel(QObject *parent = nullptr);

    // quoteCounts maps event uid → number of quotes; the index carries the actors' names.
    // sortKeys, when they were worked out for this index in this model's collation (see
    // sortCollator()), spare the first sort by title or actors ranking every row on this thread.
    void setIndex(std::shared_ptr<const TimelineIndex> index, const QHash<QString, int> &quoteCounts = {},
                  EventSortKeys sortKeys = {});
    // The same for an index that the model edits: its owner changes it through the model alone.
    void setEditableIndex(std::shared_ptr<TimelineIndex> index, const QHash<QString, int> &quoteCounts = {},
                          EventSortKeys sortKeys = {});
    // What titles and actors sort by: the default locale's collation when the model was made.
    const QCollator &sortCollator() const { return m_collator; }
    // Whether a sort by title and by actors has every row's rank (rows edited since compare by
    // text). Their collation was checked when they came (the model's never changes): sizes suffice.
    bool hasSortKeys() const
    {
        return m_sortKeys.titleRanks.size() == m_index->size() && m_sortKeys.actorRanks.size() == m_index->size();
    }
    // Edits of an editable index, one event at a time: each row goes or comes with its own
    // signal, so that a proxy and its views update that row alone, never a million.
    void removeEvent(const QString &uid);
    void insertEvent(const Event &event, int quotes = 0);
    // A changed event: its row changes in place when it keeps its place in time order.
    void updateEvent(const Event &event);
    void setQuoteCounts(const QHash<QString, int> &quoteCounts); // changes only the Quotes column
    // Changes with every edit and every new index: caches worked out from the rows compare it.
    std::uint64_t revision() const { return m_revision; }
    // The same from a list (small sets, tests): builds the index.
    void setEvents(const QList<Event> &events, const QHash<QString, QString> &actorNames = {},
                   const QHash<QString, int> &quoteCounts = {});
    const std::shared_ptr<const TimelineIndex> &timelineIndex() const { return m_index; }
    // Where a tooltip finds an event's summary (the index does not keep summaries).
    void setSummaryLookup(std::function<QString(const QString &uid)> lookup) { m_summaryOf = std::move(lookup); }

    QString uidAt(int row) const;
    std::int64_t startMsAt(int row) const;
    EventKind kindAt(int row) const;
    int rowOfEvent(const QString &uid) const; // -1 when absent
    // Whether row a sorts before row b in a column, from the index's arrays without making any
    // text: what lets a proxy sort a million rows by any column in about a second.
    bool rowLessThan(int column, int a, int b) const;
    // Every row in rowLessThan's order for the title or actors column, read off the ranks when
    // every row has one (a million rows in milliseconds, not a sort); empty otherwise.
    std::vector<int> rowsInRankOrder(int column) const;
    // Rows whose title, actors' names, symbols or uid contain every one of the (case-folded)
    // words: worked out once per filter, after which a row costs a few byte searches.
    std::function<bool(int row)> textMatcher(const QStringList &foldedWords) const;
    // The same for every row at once, by row (1: matches): the texts are read in the order they
    // are kept and on every core, which for a million rows is several times faster than asking
    // row by row.
    std::vector<std::uint8_t> rowsMatchingText(const QStringList &foldedWords) const;

    void setDisplayZone(const QTimeZone &zone);
    QTimeZone displayZone() const { return m_zone; }

    // "2025-01-20 08:32:19", "2025-01-20", "~2025-01-26 – 2025-01-27": day, month and year
    // precision are calendar dates and are never shifted by the zone.
    static QString formatTime(std::int64_t ms, Precision precision, const QTimeZone &zone);
    static QString formatEventTime(const Event &event, const QTimeZone &zone);
    static QString formatEventTime(std::int64_t startMs, std::optional<std::int64_t> endMs, Precision precision,
                                   bool uncertain, const QTimeZone &zone);
    static QString precisionLabel(Precision precision); // "Day", "Second"…

    // Without QAbstractItemModel::hasIndex's two virtual calls: a sort asks for twenty million.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        const bool valid = !parent.isValid() && row >= 0 && column >= 0 && std::size_t(row) < m_index->size()
                           && column < ColumnCount;
        return valid ? createIndex(row, column) : QModelIndex();
    }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString actorNames(std::uint32_t entry) const;
    QString timeText(std::uint32_t entry) const;
    QString calendarTimeTip(std::uint32_t entry) const; // what a date means and where it sorts

    // Sort ranks of interned actor ids (by name, collated) and symbol ids; made on first use.
    const std::vector<std::uint32_t> &actorRanks() const;
    const std::vector<std::uint32_t> &symbolRanks() const;
    // Each row's title and actors rank: the ones handed over with the index, else made here on
    // first use (a million rows take about half a second: the workspace makes them off this thread).
    void ensureSortKeys() const;
    void dropSortKeys();
    void unrank(std::uint32_t entry); // an edited row compares by its text until the next ranking

    static constexpr std::uint32_t kNoRank = 0xffffffff;

    std::shared_ptr<const TimelineIndex> m_index = std::make_shared<TimelineIndex>();
    TimelineIndex *m_editable = nullptr; // m_index, when set by setEditableIndex
    std::uint64_t m_revision = 0;
    std::vector<int> m_quotesByEntry;
    QCollator m_collator = EventSortKeys::collator(QLocale());
    mutable std::vector<std::uint32_t> m_actorRanks;
    // Each row's place in title and in actors order: a sort then compares two integers, not two
    // texts in a 60 MB pool. A row inserted or edited since has kNoRank and compares by its text.
    mutable EventSortKeys m_sortKeys;
    mutable std::vector<std::uint32_t> m_symbolRanks;
    std::function<QString(const QString &uid)> m_summaryOf;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace tickerline
