// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrules.h"

#include "error.h"
#include "store/eventedits.h"
#include "time/isotime.h"

#include <QSet>
#include <QTimeZone>

namespace tickerline {

namespace {

void checkTime(const char *field, std::int64_t ms)
{
    if (ms < kMinTimeMs || ms > kMaxTimeMs)
        throw Error(QStringLiteral("%1: outside the years 1400–9999").arg(QLatin1String(field)));
}

} // namespace

void checkEventFields(const Event &event, const QString &storedTz)
{
    if (event.title.trimmed().isEmpty())
        throw Error(QStringLiteral("title: empty"));
    checkTime("start", event.startMs);
    if (event.endMs) {
        checkTime("end", *event.endMs);
        if (*event.endMs < event.startMs)
            throw Error(QStringLiteral("end: before start"));
    }
    if (event.tz != storedTz && event.tz != QLatin1String("UTC") && !QTimeZone(event.tz.toUtf8()).isValid())
        throw Error(QStringLiteral("tz: unknown zone \"%1\"").arg(event.tz));
    QSet<QString> symbols;
    for (const QString &symbol : event.symbols) {
        if (symbol.trimmed().isEmpty())
            throw Error(QStringLiteral("symbols: an empty symbol"));
        if (symbols.contains(symbol))
            throw Error(QStringLiteral("symbols: \"%1\" is given twice").arg(symbol));
        symbols.insert(symbol);
    }
}

void checkEventActors(const Event &event)
{
    QSet<QPair<QString, QString>> seen;
    for (const EventActor &actor : event.actors) {
        if (seen.contains({actor.actor, actor.role}))
            throw Error(QStringLiteral("actors: \"%1\" is given twice as \"%2\"").arg(actor.actor, actor.role));
        seen.insert({actor.actor, actor.role});
    }
}

Event withDefaultZone(Event event)
{
    if (event.tz.isEmpty())
        event.tz = QStringLiteral("UTC");
    return event;
}

namespace {

// What differs between two states of an event, by the names of the event form's fields.
QStringList changedFields(const Event &before, const Event &after)
{
    QStringList fields;
    const auto differs = [&](bool changed, const char *field) {
        if (changed)
            fields << QLatin1String(field);
    };
    differs(before.title != after.title, "title");
    differs(before.summary != after.summary, "summary");
    differs(before.kind != after.kind, "kind");
    differs(before.startMs != after.startMs, "start");
    differs(before.endMs != after.endMs, "end");
    differs(before.precision != after.precision, "precision");
    differs(before.uncertain != after.uncertain, "uncertain");
    differs(before.tz != after.tz, "tz");
    differs(before.actors != after.actors, "actors");
    differs(before.symbols != after.symbols, "symbols");
    return fields;
}

} // namespace

QList<EventLink> checkedLinksOf(const QString &uid, const QList<EventLink> &links)
{
    const QStringList types = eventLinkTypes();
    QList<EventLink> checked;
    for (const EventLink &link : links) {
        if (!link.from.isEmpty() && link.from != uid)
            throw Error(QStringLiteral("links: a link from \"%1\" is not a link of \"%2\"").arg(link.from, uid));
        if (!types.contains(link.type))
            throw Error(QStringLiteral("links: unknown type \"%1\" (one of: %2)")
                            .arg(link.type, types.join(QStringLiteral(", "))));
        if (link.to == uid)
            throw Error(QStringLiteral("links: \"%1\" cannot link to itself").arg(uid));
        const EventLink own{uid, link.to, link.type};
        if (!checked.contains(own))
            checked << own;
    }
    return checked;
}

void refuseIfChangedSince(const Event &expected, const std::optional<Event> &current)
{
    if (!current)
        throw Error(QStringLiteral("uid: no event \"%1\"").arg(expected.uid));
    const QStringList changed = changedFields(withDefaultZone(expected), withDefaultZone(*current));
    if (!changed.isEmpty())
        throw Error(QStringLiteral("%1: someone else changed event \"%2\" since it was opened; nothing was saved, "
                                   "open it again to see their change")
                        .arg(changed.join(QStringLiteral(", ")), expected.uid));
}

} // namespace tickerline
