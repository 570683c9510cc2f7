// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a reader sees of a chart's text: every text item Qt Charts (and Tickerline) draws, with
// its plain text and where it lies in the chart, and the check that all of it is whole.

#include "charts/charttext.h"
#include "charts/tickerchart.h"

#include <QAbstractAxis>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QStringList>

namespace tickerline::testing {

struct DrawnText
{
    QString text; // lines joined by spaces
    QRectF rect;  // in chart coordinates
};

inline QList<DrawnText> drawnTexts(TickerChart &chart)
{
    QList<DrawnText> texts;
    for (QGraphicsItem *item : chart.scene()->items()) {
        auto *textItem = dynamic_cast<QGraphicsTextItem *>(item);
        if (!textItem || !textItem->isVisible() || !chart.isAncestorOf(textItem))
            continue;
        QString text = textItem->toPlainText();
        for (const QChar separator : {QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator), QChar(u'\n')})
            text.replace(separator, QLatin1Char(' '));
        text = text.simplified();
        if (!text.isEmpty())
            texts.append({text, chart.mapRectFromScene(textItem->sceneBoundingRect())});
    }
    return texts;
}

// Empty when every text is whole and inside the chart, the title and every axis title included;
// else what is wrong, for the test's message.
inline QString textProblems(TickerChart &chart)
{
    QStringList problems;
    const QList<DrawnText> texts = drawnTexts(chart);
    const QRectF bounds = QRectF(QPointF(0, 0), chart.size()).adjusted(-2, -2, 2, 2);
    QStringList shown;
    for (const DrawnText &drawn : texts) {
        shown << drawn.text;
        if (!bounds.contains(drawn.rect))
            problems << QStringLiteral("\"%1\" at (%2, %3, %4 × %5) is not inside the chart (%6 × %7)")
                            .arg(drawn.text)
                            .arg(drawn.rect.x())
                            .arg(drawn.rect.y())
                            .arg(drawn.rect.width())
                            .arg(drawn.rect.height())
                            .arg(chart.size().width())
                            .arg(chart.size().height());
        if (drawn.text.endsWith(QLatin1String("...")) || drawn.text.endsWith(QChar(0x2026)))
            problems << QStringLiteral("\"%1\" is cut short").arg(drawn.text);
    }
    QStringList wanted{chart.title()};
    for (const QAbstractAxis *axis : chart.axes()) {
        if (axis->isVisible() && axis->isTitleVisible() && !fullAxisTitle(axis).isEmpty())
            wanted << fullAxisTitle(axis);
    }
    // A word too long for its line may be broken: every character is there, in order.
    const auto letters = [](QString text) { return text.remove(QLatin1Char(' ')); };
    QStringList shownLetters;
    for (const QString &text : std::as_const(shown))
        shownLetters << letters(text);
    for (const QString &text : std::as_const(wanted)) {
        if (!shownLetters.contains(letters(text)))
            problems << QStringLiteral("\"%1\" is not shown whole").arg(text);
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace tickerline::testing
