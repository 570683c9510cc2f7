// SPDX-License-Identifier: GPL-3.0-or-later
#include "partsread.h"

#include <algorithm>
#include <thread>

namespace tickerline {

int partsForBytes(qsizetype bytes)
{
    constexpr qsizetype kPartBytes = 8 << 20;
    const int cores = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    return int(std::clamp<qsizetype>(bytes / kPartBytes, 1, cores));
}

std::optional<std::pair<qsizetype, qsizetype>> firstRepeatedUid(const QList<Event> &events,
                                                                std::vector<UidHash> &hashes)
{
    std::sort(hashes.begin(), hashes.end());
    std::optional<std::pair<qsizetype, qsizetype>> repeated;
    for (size_t from = 0; from < hashes.size();) {
        size_t to = from + 1;
        while (to < hashes.size() && hashes[to].hash == hashes[from].hash)
            ++to;
        // Equal hashes, in file order: each is compared with those before it (a handful at most).
        for (size_t j = from + 1; j < to; ++j) {
            for (size_t i = from; i < j; ++i) {
                if (events[hashes[i].row].uid == events[hashes[j].row].uid) {
                    if (!repeated || hashes[j].row < repeated->second)
                        repeated = std::make_pair(hashes[i].row, hashes[j].row);
                    break;
                }
            }
        }
        from = to;
    }
    return repeated;
}

} // namespace tickerline
