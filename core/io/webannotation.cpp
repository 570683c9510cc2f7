// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotation.h"

#include "error.h"
#include "io/jsonlocator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace tickerline {

namespace {

const QString kQuoteUrn = QStringLiteral("urn:tickerline:quote:");
const QString kSourceUrn = QStringLiteral("urn:tickerline:source:");
const QString kEventUrn = QStringLiteral("urn:tickerline:event:");
const QString kActorUrn = QStringLiteral("urn:tickerline:actor:");

// A place in the JSON: the path as the user reads it, and as lineOfJsonPath walks it.
struct JsonPath
{
    QString text;
    QVariantList steps;

    JsonPath key(const QString &name) const
    {
        return {text.isEmpty() ? name : text + QLatin1Char('.') + name, steps + QVariantList{name}};
    }
    JsonPath index(qsizetype i) const
    {
        return {text + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), steps + QVariantList{qlonglong(i)}};
    }
};

class Reader final
{
public:
    Reader(const QByteArray &json, const QString &fileName, const QList<Source> &sources)
        : m_json(json), m_fileName(fileName)
    {
        for (const Source &source : sources) {
            m_sourceUids.insert(source.uid);
            if (!source.url.isEmpty())
                m_byUrl[source.url].append(source.uid);
        }
    }

    QList<Quote> read()
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            throw Error(QStringLiteral("%1:%2: JSON: %3 (byte %4)")
                            .arg(m_fileName)
                            .arg(lineOfOffset(m_json, parseError.offset))
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        }
        if (document.isArray())
            return items(document.array(), JsonPath{});
        const QJsonObject root = document.object();
        const QString type = root.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("AnnotationCollection")) {
            const QJsonValue first = root.value(QStringLiteral("first"));
            if (first.isString())
                fail(JsonPath{}.key(QStringLiteral("first")), QStringLiteral("the annotations are on another page (%1); "
                                                                              "embed the page in the file")
                                                                   .arg(first.toString()));
            if (first.isUndefined())
                return {};
            const JsonPath page = JsonPath{}.key(QStringLiteral("first"));
            return items(requireArray(first.toObject().value(QStringLiteral("items")), page.key(QStringLiteral("items"))),
                         page.key(QStringLiteral("items")));
        }
        if (type == QLatin1String("AnnotationPage")) {
            const JsonPath path = JsonPath{}.key(QStringLiteral("items"));
            return items(requireArray(root.value(QStringLiteral("items")), path), path);
        }
        if (type == QLatin1String("Annotation"))
            return {annotation(root, JsonPath{})};
        fail(JsonPath{}.key(QStringLiteral("type")),
             QStringLiteral("expected an AnnotationCollection, AnnotationPage, Annotation or an array of annotations"));
    }

private:
    [[noreturn]] void fail(const JsonPath &path, const QString &what) const
    {
        const int line = lineOfJsonPath(m_json, path.steps);
        const QString where = line > 0 ? QStringLiteral("%1:%2").arg(m_fileName).arg(line) : m_fileName;
        throw Error(QStringLiteral("%1: %2: %3").arg(where, path.text.isEmpty() ? QStringLiteral("(top)") : path.text,
                                                     what));
    }

    QJsonArray requireArray(const QJsonValue &value, const JsonPath &path) const
    {
        if (!value.isArray())
            fail(path, QStringLiteral("expected an array"));
        return value.toArray();
    }

    QString requireString(const QJsonObject &object, const QString &key, const JsonPath &path, bool optional) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && optional)
            return {};
        if (!value.isString())
            fail(path.key(key), optional ? QStringLiteral("expected a string") : QStringLiteral("missing (a string)"));
        return value.toString();
    }

    std::int64_t requirePosition(const QJsonObject &object, const QString &key, const JsonPath &path) const
    {
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 9007199254740992.0 || std::floor(number) != number)
            fail(path.key(key), QStringLiteral("expected a whole number of code points, 0 or more"));
        return std::int64_t(number);
    }

    QList<Quote> items(const QJsonArray &array, const JsonPath &path)
    {
        QList<Quote> quotes;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                fail(path.index(i), QStringLiteral("expected an annotation object"));
            quotes.append(annotation(array.at(i).toObject(), path.index(i)));
        }
        return quotes;
    }

    Quote annotation(const QJsonObject &object, const JsonPath &path)
    {
        Quote quote;
        const QString id = requireString(object, QStringLiteral("id"), path, false);
        quote.uid = id.startsWith(kQuoteUrn) ? id.mid(kQuoteUrn.size()) : id;
        if (quote.uid.trimmed().isEmpty())
            fail(path.key(QStringLiteral("id")), QStringLiteral("empty"));
        if (m_seen.contains(quote.uid))
            fail(path.key(QStringLiteral("id")), QStringLiteral("\"%1\" appears twice").arg(id));
        m_seen.insert(quote.uid);

        readTarget(object.value(QStringLiteral("target")), path.key(QStringLiteral("target")), quote);
        readBodies(object.value(QStringLiteral("body")), path.key(QStringLiteral("body")), quote);

        quote.status = AnchorStatus::Exact;
        quote.score = 1.0;
        const QString status = requireString(object, QStringLiteral("tickerline:status"), path, true);
        if (!status.isEmpty()) {
            const auto parsed = anchorStatusFromString(status);
            if (!parsed)
                fail(path.key(QStringLiteral("tickerline:status")),
                     QStringLiteral("\"%1\" is not one of exact, moved, fuzzy, orphaned").arg(status));
            quote.status = *parsed;
        }
        const QJsonValue score = object.value(QStringLiteral("tickerline:score"));
        if (!score.isUndefined()) {
            if (!score.isDouble() || score.toDouble() < 0 || score.toDouble() > 1)
                fail(path.key(QStringLiteral("tickerline:score")), QStringLiteral("expected a number from 0 to 1"));
            quote.score = score.toDouble();
        }
        quote.dataset = requireString(object, QStringLiteral("tickerline:dataset"), path, true);
        return quote;
    }

    void readTarget(QJsonValue target, JsonPath path, Quote &quote) const
    {
        if (target.isArray()) {
            if (target.toArray().size() != 1)
                fail(path, QStringLiteral("expected one target, found %1").arg(target.toArray().size()));
            target = target.toArray().at(0);
            path = path.index(0);
        }
        if (target.isUndefined())
            fail(path, QStringLiteral("missing"));
        if (!target.isObject())
            fail(path, QStringLiteral("a target without selectors cannot be anchored; expected an object with "
                                      "\"source\" and \"selector\""));
        const QJsonObject object = target.toObject();
        quote.source = sourceUid(requireString(object, QStringLiteral("source"), path, false),
                                 path.key(QStringLiteral("source")));

        const JsonPath selectorPath = path.key(QStringLiteral("selector"));
        QJsonValue selectors = object.value(QStringLiteral("selector"));
        if (selectors.isObject())
            selectors = QJsonArray{selectors};
        if (!selectors.isArray())
            fail(selectorPath, QStringLiteral("missing; expected a TextQuoteSelector"));
        bool quoted = false;
        bool positioned = false;
        const QJsonArray list = selectors.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject selector = list.at(i).toObject();
            const JsonPath at = list.size() == 1 && object.value(QStringLiteral("selector")).isObject()
                                    ? selectorPath
                                    : selectorPath.index(i);
            const QString type = selector.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("TextQuoteSelector") && !quoted) {
                quote.exact = requireString(selector, QStringLiteral("exact"), at, false);
                if (quote.exact.isEmpty())
                    fail(at.key(QStringLiteral("exact")), QStringLiteral("empty"));
                quote.prefix = requireString(selector, QStringLiteral("prefix"), at, true);
                quote.suffix = requireString(selector, QStringLiteral("suffix"), at, true);
                quoted = true;
            } else if (type == QLatin1String("TextPositionSelector") && !positioned) {
                quote.start = requirePosition(selector, QStringLiteral("start"), at);
                quote.end = requirePosition(selector, QStringLiteral("end"), at);
                if (quote.end < quote.start)
                    fail(at.key(QStringLiteral("end")), QStringLiteral("%1 is before start %2").arg(quote.end).arg(quote.start));
                positioned = true;
            }
        }
        if (!quoted)
            fail(selectorPath, QStringLiteral("no TextQuoteSelector"));
    }

    QString sourceUid(const QString &source, const JsonPath &path) const
    {
        if (source.startsWith(kSourceUrn)) {
            const QString uid = source.mid(kSourceUrn.size());
            if (!m_sourceUids.contains(uid))
                fail(path, QStringLiteral("no source \"%1\"; import the source first").arg(uid));
            return uid;
        }
        const QStringList uids = m_byUrl.value(source);
        if (uids.isEmpty())
            fail(path, QStringLiteral("no source has the URL \"%1\"; import the article first").arg(source));
        if (uids.size() > 1)
            fail(path, QStringLiteral("the URL \"%1\" belongs to several sources (%2); use urn:tickerline:source:UID")
                           .arg(source, uids.join(QStringLiteral(", "))));
        return uids.first();
    }

    void readBodies(const QJsonValue &body, const JsonPath &path, Quote &quote) const
    {
        if (body.isUndefined())
            return;
        const bool single = !body.isArray();
        const QJsonArray list = single ? QJsonArray{body} : body.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const JsonPath at = single ? path : path.index(i);
            // A body is a resource: an object with "source" (or "id"), or a plain IRI.
            QString iri = list.at(i).toString();
            if (list.at(i).isObject()) {
                const QJsonObject object = list.at(i).toObject();
                iri = object.value(QStringLiteral("source")).toString(object.value(QStringLiteral("id")).toString());
            }
            if (iri.startsWith(kEventUrn)) {
                if (!quote.event.isEmpty())
                    fail(at, QStringLiteral("a second event; a quote documents one event"));
                quote.event = iri.mid(kEventUrn.size());
            } else if (iri.startsWith(kActorUrn)) {
                if (!quote.speaker.isEmpty())
                    fail(at, QStringLiteral("a second speaker; a quote has one speaker"));
                quote.speaker = iri.mid(kActorUrn.size());
            }
        }
    }

    const QByteArray &m_json;
    QString m_fileName;
    QSet<QString> m_sourceUids;
    QHash<QString, QStringList> m_byUrl;
    QSet<QString> m_seen;
};

} // namespace

QByteArray WebAnnotation::write(const QList<Quote> &quotes, const QList<Source> &sources)
{
    QHash<QString, QString> urlOf;
    QHash<QString, int> urlUse;
    for (const Source &source : sources) {
        if (!source.url.isEmpty()) {
            urlOf.insert(source.uid, source.url);
            ++urlUse[source.url];
        }
    }
    QJsonArray items;
    for (const Quote &quote : quotes) {
        const QString url = urlOf.value(quote.source);
        QJsonObject target{
            {QStringLiteral("source"), !url.isEmpty() && urlUse.value(url) == 1 ? url : kSourceUrn + quote.source},
            {QStringLiteral("selector"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                    {QStringLiteral("exact"), quote.exact},
                                    {QStringLiteral("prefix"), quote.prefix},
                                    {QStringLiteral("suffix"), quote.suffix}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                    {QStringLiteral("start"), qint64(quote.start)},
                                    {QStringLiteral("end"), qint64(quote.end)}}}}};
        QJsonArray bodies;
        if (!quote.event.isEmpty()) {
            bodies.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                                      {QStringLiteral("source"), kEventUrn + quote.event},
                                      {QStringLiteral("purpose"), QStringLiteral("linking")}});
        }
        if (!quote.speaker.isEmpty()) {
            bodies.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                                      {QStringLiteral("source"), kActorUrn + quote.speaker},
                                      {QStringLiteral("purpose"), QStringLiteral("identifying")}});
        }
        QJsonObject annotation{{QStringLiteral("id"), kQuoteUrn + quote.uid},
                               {QStringLiteral("type"), QStringLiteral("Annotation")},
                               {QStringLiteral("motivation"), QStringLiteral("linking")},
                               {QStringLiteral("target"), target},
                               {QStringLiteral("tickerline:status"), toString(quote.status)},
                               {QStringLiteral("tickerline:score"), quote.score}};
        if (!bodies.isEmpty())
            annotation.insert(QStringLiteral("body"), bodies);
        if (!quote.dataset.isEmpty())
            annotation.insert(QStringLiteral("tickerline:dataset"), quote.dataset);
        items.append(annotation);
    }
    const QJsonObject collection{
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), QStringLiteral("Tickerline quotes")},
        {QStringLiteral("total"), qint64(quotes.size())},
        {QStringLiteral("first"), QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                              {QStringLiteral("startIndex"), 0},
                                              {QStringLiteral("items"), items}}}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

QList<Quote> WebAnnotation::read(const QByteArray &json, const QString &fileName, const QList<Source> &sources)
{
    return Reader(json, fileName, sources).read();
}

QList<Quote> WebAnnotation::readFile(const QString &path, const QList<Source> &sources)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        throw Error(QStringLiteral("%1: the file is more than %2 MB").arg(path).arg(kMaxBytes / (1024 * 1024)));
    return read(file.readAll(), path, sources);
}

} // namespace tickerline
