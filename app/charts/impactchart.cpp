// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactchart.h"

#include "time/isotime.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tickerline {

QString formatBillions(double value)
{
    const QString digits = QLocale::c().toString(std::abs(value) / 1e9, 'f', 1);
    QString grouped = digits;
    // QLocale::c() does not group digits; group the integer part by hand for readability.
    const qsizetype point = grouped.indexOf(QLatin1Char('.'));
    for (qsizetype i = (point < 0 ? grouped.size() : point) - 3; i > 0; i -= 3)
        grouped.insert(i, QLatin1Char(','));
    return (value < 0 ? QStringLiteral("−$") : QStringLiteral("+$")) + grouped + QStringLiteral(" B");
}

ImpactChart::ImpactChart(const ChartInput &input, bool percent, ColourTheme theme, QGraphicsItem *parent)
    : TickerChart(theme, parent)
{
    const Event *event = input.event(input.anchorEvent);
    QStringList missing;
    for (const ChartSeriesInput &one : input.series) {
        std::optional<SessionMove> move;
        if (event)
            move = eventMove(one.series, *event, one.symbol.sharesOutstanding);
        else if (const auto index = barAtOrAfter(one.series, input.fromMs))
            move = sessionMove(one.series, *index, one.symbol.sharesOutstanding);
        if (!move || (!percent && !move->marketValueChange())) {
            missing << one.symbol.ticker;
            continue;
        }
        m_moves.append(*move);
    }
    auto valueOf = [percent](const SessionMove &m) { return percent ? m.percent() : *m.marketValueChange() / 1e9; };
    std::sort(m_moves.begin(), m_moves.end(),
              [&](const SessionMove &a, const SessionMove &b) { return valueOf(a) < valueOf(b); });

    auto *set = new QBarSet(QString());
    QStringList categories;
    QList<int> rose;
    double low = 0, high = 0;
    for (qsizetype i = 0; i < m_moves.size(); ++i) {
        // Shown to 0.1 B or 0.01 %: the labels print what the bars hold.
        const double value = std::round(valueOf(m_moves[i]) * (percent ? 100 : 10)) / (percent ? 100 : 10);
        set->append(value);
        categories << m_moves[i].symbol;
        if (value > 0)
            rose << int(i);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    // One set, so the bars stay centred on their symbols; the risers are "selected" to take
    // the up colour.
    set->setColor(palette().down);
    set->setBorderColor(palette().down);
    set->setSelectedColor(palette().up);
    set->selectBars(rose);
    set->setLabelColor(palette().text);
    set->setLabelFont(fonts().note);

    const QString session = m_moves.isEmpty() ? QString() : formatIsoDate(m_moves.front().sessionMs);
    const QString previous = m_moves.isEmpty() ? QString() : formatIsoDate(m_moves.front().previousMs);
    set->setLabel(percent ? tr("Close %1 vs close %2").arg(session, previous)
                          : tr("Change in market value, %1").arg(session));
    auto *series = new QBarSeries(this);
    series->append(set);
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(7);
    series->setLabelsFormat(QStringLiteral("@value"));
    addSeries(series);

    auto *xAxis = new QBarCategoryAxis(this);
    xAxis->append(categories);
    addAxis(xAxis, Qt::AlignBottom);
    styleAxis(xAxis, tr("Symbol"));
    xAxis->setGridLineVisible(false);
    auto *yAxis = new QValueAxis(this);
    addAxis(yAxis, Qt::AlignLeft);
    const double span = std::max(high - low, 1.0);
    setNiceTicks(yAxis, low - span * 0.08, high + span * 0.12);
    styleAxis(yAxis, percent ? tr("Change of the close (%)") : tr("Change in market value (USD billions)"));
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    legend()->setVisible(false);

    const QString eventName = event ? event->title : tr("the session of %1").arg(session);
    QString caption;
    if (percent) {
        setTitle(tr("“%1”: each symbol's move on %2").arg(eventName, session));
        caption = tr("(close %1 − close %2) ÷ close %2 over %3 symbols.")
                      .arg(session, previous)
                      .arg(m_moves.size());
    } else {
        m_total = totalMarketValueChange(m_moves);
        setTitle(tr("“%1”: %2 of market value on %3").arg(eventName, formatBillions(m_total), session));
        caption = tr("Σ shares × (close %1 − close %2) over %3 companies = %4; shares outstanding as stored "
                     "with each symbol.")
                      .arg(session.mid(5), previous.mid(5))
                      .arg(m_moves.size())
                      .arg(formatBillions(m_total));
    }
    if (!missing.isEmpty())
        caption += QLatin1Char(' ') + (percent ? tr("No bar on that session: %1.") : tr("No share count: %1."))
                                          .arg(missing.join(QStringLiteral(", ")));
    setCaption(caption);
}

} // namespace tickerline
