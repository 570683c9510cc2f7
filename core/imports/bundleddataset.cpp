// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddataset.h"

#include "error.h"
#include "io/bundledprices.h"
#include "imports/snapshotimport.h"
#include "store/filestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

namespace tickerline {

void installBundledDataset(Store &store)
{
    QFile episode(QStringLiteral(":/data/episode.json"));
    if (!episode.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("the bundled dataset is missing from this build (%1)").arg(episode.fileName()));
    const auto transaction = store.transaction();
    importTickerlineJson(store, episode.readAll(), episode.fileName());
    installBundledPrices(store);
    transaction->commit();
}

void installBundledPrices(Store &store)
{
    const BundledPrices prices = loadBundledPrices();
    QHash<QString, DatasetInfo> datasets;
    for (const DatasetInfo &info : prices.datasets)
        datasets.insert(info.uid, info);

    const auto transaction = store.transaction();
    for (const PriceSeries &series : prices.series) {
        Symbol symbol;
        symbol.ticker = series.symbol;
        store.writeSeries(symbol, series, datasets.value(series.dataset));
    }
    transaction->commit();
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tickerline.db");
}

QString ensureDefaultDatabase()
{
    const QString path = defaultDatabasePath();
    if (QFile::exists(path))
        return path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw Error(QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath()));
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        FileStore store(partial);
        installBundledDataset(store);
        store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    // The WAL was checkpointed and the connection closed: the main file is complete on its own.
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        throw Error(QStringLiteral("%1: cannot move the new database into place").arg(path));
    return path;
}

} // namespace tickerline
