// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventfilterproxymodel.h"
#include "models/eventtablemodel.h"
#include "time/isotime.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace tickerline;

namespace {

std::int64_t ms(const char *iso) { return parseIsoTime(QString::fromLatin1(iso)).value().ms; }

// The shapes of the bundled episode: a post to the second, a day-precision release, an uncertain
// two-day span.
QList<Event> episode()
{
    Event post;
    post.uid = QStringLiteral("altman-hype-post");
    post.title = QStringLiteral("Altman: twitter hype is out of control again");
    post.summary = QStringLiteral("Sam Altman posts that the hype is out of control.");
    post.kind = EventKind::Statement;
    post.startMs = ms("2025-01-20T08:32:19Z");
    post.precision = Precision::Second;
    post.actors = {{QStringLiteral("sam-altman"), QStringLiteral("author")},
                   {QStringLiteral("openai"), QStringLiteral("subject")}};

    Event release;
    release.uid = QStringLiteral("deepseek-r1-release");
    release.title = QStringLiteral("DeepSeek releases R1");
    release.kind = EventKind::Release;
    release.startMs = ms("2025-01-20");
    release.precision = Precision::Day;
    release.actors = {{QStringLiteral("deepseek"), QStringLiteral("author")}};
    release.symbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO")};

    Event app;
    app.uid = QStringLiteral("deepseek-app-tops-store");
    app.title = QStringLiteral("DeepSeek app tops the US App Store");
    app.kind = EventKind::Market;
    app.startMs = ms("2025-01-26");
    app.endMs = ms("2025-01-27");
    app.precision = Precision::Day;
    app.uncertain = true;
    return {app, post, release}; // deliberately not in time order
}

QHash<QString, QString> actorNames()
{
    return {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman")},
            {QStringLiteral("openai"), QStringLiteral("OpenAI")},
            {QStringLiteral("deepseek"), QStringLiteral("DeepSeek")}};
}

} // namespace

class TestEventTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester()
    {
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(episode(), actorNames(), {{QStringLiteral("altman-hype-post"), 2}});
        model.setDisplayZone(QTimeZone("America/New_York"));
        model.setEvents({});
        QCOMPARE(model.rowCount(), 0);
        model.setEvents(episode());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(EventTableModel::ColumnCount));
    }

    void showsEachColumn()
    {
        EventTableModel model;
        model.setEvents(episode(), actorNames(), {{QStringLiteral("altman-hype-post"), 2}});
        // Summaries are not kept in the rows: a tooltip asks for them (the window asks the store).
        model.setSummaryLookup([events = episode()](const QString &uid) {
            for (const Event &event : events) {
                if (event.uid == uid)
                    return event.summary;
            }
            return QString();
        });
        const int post = model.rowOfEvent(QStringLiteral("altman-hype-post"));
        QCOMPARE(post, 1);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(post, EventTableModel::TimeColumn), QStringLiteral("2025-01-20 08:32:19"));
        QCOMPARE(text(post, EventTableModel::TitleColumn), QStringLiteral("Altman: twitter hype is out of control again"));
        QCOMPARE(text(post, EventTableModel::KindColumn), QStringLiteral("Statement"));
        QCOMPARE(text(post, EventTableModel::ActorsColumn), QStringLiteral("Sam Altman, OpenAI"));
        QCOMPARE(text(post, EventTableModel::QuotesColumn), QStringLiteral("2"));
        QCOMPARE(model.index(post, EventTableModel::TitleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Sam Altman posts that the hype is out of control."));

        const int release = model.rowOfEvent(QStringLiteral("deepseek-r1-release"));
        QCOMPARE(text(release, EventTableModel::TimeColumn), QStringLiteral("2025-01-20"));
        QCOMPARE(text(release, EventTableModel::SymbolsColumn), QStringLiteral("NVDA, AVGO"));
        QCOMPARE(text(release, EventTableModel::QuotesColumn), QStringLiteral("0"));
        // No summary: the tooltip falls back to the title rather than an empty bubble.
        QCOMPARE(model.index(release, EventTableModel::TitleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("DeepSeek releases R1"));

        const int app = model.rowOfEvent(QStringLiteral("deepseek-app-tops-store"));
        QCOMPARE(text(app, EventTableModel::TimeColumn), QStringLiteral("~2025-01-26 – 2025-01-27"));
        QCOMPARE(model.index(app, EventTableModel::TimeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Day precision: 26 January 2025 to 27 January 2025, time of day not known; "
                                "sorted at the start of that day (UTC). The date is uncertain."));
        QCOMPARE(model.rowOfEvent(QStringLiteral("no-such-event")), -1);
    }

    void unknownActorShowsItsUid()
    {
        EventTableModel model;
        model.setEvents(episode());
        const int post = model.rowOfEvent(QStringLiteral("altman-hype-post"));
        QCOMPARE(model.index(post, EventTableModel::ActorsColumn).data().toString(),
                 QStringLiteral("sam-altman, openai"));
    }

    void displayZoneShiftsOnlyTimesOfDay()
    {
        EventTableModel model;
        model.setEvents(episode());
        QCOMPARE(model.headerData(EventTableModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time (UTC)"));
        model.setDisplayZone(QTimeZone("America/New_York"));
        QCOMPARE(model.headerData(EventTableModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time (New York)"));
        QCOMPARE(model.headerData(EventTableModel::TimeColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("America/New_York"));
        const int post = model.rowOfEvent(QStringLiteral("altman-hype-post"));
        const int release = model.rowOfEvent(QStringLiteral("deepseek-r1-release"));
        QCOMPARE(model.index(post, 0).data().toString(), QStringLiteral("2025-01-20 03:32:19"));
        // A calendar date is the same day everywhere; shifting it would put R1 on the 19th.
        QCOMPARE(model.index(release, 0).data().toString(), QStringLiteral("2025-01-20"));
    }

    void formatsEveryPrecision()
    {
        const std::int64_t t = ms("2025-01-28T02:29:53Z");
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(EventTableModel::formatTime(t, Precision::Second, utc), QStringLiteral("2025-01-28 02:29:53"));
        QCOMPARE(EventTableModel::formatTime(t, Precision::Minute, utc), QStringLiteral("2025-01-28 02:29"));
        QCOMPARE(EventTableModel::formatTime(ms("2025-01-28"), Precision::Day, utc), QStringLiteral("2025-01-28"));
        QCOMPARE(EventTableModel::formatTime(ms("2025-01-01"), Precision::Month, utc), QStringLiteral("2025-01"));
        QCOMPARE(EventTableModel::formatTime(ms("2025-01-01"), Precision::Year, utc), QStringLiteral("2025"));
        QCOMPARE(EventTableModel::formatTime(t, Precision::Second, QTimeZone("America/Los_Angeles")),
                 QStringLiteral("2025-01-27 18:29:53"));
    }

    void spansWithinOneDayNameTheDateOnce()
    {
        Event session;
        session.startMs = ms("2025-01-27T14:30:00Z");
        session.endMs = ms("2025-01-27T21:00:00Z");
        session.precision = Precision::Minute;
        QCOMPARE(EventTableModel::formatEventTime(session, QTimeZone::utc()), QStringLiteral("2025-01-27 14:30 – 21:00"));
        // In New York the same session is 09:30 – 16:00; in Tokyo it crosses midnight.
        QCOMPARE(EventTableModel::formatEventTime(session, QTimeZone("America/New_York")),
                 QStringLiteral("2025-01-27 09:30 – 16:00"));
        QCOMPARE(EventTableModel::formatEventTime(session, QTimeZone("Asia/Tokyo")),
                 QStringLiteral("2025-01-27 23:30 – 2025-01-28 06:00"));
    }

    // In New York time the table lists "~2025-01-28" (the article, a date) above
    // "2025-01-27 21:29:53" (Altman's statement, 02:29:53 UTC on the 28th): both sort by the instant,
    // and the date's tooltip says what it is and why it sorts there.
    void dayPrecisionExplainsWhereItSorts()
    {
        Event statement;
        statement.uid = QStringLiteral("altman-statement");
        statement.title = QStringLiteral("Altman: R1 an impressive model");
        statement.startMs = ms("2025-01-28T02:29:53Z");
        statement.precision = Precision::Second;
        Event article;
        article.uid = QStringLiteral("futurism-article");
        article.title = QStringLiteral("Futurism: Altman speaks out about DeepSeek");
        article.startMs = ms("2025-01-28");
        article.precision = Precision::Day;
        article.uncertain = true;
        Event stargate;
        stargate.uid = QStringLiteral("stargate");
        stargate.title = QStringLiteral("Stargate announced");
        stargate.startMs = ms("2025-01-21");
        stargate.precision = Precision::Day;
        Event month;
        month.uid = QStringLiteral("month");
        month.title = QStringLiteral("Something in February");
        month.startMs = ms("2025-02-01");
        month.precision = Precision::Month;
        EventTableModel model;
        model.setEvents({statement, article, stargate, month});
        model.setDisplayZone(QTimeZone("America/New_York"));
        const auto cell = [&](const char *uid, int role) {
            return model.index(model.rowOfEvent(QLatin1String(uid)), EventTableModel::TimeColumn).data(role).toString();
        };
        QCOMPARE(cell("futurism-article", Qt::DisplayRole), QStringLiteral("~2025-01-28"));
        QCOMPARE(cell("altman-statement", Qt::DisplayRole), QStringLiteral("2025-01-27 21:29:53"));
        QCOMPARE(cell("futurism-article", Qt::ToolTipRole),
                 QStringLiteral("Day precision: 28 January 2025, time of day not known; sorted at the start of that "
                                "day (UTC). The date is uncertain."));
        QCOMPARE(cell("stargate", Qt::ToolTipRole),
                 QStringLiteral("Day precision: 21 January 2025, time of day not known; sorted at the start of that day (UTC)"));
        QCOMPARE(cell("month", Qt::ToolTipRole),
                 QStringLiteral("Month precision: February 2025, day and time not known; sorted at the start of that month (UTC)"));
        // A timed event's tooltip is still its summary (here its title).
        QCOMPARE(cell("altman-statement", Qt::ToolTipRole), statement.title);

        // The window's proxy and a plain one on SortRole agree: by the instant, both ways.
        const QStringList expected{QStringLiteral("stargate"), QStringLiteral("futurism-article"),
                                   QStringLiteral("altman-statement"), QStringLiteral("month")};
        EventFilterProxyModel windowProxy;
        windowProxy.setSourceModel(&model);
        QSortFilterProxyModel plain;
        plain.setSourceModel(&model);
        plain.setSortRole(EventTableModel::SortRole);
        for (QAbstractItemModel *proxy : {static_cast<QAbstractItemModel *>(&windowProxy), static_cast<QAbstractItemModel *>(&plain)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy->sort(EventTableModel::TimeColumn, order);
                QStringList uids;
                for (int row = 0; row < proxy->rowCount(); ++row)
                    uids << proxy->index(row, 0).data(EventTableModel::UidRole).toString();
                QStringList want = expected;
                if (order == Qt::DescendingOrder)
                    std::reverse(want.begin(), want.end());
                QCOMPARE(uids, want);
            }
        }
    }

    // The window's locale writes the table's dates and the tooltips' dates in words, in the order
    // of the language; the C locale (none chosen) keeps ISO 8601.
    void datesFollowTheWindowsLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("dayTip");
        QTest::addColumn<QString>("monthTip");
        QTest::newRow("C") << "C"
                           << "2025-01-27 14:30 – 21:00"
                           << "~2025-02"
                           << "21 January 2025"
                           << "February 2025";
        QTest::newRow("de") << "de"
                            << "27.01.2025 14:30 – 21:00"
                            << "~02.2025"
                            << "21. Januar 2025"
                            << "Februar 2025";
        QTest::newRow("ja") << "ja"
                            << "2025/01/27 14:30 – 21:00"
                            << "~2025/02"
                            << "2025年1月21日"
                            << "2025年2月";
        QTest::newRow("en_US") << "en_US"
                               << "1/27/2025 14:30 – 21:00"
                               << "~2/2025"
                               << "January 21, 2025"
                               << "February 2025";
    }

    void datesFollowTheWindowsLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, session);
        QFETCH(QString, month);
        QFETCH(QString, dayTip);
        QFETCH(QString, monthTip);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });

        Event open;
        open.uid = QStringLiteral("session");
        open.startMs = ms("2025-01-27T14:30:00Z");
        open.endMs = ms("2025-01-27T21:00:00Z");
        open.precision = Precision::Minute;
        Event stargate;
        stargate.uid = QStringLiteral("stargate");
        stargate.startMs = ms("2025-01-21");
        stargate.precision = Precision::Day;
        Event february;
        february.uid = QStringLiteral("month");
        february.startMs = ms("2025-02-01");
        february.precision = Precision::Month;
        february.uncertain = true;
        EventTableModel model;
        model.setEvents({open, stargate, february});
        model.setDisplayZone(QTimeZone::utc());
        const auto cell = [&](const char *uid, int role) {
            return model.index(model.rowOfEvent(QLatin1String(uid)), EventTableModel::TimeColumn).data(role).toString();
        };
        QCOMPARE(cell("session", Qt::DisplayRole), session);
        QCOMPARE(cell("month", Qt::DisplayRole), month);
        QVERIFY2(cell("stargate", Qt::ToolTipRole).contains(dayTip), qPrintable(cell("stargate", Qt::ToolTipRole)));
        QVERIFY2(cell("month", Qt::ToolTipRole).contains(monthTip), qPrintable(cell("month", Qt::ToolTipRole)));
    }

    void rolesCarryRawValues()
    {
        EventTableModel model;
        model.setEvents(episode());
        const QModelIndex app = model.index(model.rowOfEvent(QStringLiteral("deepseek-app-tops-store")), 2);
        QCOMPARE(app.data(EventTableModel::UidRole).toString(), QStringLiteral("deepseek-app-tops-store"));
        QCOMPARE(app.data(EventTableModel::StartMsRole).toLongLong(), ms("2025-01-26"));
        QCOMPARE(app.data(EventTableModel::EndMsRole).toLongLong(), ms("2025-01-27"));
        QCOMPARE(app.data(EventTableModel::KindRole).toInt(), int(EventKind::Market));
        const QModelIndex post = model.index(model.rowOfEvent(QStringLiteral("altman-hype-post")), 0);
        QVERIFY(!post.data(EventTableModel::EndMsRole).isValid());
    }

    // What the table's text filter keeps: every word in the title, the uid, an actor's name or a
    // symbol, whatever the case, and the same whether asked for row by row (after an edit) or for
    // every row at once (on several threads, past the records of removed events).
    void textFilterMatchesWhatsTypedRowByRowAndAllAtOnce_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QStringList>("uids"); // of the three episode rows, in time order
        QTest::addRow("title, any case") << QStringLiteral("DEEPSEEK")
                                         << QStringList{QStringLiteral("deepseek-r1-release"),
                                                        QStringLiteral("deepseek-app-tops-store")};
        QTest::addRow("two words") << QStringLiteral("app store")
                                   << QStringList{QStringLiteral("deepseek-app-tops-store")};
        QTest::addRow("actor name") << QStringLiteral("sam") << QStringList{QStringLiteral("altman-hype-post")};
        QTest::addRow("symbol") << QStringLiteral("avgo") << QStringList{QStringLiteral("deepseek-r1-release")};
        QTest::addRow("uid") << QStringLiteral("hype-post") << QStringList{QStringLiteral("altman-hype-post")};
        QTest::addRow("end of a title") << QStringLiteral("again") << QStringList{QStringLiteral("altman-hype-post")};
        QTest::addRow("punctuation") << QStringLiteral("altman:") << QStringList{QStringLiteral("altman-hype-post")};
        QTest::addRow("longer than any title")
            << QStringLiteral("twitter hype is out of control again and again") << QStringList{};
        QTest::addRow("not ASCII") << QStringLiteral("réleases") << QStringList{};
        QTest::addRow("in no row") << QStringLiteral("stargate") << QStringList{};
    }

    void textFilterMatchesWhatsTypedRowByRowAndAllAtOnce()
    {
        QFETCH(QString, words);
        QFETCH(QStringList, uids);
        EventTableModel model;
        model.setEvents(episode(), actorNames());
        const QStringList folded = words.toCaseFolded().split(QLatin1Char(' '));
        const auto matched = [&](const std::function<bool(int)> &isMatch) {
            QStringList found;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (isMatch(row))
                    found << model.uidAt(row);
            }
            return found;
        };
        QCOMPARE(matched(model.textMatcher(folded)), uids);
        const std::vector<std::uint8_t> all = model.rowsMatchingText(folded);
        QCOMPARE(all.size(), std::size_t(model.rowCount()));
        QCOMPARE(matched([&all](int row) { return all[std::size_t(row)] != 0; }), uids);
    }

    void textFilterAllAtOnceEqualsRowByRowOnManyEditedRows()
    {
        // Enough rows for several threads, and edits, so that records of removed events sit in the
        // pools and new ones come after them.
        QList<Event> events;
        const QStringList words{QStringLiteral("Chip"), QStringLiteral("rally"), QStringLiteral("Zürich"),
                                QStringLiteral("英伟达"), QStringLiteral("selloff")};
        for (int i = 0; i < 20'000; ++i) {
            Event event;
            event.uid = QStringLiteral("event-%1").arg(i);
            event.title = words[i % 5] + QLatin1Char(' ') + words[(i / 5) % 5] + QStringLiteral(" %1").arg(i % 97);
            event.startMs = std::int64_t(i % 500) * 60'000;
            if (i % 7 == 0)
                event.actors = {{QStringLiteral("sam-altman"), QStringLiteral("author")}};
            if (i % 11 == 0)
                event.symbols = {QStringLiteral("NVDA")};
            events << event;
        }
        EventTableModel model;
        model.setEditableIndex(std::make_shared<TimelineIndex>(TimelineIndex::fromEvents(events, actorNames())));
        for (int i = 0; i < 20'000; i += 13)
            model.removeEvent(QStringLiteral("event-%1").arg(i));
        for (int i = 0; i < 300; ++i) {
            Event event = events[i * 3];
            event.uid = QStringLiteral("new-%1").arg(i);
            event.title = QStringLiteral("New rally %1").arg(i);
            model.insertEvent(event, 0);
        }
        for (const QString &query :
             {QStringLiteral("chip"), QStringLiteral("rally 4"), QStringLiteral("zürich"), QStringLiteral("英伟达 sam"),
              QStringLiteral("nvda selloff"), QStringLiteral("new-2")}) {
            const QStringList folded = query.toCaseFolded().split(QLatin1Char(' '));
            const auto rowByRow = model.textMatcher(folded);
            const std::vector<std::uint8_t> all = model.rowsMatchingText(folded);
            QCOMPARE(all.size(), std::size_t(model.rowCount()));
            int kept = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                QVERIFY2(rowByRow(row) == (all[std::size_t(row)] != 0),
                         qPrintable(query + QLatin1Char(' ') + model.uidAt(row)));
                kept += all[std::size_t(row)];
            }
            QVERIFY2(kept > 0 && kept < model.rowCount(), qPrintable(query));
        }
    }

    // ASCII words are looked for in the titles' bytes sixteen places at a time, by their first
    // and last letters with the case bit set: what is kept must equal QString's case-folded
    // contains() wherever the word lies in a title (in a block, across two, in the tail), for a
    // word of one letter, and for signs that differ from others only by that bit (@ `, [ {, - CR).
    void asciiWordsAreFoundAsQStringFindsThem()
    {
        const QString alphabet = QStringLiteral("aAbB@`[{-\r1 é");
        QRandomGenerator random(12);
        const auto text = [&](int length) {
            QString made;
            for (int i = 0; i < length; ++i)
                made += alphabet[int(random.bounded(alphabet.size()))];
            return made;
        };
        QList<Event> events;
        for (int i = 0; i < 3'000; ++i) {
            Event event;
            event.uid = text(int(random.bounded(20))) + QString::number(i); // uids are searched too
            event.title = text(int(random.bounded(48)));
            event.startMs = i;
            events << event;
        }
        EventTableModel model;
        model.setEvents(events);
        int found = 0;
        for (int query = 0; query < 300; ++query) {
            QString word;
            do
                word = text(1 + int(random.bounded(4))).remove(QStringLiteral("é")).remove(QLatin1Char(' '));
            while (word.isEmpty());
            const QString folded = word.toCaseFolded();
            const std::vector<std::uint8_t> all = model.rowsMatchingText({folded});
            for (int row = 0; row < model.rowCount(); ++row) {
                const Event &event = events[row]; // one a millisecond: rows are in the list's order
                QCOMPARE(model.uidAt(row), event.uid);
                const bool expected =
                    event.title.toCaseFolded().contains(folded) || event.uid.toCaseFolded().contains(folded);
                QVERIFY2((all[std::size_t(row)] != 0) == expected,
                         qPrintable(word + QStringLiteral(" in ") + event.title));
                found += expected;
            }
        }
        QVERIFY(found > 10'000); // most words are found in many titles, and many are not
    }

    void sortsTimeByMilliseconds()
    {
        EventTableModel model;
        model.setEvents(episode());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(EventTableModel::SortRole);
        proxy.sort(EventTableModel::TimeColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, 0).data(EventTableModel::UidRole).toString();
        // Day-precision R1 (midnight) comes before the 08:32 post of the same day; the uncertain
        // "~" prefix must not push the app event to the end of a text sort.
        QCOMPARE(order, (QStringList{QStringLiteral("deepseek-r1-release"), QStringLiteral("altman-hype-post"),
                                     QStringLiteral("deepseek-app-tops-store")}));
        proxy.sort(EventTableModel::TimeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(EventTableModel::UidRole).toString(), QStringLiteral("deepseek-app-tops-store"));
    }
};

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
