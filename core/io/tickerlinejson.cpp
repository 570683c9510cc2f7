// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickerlinejson.h"

#include "error.h"
#include "io/jsonevents.h"
#include "io/jsonlocator.h"
#include "time/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace tickerline {

namespace {

constexpr qsizetype kMaxShortField = 4'000;        // titles, names, uids
constexpr qsizetype kMaxTextField = 64 * 1024 * 1024; // a source's text


// A place in the document: built on the stack as the reader descends, spelled out only when a
// complaint names it (a million events would otherwise cost a million lists per field).
class JsonPath final
{
public:
    JsonPath() = default; // the root
    explicit JsonPath(const QString &key) : m_key(key), m_isKey(true) {}
    JsonPath(const JsonPath &parent, const QString &key) : m_parent(&parent), m_key(key), m_isKey(true) {}
    JsonPath(const JsonPath &parent, qsizetype index) : m_parent(&parent), m_index(index) {}

    QVariantList steps() const
    {
        QVariantList steps = m_parent ? m_parent->steps() : QVariantList();
        if (m_isKey)
            steps << m_key;
        else if (m_index >= 0)
            steps << m_index;
        return steps;
    }

private:
    const JsonPath *m_parent = nullptr;
    QString m_key;
    qsizetype m_index = -1;
    bool m_isKey = false;
};

// Reads one document, keeping the path of the value being read so that every complaint can
// name its place in the file.
class Reader final
{
public:
    Reader(const QByteArray &data, const QString &fileName) : m_data(data), m_file(fileName) {}

    [[noreturn]] void fail(const JsonPath &path, const QString &reason) const
    {
        throw jsonError(m_data, m_file, path.steps(), reason);
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const JsonPath &path) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(JsonPath(path, key), QStringLiteral("must be an array"));
        return value.toArray();
    }

    QJsonObject objectAt(const QJsonArray &array, qsizetype index, const JsonPath &path) const
    {
        if (!array.at(index).isObject())
            fail(JsonPath(path, index), QStringLiteral("must be an object"));
        return array.at(index).toObject();
    }

    QString string(const QJsonObject &object, const QString &key, const JsonPath &path, bool required,
                   qsizetype maxLength = kMaxShortField) const
    {
        const QJsonValue value = object.value(key);
        const JsonPath here(path, key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(here, QStringLiteral("missing"));
            return QStringLiteral("");
        }
        if (!value.isString())
            fail(here, QStringLiteral("must be a string"));
        const QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            fail(here, QStringLiteral("must not be empty"));
        if (text.size() > maxLength)
            fail(here, QStringLiteral("is %1 characters long; at most %2 are accepted").arg(text.size()).arg(maxLength));
        if (text.contains(QChar(0)))
            fail(here, QStringLiteral("contains a NUL character"));
        return text;
    }

    bool boolean(const QJsonObject &object, const QString &key, const JsonPath &path) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(JsonPath(path, key), QStringLiteral("must be true or false"));
        return value.toBool();
    }

    double number(const QJsonValue &value, const JsonPath &path) const
    {
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            fail(path, QStringLiteral("must be a number"));
        return value.toDouble();
    }

    std::int64_t integer(const QJsonObject &object, const QString &key, const JsonPath &path) const
    {
        const JsonPath here(path, key);
        const double value = number(object.value(key), here);
        if (value != std::floor(value) || std::fabs(value) > 9.0e15)
            fail(here, QStringLiteral("must be a whole number"));
        return std::int64_t(value);
    }

    std::optional<std::int64_t> optionalInteger(const QJsonObject &object, const QString &key,
                                                const JsonPath &path) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return integer(object, key, path);
    }

    std::int64_t time(const QJsonValue &value, const JsonPath &path) const
    {
        if (!value.isString())
            fail(path, QStringLiteral("must be an ISO 8601 date or time string"));
        QString why;
        const auto parsed = parseIsoTime(value.toString(), &why);
        if (!parsed)
            fail(path, why);
        return parsed->ms;
    }

    std::optional<std::int64_t> optionalTime(const QJsonObject &object, const QString &key,
                                             const JsonPath &path) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return time(value, JsonPath(path, key));
    }

    template<typename Enum>
    Enum enumeration(const QJsonObject &object, const QString &key, const JsonPath &path,
                     std::optional<Enum> (*parse)(const QString &), const QStringList &allowed) const
    {
        const QString text = string(object, key, path, true);
        const auto parsed = parse(text);
        if (!parsed)
            fail(JsonPath(path, key),
                 QStringLiteral("unknown value \"%1\" (expected one of: %2)").arg(text, allowed.join(QStringLiteral(", "))));
        return *parsed;
    }

    void unique(QSet<QString> &seen, const QString &uid, const JsonPath &path) const
    {
        if (seen.contains(uid))
            fail(path, QStringLiteral("duplicate uid \"%1\"").arg(uid));
        seen.insert(uid);
    }

private:
    const QByteArray &m_data;
    QString m_file;
};

void readDatasets(const Reader &r, const QJsonObject &root, Snapshot &s)
{
    const QJsonArray items = r.array(root, QStringLiteral("datasets"), {});
    const JsonPath list(QStringLiteral("datasets"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath at(list, i);
        const QJsonObject o = r.objectAt(items, i, list);
        DatasetInfo d;
        d.uid = r.string(o, QStringLiteral("uid"), at, true);
        r.unique(seen, d.uid, JsonPath(at, QStringLiteral("uid")));
        d.name = r.string(o, QStringLiteral("name"), at, true);
        d.origin = r.string(o, QStringLiteral("origin"), at, false);
        d.licence = r.string(o, QStringLiteral("licence"), at, false);
        d.notes = r.string(o, QStringLiteral("notes"), at, false, kMaxTextField);
        d.importedAt = r.string(o, QStringLiteral("imported_at"), at, false);
        if (!d.importedAt.isEmpty())
            r.time(o.value(QStringLiteral("imported_at")), JsonPath(at, QStringLiteral("imported_at")));
        s.datasets << d;
    }
}

void readActors(const Reader &r, const QJsonObject &root, Snapshot &s)
{
    const QJsonArray items = r.array(root, QStringLiteral("actors"), {});
    const JsonPath list(QStringLiteral("actors"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath at(list, i);
        const QJsonObject o = r.objectAt(items, i, list);
        Actor a;
        a.uid = r.string(o, QStringLiteral("uid"), at, true);
        r.unique(seen, a.uid, JsonPath(at, QStringLiteral("uid")));
        a.name = r.string(o, QStringLiteral("name"), at, true);
        a.kind = r.string(o, QStringLiteral("kind"), at, false);
        a.dataset = r.string(o, QStringLiteral("dataset"), at, false);
        s.actors << a;
    }
}

void readEvents(const Reader &r, const QJsonObject &root, Snapshot &s)
{
    const QJsonArray items = r.array(root, QStringLiteral("events"), {});
    const JsonPath list(QStringLiteral("events"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath at(list, i);
        const QJsonObject o = r.objectAt(items, i, list);
        Event e;
        e.uid = r.string(o, QStringLiteral("uid"), at, true);
        r.unique(seen, e.uid, JsonPath(at, QStringLiteral("uid")));
        e.title = r.string(o, QStringLiteral("title"), at, true);
        e.summary = r.string(o, QStringLiteral("summary"), at, false, kMaxTextField);
        e.kind = r.enumeration(o, QStringLiteral("kind"), at, &eventKindFromString, allEventKindNames());
        e.startMs = r.time(o.value(QStringLiteral("start")), JsonPath(at, QStringLiteral("start")));
        e.endMs = r.optionalTime(o, QStringLiteral("end"), at);
        if (e.endMs && *e.endMs < e.startMs)
            r.fail(JsonPath(at, QStringLiteral("end")), QStringLiteral("ends before it starts"));
        e.precision = r.enumeration(o, QStringLiteral("precision"), at, &precisionFromString, allPrecisionNames());
        e.uncertain = r.boolean(o, QStringLiteral("uncertain"), at);
        e.tz = r.string(o, QStringLiteral("tz"), at, false);
        if (e.tz.isEmpty())
            e.tz = QStringLiteral("UTC");
        e.dataset = r.string(o, QStringLiteral("dataset"), at, false);
        const JsonPath actorsAt(at, QStringLiteral("actors"));
        const QJsonArray actors = r.array(o, QStringLiteral("actors"), at);
        for (qsizetype j = 0; j < actors.size(); ++j) {
            const QJsonObject ao = r.objectAt(actors, j, actorsAt);
            e.actors << EventActor{r.string(ao, QStringLiteral("actor"), JsonPath(actorsAt, qsizetype(j)), true),
                                   r.string(ao, QStringLiteral("role"), JsonPath(actorsAt, qsizetype(j)), false)};
        }
        const QJsonArray symbols = r.array(o, QStringLiteral("symbols"), at);
        for (qsizetype j = 0; j < symbols.size(); ++j) {
            if (!symbols.at(j).isString() || symbols.at(j).toString().trimmed().isEmpty())
                r.fail(JsonPath(JsonPath(at, QStringLiteral("symbols")), qsizetype(j)), QStringLiteral("must be a ticker string"));
            e.symbols << symbols.at(j).toString();
        }
        s.events << e;
    }
}

void readLinksAndEras(const Reader &r, const QJsonObject &root, Snapshot &s)
{
    const QJsonArray links = r.array(root, QStringLiteral("links"), {});
    const JsonPath list(QStringLiteral("links"));
    const QStringList linkTypes{QStringLiteral("responds-to"), QStringLiteral("caused"), QStringLiteral("follows"),
                                QStringLiteral("reports")};
    for (qsizetype i = 0; i < links.size(); ++i) {
        const JsonPath at(list, i);
        const QJsonObject o = r.objectAt(links, i, list);
        EventLink link{r.string(o, QStringLiteral("from"), at, true), r.string(o, QStringLiteral("to"), at, true),
                       r.string(o, QStringLiteral("type"), at, true)};
        if (!linkTypes.contains(link.type))
            r.fail(JsonPath(at, QStringLiteral("type")),
                   QStringLiteral("unknown link type \"%1\" (expected one of: %2)")
                       .arg(link.type, linkTypes.join(QStringLiteral(", "))));
        s.links << link;
    }
    const QJsonArray eras = r.array(root, QStringLiteral("eras"), {});
    const JsonPath eraList(QStringLiteral("eras"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < eras.size(); ++i) {
        const JsonPath at(eraList, i);
        const QJsonObject o = r.objectAt(eras, i, eraList);
        Era era;
        era.uid = r.string(o, QStringLiteral("uid"), at, true);
        r.unique(seen, era.uid, JsonPath(at, QStringLiteral("uid")));
        era.name = r.string(o, QStringLiteral("name"), at, true);
        era.startMs = r.time(o.value(QStringLiteral("start")), JsonPath(at, QStringLiteral("start")));
        era.endMs = r.time(o.value(QStringLiteral("end")), JsonPath(at, QStringLiteral("end")));
        if (era.endMs < era.startMs)
            r.fail(JsonPath(at, QStringLiteral("end")), QStringLiteral("ends before it starts"));
        era.color = r.string(o, QStringLiteral("color"), at, false);
        era.dataset = r.string(o, QStringLiteral("dataset"), at, false);
        s.eras << era;
    }
}

void readSources(const Reader &r, const QJsonObject &root, Snapshot &s)
{
    const QJsonArray items = r.array(root, QStringLiteral("sources"), {});
    const JsonPath list(QStringLiteral("sources"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath at(list, i);
        const QJsonObject o = r.objectAt(items, i, list);
        Source src;
        src.uid = r.string(o, QStringLiteral("uid"), at, true);
        r.unique(seen, src.uid, JsonPath(at, QStringLiteral("uid")));
        src.kind = r.string(o, QStringLiteral("kind"), at, false);
        if (src.kind.isEmpty())
            src.kind = QStringLiteral("article");
        src.title = r.string(o, QStringLiteral("title"), at, false);
        src.outlet = r.string(o, QStringLiteral("outlet"), at, false);
        src.author = r.string(o, QStringLiteral("author"), at, false);
        src.url = r.string(o, QStringLiteral("url"), at, false);
        src.publishedMs = r.optionalTime(o, QStringLiteral("published"), at);
        if (o.contains(QStringLiteral("precision")))
            src.precision = r.enumeration(o, QStringLiteral("precision"), at, &precisionFromString, allPrecisionNames());
        src.uncertain = r.boolean(o, QStringLiteral("uncertain"), at);
        src.lang = r.string(o, QStringLiteral("lang"), at, false);
        src.text = r.string(o, QStringLiteral("text"), at, true, kMaxTextField);
        src.dataset = r.string(o, QStringLiteral("dataset"), at, false);
        s.sources << src;
    }
}

void readQuotes(const Reader &r, const QJsonObject &root, Snapshot &s)
{
    QHash<QString, QString> textOfSource;
    for (const Source &source : std::as_const(s.sources))
        textOfSource.insert(source.uid, source.text);
    const QJsonArray items = r.array(root, QStringLiteral("quotes"), {});
    const JsonPath list(QStringLiteral("quotes"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath at(list, i);
        const QJsonObject o = r.objectAt(items, i, list);
        Quote q;
        q.uid = r.string(o, QStringLiteral("uid"), at, true);
        r.unique(seen, q.uid, JsonPath(at, QStringLiteral("uid")));
        q.source = r.string(o, QStringLiteral("source"), at, true);
        q.event = r.string(o, QStringLiteral("event"), at, false);
        q.speaker = r.string(o, QStringLiteral("speaker"), at, false);
        q.exact = r.string(o, QStringLiteral("exact"), at, true, kMaxTextField);
        q.prefix = r.string(o, QStringLiteral("prefix"), at, false);
        q.suffix = r.string(o, QStringLiteral("suffix"), at, false);
        q.start = r.integer(o, QStringLiteral("start"), at);
        q.end = r.integer(o, QStringLiteral("end"), at);
        if (q.start < 0 || q.end < q.start)
            r.fail(JsonPath(at, QStringLiteral("end")), QStringLiteral("the span %1–%2 is not a span").arg(q.start).arg(q.end));
        q.status = r.enumeration(o, QStringLiteral("status"), at, &anchorStatusFromString,
                                 {QStringLiteral("exact"), QStringLiteral("moved"), QStringLiteral("fuzzy"),
                                  QStringLiteral("orphaned")});
        q.score = o.contains(QStringLiteral("score")) ? r.number(o.value(QStringLiteral("score")),
                                                                 JsonPath(at, QStringLiteral("score")))
                                                      : 1.0;
        if (q.score < 0 || q.score > 1)
            r.fail(JsonPath(at, QStringLiteral("score")), QStringLiteral("must lie between 0 and 1"));
        q.dataset = r.string(o, QStringLiteral("dataset"), at, false);

        // A quote that claims to be anchored must point at its own words.
        const auto text = textOfSource.constFind(q.source);
        if (text != textOfSource.cend() && (q.status == AnchorStatus::Exact || q.status == AnchorStatus::Moved)) {
            if (codePointSlice(*text, q.start, q.end) != q.exact) {
                if (!text->contains(q.exact))
                    r.fail(JsonPath(at, QStringLiteral("exact")),
                           QStringLiteral("the quoted text is not in source \"%1\"").arg(q.source));
                r.fail(JsonPath(at, QStringLiteral("start")),
                       QStringLiteral("the text of source \"%1\" at %2–%3 is not the quote").arg(q.source).arg(q.start).arg(q.end));
            }
        }
        s.quotes << q;
    }
}

void readSymbols(const Reader &r, const QJsonObject &root, Snapshot &s)
{
    const QJsonArray items = r.array(root, QStringLiteral("symbols"), {});
    const JsonPath list(QStringLiteral("symbols"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath at(list, i);
        const QJsonObject o = r.objectAt(items, i, list);
        Symbol y;
        y.ticker = r.string(o, QStringLiteral("ticker"), at, true);
        r.unique(seen, y.ticker.toUpper(), JsonPath(at, QStringLiteral("ticker")));
        y.name = r.string(o, QStringLiteral("name"), at, false);
        y.kind = r.string(o, QStringLiteral("kind"), at, false);
        y.exchange = r.string(o, QStringLiteral("exchange"), at, false);
        y.currency = r.string(o, QStringLiteral("currency"), at, false);
        y.sharesOutstanding = r.optionalInteger(o, QStringLiteral("shares_outstanding"), at);
        if (y.sharesOutstanding && *y.sharesOutstanding <= 0)
            r.fail(JsonPath(at, QStringLiteral("shares_outstanding")), QStringLiteral("must be positive"));
        y.sharesAsOf = r.string(o, QStringLiteral("shares_as_of"), at, false);
        y.sharesSource = r.string(o, QStringLiteral("shares_source"), at, false, kMaxTextField);
        y.dataset = r.string(o, QStringLiteral("dataset"), at, false);
        s.symbols << y;
    }
}

void readPrices(const Reader &r, const QJsonObject &root, Snapshot &s)
{
    const QJsonArray items = r.array(root, QStringLiteral("prices"), {});
    const JsonPath list(QStringLiteral("prices"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath at(list, i);
        const QJsonObject o = r.objectAt(items, i, list);
        PriceSeries series;
        series.symbol = r.string(o, QStringLiteral("symbol"), at, true);
        series.interval = r.string(o, QStringLiteral("interval"), at, false);
        if (series.interval.isEmpty())
            series.interval = QStringLiteral("1d");
        series.dataset = r.string(o, QStringLiteral("dataset"), at, false);
        const QJsonArray bars = r.array(o, QStringLiteral("bars"), at);
        series.bars.reserve(std::size_t(bars.size()));
        for (qsizetype j = 0; j < bars.size(); ++j) {
            const JsonPath barsAt(at, QStringLiteral("bars"));
            const JsonPath barAt(barsAt, j);
            const QJsonArray row = bars.at(j).toArray();
            if (!bars.at(j).isArray() || row.size() != 7)
                r.fail(barAt, QStringLiteral("must be [time, open, high, low, close, adj_close, volume]"));
            Bar bar;
            bar.tsMs = r.time(row.at(0), JsonPath(barAt, qsizetype(0)));
            bar.open = r.number(row.at(1), JsonPath(barAt, qsizetype(1)));
            bar.high = r.number(row.at(2), JsonPath(barAt, qsizetype(2)));
            bar.low = r.number(row.at(3), JsonPath(barAt, qsizetype(3)));
            bar.close = r.number(row.at(4), JsonPath(barAt, qsizetype(4)));
            if (!row.at(5).isNull())
                bar.adjClose = r.number(row.at(5), JsonPath(barAt, qsizetype(5)));
            if (!row.at(6).isNull())
                bar.volume = r.number(row.at(6), JsonPath(barAt, qsizetype(6)));
            if (bar.low > bar.high)
                r.fail(JsonPath(barAt, qsizetype(3)), QStringLiteral("low is above high"));
            if (!series.bars.empty() && bar.tsMs <= series.bars.back().tsMs)
                r.fail(JsonPath(barAt, qsizetype(0)), QStringLiteral("bars must be in time order without repeats"));
            series.bars.push_back(bar);
        }
        s.series << series;
    }
}

void readViews(const Reader &r, const QJsonObject &root, Snapshot &s)
{
    const QJsonArray items = r.array(root, QStringLiteral("views"), {});
    const JsonPath list(QStringLiteral("views"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath at(list, i);
        const QJsonObject o = r.objectAt(items, i, list);
        SavedView view;
        view.name = r.string(o, QStringLiteral("name"), at, true);
        if (seen.contains(view.name))
            r.fail(JsonPath(at, QStringLiteral("name")), QStringLiteral("duplicate name \"%1\"").arg(view.name));
        seen.insert(view.name);
        const QJsonValue settings = o.value(QStringLiteral("settings"));
        if (!settings.isObject())
            r.fail(JsonPath(at, QStringLiteral("settings")), QStringLiteral("must be an object"));
        QString key, why;
        const auto parsed = ViewSettings::fromJson(settings.toObject(), &key, &why);
        if (!parsed)
            r.fail(JsonPath(JsonPath(at, QStringLiteral("settings")), key), why);
        view.settings = *parsed;
        view.dataset = r.string(o, QStringLiteral("dataset"), at, false);
        s.views << view;
    }
}

QJsonValue optionalTimeValue(const std::optional<std::int64_t> &ms, Precision precision)
{
    if (!ms)
        return QJsonValue::Null;
    const bool dateOnly = precision <= Precision::Day && *ms % kMsPerDay == 0;
    return dateOnly ? formatIsoDate(*ms) : formatIsoUtc(*ms);
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString codePointSlice(const QString &text, std::int64_t start, std::int64_t end)
{
    if (start < 0 || end < start)
        return {};
    qsizetype index = 0;
    std::int64_t point = 0;
    qsizetype from = -1;
    while (index <= text.size()) {
        if (point == start)
            from = index;
        if (point == end)
            return from < 0 ? QString() : text.mid(from, index - from);
        if (index == text.size())
            break;
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
        ++point;
    }
    return {};
}

bool looksLikeTickerlineJson(const QByteArray &data)
{
    if (!QByteArrayView(data).trimmed().startsWith('{')) // a view: trimming a large file's copy took 0.3 s
        return false;
    // Any writer may put the keys in any order, so look for "format": "tickerline" anywhere.
    static const QRegularExpression marker(QStringLiteral(R"("format"\s*:\s*"tickerline")"));
    for (qsizetype at = data.indexOf("\"format\""); at >= 0; at = data.indexOf("\"format\"", at + 1)) {
        if (marker.match(QString::fromUtf8(data.mid(at, 64))).capturedStart() == 0)
            return true;
    }
    return false;
}

Snapshot readTickerlineJsonDocument(const QByteArray &data, const QString &fileName)
{
    const QJsonDocument document = parseJsonDocument(data, fileName);
    if (!document.isObject())
        throw Error(QStringLiteral("%1:1: a Tickerline JSON file is one object").arg(fileName));
    const QJsonObject root = document.object();
    const Reader reader(data, fileName);
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("tickerline"))
        reader.fail(JsonPath(QStringLiteral("format")), QStringLiteral("must be \"tickerline\""));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1)
        reader.fail(JsonPath(QStringLiteral("version")), QStringLiteral("must be a format version number"));
    if (version.toDouble() > kTickerlineJsonVersion)
        reader.fail(JsonPath(QStringLiteral("version")), QStringLiteral("version %1 was written by a newer Tickerline "
                                                                "(this one reads version %2)")
                                                     .arg(version.toDouble())
                                                     .arg(kTickerlineJsonVersion));
    Snapshot snapshot;
    readDatasets(reader, root, snapshot);
    readActors(reader, root, snapshot);
    readEvents(reader, root, snapshot);
    readLinksAndEras(reader, root, snapshot);
    readSources(reader, root, snapshot);
    readQuotes(reader, root, snapshot);
    readSymbols(reader, root, snapshot);
    readPrices(reader, root, snapshot);
    readViews(reader, root, snapshot);
    return snapshot;
}

namespace {

// The events read straight from the bytes (most of a large file), and the rest of the document,
// without them, as a JSON document. Nothing when either finds something amiss: the whole
// document is then read again as one, for the message to name the same place as always.
std::optional<Snapshot> readEventsApart(const QByteArray &data, const QString &fileName)
{
    RootMembers members(data);
    std::optional<JsonEvents> events;
    qsizetype begin = 0;
    QString name;
    qsizetype value = 0;
    while (members.next(&name, &value)) {
        if (name != QLatin1String("events")) {
            members.skipValue();
            continue;
        }
        if (events || data.at(value) != '[')
            return std::nullopt;
        begin = value + 1;
        events = readJsonEvents(data, begin);
        if (!events)
            return std::nullopt;
        members.resumeAt(events->end + 1);
    }
    if (!events || !members.atEnd())
        return std::nullopt;
    try {
        Snapshot snapshot = readTickerlineJsonDocument(data.first(begin) + data.sliced(events->end), fileName);
        snapshot.events = std::move(events->events);
        return snapshot;
    } catch (const Error &) {
        return std::nullopt;
    }
}

} // namespace

Snapshot readTickerlineJson(const QByteArray &data, const QString &fileName)
{
    if (std::optional<Snapshot> snapshot = readEventsApart(data, fileName))
        return std::move(*snapshot);
    return readTickerlineJsonDocument(data, fileName);
}

QByteArray writeTickerlineJson(const Snapshot &s)
{
    QJsonObject root;
    QJsonArray datasets;
    for (const DatasetInfo &d : s.datasets)
        datasets.append(QJsonObject{{QStringLiteral("uid"), d.uid},
                                    {QStringLiteral("name"), d.name},
                                    {QStringLiteral("origin"), d.origin},
                                    {QStringLiteral("licence"), d.licence},
                                    {QStringLiteral("notes"), d.notes},
                                    {QStringLiteral("imported_at"), d.importedAt}});
    root.insert(QStringLiteral("datasets"), datasets);

    QJsonArray actors;
    for (const Actor &a : s.actors)
        actors.append(QJsonObject{{QStringLiteral("uid"), a.uid},
                                  {QStringLiteral("name"), a.name},
                                  {QStringLiteral("kind"), a.kind},
                                  {QStringLiteral("dataset"), nullIfEmpty(a.dataset)}});
    root.insert(QStringLiteral("actors"), actors);

    QJsonArray events;
    for (const Event &e : s.events) {
        QJsonArray eventActors;
        for (const EventActor &a : e.actors)
            eventActors.append(QJsonObject{{QStringLiteral("actor"), a.actor}, {QStringLiteral("role"), a.role}});
        events.append(QJsonObject{{QStringLiteral("uid"), e.uid},
                                  {QStringLiteral("title"), e.title},
                                  {QStringLiteral("summary"), e.summary},
                                  {QStringLiteral("kind"), toString(e.kind)},
                                  {QStringLiteral("start"), optionalTimeValue(e.startMs, e.precision)},
                                  {QStringLiteral("end"), optionalTimeValue(e.endMs, e.precision)},
                                  {QStringLiteral("precision"), toString(e.precision)},
                                  {QStringLiteral("uncertain"), e.uncertain},
                                  {QStringLiteral("tz"), e.tz},
                                  {QStringLiteral("dataset"), nullIfEmpty(e.dataset)},
                                  {QStringLiteral("actors"), eventActors},
                                  {QStringLiteral("symbols"), QJsonArray::fromStringList(e.symbols)}});
    }
    root.insert(QStringLiteral("events"), events);

    QJsonArray links;
    for (const EventLink &l : s.links)
        links.append(QJsonObject{{QStringLiteral("from"), l.from},
                                 {QStringLiteral("to"), l.to},
                                 {QStringLiteral("type"), l.type}});
    root.insert(QStringLiteral("links"), links);

    QJsonArray eras;
    for (const Era &e : s.eras)
        eras.append(QJsonObject{{QStringLiteral("uid"), e.uid},
                                {QStringLiteral("name"), e.name},
                                {QStringLiteral("start"), optionalTimeValue(e.startMs, Precision::Day)},
                                {QStringLiteral("end"), optionalTimeValue(e.endMs, Precision::Day)},
                                {QStringLiteral("color"), e.color},
                                {QStringLiteral("dataset"), nullIfEmpty(e.dataset)}});
    root.insert(QStringLiteral("eras"), eras);

    QJsonArray sources;
    for (const Source &src : s.sources)
        sources.append(QJsonObject{{QStringLiteral("uid"), src.uid},
                                   {QStringLiteral("kind"), src.kind},
                                   {QStringLiteral("title"), src.title},
                                   {QStringLiteral("outlet"), src.outlet},
                                   {QStringLiteral("author"), src.author},
                                   {QStringLiteral("url"), src.url},
                                   {QStringLiteral("published"), optionalTimeValue(src.publishedMs, src.precision)},
                                   {QStringLiteral("precision"), toString(src.precision)},
                                   {QStringLiteral("uncertain"), src.uncertain},
                                   {QStringLiteral("lang"), src.lang},
                                   {QStringLiteral("text"), src.text},
                                   {QStringLiteral("dataset"), nullIfEmpty(src.dataset)}});
    root.insert(QStringLiteral("sources"), sources);

    QJsonArray quotes;
    for (const Quote &q : s.quotes)
        quotes.append(QJsonObject{{QStringLiteral("uid"), q.uid},
                                  {QStringLiteral("source"), q.source},
                                  {QStringLiteral("event"), nullIfEmpty(q.event)},
                                  {QStringLiteral("speaker"), nullIfEmpty(q.speaker)},
                                  {QStringLiteral("exact"), q.exact},
                                  {QStringLiteral("prefix"), q.prefix},
                                  {QStringLiteral("suffix"), q.suffix},
                                  {QStringLiteral("start"), double(q.start)},
                                  {QStringLiteral("end"), double(q.end)},
                                  {QStringLiteral("status"), toString(q.status)},
                                  {QStringLiteral("score"), q.score},
                                  {QStringLiteral("dataset"), nullIfEmpty(q.dataset)}});
    root.insert(QStringLiteral("quotes"), quotes);

    QJsonArray symbols;
    for (const Symbol &y : s.symbols)
        symbols.append(QJsonObject{
            {QStringLiteral("ticker"), y.ticker},
            {QStringLiteral("name"), y.name},
            {QStringLiteral("kind"), y.kind},
            {QStringLiteral("exchange"), y.exchange},
            {QStringLiteral("currency"), y.currency},
            {QStringLiteral("shares_outstanding"),
             y.sharesOutstanding ? QJsonValue(double(*y.sharesOutstanding)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("shares_as_of"), y.sharesAsOf},
            {QStringLiteral("shares_source"), y.sharesSource},
            {QStringLiteral("dataset"), nullIfEmpty(y.dataset)}});
    root.insert(QStringLiteral("symbols"), symbols);

    QJsonArray prices;
    for (const PriceSeries &series : s.series) {
        QJsonArray bars;
        const bool daily = series.interval == QLatin1String("1d");
        for (const Bar &b : series.bars)
            bars.append(QJsonArray{daily && b.tsMs % kMsPerDay == 0 ? formatIsoDate(b.tsMs) : formatIsoUtc(b.tsMs),
                                   b.open, b.high, b.low, b.close, optionalNumber(b.adjClose),
                                   optionalNumber(b.volume)});
        prices.append(QJsonObject{{QStringLiteral("symbol"), series.symbol},
                                  {QStringLiteral("interval"), series.interval},
                                  {QStringLiteral("dataset"), nullIfEmpty(series.dataset)},
                                  {QStringLiteral("bars"), bars}});
    }
    root.insert(QStringLiteral("prices"), prices);

    // Written only when there are some, so that files from before saved views come out unchanged.
    QJsonArray views;
    for (const SavedView &v : s.views)
        views.append(QJsonObject{{QStringLiteral("name"), v.name},
                                 {QStringLiteral("settings"), v.settings.toJson()},
                                 {QStringLiteral("dataset"), nullIfEmpty(v.dataset)}});
    if (!views.isEmpty())
        root.insert(QStringLiteral("views"), views);
    // QJsonObject sorts its keys; the format and version go first by hand, so that a reader (and
    // format detection, which looks at the first bytes) sees at once what the file is.
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    // Qt writes U+FEFF as its UTF-8 bytes, but its parser drops them at the start of a string: as
    // an escape it keeps them, and a text that begins with one reads back as it was.
    json.replace("\xEF\xBB\xBF", "\\ufeff");
    json.insert(json.indexOf('\n') + 1, QByteArray("    \"format\": \"tickerline\",\n    \"version\": ")
                                             + QByteArray::number(kTickerlineJsonVersion) + ",\n");
    return json;
}

} // namespace tickerline
