// SPDX-License-Identifier: GPL-3.0-or-later
#include "barblockcodec.h"

#include "error.h"
#include "time/isotime.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace tickerline::barblocks {

// Blobs are the machine's own doubles and integers: every platform Tickerline ships on is
// little-endian, and a file moved between them reads the same.
static_assert(std::endian::native == std::endian::little);

namespace {

constexpr int kBarBytes = 8 * 7 + 1; // time, open, high, low, close, adj close, volume; a flags byte
constexpr std::uint8_t kNoAdjClose = 1;
constexpr std::uint8_t kNoVolume = 2;

BarSummary summarize(const Bar *bars, int count)
{
    BarSummary s;
    s.firstTs = bars[0].tsMs;
    s.lastTs = bars[count - 1].tsMs;
    s.open = bars[0].open;
    s.firstClose = bars[0].close;
    s.lastClose = bars[count - 1].close;
    s.minClose = s.maxClose = bars[0].close;
    s.minTs = s.maxTs = bars[0].tsMs;
    s.maxHigh = bars[0].high;
    s.minLow = bars[0].low;
    s.maxVolume = std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < count; ++i) {
        const Bar &b = bars[i];
        if (b.close < s.minClose)
            s.minClose = b.close, s.minTs = b.tsMs;
        if (b.close > s.maxClose)
            s.maxClose = b.close, s.maxTs = b.tsMs;
        s.maxHigh = std::max(s.maxHigh, b.high);
        s.minLow = std::min(s.minLow, b.low);
        if (b.volume && !(*b.volume <= s.maxVolume))
            s.maxVolume = *b.volume;
    }
    return s;
}

QByteArray summaries(const Bar *bars, int count, int per)
{
    QByteArray blob;
    blob.resize(qsizetype((count + per - 1) / per) * qsizetype(sizeof(BarSummary)));
    char *at = blob.data();
    for (int i = 0; i < count; i += per) {
        const BarSummary s = summarize(bars + i, std::min(per, count - i));
        std::memcpy(at, &s, sizeof s);
        at += sizeof s;
    }
    return blob;
}

[[noreturn]] void damaged(std::int64_t firstTs)
{
    throw Error(QStringLiteral("the stored bars from %1 are damaged").arg(formatIsoUtc(firstTs)));
}

} // namespace

EncodedBlock encode(const Bar *bars, int count)
{
    EncodedBlock block;
    block.firstTs = bars[0].tsMs;
    block.lastTs = bars[count - 1].tsMs;
    block.count = count;
    block.coarse = summaries(bars, count, kCoarseBars);
    block.fine = summaries(bars, count, kFineBars);
    block.data.resize(qsizetype(count) * kBarBytes);
    char *column = block.data.data();
    const auto put = [&](auto value) {
        std::memcpy(column, &value, sizeof value);
        column += sizeof value;
    };
    for (int i = 0; i < count; ++i)
        put(bars[i].tsMs);
    for (int i = 0; i < count; ++i)
        put(bars[i].open);
    for (int i = 0; i < count; ++i)
        put(bars[i].high);
    for (int i = 0; i < count; ++i)
        put(bars[i].low);
    for (int i = 0; i < count; ++i)
        put(bars[i].close);
    for (int i = 0; i < count; ++i)
        put(bars[i].adjClose.value_or(0));
    for (int i = 0; i < count; ++i)
        put(bars[i].volume.value_or(0));
    for (int i = 0; i < count; ++i)
        put(std::uint8_t((bars[i].adjClose ? 0 : kNoAdjClose) | (bars[i].volume ? 0 : kNoVolume)));
    return block;
}

void decode(const QByteArray &data, int count, std::int64_t firstTs, std::vector<Bar> &out)
{
    if (count <= 0 || count > kBlockBars || data.size() != qsizetype(count) * kBarBytes)
        damaged(firstTs);
    const char *base = data.constData();
    const std::size_t n = std::size_t(count);
    const std::size_t start = out.size();
    out.resize(start + n);
    Bar *bars = out.data() + start;
    const auto column = [&](int index) { return base + std::size_t(index) * 8 * n; };
    for (std::size_t i = 0; i < n; ++i) {
        Bar &b = bars[i];
        std::memcpy(&b.tsMs, column(0) + 8 * i, 8);
        std::memcpy(&b.open, column(1) + 8 * i, 8);
        std::memcpy(&b.high, column(2) + 8 * i, 8);
        std::memcpy(&b.low, column(3) + 8 * i, 8);
        std::memcpy(&b.close, column(4) + 8 * i, 8);
        const std::uint8_t flags = std::uint8_t(column(7)[i]);
        double value = 0;
        if (flags & kNoAdjClose)
            b.adjClose.reset();
        else
            std::memcpy(&value, column(5) + 8 * i, 8), b.adjClose = value;
        if (flags & kNoVolume)
            b.volume.reset();
        else
            std::memcpy(&value, column(6) + 8 * i, 8), b.volume = value;
    }
}

void decodeSummaries(const QByteArray &blob, std::int64_t firstTs, std::vector<BarSummary> &out)
{
    if (blob.isEmpty() || blob.size() % qsizetype(sizeof(BarSummary)) != 0)
        damaged(firstTs);
    const std::size_t n = std::size_t(blob.size()) / sizeof(BarSummary);
    const std::size_t start = out.size();
    out.resize(start + n);
    std::memcpy(static_cast<void *>(out.data() + start), blob.constData(), std::size_t(blob.size()));
}

void appendPoints(const BarSummary &s, std::vector<Bar> &out)
{
    std::pair<std::int64_t, double> points[] = {
        {s.firstTs, s.firstClose}, {s.minTs, s.minClose}, {s.maxTs, s.maxClose}, {s.lastTs, s.lastClose}};
    if (points[1].first > points[2].first)
        std::swap(points[1], points[2]);
    std::optional<double> volume;
    if (!std::isnan(s.maxVolume))
        volume = s.maxVolume;
    for (int k = 0; k < 4; ++k) {
        if (k > 0 && points[k].first == points[k - 1].first)
            continue;
        const double open = k == 0 ? s.open : points[k].second;
        out.push_back(Bar{points[k].first, open, s.maxHigh, s.minLow, points[k].second, std::nullopt, volume});
    }
}

} // namespace tickerline::barblocks
