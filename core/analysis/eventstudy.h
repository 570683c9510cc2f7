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
    // abnormal / its standard deviation: for the market model σ √(1 + 1/L1 + (Rm − μm)² / Σ(Rmt − μm)²),
    // the prediction error's (the diagonal of V below); σ for the market-adjusted model
    std::optional<double> tStat;
};

// The returns of the sessions before the window from which the model and the noise are measured.
struct EstimationPeriod
{
    std::int64_t fromMs = 0; // first and last session of the returns used
    std::int64_t toMs = 0;
    int sessions = 0;
    double alpha = 0; // market model only (zero and one for the market-adjusted model)
    double beta = 1;
    // Standard deviation of the daily abnormal return over the period: the market model's residuals
    // with L1 − 2 degrees of freedom, the market-adjusted returns' spread about their mean with L1 − 1
    // (L1 = sessions); nothing below EventStudyOptions::minEstimationSessions or when it is zero.
    std::optional<double> sigma;
};

struct EventStudy
{
    std::int64_t firstSessionMs = 0;
    // Each series' returns come from its adjusted closes (splits, dividends) when it has one on every
    // session the study uses, else from its closes: an index without adjusted closes does not take
    // them away from the symbol.
    bool symbolAdjustedCloses = false;
    bool benchmarkAdjustedCloses = false;
    std::vector<EventStudyDay> days;
    double car = 0; // cumulative abnormal return over the window
    // √var(CAR). Market model: var(CAR) = γ'Vγ with V = Iσ² + X*(X'X)⁻¹X*'σ², X the estimation
    // period's [1, Rm] rows and X* the window's (MacKinlay 1997, eq. 14–16, exactly, not the
    // large-L1 approximation L2 σ²). Market-adjusted: L2 σ² (L2 = days). Nothing without a sigma.
    std::optional<double> carSigma;
    std::optional<double> tStat; // car / carSigma
    EstimationPeriod estimation;
};

// The market's proxies used when none is named, in order of preference: the broad market.
inline const char *const kDefaultBenchmarks[] = {"SPY", "^GSPC"};

// A classic event study (MacKinlay 1997, "Event Studies in Economics and Finance", J. Econ. Lit.
// 35(1)) of one symbol against a benchmark, on the sessions both traded: daily returns close to
// close (each series' adjusted closes when it has them), abnormal return = return − expected return,
// summed over the window. Throws Error naming what is missing when the series do not cover the
// window, or the model lacks history.
EventStudy runEventStudy(const PriceSeries &symbol, const PriceSeries &benchmark, const Event &event,
                         const EventStudyOptions &options = {});

} // namespace tickerline
