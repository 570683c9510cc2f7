// SPDX-License-Identifier: GPL-3.0-or-later
// `tickerline import` of 1,000,000 events — an events CSV, and the same events as Tickerline JSON
// — into an empty database and into one that already holds 1,000,000, side by side with the
// sqlite3 shell doing the same work on the same file in the same run (budget: ≤ 1.25 × the shell).
//
// Both are timed as processes, from start to exit. The shell's work is what the import leaves in
// the database: the same rows of datasets, actors, events, event_actors and event_symbols, the
// full-text entries of the new events, the table's token counts and every index, done the way an
// expert would with the shell (secondary indexes and the search trigger dropped, the rows loaded,
// the full-text index filled and its tokens counted in one statement each, the indexes made
// again, one transaction, the same cache). From CSV, the shell `.import`s the rows as they were
// stored (so it parses no dates and resolves no actors); from JSON it reads the same document
// with SQLite's JSON functions. Counters: `tickerline_s`, `shell_s` and `ratio` (the budget's
// figure).

#include "newsevents.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace tickerline;

namespace {

constexpr int kEvents = 1'000'000;

QString run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
            double *seconds = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (seconds)
        *seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qFatal("%s %s failed", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))));
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString sqlite(const QString &database, const QString &sql)
{
    return run(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), database, sql});
}

void copyDatabase(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(to + QLatin1String(suffix));
        if (QFile::exists(from + QLatin1String(suffix)))
            QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix));
    }
}

// The files of every case, made once: two different million-event CSVs, the first also as
// Tickerline JSON, an empty database and one holding the second CSV's events.
struct Files
{
    QTemporaryDir dir;
    QString csv, json, empty, populated;

    Files()
    {
        csv = dir.filePath(QStringLiteral("news.csv"));
        json = dir.filePath(QStringLiteral("news.json"));
        empty = dir.filePath(QStringLiteral("empty.tickerline"));
        populated = dir.filePath(QStringLiteral("populated.tickerline"));
        bench::writeNewsEventsCsv(csv, kEvents, 0, 1);
        const QString more = dir.filePath(QStringLiteral("more.csv"));
        bench::writeNewsEventsCsv(more, kEvents, kEvents, 2, "Analyst"); // actors of its own: JSON adds only new ones
        run(QStringLiteral(TICKERLINE_BINARY), {QStringLiteral("--db"), empty, QStringLiteral("check")});
        copyDatabase(empty, populated);
        run(QStringLiteral(TICKERLINE_BINARY), {QStringLiteral("--db"), populated, QStringLiteral("import"), more});
        const QString scratch = dir.filePath(QStringLiteral("scratch.tickerline"));
        copyDatabase(empty, scratch);
        run(QStringLiteral(TICKERLINE_BINARY), {QStringLiteral("--db"), scratch, QStringLiteral("import"), csv});
        run(QStringLiteral(TICKERLINE_BINARY), {QStringLiteral("--db"), scratch, QStringLiteral("export"), json});
    }
};

const Files &files()
{
    static const Files made;
    return made;
}

// What both do around the rows: drop the secondary indexes and the trigger, and afterwards fill
// the full-text index with the new events, count its tokens and make the indexes again
// (schema.cpp's and searchtermcounts.cpp's statements).
QString shellScript(const QString &load, std::int64_t lastEventBefore)
{
    return QStringLiteral(
               "PRAGMA cache_size = -262144;\n"
               "BEGIN IMMEDIATE;\n"
               "DROP INDEX events_by_start; DROP INDEX events_by_span; DROP INDEX event_actors_by_actor;\n"
               "DROP INDEX event_symbols_by_symbol; DROP TRIGGER events_search_insert;\n"
               "%1\n"
               "INSERT INTO search(rowid, type, uid, title, body)\n"
               "  SELECT id * 4, 'event', uid, title, summary FROM events WHERE id > %2 ORDER BY id;\n"
               "CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search, row);\n"
               "DELETE FROM search_tokens;\n"
               "INSERT INTO search_tokens(token, rows) SELECT term, doc FROM temp.search_vocab;\n"
               "DELETE FROM search_token_log;\n"
               "CREATE INDEX events_by_start ON events(start_ms);\n"
               "CREATE INDEX events_by_span ON events(coalesce(end_ms, start_ms) - start_ms);\n"
               "CREATE INDEX event_actors_by_actor ON event_actors(actor_id);\n"
               "CREATE INDEX event_symbols_by_symbol ON event_symbols(symbol);\n"
               "CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN\n"
               "  INSERT INTO search(rowid, type, uid, title, body) VALUES (new.id * 4, 'event', new.uid, new.title, "
               "new.summary);\n"
               "  INSERT INTO search_token_log(sign, title, body) VALUES (1, new.title, new.summary);\n"
               "END;\n"
               "COMMIT;\n")
        .arg(load)
        .arg(lastEventBefore);
}

// The shell loads from CSV the rows the import stored (NULL is read back as an empty text: the
// one difference, in a column the benchmark's events leave empty).
QString csvLoad(const QString &imported, const QString &folder, std::int64_t lastEvent, std::int64_t lastActor,
                std::int64_t lastDataset)
{
    const auto dump = [&](const QString &name, const QString &select) {
        const QString path = QDir(folder).filePath(name + QStringLiteral(".csv"));
        run(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), QStringLiteral("-cmd"),
                                        QStringLiteral(".output %1").arg(path), imported, select});
        return QStringLiteral(".import %1 %2\n").arg(path, name);
    };
    return QStringLiteral(".mode csv\n") +
           dump(QStringLiteral("datasets"), QStringLiteral("SELECT * FROM datasets WHERE id > %1").arg(lastDataset)) +
           dump(QStringLiteral("actors"), QStringLiteral("SELECT * FROM actors WHERE id > %1").arg(lastActor)) +
           dump(QStringLiteral("events"), QStringLiteral("SELECT * FROM events WHERE id > %1").arg(lastEvent)) +
           dump(QStringLiteral("event_actors"),
                QStringLiteral("SELECT * FROM event_actors WHERE event_id > %1").arg(lastEvent)) +
           dump(QStringLiteral("event_symbols"),
                QStringLiteral("SELECT * FROM event_symbols WHERE event_id > %1").arg(lastEvent));
}

// The shell reads the Tickerline JSON document with json_each, as the import does with its reader.
QString jsonLoad(const QString &json)
{
    return QStringLiteral(
               "CREATE TEMP TABLE document AS SELECT readfile('%1') AS j;\n"
               "INSERT INTO datasets(uid, name, origin, licence, notes, imported_at)\n"
               "  SELECT value->>'uid', value->>'name', value->>'origin', value->>'licence', value->>'notes',\n"
               "         value->>'imported_at' FROM document, json_each(document.j, '$.datasets');\n"
               "INSERT INTO actors(uid, name, kind, dataset_id)\n"
               "  SELECT a.value->>'uid', a.value->>'name', a.value->>'kind', d.id\n"
               "  FROM document CROSS JOIN json_each(document.j, '$.actors') a\n"
               "  LEFT JOIN datasets d ON d.uid = a.value->>'dataset';\n"
               "INSERT INTO events(uid, title, summary, kind, start_ms, end_ms, precision, uncertain, tz, "
               "dataset_id)\n"
               "  SELECT e.value->>'uid', e.value->>'title', e.value->>'summary', e.value->>'kind',\n"
               "         CAST(round((julianday(e.value->>'start') - 2440587.5) * 86400000) AS INTEGER),\n"
               "         CAST(round((julianday(e.value->>'end') - 2440587.5) * 86400000) AS INTEGER),\n"
               "         e.value->>'precision', e.value->>'uncertain', e.value->>'tz', d.id\n"
               "  FROM document CROSS JOIN json_each(document.j, '$.events') e\n"
               "  LEFT JOIN datasets d ON d.uid = e.value->>'dataset';\n"
               "INSERT INTO event_actors(event_id, actor_id, role, position)\n"
               "  SELECT v.id, c.id, a.value->>'role', a.key\n"
               "  FROM document CROSS JOIN json_each(document.j, '$.events') e CROSS JOIN json_each(e.value, "
               "'$.actors') a\n"
               "  JOIN events v ON v.uid = e.value->>'uid' JOIN actors c ON c.uid = a.value->>'actor';\n"
               "INSERT INTO event_symbols(event_id, symbol, position)\n"
               "  SELECT v.id, s.value, s.key\n"
               "  FROM document CROSS JOIN json_each(document.j, '$.events') e CROSS JOIN json_each(e.value, "
               "'$.symbols') s\n"
               "  JOIN events v ON v.uid = e.value->>'uid';\n")
        .arg(json);
}

std::int64_t count(const QString &database, const char *table)
{
    return sqlite(database, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
}

std::int64_t lastId(const QString &database, const char *table)
{
    return sqlite(database, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

void importBeside(benchmark::State &state, bool json, bool populated)
{
    const Files &made = files();
    const QString start = populated ? made.populated : made.empty;
    const QString input = json ? made.json : made.csv;
    QTemporaryDir work;
    const QString ours = work.filePath(QStringLiteral("ours.tickerline"));
    const QString shells = work.filePath(QStringLiteral("shell.tickerline"));
    const std::int64_t lastEvent = lastId(start, "events");
    const std::int64_t lastActor = lastId(start, "actors");
    const std::int64_t lastDataset = lastId(start, "datasets");
    for (auto _ : state) {
        copyDatabase(start, ours);
        double tickerlineSeconds = 0;
        run(QStringLiteral(TICKERLINE_BINARY), {QStringLiteral("--db"), ours, QStringLiteral("import"), input}, {},
            &tickerlineSeconds);
        state.SetIterationTime(tickerlineSeconds);

        const QString load = json ? jsonLoad(input) : csvLoad(ours, work.path(), lastEvent, lastActor, lastDataset);
        copyDatabase(start, shells);
        double shellSeconds = 0;
        run(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), shells},
            shellScript(load, lastEvent).toUtf8(), &shellSeconds);

        if (count(ours, "events") < kEvents)
            state.SkipWithError("events missing");
        for (const char *table : {"events", "actors", "event_actors", "event_symbols", "search"}) {
            if (count(ours, table) != count(shells, table))
                state.SkipWithError(qPrintable(QStringLiteral("%1 differ").arg(QLatin1String(table))));
        }
        state.counters["tickerline_s"] = tickerlineSeconds;
        state.counters["shell_s"] = shellSeconds;
        state.counters["ratio"] = tickerlineSeconds / shellSeconds;
    }
}

void BM_ImportCsvBesideShell_1000000(benchmark::State &state)
{
    importBeside(state, false, state.range(0) != 0);
}
BENCHMARK(BM_ImportCsvBesideShell_1000000)->ArgName("populated")->Arg(0)->Arg(1)->UseManualTime()
    ->Unit(benchmark::kSecond)->Iterations(1);

void BM_ImportJsonBesideShell_1000000(benchmark::State &state)
{
    importBeside(state, true, state.range(0) != 0);
}
BENCHMARK(BM_ImportJsonBesideShell_1000000)->ArgName("populated")->Arg(0)->Arg(1)->UseManualTime()
    ->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
