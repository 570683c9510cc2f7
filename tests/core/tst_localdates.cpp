// SPDX-License-Identifier: GPL-3.0-or-later
// The window's date patterns follow the order and words of each language, derived from the
// locale's own formats, and the C locale keeps ISO 8601.
#include "time/localdates.h"

#include <QDate>
#include <QTest>

using namespace tickerline;

class tst_LocalDates final : public QObject
{
    Q_OBJECT

private slots:
    void patterns_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("numeric");
        QTest::addColumn<QString>("numericMonth");
        QTest::addColumn<QString>("tick");
        QTest::addColumn<QString>("weekdayDay");
        QTest::addColumn<QString>("weekdayDate");
        QTest::newRow("C") << "C"
                           << "27 January 2025"
                           << "January 2025"
                           << "2025-01-27"
                           << "2025-01"
                           << "27 Jan"
                           << "Mon 27"
                           << "Mon 27 Jan 2025";
        QTest::newRow("en_US") << "en_US"
                               << "January 27, 2025"
                               << "January 2025"
                               << "1/27/2025"
                               << "1/2025"
                               << "Jan 27"
                               << "Mon 27"
                               << "Mon Jan 27, 2025";
        QTest::newRow("de") << "de"
                            << "27. Januar 2025"
                            << "Januar 2025"
                            << "27.01.2025"
                            << "01.2025"
                            << "27. Jan."
                            << "Mo. 27."
                            << "Mo. 27. Jan. 2025";
        QTest::newRow("de_CH") << "de_CH"
                               << "27. Januar 2025"
                               << "Januar 2025"
                               << "27.01.2025"
                               << "01.2025"
                               << "27. Jan."
                               << "Mo. 27."
                               << "Mo. 27. Jan. 2025";
        QTest::newRow("ja") << "ja"
                            << "2025年1月27日"
                            << "2025年1月"
                            << "2025/01/27"
                            << "2025/01"
                            << "1月27日"
                            << "27日(月)"
                            << "2025年1月27日(月)";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "2025年1月27日"
                               << "2025年1月"
                               << "2025/1/27"
                               << "2025/1"
                               << "1月27日"
                               << "27日(周一)"
                               << "2025年1月27日(周一)";
        QTest::newRow("fr") << "fr"
                            << "27 janvier 2025"
                            << "janvier 2025"
                            << "27/01/2025"
                            << "01/2025"
                            << "27 janv."
                            << "lun. 27"
                            << "lun. 27 janv. 2025";
    }

    void patterns()
    {
        QFETCH(QString, locale);
        QFETCH(QString, day);
        QFETCH(QString, month);
        QFETCH(QString, numeric);
        QFETCH(QString, numericMonth);
        QFETCH(QString, tick);
        QFETCH(QString, weekdayDay);
        QFETCH(QString, weekdayDate);
        const QLocale l(locale);
        const QDate date(2025, 1, 27);
        QCOMPARE(l.toString(date, localDayPattern(l)), day);
        QCOMPARE(l.toString(date, localMonthPattern(l)), month);
        QCOMPARE(l.toString(date, localNumericDatePattern(l)), numeric);
        QCOMPARE(l.toString(date, localNumericMonthPattern(l)), numericMonth);
        QCOMPARE(l.toString(date, localDayMonthPattern(l)), tick);
        QCOMPARE(l.toString(date, localWeekdayDayPattern(l)), weekdayDay);
        QCOMPARE(l.toString(date, localWeekdayDatePattern(l)), weekdayDate);
        // No weekday, no two-digit year, whatever the locale's long and short formats carry.
        QVERIFY(!localDayPattern(l).contains(QStringLiteral("ddd")));
        QVERIFY(!localMonthPattern(l).contains(QLatin1Char('d')));
        QVERIFY(localNumericDatePattern(l).contains(QStringLiteral("yyyy")));
    }

    // Days and months below ten keep their leading zero in figures.
    void numericDatesOfEarlyDaysStayUnambiguous()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(german.toString(QDate(1999, 3, 5), localNumericDatePattern(german)), QStringLiteral("05.03.1999"));
        const QLocale japanese(QLocale::Japanese, QLocale::Japan);
        QCOMPARE(japanese.toString(QDate(1999, 3, 5), localDayPattern(japanese)), QStringLiteral("1999年3月5日"));
    }
};

QTEST_GUILESS_MAIN(tst_LocalDates)
#include "tst_localdates.moc"
