// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN §10, by force: the real tickerline binary is SIGKILLed at many instants of a write, and
// every time a fresh process must find a database that passes `check` and exports exactly the
// state before or after the operation; an export killed over an old file leaves the old file or
// the complete new one.
#include "crash/processkiller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using tickerline::testing::Finished;
using tickerline::testing::Killed;
using tickerline::testing::ProcessKiller;

namespace {

constexpr int kKillsPerOperation = 50;
constexpr int kImportedEvents = 60'000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// One SIGKILL: `ms` after the start, or after the writing began.
struct KillPoint
{
    qint64 ms = 0;
    bool fromWrite = false;
};

// The kills of an operation whose undisturbed run took `totalMs` and wrote for its last `writeMs`
// (-1: unknown): a few during start-up and opening the database, some evenly to the end, the rest
// spread over the writing, timed from when the killed run begins to write: the load on the
// machine moves that moment by more than the writing lasts.
QList<KillPoint> killPoints(qint64 totalMs, qint64 writeMs = -1)
{
    QList<KillPoint> points;
    for (const qint64 ms : {0, 1, 3, 6, 10})
        points << KillPoint{ms, false};
    const qsizetype duringWrite = writeMs >= 0 ? kKillsPerOperation * 2 / 5 : 0;
    const qsizetype spread = kKillsPerOperation - points.size() - duringWrite;
    for (qsizetype i = 1; i <= spread; ++i)
        points << KillPoint{totalMs * i / spread, false};
    // A quarter of them the instant the writing is seen (an export is written in about a
    // millisecond), the others evenly over it.
    const qsizetype atOnce = duringWrite / 4;
    for (qsizetype i = 0; i < duringWrite; ++i)
        points << KillPoint{i < atOnce ? 0 : writeMs * (i - atOnce) / (duringWrite - atOnce), true};
    return points;
}

qint64 writingTime(const Finished &undisturbed)
{
    return undisturbed.writeStartMs >= 0 ? undisturbed.elapsedMs - undisturbed.writeStartMs : -1;
}

// Tickerline JSON large enough that importing it takes a while: the bulk path that drops and
// rebuilds the indexes inside its transaction. Its dataset carries its own import time, so that
// every import of it stores the same bytes.
QByteArray manyEvents(int count)
{
    QByteArray json = R"({"format": "tickerline", "version": 1,
"datasets": [{"uid": "crash-bulk", "name": "Generated events", "imported_at": "2025-02-01T00:00:00Z"}],
"events": [
)";
    const char *const kinds[] = {"statement", "release", "market", "report"};
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const int day = i % 28 + 1, month = i / 28 % 12 + 1, year = 1990 + i / 336 % 30;
        json += (i ? ",\n" : "") + QByteArray(R"({"uid": "bulk-)") + n + R"(", "title": "Generated event )" + n +
                R"(", "kind": ")" + kinds[i % 4] + R"(", "start": ")" + QByteArray::number(year) + '-' +
                QByteArray::number(month).rightJustified(2, '0') + '-' +
                QByteArray::number(day).rightJustified(2, '0') +
                R"(", "precision": "day", "dataset": "crash-bulk", "symbols": ["NVDA"], "summary": "Summary number )" +
                QByteArray::number(i * 7919 % 100'003) + R"( of a crash test"})";
    }
    return json + "\n]}\n";
}

// How the kills of one operation ended, for the report and the assertions.
struct Tally
{
    int kills = 0;
    int running = 0;  // the process was still running when the signal came
    int midWrite = 0; // ...and had begun writing (the -wal had grown, or an export file was open)
    QMap<QString, int> outcomes;

    void add(const Killed &killed, bool wroteBefore, const QString &outcome)
    {
        ++kills;
        running += killed.wasRunning ? 1 : 0;
        midWrite += killed.wasRunning && wroteBefore ? 1 : 0;
        ++outcomes[outcome];
    }

    void print(const char *operation, const Finished &undisturbed) const
    {
        QStringList parts;
        for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        qInfo("%s: undisturbed run %lld ms, writing from %lld ms; %d kills, %d while running, %d of them "
              "mid-write; outcomes: %s",
              operation, undisturbed.elapsedMs, undisturbed.writeStartMs, kills, running, midWrite,
              qPrintable(parts.join(QStringLiteral(", "))));
    }
};

} // namespace

class tst_CrashSafety final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ProcessKiller m_tickerline{QStringLiteral(TICKERLINE_BINARY), m_home.path()};

    QString path(const QString &name) const { return m_home.filePath(name); }

    QStringList onDb(const QString &db, const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), db} + args;
    }

    // A prepared database copied fresh, with no -wal or -shm of an earlier run beside it.
    QString freshCopy(const QString &prepared, const QString &name) const
    {
        const QString copy = path(name);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy + suffix);
        QFile::copy(prepared, copy);
        return copy;
    }

    // The state as a user would compare it: the lossless export, by a process of its own.
    QByteArray exportOf(const QString &db) const
    {
        const QString file = path(QStringLiteral("state.json"));
        QFile::remove(file);
        const Finished exported = m_tickerline.run(onDb(db, {QStringLiteral("export"), file}));
        if (exported.status != 0)
            qWarning("export of %s: %s", qPrintable(db), qPrintable(exported.err));
        return exported.status == 0 ? readAll(file) : QByteArray();
    }

    // What a killed operation left: `check` must pass, and the export must be one of `states`.
    // Returns its index, or -1 (after saying why).
    int stateAfterKill(const QString &db, const QList<QByteArray> &states) const
    {
        const Finished check = m_tickerline.run(onDb(db, {QStringLiteral("check")}));
        if (check.status != 0) {
            qWarning("check of %s after a kill: status %d: %s", qPrintable(db), check.status, qPrintable(check.err));
            return -1;
        }
        const QByteArray now = exportOf(db);
        const int index = int(states.indexOf(now));
        if (index < 0) {
            const QString kept = db + QStringLiteral(".broken");
            QFile::copy(db, kept);
            qWarning("%s holds a state that is neither before nor after (kept as %s)", qPrintable(db),
                     qPrintable(kept));
        }
        return index;
    }

    // Whether the database's write-ahead log has begun to fill: the transaction is being written.
    static std::function<bool(qint64)> walGrows(const QString &db)
    {
        return [wal = db + QStringLiteral("-wal")](qint64) { return QFileInfo(wal).size() > 0; };
    }

    // Runs `commands` one after another, each its own process, and SIGKILLs whichever runs at
    // `afterMs`. Returns how many completed, and what the kill found.
    std::pair<int, Killed> runBatchAndKill(const QList<QStringList> &commands, qint64 afterMs, const QString &db) const
    {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < commands.size(); ++i) {
            const Killed killed =
                m_tickerline.runAndKill(commands[i], std::max<qint64>(0, afterMs - clock.elapsed()), db);
            if (killed.wasRunning || clock.elapsed() >= afterMs)
                return {killed.wasRunning ? i : i + 1, killed};
        }
        return {int(commands.size()), Killed{}};
    }

    QString m_episode; // the bundled episode: events, sources, quotes and prices
    QString m_week;    // seven events of the DeepSeek week, nothing else

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The bundled episode leaves the default database as Tickerline JSON, into a file of its own.
        const QString episodeJson = path(QStringLiteral("episode.json"));
        QCOMPARE(m_tickerline.run({QStringLiteral("export"), episodeJson}).status, 0);
        m_episode = path(QStringLiteral("episode.db"));
        const Finished episode = m_tickerline.run(onDb(m_episode, {QStringLiteral("import"), episodeJson}));
        QVERIFY2(episode.status == 0, qPrintable(episode.err));
        m_week = path(QStringLiteral("week.db"));
        const Finished week = m_tickerline.run(
            onDb(m_week, {QStringLiteral("import"),
                          QStringLiteral(TICKERLINE_TEST_DATA "/interop/handmade/deepseek_week.csv")}));
        QVERIFY2(week.status == 0, qPrintable(week.err));
        // Closed cleanly: each is one file, with no -wal to copy along.
        QVERIFY(!QFile::exists(m_episode + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(m_week + QStringLiteral("-wal")));
    }

    void largeImport()
    {
        const QString file = path(QStringLiteral("many-events.json"));
        QVERIFY(writeFile(file, manyEvents(kImportedEvents)));
        const QStringList import{QStringLiteral("import"), file};
        const QString reference = freshCopy(m_week, QStringLiteral("import-reference.db"));
        const QByteArray before = exportOf(reference);
        const Finished undisturbed = m_tickerline.run(onDb(reference, import), walGrows(reference));
        QVERIFY2(undisturbed.status == 0, qPrintable(undisturbed.err));
        const QList<QByteArray> states{before, exportOf(reference)};
        QVERIFY(!before.isEmpty() && states[1].size() > before.size());

        Tally tally;
        for (const KillPoint &at : killPoints(undisturbed.elapsedMs, writingTime(undisturbed))) {
            const QString db = freshCopy(m_week, QStringLiteral("import-killed.db"));
            const Killed killed = m_tickerline.runAndKill(onDb(db, import), at.ms, db, {},
                                                          at.fromWrite ? walGrows(db) : ProcessKiller::Probe());
            const int state = stateAfterKill(db, states);
            QVERIFY2(state >= 0, qPrintable(QStringLiteral("killed at %1 ms").arg(killed.atMs)));
            tally.add(killed, killed.walBytes > 0, state == 0 ? QStringLiteral("before") : QStringLiteral("after"));
        }
        tally.print("import of Tickerline JSON", undisturbed);
        QVERIFY(tally.outcomes.value(QStringLiteral("before")) > 0);
        QVERIFY(tally.outcomes.value(QStringLiteral("after")) > 0);
        QVERIFY2(tally.midWrite > 0, "no kill found the import writing");
    }

    void batchOfEdits()
    {
        const QString db = path(QStringLiteral("edits.db"));
        const auto event = [&](const QStringList &args) {
            return onDb(db, QStringList{QStringLiteral("event")} + args);
        };
        const QString nadella = QStringLiteral("nadella-jevons-paradox-strikes-again");
        const QList<QStringList> commands{
            event({QStringLiteral("add"), QStringLiteral("--title"),
                   QStringLiteral("Nadella: Jevons paradox strikes again"), QStringLiteral("--start"),
                   QStringLiteral("2025-01-27"), QStringLiteral("--kind"), QStringLiteral("statement"),
                   QStringLiteral("--actor"), QStringLiteral("Satya Nadella:author"), QStringLiteral("--symbol"),
                   QStringLiteral("MSFT")}),
            event({QStringLiteral("edit"), QStringLiteral("altman-hype-post-2025-01-20"), QStringLiteral("--title"),
                   QStringLiteral("Altman: cut your expectations 100x")}),
            event({QStringLiteral("add"), QStringLiteral("--title"),
                   QStringLiteral("Nvidia calls DeepSeek an excellent AI advancement"), QStringLiteral("--start"),
                   QStringLiteral("2025-01-27T21:00:00Z"), QStringLiteral("--symbol"), QStringLiteral("NVDA"),
                   QStringLiteral("--summary"), QStringLiteral("A statement to the press.")}),
            event({QStringLiteral("edit"), QStringLiteral("market-selloff-2025-01-27"), QStringLiteral("--uncertain"),
                   QStringLiteral("--summary"), QStringLiteral("Nasdaq down 3 %.")}),
            event({QStringLiteral("edit"), nadella, QStringLiteral("--end"), QStringLiteral("2025-01-28"),
                   QStringLiteral("--kind"), QStringLiteral("report")}),
            event({QStringLiteral("delete"), QStringLiteral("deepseek-r1-release-2025-01-20")}),
            event({QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Meta sets up war rooms"),
                   QStringLiteral("--start"), QStringLiteral("2025-01-26"), QStringLiteral("--actor"),
                   QStringLiteral("Meta")}),
            event({QStringLiteral("delete"), nadella}),
            event({QStringLiteral("edit"), QStringLiteral("meta-sets-up-war-rooms"), QStringLiteral("--precision"),
                   QStringLiteral("month")}),
            event({QStringLiteral("edit"), QStringLiteral("stargate-announcement-2025-01-21"),
                   QStringLiteral("--symbol"), QStringLiteral("ORCL"), QStringLiteral("--symbol"),
                   QStringLiteral("SFTBY")}),
        };

        // The state after each number of completed commands, all different. The database starts
        // with the dataset that edits are credited to, stamped once, so that each state has one export.
        freshCopy(m_episode, QStringLiteral("edits.db"));
        QCOMPARE(m_tickerline
                     .run(event({QStringLiteral("add"), QStringLiteral("--title=Warm-up"),
                                 QStringLiteral("--start=2025-01-01")}))
                     .out,
                 "warm-up\n");
        QCOMPARE(m_tickerline.run(event({QStringLiteral("delete"), QStringLiteral("warm-up")})).status, 0);
        const QString prepared = path(QStringLiteral("edits-before.db"));
        QVERIFY(QFile::copy(db, prepared));
        QList<QByteArray> states{exportOf(db)};
        qint64 total = 0;
        for (const QStringList &command : commands) {
            const Finished done = m_tickerline.run(command);
            QVERIFY2(done.status == 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + done.err));
            total += done.elapsedMs;
            states << exportOf(db);
        }
        QCOMPARE(QSet<QByteArray>(states.begin(), states.end()).size(), commands.size() + 1);

        Tally tally;
        for (const KillPoint &at : killPoints(total)) {
            freshCopy(prepared, QStringLiteral("edits.db"));
            const auto [completed, killed] = runBatchAndKill(commands, at.ms, db);
            const int state = stateAfterKill(db, states);
            // The killed command is applied whole or not at all; the ones before it, all of them.
            QVERIFY2(state == completed || (killed.wasRunning && state == completed + 1),
                     qPrintable(QStringLiteral("%1 commands completed, then a kill at %2 ms: state after %3")
                                    .arg(completed)
                                    .arg(killed.atMs)
                                    .arg(state)));
            tally.add(killed, killed.walBytes > 0,
                      completed == commands.size() ? QStringLiteral("after the whole batch")
                      : !killed.wasRunning         ? QStringLiteral("between two commands")
                      : state == completed         ? QStringLiteral("killed command not applied")
                                                   : QStringLiteral("killed command applied"));
        }
        tally.print("batch of 10 event edits", Finished{0, total, -1, {}, {}});
        QVERIFY(tally.running > kKillsPerOperation / 2);
    }

    void reanchoring()
    {
        const QStringList replace{QStringLiteral("import"),
                                  QStringLiteral(TICKERLINE_TEST_DATA "/articles/futurism-edited.txt"),
                                  QStringLiteral("--source"), QStringLiteral("futurism-altman-deepseek")};
        const QString reference = freshCopy(m_episode, QStringLiteral("reanchor-reference.db"));
        const QByteArray before = exportOf(reference);
        const Finished undisturbed = m_tickerline.run(onDb(reference, replace), walGrows(reference));
        QVERIFY2(undisturbed.status == 0, qPrintable(undisturbed.err));
        const QList<QByteArray> states{before, exportOf(reference)};
        QVERIFY(states[1] != before);

        Tally tally;
        for (const KillPoint &at : killPoints(undisturbed.elapsedMs, writingTime(undisturbed))) {
            const QString db = freshCopy(m_episode, QStringLiteral("reanchor-killed.db"));
            const Killed killed = m_tickerline.runAndKill(onDb(db, replace), at.ms, db, {},
                                                          at.fromWrite ? walGrows(db) : ProcessKiller::Probe());
            const int state = stateAfterKill(db, states);
            QVERIFY2(state >= 0, qPrintable(QStringLiteral("killed at %1 ms").arg(killed.atMs)));
            tally.add(killed, killed.walBytes > 0, state == 0 ? QStringLiteral("before") : QStringLiteral("after"));
        }
        tally.print("re-anchoring a source's text", undisturbed);
        QVERIFY(tally.outcomes.value(QStringLiteral("before")) > 0);
    }

    void exportOverAnOldExport()
    {
        // Last week's export is overwritten by this week's.
        const QDir folder(path(QStringLiteral("exports")));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        const QString target = folder.filePath(QStringLiteral("report.json"));
        const QByteArray old = exportOf(m_week);
        const QByteArray complete = exportOf(m_episode);
        QVERIFY(!old.isEmpty() && !complete.isEmpty() && old != complete);
        const QStringList exportArgs = onDb(m_episode, {QStringLiteral("export"), target});
        QVERIFY(writeFile(target, old));
        const ProcessKiller::Probe writing = [&](qint64 pid) {
            return tickerline::testing::hasFileOpenIn(pid, folder.path());
        };
        const Finished undisturbed = m_tickerline.run(exportArgs, writing);
        QCOMPARE(undisturbed.status, 0);
        QCOMPARE(readAll(target), complete);

        Tally tally;
        int leftovers = 0;
        // The file is written in the last few milliseconds, too briefly for the probe to be sure to
        // see it: if it did not, the aimed kills spread over 10 ms from the moment it is seen.
        const qint64 writeMs = std::max<qint64>(writingTime(undisturbed), 10);
        for (const KillPoint &at : killPoints(undisturbed.elapsedMs, writeMs)) {
            QVERIFY(writeFile(target, old));
            const Killed killed = m_tickerline.runAndKill(exportArgs, at.ms, {}, folder.path(),
                                                          at.fromWrite ? writing : ProcessKiller::Probe());
            const QByteArray now = readAll(target);
            QVERIFY2(now == old || now == complete,
                     qPrintable(QStringLiteral("killed at %1 ms: %2 bytes, neither the old file nor the new one")
                                    .arg(killed.atMs)
                                    .arg(now.size())));
            // Whatever the kill left beside the export (a named temporary file) is counted, then cleared.
            for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
                if (name != QLatin1String("report.json")) {
                    ++leftovers;
                    QFile::remove(folder.filePath(name));
                }
            }
            const Finished check = m_tickerline.run(onDb(m_episode, {QStringLiteral("check")}));
            QVERIFY2(check.status == 0, qPrintable(check.err));
            tally.add(killed, killed.writingInto, now == old ? QStringLiteral("old file") : QStringLiteral("new file"));
        }
        tally.print("export over an old export", undisturbed);
        qInfo("files left beside the export by the kills: %d", leftovers);
        QVERIFY(tally.outcomes.value(QStringLiteral("old file")) > 0);
        QVERIFY(tally.outcomes.value(QStringLiteral("new file")) > 0);
        QVERIFY2(tally.midWrite > 0, "no kill found the export writing");
        QCOMPARE(exportOf(m_episode), complete); // the database it was read from is as it was
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
