// SPDX-License-Identifier: GPL-3.0-or-later
// The window's searches off the GUI thread: the same answers as the store's own search, on a
// connection of their own, the newest query winning, and the window's connection when the file
// cannot be opened again.
#include "mainwindow.h"

#include "search/searchfield.h"
#include "search/searchrunner.h"

#include "tst_windowfixture.h"

#include <QSignalSpy>
#include <QTreeWidget>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

QStringList described(const QList<SearchHit> &hits)
{
    QStringList lines;
    for (const SearchHit &hit : hits)
        lines << QStringLiteral("%1 %2 %3 | %4 | %5")
                     .arg(hit.type, hit.uid, hit.title, hit.snippet)
                     .arg(hit.score, 0, 'g', 12);
    return lines;
}

// What the runner answered, in order: "query: uid uid …" or "query: error".
QStringList answers(const QSignalSpy &spy)
{
    QStringList lines;
    for (const QList<QVariant> &answer : spy) {
        const auto hits = answer.at(1).value<QList<SearchHit>>();
        QStringList uids;
        for (const SearchHit &hit : hits)
            uids << hit.uid;
        const QString error = answer.at(2).toString();
        lines << answer.at(0).toString() + QStringLiteral(": ") +
                     (error.isEmpty() ? uids.join(QLatin1Char(' ')) : error);
    }
    return lines;
}

Event quokkaEvent()
{
    Event event;
    event.uid = QStringLiteral("quokka-rally");
    event.title = QStringLiteral("Quokka rally lifts chip stocks");
    event.kind = EventKind::Market;
    event.startMs = parseIsoTime(QStringLiteral("2025-01-28T15:00:00Z")).value().ms;
    event.tz = QStringLiteral("America/New_York");
    return event;
}

} // namespace

class TestSearchRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<FileStore> episode(const char *name) { return episodeIn(m_dir, name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<QList<SearchHit>>();
        keepSettingsIn(m_dir);
    }

    void answersAreTheStoresOwnSearch()
    {
        auto store = episode("same.tickerline");
        SearchRunner runner(*store);
        QSignalSpy answered(&runner, &SearchRunner::finished);
        for (const QString &query : {QStringLiteral("winners cash"), QStringLiteral("deepseek or stargate"),
                                     QStringLiteral("\"impressive model\""), QStringLiteral("zyxwvut")}) {
            answered.clear();
            runner.search(query, 30);
            // The answer comes later, from the search's own thread, never from inside search().
            QCOMPARE(answered.count(), 0);
            QVERIFY(runner.isBusy());
            QVERIFY(answered.wait(5000));
            QCOMPARE(answered.count(), 1);
            QCOMPARE(answered.at(0).at(0).toString(), query);
            QCOMPARE(answered.at(0).at(2).toString(), QString());
            QCOMPARE(described(answered.at(0).at(1).value<QList<SearchHit>>()), described(store->search(query, 30)));
            QVERIFY(!runner.isBusy());
        }
    }

    // The runner reads what is committed, on a connection of its own: an event the window's
    // connection is still writing is not found, and is found once it is committed.
    void searchesOnAConnectionOfItsOwn()
    {
        auto store = episode("own.tickerline");
        SearchRunner runner(*store);
        QSignalSpy answered(&runner, &SearchRunner::finished);
        {
            const std::unique_ptr<StoreTransaction> writing = store->transaction();
            store->addEvent(quokkaEvent());
            QCOMPARE(store->search(QStringLiteral("quokka"), 30).size(), 1); // the writer sees its own row
            runner.search(QStringLiteral("quokka"), 30);
            QVERIFY(answered.wait(5000));
            QCOMPARE(answers(answered), QStringList{QStringLiteral("quokka: ")});
            writing->commit();
        }
        answered.clear();
        runner.search(QStringLiteral("quokka"), 30);
        QVERIFY(answered.wait(5000));
        QCOMPARE(answers(answered), QStringList{QStringLiteral("quokka: quokka-rally")});
    }

    // Typing on while a search runs: the queries in between never run, and only the newest is
    // answered.
    void onlyTheNewestQueryIsAnswered()
    {
        auto store = episode("newest.tickerline");
        SearchRunner runner(*store);
        QSignalSpy answered(&runner, &SearchRunner::finished);
        runner.search(QStringLiteral("w"), 30);
        runner.search(QStringLiteral("winn"), 30);
        runner.search(QStringLiteral("winners"), 30);
        QTRY_VERIFY(!runner.isBusy());
        QTest::qWait(50); // nothing more comes
        QStringList uids;
        for (const SearchHit &hit : store->search(QStringLiteral("winners"), 30))
            uids << hit.uid;
        QVERIFY(!uids.isEmpty());
        QCOMPARE(answers(answered), QStringList{QStringLiteral("winners: ") + uids.join(QLatin1Char(' '))});
    }

    // A file that cannot be opened a second time (here: taken out of its folder while open) is
    // searched on the window's own connection, with the same answers.
    void aFileThatCannotBeOpenedAgainIsSearchedOnTheWindowsConnection()
    {
        auto store = episode("moved.tickerline");
        const QList<SearchHit> expected = store->search(QStringLiteral("impressive"), 30);
        QVERIFY(!expected.isEmpty());
        QVERIFY(QFile::remove(store->path()));
        SearchRunner runner(*store);
        QSignalSpy answered(&runner, &SearchRunner::finished);
        runner.search(QStringLiteral("impressive"), 30);
        QTRY_COMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(2).toString(), QString());
        QCOMPARE(described(answered.at(0).at(1).value<QList<SearchHit>>()), described(expected));
        // From then on the answers come at once.
        runner.search(QStringLiteral("winners"), 30);
        QCOMPARE(answered.count(), 2);
        QCOMPARE(described(answered.at(1).at(1).value<QList<SearchHit>>()),
                 described(store->search(QStringLiteral("winners"), 30)));
    }

    // In the window: Enter pressed before the answer came takes the best hit of what was typed;
    // Enter on a text that matches nothing says so.
    void enterBeforeTheAnswerTakesTheBestHit()
    {
        auto store = episode("window.tickerline");
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        SearchField *search = window.searchField();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("winners cash"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(window.selection()->currentEvent(), QStringLiteral("gomez-ft"));
        QVERIFY(!search->results()->isVisible());

        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("zyxwvut"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(search->results()->isVisible());
        QCOMPARE(search->results()->topLevelItem(0)->text(1), QStringLiteral("Nothing matches “zyxwvut”"));
        QCOMPARE(window.selection()->currentEvent(), QStringLiteral("gomez-ft"));
    }
};

QTEST_MAIN(TestSearchRunner)
#include "tst_searchrunner.moc"
