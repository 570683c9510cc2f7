// SPDX-License-Identifier: GPL-3.0-or-later
// tickerline study: an event study of one symbol against a benchmark around an event.
#include "analysis/eventstudy.h"
#include "cli/commandcontext.h"
#include "cli/options.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100, 0, 'f', 2);
}

QString signedOffset(int offset)
{
    return offset > 0 ? QStringLiteral("+%1").arg(offset) : QString::number(offset);
}

QJsonValue nullable(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The prices a series' returns come from, as `prices` names the columns.
QString pricesOf(bool adjusted)
{
    return adjusted ? QStringLiteral("adj_close") : QStringLiteral("close");
}

QJsonObject toJson(const EventStudy &study, const QString &eventUid, const QString &symbol, const QString &benchmark,
                   const QString &model)
{
    QJsonArray days;
    for (const EventStudyDay &day : study.days)
        days.append(QJsonObject{{QStringLiteral("session"), formatIsoDate(day.sessionMs)},
                                {QStringLiteral("offset"), day.offset},
                                {QStringLiteral("return"), day.symbolReturn},
                                {QStringLiteral("benchmark_return"), day.benchmarkReturn},
                                {QStringLiteral("abnormal"), day.abnormal},
                                {QStringLiteral("car"), day.cumulative},
                                {QStringLiteral("t_stat"), nullable(day.tStat)}});
    const EstimationPeriod &estimation = study.estimation;
    const bool estimated = estimation.sessions > 0;
    return QJsonObject{
        {QStringLiteral("event"), eventUid},
        {QStringLiteral("symbol"), symbol},
        {QStringLiteral("benchmark"), benchmark},
        {QStringLiteral("model"), model},
        {QStringLiteral("prices"), study.symbolAdjustedCloses == study.benchmarkAdjustedCloses
                                       ? pricesOf(study.symbolAdjustedCloses)
                                       : QStringLiteral("mixed")},
        {QStringLiteral("symbol_prices"), pricesOf(study.symbolAdjustedCloses)},
        {QStringLiteral("benchmark_prices"), pricesOf(study.benchmarkAdjustedCloses)},
        {QStringLiteral("first_session"), formatIsoDate(study.firstSessionMs)},
        {QStringLiteral("days"), days},
        {QStringLiteral("car"), study.car},
        {QStringLiteral("car_sigma"), nullable(study.carSigma)},
        {QStringLiteral("t_stat"), nullable(study.tStat)},
        {QStringLiteral("estimation"),
         QJsonObject{{QStringLiteral("from"), estimated ? QJsonValue(formatIsoDate(estimation.fromMs)) : QJsonValue()},
                     {QStringLiteral("to"), estimated ? QJsonValue(formatIsoDate(estimation.toMs)) : QJsonValue()},
                     {QStringLiteral("sessions"), estimation.sessions},
                     {QStringLiteral("alpha"), estimation.alpha},
                     {QStringLiteral("beta"), estimation.beta},
                     {QStringLiteral("sigma"), nullable(estimation.sigma)}}}};
}

void printTable(QTextStream &out, const EventStudy &study, const Event &event, const QString &symbol,
                const QString &benchmark, bool marketModel)
{
    out << symbol << " against " << benchmark << " around \"" << event.title << "\" (" << event.uid << ")\n";
    out << "First session " << formatIsoDate(study.firstSessionMs) << "; "
        << (marketModel ? "market model" : "market-adjusted returns") << "; returns from ";
    const auto prices = [](bool adjusted) { return adjusted ? "adjusted closes" : "closes"; };
    if (study.symbolAdjustedCloses == study.benchmarkAdjustedCloses)
        out << prices(study.symbolAdjustedCloses) << "\n\n";
    else
        out << symbol << "'s " << prices(study.symbolAdjustedCloses) << " and " << benchmark << "'s "
            << prices(study.benchmarkAdjustedCloses) << "\n\n";
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("offset"), QStringLiteral("session").leftJustified(10),
                    symbol.rightJustified(9), benchmark.rightJustified(9), QStringLiteral("abnormal").rightJustified(9),
                    QStringLiteral("CAR").rightJustified(9));
    for (const EventStudyDay &day : study.days)
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(signedOffset(day.offset).rightJustified(6), formatIsoDate(day.sessionMs),
                        percent(day.symbolReturn).rightJustified(9), percent(day.benchmarkReturn).rightJustified(9),
                        percent(day.abnormal).rightJustified(9), percent(day.cumulative).rightJustified(9));
    out << "\nCAR(" << signedOffset(study.days.front().offset) << ',' << signedOffset(study.days.back().offset)
        << ") = " << percent(study.car);
    out << "   t = " << (study.tStat ? QString::number(*study.tStat, 'f', 2) : QStringLiteral("n/a")) << '\n';
    const EstimationPeriod &estimation = study.estimation;
    if (estimation.sessions == 0) {
        out << "No returns before the window to estimate from.\n";
        return;
    }
    out << "Estimated from " << estimation.sessions << " returns, " << formatIsoDate(estimation.fromMs) << " – "
        << formatIsoDate(estimation.toMs);
    if (marketModel)
        out << ": alpha " << percent(estimation.alpha) << " a day, beta " << QString::number(estimation.beta, 'f', 3);
    if (estimation.sigma)
        out << (marketModel ? ", " : ": ") << "daily abnormal sigma " << percent(*estimation.sigma);
    else
        out << " (too few for a t statistic)";
    out << '\n';
}

} // namespace

int runStudyCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("event"), QStringLiteral("The event's uid."), QStringLiteral("UID")},
        {QStringLiteral("symbol"), QStringLiteral("The symbol studied."), QStringLiteral("S")},
        {QStringLiteral("benchmark"), QStringLiteral("The market's proxy (default SPY, else ^GSPC)."), QStringLiteral("S")},
        {QStringLiteral("window"), QStringLiteral("First and last session offset (default -1,5)."),
         QStringLiteral("FIRST,LAST"), QStringLiteral("-1,5")},
        {QStringLiteral("model"), QStringLiteral("adjusted (return − benchmark's) or market (alpha + beta × benchmark's)."),
         QStringLiteral("MODEL"), QStringLiteral("adjusted")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
    });
    parseOrThrow(parser, context.args(), QStringLiteral("study"));
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{QStringLiteral("study: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())};
    for (const char *required : {"event", "symbol"}) {
        if (!parser.isSet(QLatin1String(required)))
            throw UsageError{QStringLiteral("study: --%1 is required").arg(QLatin1String(required))};
    }
    const QString model = parser.value(QStringLiteral("model"));
    if (model != QLatin1String("adjusted") && model != QLatin1String("market"))
        throw UsageError{QStringLiteral("study: --model: \"%1\" is not adjusted or market").arg(model)};
    EventStudyOptions options;
    std::tie(options.firstOffset, options.lastOffset) = parseWindow(parser.value(QStringLiteral("window")));
    options.model = model == QLatin1String("market") ? ExpectedReturnModel::MarketModel
                                                     : ExpectedReturnModel::MarketAdjusted;

    Store &store = context.store();
    const QString eventUid = parser.value(QStringLiteral("event"));
    const auto event = store.event(eventUid);
    if (!event) {
        context.err() << QStringLiteral("%1: no event \"%2\" (see `tickerline events`)\n").arg(store.name(), eventUid);
        return 1;
    }
    const auto symbolNamed = [&](const QString &asked) -> std::optional<Symbol> {
        const auto symbol = store.symbol(asked);
        if (!symbol)
            context.err()
                << QStringLiteral("%1: no symbol \"%2\" (see `tickerline symbols`)\n").arg(store.name(), asked);
        return symbol;
    };
    const auto symbol = symbolNamed(parser.value(QStringLiteral("symbol")));
    if (!symbol)
        return 1;
    std::optional<Symbol> benchmark;
    if (parser.isSet(QStringLiteral("benchmark"))) {
        benchmark = symbolNamed(parser.value(QStringLiteral("benchmark")));
        if (!benchmark)
            return 1;
    } else {
        for (const char *candidate : kDefaultBenchmarks) {
            if (!benchmark)
                benchmark = store.symbol(QLatin1String(candidate));
        }
        if (!benchmark) {
            context.err() << QStringLiteral("%1: neither SPY nor ^GSPC is in the database; name one with --benchmark S\n")
                                 .arg(store.name());
            return 1;
        }
    }
    const EventStudy study =
        runEventStudy(store.series(symbol->ticker), store.series(benchmark->ticker), *event, options);
    if (parser.isSet(QStringLiteral("json")))
        context.out() << QString::fromUtf8(
            QJsonDocument(toJson(study, event->uid, symbol->ticker, benchmark->ticker, model)).toJson(QJsonDocument::Indented));
    else
        printTable(context.out(), study, *event, symbol->ticker, benchmark->ticker,
                   options.model == ExpectedReturnModel::MarketModel);
    return 0;
}

} // namespace tickerline
