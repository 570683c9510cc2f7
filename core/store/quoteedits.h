// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QString>

#include <cstdint>

namespace tickerline {

class Store;

// What editing quotes and sources in the window needs beside the Store's own edits
// (Store::addQuote and the rest), the same on a file and on a server.

// The dataset that edits made in Tickerline (the window, `tickerline event`) are credited to.
DatasetInfo editsDataset();

// "q-" + source + "-" + start, with "-2", "-3"… appended while that uid is taken.
QString uniqueQuoteUid(Store &store, const QString &sourceUid, std::int64_t start);
// A slug of the title, made unique the same way.
QString uniqueEventUid(Store &store, const QString &title);
QString uniqueSourceUid(Store &store, const QString &base);

} // namespace tickerline
