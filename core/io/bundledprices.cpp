// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledprices.h"

#include "error.h"
#include "io/pricecsv.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

namespace {

QByteArray readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: missing from this build: %2").arg(path, file.errorString()));
    return file.readAll();
}

QString requiredString(const QJsonObject &object, const char *key, const QString &where)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().isEmpty())
        throw Error(QStringLiteral("%1.%2: missing or not a string").arg(where, QLatin1String(key)));
    return value.toString();
}

} // namespace

BundledPrices loadBundledPrices(const QString &root)
{
    const QString manifestPath = root + QStringLiteral("/manifest.json");
    QJsonParseError parseError;
    const QJsonDocument manifest = QJsonDocument::fromJson(readWhole(manifestPath), &parseError);
    if (!manifest.isObject()) {
        throw Error(QStringLiteral("%1: not a JSON object (%2 at byte %3)")
                        .arg(manifestPath, parseError.errorString())
                        .arg(parseError.offset));
    }

    BundledPrices prices;
    QHash<QString, qsizetype> datasetIndex;
    const QJsonArray datasets = manifest.object().value(QLatin1String("datasets")).toArray();
    for (qsizetype i = 0; i < datasets.size(); ++i) {
        const QString where = QStringLiteral("%1: datasets[%2]").arg(manifestPath).arg(i);
        const QJsonObject object = datasets.at(i).toObject();
        DatasetInfo info;
        info.uid = requiredString(object, "uid", where);
        info.name = requiredString(object, "name", where);
        info.origin = requiredString(object, "origin", where);
        info.licence = requiredString(object, "licence", where);
        info.notes = object.value(QLatin1String("notes")).toString();
        info.importedAt = requiredString(object, "imported_at", where);
        if (datasetIndex.contains(info.uid))
            throw Error(QStringLiteral("%1.uid: \"%2\" is listed twice").arg(where, info.uid));
        datasetIndex.insert(info.uid, prices.datasets.size());
        prices.datasets << info;
    }

    const QJsonArray files = manifest.object().value(QLatin1String("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString where = QStringLiteral("%1: files[%2]").arg(manifestPath).arg(i);
        const QJsonObject object = files.at(i).toObject();
        const QString file = requiredString(object, "file", where);
        const QString dataset = requiredString(object, "dataset", where);
        if (!datasetIndex.contains(dataset))
            throw Error(QStringLiteral("%1.dataset: no dataset \"%2\"").arg(where, dataset));
        PriceCsvOptions options;
        options.symbol = requiredString(object, "symbol", where);
        const QString path = root + QLatin1Char('/') + file;
        PriceCsvResult parsed = PriceCsv::parse(readWhole(path), path, options);
        parsed.series.dataset = dataset;
        prices.series << std::move(parsed.series);
    }
    return prices;
}

} // namespace tickerline
