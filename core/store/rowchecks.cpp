// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowchecks.h"

#include "store/store.h"
#include "time/isotime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

QString sourceHashProblem(const QString &uid, const QString &text, const QString &sha256)
{
    if (sha256Hex(text) == sha256)
        return {};
    return QStringLiteral("source \"%1\": text does not match its SHA-256").arg(uid);
}

QString quoteSpanProblem(const QString &uid, const QString &exact, std::int64_t start, std::int64_t end,
                         const QString &status, const QString &sourceText)
{
    if (status == QLatin1String("orphaned"))
        return {};
    const QList<uint> text = sourceText.toUcs4();
    if (start < 0 || end > text.size() || start > end)
        return QStringLiteral("quote \"%1\": span %2–%3 lies outside its source").arg(uid).arg(start).arg(end);
    const QList<uint> span = text.mid(start, end - start);
    const QString there = QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()), span.size());
    if (status != QLatin1String("fuzzy") && there != exact)
        return QStringLiteral("quote \"%1\": the text at %2–%3 is not the quote").arg(uid).arg(start).arg(end);
    return {};
}

QString viewSettingsProblem(const QString &name, const QString &settings)
{
    const QJsonDocument document = QJsonDocument::fromJson(settings.toUtf8());
    if (!document.isObject())
        return QStringLiteral("view \"%1\": settings are not a JSON object").arg(name);
    QString key, why;
    if (!ViewSettings::fromJson(document.object(), &key, &why))
        return QStringLiteral("view \"%1\": %2: %3").arg(name, key, why);
    return {};
}

QString barProblem(const QString &ticker, const Bar &bar)
{
    if (bar.low > bar.high || bar.close < bar.low || bar.close > bar.high)
        return QStringLiteral("%1 %2: close outside the day's low–high").arg(ticker, formatIsoDate(bar.tsMs));
    return {};
}

} // namespace tickerline
