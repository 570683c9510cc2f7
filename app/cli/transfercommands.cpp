// SPDX-License-Identifier: GPL-3.0-or-later
// import, export and copy: everything that moves data between files and the database, through the
// format registry and the import job that the window uses too.
#include "cli/commandcontext.h"
#include "cli/options.h"
#include "error.h"
#include "imports/formatregistry.h"
#include "imports/importjob.h"
#include "store/postgres/pgconnection.h"
#include "store/store.h"
#include "store/storecopy.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <iterator>

namespace tickerline {

namespace {

// "date=1,close=5,volume=6": 1-based column numbers of a price file whose header is not recognised.
PriceColumnMapping columnsOption(const QString &value)
{
    PriceColumnMapping mapping;
    const std::pair<const char *, int PriceColumnMapping::*> roles[] = {
        {"date", &PriceColumnMapping::date},    {"open", &PriceColumnMapping::open},
        {"high", &PriceColumnMapping::high},    {"low", &PriceColumnMapping::low},
        {"close", &PriceColumnMapping::close},  {"adjclose", &PriceColumnMapping::adjClose},
        {"volume", &PriceColumnMapping::volume}};
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString role = part.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        bool ok = false;
        const int column = part.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        const auto known = std::find_if(std::begin(roles), std::end(roles),
                                        [&](const auto &entry) { return role == QLatin1String(entry.first); });
        if (known == std::end(roles) || !ok || column < 1)
            throw UsageError{QStringLiteral("--columns: \"%1\" is not ROLE=N (roles: date, open, high, low, close, "
                                            "adjclose, volume; N counts from 1)")
                                 .arg(part)};
        mapping.*(known->second) = column - 1;
    }
    if (!mapping.isUsable())
        throw UsageError{QStringLiteral("--columns needs at least date=N and close=N")};
    return mapping;
}

} // namespace

int runImportCommand(CommandContext &context)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const QString formatNames = registry.names().join(QStringLiteral(", "));
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("format"), QStringLiteral("Force a format: %1.").arg(formatNames), QStringLiteral("F")},
         {QStringLiteral("symbol"), QStringLiteral("Symbol of a price file."), QStringLiteral("S")},
         {QStringLiteral("columns"),
          QStringLiteral("Columns of a price file whose header is not recognised, e.g. "
                         "date=1,close=5,volume=6 (roles: date, open, high, low, close, adjclose, "
                         "volume)."),
          QStringLiteral("ROLE=N,…")},
         {QStringLiteral("source"),
          QStringLiteral("Replace this source's text with the ARTICLE and "
                         "re-anchor its quotes."),
          QStringLiteral("UID")}});
    parseOrThrow(parser, context.args(), QStringLiteral("import"));
    ImportRequest request;
    request.paths = parser.positionalArguments();
    if (request.paths.isEmpty())
        throw UsageError{QStringLiteral("import takes one or more FILEs")};
    request.format = parser.value(QStringLiteral("format")).toLower();
    const FileFormat *format = request.format.isEmpty() ? nullptr : registry.find(request.format);
    if (!request.format.isEmpty() && !format)
        throw UsageError{
            QStringLiteral("--format: unknown format \"%1\" (one of: %2)").arg(request.format, formatNames)};
    request.symbol = parser.value(QStringLiteral("symbol"));
    if (parser.isSet(QStringLiteral("columns"))) {
        if (format && (format->carries(FormatContent::Dataset) || !format->carries(FormatContent::Prices)))
            throw UsageError{QStringLiteral("--columns is for price files, not %1").arg(format->name)};
        request.priceColumns = columnsOption(parser.value(QStringLiteral("columns")));
    }
    if (parser.isSet(QStringLiteral("source"))) {
        if (request.paths.size() != 1 || (format && !format->isArticle()))
            throw UsageError{QStringLiteral("import ARTICLE --source UID takes one text, Markdown or HTML file")};
        request.sourceUid = parser.value(QStringLiteral("source"));
    }

    const ImportSummary summary = ImportJob(request).run(context.store());
    for (const ImportedFile &file : summary.files) {
        for (const QString &line : file.report)
            context.out() << line << '\n';
    }
    return 0;
}

int runExportCommand(CommandContext &context)
{
    QCommandLineParser parser;
    const FormatRegistry &registry = FormatRegistry::instance();
    const QString writable = registry.writableNames().join(QStringLiteral(", "));
    parser.addOption(
        {QStringLiteral("format"),
         QStringLiteral("One of: %1 (default: by FILE's suffix, else tickerline, the whole dataset).").arg(writable),
         QStringLiteral("F")});
    parseOrThrow(parser, context.args(), QStringLiteral("export"));
    if (parser.positionalArguments().size() != 1)
        throw UsageError{QStringLiteral("export takes one FILE (- for standard output)")};
    const QString path = parser.positionalArguments().constFirst();
    const QString name = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")).toLower()
                                                                : registry.writerForFileName(path)->name;
    const FileFormat *format = registry.find(name);
    if (!format || !format->canWrite())
        throw UsageError{QStringLiteral("--format: unknown export format \"%1\" (one of: %2)").arg(name, writable)};

    Store &store = context.store();
    Snapshot snapshot;
    if (format->carries(FormatContent::Dataset) || format->carries(FormatContent::Events)) {
        snapshot = store.exportSnapshot();
    } else { // quotes: only they and their sources are needed
        snapshot.quotes = store.quotes();
        snapshot.sources = store.sources();
    }
    const QByteArray bytes = format->write(snapshot);
    if (path == QLatin1String("-")) {
        context.out() << QString::fromUtf8(bytes);
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return 0;
}

int runCopyCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("The database to copy into: a file, or a PostgreSQL URI or key=value string."),
                      QStringLiteral("DB")});
    parseOrThrow(parser, context.args(), QStringLiteral("copy"));
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{QStringLiteral("copy takes no arguments besides --to DB")};
    const QString to = parser.value(QStringLiteral("to"));
    if (to.isEmpty())
        throw UsageError{QStringLiteral("copy needs --to DB")};

    Store &from = context.store();
    QTextStream &err = context.err();
    const auto step = [&err](const QString &what) {
        err << "tickerline: " << what << '\n';
        err.flush();
    };
    // A file made for the copy goes again when the copy fails: nothing half-written stays.
    const bool newFile = !isPostgresTarget(to) && !QFileInfo::exists(to);
    try {
        const std::unique_ptr<Store> target = openStore(to, Store::Open::CreateIfMissing);
        copyStore(from, *target, step);
    } catch (const Error &) {
        if (newFile) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(to + QLatin1String(suffix));
        }
        throw;
    }
    return 0;
}

} // namespace tickerline
