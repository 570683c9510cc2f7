// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <optional>
#include <utility>
#include <vector>

namespace tickerline {

// What the readers of large event files share when they read a file in parts on several threads.

// Parts of at least 8 MB, one a core (up to four): a million events take seconds on one.
int partsForBytes(qsizetype bytes);

// The hash of an event's uid and its row among the events read.
struct UidHash
{
    size_t hash;
    qsizetype row;
    bool operator<(const UidHash &other) const { return hash != other.hash ? hash < other.hash : row < other.row; }
};

// The first event (in file order) whose uid an earlier one has, and that earlier one (their rows):
// found by sorting the uids' hashes (in place), a tenth of the time a set of a million uids takes.
std::optional<std::pair<qsizetype, qsizetype>> firstRepeatedUid(const QList<Event> &events,
                                                                std::vector<UidHash> &hashes);

} // namespace tickerline
