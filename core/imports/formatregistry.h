// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "io/pricecsv.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tickerline {

// What a file of a format brings into a database.
enum class FormatContent {
    Dataset = 0x1, // a whole dataset: events, sources, quotes, symbols and prices (Tickerline JSON)
    Events = 0x2,
    Prices = 0x4,
    Quotes = 0x8,
    Article = 0x10, // the text of one source
};
Q_DECLARE_FLAGS(FormatContents, FormatContent)
Q_DECLARE_OPERATORS_FOR_FLAGS(FormatContents)

struct FormatReadOptions
{
    // Prices: the symbol (over a symbol column and the file name), and the columns chosen by hand.
    QString symbol;
    std::optional<PriceColumnMapping> priceColumns = std::nullopt;
    // Quotes: what annotation targets resolve against.
    QList<Source> sources;
};

struct FormatReadResult
{
    // The file's rows. Every file but Tickerline JSON gives one new dataset (datasetForFile); an
    // article is one source whose uid is the slug of the file name, not yet made unique.
    Snapshot snapshot;
    int skippedRows = 0; // price rows without a close
    QString layout;      // what was actually read when it can differ from the format ("nasdaq")
};

// One file format, as Tiled's FileFormat: everything the command line, the Import… and Export…
// dialogs and drag-and-drop need to know about it.
struct FileFormat
{
    QString name;         // the --format name
    QString description;  // for people: "Events CSV"
    QStringList suffixes; // without the dot, the first is the one an export gets
    FormatContents contents;
    // How sure it is that the content is this format: 0 no, 100 its own signature. Given what
    // detect() is given, it looks at the first kSniffBytes only (Tickerline JSON also searches on
    // for its "format" key, which an export writes after the events); articles, which have no
    // signature, are known by their file name.
    std::function<int(QByteArrayView bytes, const QString &fileName)> sniff;
    // Throws Error "FILE:LINE: field: what is wrong".
    std::function<FormatReadResult(const QByteArray &data, const QString &fileName, const FormatReadOptions &options)>
        read;
    std::function<QByteArray(const Snapshot &snapshot)> write; // empty: import only

    bool canWrite() const { return bool(write); }
    bool carries(FormatContent content) const { return contents.testFlag(content); }
    bool isArticle() const { return contents == FormatContents(FormatContent::Article); }
    // "Events CSV (*.csv)"
    QString filter() const;
};

// Every format Tickerline reads or writes, once. Immutable after construction, so any thread
// may use it.
class FormatRegistry final
{
public:
    static constexpr qsizetype kSniffBytes = 64 * 1024;

    static const FormatRegistry &instance();

    const QList<FileFormat> &formats() const { return m_formats; }
    const FileFormat *find(const QString &name) const; // case-insensitive; nullptr when unknown
    // The first writable format of the file name's suffix (x.csv: events CSV); Tickerline JSON
    // for any other name.
    const FileFormat *writerForFileName(const QString &fileName) const;
    QStringList names() const;
    QStringList writableNames() const;

    // The format the content is, or nullptr when none recognises it. Ties go to the format whose
    // suffix the file name has, then to the earlier in formats().
    const FileFormat *detect(QByteArrayView bytes, const QString &fileName) const;

    // For QFileDialog: "All supported files (…)" first, one filter per format, "All files (*)" last.
    QString importFilters() const;
    QString exportFilters() const; // the writable formats only, no "all" entries
    // The format of a filter from importFilters()/exportFilters(); nullptr for the "all" entries.
    const FileFormat *formatOfFilter(const QString &filter) const;

private:
    FormatRegistry();

    QList<FileFormat> m_formats;
};

} // namespace tickerline
