// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <functional>

namespace tickerline {

// Copies everything one database holds into another, a file or a server either way, in one
// transaction of the target: a copy that fails leaves the target as it was. Events, sources and
// quotes are read at once; the bars of each series in pieces of about `barsPerPiece`, so that a
// series of any length (the server's are meant to outgrow a laptop) is never held whole.
// `step` is told what is read and written, as it happens. Throws Error naming the target.
void copyStore(Store &from, Store &to, const std::function<void(const QString &)> &step,
               std::int64_t barsPerPiece = 1'000'000);

} // namespace tickerline
