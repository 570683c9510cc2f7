// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace tickerline {

class Store;

// The single-row writes that editing quotes and sources in the window needs (events: eventedits.h). Each is one transaction (a
// savepoint inside a caller's), names rows by uid, and throws Error, leaving the store as it was,
// when a uid is unknown or already taken. Positions are Unicode code points, as everywhere.

// Inserts a quote; its source must exist, its event and speaker may be empty.
void addQuote(Store &store, const Quote &quote);
void removeQuote(Store &store, const QString &uid);
// Points a quote at another event and speaker (empty uids: none).
void relinkQuote(Store &store, const QString &uid, const QString &eventUid, const QString &speakerUid);

// Inserts a source (and its dataset row, when one is given and not yet stored).
void addSource(Store &store, const Source &source, const DatasetInfo &provenance = {});
void removeSource(Store &store, const QString &uid);
// Deletes a dataset row that no row refers to any more (what undoing an import leaves behind).
void removeDatasetIfUnused(Store &store, const QString &uid);

// Adds a dataset row unless one with that uid is there already; its row id (nothing for an empty
// uid). The one way a dataset row is made outside an import.
std::optional<std::int64_t> ensureDataset(Store &store, const DatasetInfo &info);
// The dataset that edits made in Tickerline (the window, `tickerline event`) are credited to.
DatasetInfo editsDataset();

// "q-" + source + "-" + start, with "-2", "-3"… appended while that uid is taken.
QString uniqueQuoteUid(Store &store, const QString &sourceUid, std::int64_t start);
// A slug of the title, made unique the same way.
QString uniqueEventUid(Store &store, const QString &title);
QString uniqueSourceUid(Store &store, const QString &base);

} // namespace tickerline
