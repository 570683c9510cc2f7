// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefcommand.h"

#include "brief/briefchart.h"
#include "brief/briefdocument.h"
#include "brief/eventbrief.h"
#include "cli/commandcontext.h"
#include "cli/options.h"
#include "error.h"

#include <QCommandLineParser>

namespace tickerline {

int runBriefCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("event"), QStringLiteral("The event's uid."), QStringLiteral("UID")},
        {QStringLiteral("out"), QStringLiteral("Output file: .pdf or .html."), QStringLiteral("FILE")},
        {QStringLiteral("symbols"),
         QStringLiteral("Comma-separated symbols (default: the event's, else those of the events it links to)."),
         QStringLiteral("A,B")},
        {QStringLiteral("benchmark"), QStringLiteral("The market's proxy (default SPY, else ^GSPC)."),
         QStringLiteral("S")},
        {QStringLiteral("window"), QStringLiteral("First and last session offset of the study (default -1,5)."),
         QStringLiteral("FIRST,LAST"), QStringLiteral("-1,5")},
    });
    parseOrThrow(parser, context.args(), QStringLiteral("brief"));
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{
            QStringLiteral("brief: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())};
    for (const char *required : {"event", "out"}) {
        if (!parser.isSet(QLatin1String(required)))
            throw UsageError{QStringLiteral("brief: --%1 is required").arg(QLatin1String(required))};
    }
    const QString path = parser.value(QStringLiteral("out"));
    if (!briefFormatForPath(path))
        throw UsageError{QStringLiteral("brief: --out: %1 is not a .pdf or .html file").arg(path)};
    EventBriefOptions options;
    try {
        std::tie(options.firstOffset, options.lastOffset) = parseWindow(parser.value(QStringLiteral("window")));
    } catch (const UsageError &usage) {
        throw UsageError{QStringLiteral("brief: ") + usage.message};
    }
    for (const QString &symbol : parser.value(QStringLiteral("symbols")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.symbols << symbol.trimmed();
    options.benchmark = parser.value(QStringLiteral("benchmark")).trimmed();

    Store &store = context.store();
    const EventBrief brief = buildEventBrief(store, parser.value(QStringLiteral("event")), options);
    const BriefChart chart = loadBriefChart(store, brief);
    writeBrief(path, brief, renderBriefChart(chart), chart.note);
    context.out() << path << '\n';
    return 0;
}

} // namespace tickerline
