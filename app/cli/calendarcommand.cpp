// SPDX-License-Identifier: GPL-3.0-or-later
// calendar: the exchange's trading sessions between two dates, in New York time.
#include "cli/commandcontext.h"
#include "cli/options.h"
#include "time/isotime.h"
#include "time/tradingcalendar.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

namespace {

constexpr int kMaxCalendarDays = 366 * 50;

TradingCalendar::Date dateOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        throw UsageError{QStringLiteral("calendar needs --from D and --to D")};
    const auto ms = timeOption(parser, name, false);
    return boost::gregorian::date(1970, 1, 1) + boost::gregorian::days(*ms / kMsPerDay);
}

} // namespace

int runCalendarCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), QStringLiteral("First date."), QStringLiteral("D")},
                       {QStringLiteral("to"), QStringLiteral("Last date."), QStringLiteral("D")},
                       {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    parseOrThrow(parser, context.args(), QStringLiteral("calendar"));
    const TradingCalendar::Date from = dateOption(parser, QStringLiteral("from"));
    const TradingCalendar::Date to = dateOption(parser, QStringLiteral("to"));
    if (to < from)
        throw UsageError{QStringLiteral("--to is before --from")};
    if ((to - from).days() > kMaxCalendarDays)
        throw UsageError{QStringLiteral("at most 50 years at a time")};

    const TradingCalendar calendar;
    auto newYork = [&](std::int64_t ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, calendar.zone()).toString(QStringLiteral("HH:mm"));
    };
    QJsonArray sessions;
    for (const TradingSession &session : calendar.sessionsBetween(from, to)) {
        const QString date = QString::fromStdString(boost::gregorian::to_iso_extended_string(session.date));
        if (parser.isSet(QStringLiteral("json")))
            sessions.append(QJsonObject{{QStringLiteral("date"), date},
                                        {QStringLiteral("open"), newYork(session.openMs)},
                                        {QStringLiteral("close"), newYork(session.closeMs)}});
        else {
            // "early close (Christmas Eve)", "(Moment of silence …)" after a late open.
            QStringList notes;
            if (session.earlyClose)
                notes << QStringLiteral("early close");
            if (const QString special = calendar.specialHoursName(session.date); !special.isEmpty())
                notes << QStringLiteral("(%1)").arg(special);
            context.out() << date << "  " << newYork(session.openMs) << "–" << newYork(session.closeMs)
                          << (notes.isEmpty() ? QString() : QStringLiteral("  ") + notes.join(QLatin1Char(' ')))
                          << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        context.out() << QString::fromUtf8(QJsonDocument(sessions).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tickerline
