// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tick positions and labels of the timeline's time axis. Ticks fall on round wall-clock times
// of the display zone (midnight, 09:00, the first of a month), with that zone's history of
// offsets, so an hourly axis across a DST change reads 00:00, 01:00, 03:00 in New York and
// stays evenly spaced in UTC.

#include "domain/entities.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <optional>

namespace tickerline {

class TimeAxis final
{
public:
    enum class Unit { Minute, Hour, Day, Month, Year };

    struct Step
    {
        Unit unit = Unit::Day;
        int count = 1;
        std::int64_t approxMs() const;
        bool operator==(const Step &) const = default;
    };

    struct Tick
    {
        std::int64_t ms = 0;
        QString label;
    };

    // Ticks are chosen so that neighbouring labels are at least minSpacingPx apart.
    explicit TimeAxis(const QTimeZone &zone, const QLocale &locale = QLocale());

    void setRange(std::int64_t fromMs, std::int64_t toMs, double widthPx,
                  double minSpacingPx = 72.0);

    Step step() const { return m_step; }
    // The lower row: a label on every tick.
    const QList<Tick> &ticks() const { return m_ticks; }
    // The upper row: the larger unit the ticks belong to (the day of hourly ticks, the month of
    // daily ones, the year of monthly ones); empty for yearly ticks.
    const QList<Tick> &contextTicks() const { return m_context; }
    // Label of the context that contains `ms` (for the sticky label at the left edge).
    QString contextLabel(std::int64_t ms) const;
    QString zoneAbbreviation(std::int64_t ms) const;

    static Step chooseStep(std::int64_t spanMs, double widthPx, double minSpacingPx);

private:
    QList<Tick> generate(Step step, std::int64_t fromMs, std::int64_t toMs) const;
    QString format(Step step, std::int64_t ms) const;

    QTimeZone m_zone;
    QLocale m_locale;
    Step m_step;
    QList<Tick> m_ticks;
    QList<Tick> m_context;
};

} // namespace tickerline

namespace tickerline {

// An event's time as a reader expects it: to its precision, in `zone` for times of day, and in
// the calendar date itself (never shifted) for day, month and year precision.
QString formatEventTime(std::int64_t startMs, std::optional<std::int64_t> endMs,
                        Precision precision, const QTimeZone &zone,
                        const QLocale &locale = QLocale());

} // namespace tickerline
