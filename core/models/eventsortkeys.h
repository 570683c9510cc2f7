// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace tickerline {

class TimelineIndex;

// Each event's place in the events table's sort by title and by actors, in the collation of a
// locale, worked out once for a whole index (off the GUI thread, after a load): a click on the
// header then sorts a million rows on two integers a step, not on two texts. Ranks are unique;
// equal titles (or actors) keep time order, as every column's ties do.
struct EventSortKeys
{
    QString locale; // QLocale::name() of the collation they follow
    std::vector<std::uint32_t> titleRanks; // by entry of the index
    std::vector<std::uint32_t> actorRanks; // by entry: actors' names in the event's order

    // The collation the table sorts by: the locale's, without regard to case (ties keep time order).
    static QCollator collator(const QLocale &locale);
    // Seconds for a million events on the collator alone, well under one on ASCII titles.
    static EventSortKeys compute(const TimelineIndex &index, const QLocale &locale);
    bool fits(const TimelineIndex &index, const QCollator &collator) const;
    std::size_t memoryBytes() const { return (titleRanks.capacity() + actorRanks.capacity()) * sizeof(std::uint32_t); }
};

// Interned actor ids ranked by the actors' names (ties by id).
std::vector<std::uint32_t> actorNameRanks(const TimelineIndex &index, const QCollator &collator);
// Whether an event's actors sort before another's: their names, one by one, in the event's order.
bool actorsBefore(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                  const std::vector<std::uint32_t> &nameRanks);

} // namespace tickerline
