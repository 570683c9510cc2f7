// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventfilterproxymodel.h"
#include "models/eventsortkeys.h"
#include "models/eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

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


// Titles and actors as analysts' data has them: equal titles, case variants, accents, Chinese,
// the empty title; actors whose names sort differently in different languages.
const QStringList &titleWords()
{
    static const QStringList words{QString(), QStringLiteral("Nvidia"), QStringLiteral("nvidia"),
                                   QStringLiteral("selloff"), QStringLiteral("sell-off"), QStringLiteral("Société"),
                                   QStringLiteral("societe"), QStringLiteral("Zürich"), QStringLiteral("Zurich"),
                                   QStringLiteral("Øresund"), QStringLiteral("chips"), QStringLiteral("hrad"),
                                   QStringLiteral("英伟达"), QStringLiteral("深度求索"), QStringLiteral("R1"),
                                   QStringLiteral("$19 billion"), QStringLiteral("“capex”"), QStringLiteral("Ångström")};
    return words;
}

const QHash<QString, QString> &actorNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("altman"), QStringLiteral("Sam Altman")}, {QStringLiteral("gomez"), QStringLiteral("Aidan Gomez")},
        {QStringLiteral("liang"), QStringLiteral("梁文锋")},       {QStringLiteral("zola"), QStringLiteral("Émile Zola")},
        {QStringLiteral("zoe"), QStringLiteral("Zoë Chen")},       {QStringLiteral("ochoa"), QStringLiteral("Chávez Ochoa")},
        {QStringLiteral("huang"), QStringLiteral("jensen huang")}, {QStringLiteral("oerum"), QStringLiteral("Ørum")}};
    return names;
}

Event realisticEvent(QRandomGenerator &random, int number)
{
    QStringList words;
    for (int w = 0, n = random.bounded(4); w < n; ++w)
        words << titleWords()[random.bounded(int(titleWords().size()))];
    Event event = makeEvent(QStringLiteral("e%1").arg(number).toUtf8().constData(),
                            words.join(QLatin1Char(' ')).toUtf8().constData(), EventKind(random.bounded(7)),
                            std::int64_t(random.bounded(50)) * 1000);
    const QStringList uids = actorNames().keys();
    for (int a = 0, n = random.bounded(4); a < n; ++a) {
        const QString uid = uids[random.bounded(int(uids.size()))];
        if (std::none_of(event.actors.cbegin(), event.actors.cend(), [&](const EventActor &e) { return e.actor == uid; }))
            event.actors << EventActor{uid, QStringLiteral("subject")};
    }
    return event;
}

// The order a sort by title or actors must give, from the collator itself: the events in time
// order (equal starts in the order they came), then stably by the column.
QStringList collatedOrder(QList<Event> events, int column, Qt::SortOrder order, const QString &filter)
{
    const QCollator collator = EventSortKeys::collator(QLocale());
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.startMs < b.startMs; });
    const auto names = [](const Event &event) {
        QStringList list;
        for (const EventActor &actor : event.actors)
            list << actorNames().value(actor.actor);
        return list;
    };
    std::stable_sort(events.begin(), events.end(), [&](const Event &a, const Event &b) {
        if (column == EventTableModel::TitleColumn)
            return collator.compare(a.title, b.title) < 0;
        const QStringList x = names(a), y = names(b);
        return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end(), [&](const QString &p, const QString &q) {
            return collator.compare(p, q) < 0;
        });
    });
    QStringList uids;
    for (const Event &event : std::as_const(events)) {
        const QString text = (event.title + QLatin1Char(' ') + names(event).join(QLatin1Char(' ')) + QLatin1Char(' ')
                              + event.uid).toCaseFolded();
        if (filter.isEmpty() || text.contains(filter))
            uids << event.uid;
    }
    if (order == Qt::DescendingOrder)
        std::reverse(uids.begin(), uids.end());
    return uids;
}

// Sets the default locale for one test, and back.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

} // namespace

class TestEventFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void editsKeepEverySortAndFilter_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        for (int column : {int(EventTableModel::TimeColumn), int(EventTableModel::TitleColumn),
                           int(EventTableModel::KindColumn), int(EventTableModel::SymbolsColumn)}) {
            QTest::addRow("column %d", column) << column << QString();
            QTest::addRow("column %d, filtered", column) << column << QStringLiteral("chip");
        }
    }

    void editsKeepEverySortAndFilter()
    {
        // Rows edited in place through the model (as the workspace edits them) leave the proxy
        // exactly as a proxy over a model made afresh from the same events.
        QFETCH(int, column);
        QFETCH(QString, text);
        QRandomGenerator random(11);
        QList<Event> current;
        int made = 0;
        const auto newEvent = [&] {
            const QString uid = QStringLiteral("e%1").arg(made++);
            const QByteArray title = QStringLiteral("%1 %2").arg(random.bounded(2) ? QStringLiteral("Chip") : QStringLiteral("rally"))
                                         .arg(random.bounded(40)).toUtf8();
            Event e = makeEvent(uid.toUtf8().constData(), title.constData(), EventKind(random.bounded(7)),
                                std::int64_t(random.bounded(30)) * 1000,
                                random.bounded(2) ? QStringList{QStringLiteral("NVDA")} : QStringList{});
            return e;
        };
        for (int i = 0; i < 40; ++i)
            current << newEvent();
        EventTableModel model;
        model.setEditableIndex(std::make_shared<TimelineIndex>(TimelineIndex::fromEvents(current, {})));
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setText(text);
        proxy.sort(column);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        const auto rowsOf = [](const QAbstractItemModel &m) {
            QStringList uids;
            for (int row = 0; row < m.rowCount(); ++row)
                uids << m.index(row, 0).data(EventTableModel::UidRole).toString();
            return uids;
        };
        for (int step = 0; step < 60; ++step) {
            const int what = random.bounded(3);
            if (what == 0 && !current.isEmpty()) {
                model.removeEvent(current.takeAt(random.bounded(current.size())).uid);
            } else if (what == 1 && !current.isEmpty()) {
                const qsizetype changed = random.bounded(current.size());
                Event edited = newEvent();
                edited.uid = current[changed].uid;
                if (random.bounded(2))
                    edited.startMs = current[changed].startMs;
                model.updateEvent(edited);
                current.removeAt(changed);
                current << edited;
            } else {
                current << newEvent();
                model.insertEvent(current.constLast());
            }
            EventTableModel fresh;
            fresh.setEvents(current);
            EventFilterProxyModel expected;
            expected.setSourceModel(&fresh);
            expected.setText(text);
            expected.sort(column);
            QCOMPARE(rowsOf(proxy), rowsOf(expected));
            // What the timeline is given: the same rows, in the model's order.
            std::vector<std::uint32_t> mapped;
            for (int row = 0; row < proxy.rowCount(); ++row)
                mapped.push_back(std::uint32_t(proxy.mapToSource(proxy.index(row, 0)).row()));
            std::sort(mapped.begin(), mapped.end());
            QVERIFY(proxy.acceptedSourceRows() == mapped);
        }
        QCOMPARE(reset.count(), 0);
    }

    void sortsByCollationThroughEdits_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("filter");
        for (const char *locale : {"en_US", "zh_CN", "sv_SE", "cs_CZ"}) {
            for (int column : {int(EventTableModel::TitleColumn), int(EventTableModel::ActorsColumn)}) {
                QTest::addRow("%s, column %d", locale, column) << QString::fromLatin1(locale) << column << false << QString();
                QTest::addRow("%s, column %d, descending", locale, column)
                    << QString::fromLatin1(locale) << column << true << QString();
                QTest::addRow("%s, column %d, filtered", locale, column)
                    << QString::fromLatin1(locale) << column << false << QStringLiteral("z");
            }
        }
    }

    // A sort by title or actors on the ranks the workspace makes with the events gives the
    // collator's order (ties in time order), and keeps giving it as events are edited, added and
    // removed: the rows edited since compare by their text.
    void sortsByCollationThroughEdits()
    {
        QFETCH(QString, locale);
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, filter);
        const DefaultLocale collation{QLocale(locale)};
        const Qt::SortOrder order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        QRandomGenerator random(3);
        QList<Event> current;
        int made = 0;
        for (; made < 300; ++made)
            current << realisticEvent(random, made);
        EventTableModel model;
        auto index = std::make_shared<TimelineIndex>(TimelineIndex::fromEvents(current, actorNames()));
        model.setEditableIndex(index, {}, EventSortKeys::compute(*index, QLocale()));
        QVERIFY(model.hasSortKeys());
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setText(filter);
        proxy.sort(column, order);
        QCOMPARE(visibleUids(proxy), collatedOrder(current, column, order, filter));
        for (int step = 0; step < 40; ++step) {
            const int what = random.bounded(3);
            if (what == 0) {
                model.removeEvent(current.takeAt(random.bounded(current.size())).uid);
            } else if (what == 1) {
                const qsizetype changed = random.bounded(current.size());
                Event edited = realisticEvent(random, made++);
                edited.uid = current[changed].uid;
                if (random.bounded(2))
                    edited.startMs = current[changed].startMs;
                model.updateEvent(edited);
                current.removeAt(changed);
                current << edited;
            } else {
                current << realisticEvent(random, made++);
                model.insertEvent(current.constLast());
            }
            QVERIFY(model.hasSortKeys()); // kept through edits, edited rows unranked
            QCOMPARE(visibleUids(proxy), collatedOrder(current, column, order, filter));
        }
    }

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

    // The view's selection and current row are persistent indexes: they stay on the same event
    // through a sort, a filter and edits around it, and are dropped when the event is hidden.
    void currentEventStaysThroughSortsFiltersAndEdits()
    {
        EventTableModel model;
        model.setEditableIndex(std::make_shared<TimelineIndex>(TimelineIndex::fromEvents(events(), {})));
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        const auto current = [&] { return selection.currentIndex().data(EventTableModel::UidRole).toString(); };
        selection.setCurrentIndex(proxy.mapFromSource(model.index(model.rowOfEvent(QStringLiteral("selloff")), 1)),
                                  QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        QCOMPARE(current(), QStringLiteral("selloff"));

        proxy.sort(EventTableModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(visibleUids(proxy).indexOf(QStringLiteral("selloff")), selection.currentIndex().row());
        QCOMPARE(current(), QStringLiteral("selloff"));
        QCOMPARE(selection.currentIndex().column(), 1);
        proxy.setKindVisible(EventKind::Statement, false);
        QCOMPARE(current(), QStringLiteral("selloff"));
        model.insertEvent(makeEvent("earlier", "An earlier chip event", EventKind::Market, 10));
        model.removeEvent(QStringLiteral("stargate"));
        QCOMPARE(current(), QStringLiteral("selloff"));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().constFirst().data(EventTableModel::UidRole).toString(),
                 QStringLiteral("selloff"));
        proxy.setText(QStringLiteral("chip"));
        QCOMPARE(visibleUids(proxy), (QStringList{QStringLiteral("selloff"), QStringLiteral("earlier")}));
        QCOMPARE(current(), QStringLiteral("selloff"));

        proxy.setText(QStringLiteral("deepseek")); // hides it
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(selection.selectedRows().isEmpty());
    }

    // While every row shows in the model's order, a new event comes as the model's own row;
    // with a filter, the rows shown are laid out again.
    void newEventsComeAsTheModelsRowsWhileEveryRowShows()
    {
        EventTableModel model;
        model.setEditableIndex(std::make_shared<TimelineIndex>(TimelineIndex::fromEvents(events(), {})));
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy laidOut(&proxy, &QAbstractItemModel::layoutChanged);
        model.insertEvent(makeEvent("middle", "Between the others", EventKind::Other, 150));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.constFirst().at(1).toInt(), 2);
        QCOMPARE(laidOut.count(), 0);
        QCOMPARE(visibleUids(proxy).at(2), QStringLiteral("middle"));

        proxy.setText(QStringLiteral("r1"));
        QCOMPARE(laidOut.count(), 1);
        model.insertEvent(makeEvent("r1-paper", "The R1 paper", EventKind::Report, 120));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(laidOut.count(), 2);
        QCOMPARE(visibleUids(proxy), (QStringList{QStringLiteral("r1-release"), QStringLiteral("r1-paper"),
                                                  QStringLiteral("altman-statement")}));
    }

    // Another zone changes the times' text, not the rows shown or their order: the proxy passes
    // the change on for the rows it shows, without laying them out again.
    void aZoneChangeShowsNewTimesInPlace()
    {
        EventTableModel model;
        model.setEvents(events());
        model.setDisplayZone(QTimeZone::utc());
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setKindVisible(EventKind::Policy, false);
        proxy.sort(EventTableModel::TitleColumn);
        const QStringList before = visibleUids(proxy);
        const QString utcTime = proxy.index(0, EventTableModel::TimeColumn).data().toString();
        QSignalSpy laidOut(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);

        model.setDisplayZone(QTimeZone("Asia/Shanghai"));
        QCOMPARE(laidOut.count(), 0);
        QCOMPARE(visibleUids(proxy), before);
        QSet<int> rows; // every row shown, told of its time
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex topLeft = signal.at(0).toModelIndex(), bottomRight = signal.at(1).toModelIndex();
            QCOMPARE(topLeft.model(), &proxy);
            QCOMPARE(topLeft.column(), int(EventTableModel::TimeColumn));
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                rows.insert(row);
        }
        QCOMPARE(rows.size(), proxy.rowCount());
        QCOMPARE(*std::max_element(rows.cbegin(), rows.cend()), proxy.rowCount() - 1);
        QVERIFY(proxy.index(0, EventTableModel::TimeColumn).data().toString() != utcTime);
    }

    // The columns keep their titles when no row shows.
    void headersStayWhenNoRowShows()
    {
        EventTableModel model;
        model.setEvents(events());
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setText(QStringLiteral("nothing matches this"));
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.columnCount(), int(EventTableModel::ColumnCount));
        for (int column = 0; column < EventTableModel::ColumnCount; ++column)
            QCOMPARE(proxy.headerData(column, Qt::Horizontal), model.headerData(column, Qt::Horizontal));
        QVERIFY(!proxy.hasChildren());
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

    // Words that keep the very rows kept before leave the proxy's mapping alone (for a million
    // rows, a remap is most of what a keystroke costs); the filter still says it changed.
    void wordsKeepingTheSameRowsLeaveTheRowsInPlace()
    {
        EventTableModel model;
        model.setEvents(events(), {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman")}});
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy remapped(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&proxy, &EventFilterProxyModel::filterChanged);

        proxy.setText(QStringLiteral("e")); // in every uid
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(remapped.count(), 0);
        QCOMPARE(changed.count(), 1);

        proxy.setText(QStringLiteral("deepseek"));
        QCOMPARE(visibleUids(proxy), (QStringList{QStringLiteral("r1-release"), QStringLiteral("altman-statement")}));
        QCOMPARE(remapped.count(), 1);
        proxy.setText(QStringLiteral("DeepSee "));
        QCOMPARE(visibleUids(proxy), (QStringList{QStringLiteral("r1-release"), QStringLiteral("altman-statement")}));
        QCOMPARE(remapped.count(), 1);
        QCOMPARE(changed.count(), 3);

        proxy.setText(QStringLiteral("deepseek sam"));
        QCOMPARE(visibleUids(proxy), QStringList{QStringLiteral("altman-statement")});
        QCOMPARE(remapped.count(), 2);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(remapped.count(), 3);
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
