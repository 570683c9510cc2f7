// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "anchoring/textanchor.h"
#include "error.h"
#include "imports/articleimport.h"
#include "imports/eventfileimport.h"
#include "imports/formatregistry.h"
#include "imports/snapshotimport.h"
#include "io/csvreader.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <deque>
#include <future>
#include <memory>

namespace tickerline {

namespace {

QString statusSummary(const QList<Quote> &quotes)
{
    QMap<QString, int> counts;
    for (const Quote &quote : quotes)
        ++counts[toString(quote.status)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return parts.isEmpty() ? QStringLiteral("no quotes") : parts.join(QStringLiteral(", "));
}

// Why a file is none of the formats, as precisely as its shape allows.
[[noreturn]] void refuseUnknown(const QByteArray &data, const QString &path)
{
    QByteArrayView start(data);
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.sliced(3);
    start = start.first(std::min<qsizetype>(start.size(), 4096)).trimmed();
    if (start.startsWith('{') || start.startsWith('['))
        throw Error(QStringLiteral("%1:1: a JSON file that is not Tickerline JSON (no \"format\": \"tickerline\"), "
                                   "TimelineJS3 JSON or W3C Web Annotations")
                        .arg(path));
    if (start.startsWith('<'))
        throw Error(QStringLiteral("%1:1: an XML or HTML file that is not a .timeline file; an HTML article needs "
                                   "the .html suffix")
                        .arg(path));
    // Read as the most tolerant price layout, whose complaint names the columns it found.
    FormatRegistry::instance().find(QStringLiteral("generic"))->read(data, path, {});
    throw Error(QStringLiteral("%1: not a format Tickerline reads").arg(path));
}

} // namespace

qint64 ImportSummary::total(qint64 ImportedFile::*count) const
{
    qint64 n = 0;
    for (const ImportedFile &file : files)
        n += file.*count;
    return n;
}

QString ImportSummary::statusText() const
{
    QStringList parts;
    const auto add = [&](qint64 count, const char *one, const char *many) {
        if (count)
            parts << QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? one : many));
    };
    add(events(), "event", "events");
    add(sources(), "source", "sources");
    add(quotes(), "quote", "quotes");
    add(bars(), "bar", "bars");
    const QString what = files.size() == 1 ? QFileInfo(files.constFirst().path).fileName()
                                           : QStringLiteral("%1 files").arg(files.size());
    return parts.isEmpty() ? QStringLiteral("Imported %1").arg(what)
                           : QStringLiteral("Imported %1: %2").arg(what, parts.join(QStringLiteral(", ")));
}

ImportJob::ImportJob(ImportRequest request)
    : m_request(std::move(request))
{}

QString ImportJob::cancelledMessage()
{
    return QStringLiteral("import cancelled; nothing was changed");
}

void ImportJob::checkCancel() const
{
    if (m_cancel && m_cancel->load())
        throw Error(cancelledMessage());
}

void ImportJob::report(qint64 done, const QString &what)
{
    m_lastDone = std::max(m_lastDone, std::min(done, m_total));
    if (m_progress)
        m_progress(m_lastDone, m_total, what);
}

ImportSummary ImportJob::run(Store &store)
{
    if (m_request.paths.isEmpty())
        throw Error(QStringLiteral("nothing to import"));
    const FormatRegistry &registry = FormatRegistry::instance();
    if (!m_request.format.isEmpty() && !registry.find(m_request.format))
        throw Error(QStringLiteral("unknown format \"%1\" (one of: %2)")
                        .arg(m_request.format, registry.names().join(QStringLiteral(", "))));

    QList<qint64> sizes;
    m_total = 0;
    m_lastDone = 0;
    for (const QString &path : std::as_const(m_request.paths)) {
        sizes << std::max<qint64>(QFileInfo(path).size(), 1); // an empty file still counts as a step
        m_total += sizes.last();
    }

    ImportSummary summary;
    try {
        // All files in one transaction: one bad file leaves the database exactly as it was.
        const auto transaction = store.bulkTransaction(m_cancel);
        qint64 done = 0;
        // The next two files are read, hashed and parsed on other threads while this one writes:
        // reading is most of the work, and two of them keep both cores busy.
        std::deque<std::future<ReadFile>> ahead;
        const auto readAhead = [&](qsizetype i) {
            if (i < m_request.paths.size() && m_request.sourceUid.isEmpty())
                ahead.push_back(
                    std::async(std::launch::async, [this, path = m_request.paths[i]] { return readFile(path); }));
        };
        readAhead(0);
        readAhead(1);
        for (qsizetype i = 0; i < m_request.paths.size(); ++i) {
            checkCancel();
            const QString &path = m_request.paths[i];
            if (!m_request.sourceUid.isEmpty()) {
                summary.files << replaceArticle(store, path);
            } else {
                report(done, QStringLiteral("Reading %1").arg(QFileInfo(path).fileName()));
                ReadFile read = ahead.front().get();
                ahead.pop_front();
                readAhead(i + 2);
                summary.files << importFile(store, path, std::move(read), done, sizes[i]);
            }
            // Bars are written a block of thousands a statement, too few steps for SQLite's own
            // check of the flag: a cancel while a file is written is seen here.
            checkCancel();
            done += sizes[i];
            report(done, QStringLiteral("Imported %1").arg(QFileInfo(path).fileName()));
        }
        checkCancel(); // the last chance: after this the import is in
        transaction->commit();
    } catch (const Error &) {
        checkCancel(); // an interrupted statement is reported as the cancel it was
        throw;
    }
    return summary;
}

ImportedFile ImportJob::replaceArticle(Store &store, const QString &path)
{
    if (m_request.paths.size() != 1)
        throw Error(QStringLiteral("replacing a source's text takes one article file"));
    const QString &uid = m_request.sourceUid;
    if (!store.source(uid))
        throw Error(QStringLiteral("%1: no source \"%2\" in %3").arg(path, uid, store.name()));
    report(0, QStringLiteral("Reading %1").arg(QFileInfo(path).fileName()));
    const Source article =
        readArticleFile(path, m_request.format, QStringLiteral("import it as data, not as the text of a source"));
    checkCancel();
    const QList<Quote> anchored = TextAnchor(article.text).anchorAll(store.quotesOfSource(uid));
    store.replaceSourceText(uid, article.text, anchored);

    ImportedFile file;
    file.path = path;
    file.format = m_request.format.isEmpty() ? QStringLiteral("article") : m_request.format;
    file.sourceUid = uid;
    file.quotes = anchored.size();
    file.report << QStringLiteral("%1: replaced the text of %2; quotes: %3").arg(path, uid, statusSummary(anchored));
    for (const Quote &quote : anchored) {
        if (quote.status != AnchorStatus::Exact)
            file.report
                << QStringLiteral("  %1 %2 \"%3\"").arg(toString(quote.status), quote.uid, quote.exact.left(60));
    }
    return file;
}

ImportJob::ReadFile ImportJob::readFile(const QString &path) const
{
    ReadFile read;
    read.data = CsvReader::readFile(path);
    const PriceFileChoice choice = m_request.priceFiles.value(path);
    read.options.symbol = choice.symbol.isEmpty() ? m_request.symbol : choice.symbol;
    read.options.priceColumns = choice.columns ? choice.columns : m_request.priceColumns;
    const FormatRegistry &registry = FormatRegistry::instance();
    read.format = !m_request.format.isEmpty() ? registry.find(m_request.format)
                  : read.options.priceColumns ? registry.find(QStringLiteral("generic"))
                                              : registry.detect(read.data, path);
    if (!read.format)
        refuseUnknown(read.data, path);
    // Quotes are read against the sources the store holds by then, articles against the store
    // too: those wait for their turn. Everything else is read here, ahead of the writing.
    if (!read.format->isArticle() && !readsSources(*read.format))
        read.result = read.format->read(read.data, path, read.options);
    return read;
}

bool ImportJob::readsSources(const FileFormat &format)
{
    return format.carries(FormatContent::Quotes) && !format.carries(FormatContent::Dataset);
}

ImportedFile ImportJob::importFile(Store &store, const QString &path, ReadFile read, qint64 doneBefore, qint64 size)
{
    const QString name = QFileInfo(path).fileName();
    const QByteArray &data = read.data;
    const FileFormat *format = read.format;
    ImportedFile file;
    file.path = path;
    file.format = format->name;
    if (format->isArticle()) {
        const ArticleSource article = prepareArticleSource(store, data, path, format->name, {});
        checkCancel();
        report(doneBefore + size / 2, QStringLiteral("Writing %1").arg(name));
        Snapshot snapshot;
        snapshot.datasets << article.provenance;
        snapshot.sources << article.source;
        store.importSnapshot(snapshot);
        file.sources = 1;
        file.sourceUid = article.source.uid;
        file.report << QStringLiteral("%1: added source %2 (%3 characters)")
                           .arg(path, article.source.uid)
                           .arg(article.source.text.size());
        return file;
    }

    FormatReadOptions &options = read.options;
    if (!read.result) {
        options.sources = store.sources(); // with those of earlier files of this import
        read.result = format->read(data, path, options);
    }
    Snapshot &snapshot = read.result->snapshot;
    checkCancel();
    report(doneBefore + size / 2, QStringLiteral("Writing %1").arg(name));

    if (format->carries(FormatContent::Dataset)) {
        if (m_eventsRead && !snapshot.events.isEmpty())
            m_eventsRead(snapshot);
        importTickerlineJson(store, snapshot, data, path);
        file.events = snapshot.events.size();
        file.eras = snapshot.eras.size();
        file.sources = snapshot.sources.size();
        file.quotes = snapshot.quotes.size();
        for (const PriceSeries &series : std::as_const(snapshot.series))
            file.bars += qint64(series.bars.size());
        file.report << QStringLiteral("%1: imported (%2 events, %3 sources, %4 quotes, %5 bars)")
                           .arg(path)
                           .arg(file.events)
                           .arg(file.sources)
                           .arg(file.quotes)
                           .arg(file.bars);
    } else if (format->carries(FormatContent::Events)) {
        reconcileActorsWithStore(store, snapshot);
        if (m_eventsRead && !snapshot.events.isEmpty())
            m_eventsRead(snapshot);
        writeEventSnapshot(store, snapshot, path);
        file.events = snapshot.events.size();
        file.eras = snapshot.eras.size();
        file.report << QStringLiteral("%1: %2 events, %3 eras (%4)")
                           .arg(path)
                           .arg(file.events)
                           .arg(file.eras)
                           .arg(format->name);
    } else if (format->carries(FormatContent::Prices)) {
        const PriceSeries &series = snapshot.series.constFirst();
        Symbol symbol;
        symbol.ticker = series.symbol;
        const auto known = store.symbol(symbol.ticker);
        store.writeSeries(known ? *known : symbol, series, snapshot.datasets.constFirst());
        file.bars = qint64(series.bars.size());
        file.symbol = series.symbol;
        file.skippedRows = read.result->skippedRows;
        file.report << QStringLiteral("%1: %2 bars of %3 (%4 – %5)%6")
                           .arg(path)
                           .arg(file.bars)
                           .arg(series.symbol, formatIsoDate(series.bars.front().tsMs),
                                formatIsoDate(series.bars.back().tsMs),
                                file.skippedRows ? QStringLiteral(", %1 empty rows skipped").arg(file.skippedRows)
                                                 : QString());
    } else if (format->carries(FormatContent::Quotes)) {
        // Anchored against their sources' current text.
        QHash<QString, std::shared_ptr<TextAnchor>> anchors;
        for (const Source &source : std::as_const(options.sources))
            anchors.insert(source.uid, std::make_shared<TextAnchor>(source.text));
        Snapshot quotes;
        for (qsizetype i = 0; i < snapshot.quotes.size(); ++i) {
            const Quote &quote = snapshot.quotes[i];
            const auto anchor = anchors.value(quote.source);
            if (!anchor)
                throw Error(QStringLiteral("%1: quote \"%2\" names an unknown source \"%3\"")
                                .arg(path, quote.uid, quote.source));
            quotes.quotes << anchor->anchor(quote);
            if (i % 1000 == 999)
                checkCancel();
        }
        try {
            store.importSnapshot(quotes);
        } catch (const Error &error) {
            throw Error(QStringLiteral("%1: %2").arg(path, error.message()));
        }
        file.quotes = quotes.quotes.size();
        file.report
            << QStringLiteral("%1: %2 quotes (%3)").arg(path).arg(file.quotes).arg(statusSummary(quotes.quotes));
    }
    return file;
}

} // namespace tickerline
