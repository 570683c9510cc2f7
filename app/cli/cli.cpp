// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "application.h"
#include "cli/briefcommand.h"
#include "cli/chartcommand.h"
#include "cli/commandcontext.h"
#include "error.h"
#include "imports/bundleddataset.h"
#include "store/database.h"
#include "store/store.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>

#include <cstdio>
#include <memory>

namespace tickerline {

namespace {

using CommandFunction = int (*)(CommandContext &);

int runChart(CommandContext &context)
{
    return runChartCommand(context.store(), context.args(), context.out(), context.err());
}

struct Command
{
    const char *name;
    CommandFunction run;
    bool needsGui = false;     // rendering (charts) needs a QGuiApplication, on the offscreen platform if no display
    bool needsDatabase = true;
};

constexpr Command kCommands[] = {
    {"events", &runEventsCommand, false},
    {"search", &runSearchCommand, false},
    {"import", &runImportCommand, false},
    {"export", &runExportCommand, false},
    {"copy", &runCopyCommand, false},
    {"symbols", &runSymbolsCommand, false},
    {"prices", &runPricesCommand, false},
    {"quotes", &runQuotesCommand, false},
    {"check", &runCheckCommand, false},
    {"study", &runStudyCommand, false},
    {"event", &runEventCommand, false},
    {"calendar", &runCalendarCommand, false, false},
    {"chart", &runChart, true},
    {"brief", &runBriefCommand, true},
};

const char *const kUsageText =
    "Usage:\n"
    "  tickerline [--db FILE] [--read-only] [--lang CODE]   open the window\n"
    "  tickerline [--read-only] [--lang CODE] FILE          open the window on that database\n"
    "  tickerline [--db FILE] events [--from D] [--to D] [--kind K] [--actor A] [--symbol S] [--json]\n"
    "  tickerline [--db FILE] search QUERY [--limit N] [--json]\n"
    "  tickerline [--db FILE] import FILE... [--format F] [--symbol S]\n"
    "  tickerline [--db FILE] import ARTICLE --source UID   replace that source's text; re-anchor its quotes\n"
    "  tickerline [--db FILE] export FILE [--format F]\n"
    "  tickerline [--db FILE] copy --to DB                  the whole dataset into another database\n"
    "  tickerline [--db FILE] symbols [--json]\n"
    "  tickerline [--db FILE] prices SYMBOL [--from D] [--to D] [--interval 1d] [--json]\n"
    "  tickerline [--db FILE] chart --out FILE.png|.svg|.pdf [--kind price|candles|compare|impact|density]\n"
    "                               [--symbols A,B,...] [--from D] [--to D] [--event UID] [--events]\n"
    "                               [--width W] [--height H] [--dpi N] [--theme light|dark] [--footer]\n"
    "  tickerline [--db FILE] study --event UID --symbol S [--benchmark S] [--window -1,5]\n"
    "                               [--model adjusted|market] [--json]   abnormal returns around an event\n"
    "  tickerline [--db FILE] brief --event UID --out FILE.pdf|.html [--symbols A,B,...]\n"
    "                               [--benchmark S] [--window -1,5]   one document of an event and its evidence\n"
    "  tickerline [--db FILE] quotes [--json]               re-anchor every quote; print each one's status\n"
    "  tickerline [--db FILE] check                         integrity of the database\n"
    "  tickerline [--db FILE] event add --title T --start D [--end D] [--kind K] [--precision P]\n"
    "                               [--uncertain] [--tz Z] [--actor A[:role]]... [--symbol S]...\n"
    "                               [--summary S]           add an event; prints its uid\n"
    "  tickerline [--db FILE] event edit UID [the same options, --certain]   change only what is given\n"
    "  tickerline [--db FILE] event delete UID\n"
    "  tickerline calendar --from D --to D [--json]        trading sessions (NYSE/Nasdaq, New York time)\n"
    "\n"
    "FILE: a database file, or a PostgreSQL team database: a URI (postgresql://user@host/dbname?sslmode=…)\n"
    "or a key=value string (\"host=… dbname=…\", \"service=team\"); passwords come from ~/.pgpass or the\n"
    "service file.\n"
    "Without --db the default database is used (created from the bundled dataset on first run).\n"
    "--db naming a file that does not exist creates an empty database there.\n"
    "A FILE in place of a subcommand (one that exists, or any name ending in .tickerline) is the\n"
    "same as --db FILE: that is how a file manager opens a database.\n"
    "--read-only opens the database without writing to it: the window shows it and disables every\n"
    "change; events, search, export, symbols, prices, chart, study, brief and check work, while import,\n"
    "event, quotes and other writing commands exit 1. A database that cannot be written (a\n"
    "read-only file, folder or medium) is opened this way by itself.\n"
    "Exit status: 0 done, 1 bad input or failure, 2 wrong usage.\n";

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// A word that names no subcommand is a database when it ends with .tickerline or names a file
// that exists (a database of another name, e.g. tickerline.db).
bool isDatabaseArgument(const QString &arg)
{
    return arg.endsWith(QLatin1String(".tickerline")) || QFileInfo::exists(arg);
}

} // namespace

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        auto value = [&](const QString &name) {
            if (arg.startsWith(name + QLatin1Char('=')))
                return arg.mid(name.size() + 1);
            if (i + 1 >= arguments.size())
                throw UsageError{QStringLiteral("%1 needs a value").arg(name)};
            return arguments[++i];
        };
        if (!options.command.isEmpty()) {
            options.commandArgs << arg;
        } else if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            options.db = value(QStringLiteral("--db"));
        } else if (arg == QLatin1String("--lang") || arg.startsWith(QLatin1String("--lang="))) {
            options.lang = value(QStringLiteral("--lang"));
        } else if (arg == QLatin1String("--read-only")) {
            options.readOnly = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help")) {
            options.help = true;
        } else if (arg == QLatin1String("--version")) {
            options.version = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            throw UsageError{QStringLiteral("unknown option %1").arg(arg)};
        } else if (!isCommand(arg) && isDatabaseArgument(arg)) {
            // `tickerline x.tickerline`, as a file manager opens a file: the same as --db.
            if (!options.db.isEmpty())
                throw UsageError{QStringLiteral("two databases: %1 and %2").arg(options.db, arg)};
            options.db = arg;
        } else {
            options.command = arg;
        }
    }
    return options;
}

namespace {

int runWith(const Command &command, const GlobalOptions &options, QTextStream &out, QTextStream &err)
{
    const QString db = !command.needsDatabase || !options.db.isEmpty() ? options.db : ensureDefaultDatabase();
    CommandContext context(db, options.commandArgs, out, err, options.readOnly);
    return command.run(context);
}

} // namespace

const char *usage()
{
    return kUsageText;
}

bool isCommand(const QString &name)
{
    return findCommand(name) != nullptr;
}

QStringList commandNames()
{
    QStringList names;
    for (const Command &command : kCommands)
        names << QLatin1String(command.name);
    return names;
}

int runCommand(const GlobalOptions &options, int &argc, char **argv, QTextStream &out, QTextStream &err)
{
    const Command *command = findCommand(options.command);
    if (!command) {
        err << "tickerline: unknown command \"" << options.command << "\"\n\n" << kUsageText;
        return 2;
    }
    std::unique_ptr<QCoreApplication> app;
    if (command->needsGui) {
        // Rendering needs a GUI application but never a screen: fall back to offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    application::installTranslations(*app, options.lang);
    application::useLocaleOf(options.lang); // a chart or brief in the language of its words
    // A second import waits for the first one rather than failing: say why it pauses.
    Database::setBusyNotice([&err] {
        err << "tickerline: waiting for another Tickerline process to finish writing…\n";
        err.flush();
    });
    const auto noNotice = qScopeGuard([] { Database::setBusyNotice({}); });
    try {
        const int status = runWith(*command, options, out, err);
        out.flush();
        return status;
    } catch (const UsageError &usage) {
        err << "tickerline: " << usage.message << '\n';
        return 2;
    } catch (const Error &error) {
        out.flush();
        err << error.message() << '\n';
        return 1;
    }
}

} // namespace tickerline
