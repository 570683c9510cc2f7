// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventbrief.h"

#include "error.h"
#include "models/eventtablemodel.h"
#include "store/store.h"
#include "time/isotime.h"
#include "time/tradingcalendar.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

namespace tickerline {

namespace {

const TradingCalendar &calendar()
{
    static const TradingCalendar instance;
    return instance;
}

std::int64_t midnightOf(const boost::gregorian::date &date)
{
    static const boost::gregorian::date epoch(1970, 1, 1);
    return std::int64_t((date - epoch).days()) * kMsPerDay;
}

boost::gregorian::date utcDateOf(std::int64_t ms)
{
    const std::int64_t days = ms >= 0 ? ms / kMsPerDay : (ms - kMsPerDay + 1) / kMsPerDay;
    return boost::gregorian::date(1970, 1, 1) + boost::gregorian::days(long(days));
}

bool isCalendarPrecision(Precision precision)
{
    return precision <= Precision::Day;
}

// "America/Los_Angeles" → "Los Angeles".
QString cityOf(const QString &zone)
{
    return zone.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
}

BriefTime timeIn(const Event &event, const QString &zoneId, const QString &label)
{
    const QTimeZone zone = zoneId == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zoneId.toUtf8());
    if (!zone.isValid())
        return {zoneId, label, EventTableModel::formatEventTime(event, QTimeZone::utc()) + QStringLiteral(" UTC")};
    QString text = EventTableModel::formatEventTime(event, zone);
    // A calendar date is the same date in every zone; a time says which offset it is in.
    if (!isCalendarPrecision(event.precision)) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(event.startMs, zone);
        text += QLatin1Char(' ') + (zone == QTimeZone::utc() ? QStringLiteral("UTC") : zone.abbreviation(start));
    }
    return {zoneId, label, text};
}

BriefSession sessionOf(const Event &event)
{
    BriefSession result;
    const TradingSession session = [&] {
        if (isCalendarPrecision(event.precision)) {
            const auto date = utcDateOf(event.startMs);
            return calendar().isTradingDay(date) ? *calendar().session(date) : calendar().nextSession(date);
        }
        return calendar().firstSessionReached(event.startMs);
    }();
    result.dateMs = midnightOf(session.date);
    result.openMs = session.openMs;
    result.closeMs = session.closeMs;
    result.earlyClose = session.earlyClose;
    const auto eventDay =
        isCalendarPrecision(event.precision) ? utcDateOf(event.startMs) : calendar().exchangeDate(event.startMs);
    if (!calendar().isTradingDay(eventDay)) {
        result.placement = BriefSession::Placement::ClosedDay;
        const QString closure = calendar().closureName(eventDay);
        result.closure = closure.isEmpty() ? QStringLiteral("weekend") : closure;
    } else if (isCalendarPrecision(event.precision)) {
        result.placement = BriefSession::Placement::SameDay;
    } else if (session.date != eventDay) {
        result.placement = BriefSession::Placement::AfterClose;
    } else if (event.startMs < session.openMs) {
        result.placement = BriefSession::Placement::BeforeOpen;
    } else {
        result.placement = BriefSession::Placement::During;
    }
    return result;
}

// The symbols when none are asked for: the event's own, else those of the events it links to
// (a statement that responds to a selloff is measured on the selloff's symbols), else every
// company whose market value can be computed.
QStringList defaultSymbols(Store &store, const Event &event, const QList<EventLink> &links)
{
    QStringList symbols = event.symbols;
    if (symbols.isEmpty()) {
        for (const EventLink &link : links) {
            if (link.from != event.uid)
                continue;
            if (const auto other = store.event(link.to)) {
                for (const QString &symbol : other->symbols) {
                    if (!symbols.contains(symbol))
                        symbols << symbol;
                }
            }
        }
    }
    if (symbols.isEmpty()) {
        for (const Symbol &symbol : store.symbols()) {
            if (symbol.sharesOutstanding)
                symbols << symbol.ticker;
        }
    }
    return symbols;
}

} // namespace

QString toString(BriefSession::Placement placement)
{
    switch (placement) {
    case BriefSession::Placement::BeforeOpen:
        return QStringLiteral("before the open");
    case BriefSession::Placement::During:
        return QStringLiteral("during the session");
    case BriefSession::Placement::AfterClose:
        return QStringLiteral("after the close");
    case BriefSession::Placement::ClosedDay:
        return QStringLiteral("on a closed day");
    case BriefSession::Placement::SameDay:
        break;
    }
    return QStringLiteral("that day's session");
}

EventBrief buildEventBrief(Store &store, const QString &uid, const EventBriefOptions &options)
{
    if (options.firstOffset > options.lastOffset)
        throw Error(QStringLiteral("the window ends (%1) before it starts (%2)")
                        .arg(options.lastOffset)
                        .arg(options.firstOffset));
    EventBrief brief;
    const auto event = store.event(uid);
    if (!event)
        throw Error(QStringLiteral("%1: no event \"%2\"").arg(store.name(), uid));
    brief.event = *event;
    brief.summary = event->summary;

    QHash<QString, QString> actorNames;
    for (const Actor &actor : store.actors())
        actorNames.insert(actor.uid, actor.name);
    for (const EventActor &actor : event->actors)
        brief.actors.append({actor.actor, actorNames.value(actor.actor, actor.actor), actor.role});

    brief.times << timeIn(*event, QStringLiteral("America/New_York"), QStringLiteral("New York"))
                << timeIn(*event, QStringLiteral("UTC"), QStringLiteral("UTC"));
    // The event's own zone gets a row of its own unless it is one of those two.
    if (event->tz == QLatin1String("America/New_York") || event->tz == QLatin1String("UTC") ||
        event->tz == QLatin1String("Etc/UTC"))
        brief.times[event->tz == QLatin1String("America/New_York") ? 0 : 1].eventZone = true;
    else if (!event->tz.isEmpty())
        brief.times << timeIn(*event, event->tz, cityOf(event->tz));
    if (brief.times.size() == 3)
        brief.times[2].eventZone = true;
    brief.session = sessionOf(*event);

    QSet<QString> datasetUids{event->dataset};
    const QList<EventLink> links = store.links();
    brief.symbols = options.symbols.isEmpty() ? defaultSymbols(store, *event, links) : options.symbols;

    // The benchmark first: an unknown one is refused before any work.
    if (!options.benchmark.isEmpty()) {
        brief.benchmark = store.symbol(options.benchmark);
        if (!brief.benchmark)
            throw Error(QStringLiteral("%1: no symbol \"%2\"").arg(store.name(), options.benchmark));
    } else {
        for (const char *candidate : kDefaultBenchmarks) {
            if (!brief.benchmark)
                brief.benchmark = store.symbol(QLatin1String(candidate));
        }
    }
    const PriceSeries benchmarkSeries = brief.benchmark ? store.series(brief.benchmark->ticker) : PriceSeries();
    if (brief.benchmark)
        datasetUids << benchmarkSeries.dataset << brief.benchmark->dataset;
    brief.studyOptions.firstOffset = options.firstOffset;
    brief.studyOptions.lastOffset = options.lastOffset;

    QStringList tickers;
    for (const QString &asked : std::as_const(brief.symbols)) {
        const auto symbol = store.symbol(asked);
        if (!symbol)
            throw Error(QStringLiteral("%1: no symbol \"%2\"").arg(store.name(), asked));
        if (tickers.contains(symbol->ticker))
            continue;
        tickers << symbol->ticker;
        const PriceSeries series = store.series(symbol->ticker);
        datasetUids << series.dataset << symbol->dataset;
        brief.moves.append({*symbol, eventMove(series, *event, symbol->sharesOutstanding)});
        if (!brief.benchmark || symbol->ticker == brief.benchmark->ticker)
            continue;
        BriefStudy study{symbol->ticker, {}, {}};
        try {
            study.study = runEventStudy(series, benchmarkSeries, *event, brief.studyOptions);
        } catch (const Error &error) {
            study.problem = error.message();
        }
        brief.studies.append(study);
    }
    brief.symbols = tickers;

    for (const Quote &quote : store.quotesOfEvent(uid)) {
        BriefQuote entry{quote, actorNames.value(quote.speaker), {}};
        if (const auto source = store.source(quote.source)) {
            entry.source = *source;
            entry.source.text.clear(); // the brief shows the quote, not the whole article
            datasetUids << source->dataset;
        }
        datasetUids << quote.dataset;
        brief.quotes.append(entry);
    }

    for (const EventLink &link : links) {
        const bool from = link.from == uid, to = link.to == uid;
        if (!from && !to)
            continue;
        if (const auto other = store.event(from ? link.to : link.from))
            (from ? brief.outgoing : brief.incoming).append({link.type, *other});
    }

    datasetUids.remove(QString());
    for (const DatasetInfo &info : store.datasets()) {
        if (datasetUids.contains(info.uid))
            brief.datasets.append(info);
    }
    return brief;
}

} // namespace tickerline
