// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tickerline {

// The date (midnight UTC) of the first regular session an event reaches, by the exchange calendar
// (DESIGN.md §3): before 09:30 New York time on a trading day: that day's session; during it: that
// session; after the close or on a closed day: the next session. Day-precision (and coarser)
// events: that date's session if it is a trading day, else the next one.
std::int64_t firstSessionDate(const Event &event);

// Index of the first bar at or after that session date, which also copes with series whose
// calendar differs (a foreign listing, a closure the calendar does not know); nothing when the
// series ends before it.
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
