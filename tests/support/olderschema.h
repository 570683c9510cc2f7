// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What older Tickerlines wrote, for tests that make an older file out of a current one.

#include "store/database.h"

namespace tickerline::test {

// Takes the full-text token counts of schema version 7 out again: no search_tokens and no
// search_token_log, and the full-text triggers as versions 4 to 6 had them.
inline void restoreVersionSixSearch(Database &db)
{
    db.exec(R"sql(
DROP TABLE search_tokens;
DROP TABLE search_token_log;
DROP TRIGGER events_search_insert;
DROP TRIGGER events_search_update;
DROP TRIGGER events_search_delete;
DROP TRIGGER sources_search_insert;
DROP TRIGGER sources_search_update;
DROP TRIGGER sources_search_delete;
DROP TRIGGER quotes_search_insert;
DROP TRIGGER quotes_search_update;
DROP TRIGGER quotes_search_delete;
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4, 'event', new.uid, new.title, new.summary);
END;
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
)sql");
}

} // namespace tickerline::test
