// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventfilterproxymodel.h"
#include "models/eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tickerline;

namespace {

Event makeEvent(const char *uid, const char *title, EventKind kind, std::int64_t startMs,
                const QStringList &symbols = {})
{
    Event event;
    event.uid = QString::fromLatin1(uid);
    event.title = QString::fromUtf8(title);
    event.kind = kind;
    event.startMs = startMs;
    event.symbols = symbols;
    return event;
}

QList<Event> events()
{
    Event statement = makeEvent("altman-statement", "Altman: DeepSeek's R1 is an impressive model",
                                EventKind::Statement, 300);
    statement.actors = {{QStringLiteral("sam-altman"), QStringLiteral("author")}};
    return {statement,
            makeEvent("r1-release", "DeepSeek releases R1", EventKind::Release, 100),
            makeEvent("selloff", "Chip stocks sell off", EventKind::Market, 200, {QStringLiteral("NVDA")}),
            makeEvent("stargate", "Stargate announced at the White House", EventKind::Policy, 50),
            makeEvent("gomez-ft", "Gomez to the FT: „winners won’t burn the most cash“", EventKind::Statement, 400)};
}

QStringList visibleUids(const QAbstractItemModel &model)
{
    QStringList uids;
    for (int row = 0; row < model.rowCount(); ++row)
        uids << model.index(row, 0).data(EventTableModel::UidRole).toString();
    return uids;
}

} // namespace

class TestEventFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester()
    {
        EventTableModel model;
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(events(), {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman")}});
        proxy.sort(EventTableModel::TimeColumn);
        proxy.setKindVisible(EventKind::Statement, false);
        proxy.setText(QStringLiteral("deepseek"));
        proxy.showAllKinds();
        proxy.setText({});
        model.setEvents({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void filtersByKind()
    {
        EventTableModel model;
        model.setEvents(events());
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy changed(&proxy, &EventFilterProxyModel::filterChanged);
        QVERIFY(proxy.allKindsVisible());
        QCOMPARE(proxy.rowCount(), 5);

        proxy.setKindVisible(EventKind::Statement, false);
        // The model lists events in time order.
        QCOMPARE(visibleUids(proxy), (QStringList{QStringLiteral("stargate"), QStringLiteral("r1-release"),
                                                  QStringLiteral("selloff")}));
        QVERIFY(!proxy.isKindVisible(EventKind::Statement));
        QVERIFY(!proxy.allKindsVisible());
        QCOMPARE(changed.count(), 1);

        proxy.setVisibleKinds({EventKind::Market});
        QCOMPARE(visibleUids(proxy), QStringList{QStringLiteral("selloff")});
        // Compared as a bool: QTest would print EventKind through tickerline::toString, which returns QString.
        QVERIFY(proxy.visibleKinds() == QList<EventKind>{EventKind::Market});

        // Unticking every kind shows nothing, not everything.
        proxy.setVisibleKinds({});
        QCOMPARE(proxy.rowCount(), 0);

        proxy.showAllKinds();
        QCOMPARE(proxy.rowCount(), 5);
    }

    void filtersByEveryWordOfText()
    {
        EventTableModel model;
        model.setEvents(events(), {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman")}});
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);

        proxy.setText(QStringLiteral("DEEPSEEK"));
        QCOMPARE(visibleUids(proxy), (QStringList{QStringLiteral("r1-release"), QStringLiteral("altman-statement")}));
        proxy.setText(QStringLiteral("  r1   altman "));
        QCOMPARE(visibleUids(proxy), QStringList{QStringLiteral("altman-statement")});
        // Actor names, symbols and non-ASCII titles are searchable too.
        proxy.setText(QStringLiteral("sam"));
        QCOMPARE(visibleUids(proxy), QStringList{QStringLiteral("altman-statement")});
        proxy.setText(QStringLiteral("nvda"));
        QCOMPARE(visibleUids(proxy), QStringList{QStringLiteral("selloff")});
        proxy.setText(QStringLiteral("won’t"));
        QCOMPARE(visibleUids(proxy), QStringList{QStringLiteral("gomez-ft")});
        proxy.setText(QStringLiteral("nothing matches this"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void combinesKindAndTextAndSortsByTime()
    {
        EventTableModel model;
        model.setEvents(events());
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(EventTableModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(visibleUids(proxy), (QStringList{QStringLiteral("stargate"), QStringLiteral("r1-release"),
                                                  QStringLiteral("selloff"), QStringLiteral("altman-statement"),
                                                  QStringLiteral("gomez-ft")}));
        proxy.setVisibleKinds({EventKind::Statement, EventKind::Release});
        proxy.setText(QStringLiteral("r1"));
        QCOMPARE(visibleUids(proxy), (QStringList{QStringLiteral("r1-release"), QStringLiteral("altman-statement")}));
    }

    // Every column sorts from the index's arrays: titles without regard to case, actors by name,
    // symbols by name, quotes by count, ties in time order; descending reverses it.
    void sortsEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("title") << int(EventTableModel::TitleColumn)
                               << QStringList{QStringLiteral("altman-statement"), QStringLiteral("selloff"),
                                              QStringLiteral("r1-release"), QStringLiteral("gomez-ft"),
                                              QStringLiteral("stargate")};
        QTest::newRow("kind") << int(EventTableModel::KindColumn)
                              << QStringList{QStringLiteral("altman-statement"), QStringLiteral("gomez-ft"),
                                             QStringLiteral("r1-release"), QStringLiteral("selloff"),
                                             QStringLiteral("stargate")};
        // No actor sorts first; then "Sam Altman", then "zed" (lower case, after S).
        QTest::newRow("actors") << int(EventTableModel::ActorsColumn)
                                << QStringList{QStringLiteral("stargate"), QStringLiteral("r1-release"),
                                               QStringLiteral("selloff"), QStringLiteral("altman-statement"),
                                               QStringLiteral("gomez-ft")};
        QTest::newRow("symbols") << int(EventTableModel::SymbolsColumn)
                                 << QStringList{QStringLiteral("stargate"), QStringLiteral("r1-release"),
                                                QStringLiteral("altman-statement"), QStringLiteral("gomez-ft"),
                                                QStringLiteral("selloff")};
        QTest::newRow("quotes") << int(EventTableModel::QuotesColumn)
                                << QStringList{QStringLiteral("stargate"), QStringLiteral("selloff"),
                                               QStringLiteral("altman-statement"), QStringLiteral("gomez-ft"),
                                               QStringLiteral("r1-release")};
    }
    void sortsEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(QStringList, order);
        QList<Event> list = events();
        list[0].title = QStringLiteral("ALTMAN: DeepSeek's R1 is an impressive model"); // case must not matter
        list[4].actors = {{QStringLiteral("zed"), QStringLiteral("author")}};
        EventTableModel model;
        model.setEvents(list, {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman")}},
                        {{QStringLiteral("r1-release"), 3}, {QStringLiteral("altman-statement"), 1},
                         {QStringLiteral("gomez-ft"), 1}});
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(visibleUids(proxy), order);
        proxy.sort(column, Qt::DescendingOrder);
        std::reverse(order.begin(), order.end());
        QCOMPARE(visibleUids(proxy), order);
    }
};

QTEST_GUILESS_MAIN(TestEventFilterProxyModel)
#include "tst_eventfilterproxymodel.moc"
