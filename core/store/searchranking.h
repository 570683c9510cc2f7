// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

namespace tickerline {

// How many matches Store::search ranks, on a file and on a server alike. When more rows hold a
// query, only the newest this many are ranked (every match a larger page needs): enough that a
// common word still finds its best title matches, few enough that ranking them takes milliseconds
// where ranking a million matches took seconds.
inline constexpr int kRankedSearchMatches = 4000;

// The matches ranked for a page of `limit` hits; -1 (every match) for limit < 0.
inline int rankedSearchMatches(int limit)
{
    return limit < 0 ? -1 : std::max(kRankedSearchMatches, limit);
}

} // namespace tickerline
