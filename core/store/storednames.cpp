// SPDX-License-Identifier: GPL-3.0-or-later
#include "storednames.h"

#include <QHash>

namespace tickerline {

EventKind storedEventKind(const QByteArray &name)
{
    static const QHash<QByteArray, EventKind> kinds = [] {
        QHash<QByteArray, EventKind> map;
        for (EventKind kind : allEventKinds())
            map.insert(toString(kind).toUtf8(), kind);
        return map;
    }();
    return kinds.value(name, EventKind::Other);
}

Precision storedPrecision(const QByteArray &name, Precision fallback)
{
    static const QHash<QByteArray, Precision> precisions = [] {
        QHash<QByteArray, Precision> map;
        for (Precision precision : {Precision::Year, Precision::Month, Precision::Day, Precision::Hour,
                                    Precision::Minute, Precision::Second})
            map.insert(toString(precision).toUtf8(), precision);
        return map;
    }();
    return precisions.value(name, fallback);
}

QByteArray storedUtf8(QByteArray bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF") && bytes.isValidUtf8())
        return bytes;
    return QString::fromUtf8(bytes).toUtf8();
}

} // namespace tickerline
