// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QThread>

#include <csignal>
#include <functional>
#include <sys/types.h>

namespace tickerline::testing {

struct Finished
{
    int status = -1;
    qint64 elapsedMs = 0;
    qint64 writeStartMs = -1;
    QByteArray out;
    QString err;
};

// What a SIGKILL found: whether the process was still running, how far it had got, and what it
// was writing at that instant (for the report that kills did land mid-write).
struct Killed
{
    bool wasRunning = false;
    qint64 atMs = 0;
    qint64 walBytes = -1;     // size of the database's -wal when the signal went out
    bool writingInto = false; // a file open for writing in the watched folder (an export in progress)
};

// Linux names each open descriptor in /proc; a save file in progress shows up there even when it
// has no name in the folder yet (O_TMPFILE).
inline bool hasFileOpenIn(qint64 pid, const QString &folder)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QString prefix = QFileInfo(folder).canonicalFilePath() + QLatin1Char('/');
    for (const QFileInfo &fd : fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget();
        if (target.startsWith(prefix))
            return true;
    }
    return false;
}

// Runs the real tickerline binary as a user's script does (no display, a temporary home), either
// to its end or until SIGKILL after a given time: a power cut, as far as the files can tell.
class ProcessKiller final
{
public:
    using Probe = std::function<bool(qint64 pid)>;

    explicit ProcessKiller(const QString &binary, const QString &home)
        : m_binary(binary)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.remove(QStringLiteral("DISPLAY"));
        m_env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }

    // Runs `args` to its end. A `probe` is asked every few milliseconds whether the process has
    // begun writing; `writeStartMs` is when it first said so (-1: never).
    Finished run(const QStringList &args, const Probe &probe = {}) const
    {
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        start(process, args);
        Finished finished;
        while (!process.waitForFinished(probe ? 2 : 600000)) {
            if (process.state() == QProcess::NotRunning || clock.elapsed() > 600000)
                return finished;
            if (finished.writeStartMs < 0 && probe(process.processId()))
                finished.writeStartMs = clock.elapsed();
        }
        finished.elapsedMs = clock.elapsed();
        finished.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        finished.out = process.readAllStandardOutput();
        finished.err = QString::fromUtf8(process.readAllStandardError());
        return finished;
    }

    // Starts `args` and sends SIGKILL `afterMs` later unless it has ended by then: later than its
    // start, or, given a `trigger`, than the moment the trigger first holds (the writing began).
    // `database` is the file whose -wal is measured; `watchedFolder` the one an export writes into.
    Killed runAndKill(const QStringList &args, qint64 afterMs, const QString &database = {},
                      const QString &watchedFolder = {}, const Probe &trigger = {}) const
    {
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        start(process, args);
        Killed killed;
        if (trigger) {
            // Polled every tenth of a millisecond: an export is written in about one.
            while (!trigger(process.processId())) {
                if (process.waitForFinished(0) || process.state() == QProcess::NotRunning) {
                    killed.atMs = clock.elapsed();
                    return killed;
                }
                QThread::usleep(100);
            }
            afterMs += clock.elapsed();
        }
        const qint64 left = afterMs - clock.elapsed();
        if (left <= 0 || !process.waitForFinished(int(left))) {
            if (!database.isEmpty())
                killed.walBytes = QFileInfo(database + QStringLiteral("-wal")).size();
            if (!watchedFolder.isEmpty())
                killed.writingInto = hasFileOpenIn(process.processId(), watchedFolder);
            killed.atMs = clock.elapsed();
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(60000);
            killed.wasRunning = process.exitStatus() == QProcess::CrashExit;
        } else {
            killed.atMs = clock.elapsed();
        }
        return killed;
    }

private:
    void start(QProcess &process, const QStringList &args) const
    {
        process.setProcessEnvironment(m_env);
        process.start(m_binary, args);
        process.waitForStarted();
    }

    QString m_binary;
    QProcessEnvironment m_env;
};

} // namespace tickerline::testing
