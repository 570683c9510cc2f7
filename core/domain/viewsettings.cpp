// SPDX-License-Identifier: GPL-3.0-or-later
// ViewSettings as JSON: the text a saved view is stored as, in the database and in files.
#include "domain/entities.h"

#include "time/isotime.h"

#include <QJsonArray>

#include <array>

namespace tickerline {

namespace {

constexpr std::array kLanes{"kind", "actor", "symbol"};
constexpr std::array kZones{"new-york", "utc", "event", "system"};
constexpr std::array kCharts{"price", "candles", "compare", "impact", "density"};

template<std::size_t N>
QStringList namesOf(const std::array<const char *, N> &names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

// Reads one of `names` into `value`; false (with the reason) for anything else.
template<typename Enum, std::size_t N>
bool readName(const QJsonObject &json, const char *key, const std::array<const char *, N> &names, Enum &value,
              QString &why)
{
    const QJsonValue item = json.value(QLatin1String(key));
    if (item.isUndefined())
        return true;
    const QStringList allowed = namesOf(names);
    const qsizetype index = item.isString() ? allowed.indexOf(item.toString()) : -1;
    if (index < 0) {
        why = QStringLiteral("unknown value \"%1\" (one of: %2)")
                  .arg(item.isString() ? item.toString() : QStringLiteral("(not a string)"),
                       allowed.join(QStringLiteral(", ")));
        return false;
    }
    value = Enum(index);
    return true;
}

bool readTime(const QJsonObject &json, const char *key, std::optional<std::int64_t> &value, QString &why)
{
    const QJsonValue item = json.value(QLatin1String(key));
    if (item.isUndefined() || item.isNull()) {
        value.reset();
        return true;
    }
    if (!item.isString()) {
        why = QStringLiteral("must be an ISO 8601 time string");
        return false;
    }
    const auto parsed = parseIsoTime(item.toString(), &why);
    if (!parsed)
        return false;
    value = parsed->ms;
    return true;
}

bool readStrings(const QJsonObject &json, const char *key, QStringList &value, QString &why)
{
    const QJsonValue item = json.value(QLatin1String(key));
    if (item.isUndefined())
        return true;
    if (!item.isArray()) {
        why = QStringLiteral("must be an array of strings");
        return false;
    }
    value.clear();
    for (const QJsonValue &entry : item.toArray()) {
        if (!entry.isString()) {
            why = QStringLiteral("must be an array of strings");
            return false;
        }
        value << entry.toString();
    }
    return true;
}

bool readKinds(const QJsonObject &json, QList<EventKind> &kinds, QString &why)
{
    QStringList names;
    if (!json.contains(QLatin1String("kinds")))
        return true;
    if (!readStrings(json, "kinds", names, why))
        return false;
    kinds.clear();
    for (const QString &name : std::as_const(names)) {
        const auto kind = eventKindFromString(name);
        if (!kind) {
            why = QStringLiteral("unknown kind \"%1\" (one of: %2)").arg(name, allEventKindNames().join(QStringLiteral(", ")));
            return false;
        }
        if (!kinds.contains(*kind))
            kinds << *kind;
    }
    return true;
}

} // namespace

QString toString(ViewSettings::Lanes lanes) { return QString::fromLatin1(kLanes.at(std::size_t(lanes))); }
QString toString(ViewSettings::Zone zone) { return QString::fromLatin1(kZones.at(std::size_t(zone))); }
QString toString(ViewSettings::Chart chart) { return QString::fromLatin1(kCharts.at(std::size_t(chart))); }

QJsonObject ViewSettings::toJson() const
{
    QJsonArray kindNames;
    for (EventKind kind : kinds)
        kindNames.append(toString(kind));
    QJsonObject json{{QStringLiteral("kinds"), kindNames},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("lanes"), toString(lanes)},
                     {QStringLiteral("zone"), toString(zone)},
                     {QStringLiteral("chart"), toString(chart)},
                     {QStringLiteral("chart_symbols"), QJsonArray::fromStringList(chartSymbols)}};
    if (fromMs)
        json.insert(QStringLiteral("from"), formatIsoUtc(*fromMs));
    if (toMs)
        json.insert(QStringLiteral("to"), formatIsoUtc(*toMs));
    return json;
}

std::optional<ViewSettings> ViewSettings::fromJson(const QJsonObject &json, QString *key, QString *why)
{
    ViewSettings settings;
    QString reason;
    const auto fail = [&](const char *name) -> std::optional<ViewSettings> {
        if (key)
            *key = QString::fromLatin1(name);
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!readKinds(json, settings.kinds, reason))
        return fail("kinds");
    const QJsonValue text = json.value(QLatin1String("text"));
    if (!text.isUndefined() && !text.isString()) {
        reason = QStringLiteral("must be a string");
        return fail("text");
    }
    settings.text = text.toString();
    if (!readTime(json, "from", settings.fromMs, reason))
        return fail("from");
    if (!readTime(json, "to", settings.toMs, reason))
        return fail("to");
    if (settings.fromMs && settings.toMs && *settings.toMs < *settings.fromMs) {
        reason = QStringLiteral("before from");
        return fail("to");
    }
    if (!readName(json, "lanes", kLanes, settings.lanes, reason))
        return fail("lanes");
    if (!readName(json, "zone", kZones, settings.zone, reason))
        return fail("zone");
    if (!readName(json, "chart", kCharts, settings.chart, reason))
        return fail("chart");
    if (!readStrings(json, "chart_symbols", settings.chartSymbols, reason))
        return fail("chart_symbols");
    return settings;
}

} // namespace tickerline
