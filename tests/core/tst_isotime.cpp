// SPDX-License-Identifier: GPL-3.0-or-later
#include "time/isotime.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace tickerline;

class tst_IsoTime final : public QObject
{
    Q_OBJECT

private slots:
    // The byte writers behind long listings print exactly what the string ones print, over the
    // whole range (and beyond it, clamped), at every precision, fractions of a second included.
    void appendedTextsEqualFormatted()
    {
        QList<std::int64_t> instants{std::numeric_limits<std::int64_t>::min(),
                                     std::numeric_limits<std::int64_t>::max(),
                                     kMinTimeMs,
                                     kMaxTimeMs,
                                     kMinTimeMs - 1,
                                     kMaxTimeMs + 1,
                                     -1,
                                     0,
                                     1,
                                     -59'999,
                                     -60'001,
                                     951'782'400'000, // 2000-02-29
                                     4'107'542'400'000}; // 2100-03-01
        QRandomGenerator random(1729);
        for (int i = 0; i < 200'000; ++i)
            instants << kMinTimeMs + std::int64_t(random.bounded(1.0) * double(kMaxTimeMs - kMinTimeMs)) /
                                         (i % 2 ? 1 : 1000) * (i % 2 ? 1 : 1000);
        for (const std::int64_t ms : instants) {
            QByteArray utc;
            appendIsoUtc(utc, ms);
            QCOMPARE(QString::fromLatin1(utc), formatIsoUtc(ms));
            for (Precision precision : {Precision::Year, Precision::Month, Precision::Day, Precision::Hour,
                                        Precision::Minute, Precision::Second}) {
                QByteArray text("x");
                appendIsoForPrecision(text, ms, precision);
                QCOMPARE(QString::fromLatin1(text), QLatin1Char('x') + formatIsoForPrecision(ms, precision));
            }
        }
    }

    void parsesDatesAndTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<bool>("dateOnly");
        QTest::newRow("date") << "2025-01-27" << "2025-01-27T00:00:00Z" << true;
        QTest::newRow("zulu") << "2025-01-28T02:29:53Z" << "2025-01-28T02:29:53Z" << false;
        QTest::newRow("offset") << "2025-01-27T18:29:53-08:00" << "2025-01-28T02:29:53Z" << false;
        QTest::newRow("compact offset") << "2025-01-27T21:29:53-0500" << "2025-01-28T02:29:53Z" << false;
        QTest::newRow("no seconds") << "2025-01-27T14:30Z" << "2025-01-27T14:30:00Z" << false;
        QTest::newRow("millis") << "2025-01-20T08:32:19.250Z" << "2025-01-20T08:32:19.250Z" << false;
        QTest::newRow("leap day") << "2024-02-29" << "2024-02-29T00:00:00Z" << true;
        QTest::newRow("before epoch") << "1815-12-10" << "1815-12-10T00:00:00Z" << true;
    }

    void parsesDatesAndTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QFETCH(bool, dateOnly);
        const auto parsed = parseIsoTime(text);
        QVERIFY(parsed);
        QCOMPARE(formatIsoUtc(parsed->ms), utc);
        QCOMPARE(parsed->dateOnly, dateOnly);
    }

    void knownInstant()
    {
        // Altman's post, decoded from its status id: 1737361939657 ms.
        QCOMPARE(parseIsoTime(QStringLiteral("2025-01-20T08:32:19Z"))->ms, std::int64_t(1737361939000));
        QCOMPARE(formatIsoDate(std::int64_t(1737361939000)), QStringLiteral("2025-01-20"));
    }

    void refusesImpossibleDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("30 February") << "2025-02-30" << "not a day of the calendar";
        QTest::newRow("29 February 2025") << "2025-02-29" << "not a day of the calendar";
        QTest::newRow("month 13") << "2025-13-01" << "not a day of the calendar";
        QTest::newRow("year 1399") << "1399-12-31" << "outside 1400–9999";
        QTest::newRow("hour 24") << "2025-01-27T24:00:00Z" << "not a time of day";
        QTest::newRow("words") << "last Monday" << "not an ISO 8601 date";
        QTest::newRow("empty") << "" << "not an ISO 8601 date";
        QTest::newRow("offset before 1400") << "1400-01-01T00:00+05:30" << "outside 1400–9999 in UTC";
        QTest::newRow("offset after 9999") << "9999-12-31T23:30-01:00" << "outside 1400–9999 in UTC";
    }

    void formattingNeverThrows()
    {
        // A value from a database edited by hand is shown clamped, not a crash.
        QCOMPARE(formatIsoDate(std::numeric_limits<std::int64_t>::min()), QStringLiteral("1400-01-01"));
        QCOMPARE(formatIsoUtc(std::numeric_limits<std::int64_t>::max()), QStringLiteral("9999-12-31T23:59:59.999Z"));
        QCOMPARE(formatIsoUtc(parseIsoTime(QStringLiteral("1400-01-01"))->ms), QStringLiteral("1400-01-01T00:00:00Z"));
    }

    void refusesImpossibleDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!parseIsoTime(text, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(tst_IsoTime)
#include "tst_isotime.moc"
