// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatregistry.h"

#include "io/articletext.h"
#include "io/eventcsv.h"
#include "io/eventimport.h"
#include "io/icalendar.h"
#include "io/thetimeline.h"
#include "io/tickerlinejson.h"
#include "io/timelinejs.h"
#include "io/webannotation.h"

#include <QFileInfo>

namespace tickerline {

namespace {

constexpr int kSignature = 100; // the content says what it is
constexpr int kDeclared = 110;  // the content names its format ("format": "tickerline")
constexpr int kFileName = 50;   // only the suffix says so (articles)

QByteArrayView head(QByteArrayView bytes)
{
    return bytes.first(std::min(bytes.size(), FormatRegistry::kSniffBytes));
}

// The head without a UTF-8 byte order mark and leading white space.
QByteArrayView content(QByteArrayView bytes)
{
    QByteArrayView text = head(bytes);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    return text.trimmed();
}

QByteArray firstLine(QByteArrayView bytes)
{
    const QByteArrayView text = content(bytes);
    qsizetype end = 0;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r')
        ++end;
    return text.first(end).toByteArray();
}

// A QByteArray over the caller's bytes, for the io functions that take one; no copy.
QByteArray borrowed(QByteArrayView bytes)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size());
}

bool hasSuffix(const QString &fileName, const QStringList &suffixes)
{
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

FormatReadResult eventsRead(const QByteArray &data, const QString &fileName, EventFormat format)
{
    return {readEventFile(data, fileName, format), 0, {}};
}

FileFormat eventFormat(const char *name, const char *description, QStringList suffixes,
                       std::function<int(QByteArrayView, const QString &)> sniff, EventFormat format)
{
    FileFormat entry;
    entry.name = QString::fromLatin1(name);
    entry.description = QString::fromUtf8(description);
    entry.suffixes = std::move(suffixes);
    entry.contents = FormatContent::Events;
    entry.sniff = std::move(sniff);
    entry.read = [format](const QByteArray &data, const QString &fileName, const FormatReadOptions &) {
        return eventsRead(data, fileName, format);
    };
    return entry;
}

FileFormat priceFormat(PriceFormat layout, const char *description, QStringList suffixes)
{
    FileFormat entry;
    entry.name = toString(layout);
    entry.description = QString::fromUtf8(description);
    entry.suffixes = std::move(suffixes);
    entry.contents = FormatContent::Prices;
    entry.sniff = [layout](QByteArrayView bytes, const QString &) {
        const QByteArrayView text = content(bytes);
        if (text.startsWith('{') || text.startsWith('['))
            return 0; // JSON, whose first line a CSV reader might still split into names
        // Any layout's file can be read as Generic, but the named layout is the better answer.
        return PriceCsv::sniff(head(bytes)) == layout ? (layout == PriceFormat::Generic ? kSignature - 10 : kSignature)
                                                      : 0;
    };
    entry.read = [layout](const QByteArray &data, const QString &fileName, const FormatReadOptions &options) {
        PriceCsvOptions csv;
        csv.format = layout;
        csv.symbol = options.symbol;
        csv.columns = options.priceColumns;
        PriceCsvResult parsed = PriceCsv::parse(data, fileName, csv);
        FormatReadResult result;
        const DatasetInfo provenance = datasetForFile(data, fileName);
        parsed.series.dataset = provenance.uid;
        result.snapshot.datasets << provenance;
        result.snapshot.series << std::move(parsed.series);
        result.skippedRows = parsed.skippedRows;
        result.layout = toString(parsed.format);
        return result;
    };
    return entry;
}

FileFormat articleFormat(ArticleFormat format, const char *description, QStringList suffixes)
{
    FileFormat entry;
    entry.name = ArticleText::formatName(format);
    entry.description = QString::fromUtf8(description);
    entry.suffixes = std::move(suffixes);
    entry.contents = FormatContent::Article;
    entry.sniff = [format, suffixes = entry.suffixes](QByteArrayView bytes, const QString &fileName) {
        if (format == ArticleFormat::Html) {
            const QByteArray start =
                content(bytes).first(std::min<qsizetype>(content(bytes).size(), 15)).toByteArray().toLower();
            if (start.startsWith("<!doctype html") || start.startsWith("<html"))
                return kSignature - 10;
        }
        return hasSuffix(fileName, suffixes) ? kFileName : 0;
    };
    entry.read = [format](const QByteArray &data, const QString &fileName, const FormatReadOptions &) {
        const Article article = ArticleText::fromBytes(data, fileName, format);
        const DatasetInfo provenance = datasetForFile(data, fileName);
        Source source;
        source.uid = slugify(QFileInfo(fileName).completeBaseName());
        source.kind = QStringLiteral("article");
        source.title = article.title.isEmpty() ? QFileInfo(fileName).fileName() : article.title;
        source.text = article.text;
        source.dataset = provenance.uid;
        FormatReadResult result;
        result.snapshot.datasets << provenance;
        result.snapshot.sources << source;
        return result;
    };
    return entry;
}

} // namespace

QString FileFormat::filter() const
{
    QStringList globs;
    for (const QString &suffix : suffixes)
        globs << QStringLiteral("*.") + suffix;
    return QStringLiteral("%1 (%2)").arg(description, globs.join(QLatin1Char(' ')));
}

const FormatRegistry &FormatRegistry::instance()
{
    static const FormatRegistry registry; // built once, thread-safely, and never changed
    return registry;
}

FormatRegistry::FormatRegistry()
{
    FileFormat tickerline;
    tickerline.name = QStringLiteral("tickerline");
    tickerline.description = QStringLiteral("Tickerline JSON");
    tickerline.suffixes = {QStringLiteral("json")};
    tickerline.contents =
        FormatContent::Dataset | FormatContent::Events | FormatContent::Prices | FormatContent::Quotes;
    tickerline.sniff = [](QByteArrayView bytes, const QString &) {
        return content(bytes).startsWith('{') && looksLikeTickerlineJson(borrowed(bytes)) ? kDeclared : 0;
    };
    tickerline.read = [](const QByteArray &data, const QString &fileName, const FormatReadOptions &) {
        return FormatReadResult{readTickerlineJson(data, fileName), 0, {}};
    };
    tickerline.write = [](const Snapshot &snapshot) { return writeTickerlineJson(snapshot); };
    m_formats << tickerline;

    FileFormat eventsCsv = eventFormat(
        "events-csv", "Events CSV", {QStringLiteral("csv")},
        [](QByteArrayView bytes, const QString &) {
            return EventCsv::looksLikeHeader(firstLine(bytes)) ? kSignature : 0;
        },
        EventFormat::EventsCsv);
    eventsCsv.write = [](const Snapshot &snapshot) { return EventCsv::write(snapshot); };
    m_formats << eventsCsv;
    FileFormat timelineJs = eventFormat(
        "timelinejs", "TimelineJS3 JSON", {QStringLiteral("json")},
        [](QByteArrayView bytes, const QString &) {
            return content(bytes).startsWith('{') && TimelineJs::looksLikeJson(borrowed(head(bytes))) ? kSignature : 0;
        },
        EventFormat::TimelineJs);
    timelineJs.write = [](const Snapshot &snapshot) { return TimelineJs::writeJson(snapshot); };
    m_formats << timelineJs;
    FileFormat timelineJsSheet = eventFormat(
        "timelinejs-sheet", "TimelineJS3 spreadsheet CSV", {QStringLiteral("csv")},
        [](QByteArrayView bytes, const QString &) {
            return TimelineJs::looksLikeSheetHeader(firstLine(bytes)) ? kSignature : 0;
        },
        EventFormat::TimelineJsSheet);
    timelineJsSheet.write = [](const Snapshot &snapshot) { return TimelineJs::writeSheet(snapshot); };
    m_formats << timelineJsSheet;
    FileFormat theTimeline = eventFormat(
        "timeline", "Timeline (.timeline)", {QStringLiteral("timeline")},
        [](QByteArrayView bytes, const QString &) {
            return content(bytes).startsWith('<') && TheTimeline::looksLikeTimeline(borrowed(head(bytes))) ? kSignature
                                                                                                           : 0;
        },
        EventFormat::TheTimeline);
    theTimeline.write = [](const Snapshot &snapshot) { return TheTimeline::write(snapshot); };
    m_formats << theTimeline;
    FileFormat iCalendar = eventFormat(
        "ics", "iCalendar", {QStringLiteral("ics"), QStringLiteral("ical")},
        [](QByteArrayView bytes, const QString &) {
            return ICalendar::looksLikeCalendar(borrowed(content(bytes))) ? kSignature : 0;
        },
        EventFormat::ICalendar);
    iCalendar.write = [](const Snapshot &snapshot) { return ICalendar::write(snapshot); };
    m_formats << iCalendar;

    m_formats << priceFormat(PriceFormat::Yahoo, "Yahoo Finance prices CSV", {QStringLiteral("csv")});
    m_formats << priceFormat(PriceFormat::Nasdaq, "Nasdaq.com prices CSV", {QStringLiteral("csv")});
    m_formats << priceFormat(PriceFormat::Stooq, "Stooq prices", {QStringLiteral("csv"), QStringLiteral("txt")});
    m_formats << priceFormat(PriceFormat::Generic, "Prices CSV", {QStringLiteral("csv")});

    FileFormat w3c;
    w3c.name = QStringLiteral("w3c");
    w3c.description = QStringLiteral("W3C Web Annotations");
    w3c.suffixes = {QStringLiteral("jsonld"), QStringLiteral("json")};
    w3c.contents = FormatContent::Quotes;
    w3c.sniff = [](QByteArrayView bytes, const QString &) {
        const QByteArrayView text = content(bytes);
        if (!text.startsWith('{') && !text.startsWith('['))
            return 0;
        const QByteArray start = borrowed(text);
        return start.contains("anno.jsonld") || start.contains("\"Annotation") ? kSignature : 0;
    };
    w3c.read = [](const QByteArray &data, const QString &fileName, const FormatReadOptions &options) {
        FormatReadResult result;
        result.snapshot.quotes = WebAnnotation::read(data, fileName, options.sources);
        return result;
    };
    w3c.write = [](const Snapshot &snapshot) { return WebAnnotation::write(snapshot.quotes, snapshot.sources); };
    m_formats << w3c;

    m_formats << articleFormat(ArticleFormat::Text, "Plain text article",
                               {QStringLiteral("txt"), QStringLiteral("text")});
    m_formats << articleFormat(
        ArticleFormat::Markdown, "Markdown article",
        {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown"), QStringLiteral("mkd")});
    m_formats << articleFormat(ArticleFormat::Html, "HTML article",
                               {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")});
}

const FileFormat *FormatRegistry::find(const QString &name) const
{
    for (const FileFormat &format : m_formats) {
        if (format.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &format;
    }
    return nullptr;
}

const FileFormat *FormatRegistry::writerForFileName(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const FileFormat &format : m_formats) {
        if (format.canWrite() && format.suffixes.contains(suffix))
            return &format;
    }
    return find(QStringLiteral("tickerline"));
}

QStringList FormatRegistry::names() const
{
    QStringList names;
    for (const FileFormat &format : m_formats)
        names << format.name;
    return names;
}

QStringList FormatRegistry::writableNames() const
{
    QStringList names;
    for (const FileFormat &format : m_formats) {
        if (format.canWrite())
            names << format.name;
    }
    return names;
}

const FileFormat *FormatRegistry::detect(QByteArrayView bytes, const QString &fileName) const
{
    const FileFormat *best = nullptr;
    int bestScore = 0;
    bool bestNamed = false;
    for (const FileFormat &format : m_formats) {
        const int score = format.sniff(bytes, fileName);
        if (score <= 0)
            continue;
        const bool named = hasSuffix(fileName, format.suffixes);
        if (score > bestScore || (score == bestScore && named && !bestNamed)) {
            best = &format;
            bestScore = score;
            bestNamed = named;
        }
    }
    return best;
}

QString FormatRegistry::importFilters() const
{
    QStringList all;
    QStringList filters;
    for (const FileFormat &format : m_formats) {
        for (const QString &suffix : format.suffixes) {
            if (!all.contains(QStringLiteral("*.") + suffix))
                all << QStringLiteral("*.") + suffix;
        }
        filters << format.filter();
    }
    return QStringLiteral("All supported files (%1);;%2;;All files (*)")
        .arg(all.join(QLatin1Char(' ')), filters.join(QStringLiteral(";;")));
}

QString FormatRegistry::exportFilters() const
{
    QStringList filters;
    for (const FileFormat &format : m_formats) {
        if (format.canWrite())
            filters << format.filter();
    }
    return filters.join(QStringLiteral(";;"));
}

const FileFormat *FormatRegistry::formatOfFilter(const QString &filter) const
{
    for (const FileFormat &format : m_formats) {
        if (format.filter() == filter)
            return &format;
    }
    return nullptr;
}

} // namespace tickerline
