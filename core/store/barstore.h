// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tickerline {

class Database;

struct SeriesExtent
{
    std::int64_t bars = 0;
    std::optional<std::int64_t> firstMs;
    std::optional<std::int64_t> lastMs;
};

// The bars of every series, in the bar_blocks table (schema version 6): blocks of up to
// barblocks::kBlockBars consecutive bars that never overlap in time, each with summaries of its
// parts. Writing merges into the blocks a new run of bars overlaps; reading decodes only the
// blocks of the range asked for.
class BarStore final
{
public:
    explicit BarStore(Database &db)
        : m_db(db)
    {}

    // Adds the bars, replacing any of the same instant (as INSERT OR REPLACE did for rows).
    // bars: in time order without repeats. Runs inside the caller's transaction.
    void merge(std::int64_t symbolId, const QString &interval, const std::vector<Bar> &bars);
    // The bars with from <= time <= to, in time order.
    std::vector<Bar> read(std::int64_t symbolId, const QString &interval, std::optional<std::int64_t> fromMs,
                          std::optional<std::int64_t> toMs);
    SeriesExtent extent(std::int64_t symbolId, const QString &interval);
    // The bars between from and to as a chart `columns` pixels wide draws them: the bars
    // themselves when there are fewer than about 2 × columns × kFineBars, otherwise for each
    // group of bars its first, lowest, highest and last close in time order, each carrying the
    // group's highest high, lowest low and highest volume, and the first its open. At most
    // about 8 × columns × 16 of them, read from the blocks' summaries.
    std::vector<Bar> decimated(std::int64_t symbolId, const QString &interval, std::int64_t fromMs, std::int64_t toMs,
                               int columns);
    // Every bar whose close lies outside its low–high (or whose low is above its high), with its
    // symbol, and every block that does not decode.
    QStringList check();

    // Schema version 6: the rows of the old bars table into blocks; the table is dropped.
    static void moveRowsIntoBlocks(Database &db);

private:
    static void moveRows(Database &db);
    void insertBlocks(std::int64_t symbolId, const QString &interval, const std::vector<Bar> &bars);

    Database &m_db;
};

} // namespace tickerline
