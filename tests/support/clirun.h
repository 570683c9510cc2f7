// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace tickerline::testing {

// What a run of the command line gave: its exit status (-1 when it did not finish), standard
// output and standard error.
struct CliRun
{
    int status = -1;
    QByteArray out;
    QString err;
};

// Runs the tickerline binary as a user would: its default database in the data folder of `home`,
// no display (a command that draws falls back to offscreen itself). A `locale` replaces the test's
// LC_ALL as the system's language.
inline CliRun runTickerline(const QString &home, const QStringList &args, const QString &locale = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!locale.isEmpty()) {
        env.remove(QStringLiteral("LC_ALL"));
        env.insert(QStringLiteral("LANG"), locale);
    }
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TICKERLINE_BINARY), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace tickerline::testing
