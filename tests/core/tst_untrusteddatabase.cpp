// SPDX-License-Identifier: GPL-3.0-or-later
// A .tickerline file from someone else is untrusted input: objects planted in its schema, and
// damaged pages, are refused before anything runs or is written.
#include "error.h"
#include "imports/bundleddataset.h"
#include "imports/importjob.h"
#include "store/eventedits.h"
#include "store/schema.h"
#include "store/filestore.h"
#include "support/databasefingerprint.h"
#include "support/tamper.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tickerline;
using tickerline::testing::databaseFingerprint;
using tickerline::testing::tamper;

namespace {

// Counted without Tickerline, so that a refusal cannot hide what happened to the rows.
qint64 countRows(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, QByteArray("SELECT count(*) FROM ").append(table).constData(), -1, &statement, nullptr);
    const qint64 count = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString openError(const QString &path, Store::Open mode = Store::Open::CreateIfMissing)
{
    try {
        FileStore store(path, mode);
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

} // namespace

class tst_UntrustedDatabase final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // The bundled dataset (its 25 quotes among the rows), closed and checkpointed like a file
    // that was sent by mail.
    QString bundledDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared%1.tickerline").arg(++m_files));
        FileStore store(path);
        installBundledDataset(store);
        return path;
    }

    QString oneEventCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("one%1.csv").arg(m_files));
        writeFile(path, "uid,title,kind,start,end,precision,uncertain,tz,actors,symbols,summary\n"
                        "one-more,One more event,other,2025-02-03,,day,false,UTC,,,\n");
        return path;
    }

private slots:
    void plantedTriggerIsRefusedBeforeAnImportRuns()
    {
        const QString path = bundledDatabase();
        const qint64 quotes = countRows(path, "quotes");
        QVERIFY(quotes > 0);
        tamper(path, "CREATE TRIGGER wipe_quotes AFTER INSERT ON events BEGIN DELETE FROM quotes; END;");
        const QByteArray before = databaseFingerprint(path);

        // What the window's and the command line's import do with it.
        QString message;
        try {
            FileStore store(path);
            ImportRequest request;
            request.paths = {oneEventCsv()};
            ImportJob(request).run(store);
        } catch (const Error &error) {
            message = error.message();
        }
        QCOMPARE(message, path + QStringLiteral(": not a Tickerline database as this version writes it: trigger "
                                                "\"wipe_quotes\" is not part of Tickerline's schema; it was not "
                                                "changed"));
        QCOMPARE(countRows(path, "quotes"), quotes);
        QCOMPARE(countRows(path, "events WHERE uid = 'one-more'"), 0);
        QCOMPARE(databaseFingerprint(path), before);
    }

    void foreignObjectsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("added view") << QByteArray("CREATE VIEW recent AS SELECT * FROM events")
                                    << QStringLiteral("view \"recent\" is not part of Tickerline's schema");
        QTest::newRow("added table") << QByteArray("CREATE TABLE notes (body TEXT)")
                                     << QStringLiteral("table \"notes\" is not part of Tickerline's schema");
        QTest::newRow("altered index")
            << QByteArray("DROP INDEX quotes_by_event; CREATE INDEX quotes_by_event ON quotes(event_id, exact)")
            << QStringLiteral("index \"quotes_by_event\" differs from Tickerline's schema");
        QTest::newRow("changed trigger") << QByteArray(R"sql(
            DROP TRIGGER events_search_delete;
            CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
              DELETE FROM search WHERE rowid = old.id * 4; DELETE FROM sources;
            END)sql") << QStringLiteral("trigger \"events_search_delete\" differs from Tickerline's schema");
        QTest::newRow("changed table") << QByteArray("ALTER TABLE events ADD COLUMN payload TEXT")
                                       << QStringLiteral("table \"events\" differs from Tickerline's schema");
    }

    void foreignObjectsAreNamed()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, named);
        const QString path = bundledDatabase();
        tamper(path, sql.constData());
        const QByteArray before = databaseFingerprint(path);
        const QString message = openError(path);
        QVERIFY2(message.startsWith(path + QStringLiteral(": not a Tickerline database as this version writes it: ")),
                 qPrintable(message));
        QVERIFY2(message.contains(named), qPrintable(message));
        // Read-only opening refuses it too; neither writes a byte.
        QVERIFY2(openError(path, Store::Open::ReadOnly).contains(named), qPrintable(message));
        QCOMPARE(databaseFingerprint(path), before);
    }

    void whitespaceAndPlannerStatisticsAreNoDifference()
    {
        const QString path = bundledDatabase();
        // The same trigger as Tickerline's, indented otherwise; and what ANALYZE leaves.
        tamper(path, R"sql(
            DROP TRIGGER events_search_delete;
            CREATE TRIGGER events_search_delete   AFTER DELETE ON events
            BEGIN
                DELETE FROM search WHERE rowid = old.id * 4;
                INSERT INTO search_token_log(sign, title, body)   VALUES (-1, old.title, old.summary);
            END;
            ANALYZE;)sql");
        QCOMPARE(openError(path), QString());
        FileStore store(path);
        QCOMPARE(store.check(), QStringList());
    }

    void checkNamesAnObjectAddedWhileOpen()
    {
        FileStore store(bundledDatabase());
        QCOMPARE(store.check(), QStringList());
        store.database().exec("CREATE VIEW everything AS SELECT * FROM quotes");
        QCOMPARE(store.check(), QStringList{QStringLiteral("view \"everything\" is not part of Tickerline's schema")});
    }

    void damagedPageIsRefused()
    {
        const QString path = bundledDatabase();
        int pageSize = 0;
        int rootPage = 0;
        {
            FileStore store(path);
            pageSize = store.database().pragmaInt("page_size");
            Statement root(store.database(), "SELECT rootpage FROM sqlite_schema WHERE name = 'quotes'");
            QVERIFY(root.step());
            rootPage = root.integer(0);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // all of it is in the file
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(rootPage - 1) * pageSize));
        file.write(QByteArray(pageSize, '\x5a'));
        file.close();
        const QByteArray before = databaseFingerprint(path);

        const QString message = openError(path);
        QVERIFY2(message.startsWith(path + QStringLiteral(": the database is damaged (")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("); it was not opened")), qPrintable(message));
        QVERIFY(openError(path, Store::Open::ReadOnly).startsWith(path + QStringLiteral(": the database is damaged")));
        QCOMPARE(databaseFingerprint(path), before);
    }

    void readOnlyStoreReadsAndRefusesEveryWrite()
    {
        const QString path = bundledDatabase();
        const QByteArray before = databaseFingerprint(path);
        FileStore store(path, Store::Open::ReadOnly);
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.readOnlyReason(), Store::ReadOnlyReason::Requested);
        QVERIFY(store.eventCount() > 0);
        QVERIFY(!store.search(QStringLiteral("DeepSeek")).isEmpty());
        QVERIFY(store.check().isEmpty());

        const QString refusal = path + QStringLiteral(" is read-only: it was opened read-only");
        auto refused = [&](const std::function<void()> &write) {
            try {
                write();
            } catch (const Error &error) {
                return error.message();
            }
            return QStringLiteral("(written)");
        };
        Snapshot more;
        more.actors << Actor{QStringLiteral("someone"), QStringLiteral("Someone"), QStringLiteral("person"), QString()};
        QCOMPARE(refused([&] { store.importSnapshot(more); }), refusal);
        QCOMPARE(refused([&] {
                     store.saveView(SavedView{QStringLiteral("mine"), ViewSettings(), QString()});
                 }),
                 refusal);
        QCOMPARE(refused([&] { store.removeEvent(store.events().constFirst().uid); }), refusal);
        QCOMPARE(refused([&] { store.updateQuoteAnchors(store.quotes()); }), refusal);
        Event event = store.events().constFirst();
        event.title = QStringLiteral("Changed");
        QCOMPARE(refused([&] { store.updateEvent(event, *store.event(event.uid)); }), refusal);
        QCOMPARE(databaseFingerprint(path), before);
    }

    void readOnlyOlderFileIsRefusedWithoutChange()
    {
        const QString path = bundledDatabase();
        tamper(path, "PRAGMA user_version = 4");
        const QByteArray before = databaseFingerprint(path);
        const QString message = openError(path, Store::Open::ReadOnly);
        QVERIFY2(message.contains(QStringLiteral("is read-only (it was opened read-only) and was written by an older "
                                                 "Tickerline (schema version 4)")),
                 qPrintable(message));
        QCOMPARE(databaseFingerprint(path), before);
    }
};

QTEST_GUILESS_MAIN(tst_UntrustedDatabase)
#include "tst_untrusteddatabase.moc"
