// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttext.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QFontMetricsF>
#include <QTextBoundaryFinder>
#include <QVariant>

namespace tickerline {

namespace {

constexpr char kFullTitle[] = "tickerlineFullTitle";
constexpr char kShortName[] = "tickerlineShortName";

// A mark that ends what comes before it, which no line may begin with: ")", "）", "」", "、", "。".
bool closesText(QChar c)
{
    switch (c.category()) {
    case QChar::Punctuation_Close:
    case QChar::Punctuation_FinalQuote: return true;
    default: return QStringLiteral("、。，．：；！？,.:;!?").contains(c);
    }
}

} // namespace

QStringList wrapText(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line;
    const auto fits = [&](const QString &candidate) { return metrics.horizontalAdvance(candidate) <= width; };
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fits(joined)) {
            line = joined;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line = word;
        // A word alone too wide for a line: as many characters a line as fit (at least one), up
        // to the last place Unicode's line breaking allows ("価格|（USD）", never "価格（USD|）").
        while (line.size() > 1 && !fits(line)) {
            qsizetype take = line.size() - 1;
            while (take > 1 && !fits(line.left(take)))
                --take;
            QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, line);
            breaks.setPosition(take);
            const qsizetype allowed = breaks.isAtBoundary() ? take : breaks.toPreviousBoundary();
            if (allowed > 0) {
                take = allowed;
            } else {
                // None: after a hyphen or slash where there is one ("2025-01-|24"), else between
                // characters, but never with a closing mark first on the next line.
                bool atMark = false;
                for (qsizetype at = take; at > 1; --at) {
                    if (QStringLiteral("-/_.").contains(line[at - 1])) {
                        take = at;
                        atMark = true;
                        break;
                    }
                }
                if (!atMark && take > 1 && closesText(line[take]))
                    --take;
            }
            lines << line.left(take);
            line = line.mid(take);
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

QString wrappedTitleHtml(const QString &text, const QFont &font, qreal width)
{
    QStringList lines = wrapText(text, font, width);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void setFullAxisTitle(QAbstractAxis *axis, const QString &title)
{
    const QVariant old = axis->property(kFullTitle);
    if (old.isValid() && old.toString() == title)
        return; // keep the wrapped lines
    axis->setProperty(kFullTitle, title);
    axis->setTitleText(title.toHtmlEscaped());
}

QString fullAxisTitle(const QAbstractAxis *axis)
{
    const QVariant full = axis->property(kFullTitle);
    return full.isValid() ? full.toString() : axis->titleText();
}

void setShortLegendName(QAbstractSeries *series, const QString &name)
{
    series->setProperty(kShortName, name);
}

QString shortLegendName(const QAbstractSeries *series)
{
    const QVariant name = series->property(kShortName);
    return name.isValid() ? name.toString() : series->name();
}

} // namespace tickerline
