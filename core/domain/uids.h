// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>

namespace tickerline {

// "Rózsa Péter writes recursion" → "rozsa-peter-writes-recursion": ASCII letters and digits,
// runs of anything else as one "-", at most maxLength characters, never empty ("event").
QString slugify(const QString &text, qsizetype maxLength = 60);

// Hands out uids that are unique within one import: explicit ones are claimed (a second claim is
// refused by returning false); generated ones get "-2", "-3", … until free.
class UidAllocator final
{
public:
    UidAllocator() = default;
    // Uids taken besides those claimed here, as the predicate says: a million of a file's own
    // need not be copied into the set first.
    explicit UidAllocator(std::function<bool(const QString &uid)> takenElsewhere)
        : m_takenElsewhere(std::move(takenElsewhere))
    {}

    bool claim(const QString &uid) { return !isTaken(uid) && (m_taken.insert(uid), true); }
    bool isTaken(const QString &uid) const
    {
        return m_taken.contains(uid) || (m_takenElsewhere && m_takenElsewhere(uid));
    }
    QString generate(const QString &base);
    void reserve(qsizetype count) { m_taken.reserve(count); }

private:
    std::function<bool(const QString &)> m_takenElsewhere;
    QSet<QString> m_taken;
    QHash<QString, int> m_nextSuffix;
};

} // namespace tickerline
