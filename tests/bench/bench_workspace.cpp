// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a workbench on a million events (DESIGN.md §9): an edit reaching every view
// (budget 16 ms), and the longest stall of the GUI thread while a million events are imported
// off it (budget 50 ms), or searched off it.
#include "dialogs/importexportcontroller.h"
#include "io/tickerlinejson.h"
#include "mainwindow.h"
#include "millionevents.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "search/searchfield.h"
#include "store/filestore.h"
#include "time/isotime.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <benchmark/benchmark.h>

#include <algorithm>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <functional>

using namespace tickerline;

namespace {

// The window as a user has it: shown, laid out, one frame painted.
// Shown, with its events loaded (the loading thread done), so that an edit is not timed beside it.
void showWindow(MainWindow &window)
{
    window.resize(1920, 1080);
    window.show();
    QApplication::processEvents();
    if (window.workspace()->isLoading()) {
        QEventLoop loop;
        QObject::connect(window.workspace(), &Workspace::indexChanged, &loop, [&loop] {
            QTimer::singleShot(0, &loop, &QEventLoop::quit);
        });
        loop.exec();
    }
}

// One database of a million events for the edit benchmarks, written once.
const QString &millionDatabase()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("million.db"));
        bench::writeMillionEvents(file);
        return file;
    }();
    return path;
}

// The longest gap between the turns of the GUI thread's event loop while it lives: a 1 ms timer
// notes the time since its last tick at every tick, and longest() counts the gap under way too.
class GuiStallWatch
{
public:
    GuiStallWatch()
    {
        m_ticker.setInterval(1);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            m_longestMs = std::max(m_longestMs, double(m_sinceTick.nsecsElapsed()) / 1e6);
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_ticker.start();
    }
    double longestMs() const { return std::max(m_longestMs, double(m_sinceTick.nsecsElapsed()) / 1e6); }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    double m_longestMs = 0;
};

// The pause after a burst of edits, as the window spends it: the search index's segments that
// the edits added are merged by the store's own thread (FileStore::mergeSearchIndexInBackground).
// Reports how long that took and the GUI thread's longest stall meanwhile.
void mergeInThePause(benchmark::State &state, FileStore &store)
{
    QElapsedTimer merging;
    merging.start();
    GuiStallWatch stalls;
    // The user clicks about meanwhile: five times a second the GUI thread reads an event from the
    // store, as the inspector does for a selected one.
    qint64 longestReadNs = 0;
    QElapsedTimer sinceRead;
    sinceRead.start();
    while (!store.searchIndexMerged() && merging.elapsed() < 120'000) {
        QApplication::processEvents();
        if (sinceRead.elapsed() >= 200) {
            sinceRead.restart();
            if (!store.event(QStringLiteral("ev-123456")))
                state.SkipWithError("an event could not be read during the merge");
            longestReadNs = std::max(longestReadNs, sinceRead.nsecsElapsed());
        }
        QThread::msleep(1);
    }
    if (!store.searchIndexMerged())
        state.SkipWithError("the search index was not merged within two minutes");
    state.counters["merge_s"] = double(merging.nsecsElapsed()) / 1e9;
    state.counters["merge_stall_ms"] = stalls.longestMs();
    state.counters["merge_read_ms"] = double(longestReadNs) / 1e6;
}

} // namespace

// One event edited through the Workspace until control returns to the event loop: the store
// written in one transaction, the shared index and the table's model edited in place, and the
// proxy, table, timeline, charts' markers, inspector and status bar updated.
static void editToViews(benchmark::State &state, const std::function<void(Event &, int)> &edit)
{
    FileStore store(millionDatabase());
    MainWindow window(store);
    showWindow(window);
    Workspace &workspace = *window.workspace();
    Event event = store.event(QStringLiteral("ev-500000")).value();
    workspace.selection()->setCurrentEvent(event.uid);
    int round = 0;
    for (auto _ : state) {
        edit(event, ++round);
        if (!workspace.updateEvent(event, {}))
            state.SkipWithError("the edit was refused");
        QApplication::processEvents();
    }
    mergeInThePause(state, store);
}

// Title and kind (another lane each time): the event keeps its row.
static void BM_EditToViews_1000000(benchmark::State &state)
{
    editToViews(state, [](Event &event, int round) {
        event.title = QStringLiteral("Edited title %1").arg(round);
        event.kind = EventKind(round % 7);
    });
}
BENCHMARK(BM_EditToViews_1000000)->Unit(benchmark::kMillisecond)->Iterations(200);

// Title, kind and a start a day later: the event leaves its row for another, half a million
// rows' moves each time.
static void BM_EditMovesEventToViews_1000000(benchmark::State &state)
{
    editToViews(state, [](Event &event, int round) {
        event.title = QStringLiteral("Edited title %1").arg(round);
        event.kind = EventKind(round % 7);
        event.startMs += 86'400'000;
    });
}
BENCHMARK(BM_EditMovesEventToViews_1000000)->Unit(benchmark::kMillisecond)->Iterations(200);

// A new event and its undo, the same way.
static void BM_AddAndUndoToViews_1000000(benchmark::State &state)
{
    FileStore store(millionDatabase());
    MainWindow window(store);
    showWindow(window);
    Workspace &workspace = *window.workspace();
    Event event;
    event.title = QStringLiteral("A new event");
    event.startMs = parseIsoTime(QStringLiteral("2020-03-16T13:30:00Z"))->ms;
    event.tz = QStringLiteral("America/New_York");
    for (auto _ : state) {
        if (workspace.addEvent(event).isEmpty())
            state.SkipWithError("the event was refused");
        QApplication::processEvents();
        workspace.undoStack()->undo();
        QApplication::processEvents();
    }
    mergeInThePause(state, store);
}
BENCHMARK(BM_AddAndUndoToViews_1000000)->Unit(benchmark::kMillisecond)->Iterations(100);

// File → Import… of a million events into the open window, from an events CSV (json:0) or a
// Tickerline JSON file (json:1): the import runs on its own thread, and the events are shown as
// soon as they are read; a 1 ms timer on the GUI thread measures the longest gap between its ticks
// until they are saved and read back.
static void BM_ImportStall_1000000(benchmark::State &state)
{
    QTemporaryDir dir;
    const bool json = state.range(0) != 0;
    const QString path = dir.filePath(json ? QStringLiteral("million.json") : QStringLiteral("million.csv"));
    if (json) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(writeTickerlineJson(bench::millionEvents())) < 0)
            state.SkipWithError("cannot write the JSON");
        state.counters["MB"] = double(file.size()) / (1 << 20);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            state.SkipWithError("cannot write the CSV");
        file.write("uid,title,kind,start,precision,tz,actors,symbols,summary\n");
        const Snapshot events = bench::millionEvents();
        QByteArray chunk;
        for (const Event &event : events.events) {
            chunk += event.uid.toUtf8() + ",\"" + event.title.toUtf8() + "\"," + toString(event.kind).toUtf8() + ','
                     + formatIsoUtc(event.startMs).toUtf8() + ",second," + event.tz.toUtf8() + ",Actor "
                     + event.actors.constFirst().actor.mid(6).toUtf8() + ','
                     + event.symbols.join(QLatin1Char(';')).toUtf8() + ",\"" + event.summary.toUtf8() + "\"\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    // Measured as in a window that has just started: the memory that making the file freed is
    // given back to the system, so that the import's allocations fault in fresh pages as they
    // would there (reusing it made the JSON's parse 0.6 s faster).
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    double stallMs = 0;
    double shownSeconds = 0;
    double savedSeconds = 0;
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        FileStore store(dir.filePath(QStringLiteral("empty-%1.db").arg(run++)));
        MainWindow window(store);
        showWindow(window);
        state.ResumeTiming();
        QElapsedTimer clock;
        clock.start();
        const GuiStallWatch stalls;
        QEventLoop loop;
        // Shown: the events read from the file are in the table and the timeline, while they are
        // saved. Saved: the import committed and the window has read its rows back (the views
        // take them in on the GUI thread, for which the ticks go on a while longer).
        qsizetype shownRows = 0;
        bool saved = false;
        Workspace *workspace = window.workspace();
        QObject::connect(workspace, &Workspace::importShown, &loop, [&] {
            shownSeconds = double(clock.nsecsElapsed()) / 1e9;
            shownRows = window.eventModel()->rowCount();
        });
        QObject::connect(window.transfers(), &ImportExportController::imported, &loop, [&saved] { saved = true; });
        QObject::connect(workspace, &Workspace::indexChanged, &loop, [&] {
            if (!saved || workspace->isLoading())
                return;
            savedSeconds = double(clock.nsecsElapsed()) / 1e9;
            QTimer::singleShot(500, &loop, &QEventLoop::quit);
        });
        QObject::connect(window.transfers(), &ImportExportController::failed, [&state, &loop](const QString &message) {
            state.SkipWithError(message.toUtf8().constData());
            loop.quit();
        });
        ImportRequest request;
        request.paths = {path};
        window.transfers()->importFiles(request);
        loop.exec();
        stallMs = std::max(stallMs, stalls.longestMs());
        if (shownRows != 1'000'000 || window.eventModel()->rowCount() != 1'000'000)
            state.SkipWithError("the window does not show the million events");
    }
    state.counters["gui_stall_max_ms"] = stallMs;
    state.counters["shown_s"] = shownSeconds;
    state.counters["saved_s"] = savedSeconds;
}
BENCHMARK(BM_ImportStall_1000000)->ArgName("json")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);

// A search in the window on a million events, the first of its phrase: a phrase in every event's
// title, whose rows are counted by reading its matches (up to half the table). The window searches
// off the GUI thread: gui_stall_max_ms is the longest gap between the GUI thread's 1 ms ticks from
// the search until its results show, answer_ms the time until they show. store_search_ms is the
// same search on a fresh connection, what the GUI thread waited when the window searched on it.
static void BM_SearchFieldStall_1000000(benchmark::State &state)
{
    const QString query = QStringLiteral("\"the selloff\"");
    QElapsedTimer clock;
    {
        FileStore fresh(millionDatabase());
        clock.start();
        benchmark::DoNotOptimize(fresh.search(query, 30));
        state.counters["store_search_ms"] = double(clock.nsecsElapsed()) / 1e6;
    }
    FileStore store(millionDatabase());
    MainWindow window(store);
    showWindow(window);
    SearchField *search = window.searchField();
    double stallMs = 0;
    double answerMs = 0;
    for (auto _ : state) {
        search->setText(query);
        const GuiStallWatch stalls;
        clock.start();
        search->searchNow();
        while (search->isSearching())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        answerMs = double(clock.nsecsElapsed()) / 1e6;
        stallMs = std::max(stallMs, stalls.longestMs());
        if (search->results()->topLevelItemCount() != 30)
            state.SkipWithError("the search did not show 30 results");
    }
    state.counters["gui_stall_max_ms"] = stallMs;
    state.counters["answer_ms"] = answerMs;
}
// One iteration: later searches of the phrase use the count kept from the first.
BENCHMARK(BM_SearchFieldStall_1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

// A filter typed into the window's text filter on a million events, as the user sees it: the
// table's proxy filters every row and the timeline is given an index of the rows kept, all on
// the GUI thread, until the event loop turns again. Then the filter is cleared the same way.
// The words keep every event (each title holds "selloff"), one in twenty-seven (the events of
// eleven of the 300 actors) and a few hundred.
static void BM_FilterTypedInWindow_1000000(benchmark::State &state, const char *typed)
{
    FileStore store(millionDatabase());
    MainWindow window(store);
    showWindow(window);
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("textFilter"));
    int shown = 0;
    double clearedMs = 0;
    QElapsedTimer clock;
    for (auto _ : state) {
        filter->setText(QString::fromUtf8(typed));
        QApplication::processEvents();
        shown = window.eventFilter()->rowCount();
        state.PauseTiming();
        clock.start();
        filter->clear();
        QApplication::processEvents();
        clearedMs += double(clock.nsecsElapsed()) / 1e6;
        state.ResumeTiming();
    }
    state.counters["rows_shown"] = shown;
    state.counters["cleared_ms"] = clearedMs / double(state.iterations());
}
BENCHMARK_CAPTURE(BM_FilterTypedInWindow_1000000, every_event, "selloff")
    ->Name("BM_FilterTypedInWindowEveryEvent_1000000")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_FilterTypedInWindow_1000000, some_actors, "actor 12")
    ->Name("BM_FilterTypedInWindowSomeActors_1000000")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_FilterTypedInWindow_1000000, few_events, "event 4242")
    ->Name("BM_FilterTypedInWindowFewEvents_1000000")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

int main(int argc, char **argv)
{
    return bench::runWindowBenchmarks(argc, argv);
}
