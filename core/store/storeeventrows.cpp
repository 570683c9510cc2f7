// SPDX-License-Identifier: GPL-3.0-or-later
// FileStore::forEachEventRow: the events as the views list them, streamed from three cursors merged
// on the event id (events, their actors, their symbols), so nothing grows with the database but
// the caller's own structures.
#include "store/filestore.h"
#include "store/storednames.h"


#include <algorithm>

namespace tickerline {

void FileStore::forEachEventRow(const std::function<void(const EventRow &)> &visit)
{

    Statement events(m_db, "SELECT id, uid, title, kind, start_ms, end_ms, precision, uncertain, tz "
                           "FROM events ORDER BY id");
    // In primary-key order (no sort); an event's few rows are put in order below.
    Statement actors(m_db, "SELECT ea.event_id, ea.position, a.uid FROM event_actors ea "
                           "JOIN actors a ON a.id = ea.actor_id ORDER BY ea.event_id");
    Statement symbols(m_db, "SELECT event_id, position, symbol FROM event_symbols ORDER BY event_id");
    bool moreActors = actors.step(), moreSymbols = symbols.step();
    std::vector<std::pair<std::int64_t, QString>> ordered;
    // Appends the keys of `cursor` that belong to event `id`, in position order, each once.
    const auto collect = [&ordered](Statement &cursor, bool &more, std::int64_t id, QStringList &out) {
        ordered.clear();
        while (more && cursor.int64(0) < id)
            more = cursor.step(); // a row of an event that no longer exists cannot happen; be safe
        while (more && cursor.int64(0) == id) {
            ordered.emplace_back(cursor.int64(1), cursor.text(2));
            more = cursor.step();
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        out.clear();
        for (const auto &[position, key] : ordered) {
            if (!out.contains(key))
                out << key;
        }
    };

    EventRow row;
    while (events.step()) {
        const std::int64_t id = events.int64(0);
        row.uid = events.text(1);
        row.title = events.text(2);
        row.kind = storedEventKind(events.blob(3));
        row.startMs = events.int64(4);
        row.endMs = events.optionalInt64(5);
        row.precision = storedPrecision(events.blob(6), Precision::Second);
        row.uncertain = events.int64(7) != 0;
        row.tz = events.blob(8);
        collect(actors, moreActors, id, row.actors);
        collect(symbols, moreSymbols, id, row.symbols);
        visit(row);
    }
}

} // namespace tickerline
