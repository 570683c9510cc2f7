// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstudy.h"

#include "analysis/eventreaction.h"
#include "error.h"
#include "time/isotime.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {

// A session both series traded, with each one's bar.
struct CommonSession
{
    std::int64_t ms = 0;
    const Bar *symbol = nullptr;
    const Bar *benchmark = nullptr;
};

std::vector<CommonSession> commonSessions(const PriceSeries &a, const PriceSeries &b)
{
    std::vector<CommonSession> sessions;
    auto i = a.bars.begin(), j = b.bars.begin();
    while (i != a.bars.end() && j != b.bars.end()) {
        if (i->tsMs < j->tsMs) {
            ++i;
        } else if (j->tsMs < i->tsMs) {
            ++j;
        } else {
            sessions.push_back({i->tsMs, &*i, &*j});
            ++i;
            ++j;
        }
    }
    return sessions;
}

double simpleReturn(double previous, double current)
{
    return previous != 0 ? current / previous - 1 : 0;
}

} // namespace

EventStudy runEventStudy(const PriceSeries &symbol, const PriceSeries &benchmark, const Event &event,
                         const EventStudyOptions &options)
{
    if (options.firstOffset > options.lastOffset)
        throw Error(QStringLiteral("the window's first offset (%1) is after its last (%2)")
                        .arg(options.firstOffset)
                        .arg(options.lastOffset));
    const QString pair = QStringLiteral("%1 and %2").arg(symbol.symbol, benchmark.symbol);
    EventStudy study;
    const std::vector<CommonSession> sessions = commonSessions(symbol, benchmark);

    const std::int64_t firstSession = firstSessionDate(event);
    const auto zeroIt = std::lower_bound(sessions.begin(), sessions.end(), firstSession,
                                         [](const CommonSession &s, std::int64_t ms) { return s.ms < ms; });
    if (zeroIt == sessions.end())
        throw Error(QStringLiteral("%1 have no common session on or after %2, the event's first session")
                        .arg(pair, formatIsoDate(firstSession)));
    study.firstSessionMs = zeroIt->ms;
    const std::ptrdiff_t zero = zeroIt - sessions.begin();
    const std::ptrdiff_t first = zero + options.firstOffset, last = zero + options.lastOffset;
    // The first day's return needs the session before it.
    if (first < 1)
        throw Error(QStringLiteral("%1 have %2 common sessions before %3; a window from offset %4 needs %5")
                        .arg(pair)
                        .arg(zero)
                        .arg(formatIsoDate(study.firstSessionMs))
                        .arg(options.firstOffset)
                        .arg(1 - options.firstOffset));
    if (last >= std::ptrdiff_t(sessions.size()))
        throw Error(QStringLiteral("%1 have common sessions only up to %2 (offset %3); the window ends at offset %4")
                        .arg(pair, formatIsoDate(sessions.back().ms))
                        .arg(std::ptrdiff_t(sessions.size()) - 1 - zero)
                        .arg(options.lastOffset));

    // Estimation: the returns just before the window.
    const std::ptrdiff_t estimationBegin = std::max<std::ptrdiff_t>(1, first - options.estimationSessions);
    const int count = int(first - estimationBegin);

    // Each series' prices over the sessions used (the close before the first return on): adjusted
    // closes when that series has them on every one, closes otherwise, chosen for each series apart.
    const auto used = [&](auto bar) {
        return std::all_of(sessions.begin() + (estimationBegin - 1), sessions.begin() + (last + 1),
                           [&](const CommonSession &s) { return (s.*bar)->adjClose.has_value(); });
    };
    study.symbolAdjustedCloses = used(&CommonSession::symbol);
    study.benchmarkAdjustedCloses = used(&CommonSession::benchmark);
    const auto price = [](const Bar &bar, bool adjusted) { return adjusted ? *bar.adjClose : bar.close; };
    const auto returnsAt = [&](std::ptrdiff_t i) {
        const CommonSession &before = sessions[std::size_t(i - 1)], &at = sessions[std::size_t(i)];
        return std::pair{simpleReturn(price(*before.symbol, study.symbolAdjustedCloses),
                                      price(*at.symbol, study.symbolAdjustedCloses)),
                         simpleReturn(price(*before.benchmark, study.benchmarkAdjustedCloses),
                                      price(*at.benchmark, study.benchmarkAdjustedCloses))};
    };

    EstimationPeriod &estimation = study.estimation;
    estimation.sessions = count;
    if (count > 0) {
        estimation.fromMs = sessions[std::size_t(estimationBegin)].ms;
        estimation.toMs = sessions[std::size_t(first - 1)].ms;
    }
    const bool marketModel = options.model == ExpectedReturnModel::MarketModel;
    // The market model's fit and residual spread need three returns at the very least.
    const int modelNeeds = std::max(options.minEstimationSessions, 3);
    if (count < modelNeeds && marketModel)
        throw Error(QStringLiteral("%1 have %2 common returns before the window; the market model needs at least %3")
                        .arg(pair)
                        .arg(count)
                        .arg(modelNeeds));
    // The benchmark over the estimation period, for the market model's prediction-error variance.
    double meanX = 0, sxx = 0;
    const int degreesOfFreedom = count - (marketModel ? 2 : 1);
    if (count >= options.minEstimationSessions && degreesOfFreedom > 0) {
        double meanY = 0;
        for (std::ptrdiff_t i = estimationBegin; i < first; ++i) {
            const auto [y, x] = returnsAt(i);
            meanX += x;
            meanY += y;
        }
        meanX /= count;
        meanY /= count;
        double sxy = 0;
        for (std::ptrdiff_t i = estimationBegin; i < first; ++i) {
            const auto [y, x] = returnsAt(i);
            sxx += (x - meanX) * (x - meanX);
            sxy += (x - meanX) * (y - meanY);
        }
        if (marketModel) {
            if (sxx <= 0)
                throw Error(QStringLiteral("%1 did not move from %2 to %3: the market model cannot be fitted")
                                .arg(benchmark.symbol, formatIsoDate(estimation.fromMs), formatIsoDate(estimation.toMs)));
            estimation.beta = sxy / sxx;
            estimation.alpha = meanY - estimation.beta * meanX;
        }
        // The spread of the abnormal returns the model leaves (residuals; the market model spent
        // two degrees of freedom on its fit, the mean-adjusted difference one).
        double squares = 0, meanAbnormal = marketModel ? 0 : meanY - meanX;
        for (std::ptrdiff_t i = estimationBegin; i < first; ++i) {
            const auto [y, x] = returnsAt(i);
            const double residual = y - estimation.alpha - estimation.beta * x - meanAbnormal;
            squares += residual * residual;
        }
        const double sigma = std::sqrt(squares / degreesOfFreedom);
        if (sigma > 0)
            estimation.sigma = sigma;
    }

    // (X'X)⁻¹ for X = [1, Rm] over the estimation period:
    // [[ΣRm², −ΣRm], [−ΣRm, L1]] / (L1 Σ(Rm − μm)²).
    const double l1 = count, sumX = l1 * meanX, sumXX = sxx + l1 * meanX * meanX, det = l1 * sxx;
    const auto quadratic = [&](double a, double b) { // (a, b) (X'X)⁻¹ (a, b)'
        return (a * a * sumXX - 2 * a * b * sumX + b * b * l1) / det;
    };
    double windowMarket = 0; // Σ Rm over the window: γ'X* = (L2, windowMarket)
    for (std::ptrdiff_t i = first; i <= last; ++i) {
        const auto [y, x] = returnsAt(i);
        EventStudyDay day;
        day.sessionMs = sessions[std::size_t(i)].ms;
        day.offset = int(i - zero);
        day.symbolReturn = y;
        day.benchmarkReturn = x;
        day.abnormal = y - (estimation.alpha + estimation.beta * x);
        study.car += day.abnormal;
        day.cumulative = study.car;
        if (estimation.sigma) // V's diagonal: σ² (1 + x*'(X'X)⁻¹x*), x* = (1, Rm)
            day.tStat = day.abnormal / (*estimation.sigma * std::sqrt(1 + (marketModel ? quadratic(1, x) : 0)));
        windowMarket += x;
        study.days.push_back(day);
    }
    if (estimation.sigma) {
        const double l2 = double(study.days.size());
        // γ'Vγ = σ² (γ'γ + γ'X*(X'X)⁻¹X*'γ), γ the window's ones.
        const double variance =
            *estimation.sigma * *estimation.sigma * (l2 + (marketModel ? quadratic(l2, windowMarket) : 0));
        study.carSigma = std::sqrt(variance);
        study.tStat = study.car / *study.carSigma;
    }
    return study;
}

} // namespace tickerline
