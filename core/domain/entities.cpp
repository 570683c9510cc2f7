// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

#include <QCoreApplication>

#include <array>

namespace tickerline {

namespace {

constexpr std::array kPrecisions{"year", "month", "day", "hour", "minute", "second"};
constexpr std::array kStatuses{"exact", "moved", "fuzzy", "orphaned"};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<const char *, N> &names, const QString &text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

template<std::size_t N>
QStringList allNames(const std::array<const char *, N> &names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

// An out-of-range value (a cast from a bad int) reads as Other, as the table model always showed it.
const EventKindInfo &info(EventKind kind)
{
    const auto index = std::size_t(kind);
    return kEventKinds.at(index < kEventKinds.size() ? index : std::size_t(EventKind::Other));
}

} // namespace

QString toString(EventKind kind) { return QString::fromLatin1(info(kind).name); }
QString toString(Precision precision) { return QString::fromLatin1(kPrecisions.at(std::size_t(precision))); }
QString toString(AnchorStatus status) { return QString::fromLatin1(kStatuses.at(std::size_t(status))); }

std::optional<EventKind> eventKindFromString(const QString &text)
{
    for (const EventKindInfo &row : kEventKinds) {
        if (text == QLatin1String(row.name))
            return row.kind;
    }
    return std::nullopt;
}

std::optional<Precision> precisionFromString(const QString &text) { return lookup<Precision>(kPrecisions, text); }
std::optional<AnchorStatus> anchorStatusFromString(const QString &text)
{
    return lookup<AnchorStatus>(kStatuses, text);
}

QString eventKindLabel(EventKind kind)
{
    return QCoreApplication::translate("EventKind", info(kind).label);
}

QStringList allEventKindNames()
{
    QStringList list;
    for (const EventKindInfo &row : kEventKinds)
        list << QString::fromLatin1(row.name);
    return list;
}

QStringList allPrecisionNames() { return allNames(kPrecisions); }

const QList<EventKind> &allEventKinds()
{
    static const QList<EventKind> kinds = [] {
        QList<EventKind> list;
        for (const EventKindInfo &row : kEventKinds)
            list << row.kind;
        return list;
    }();
    return kinds;
}

} // namespace tickerline
