// SPDX-License-Identifier: GPL-3.0-or-later
// `tickerline FILE`: how a file manager (Exec=tickerline %f) opens a database in the window.
#include "cli/cli.h"
#include "cli/commandcontext.h"
#include "store/filestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;

class tst_DatabaseArgument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString path(const char *name) const { return m_home.filePath(QString::fromLatin1(name)); }

    static GlobalOptions parse(const QStringList &words)
    {
        return parseGlobalOptions(QStringList{QStringLiteral("tickerline")} + words);
    }

    // The binary, as a desktop starts it, in a home of its own; offscreen, so no display is needed.
    void startBinary(QProcess &process, const QStringList &args, const QString &workingDirectory = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(QStringLiteral(TICKERLINE_BINARY), args);
    }

    // The window remembers every database it opened, once it shows it (application::openWindow).
    QStringList recentDatabases() const
    {
        QSettings settings(path("config/Tickerline/Tickerline.conf"), QSettings::IniFormat);
        return settings.value(QStringLiteral("File/recentDatabases")).toStringList();
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void aTickerlineFileIsTheDatabase()
    {
        const GlobalOptions options = parse({path("absent.tickerline")});
        QCOMPARE(options.db, path("absent.tickerline"));
        QVERIFY(options.command.isEmpty());
    }

    void anExistingFileIsTheDatabaseWhateverItsName()
    {
        {
            FileStore store(path("mine.db"));
        }
        const GlobalOptions options = parse({QStringLiteral("--read-only"), path("mine.db")});
        QCOMPARE(options.db, path("mine.db"));
        QVERIFY(options.readOnly);
        QVERIFY(options.command.isEmpty());
    }

    void aDatabaseThenASubcommandIsLikeDb()
    {
        const GlobalOptions options = parse({path("x.tickerline"), QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(options.db, path("x.tickerline"));
        QCOMPARE(options.command, QStringLiteral("events"));
        QCOMPARE(options.commandArgs, QStringList{QStringLiteral("--json")});
    }

    void aSubcommandIsNeverTakenForAFile()
    {
        // A file called "events" in the current folder does not hide the subcommand.
        QFile file(path("events"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_home.path()));
        const GlobalOptions options = parse({QStringLiteral("events")});
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(options.command, QStringLiteral("events"));
        QVERIFY(options.db.isEmpty());
    }

    void aWordThatIsNeitherStaysAnUnknownCommand()
    {
        const GlobalOptions options = parse({QStringLiteral("frobnicate")});
        QCOMPARE(options.command, QStringLiteral("frobnicate"));
        QVERIFY(options.db.isEmpty());
        QVERIFY(!isCommand(options.command));
    }

    void twoDatabasesAreWrongUsage()
    {
        QVERIFY_THROWS_EXCEPTION(UsageError,
                                 parse({QStringLiteral("--db"), path("a.tickerline"), path("b.tickerline")}));
        QVERIFY_THROWS_EXCEPTION(UsageError, parse({path("a.tickerline"), path("b.tickerline")}));
        QProcess process;
        startBinary(process, {path("a.tickerline"), path("b.tickerline")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("two databases"));
        QVERIFY(!QFile::exists(path("a.tickerline")));
    }

    void subcommandsRunOnABareDatabase()
    {
        QProcess add;
        startBinary(add, {path("listed.tickerline"), QStringLiteral("event"), QStringLiteral("add"),
                          QStringLiteral("--title"), QStringLiteral("Opened from a file manager"),
                          QStringLiteral("--start"), QStringLiteral("2025-01-27")});
        QVERIFY(add.waitForFinished(60000));
        QCOMPARE(add.exitCode(), 0);
        QProcess events;
        startBinary(events, {QStringLiteral("--db"), path("listed.tickerline"), QStringLiteral("events")});
        QVERIFY(events.waitForFinished(60000));
        QCOMPARE(events.exitCode(), 0);
        QVERIFY(events.readAllStandardOutput().contains("Opened from a file manager"));
    }

    // The window opens on the file given, as the .desktop file's `Exec=tickerline %f` starts it.
    void theWindowOpensTheFileGiven()
    {
        const QString db = path("window.tickerline");
        {
            QProcess add;
            startBinary(add, {QStringLiteral("--db"), db, QStringLiteral("event"), QStringLiteral("add"),
                              QStringLiteral("--title"), QStringLiteral("In the window"), QStringLiteral("--start"),
                              QStringLiteral("2025-01-27")});
            QVERIFY(add.waitForFinished(60000));
            QCOMPARE(add.exitCode(), 0);
        }
        QVERIFY(!recentDatabases().contains(db));
        QProcess window;
        startBinary(window, {db}, m_home.path());
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(recentDatabases().contains(db) || window.state() == QProcess::NotRunning, 60000);
        const bool running = window.state() == QProcess::Running;
        window.kill();
        window.waitForFinished();
        QVERIFY2(running, window.readAllStandardError().constData());
        QCOMPARE(recentDatabases().value(0), db);
        // No default database was made: the window opened the file given, not the bundled episode.
        QVERIFY(!QDir(path("data")).exists(QStringLiteral("Tickerline/Tickerline/tickerline.db")));
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseArgument)
#include "tst_databaseargument.moc"
