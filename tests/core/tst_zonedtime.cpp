// SPDX-License-Identifier: GPL-3.0-or-later
#include "time/isotime.h"
#include "time/zonedtime.h"

#include <QTest>

using namespace tickerline;

class TestZonedTime : public QObject
{
    Q_OBJECT

private slots:
    void wallClockTimeIsReadInTheZone()
    {
        // Altman's Monday-evening statement: 18:29:53 in San Francisco is 02:29:53Z the next day.
        const auto statement = parseZonedTime(QStringLiteral("2025-01-27 18:29:53"), "America/Los_Angeles");
        QVERIFY(statement);
        QCOMPARE(formatIsoUtc(statement->ms), QStringLiteral("2025-01-28T02:29:53Z"));
        QVERIFY(statement->precision == Precision::Second);
        // New York is 5 hours behind UTC in January, 4 in July (daylight saving time).
        const auto winter = parseZonedTime(QStringLiteral("2025-01-27T09:30"), "America/New_York");
        QCOMPARE(formatIsoUtc(winter->ms), QStringLiteral("2025-01-27T14:30:00Z"));
        QVERIFY(winter->precision == Precision::Minute);
        const auto summer = parseZonedTime(QStringLiteral("2025-07-01 09:30"), "America/New_York");
        QCOMPARE(formatIsoUtc(summer->ms), QStringLiteral("2025-07-01T13:30:00Z"));
    }

    void datesAndOffsetsMeanTheSameInEveryZone()
    {
        const auto date = parseZonedTime(QStringLiteral("2025-01-27"), "Asia/Tokyo");
        QCOMPARE(formatIsoUtc(date->ms), QStringLiteral("2025-01-27T00:00:00Z"));
        QVERIFY(date->precision == Precision::Day);
        QVERIFY(parseZonedTime(QStringLiteral("2025-01"), "UTC")->precision == Precision::Month);
        const auto offset = parseZonedTime(QStringLiteral("2025-01-27T21:29:53-05:00"), "Asia/Tokyo");
        QCOMPARE(formatIsoUtc(offset->ms), QStringLiteral("2025-01-28T02:29:53Z"));
    }

    void badTextSaysWhy()
    {
        QString why;
        QVERIFY(!parseZonedTime(QStringLiteral("2025-02-30 10:00"), "UTC", &why));
        QVERIFY2(why.contains(QStringLiteral("2025-02-30")), qPrintable(why));
        QVERIFY(!parseZonedTime(QStringLiteral("2025-01-27 25:00"), "UTC", &why));
        QVERIFY2(why.contains(QStringLiteral("25:00")), qPrintable(why));
        QVERIFY(!parseZonedTime(QStringLiteral("2025-01-27 10:00"), "Mars/Base", &why));
        QVERIFY2(why.contains(QStringLiteral("Mars/Base")), qPrintable(why));
        QVERIFY(!parseZonedTime(QStringLiteral("yesterday"), "UTC", &why));
        QVERIFY(!why.isEmpty());
    }

    void formatReadsBack()
    {
        const std::int64_t ms = parseIsoTime(QStringLiteral("2025-01-28T02:29:53Z"))->ms;
        const QString text = formatZonedTime(ms, Precision::Second, "America/Los_Angeles");
        QCOMPARE(text, QStringLiteral("2025-01-27 18:29:53"));
        QCOMPARE(parseZonedTime(text, "America/Los_Angeles")->ms, ms);
        QCOMPARE(formatZonedTime(parseIsoTime(QStringLiteral("2025-01-20"))->ms, Precision::Day, "Asia/Tokyo"),
                 QStringLiteral("2025-01-20"));
    }
};

QTEST_GUILESS_MAIN(TestZonedTime)
#include "tst_zonedtime.moc"
