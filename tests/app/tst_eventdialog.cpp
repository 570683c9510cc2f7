// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/eventdialog.h"

#include "models/eventtablemodel.h"
#include "time/isotime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tickerline;

class TestEventDialog : public QObject
{
    Q_OBJECT

private:
    EventTableModel m_events;

    EventDialog::Choices choices()
    {
        EventDialog::Choices choices;
        choices.actors = {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"), {}}};
        choices.symbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO")};
        choices.events = &m_events;
        choices.uidRole = EventTableModel::UidRole;
        choices.labelColumn = EventTableModel::TitleColumn;
        return choices;
    }

    static Event newEventAt(const char *utc)
    {
        Event event;
        event.startMs = parseIsoTime(QString::fromLatin1(utc)).value().ms;
        event.precision = Precision::Minute;
        event.tz = QStringLiteral("America/New_York");
        return event;
    }

    static QPushButton *okButton(EventDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void initTestCase()
    {
        Event release;
        release.uid = QStringLiteral("r1-release");
        release.title = QStringLiteral("DeepSeek-R1 released");
        release.startMs = parseIsoTime(QStringLiteral("2025-01-20")).value().ms;
        release.precision = Precision::Day;
        m_events.setEvents({release});
    }

    void typingATitleAndEnterMakesAnEvent()
    {
        EventDialog dialog(choices());
        dialog.setEvent(newEventAt("2025-01-27T14:30:00Z"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New event"));
        QCOMPARE(QApplication::focusWidget(), dialog.titleEdit());
        // The start is valid from the first, shown in the event's zone.
        QCOMPARE(dialog.startEdit()->text(), QStringLiteral("2025-01-27 09:30"));
        QVERIFY(!okButton(dialog)->isEnabled()); // no title yet

        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Nasdaq opens 3 % down"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::keyClick(dialog.titleEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Event event = dialog.event();
        QCOMPARE(event.title, QStringLiteral("Nasdaq opens 3 % down"));
        QCOMPARE(formatIsoUtc(event.startMs), QStringLiteral("2025-01-27T14:30:00Z"));
        QVERIFY(event.precision == Precision::Minute);
        QCOMPARE(event.tz, QStringLiteral("America/New_York"));
        QVERIFY(!event.endMs);
    }

    void escapeCancels()
    {
        EventDialog dialog(choices());
        dialog.setEvent(newEventAt("2025-01-27T14:30:00Z"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Not wanted"));
        QTest::keyClick(dialog.titleEdit(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void precisionFollowsTheStartUntilChosen()
    {
        EventDialog dialog(choices());
        dialog.setEvent(newEventAt("2025-01-27T14:30:00Z"));
        dialog.titleEdit()->setText(QStringLiteral("Selloff"));
        dialog.startEdit()->setText(QStringLiteral("2025-01-27"));
        QVERIFY(Precision(dialog.precisionBox()->currentData().toInt()) == Precision::Day);
        dialog.startEdit()->setText(QStringLiteral("2025-01-27 18:29:53"));
        QVERIFY(Precision(dialog.precisionBox()->currentData().toInt()) == Precision::Second);
        dialog.endEdit()->setText(QStringLiteral("2025-01-27 16:00"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog.problem(), QStringLiteral("End: before the start."));
        dialog.endEdit()->setText(QStringLiteral("2025-01-27 20:00"));
        QVERIFY(okButton(dialog)->isEnabled());
        const Event event = dialog.event();
        QCOMPARE(formatIsoUtc(*event.endMs), QStringLiteral("2025-01-28T01:00:00Z"));
    }

    void badValuesNameTheField()
    {
        EventDialog dialog(choices());
        dialog.setEvent(newEventAt("2025-01-27T14:30:00Z"));
        dialog.titleEdit()->setText(QStringLiteral("Selloff"));
        dialog.startEdit()->setText(QStringLiteral("2025-02-30"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog.problem().startsWith(QStringLiteral("Start: ")), qPrintable(dialog.problem()));
        dialog.startEdit()->setText(QStringLiteral("2025-01-27"));
        dialog.zoneBox()->setCurrentText(QStringLiteral("Mars/Base"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("Mars/Base")), qPrintable(dialog.problem()));
    }

    void anExistingEventShowsEveryField()
    {
        Event statement;
        statement.uid = QStringLiteral("altman-statement");
        statement.title = QStringLiteral("Altman: R1 is impressive");
        statement.kind = EventKind::Statement;
        statement.startMs = parseIsoTime(QStringLiteral("2025-01-28T02:29:53Z")).value().ms;
        statement.precision = Precision::Second;
        statement.tz = QStringLiteral("America/Los_Angeles");
        statement.actors = {{QStringLiteral("sam-altman"), QStringLiteral("author")},
                            {QStringLiteral("Liang Wenfeng"), QStringLiteral("subject")}};
        statement.symbols = {QStringLiteral("NVDA")};
        const QList<EventLink> links{{statement.uid, QStringLiteral("r1-release"), QStringLiteral("responds-to")}};
        EventDialog dialog(choices());
        dialog.setEvent(statement, links);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit event"));
        QCOMPARE(dialog.startEdit()->text(), QStringLiteral("2025-01-27 18:29:53"));
        QCOMPARE(dialog.actorTable()->rowCount(), 2);
        QCOMPARE(dialog.linkTable()->rowCount(), 1);
        QVERIFY(okButton(dialog)->isEnabled());

        dialog.symbolsEdit()->setText(QStringLiteral("nvda, avgo;NVDA"));
        const Event event = dialog.event();
        QCOMPARE(event.uid, statement.uid);
        QCOMPARE(event.startMs, statement.startMs);
        QCOMPARE(event.actors, statement.actors); // an unknown name stays a name, to be made an actor
        QCOMPARE(dialog.newActorNames(), QStringList{QStringLiteral("Liang Wenfeng")});
        QCOMPARE(event.symbols, (QStringList{QStringLiteral("NVDA"), QStringLiteral("AVGO")}));
        QCOMPARE(dialog.links(), links);
    }
};

QTEST_MAIN(TestEventDialog)
#include "tst_eventdialog.moc"
