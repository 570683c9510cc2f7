// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "anchoring/textanchor.h"
#include "models/eventtablemodel.h"
#include "sources/quotecommands.h"
#include "store/eventedits.h"
#include "store/filestore.h"
#include "store/quoteedits.h"
#include "timeline/timelineindex.h"
#include "tst_windowfixture.h"

#include <QSignalSpy>

using namespace tickerline;
using namespace tickerline::testing;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Store> episode()
    {
        auto store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("ws%1.tickerline").arg(++m_files)));
        store->importSnapshot(snapshot());
        return store;
    }

    static Event stargate()
    {
        Event event;
        event.title = QStringLiteral("Stargate announced at the White House");
        event.kind = EventKind::Policy;
        event.startMs = parseIsoTime(QStringLiteral("2025-01-21")).value().ms;
        event.precision = Precision::Day;
        event.tz = QStringLiteral("America/New_York");
        event.actors = {{QStringLiteral("sam-altman"), QStringLiteral("speaker")}};
        event.symbols = {QStringLiteral("NVDA"), QStringLiteral("ORCL")};
        event.summary = QStringLiteral("$500 billion");
        return event;
    }

    static QString titleInIndex(const Workspace &workspace, const QString &uid)
    {
        const auto entry = workspace.index()->findUid(uid);
        return entry ? workspace.index()->title(*entry) : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aLargeDatabaseIsReadOffTheGuiThreadAndKeepsEditsMadeMeanwhile()
    {
        auto store = episode();
        Snapshot many;
        for (int i = 0; i < 25'000; ++i) {
            Event event;
            event.uid = QStringLiteral("generated-%1").arg(i);
            event.title = QStringLiteral("Generated %1").arg(i);
            event.startMs = parseIsoTime(QStringLiteral("2024-01-01")).value().ms + std::int64_t(i) * 60'000;
            many.events << event;
        }
        store->importSnapshot(many);
        Workspace workspace(*store);
        QSignalSpy indexChanged(&workspace, &Workspace::indexChanged);
        workspace.load();
        QVERIFY(workspace.isLoading()); // returned at once, the reading goes on elsewhere
        // An edit while it reads is in the index the window ends up with.
        const QString uid = workspace.addEvent(stargate());
        QVERIFY(!uid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!workspace.isLoading() && indexChanged.count() >= 1, 20000);
        QCOMPARE(workspace.index()->size(), std::size_t(25'004));
        QVERIFY(workspace.index()->findUid(uid));
        QCOMPARE(workspace.events()->rowCount(), 25'004);
    }

    void aChangedEventNoLongerStoredLeavesTheViews()
    {
        auto store = episode();
        Workspace workspace(*store);
        workspace.reloadAll();
        store->removeEvent(QStringLiteral("gomez-ft")); // behind the workspace's back
        WorkspaceChange change;
        change.changedEvents << QStringLiteral("gomez-ft");
        workspace.publish(change);
        QVERIFY(!workspace.index()->findUid(QStringLiteral("gomez-ft")));
        QCOMPARE(workspace.events()->rowCount(), 2);
    }

    void addingAnEventReachesTheIndexAndUndoTakesItBack()
    {
        auto store = episode();
        Workspace workspace(*store);
        workspace.reloadAll();
        QCOMPARE(workspace.index()->size(), std::size_t(3));
        QSignalSpy inserted(&workspace, &Workspace::eventsInserted);
        QSignalSpy removed(&workspace, &Workspace::eventsRemoved);
        QSignalSpy indexChanged(&workspace, &Workspace::indexChanged);
        const TimelineIndex *before = workspace.index().get();
        EventTableModel *rows = workspace.events();
        QSignalSpy rowsInserted(rows, &QAbstractItemModel::rowsInserted);
        QSignalSpy rowsRemoved(rows, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(rows, &QAbstractItemModel::modelReset);

        const QString uid = workspace.addEvent(stargate());
        QCOMPARE(uid, QStringLiteral("stargate-announced-at-the-white-house"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toStringList(), QStringList{uid});
        // The one index is edited in place, and the table model gains one row at its time.
        QCOMPARE(indexChanged.count(), 0);
        QCOMPARE(workspace.index().get(), before);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(rowsInserted.count(), 1);
        const int row = rowsInserted.at(0).at(1).toInt();
        QCOMPARE(rowsInserted.at(0).at(2).toInt(), row);
        QCOMPARE(rows->uidAt(row), uid);
        QCOMPARE(rows->rowCount(), 4);
        QCOMPARE(workspace.index()->size(), std::size_t(4));
        QCOMPARE(titleInIndex(workspace, uid), QStringLiteral("Stargate announced at the White House"));
        const auto stored = store->event(uid);
        QVERIFY(stored);
        QCOMPARE(stored->symbols, (QStringList{QStringLiteral("NVDA"), QStringLiteral("ORCL")}));
        QCOMPARE(stored->dataset, editsDataset().uid);
        QCOMPARE(workspace.undoStack()->count(), 1);

        workspace.undoStack()->undo();
        QVERIFY(!store->event(uid));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(rowsRemoved.count(), 1);
        QCOMPARE(rowsRemoved.at(0).at(1).toInt(), row);
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(workspace.index()->size(), std::size_t(3));
        QVERIFY(!workspace.index()->findUid(uid));

        workspace.undoStack()->redo();
        QVERIFY(store->event(uid));
        QCOMPARE(titleInIndex(workspace, uid), QStringLiteral("Stargate announced at the White House"));
    }

    void editingChangesFieldsAndLinksAndUndoRestoresThem()
    {
        auto store = episode();
        Workspace workspace(*store);
        workspace.reloadAll();
        QSignalSpy changed(&workspace, &Workspace::eventsChanged);
        Event statement = store->event(QStringLiteral("altman-statement")).value();
        const Event before = statement;
        statement.title = QStringLiteral("Altman: R1 is impressive, we will deliver better models");
        statement.kind = EventKind::Report;
        const QList<EventLink> links{{statement.uid, QStringLiteral("r1-release"), QStringLiteral("responds-to")}};

        QVERIFY(workspace.updateEvent(statement, links));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store->event(statement.uid)->title, statement.title);
        QVERIFY(store->event(statement.uid)->kind == EventKind::Report);
        QCOMPARE(store->linksOfEvent(statement.uid), links);
        QCOMPARE(titleInIndex(workspace, statement.uid), statement.title);
        QCOMPARE(int(workspace.index()->entry(*workspace.index()->findUid(statement.uid)).kind),
                 int(EventKind::Report));
        // The quotes still point at it: the row is the same row.
        QCOMPARE(store->quotesOfEvent(statement.uid).size(), 2);

        workspace.undoStack()->undo();
        const Event restored = store->event(statement.uid).value();
        QCOMPARE(restored.title, before.title);
        QVERIFY(restored.kind == before.kind);
        QVERIFY(store->linksOfEvent(statement.uid).isEmpty());
        QCOMPARE(titleInIndex(workspace, statement.uid), before.title);
    }

    void deletingKeepsQuotesAndUndoGivesBackTheSameDatabase()
    {
        auto store = episode();
        Workspace workspace(*store);
        workspace.reloadAll();
        workspace.selection()->setCurrentEvent(QStringLiteral("altman-statement"));
        const Snapshot before = store->exportSnapshot();
        QSignalSpy sources(&workspace, &Workspace::sourcesChanged);

        QVERIFY(workspace.removeEvent(QStringLiteral("altman-statement")));
        QVERIFY(!store->event(QStringLiteral("altman-statement")));
        QCOMPARE(workspace.selection()->currentEvent(), QString()); // nothing selected that is gone
        QCOMPARE(store->quotes().size(), 4);                          // the quotes stay, unlinked
        QCOMPARE(workspace.quoteCounts().value(QStringLiteral("altman-statement")), 0);
        QCOMPARE(sources.count(), 1);
        QCOMPARE(sources.at(0).at(0).toStringList(), (QStringList{QStringLiteral("article"), QStringLiteral("post")}));
        QCOMPARE(workspace.index()->size(), std::size_t(2));

        workspace.undoStack()->undo();
        QVERIFY(store->exportSnapshot() == before);
        QCOMPARE(workspace.quoteCounts().value(QStringLiteral("altman-statement")), 2);
        QCOMPARE(workspace.index()->size(), std::size_t(3));
    }

    void thePauseAfterEditsMergesTheSearchIndex()
    {
        auto store = episode();
        Database &db = static_cast<FileStore &>(*store).database();
        const auto indexRows = [&db] {
            Statement rows(db, "SELECT count(*) FROM search_data");
            return rows.step() ? rows.int64(0) : -1;
        };
        Workspace workspace(*store);
        workspace.reloadAll();
        Event statement = store->event(QStringLiteral("altman-statement")).value();
        for (int take = 1; take <= 8; ++take) {
            statement.title = QStringLiteral("Altman on R1, take %1").arg(take);
            QVERIFY(workspace.updateEvent(statement, {}));
        }
        // Eight commits, eight segments; the window merges them once the edits pause.
        const std::int64_t afterEdits = indexRows();
        QTRY_VERIFY_WITH_TIMEOUT(indexRows() <= afterEdits - 6, 5000);
        QCOMPARE(store->search(QStringLiteral("\"take 8\""), 10).size(), 1);
        QVERIFY(store->search(QStringLiteral("\"take 7\""), 10).isEmpty());
    }

    void aRefusedEditChangesNothing()
    {
        auto store = episode();
        Workspace workspace(*store);
        workspace.reloadAll();
        QSignalSpy failed(&workspace, &Workspace::failed);
        Event broken = store->event(QStringLiteral("gomez-ft")).value();
        broken.endMs = broken.startMs - 1;
        const Snapshot before = store->exportSnapshot();

        QVERIFY(!workspace.updateEvent(broken, {}));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("end")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(workspace.undoStack()->count(), 0); // nothing to undo: nothing happened
        QVERIFY(store->exportSnapshot() == before);
    }

    void duplicateIsANewEventWithTheSameFacts()
    {
        auto store = episode();
        Workspace workspace(*store);
        workspace.reloadAll();
        const QString copy = workspace.duplicateEvent(QStringLiteral("r1-release"));
        QVERIFY(!copy.isEmpty());
        QVERIFY(copy != QStringLiteral("r1-release"));
        const Event original = store->event(QStringLiteral("r1-release")).value();
        const Event duplicate = store->event(copy).value();
        QCOMPARE(duplicate.title, original.title + QStringLiteral(" (copy)"));
        QCOMPARE(duplicate.startMs, original.startMs);
        QCOMPARE(duplicate.actors, original.actors);
        QCOMPARE(duplicate.symbols, original.symbols);
        QCOMPARE(workspace.index()->size(), std::size_t(4));
    }

    // A quote for a new event: the event reaches the index from its row, the quote counts and
    // sources follow, and undo gives back the same database (the edits dataset too).
    void quotingForANewEventInsertsItAndUndoGivesBackTheSameDatabase()
    {
        auto store = episode();
        Workspace workspace(*store);
        workspace.reloadAll();
        const Snapshot before = store->exportSnapshot();
        QSignalSpy sources(&workspace, &Workspace::sourcesChanged);
        QSignalSpy inserted(&workspace, &Workspace::eventsInserted);
        QSignalSpy removed(&workspace, &Workspace::eventsRemoved);
        Event event = stargate();
        event.uid = QStringLiteral("stargate");
        event.symbols.clear();
        event.dataset = editsDataset().uid;
        Quote quote = quoteOf("q-post-new", store->source(QStringLiteral("post")).value(),
                              QStringLiteral("particularly around"), "stargate", "");
        quote.dataset = editsDataset().uid;

        QVERIFY(workspace.push(new AddQuoteCommand(workspace, quote, event)));
        QCOMPARE(sources.count(), 1);
        QCOMPARE(sources.at(0).at(0).toStringList(), QStringList{QStringLiteral("post")});
        QCOMPARE(sources.at(0).at(1).toBool(), false);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toStringList(), QStringList{QStringLiteral("stargate")});
        QCOMPARE(titleInIndex(workspace, QStringLiteral("stargate")), event.title);
        QCOMPARE(workspace.quoteCounts().value(QStringLiteral("stargate")), 1);

        workspace.undoStack()->undo();
        QVERIFY(store->exportSnapshot() == before);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toStringList(), QStringList{QStringLiteral("stargate")});
        QCOMPARE(sources.count(), 2);
        QCOMPARE(workspace.index()->size(), std::size_t(3));
        QCOMPARE(workspace.quoteCounts().value(QStringLiteral("stargate")), 0);
    }

    void relinkingNamesTheSourceAndLeavesTheEventsAlone()
    {
        auto store = episode();
        Workspace workspace(*store);
        workspace.reloadAll();
        const Snapshot before = store->exportSnapshot();
        QSignalSpy sources(&workspace, &Workspace::sourcesChanged);
        QSignalSpy indexChanged(&workspace, &Workspace::indexChanged);
        const Quote gomez = store->quotesOfEvent(QStringLiteral("gomez-ft")).value(0);
        QCOMPARE(gomez.source, QStringLiteral("article"));

        QVERIFY(workspace.push(
            new RelinkQuoteCommand(workspace, gomez, QStringLiteral("altman-statement"), gomez.speaker, {})));
        QCOMPARE(sources.at(0).at(0).toStringList(), QStringList{QStringLiteral("article")});
        QCOMPARE(indexChanged.count(), 0); // the events' index is not made again
        const EventTableModel *rows = workspace.events();
        QCOMPARE(rows->index(rows->rowOfEvent(QStringLiteral("altman-statement")), EventTableModel::QuotesColumn).data(),
                 QVariant(3));
        QCOMPARE(workspace.quoteCounts().value(QStringLiteral("gomez-ft")), 0);
        QCOMPARE(workspace.quoteCounts().value(QStringLiteral("altman-statement")), 3);
        QCOMPARE(workspace.index()->size(), std::size_t(3));

        workspace.undoStack()->undo();
        QVERIFY(store->exportSnapshot() == before);
        QCOMPARE(workspace.quoteCounts().value(QStringLiteral("gomez-ft")), 1);
    }

    void addingAndReplacingSourcesSayWhichChanged()
    {
        auto store = episode();
        Workspace workspace(*store);
        workspace.reloadAll();
        const Snapshot before = store->exportSnapshot();
        QSignalSpy sources(&workspace, &Workspace::sourcesChanged);
        Source memo;
        memo.uid = QStringLiteral("memo");
        memo.kind = QStringLiteral("article");
        memo.title = QStringLiteral("A memo");
        memo.text = QStringLiteral("Nvidia fell 17 % on Monday.\n");
        memo.dataset = QStringLiteral("memo-file");
        const DatasetInfo provenance{
            QStringLiteral("memo-file"),           QStringLiteral("memo.txt"), QStringLiteral("memo.txt"), {}, {},
            QStringLiteral("2025-02-01T00:00:00Z")};

        QVERIFY(workspace.push(new AddSourceCommand(workspace, memo, provenance)));
        QVERIFY(store->source(QStringLiteral("memo")));
        QCOMPARE(sources.count(), 1);
        QCOMPARE(sources.at(0).at(0).toStringList(), QStringList{QStringLiteral("memo")});
        QCOMPARE(sources.at(0).at(1).toBool(), true); // the list of sources changed
        workspace.undoStack()->undo();
        QCOMPARE(sources.at(1).at(1).toBool(), true);
        QVERIFY(store->exportSnapshot() == before);

        const QList<Quote> oldQuotes = store->quotesOfSource(QStringLiteral("post"));
        const QString newText = QStringLiteral("Preface. ") + postText();
        const QList<Quote> newQuotes = TextAnchor(newText).anchorAll(oldQuotes);
        QVERIFY(workspace.push(new ReplaceSourceTextCommand(workspace, QStringLiteral("post"), postText(), oldQuotes,
                                                            newText, newQuotes)));
        QCOMPARE(store->source(QStringLiteral("post"))->text, newText);
        QCOMPARE(sources.count(), 3);
        QCOMPARE(sources.at(2).at(0).toStringList(), QStringList{QStringLiteral("post")});
        QCOMPARE(sources.at(2).at(1).toBool(), false);
        workspace.undoStack()->undo();
        QVERIFY(store->exportSnapshot() == before);
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
