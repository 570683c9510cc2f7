// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace tickerline {

// The command line's global options; what follows the subcommand's name is its own.
struct GlobalOptions
{
    QString db;
    QString lang;
    QString command;
    QStringList commandArgs;
    bool readOnly = false; // --read-only: open the database without ever writing to it
    bool help = false;
    bool version = false;
};

GlobalOptions parseGlobalOptions(const QStringList &arguments); // throws UsageError
const char *usage();

// The subcommands, which run without a window (and without a display).
bool isCommand(const QString &name);
QStringList commandNames(); // every subcommand's name, as they are registered
// Runs options.command in an application of its own; returns the exit status (0 done, 1 bad
// input or failure, 2 wrong usage).
int runCommand(const GlobalOptions &options, int &argc, char **argv, QTextStream &out, QTextStream &err);

} // namespace tickerline
