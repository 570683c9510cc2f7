// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecopy.h"

#include "error.h"

#include <algorithm>
#include <atomic>

namespace tickerline {

namespace {

DatasetInfo provenanceOf(const Snapshot &snapshot, const QString &dataset)
{
    const auto found = std::find_if(snapshot.datasets.cbegin(), snapshot.datasets.cend(),
                                    [&](const DatasetInfo &info) { return info.uid == dataset; });
    return found == snapshot.datasets.cend() ? DatasetInfo{} : *found;
}

Symbol symbolOf(const Snapshot &snapshot, const QString &ticker)
{
    const auto found = std::find_if(snapshot.symbols.cbegin(), snapshot.symbols.cend(),
                                    [&](const Symbol &symbol) { return symbol.ticker == ticker; });
    if (found == snapshot.symbols.cend())
        throw Error(QStringLiteral("series %1: its symbol is not in the database").arg(ticker));
    return *found;
}

// Copies one series in pieces of consecutive instants, each about `barsPerPiece` bars if the
// bars are spread evenly: later pieces go after the earlier ones, as an append does.
void copySeries(Store &from, Store &to, const Snapshot &snapshot, const PriceSeries &series, const SeriesExtent &extent,
                std::int64_t barsPerPiece)
{
    const Symbol symbol = symbolOf(snapshot, series.symbol);
    const DatasetInfo provenance = provenanceOf(snapshot, series.dataset);
    if (extent.bars == 0 || !extent.firstMs || !extent.lastMs) {
        to.writeSeries(symbol, series, provenance); // a series without bars is kept too
        return;
    }
    const std::int64_t pieces = std::max<std::int64_t>(1, (extent.bars + barsPerPiece - 1) / barsPerPiece);
    const std::int64_t first = *extent.firstMs;
    const std::int64_t span = *extent.lastMs - first + 1;
    for (std::int64_t piece = 0; piece < pieces; ++piece) {
        const std::int64_t fromMs = first + span / pieces * piece;
        const std::int64_t toMs = piece + 1 == pieces ? *extent.lastMs : first + span / pieces * (piece + 1) - 1;
        PriceSeries part = from.series(series.symbol, series.interval, fromMs, toMs);
        part.dataset = series.dataset;
        if (!part.bars.empty())
            to.writeSeries(symbol, part, provenance);
    }
}

} // namespace

void copyStore(Store &from, Store &to, const std::function<void(const QString &)> &step, std::int64_t barsPerPiece)
{
    if (to.name() == from.name())
        throw Error(QStringLiteral("%1: copy into the same database").arg(to.name()));
    step(QStringLiteral("reading %1…").arg(from.name()));
    Snapshot snapshot = from.exportSnapshot(Store::Bars::Left);
    const QList<PriceSeries> series = std::exchange(snapshot.series, {});
    QList<SeriesExtent> extents;
    std::int64_t bars = 0;
    for (const PriceSeries &one : series) {
        extents << from.seriesExtent(one.symbol, one.interval);
        bars += extents.constLast().bars;
    }
    step(QStringLiteral("writing %1 events, %2 sources, %3 quotes, %4 series (%5 bars) to %6…")
             .arg(snapshot.events.size())
             .arg(snapshot.sources.size())
             .arg(snapshot.quotes.size())
             .arg(series.size())
             .arg(bars)
             .arg(to.name()));
    try {
        const std::atomic_bool never = false;
        const std::unique_ptr<StoreTransaction> transaction = to.bulkTransaction(&never);
        to.importSnapshot(snapshot);
        for (qsizetype i = 0; i < series.size(); ++i)
            copySeries(from, to, snapshot, series[i], extents[i], barsPerPiece);
        transaction->commit();
    } catch (const Error &refused) {
        throw Error(QStringLiteral("%1: %2").arg(to.name(), refused.message()));
    }
    step(QStringLiteral("copied into %1").arg(to.name()));
}

} // namespace tickerline
