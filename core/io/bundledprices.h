// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

namespace tickerline {

// The price files built into the binary, as listed by their manifest (one dataset per file).
struct BundledPrices
{
    QList<DatasetInfo> datasets;
    QList<PriceSeries> series; // symbol, interval, bars and dataset uid set
};

// Reads root/manifest.json and every file it lists, with PriceCsv. The root is a folder of the Qt
// resource system by default; tests may point it at a copy on disk.
BundledPrices loadBundledPrices(const QString &root = QStringLiteral(":/data/prices"));

} // namespace tickerline
