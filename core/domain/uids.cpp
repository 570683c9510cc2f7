// SPDX-License-Identifier: GPL-3.0-or-later
#include "uids.h"

#include <algorithm>

namespace tickerline {

QString slugify(const QString &text, qsizetype maxLength)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    // Decomposing first turns "é" into "e" + a combining mark, which is then left out.
    const QString source = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    QString slug;
    slug.reserve(std::min(source.size(), maxLength));
    bool pendingDash = false;
    bool lastWasAscii = false;
    for (const QChar c : source) {
        if (slug.size() >= maxLength)
            break;
        const char16_t u = c.unicode();
        const bool asciiAlnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (asciiAlnum || (!ascii && u >= 0x80 && c.isLetterOrNumber())) {
            if (pendingDash && !slug.isEmpty())
                slug += QLatin1Char('-');
            pendingDash = false;
            slug += c.toLower();
            lastWasAscii = asciiAlnum;
        } else if (c.category() == QChar::Mark_NonSpacing && lastWasAscii) {
            continue;
        } else {
            pendingDash = true;
        }
    }
    if (!ascii)
        slug = slug.normalized(QString::NormalizationForm_C);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("event") : slug;
}

QString UidAllocator::generate(const QString &base)
{
    if (claim(base))
        return base;
    int n = m_nextSuffix.value(base, 2);
    QString uid;
    do
        uid = base + QLatin1Char('-') + QString::number(n++);
    while (isTaken(uid));
    m_nextSuffix.insert(base, n);
    m_taken.insert(uid);
    return uid;
}

} // namespace tickerline
