// SPDX-License-Identifier: GPL-3.0-or-later
// The read-only subcommands: events, symbols, prices, search, check.
#include "cli/commandcontext.h"
#include "cli/eventlisting.h"
#include "cli/streamedoutput.h"
#include "cli/options.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <utility>

namespace tickerline {

namespace {

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QJsonValue nullable(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

int runEventsCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), QStringLiteral("Events that end on or after D."), QStringLiteral("D")},
                       {QStringLiteral("to"), QStringLiteral("Events that start on or before D."), QStringLiteral("D")},
                       {QStringLiteral("kind"), QStringLiteral("Only these kinds (comma-separated)."), QStringLiteral("K")},
                       {QStringLiteral("actor"), QStringLiteral("Only events of this actor (uid or name)."),
                        QStringLiteral("A")},
                       {QStringLiteral("symbol"), QStringLiteral("Only events concerning this symbol."),
                        QStringLiteral("S")},
                       {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    parseOrThrow(parser, context.args(), QStringLiteral("events"));
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{QStringLiteral("events takes no arguments besides its options")};

    EventFilter filter;
    filter.fromMs = timeOption(parser, QStringLiteral("from"), false);
    filter.toMs = timeOption(parser, QStringLiteral("to"), true);
    if (parser.isSet(QStringLiteral("kind"))) {
        for (const QString &name : parser.value(QStringLiteral("kind")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto kind = eventKindFromString(name.trimmed().toLower());
            if (!kind)
                throw UsageError{QStringLiteral("--kind: unknown kind \"%1\" (one of: %2)")
                                     .arg(name, allEventKindNames().join(QStringLiteral(", ")))};
            filter.kinds << *kind;
        }
    }
    filter.actor = parser.value(QStringLiteral("actor"));
    filter.symbol = parser.value(QStringLiteral("symbol"));

    // Streamed as it is read: the first line shows at once and memory stays flat whatever the
    // count, in the very bytes a whole document would have been printed in.
    const bool json = parser.isSet(QStringLiteral("json"));
    // A reader that goes away (`| head -1`) makes a write fail, which ends the listing quietly,
    // instead of a signal ending the process.
    std::signal(SIGPIPE, SIG_IGN);
    StreamedOutput output(context.out());
    bool empty = true;
    if (json)
        output.buffer() += eventlisting::kJsonOpen;
    // Called on other threads too, for pieces of the listing made at once.
    const auto format = [json](QByteArray &piece, const ListedEvent &event, bool first) {
        if (!json) {
            eventlisting::appendTextLine(piece, event);
            return;
        }
        if (!first)
            piece += eventlisting::kJsonSeparator;
        eventlisting::appendJsonElement(piece, event);
    };
    context.store().writeListedEvents(filter, json ? EventDetail::Full : EventDetail::Row, format,
                                      [&](const QByteArray &piece) {
                                          empty = false;
                                          return output.write(piece);
                                      });
    if (json)
        eventlisting::appendJsonClose(output.buffer(), empty);
    output.flush();
    return 0;
}

int runSymbolsCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parseOrThrow(parser, context.args(), QStringLiteral("symbols"));
    const QList<SymbolSummary> summaries = context.store().symbolSummaries();
    if (!parser.isSet(QStringLiteral("json"))) {
        for (const SymbolSummary &s : summaries)
            context.out() << s.symbol.ticker.leftJustified(7) << s.symbol.kind.leftJustified(6)
                          << QString::number(s.bars).rightJustified(6) << " bars  "
                          << (s.firstMs ? formatIsoDate(*s.firstMs) : QStringLiteral("—")) << " – "
                          << (s.lastMs ? formatIsoDate(*s.lastMs) : QStringLiteral("—")) << "  " << s.symbol.name
                          << '\n';
        return 0;
    }
    QJsonArray array;
    for (const SymbolSummary &s : summaries)
        array.append(QJsonObject{
            {QStringLiteral("symbol"), s.symbol.ticker},
            {QStringLiteral("name"), s.symbol.name},
            {QStringLiteral("kind"), s.symbol.kind},
            {QStringLiteral("bars"), double(s.bars)},
            {QStringLiteral("first"), s.firstMs ? QJsonValue(formatIsoDate(*s.firstMs)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("last"), s.lastMs ? QJsonValue(formatIsoDate(*s.lastMs)) : QJsonValue(QJsonValue::Null)}});
    printJson(context.out(), array);
    return 0;
}

int runPricesCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), QStringLiteral("First date."), QStringLiteral("D")},
                       {QStringLiteral("to"), QStringLiteral("Last date."), QStringLiteral("D")},
                       {QStringLiteral("interval"), QStringLiteral("Bar interval (default 1d)."), QStringLiteral("I"),
                        QStringLiteral("1d")},
                       {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    parseOrThrow(parser, context.args(), QStringLiteral("prices"));
    if (parser.positionalArguments().size() != 1)
        throw UsageError{QStringLiteral("prices takes one SYMBOL")};
    const QString asked = parser.positionalArguments().constFirst();
    Store &store = context.store();
    const auto symbol = store.symbol(asked);
    if (!symbol) {
        context.err() << QStringLiteral("%1: no symbol \"%2\" (see `tickerline symbols`)\n").arg(store.name(), asked);
        return 1;
    }
    const QString interval = parser.value(QStringLiteral("interval"));
    const PriceSeries series = store.series(symbol->ticker, interval, timeOption(parser, QStringLiteral("from"), false),
                                            timeOption(parser, QStringLiteral("to"), true));
    const bool daily = interval == QLatin1String("1d");
    if (!parser.isSet(QStringLiteral("json"))) {
        context.out() << (daily ? "date" : "time") << ",open,high,low,close,adj_close,volume\n";
        for (const Bar &bar : series.bars)
            context.out() << (daily ? formatIsoDate(bar.tsMs) : formatIsoUtc(bar.tsMs)) << ',' << bar.open << ','
                          << bar.high << ',' << bar.low << ',' << bar.close << ','
                          << (bar.adjClose ? QString::number(*bar.adjClose, 'g', 17) : QString()) << ','
                          << (bar.volume ? QString::number(*bar.volume, 'f', 0) : QString()) << '\n';
        return 0;
    }
    QJsonArray array;
    for (const Bar &bar : series.bars)
        array.append(QJsonObject{
            {daily ? QStringLiteral("date") : QStringLiteral("time"),
             daily ? formatIsoDate(bar.tsMs) : formatIsoUtc(bar.tsMs)},
            {QStringLiteral("open"), bar.open},
            {QStringLiteral("high"), bar.high},
            {QStringLiteral("low"), bar.low},
            {QStringLiteral("close"), bar.close},
            {QStringLiteral("adj_close"), nullable(bar.adjClose)},
            {QStringLiteral("volume"), nullable(bar.volume)}});
    printJson(context.out(), array);
    return 0;
}

int runSearchCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("limit"), QStringLiteral("At most N hits (default 20)."), QStringLiteral("N")},
                       {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    parseOrThrow(parser, context.args(), QStringLiteral("search"));
    if (parser.positionalArguments().isEmpty())
        throw UsageError{QStringLiteral("search takes a QUERY")};
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    const QList<SearchHit> hits = context.store().search(query, intOption(parser, QStringLiteral("limit"), 20, 1, 10000));
    if (!parser.isSet(QStringLiteral("json"))) {
        for (const SearchHit &hit : hits)
            context.out() << hit.type.leftJustified(7) << hit.uid << "  " << hit.snippet.simplified() << '\n';
        return 0;
    }
    QJsonArray array;
    for (const SearchHit &hit : hits)
        array.append(QJsonObject{{QStringLiteral("type"), hit.type},
                                 {QStringLiteral("uid"), hit.uid},
                                 {QStringLiteral("title"), hit.title},
                                 {QStringLiteral("snippet"), hit.snippet},
                                 {QStringLiteral("score"), hit.score}});
    printJson(context.out(), array);
    return 0;
}

int runCheckCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parseOrThrow(parser, context.args(), QStringLiteral("check"));
    const QStringList problems = context.store().check();
    for (const QString &problem : problems)
        context.err() << context.store().name() << ": " << problem << '\n';
    if (!problems.isEmpty())
        return 1;
    context.out() << context.store().name() << ": ok\n";
    return 0;
}

} // namespace tickerline
