// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace tickerline {

class Store;

// Thrown for wrong usage of a subcommand (exit status 2).
struct UsageError
{
    QString message;
};

// What a subcommand gets: its own arguments, the database (opened on first use) and the two
// output streams.
class CommandContext final
{
public:
    CommandContext(QString dbPath, QStringList args, QTextStream &out, QTextStream &err, bool readOnly = false);
    ~CommandContext();

    const QStringList &args() const { return m_args; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &dbPath() const { return m_dbPath; }
    Store &store();

private:
    QString m_dbPath;
    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_readOnly = false;
    std::unique_ptr<Store> m_store;
};

// The subcommands; each returns the exit status.
int runEventsCommand(CommandContext &context);
int runQuotesCommand(CommandContext &context);
int runSymbolsCommand(CommandContext &context);
int runPricesCommand(CommandContext &context);
int runSearchCommand(CommandContext &context);
int runCheckCommand(CommandContext &context);
int runImportCommand(CommandContext &context);
int runExportCommand(CommandContext &context);
int runCopyCommand(CommandContext &context); // copy --to DB: the whole dataset into another database
int runCalendarCommand(CommandContext &context); // needs no database
int runStudyCommand(CommandContext &context);
int runEventCommand(CommandContext &context); // event add | edit | delete

} // namespace tickerline
