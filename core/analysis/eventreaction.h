// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tickerline {

// The date (midnight UTC) of the first regular session an event can move, by the rules of
// DESIGN.md §3: before 09:30 New York time: that day; during the session: that session; after
// 16:00: the next day. Day-precision (and coarser) events take their own date. Whether that date
// is a trading day is the price series' business: see firstSessionBar().
std::int64_t firstSessionCandidateDate(const Event &event);

// Index of the first bar at or after the event's candidate session date, i.e. the first session
// the event reached as far as this series knows (weekends, holidays and special closures have no
// bars); nothing when the series ends before it.
std::optional<std::size_t> firstSessionBar(const PriceSeries &series, const Event &event);
std::optional<std::size_t> barAtOrAfter(const PriceSeries &series, std::int64_t ms);

// A symbol's move on one session: close against the previous session's close.
struct SessionMove
{
    QString symbol;
    std::int64_t sessionMs = 0;  // the session's date, midnight UTC
    std::int64_t previousMs = 0; // the previous session's date
    double previousClose = 0;
    double close = 0;
    std::optional<std::int64_t> shares; // Symbol::sharesOutstanding, when known

    double change() const { return close - previousClose; }
    double percent() const { return previousClose != 0 ? 100.0 * change() / previousClose : 0; }
    // shares × (close − previous close), in the series' currency; nothing without a share count.
    std::optional<double> marketValueChange() const;
};

// The move on bar `index` (which needs a bar before it); nothing for the first bar.
std::optional<SessionMove> sessionMove(const PriceSeries &series, std::size_t index,
                                       std::optional<std::int64_t> shares = {});
// The move on the first session the event reached.
std::optional<SessionMove> eventMove(const PriceSeries &series, const Event &event,
                                     std::optional<std::int64_t> shares = {});

// Closes rebased at bar `anchor`: 100 × close / close[anchor] (Rebase::Index) or the change in %
// from it (Rebase::Percent), so every series meets at the anchor.
enum class Rebase { Index, Percent };
std::vector<double> rebasedCloses(const PriceSeries &series, std::size_t anchor, Rebase mode = Rebase::Index);

// Total of several moves' market-value changes; `counted` gets how many had a share count.
double totalMarketValueChange(const QList<SessionMove> &moves, int *counted = nullptr);

} // namespace tickerline
