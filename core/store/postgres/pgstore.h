// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/postgres/pgconnection.h"

namespace tickerline {

// Tickerline's data in a PostgreSQL database (DESIGN §15): the team database. Opening creates or
// migrates the schema (pgschema::prepare). Whole datasets go in and out as Snapshots, as with a
// file, and come back exactly as they went in.
class PgStore final
{
public:
    explicit PgStore(const QString &target);

    const QString &name() const { return m_db.name(); }
    PgConnection &connection() { return m_db; }

    // One transaction: everything or, on any refusal, nothing. Uids already in the database are
    // refused, as in a file; the events and the bars go in through COPY.
    void importSnapshot(const Snapshot &snapshot);
    // Everything, in the order it was imported (a file's export order).
    Snapshot exportSnapshot();
    qint64 eventCount();

private:
    PgConnection m_db;
};

} // namespace tickerline
