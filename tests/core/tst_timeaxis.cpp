// SPDX-License-Identifier: GPL-3.0-or-later
// TimeAxis: the labels an analyst reads on the timeline at each zoom level, in UTC and in New York
// across the 2025 spring DST change, and past dates under their own rules.

#include "timeline/timeaxis.h"
#include "time/isotime.h"

#include <QTest>

using namespace tickerline;

namespace {

std::int64_t at(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso))->ms;
}

QStringList labels(const QList<TimeAxis::Tick> &ticks)
{
    QStringList out;
    for (const auto &tick : ticks)
        out.append(tick.label);
    return out;
}

QList<std::int64_t> times(const QList<TimeAxis::Tick> &ticks)
{
    QList<std::int64_t> out;
    for (const auto &tick : ticks)
        out.append(tick.ms);
    return out;
}

const QTimeZone kNewYork("America/New_York");
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

class TestTimeAxis : public QObject
{
    Q_OBJECT

private slots:
    void stepsFollowTheZoom_data()
    {
        QTest::addColumn<std::int64_t>("span");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("count");
        const std::int64_t day = kMsPerDay;
        QTest::newRow("century") << 100 * 365 * day << int(TimeAxis::Unit::Year) << 10;
        QTest::newRow("decade") << 10 * 365 * day << int(TimeAxis::Unit::Year) << 1;
        QTest::newRow("year") << 365 * day << int(TimeAxis::Unit::Month) << 1;
        QTest::newRow("month") << 31 * day << int(TimeAxis::Unit::Day) << 2;
        QTest::newRow("week") << 7 * day << int(TimeAxis::Unit::Hour) << 12;
        QTest::newRow("day") << day << int(TimeAxis::Unit::Hour) << 2;
        QTest::newRow("hour") << day / 24 << int(TimeAxis::Unit::Minute) << 5;
    }

    void stepsFollowTheZoom()
    {
        QFETCH(std::int64_t, span);
        QFETCH(int, unit);
        QFETCH(int, count);
        const TimeAxis::Step step = TimeAxis::chooseStep(span, 1600, 86);
        QCOMPARE(int(step.unit), unit);
        QCOMPARE(step.count, count);
    }

    void hoursAcrossSpringForward()
    {
        // 2025-03-09: New York goes from 02:00 EST straight to 03:00 EDT.
        const std::int64_t from = at("2025-03-09T04:30:00Z");
        const std::int64_t to = at("2025-03-09T11:30:00Z");
        TimeAxis newYork(kNewYork, kEnglish);
        newYork.setRange(from, to, 800);
        QVERIFY(newYork.step() == (TimeAxis::Step{TimeAxis::Unit::Hour, 1}));
        QCOMPARE(labels(newYork.ticks()), QStringList({QStringLiteral("00:00"), QStringLiteral("01:00"),
                                                       QStringLiteral("03:00"), QStringLiteral("04:00"),
                                                       QStringLiteral("05:00"), QStringLiteral("06:00"),
                                                       QStringLiteral("07:00")}));
        // Evenly spaced in real time: the skipped hour takes no room.
        QCOMPARE(times(newYork.ticks()).first(), at("2025-03-09T05:00:00Z"));
        QCOMPARE(times(newYork.ticks()).at(2), at("2025-03-09T07:00:00Z"));
        // The day the hours belong to: pinned at the left edge, and a tick at its midnight.
        QCOMPARE(newYork.contextLabel(from), QStringLiteral("Sat Mar 8, 2025"));
        QCOMPARE(labels(newYork.contextTicks()), QStringList({QStringLiteral("Sun Mar 9, 2025")}));
        QCOMPARE(newYork.zoneAbbreviation(from), QStringLiteral("EST"));
        QCOMPARE(newYork.zoneAbbreviation(to), QStringLiteral("EDT"));

        TimeAxis utc(QTimeZone::utc(), kEnglish);
        utc.setRange(from, to, 800);
        QCOMPARE(labels(utc.ticks()), QStringList({QStringLiteral("05:00"), QStringLiteral("06:00"),
                                                   QStringLiteral("07:00"), QStringLiteral("08:00"),
                                                   QStringLiteral("09:00"), QStringLiteral("10:00"),
                                                   QStringLiteral("11:00")}));
    }

    void daysAcrossSpringForward()
    {
        const std::int64_t from = at("2025-03-07T12:00:00Z");
        const std::int64_t to = at("2025-03-12T12:00:00Z");
        TimeAxis newYork(kNewYork, kEnglish);
        newYork.setRange(from, to, 600);
        QVERIFY(newYork.step() == (TimeAxis::Step{TimeAxis::Unit::Day, 1}));
        QCOMPARE(labels(newYork.ticks()), QStringList({QStringLiteral("Sat 8"), QStringLiteral("Sun 9"),
                                                       QStringLiteral("Mon 10"), QStringLiteral("Tue 11"),
                                                       QStringLiteral("Wed 12")}));
        // Midnights in New York: 05:00 UTC before the change, 04:00 UTC after; the 9th is 23 hours.
        QCOMPARE(times(newYork.ticks()), QList<std::int64_t>({at("2025-03-08T05:00:00Z"), at("2025-03-09T05:00:00Z"),
                                                              at("2025-03-10T04:00:00Z"), at("2025-03-11T04:00:00Z"),
                                                              at("2025-03-12T04:00:00Z")}));
        QCOMPARE(newYork.contextLabel(from), QStringLiteral("March 2025"));

        TimeAxis utc(QTimeZone::utc(), kEnglish);
        utc.setRange(from, to, 600);
        QCOMPARE(times(utc.ticks()).at(2), at("2025-03-10T00:00:00Z"));
        QCOMPARE(labels(utc.ticks()).at(2), QStringLiteral("Mon 10"));
    }

    void minutesMonthsYearsAndDecades()
    {
        TimeAxis minutes(kNewYork, kEnglish);
        minutes.setRange(at("2025-03-10T13:28:00Z"), at("2025-03-10T13:52:00Z"), 800);
        QCOMPARE(labels(minutes.ticks()), QStringList({QStringLiteral("09:30"), QStringLiteral("09:35"),
                                                       QStringLiteral("09:40"), QStringLiteral("09:45"),
                                                       QStringLiteral("09:50")}));

        TimeAxis months(kNewYork, kEnglish);
        months.setRange(at("2024-12-15"), at("2025-04-15"), 800);
        QCOMPARE(labels(months.ticks()), QStringList({QStringLiteral("Jan"), QStringLiteral("Feb"),
                                                      QStringLiteral("Mar"), QStringLiteral("Apr")}));
        QCOMPARE(labels(months.contextTicks()), QStringList({QStringLiteral("2025")}));
        // The first of March in New York is still EST; the first of April is EDT.
        QCOMPARE(times(months.ticks()).at(2), at("2025-03-01T05:00:00Z"));
        QCOMPARE(times(months.ticks()).at(3), at("2025-04-01T04:00:00Z"));

        TimeAxis years(QTimeZone::utc(), kEnglish);
        years.setRange(at("2015-06-01"), at("2025-06-01"), 1200);
        QCOMPARE(labels(years.ticks()).first(), QStringLiteral("2016"));
        QCOMPARE(labels(years.ticks()).size(), 10);
        QCOMPARE(labels(years.contextTicks()), QStringList());
        // Wider, the same decade shows half years under their year.
        years.setRange(at("2015-06-01"), at("2025-06-01"), 1600);
        QCOMPARE(labels(years.ticks()).mid(0, 3), QStringList({QStringLiteral("Jul"), QStringLiteral("Jan"), QStringLiteral("Jul")}));
        QCOMPARE(labels(years.contextTicks()).first(), QStringLiteral("2016"));

        TimeAxis decades(QTimeZone::utc(), kEnglish);
        decades.setRange(at("1925-01-01"), at("2025-01-01"), 1000);
        QCOMPARE(labels(decades.ticks()).first(), QStringLiteral("1930s"));
        QCOMPARE(labels(decades.ticks()).last(), QStringLiteral("2020s"));
    }

    void pastDatesUseThatYearsRules()
    {
        // In 1950 New York kept summer time from 30 April to 24 September: midnight of 1 July
        // was 04:00 UTC, of 1 October 05:00 UTC.
        TimeAxis axis(kNewYork, kEnglish);
        axis.setRange(at("1950-06-30T12:00:00Z"), at("1950-07-01T12:00:00Z"), 400);
        QCOMPARE(labels(axis.contextTicks()), QStringList({QStringLiteral("Sat Jul 1, 1950")}));
        QCOMPARE(times(axis.contextTicks()).first(), at("1950-07-01T04:00:00Z"));
        axis.setRange(at("1950-09-30T12:00:00Z"), at("1950-10-01T12:00:00Z"), 400);
        QCOMPARE(times(axis.contextTicks()).first(), at("1950-10-01T05:00:00Z"));
    }

    void eventTimesToTheirPrecision()
    {
        const std::int64_t statement = at("2025-01-28T02:29:53Z");
        QCOMPARE(formatEventTime(statement, std::nullopt, Precision::Second, kNewYork, kEnglish),
                 QStringLiteral("Mon Jan 27, 2025 21:29:53 EST"));
        QCOMPARE(
            formatEventTime(statement, std::nullopt, Precision::Second, QTimeZone("America/Los_Angeles"), kEnglish),
            QStringLiteral("Mon Jan 27, 2025 18:29:53 PST"));
        QCOMPARE(formatEventTime(statement, std::nullopt, Precision::Minute, QTimeZone::utc(), kEnglish),
                 QStringLiteral("Tue Jan 28, 2025 02:29 UTC"));
        // A date stays the same date in every zone.
        const std::int64_t release = at("2025-01-20");
        QCOMPARE(formatEventTime(release, std::nullopt, Precision::Day, QTimeZone("America/Los_Angeles"), kEnglish),
                 QStringLiteral("Mon Jan 20, 2025"));
        QCOMPARE(formatEventTime(release, std::nullopt, Precision::Day, QTimeZone("Asia/Tokyo"), kEnglish),
                 QStringLiteral("Mon Jan 20, 2025"));
        QCOMPARE(formatEventTime(at("2025-01-26"), at("2025-01-27"), Precision::Day, kNewYork, kEnglish),
                 QStringLiteral("Sun Jan 26, 2025 – Mon Jan 27, 2025"));
        QCOMPARE(formatEventTime(release, std::nullopt, Precision::Month, kNewYork, kEnglish),
                 QStringLiteral("January 2025"));
    }

    // US English above writes the month first; German and Japanese write the day and month in
    // their own order and words, from their locale rather than from an English pattern.
    void eventTimesInTheOrderOfEachLanguage()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale japanese(QLocale::Japanese, QLocale::Japan);
        const std::int64_t statement = at("2025-01-28T02:29:53Z");
        QCOMPARE(formatEventTime(statement, std::nullopt, Precision::Second, kNewYork, german),
                 QStringLiteral("Mo. 27. Jan. 2025 21:29:53 EST"));
        QCOMPARE(formatEventTime(statement, std::nullopt, Precision::Second, kNewYork, japanese),
                 QStringLiteral("2025年1月27日(月) 21:29:53 EST"));
        QCOMPARE(formatEventTime(at("2025-01-20"), std::nullopt, Precision::Month, kNewYork, japanese),
                 QStringLiteral("2025年1月"));
        TimeAxis days(QTimeZone::utc(), japanese);
        days.setRange(at("2025-01-20"), at("2025-02-03"), 700);
        const QStringList dayLabels = labels(days.ticks());
        QVERIFY2(dayLabels.contains(QStringLiteral("1月27日")) || dayLabels.contains(QStringLiteral("27日(月)")),
                 qPrintable(dayLabels.join(QStringLiteral(", "))));
        QVERIFY2(labels(days.contextTicks()).contains(QStringLiteral("2025年2月")),
                 qPrintable(labels(days.contextTicks()).join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
