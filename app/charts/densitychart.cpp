// SPDX-License-Identifier: GPL-3.0-or-later
#include "densitychart.h"

#include "charttimeaxis.h"
#include "style/palette.h"

#include "analysis/eventdensity.h"
#include "time/isotime.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTime>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace tickerline {

namespace {

constexpr qsizetype kMaxDailyBins = 62; // beyond two months, a bar per day is too thin to read

} // namespace

DensityChart::DensityChart(const ChartInput &input, ColourTheme theme, QGraphicsItem *parent)
    : TickerChart(theme, parent)
{
    QList<DensityBin> bins = eventDensity(input.events, DensityBinning::Day);
    const bool weekly = bins.size() > kMaxDailyBins;
    if (weekly)
        bins = eventDensity(input.events, DensityBinning::Week);

    // "Mon<br>Jan 20", "Jan 20", "20" (weeks: "Jan 20<br>2025", "Jan 20 2025"), in the window's language.
    QStringList categories, brief, least;
    const auto binDate = [](const DensityBin &bin) { return QDateTime::fromMSecsSinceEpoch(bin.startMs, Qt::UTC); };
    const bool oneMonth = !bins.empty() &&
                          binDate(bins.front()).date().month() == binDate(bins.back()).date().month() &&
                          binDate(bins.front()).date().year() == binDate(bins.back()).date().year();
    const QLocale locale;
    int highest = 0;
    for (const DensityBin &bin : bins) {
        const QDateTime date = binDate(bin);
        const QString dayMonth = axisDayMonth(date);
        const QString year = date.toString(QStringLiteral("yyyy"));
        categories << (weekly ? dayMonth + QStringLiteral("<br>") + year
                              : locale.dayName(date.date().dayOfWeek(), QLocale::ShortFormat) + QStringLiteral("<br>") +
                                    dayMonth);
        brief << (weekly ? dayMonth + QLatin1Char(' ') + year : dayMonth);
        least << (oneMonth ? QString::number(date.date().day()) : brief.constLast());
        highest = std::max(highest, bin.total());
    }
    auto *series = new QStackedBarSeries(this);
    for (const EventKindInfo &row : kEventKinds) {
        const auto kind = std::size_t(row.kind);
        bool any = false;
        for (const DensityBin &bin : bins)
            any = any || bin.counts[kind] > 0;
        if (!any)
            continue;
        auto *set = new QBarSet(eventKindLabel(row.kind)); // as the timeline's lanes name it
        for (const DensityBin &bin : bins)
            set->append(bin.counts[kind]);
        set->setColor(palette::kindColor(row.kind, colourTheme())); // the timeline's colours, light or dark
        set->setBorderColor(palette().background);
        series->append(set);
    }
    series->setBarWidth(0.7);
    addSeries(series);

    auto *xAxis = new QBarCategoryAxis(this);
    setCategories(xAxis, {categories, brief, least});
    addAxis(xAxis, Qt::AlignBottom);
    styleAxis(xAxis, weekly ? tr("Week (from Monday, UTC)") : tr("Day (UTC)"));
    xAxis->setGridLineVisible(false);
    auto *yAxis = new QValueAxis(this);
    addAxis(yAxis, Qt::AlignLeft);
    yAxis->setRange(0, std::max(1, highest + 1));
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(std::max(1, (highest + 1) / 6));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(yAxis, tr("Events")); // per day or week, as the title and the x axis say
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);

    const int total = int(input.events.size());
    setTitle(tr("Events per %1 by kind, %2 to %3")
                 .arg(weekly ? tr("week") : tr("day"), formatIsoDate(bins.front().startMs),
                      formatIsoDate(bins.back().startMs)));
    styleLegend();
    setCaption(total == 1 ? tr("1 event, counted on the UTC date of its start.")
                          : tr("%1 events, counted on the UTC date of their start.").arg(total));
}

} // namespace tickerline
