// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCategoryAxis>

#include <cstdint>

class QDateTime;

namespace tickerline {

// Dates on a chart's axis in the window's language, as the timeline's axis writes them ("Jan 27",
// "27. Jan.", "1月27日"; "27 Jan" with no language chosen), and months ("Jan 2025", "2025年1月").
QString axisDayMonth(const QDateTime &t);
QString axisMonthYear(const QDateTime &t);

// A time axis over UTC milliseconds whose labels are calendar dates of the bars themselves.
// QDateTimeAxis prints local time, which moves a daily bar (midnight UTC) to the previous day
// west of Greenwich; here ticks fall on whole days, Mondays, months or years, in UTC.
class ChartTimeAxis final : public QCategoryAxis
{
    Q_OBJECT

public:
    explicit ChartTimeAxis(QObject *parent = nullptr);

    // The title; the year (or years) of the range is added to it, so labels need not carry it.
    void setBaseTitle(const QString &title);
    // Sets the range and puts at most about one label every `minLabelSpacing` of `pixelWidth`.
    void setTimeRange(std::int64_t fromMs, std::int64_t toMs, qreal pixelWidth, qreal minLabelSpacing = 80);

private:
    QString m_baseTitle;
};

} // namespace tickerline
