// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcommand.h"

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/chartinput.h"
#include "cli/commandcontext.h"
#include "cli/options.h"
#include "error.h"
#include "store/store.h"

#include <QCommandLineParser>

namespace tickerline {

int runChartCommand(Store &store, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("Output file: .png, .svg or .pdf."), QStringLiteral("FILE")},
        {QStringLiteral("kind"), QStringLiteral("price, candles, compare, impact or density (default price)."),
         QStringLiteral("KIND"), QStringLiteral("price")},
        {QStringLiteral("symbols"), QStringLiteral("Comma-separated symbols."), QStringLiteral("A,B")},
        {QStringLiteral("from"), QStringLiteral("First date."), QStringLiteral("D")},
        {QStringLiteral("to"), QStringLiteral("Last date."), QStringLiteral("D")},
        {QStringLiteral("event"), QStringLiteral("Anchor event uid (compare, impact)."), QStringLiteral("UID")},
        {QStringLiteral("events"), QStringLiteral("Mark events on price charts.")},
        {QStringLiteral("width"), QStringLiteral("Width in pixels (default 1600)."), QStringLiteral("W")},
        {QStringLiteral("height"), QStringLiteral("Height in pixels (default 900)."), QStringLiteral("H")},
        {QStringLiteral("dpi"), QStringLiteral("Resolution (default 96)."), QStringLiteral("N")},
        {QStringLiteral("theme"), QStringLiteral("light or dark (default light)."), QStringLiteral("THEME"),
         QStringLiteral("light")},
        {QStringLiteral("footer"), QStringLiteral("Name the data's sources under the chart.")},
        {QStringLiteral("value"), QStringLiteral("Impact in market value rather than %; compare as an index.")},
    });
    try {
        parseOrThrow(parser, args, QStringLiteral("chart"));
        if (!parser.positionalArguments().isEmpty())
            throw UsageError{QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())};
        if (!parser.isSet(QStringLiteral("out")))
            throw UsageError{QStringLiteral("--out FILE is required")};
        const QString path = parser.value(QStringLiteral("out"));
        if (!ChartExporter::formatForPath(path))
            throw UsageError{QStringLiteral("--out: %1 is not a .png, .svg or .pdf file").arg(path)};
        ChartRequest request;
        const auto kind = chartKindFromString(parser.value(QStringLiteral("kind")));
        if (!kind)
            throw UsageError{QStringLiteral("--kind: \"%1\" is not one of price, candles, compare, impact, density")
                            .arg(parser.value(QStringLiteral("kind")))};
        request.kind = *kind;
        const auto theme = colourThemeFromString(parser.value(QStringLiteral("theme")));
        if (!theme)
            throw UsageError{QStringLiteral("--theme: \"%1\" is not light or dark").arg(parser.value(QStringLiteral("theme")))};
        request.theme = *theme;
        for (const QString &symbol :
             parser.value(QStringLiteral("symbols")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.symbols << symbol.trimmed();
        request.fromMs = timeOption(parser, QStringLiteral("from"), false);
        request.toMs = timeOption(parser, QStringLiteral("to"), true);
        request.eventUid = parser.value(QStringLiteral("event"));
        request.showEvents = parser.isSet(QStringLiteral("events"));
        request.percent = !parser.isSet(QStringLiteral("value"));
        if (request.symbols.isEmpty() && request.kind != ChartKind::Density && request.kind != ChartKind::Impact)
            throw UsageError{QStringLiteral("--symbols A,B,… is required for a %1 chart").arg(toString(request.kind))};
        if (request.kind == ChartKind::Impact && request.eventUid.isEmpty() && !request.fromMs)
            throw UsageError{QStringLiteral("an impact chart needs --event UID (or --from, the session to measure)")};
        ExportOptions options;
        options.size = QSize(intOption(parser, QStringLiteral("width"), 1600, 100, 16384),
                             intOption(parser, QStringLiteral("height"), 900, 100, 16384));
        options.dpi = intOption(parser, QStringLiteral("dpi"), 96, 24, 1200);
        options.footer = parser.isSet(QStringLiteral("footer"));

        const ChartInput input = loadChartInput(store, request);
        const auto chart = makeChart(input, request);
        ChartExporter(options).exportToFile(*chart, path);
        out << path << '\n';
        return 0;
    } catch (const UsageError &usage) {
        // parseOrThrow names the command itself; the checks above do not.
        const QString prefix = QStringLiteral("chart: ");
        err << (usage.message.startsWith(prefix) ? usage.message : prefix + usage.message) << '\n';
        return 2;
    } catch (const Error &error) {
        err << "chart: " << error.message() << '\n';
        return 1;
    }
}

} // namespace tickerline
