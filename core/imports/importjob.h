// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "imports/formatregistry.h"
#include "io/pricecsv.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace tickerline {

class Store;

// What the user answered for one price file whose columns or symbol the file does not give
// (the window's column dialog); each overrides the request's own.
struct PriceFileChoice
{
    QString symbol;
    std::optional<PriceColumnMapping> columns = std::nullopt;
};

struct ImportRequest
{
    QStringList paths;
    QString format;    // a FormatRegistry name; empty: each file's content decides
    QString symbol;    // prices: the symbol, over a symbol column and the file name
    QString sourceUid; // with one article file: replace that source's text and re-anchor its quotes
    std::optional<PriceColumnMapping> priceColumns = std::nullopt; // prices whose header is not recognised
    QHash<QString, PriceFileChoice> priceFiles;                    // by path, over symbol and priceColumns
};

// What one file added.
struct ImportedFile
{
    QString path;
    QString format; // the registry name it was read as
    qint64 events = 0;
    qint64 eras = 0;
    qint64 sources = 0;
    qint64 quotes = 0;
    qint64 bars = 0;
    int skippedRows = 0; // price rows without a close
    QString symbol;      // prices
    QString sourceUid;   // the article's source, added or replaced
    QStringList report;  // what the command line prints: "FILE: 250 bars of NVDA (…)"
};

struct ImportSummary
{
    QList<ImportedFile> files;

    qint64 events() const { return total(&ImportedFile::events); }
    qint64 sources() const { return total(&ImportedFile::sources); }
    qint64 quotes() const { return total(&ImportedFile::quotes); }
    qint64 bars() const { return total(&ImportedFile::bars); }
    qint64 total(qint64 ImportedFile::*count) const; // summed over the files
    // One line for a status bar: "Imported 2 files: 12 events, 250 bars".
    QString statusText() const;
};

// done and total are bytes of the request's files; what says what is happening ("Reading x.csv").
// Calls come in order, done never decreases, and the last one has done == total.
using ImportProgress = std::function<void(qint64 done, qint64 total, const QString &what)>;
// The events of one file, actors reconciled with the store, once they are read and before they
// are written (on the job's thread): the window shows them while they are saved.
using ImportEventsRead = std::function<void(const Snapshot &snapshot)>;

// The one import path of the command line and the window: every file of a request in one
// transaction, each read as the format registry says (or as request.format forces). Any error,
// and a cancel, throws Error and leaves the database exactly as it was. Uses nothing but the store
// it is given, so it may run on a worker thread with a Store of its own.
class ImportJob final
{
public:
    explicit ImportJob(ImportRequest request);

    void setProgressHandler(ImportProgress progress) { m_progress = std::move(progress); }
    void setEventsReadHandler(ImportEventsRead eventsRead) { m_eventsRead = std::move(eventsRead); }
    // Checked between files, between reading and writing, and every few thousand SQLite steps.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    ImportSummary run(Store &store);

    static QString cancelledMessage();

private:
    // A file read and, unless its reading needs the store, parsed: what may run ahead.
    struct ReadFile
    {
        QByteArray data;
        const FileFormat *format = nullptr;
        FormatReadOptions options;
        std::optional<FormatReadResult> result;
    };
    ReadFile readFile(const QString &path) const; // touches no store: runs on another thread
    static bool readsSources(const FileFormat &format);
    ImportedFile importFile(Store &store, const QString &path, ReadFile read, qint64 doneBefore, qint64 size);
    ImportedFile replaceArticle(Store &store, const QString &path);
    void report(qint64 done, const QString &what);
    void checkCancel() const;

    ImportRequest m_request;
    ImportProgress m_progress;
    ImportEventsRead m_eventsRead;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_total = 0;
    qint64 m_lastDone = 0;
};

} // namespace tickerline
