// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "barstore.h"
#include "database.h"
#include "error.h"
#include "searchtermcounts.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace tickerline::schema {

namespace {

// Version 1: the whole model of DESIGN.md section 2.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE datasets (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT '',
  licence TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL
);
CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '',
  dataset_id INTEGER REFERENCES datasets(id)
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('statement','release','market','policy','deal','report','other')),
  start_ms INTEGER NOT NULL,
  end_ms INTEGER CHECK (end_ms IS NULL OR end_ms >= start_ms),
  precision TEXT NOT NULL CHECK (precision IN ('year','month','day','hour','minute','second')),
  uncertain INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
  tz TEXT NOT NULL DEFAULT 'UTC',
  dataset_id INTEGER REFERENCES datasets(id)
);
CREATE INDEX events_by_start ON events(start_ms);
CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  role TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  PRIMARY KEY (event_id, actor_id, role)
);
CREATE INDEX event_actors_by_actor ON event_actors(actor_id);
CREATE TABLE event_symbols (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ticker TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (event_id, ticker)
);
CREATE INDEX event_symbols_by_ticker ON event_symbols(ticker);
CREATE TABLE event_links (
  from_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  to_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('responds-to','caused','follows','reports')),
  PRIMARY KEY (from_id, to_id, type)
);
CREATE TABLE eras (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  start_ms INTEGER NOT NULL,
  end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms),
  color TEXT NOT NULL DEFAULT '',
  dataset_id INTEGER REFERENCES datasets(id)
);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT 'article',
  title TEXT NOT NULL DEFAULT '',
  outlet TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  published_ms INTEGER,
  precision TEXT NOT NULL DEFAULT 'day',
  uncertain INTEGER NOT NULL DEFAULT 0,
  lang TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  dataset_id INTEGER REFERENCES datasets(id)
);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
  speaker_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
  exact TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  pos_start INTEGER NOT NULL,
  pos_end INTEGER NOT NULL CHECK (pos_end >= pos_start),
  status TEXT NOT NULL DEFAULT 'exact' CHECK (status IN ('exact','moved','fuzzy','orphaned')),
  score REAL NOT NULL DEFAULT 1,
  dataset_id INTEGER REFERENCES datasets(id)
);
CREATE INDEX quotes_by_source ON quotes(source_id);
CREATE INDEX quotes_by_event ON quotes(event_id);
CREATE TABLE symbols (
  id INTEGER PRIMARY KEY,
  ticker TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'stock',
  exchange TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL DEFAULT 'USD',
  shares_outstanding INTEGER,
  shares_as_of TEXT NOT NULL DEFAULT '',
  shares_source TEXT NOT NULL DEFAULT '',
  dataset_id INTEGER REFERENCES datasets(id)
);
CREATE TABLE series (
  symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
  interval TEXT NOT NULL,
  dataset_id INTEGER REFERENCES datasets(id),
  PRIMARY KEY (symbol_id, interval)
);
CREATE TABLE bars (
  symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
  interval TEXT NOT NULL,
  ts_ms INTEGER NOT NULL,
  open REAL NOT NULL,
  high REAL NOT NULL,
  low REAL NOT NULL,
  close REAL NOT NULL,
  adj_close REAL,
  volume REAL,
  PRIMARY KEY (symbol_id, interval, ts_ms)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE search USING fts5(type UNINDEXED, uid UNINDEXED, title, body,
                                       tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
  INSERT INTO search(type, uid, title, body) VALUES ('event', new.uid, new.title, new.summary);
END;
CREATE TRIGGER events_search_update AFTER UPDATE OF uid, title, summary ON events BEGIN
  DELETE FROM search WHERE type = 'event' AND uid = old.uid;
  INSERT INTO search(type, uid, title, body) VALUES ('event', new.uid, new.title, new.summary);
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
  DELETE FROM search WHERE type = 'event' AND uid = old.uid;
END;
CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN
  INSERT INTO search(type, uid, title, body) VALUES ('source', new.uid, new.title, new.text);
END;
CREATE TRIGGER sources_search_update AFTER UPDATE OF uid, title, text ON sources BEGIN
  DELETE FROM search WHERE type = 'source' AND uid = old.uid;
  INSERT INTO search(type, uid, title, body) VALUES ('source', new.uid, new.title, new.text);
END;
CREATE TRIGGER sources_search_delete AFTER DELETE ON sources BEGIN
  DELETE FROM search WHERE type = 'source' AND uid = old.uid;
END;
CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO search(type, uid, title, body) VALUES ('quote', new.uid, '', new.exact);
END;
CREATE TRIGGER quotes_search_update AFTER UPDATE OF uid, exact ON quotes BEGIN
  DELETE FROM search WHERE type = 'quote' AND uid = old.uid;
  INSERT INTO search(type, uid, title, body) VALUES ('quote', new.uid, '', new.exact);
END;
CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN
  DELETE FROM search WHERE type = 'quote' AND uid = old.uid;
END;
)sql";

// Version 2: the longest event span is read from an index, so that a range query can bound its
// scan of events_by_start.
constexpr const char *kVersion2 = R"sql(
CREATE INDEX events_by_span ON events(coalesce(end_ms, start_ms) - start_ms);
)sql";

// Version 3: saved views (filters, range, lanes, zone, chart) as JSON text, by name.
constexpr const char *kVersion3 = R"sql(
CREATE TABLE views (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  settings TEXT NOT NULL,
  dataset_id INTEGER REFERENCES datasets(id)
);
)sql";

// Version 4: a row's full-text entry has a rowid made from the row's own id (events id × 4,
// sources id × 4 + 1, quotes id × 4 + 2), so that the triggers replace it by rowid: deleting by
// uid from an FTS5 table reads every entry (0.6 s an edit at a million events).
constexpr const char *kVersion4 = R"sql(
DROP TRIGGER IF EXISTS events_search_insert;
DROP TRIGGER IF EXISTS events_search_update;
DROP TRIGGER IF EXISTS events_search_delete;
DROP TRIGGER IF EXISTS sources_search_insert;
DROP TRIGGER IF EXISTS sources_search_update;
DROP TRIGGER IF EXISTS sources_search_delete;
DROP TRIGGER IF EXISTS quotes_search_insert;
DROP TRIGGER IF EXISTS quotes_search_update;
DROP TRIGGER IF EXISTS quotes_search_delete;
DROP TABLE IF EXISTS search;
CREATE VIRTUAL TABLE search USING fts5(type UNINDEXED, uid UNINDEXED, title, body,
                                       tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO search(rowid, type, uid, title, body) SELECT id * 4, 'event', uid, title, summary FROM events;
INSERT INTO search(rowid, type, uid, title, body) SELECT id * 4 + 1, 'source', uid, title, text FROM sources;
INSERT INTO search(rowid, type, uid, title, body) SELECT id * 4 + 2, 'quote', uid, '', exact FROM quotes;
CREATE TRIGGER events_search_update AFTER UPDATE OF id, uid, title, summary ON events BEGIN
  DELETE FROM search WHERE rowid = old.id * 4;
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4, 'event', new.uid, new.title, new.summary);
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
  DELETE FROM search WHERE rowid = old.id * 4;
END;
CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4 + 1, 'source', new.uid, new.title, new.text);
END;
CREATE TRIGGER sources_search_update AFTER UPDATE OF id, uid, title, text ON sources BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 1;
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4 + 1, 'source', new.uid, new.title, new.text);
END;
CREATE TRIGGER sources_search_delete AFTER DELETE ON sources BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4 + 2, 'quote', new.uid, '', new.exact);
END;
CREATE TRIGGER quotes_search_update AFTER UPDATE OF id, uid, exact ON quotes BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 2;
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4 + 2, 'quote', new.uid, '', new.exact);
END;
CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 2;
END;
)sql";

// Version 5: an event's symbols reference a symbol by the word the code uses, `symbol`; `ticker`
// stays the name of the symbols table's own column. SQLite renames no index: it is built again.
constexpr const char *kVersion5 = R"sql(
ALTER TABLE event_symbols RENAME COLUMN ticker TO symbol;
DROP INDEX event_symbols_by_ticker;
CREATE INDEX event_symbols_by_symbol ON event_symbols(symbol);
)sql";

// Version 6: bars in blocks of a few thousand, each with summaries of its parts, so that ten
// million bars are written as blobs rather than rows and a chart reads summaries, not bars
// (BarStore). The old rows are moved by BarStore::moveRowsIntoBlocks after these statements.
constexpr const char *kVersion6 = R"sql(
CREATE TABLE IF NOT EXISTS bar_blocks (
  id INTEGER PRIMARY KEY,
  symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
  interval TEXT NOT NULL,
  first_ms INTEGER NOT NULL,
  last_ms INTEGER NOT NULL CHECK (last_ms >= first_ms),
  count INTEGER NOT NULL CHECK (count > 0),
  coarse BLOB NOT NULL,
  fine BLOB NOT NULL,
  data BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS bar_blocks_by_time ON bar_blocks(symbol_id, interval, first_ms);
)sql";

// The events' insert trigger of versions 4 to 6.
constexpr const char *kVersion4EventSearchInsertTrigger = R"sql(
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4, 'event', new.uid, new.title, new.summary);
END;
)sql";

// Version 7: how many rows of `search` hold each token, so that a search's BM25 weights are exact
// without reading every match of a common word (SearchTermCounts). FTS5's tokenizer cannot be
// called from SQL, so the triggers log the texts a row of `search` gains (+1) or loses (-1), and
// Tickerline counts the log's tokens into search_tokens before it commits; a reader adds a log
// that another program left. The counts themselves are made by SearchTermCounts::recount.
constexpr const char *kVersion7 = R"sql(
CREATE TABLE search_tokens (
  token TEXT PRIMARY KEY,
  rows INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE search_token_log (
  id INTEGER PRIMARY KEY,
  sign INTEGER NOT NULL CHECK (sign IN (-1, 1)),
  title TEXT,
  body TEXT
);
DROP TRIGGER events_search_update;
DROP TRIGGER events_search_delete;
DROP TRIGGER sources_search_insert;
DROP TRIGGER sources_search_update;
DROP TRIGGER sources_search_delete;
DROP TRIGGER quotes_search_insert;
DROP TRIGGER quotes_search_update;
DROP TRIGGER quotes_search_delete;
CREATE TRIGGER events_search_update AFTER UPDATE OF id, uid, title, summary ON events BEGIN
  DELETE FROM search WHERE rowid = old.id * 4;
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4, 'event', new.uid, new.title, new.summary);
  INSERT INTO search_token_log(sign, title, body) SELECT -1, old.title, old.summary
    WHERE old.title IS NOT new.title OR old.summary IS NOT new.summary;
  INSERT INTO search_token_log(sign, title, body) SELECT 1, new.title, new.summary
    WHERE old.title IS NOT new.title OR old.summary IS NOT new.summary;
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
  DELETE FROM search WHERE rowid = old.id * 4;
  INSERT INTO search_token_log(sign, title, body) VALUES (-1, old.title, old.summary);
END;
CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4 + 1, 'source', new.uid, new.title, new.text);
  INSERT INTO search_token_log(sign, title, body) VALUES (1, new.title, new.text);
END;
CREATE TRIGGER sources_search_update AFTER UPDATE OF id, uid, title, text ON sources BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 1;
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4 + 1, 'source', new.uid, new.title, new.text);
  INSERT INTO search_token_log(sign, title, body) SELECT -1, old.title, old.text
    WHERE old.title IS NOT new.title OR old.text IS NOT new.text;
  INSERT INTO search_token_log(sign, title, body) SELECT 1, new.title, new.text
    WHERE old.title IS NOT new.title OR old.text IS NOT new.text;
END;
CREATE TRIGGER sources_search_delete AFTER DELETE ON sources BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 1;
  INSERT INTO search_token_log(sign, title, body) VALUES (-1, old.title, old.text);
END;
CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4 + 2, 'quote', new.uid, '', new.exact);
  INSERT INTO search_token_log(sign, title, body) VALUES (1, '', new.exact);
END;
CREATE TRIGGER quotes_search_update AFTER UPDATE OF id, uid, exact ON quotes BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 2;
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4 + 2, 'quote', new.uid, '', new.exact);
  INSERT INTO search_token_log(sign, title, body) SELECT -1, '', old.exact WHERE old.exact IS NOT new.exact;
  INSERT INTO search_token_log(sign, title, body) SELECT 1, '', new.exact WHERE old.exact IS NOT new.exact;
END;
CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN
  DELETE FROM search WHERE rowid = old.id * 4 + 2;
  INSERT INTO search_token_log(sign, title, body) VALUES (-1, '', old.exact);
END;
DROP TRIGGER events_search_insert;
)sql";

// The events' insert trigger, which a bulk import drops and makes again (createEventIndexes).
constexpr const char *kEventSearchInsertTrigger = R"sql(
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4, 'event', new.uid, new.title, new.summary);
  INSERT INTO search_token_log(sign, title, body) VALUES (1, new.title, new.summary);
END;
)sql";

// Version 8: FTS5 no longer merges the full-text index's segments inside the commit that adds
// one. Such a merge can take in the segment a bulk import wrote, and rewrite it whole in that
// commit (1.5 s for a million events, on the tenth-odd edit after the import). Tickerline's window
// merges them in the pauses between edits instead (Store::mergeSearchIndex); the crisis merge
// stays, at 256 segments a level, for writers that never pause or never merge.
constexpr const char *kVersion8 = R"sql(
INSERT INTO search(search, rank) VALUES ('automerge', 0);
INSERT INTO search(search, rank) VALUES ('crisismerge', 256);
)sql";

// Each version's statements, in order.
const std::array<std::initializer_list<const char *>, 8> kMigrations{{{kVersion1},
                                                                      {kVersion2},
                                                                      {kVersion3},
                                                                      {kVersion4, kVersion4EventSearchInsertTrigger},
                                                                      {kVersion5},
                                                                      {kVersion6},
                                                                      {kVersion7, kEventSearchInsertTrigger},
                                                                      {kVersion8}}};

// The secondary indexes of the events tables as the latest version defines them.
constexpr const char *kEventIndexes = R"sql(
CREATE INDEX events_by_start ON events(start_ms);
CREATE INDEX events_by_span ON events(coalesce(end_ms, start_ms) - start_ms);
CREATE INDEX event_actors_by_actor ON event_actors(actor_id);
CREATE INDEX event_symbols_by_symbol ON event_symbols(symbol);
)sql";

} // namespace

int latestVersion()
{
    return int(kMigrations.size());
}

namespace {

void runMigrations(Database &db, int from, int to)
{
    for (int version = from; version < to; ++version) {
        for (const char *statements : kMigrations.at(std::size_t(version)))
            db.exec(statements);
        if (version + 1 == 6)
            BarStore::moveRowsIntoBlocks(db);
        if (version + 1 == 7)
            SearchTermCounts::recount(db);
    }
}

struct SchemaObject
{
    QString table;
    QString sql; // whitespace collapsed: indentation is no difference
};

// sqlite_schema by type and name ("trigger wipe_quotes").
QHash<QString, SchemaObject> schemaObjects(Database &db)
{
    QHash<QString, SchemaObject> objects;
    Statement rows(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (rows.step())
        objects.insert(rows.text(0) + QLatin1Char(' ') + rows.text(1), {rows.text(2), rows.text(3).simplified()});
    return objects;
}

// Tables SQLite itself makes when someone runs ANALYZE: statistics for the planner, no code.
bool isPlannerStatistics(const QString &key, const SchemaObject &object)
{
    return (key == QLatin1String("table sqlite_stat1") &&
            object.sql == QLatin1String("CREATE TABLE sqlite_stat1(tbl,idx,stat)")) ||
           (key == QLatin1String("table sqlite_stat4") &&
            object.sql == QLatin1String("CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"));
}

} // namespace

void migrate(Database &db)
{
    if (db.pragmaInt("user_version") >= latestVersion())
        return;
    Transaction transaction(db);
    // Another process may have migrated while this one waited for the write lock.
    const int current = db.pragmaInt("user_version");
    if (current >= latestVersion())
        return;
    runMigrations(db, current, latestVersion());
    // An older file is checked once migrated, before the commit: every file must then be exactly
    // the latest schema, whatever way its older version was written, and an object planted in it
    // is rolled back with the migration.
    const QString foreign = foreignObject(db, latestVersion());
    if (!foreign.isEmpty())
        throw Error(notOurs(db.path(), foreign));
    db.exec(QByteArray("PRAGMA application_id = ").append(QByteArray::number(kApplicationId)).constData());
    db.exec(QByteArray("PRAGMA user_version = ").append(QByteArray::number(latestVersion())).constData());
    transaction.commit();
}

QString notOurs(const QString &path, const QString &foreignObject)
{
    return QStringLiteral("%1: not a Tickerline database as this version writes it: %2; it was not changed")
        .arg(path, foreignObject);
}

QString foreignObject(Database &db, int version)
{
    // The expected objects are what the migrations make in a database of our own, so that they
    // can never drift from schema.cpp.
    Database ours(QStringLiteral(":memory:"), Database::Mode::Create);
    runMigrations(ours, 0, std::min(version, latestVersion()));
    const QHash<QString, SchemaObject> expected = schemaObjects(ours);
    const QHash<QString, SchemaObject> found = schemaObjects(db);
    QStringList keys = found.keys();
    keys.sort(); // the same object is named first every time
    for (const QString &key : keys) {
        const SchemaObject &object = found[key];
        const auto mine = expected.constFind(key);
        const qsizetype space = key.indexOf(QLatin1Char(' '));
        const QString named = QStringLiteral("%1 \"%2\"").arg(key.left(space), key.mid(space + 1));
        if (mine == expected.cend()) {
            if (!isPlannerStatistics(key, object))
                return QStringLiteral("%1 is not part of Tickerline's schema").arg(named);
        } else if (mine->table != object.table || mine->sql != object.sql) {
            return QStringLiteral("%1 differs from Tickerline's schema").arg(named);
        }
    }
    return {};
}

void dropEventIndexes(Database &db)
{
    db.exec("DROP INDEX events_by_start; DROP INDEX events_by_span; DROP INDEX event_actors_by_actor; "
            "DROP INDEX event_symbols_by_symbol; DROP TRIGGER events_search_insert;");
}

void createEventIndexes(Database &db)
{
    db.exec(kEventIndexes);
    db.exec(kEventSearchInsertTrigger);
}

void indexNewEvents(Database &db, std::int64_t afterId)
{
    // FTS5 writes its in-memory index out as a new segment every megabyte, and merges segments as
    // they pile up: 40 % of the CPU of indexing a million events. One large buffer for the load,
    // then the default again (the setting lives in the index's own config table).
    db.exec("INSERT INTO search(search, rank) VALUES ('hashsize', 268435456)");
    Statement insert(db, "INSERT INTO search(rowid, type, uid, title, body) "
                         "SELECT id * 4, 'event', uid, title, summary FROM events WHERE id > ? ORDER BY id");
    insert.bind(1, afterId).run();
    db.exec("INSERT INTO search(search, rank) VALUES ('hashsize', 1048576)");
}

} // namespace tickerline::schema
