// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/quotedialog.h"
#include "time/isotime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimeZone>

using namespace tickerline;

namespace {

std::int64_t ms(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso)).value().ms;
}

QList<Event> events()
{
    Event statement;
    statement.uid = QStringLiteral("altman-statement");
    statement.title = QStringLiteral("Altman: R1 is an impressive model");
    statement.startMs = ms("2025-01-28T02:29:53Z");
    statement.actors = {{QStringLiteral("openai"), QStringLiteral("subject")},
                        {QStringLiteral("sam-altman"), QStringLiteral("author")}};
    Event selloff;
    selloff.uid = QStringLiteral("selloff");
    selloff.title = QStringLiteral("Tech selloff: Nvidia −16.97 %");
    selloff.startMs = ms("2025-01-27");
    selloff.precision = Precision::Day;
    return {statement, selloff};
}

QList<Actor> actors()
{
    return {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"), {}},
            {QStringLiteral("openai"), QStringLiteral("OpenAI"), QStringLiteral("organisation"), {}}};
}

} // namespace

class TestQuoteDialog : public QObject
{
    Q_OBJECT

private slots:
    void picksAnExistingEventAndItsAuthor()
    {
        QuoteDialog dialog(QStringLiteral("an impressive model"), events(), actors());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no event chosen yet
        auto *list = dialog.findChild<QListView *>(QStringLiteral("eventList"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 2);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("eventSearch")), QStringLiteral("NVIDIA"));
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->index(0, 0).data().toString().startsWith(QStringLiteral("2025-01-27  ·  Tech selloff")));
        dialog.findChild<QLineEdit *>(QStringLiteral("eventSearch"))->clear();
        // Events are listed in time order: the selloff, then Altman's statement that evening.
        QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("Tech selloff")));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(1, 0)).center());
        QVERIFY(ok->isEnabled());
        const QuoteTarget target = dialog.target();
        QCOMPARE(target.eventUid, QStringLiteral("altman-statement"));
        QVERIFY(!target.newEvent);
        QCOMPARE(target.speakerUid, QStringLiteral("sam-altman")); // the author, not the subject
    }

    void makesANewEvent()
    {
        QuoteDialog dialog(QStringLiteral("a more than $1 trillion tech wipeout"), events(), actors());
        dialog.setNewEventTime(ms("2025-01-27T21:05:33Z"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QRadioButton *>(QStringLiteral("newEventRadio"))->click();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a title is needed
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newEventTitle")), QStringLiteral("  Wipeout  "));
        QVERIFY(ok->isEnabled());
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("newEventKind"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Market")));
        const QuoteTarget target = dialog.target();
        QVERIFY(target.newEvent);
        QCOMPARE(target.newEvent->title, QStringLiteral("Wipeout"));
        QVERIFY(target.newEvent->kind == EventKind::Market);
        QVERIFY(target.newEvent->precision == Precision::Day);
        QCOMPARE(target.newEvent->startMs, ms("2025-01-27")); // a day is midnight UTC of its date
        QVERIFY(target.speakerUid.isEmpty());
    }

    // The window shows New York time (by default): so does the dialog, in its list and for a new
    // event, which is given that zone; another display zone is passed in.
    void timesInTheWindowsDisplayZone()
    {
        QuoteDialog dialog(QStringLiteral("an impressive model"), events(), actors());
        QCOMPARE(dialog.displayZone(), QTimeZone("America/New_York"));
        dialog.setNewEventTime(ms("2025-01-28T02:29:53Z"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("eventList"));
        const auto rowText = [list](int row) { return list->model()->index(row, 0).data().toString(); };
        // Altman's statement was Monday evening in New York; the selloff's date stays its date.
        QVERIFY2(rowText(1).startsWith(QStringLiteral("2025-01-27 21:29:53  ·  Altman")), qPrintable(rowText(1)));
        QVERIFY2(rowText(0).startsWith(QStringLiteral("2025-01-27  ·  Tech selloff")), qPrintable(rowText(0)));
        auto *time = dialog.findChild<QDateTimeEdit *>(QStringLiteral("newEventTime"));
        QCOMPARE(time->text(), QStringLiteral("2025-01-27 21:29:53 New York"));

        dialog.findChild<QRadioButton *>(QStringLiteral("newEventRadio"))->click();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newEventTitle")), QStringLiteral("Statement"));
        auto *precision = dialog.findChild<QComboBox *>(QStringLiteral("newEventPrecision"));
        precision->setCurrentIndex(precision->findText(QStringLiteral("Second")));
        QuoteTarget target = dialog.target();
        QVERIFY(target.newEvent);
        QCOMPARE(target.newEvent->tz, QStringLiteral("America/New_York"));
        QCOMPARE(target.newEvent->startMs, ms("2025-01-28T02:29:53Z"));
        precision->setCurrentIndex(precision->findText(QStringLiteral("Hour")));
        QCOMPARE(dialog.target().newEvent->startMs, ms("2025-01-28T02:00:00Z"));
        // A day is the date the user sees: Monday the 27th in New York.
        precision->setCurrentIndex(precision->findText(QStringLiteral("Day")));
        QCOMPARE(dialog.target().newEvent->startMs, ms("2025-01-27"));

        // In UTC the same instant is Tuesday morning.
        dialog.setDisplayZone(QTimeZone::utc());
        QCOMPARE(time->text(), QStringLiteral("2025-01-28 02:29:53 UTC"));
        QVERIFY2(rowText(1).startsWith(QStringLiteral("2025-01-28 02:29:53  ·  Altman")), qPrintable(rowText(1)));
        target = dialog.target();
        QCOMPARE(target.newEvent->tz, QStringLiteral("UTC"));
        QCOMPARE(target.newEvent->startMs, ms("2025-01-28"));
    }

    void truncatesToThePrecision()
    {
        const std::int64_t t = ms("2025-01-28T02:29:53.250Z");
        QCOMPARE(QuoteDialog::truncated(t, Precision::Second), ms("2025-01-28T02:29:53Z"));
        QCOMPARE(QuoteDialog::truncated(t, Precision::Minute), ms("2025-01-28T02:29:00Z"));
        QCOMPARE(QuoteDialog::truncated(t, Precision::Hour), ms("2025-01-28T02:00:00Z"));
        QCOMPARE(QuoteDialog::truncated(t, Precision::Month), ms("2025-01-01"));
        QCOMPARE(QuoteDialog::truncated(t, Precision::Year), ms("2025-01-01"));
    }

    void relinkPreselectsTheCurrentLinks()
    {
        QuoteDialog dialog(QStringLiteral("words"), events(), actors());
        dialog.setCurrent(QStringLiteral("selloff"), QStringLiteral("openai"));
        const QuoteTarget target = dialog.target();
        QCOMPARE(target.eventUid, QStringLiteral("selloff"));
        QCOMPARE(target.speakerUid, QStringLiteral("openai"));
    }

    void withoutEventsOnlyANewOne()
    {
        QuoteDialog dialog(QStringLiteral("words"), {}, actors());
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("newEventRadio"))->isChecked());
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("existingEventRadio"))->isEnabled());
    }
};

QTEST_MAIN(TestQuoteDialog)
#include "tst_quotedialog.moc"
