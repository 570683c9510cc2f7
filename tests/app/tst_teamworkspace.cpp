// SPDX-License-Identifier: GPL-3.0-or-later
// The window's Workspace on a team database: what one analyst changes appears in another's window
// within a second, a stale edit is refused naming what changed, undo works on the server, a role
// that may only read gets a read-only window, the window's searches run on a server connection of
// their own, and the connect dialog keeps no password.
#include "application.h"
#include "dialogs/teamdatabasedialog.h"
#include "eventcommands.h"
#include "imports/bundleddataset.h"
#include "models/eventtablemodel.h"
#include "search/searchrunner.h"
#include "store/postgres/pgstore.h"
#include "support/pgtestdatabase.h"
#include "workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tickerline;

namespace {

bool listed(const Workspace &workspace, const QString &uid)
{
    const EventTableModel *model = workspace.events();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->uidAt(row) == uid)
            return true;
    }
    return false;
}

Event note(const QString &uid)
{
    Event event;
    event.uid = uid;
    event.title = QStringLiteral("Ana's note 注");
    event.startMs = 1'737'990'000'000;
    event.tz = QStringLiteral("UTC");
    return event;
}

} // namespace

class tst_TeamWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::postgresCluster().isEmpty(), "run through ctest, which starts the PostgreSQL cluster");
        QStandardPaths::setTestModeEnabled(true);
    }

    void anotherAnalystsChangesAppearWithinASecond()
    {
        test::PgTestDatabase database;
        auto mine = std::make_unique<PgStore>(database.target());
        installBundledDataset(*mine);
        Workspace workspace(std::move(mine));
        workspace.load();
        QCOMPARE(workspace.events()->rowCount(), 11);

        PgStore theirs(database.target());
        QElapsedTimer clock;
        clock.start();
        theirs.addEvent(note(QStringLiteral("ana-note")));
        QTRY_VERIFY_WITH_TIMEOUT(listed(workspace, QStringLiteral("ana-note")), 1000);
        qInfo("an event added on another connection was listed after %lld ms", clock.elapsed());

        Event changed = *theirs.event(QStringLiteral("ana-note"));
        changed.title = QStringLiteral("Ana's note, revised");
        theirs.updateEvent(changed, *theirs.event(QStringLiteral("ana-note")));
        QTRY_COMPARE_WITH_TIMEOUT(workspace.store().event(QStringLiteral("ana-note"))->title, changed.title, 1000);
        theirs.removeEvent(QStringLiteral("ana-note"));
        QTRY_VERIFY_WITH_TIMEOUT(!listed(workspace, QStringLiteral("ana-note")), 1000);
    }

    // The window's searches, on a connection of their own to the server, answer as the window's
    // connection does, and see another analyst's commits.
    void searchesRunOnAServerConnectionOfTheirOwn()
    {
        test::PgTestDatabase database;
        PgStore mine(database.target());
        installBundledDataset(mine);
        SearchRunner runner(mine);
        QSignalSpy answered(&runner, &SearchRunner::finished);
        const auto uidsOf = [](const QList<SearchHit> &hits) {
            QStringList uids;
            for (const SearchHit &hit : hits)
                uids << hit.type + QLatin1Char(' ') + hit.uid;
            return uids;
        };
        runner.search(QStringLiteral("stargate"), 30);
        QCOMPARE(answered.count(), 0);
        QVERIFY(answered.wait(10000));
        QCOMPARE(answered.at(0).at(2).toString(), QString());
        const QStringList found = uidsOf(answered.at(0).at(1).value<QList<SearchHit>>());
        QVERIFY(!found.isEmpty());
        QCOMPARE(found, uidsOf(mine.search(QStringLiteral("stargate"), 30)));

        PgStore theirs(database.target());
        theirs.addEvent(note(QStringLiteral("ana-note")));
        runner.search(QStringLiteral("ana's note"), 30);
        QVERIFY(answered.wait(10000));
        QCOMPARE(uidsOf(answered.at(1).at(1).value<QList<SearchHit>>()), QStringList{QStringLiteral("event ana-note")});
    }

    void aStaleEditIsRefusedNamingWhatChanged()
    {
        test::PgTestDatabase database;
        auto mine = std::make_unique<PgStore>(database.target());
        installBundledDataset(*mine);
        Workspace workspace(std::move(mine));
        workspace.load();
        const QString uid = QStringLiteral("market-selloff-2025-01-27");
        const Event read = *workspace.store().event(uid);

        PgStore theirs(database.target());
        Event theirEdit = read;
        theirEdit.title = QStringLiteral("Their title");
        theirs.updateEvent(theirEdit, read);

        // The form was opened on `read`: saving it now must not overwrite their title.
        QSignalSpy failed(&workspace, &Workspace::failed);
        Event mineEdit = read;
        mineEdit.summary = QStringLiteral("My summary");
        const QList<EventLink> links = workspace.store().linksOfEvent(uid);
        QVERIFY(!workspace.push(new EditEventCommand(workspace, read, links, mineEdit, links)));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().startsWith(QStringLiteral("title: someone else changed event")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(theirs.event(uid)->title, theirEdit.title);
        QCOMPARE(theirs.event(uid)->summary, read.summary);
    }

    void undoOfADeleteOnTheServerPutsEverythingBack()
    {
        test::PgTestDatabase database;
        auto mine = std::make_unique<PgStore>(database.target());
        installBundledDataset(*mine);
        Workspace workspace(std::move(mine));
        workspace.load();
        const Snapshot before = workspace.store().exportSnapshot();
        const QString uid = QStringLiteral("market-selloff-2025-01-27");
        QVERIFY(!workspace.store().quotesOfEvent(uid).isEmpty());
        QVERIFY(workspace.removeEvent(uid));
        QVERIFY(!workspace.store().event(uid));
        workspace.undoStack()->undo();
        QCOMPARE(workspace.store().exportSnapshot(), before);
        workspace.undoStack()->redo();
        QVERIFY(!workspace.store().event(uid));
        workspace.undoStack()->undo();
        QCOMPARE(workspace.store().exportSnapshot(), before);

        const QString added = workspace.addEvent(note(QString()), {{QString(), uid, QStringLiteral("responds-to")}});
        QVERIFY(!added.isEmpty());
        QCOMPARE(workspace.store().linksOfEvent(added).size(), 1);
        workspace.undoStack()->undo();
        // As in a file, the dataset that edits are credited to stays once made.
        const Snapshot after = workspace.store().exportSnapshot();
        QCOMPARE(after.events, before.events);
        QCOMPARE(after.links, before.links);
        QCOMPARE(after.actors, before.actors);
        QCOMPARE(after.datasets.size(), before.datasets.size() + 1);
    }

    void aRoleThatMayOnlyReadGetsAReadOnlyWorkspace()
    {
        test::PgTestDatabase database;
        {
            PgStore owner(database.target());
            installBundledDataset(owner);
        }
        const QString role = QStringLiteral("reader_%1").arg(QRandomGenerator::global()->generate());
        PgConnection owner(database.target());
        owner.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role).toUtf8().constData());
        owner.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role).toUtf8().constData());
        Workspace workspace(openStore(QString(database.target()).replace(QStringLiteral("user=tickerline"),
                                                                         QStringLiteral("user=") + role)));
        workspace.load();
        QVERIFY(workspace.isReadOnly());
        QCOMPARE(workspace.store().readOnlyReason(), Store::ReadOnlyReason::RoleLacksRights);
        QCOMPARE(workspace.events()->rowCount(), 11);
        QSignalSpy failed(&workspace, &Workspace::failed);
        QVERIFY(!workspace.removeEvent(QStringLiteral("market-selloff-2025-01-27")));
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("lacks INSERT on datasets")),
                 qPrintable(failed.at(0).at(0).toString()));
        owner.exec(QStringLiteral("DROP OWNED BY %1").arg(role).toUtf8().constData());
    }

    void theConnectDialogTakesServersAndKeepsNoPassword()
    {
        TeamDatabaseDialog dialog({QStringLiteral("postgresql://ana@db.example.com/episodes")});
        auto *target = dialog.findChild<QComboBox *>(QStringLiteral("teamDatabaseTarget"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(target->count(), 1);
        QCOMPARE(dialog.target(), QStringLiteral("postgresql://ana@db.example.com/episodes"));
        QVERIFY(ok->isEnabled());
        target->setEditText(QStringLiteral("/home/ana/episode.tickerline"));
        QVERIFY(!ok->isEnabled()); // a file belongs to File → Open
        target->setEditText(QStringLiteral("service=team"));
        QVERIFY(ok->isEnabled());

        application::rememberDatabase(QStringLiteral("postgresql://ana:s3cret@db.example.com/episodes?sslmode=require"));
        application::rememberDatabase(QStringLiteral("host=db.example.com dbname=episodes password=s3cret user=ben"));
        const QStringList recent = application::recentDatabases();
        QVERIFY2(recent.size() >= 2, qPrintable(recent.join(QLatin1Char('\n'))));
        for (const QString &remembered : recent)
            QVERIFY2(!remembered.contains(QStringLiteral("s3cret")), qPrintable(remembered));
        QVERIFY(recent.contains(QStringLiteral("postgresql://ana@db.example.com/episodes?sslmode=require")));
    }
};

QTEST_MAIN(tst_TeamWorkspace)
#include "tst_teamworkspace.moc"
