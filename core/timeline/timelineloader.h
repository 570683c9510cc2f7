// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineindex.h"

namespace tickerline {

class Store;

// The index of every event in the database, filled a row at a time from the store: a million
// events cost the index's compact arrays (about 150 bytes each), never a list of Event objects.
TimelineIndex loadTimelineIndex(Store &store, LaneMode mode = LaneMode::ByKind);

} // namespace tickerline
