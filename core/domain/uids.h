// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace tickerline {

// "Rózsa Péter writes recursion" → "rozsa-peter-writes-recursion": ASCII letters and digits,
// runs of anything else as one "-", at most maxLength characters, never empty ("event").
QString slugify(const QString &text, qsizetype maxLength = 60);

// Hands out uids that are unique within one import: explicit ones are claimed (a second claim is
// refused by returning false); generated ones get "-2", "-3", … until free.
class UidAllocator final
{
public:
    bool claim(const QString &uid) { return !m_taken.contains(uid) && (m_taken.insert(uid), true); }
    bool isTaken(const QString &uid) const { return m_taken.contains(uid); }
    QString generate(const QString &base);
    void reserve(qsizetype count) { m_taken.reserve(count); }

private:
    QSet<QString> m_taken;
    QHash<QString, int> m_nextSuffix;
};

} // namespace tickerline
