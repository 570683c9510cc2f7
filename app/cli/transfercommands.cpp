// SPDX-License-Identifier: GPL-3.0-or-later
// import and export: everything that moves data between files and the database.
#include "anchoring/textanchor.h"
#include "cli/commandcontext.h"
#include "cli/options.h"
#include "error.h"
#include "io/articletext.h"
#include "io/csvreader.h"
#include "io/eventimport.h"
#include "io/pricecsv.h"
#include "io/snapshotimport.h"
#include "io/tickerlinejson.h"
#include "io/webannotation.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSaveFile>

#include <memory>

namespace tickerline {

namespace {

const QStringList kImportFormats{QStringLiteral("tickerline"), QStringLiteral("yahoo"),  QStringLiteral("nasdaq"),
                                 QStringLiteral("stooq"),      QStringLiteral("generic"), QStringLiteral("text"),
                                 QStringLiteral("markdown"),   QStringLiteral("html"),    QStringLiteral("w3c"),
                                 QStringLiteral("events-csv"), QStringLiteral("timelinejs"),
                                 QStringLiteral("timelinejs-sheet"), QStringLiteral("timeline")};

bool looksLikeWebAnnotation(const QByteArray &data)
{
    const QByteArray head = data.left(4096);
    return head.contains("anno.jsonld") || head.contains("\"Annotation");
}

bool isArticleFormat(const QString &format)
{
    return ArticleText::formatFromName(format).has_value();
}

bool looksLikeArticleFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"),
                                      QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("htm")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

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

// Replaces a source's text and re-anchors its quotes in the same transaction.
void replaceArticle(Store &store, const QString &path, const QString &sourceUid, const QString &format,
                    QTextStream &out)
{
    if (!store.source(sourceUid))
        throw Error(QStringLiteral("%1: no source \"%2\" in %3").arg(path, sourceUid, store.path()));
    const Article article = ArticleText::readFile(
        path, format.isEmpty() ? ArticleFormat::Auto : *ArticleText::formatFromName(format));
    const QList<Quote> anchored = TextAnchor(article.text).anchorAll(store.quotesOfSource(sourceUid));
    store.replaceSourceText(sourceUid, article.text, anchored);
    out << QStringLiteral("%1: replaced the text of %2; quotes: %3\n").arg(path, sourceUid, statusSummary(anchored));
    for (const Quote &quote : anchored) {
        if (quote.status != AnchorStatus::Exact)
            out << QStringLiteral("  %1 %2 \"%3\"\n").arg(toString(quote.status), quote.uid, quote.exact.left(60));
    }
}

// A new source from an article file; its uid comes from the file name.
void addArticle(Store &store, const QString &path, const QString &format, QTextStream &out)
{
    const Article article = ArticleText::readFile(
        path, format.isEmpty() ? ArticleFormat::Auto : *ArticleText::formatFromName(format));
    const QString base = slugify(QFileInfo(path).completeBaseName());
    QString uid = base;
    for (int n = 2; store.source(uid); ++n)
        uid = QStringLiteral("%1-%2").arg(base).arg(n);
    const QByteArray bytes = CsvReader::readFile(path);
    Snapshot snapshot;
    DatasetInfo provenance = datasetForFile(bytes, path);
    if (store.datasets().contains(provenance))
        provenance.uid += QStringLiteral(":") + uid;
    snapshot.datasets << provenance;
    Source source;
    source.uid = uid;
    source.kind = QStringLiteral("article");
    source.title = article.title.isEmpty() ? QFileInfo(path).fileName() : article.title;
    source.text = article.text;
    source.dataset = provenance.uid;
    snapshot.sources << source;
    store.importSnapshot(snapshot);
    out << QStringLiteral("%1: added source %2 (%3 characters)\n").arg(path, uid).arg(article.text.size());
}



void importPrices(Store &store, const QString &path, const QByteArray &data, const QString &format,
                  const QString &symbolOverride, QTextStream &out)
{
    PriceCsvOptions options;
    options.symbol = symbolOverride;
    if (!format.isEmpty())
        options.format = *priceFormatFromString(format);
    const PriceCsvResult result = PriceCsv::parse(data, path, options);
    if (result.series.bars.empty())
        throw Error(QStringLiteral("%1: no price rows").arg(path));
    Symbol symbol;
    symbol.ticker = result.series.symbol;
    const auto known = store.symbol(symbol.ticker);
    store.writeSeries(known ? *known : symbol, result.series, datasetForFile(data, path));
    out << QStringLiteral("%1: %2 bars of %3 (%4 – %5)%6\n")
               .arg(path)
               .arg(result.series.bars.size())
               .arg(result.series.symbol, formatIsoDate(result.series.bars.front().tsMs),
                    formatIsoDate(result.series.bars.back().tsMs),
                    result.skippedRows ? QStringLiteral(", %1 empty rows skipped").arg(result.skippedRows)
                                       : QString());
}

// Quotes from a W3C Web Annotation file, anchored against their sources' current text.
void importAnnotations(Store &store, const QString &path, const QByteArray &data, QTextStream &out)
{
    const QList<Source> sources = store.sources();
    const QList<Quote> quotes = WebAnnotation::read(data, path, sources);
    QHash<QString, std::shared_ptr<TextAnchor>> anchors;
    for (const Source &source : sources)
        anchors.insert(source.uid, std::make_shared<TextAnchor>(source.text));
    Snapshot snapshot;
    for (const Quote &quote : quotes) {
        const auto anchor = anchors.value(quote.source);
        if (!anchor)
            throw Error(QStringLiteral("%1: quote \"%2\" names an unknown source \"%3\"").arg(path, quote.uid, quote.source));
        snapshot.quotes << anchor->anchor(quote);
    }
    try {
        store.importSnapshot(snapshot);
    } catch (const Error &error) {
        throw Error(QStringLiteral("%1: %2").arg(path, error.message()));
    }
    out << QStringLiteral("%1: %2 quotes (%3)\n").arg(path).arg(snapshot.quotes.size()).arg(statusSummary(snapshot.quotes));
}

} // namespace

int runImportCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("format"),
                        QStringLiteral("Force a format: %1.").arg(kImportFormats.join(QStringLiteral(", "))),
                        QStringLiteral("F")},
                       {QStringLiteral("symbol"), QStringLiteral("Ticker of a price file."), QStringLiteral("S")},
                       {QStringLiteral("source"), QStringLiteral("Replace this source's text with the ARTICLE and "
                                                                 "re-anchor its quotes."),
                        QStringLiteral("UID")}});
    parseOrThrow(parser, context.args(), QStringLiteral("import"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        throw UsageError{QStringLiteral("import takes one or more FILEs")};
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && !kImportFormats.contains(format))
        throw UsageError{QStringLiteral("--format: unknown format \"%1\" (one of: %2)")
                             .arg(format, kImportFormats.join(QStringLiteral(", ")))};

    Store &store = context.store();
    if (parser.isSet(QStringLiteral("source"))) {
        if (files.size() != 1 || (!format.isEmpty() && !isArticleFormat(format)))
            throw UsageError{QStringLiteral("import ARTICLE --source UID takes one text, Markdown or HTML file")};
        replaceArticle(store, files.constFirst(), parser.value(QStringLiteral("source")), format, context.out());
        return 0;
    }
    // All files in one transaction: one bad file leaves the database exactly as it was.
    Transaction transaction(store.database());
    for (const QString &path : files) {
        if (isArticleFormat(format) || (format.isEmpty() && looksLikeArticleFile(path))) {
            addArticle(store, path, format, context.out());
            continue;
        }
        const QByteArray data = CsvReader::readFile(path);
        if (format == QLatin1String("w3c") || (format.isEmpty() && looksLikeWebAnnotation(data))) {
            importAnnotations(store, path, data, context.out());
        } else if (format == QLatin1String("tickerline") || (format.isEmpty() && looksLikeTickerlineJson(data))) {
            importTickerlineJson(store, data, path);
            context.out() << path << ": imported\n";
        } else if (const auto eventFormat = format.isEmpty() ? detectEventFormat(data, path)
                                                             : eventFormatFromString(format).value_or(EventFormat::Auto);
                   eventFormat != EventFormat::Auto) {
            const Snapshot imported = importEventFile(store, data, path, eventFormat);
            context.out() << QStringLiteral("%1: %2 events, %3 eras (%4)\n")
                                 .arg(path)
                                 .arg(imported.events.size())
                                 .arg(imported.eras.size())
                                 .arg(toString(eventFormat));
        } else if (format.isEmpty() && data.trimmed().startsWith('{')) {
            throw Error(QStringLiteral("%1:1: a JSON file that is not Tickerline JSON (no \"format\": \"tickerline\")")
                            .arg(path));
        } else {
            importPrices(store, path, data, format == QLatin1String("tickerline") ? QString() : format,
                         parser.value(QStringLiteral("symbol")), context.out());
        }
    }
    transaction.commit();
    return 0;
}

int runExportCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("tickerline (default, the whole dataset) or w3c (quotes as W3C Web Annotations)."),
                      QStringLiteral("F"), QStringLiteral("tickerline")});
    parseOrThrow(parser, context.args(), QStringLiteral("export"));
    if (parser.positionalArguments().size() != 1)
        throw UsageError{QStringLiteral("export takes one FILE (- for standard output)")};
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("tickerline") && format != QLatin1String("w3c"))
        throw UsageError{QStringLiteral("--format: unknown export format \"%1\" (tickerline or w3c)").arg(format)};

    Store &store = context.store();
    const QByteArray json = format == QLatin1String("w3c") ? WebAnnotation::write(store.quotes(), store.sources())
                                                           : writeTickerlineJson(store.exportSnapshot());
    const QString path = parser.positionalArguments().constFirst();
    if (path == QLatin1String("-")) {
        context.out() << QString::fromUtf8(json);
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return 0;
}

} // namespace tickerline
