// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstudy.h"

#include "analysis/eventreaction.h"
#include "error.h"
#include "time/isotime.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {

// A session both series traded, with the price each closed at.
struct CommonSession
{
    std::int64_t ms = 0;
    double symbol = 0;
    double benchmark = 0;
};

bool adjustedThroughout(const PriceSeries &series)
{
    return !series.bars.empty()
           && std::all_of(series.bars.begin(), series.bars.end(), [](const Bar &bar) { return bar.adjClose.has_value(); });
}

double priceOf(const Bar &bar, bool adjusted)
{
    return adjusted ? *bar.adjClose : bar.close;
}

std::vector<CommonSession> commonSessions(const PriceSeries &a, const PriceSeries &b, bool adjusted)
{
    std::vector<CommonSession> sessions;
    auto i = a.bars.begin(), j = b.bars.begin();
    while (i != a.bars.end() && j != b.bars.end()) {
        if (i->tsMs < j->tsMs) {
            ++i;
        } else if (j->tsMs < i->tsMs) {
            ++j;
        } else {
            sessions.push_back({i->tsMs, priceOf(*i, adjusted), priceOf(*j, adjusted)});
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
    study.adjustedCloses = adjustedThroughout(symbol) && adjustedThroughout(benchmark);
    const std::vector<CommonSession> sessions = commonSessions(symbol, benchmark, study.adjustedCloses);

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

    const auto returnsAt = [&](std::ptrdiff_t i) {
        return std::pair{simpleReturn(sessions[std::size_t(i - 1)].symbol, sessions[std::size_t(i)].symbol),
                         simpleReturn(sessions[std::size_t(i - 1)].benchmark, sessions[std::size_t(i)].benchmark)};
    };

    // Estimation: the returns just before the window.
    const std::ptrdiff_t estimationBegin = std::max<std::ptrdiff_t>(1, first - options.estimationSessions);
    const int count = int(first - estimationBegin);
    EstimationPeriod &estimation = study.estimation;
    estimation.sessions = count;
    if (count > 0) {
        estimation.fromMs = sessions[std::size_t(estimationBegin)].ms;
        estimation.toMs = sessions[std::size_t(first - 1)].ms;
    }
    const bool marketModel = options.model == ExpectedReturnModel::MarketModel;
    if (count < options.minEstimationSessions && marketModel)
        throw Error(QStringLiteral("%1 have %2 common returns before the window; the market model needs at least %3")
                        .arg(pair)
                        .arg(count)
                        .arg(options.minEstimationSessions));
    if (count >= options.minEstimationSessions) {
        double meanX = 0, meanY = 0;
        for (std::ptrdiff_t i = estimationBegin; i < first; ++i) {
            const auto [y, x] = returnsAt(i);
            meanX += x;
            meanY += y;
        }
        meanX /= count;
        meanY /= count;
        if (marketModel) {
            double sxx = 0, sxy = 0;
            for (std::ptrdiff_t i = estimationBegin; i < first; ++i) {
                const auto [y, x] = returnsAt(i);
                sxx += (x - meanX) * (x - meanX);
                sxy += (x - meanX) * (y - meanY);
            }
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
        const double sigma = std::sqrt(squares / (count - (marketModel ? 2 : 1)));
        if (sigma > 0)
            estimation.sigma = sigma;
    }

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
        study.days.push_back(day);
    }
    if (estimation.sigma)
        study.tStat = study.car / (*estimation.sigma * std::sqrt(double(study.days.size())));
    return study;
}

} // namespace tickerline
