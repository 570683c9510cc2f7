// SPDX-License-Identifier: GPL-3.0-or-later
// event add | edit | delete: one event at a time, through the same store edits as the window.
#include "cli/commandcontext.h"
#include "cli/options.h"
#include "error.h"
#include "io/eventimport.h"
#include "store/eventedits.h"
#include "store/quoteedits.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QDateTime>

namespace tickerline {

namespace {

// Wrong values (as opposed to wrong usage) exit with status 1, with the option at fault named.
[[noreturn]] void badValue(const QString &option, const QString &why)
{
    throw Error(QStringLiteral("--%1: %2").arg(option, why));
}

EventTime dateOption(const QCommandLineParser &parser, const QString &name)
{
    const QString text = parser.value(name);
    QString why;
    const auto parsed = parseEventTime(text.toUtf8(), &why);
    if (!parsed) {
        // The parser's "not an ISO 8601 date" already quotes the text; other reasons do not.
        if (why.startsWith(QLatin1Char('"')))
            why = QStringLiteral("expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ");
        badValue(name, QStringLiteral("\"%1\" is not a date (%2)").arg(text, why));
    }
    return *parsed;
}

// A day, month or year precision keeps midnight UTC of the first day; an hour or minute, the
// start of it. Finer values than the precision says would be drawn where nothing happened.
std::int64_t truncated(std::int64_t ms, Precision precision)
{
    const auto floorTo = [ms](std::int64_t unit) { return ms - ((ms % unit) + unit) % unit; };
    switch (precision) {
    case Precision::Second: return ms;
    case Precision::Minute: return floorTo(60'000);
    case Precision::Hour: return floorTo(3'600'000);
    case Precision::Day: return floorTo(kMsPerDay);
    case Precision::Month:
    case Precision::Year: {
        const QDate date = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
        const QDate first(date.year(), precision == Precision::Year ? 1 : date.month(), 1);
        return QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    }
    return ms;
}

void addEventOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("title"), QStringLiteral("The event's title."), QStringLiteral("T")},
        {QStringLiteral("start"), QStringLiteral("When it happened (ISO 8601)."), QStringLiteral("D")},
        {QStringLiteral("end"), QStringLiteral("When a span ended; empty: no end."), QStringLiteral("D")},
        {QStringLiteral("kind"), QStringLiteral("statement, release, market, policy, deal, report, other."),
         QStringLiteral("K")},
        {QStringLiteral("precision"), QStringLiteral("year, month, day, hour, minute, second."), QStringLiteral("P")},
        {QStringLiteral("uncertain"), QStringLiteral("The time is uncertain.")},
        {QStringLiteral("certain"), QStringLiteral("The time is certain.")},
        {QStringLiteral("tz"), QStringLiteral("IANA zone where it happened."), QStringLiteral("Z")},
        {QStringLiteral("actor"), QStringLiteral("Actor uid or name, with an optional role."),
         QStringLiteral("A[:role]")},
        {QStringLiteral("symbol"), QStringLiteral("A symbol the event concerns."), QStringLiteral("S")},
        {QStringLiteral("summary"), QStringLiteral("A summary."), QStringLiteral("S")},
    });
}

// An actor named on the command line: a uid or a name, else a new actor of that name. "A:role" is
// split at its last colon unless the whole of it names an actor.
EventActor resolveActor(Store &store, const QString &spec, const QString &dataset)
{
    QString who = spec.trimmed();
    QString role;
    if (!findActor(store, who)) {
        const qsizetype colon = who.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            role = who.mid(colon + 1).trimmed();
            who = who.left(colon).trimmed();
        }
    }
    if (who.isEmpty())
        badValue(QStringLiteral("actor"), QStringLiteral("\"%1\" names no actor").arg(spec));
    if (const std::optional<Actor> known = findActor(store, who))
        return {known->uid, role};
    const Actor actor{uniqueActorUid(store, who), who, QString(), dataset};
    store.addActor(actor);
    return {actor.uid, role};
}

// Applies the options that were given to `event` (all of them, for a new event).
void applyOptions(Store &store, const QCommandLineParser &parser, Event &event)
{
    const auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    if (isSet("title")) {
        event.title = parser.value(QStringLiteral("title")).trimmed();
        if (event.title.isEmpty())
            badValue(QStringLiteral("title"), QStringLiteral("empty"));
    }
    if (isSet("summary"))
        event.summary = parser.value(QStringLiteral("summary"));
    if (isSet("kind")) {
        const QString name = parser.value(QStringLiteral("kind"));
        const auto kind = eventKindFromString(name.trimmed().toLower());
        if (!kind)
            badValue(QStringLiteral("kind"), QStringLiteral("unknown kind \"%1\" (one of: %2)")
                                                 .arg(name, allEventKindNames().join(QStringLiteral(", "))));
        event.kind = *kind;
    }
    if (isSet("start")) {
        const EventTime start = dateOption(parser, QStringLiteral("start"));
        event.startMs = start.ms;
        event.precision = start.precision;
    }
    if (isSet("precision")) {
        const QString name = parser.value(QStringLiteral("precision"));
        const auto precision = precisionFromString(name.trimmed().toLower());
        if (!precision)
            badValue(QStringLiteral("precision"), QStringLiteral("unknown precision \"%1\" (one of: %2)")
                                                      .arg(name, allPrecisionNames().join(QStringLiteral(", "))));
        event.precision = *precision;
    }
    if (isSet("end")) {
        if (parser.value(QStringLiteral("end")).trimmed().isEmpty())
            event.endMs.reset();
        else
            event.endMs = dateOption(parser, QStringLiteral("end")).ms;
    }
    event.startMs = truncated(event.startMs, event.precision);
    if (event.endMs)
        event.endMs = truncated(*event.endMs, event.precision);
    if (isSet("uncertain") && isSet("certain"))
        throw UsageError{QStringLiteral("event: --uncertain and --certain exclude each other")};
    if (isSet("uncertain") || isSet("certain"))
        event.uncertain = isSet("uncertain");
    if (isSet("tz"))
        event.tz = parser.value(QStringLiteral("tz")).trimmed();
    // A repeated option lists them all; an empty value alone (--symbol "") clears the list.
    if (isSet("actor")) {
        event.actors.clear();
        for (const QString &spec : parser.values(QStringLiteral("actor"))) {
            if (!spec.trimmed().isEmpty())
                event.actors << resolveActor(store, spec, editsDataset().uid);
        }
    }
    if (isSet("symbol")) {
        event.symbols.clear();
        for (const QString &symbol : parser.values(QStringLiteral("symbol"))) {
            if (!symbol.trimmed().isEmpty())
                event.symbols << symbol.trimmed().toUpper();
        }
    }
}

int addCommand(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        throw UsageError{QStringLiteral("event add takes no arguments besides its options")};
    if (!parser.isSet(QStringLiteral("title")) || !parser.isSet(QStringLiteral("start")))
        throw UsageError{QStringLiteral("event add needs --title and --start")};
    Store &store = context.store();
    const auto transaction = store.transaction();
    store.ensureDataset(editsDataset());
    Event event;
    event.tz = QStringLiteral("UTC");
    event.dataset = editsDataset().uid;
    applyOptions(store, parser, event);
    event.uid = uniqueEventUid(store, event.title);
    store.addEvent(event);
    transaction->commit();
    context.out() << event.uid << '\n';
    return 0;
}

int editCommand(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 2)
        throw UsageError{QStringLiteral("event edit takes one event uid")};
    const QString uid = parser.positionalArguments().at(1);
    Store &store = context.store();
    const auto transaction = store.transaction();
    const std::optional<Event> read = store.event(uid);
    if (!read)
        throw Error(QStringLiteral("uid: no event \"%1\"").arg(uid));
    std::optional<Event> event = read;
    if (parser.isSet(QStringLiteral("actor")))
        store.ensureDataset(editsDataset()); // a new actor is credited to it
    applyOptions(store, parser, *event);
    store.updateEvent(*event, *read);
    transaction->commit();
    context.out() << uid << '\n';
    return 0;
}

int deleteCommand(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 2)
        throw UsageError{QStringLiteral("event delete takes one event uid")};
    if (!parser.optionNames().isEmpty())
        throw UsageError{QStringLiteral("event delete takes no options (--%1)").arg(parser.optionNames().constFirst())};
    const QString uid = parser.positionalArguments().at(1);
    context.store().removeEvent(uid);
    context.out() << uid << '\n';
    return 0;
}

} // namespace

int runEventCommand(CommandContext &context)
{
    QCommandLineParser parser;
    addEventOptions(parser);
    parseOrThrow(parser, context.args(), QStringLiteral("event"));
    const QString action = parser.positionalArguments().value(0);
    using Action = int (*)(CommandContext &, const QCommandLineParser &);
    const Action run = action == QLatin1String("add")      ? &addCommand
                       : action == QLatin1String("edit")   ? &editCommand
                       : action == QLatin1String("delete") ? &deleteCommand
                                                           : nullptr;
    if (!run)
        throw UsageError{action.isEmpty() ? QStringLiteral("event needs add, edit or delete")
                                          : QStringLiteral("event: unknown action \"%1\" (add, edit or delete)")
                                                .arg(action)};
    try {
        return run(context, parser);
    } catch (const Error &error) {
        throw Error(QStringLiteral("event %1: %2").arg(action, error.message()));
    }
}

} // namespace tickerline
