// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

#include <array>

namespace tickerline {

namespace {

constexpr std::array kEventKinds{"statement", "release", "market", "policy", "deal", "report", "other"};
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

} // namespace

QString toString(EventKind kind) { return QString::fromLatin1(kEventKinds.at(std::size_t(kind))); }
QString toString(Precision precision) { return QString::fromLatin1(kPrecisions.at(std::size_t(precision))); }
QString toString(AnchorStatus status) { return QString::fromLatin1(kStatuses.at(std::size_t(status))); }

std::optional<EventKind> eventKindFromString(const QString &text) { return lookup<EventKind>(kEventKinds, text); }
std::optional<Precision> precisionFromString(const QString &text) { return lookup<Precision>(kPrecisions, text); }
std::optional<AnchorStatus> anchorStatusFromString(const QString &text)
{
    return lookup<AnchorStatus>(kStatuses, text);
}

QStringList allEventKindNames() { return allNames(kEventKinds); }
QStringList allPrecisionNames() { return allNames(kPrecisions); }

const QList<EventKind> &allEventKinds()
{
    static const QList<EventKind> kinds = [] {
        QList<EventKind> list;
        for (std::size_t i = 0; i < kEventKinds.size(); ++i)
            list << EventKind(i);
        return list;
    }();
    return kinds;
}

} // namespace tickerline
