// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tickerline {

// How the return a symbol would have had without the event is estimated.
enum class ExpectedReturnModel {
    MarketAdjusted, // the benchmark's return that day
    MarketModel,    // alpha + beta × the benchmark's return, fitted by least squares before the window
};

struct EventStudyOptions
{
    int firstOffset = -1; // the window, in sessions relative to the event's first session (offset 0)
    int lastOffset = 5;
    ExpectedReturnModel model = ExpectedReturnModel::MarketAdjusted;
    int estimationSessions = 120; // at most this many returns before the window...
    int minEstimationSessions = 20; // ...and at least this many for the market model's fit and for a t statistic
};

struct EventStudyDay
{
    std::int64_t sessionMs = 0;
    int offset = 0;
    double symbolReturn = 0; // fractions: −0.17 is −17 %
    double benchmarkReturn = 0;
    double abnormal = 0;
    double cumulative = 0; // the abnormal returns summed from the window's first day to this one
};

// The returns of the sessions before the window from which the model and the noise are measured.
struct EstimationPeriod
{
    std::int64_t fromMs = 0; // first and last session of the returns used
    std::int64_t toMs = 0;
    int sessions = 0;
    double alpha = 0; // market model only (zero and one for the market-adjusted model)
    double beta = 1;
    std::optional<double> sigma; // standard deviation of the daily abnormal return
};

struct EventStudy
{
    std::int64_t firstSessionMs = 0;
    bool adjustedCloses = false; // returns from adjusted closes (splits, dividends) rather than closes
    std::vector<EventStudyDay> days;
    double car = 0;                // cumulative abnormal return over the window
    std::optional<double> tStat;   // car / (sigma × √days); nothing when the noise cannot be measured
    EstimationPeriod estimation;
};

// The market's proxies used when none is named, in order of preference: the broad market.
inline const char *const kDefaultBenchmarks[] = {"SPY", "^GSPC"};

// A classic event study (MacKinlay 1997) of one symbol against a benchmark, on the sessions both
// traded: daily returns close to close (adjusted closes when both series carry them throughout),
// abnormal return = return − expected return, summed over the window. Throws Error naming what
// is missing when the series do not cover the window, or the model lacks history.
EventStudy runEventStudy(const PriceSeries &symbol, const PriceSeries &benchmark, const Event &event,
                         const EventStudyOptions &options = {});

} // namespace tickerline
