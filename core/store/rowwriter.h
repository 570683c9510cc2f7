// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/database.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace tickerline {

// The one place where each kind of row is written, used by Store::importSnapshot over a whole
// dataset and by the single-row edits. Each statement is prepared on first use and reused, so a
// million rows cost a million binds, not a million prepares. Callers resolve uids to row ids and
// check the model's rules first; the writer only writes (SQLite's constraints still hold).
class RowWriter final
{
public:
    using RowId = std::optional<std::int64_t>; // nothing: NULL (a reference to no row, or "any id")

    explicit RowWriter(Database &db);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    // The id of a dataset row, or nothing (also for an empty uid).
    RowId datasetId(const QString &uid);
    std::int64_t insertDataset(const DatasetInfo &info); // imported_at now when empty
    // The dataset's row, added unless it is there already; nothing for an empty uid.
    RowId ensureDataset(const DatasetInfo &info);

    std::int64_t insertActor(const Actor &actor, RowId dataset);
    // The event's own row only (actors and symbols below); `id` puts it at a given row id.
    std::int64_t insertEvent(const Event &event, RowId dataset, RowId id = {});
    void updateEvent(std::int64_t id, const Event &event);
    void insertEventActor(std::int64_t event, std::int64_t actor, const QString &role, int position);
    void insertEventSymbol(std::int64_t event, const QString &symbol, int position);
    // A repeated link is ignored; `rowId` puts it at a given rowid (the order links are read in).
    void insertLink(std::int64_t from, std::int64_t to, const QString &type, RowId rowId = {});
    std::int64_t insertEra(const Era &era, RowId dataset);
    std::int64_t insertSource(const Source &source, RowId dataset);
    std::int64_t insertQuote(const Quote &quote, std::int64_t source, RowId event, RowId speaker, RowId dataset);
    std::int64_t insertSymbol(const Symbol &symbol, RowId dataset);
    // Inserts a view, or replaces the settings of the view of that name (which keeps its place).
    void upsertView(const SavedView &view, RowId dataset);

private:
    Statement &prepared(std::unique_ptr<Statement> &slot, const char *sql);

    Database &m_db;
    std::unique_ptr<Statement> m_findDataset, m_dataset, m_actor, m_event, m_updateEvent, m_eventActor,
        m_eventSymbol, m_link, m_era, m_source, m_quote, m_symbol, m_view;
};

} // namespace tickerline
