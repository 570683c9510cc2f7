// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "models/eventsortkeys.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;
class QUndoStack;

namespace tickerline {

class EventSelection;
class EventTableModel;
class Store;
class TimelineIndex;

// What one write changed, so that each view updates only that.
struct WorkspaceChange
{
    QStringList insertedEvents;
    QStringList changedEvents;
    QStringList removedEvents;
    QStringList changedSources; // sources whose text or quotes changed
    bool sourceListChanged = false; // a source was added or removed
    bool pricesChanged = false;
    bool viewsChanged = false; // saved views

    bool touchesEvents() const
    {
        return !insertedEvents.isEmpty() || !changedEvents.isEmpty() || !removedEvents.isEmpty();
    }
    bool isEmpty() const
    {
        return !touchesEvents() && changedSources.isEmpty() && !sourceListChanged && !pricesChanged && !viewsChanged;
    }
    void merge(const WorkspaceChange &other);
};

// One open database, as the window works on it (Tiled's Document plays this role): the store,
// the one undo stack, the index of every event that the table and the timeline share, and the
// selection with the visible range. Every edit is a WorkspaceCommand that writes in one
// transaction and then reports what it changed; the workspace brings its index up to date from
// the changed rows alone (never re-reading every event) and tells the views through signals.
class Workspace final : public QObject
{
    Q_OBJECT

public:
    // A workspace on a store the caller keeps alive.
    explicit Workspace(Store &store, QObject *parent = nullptr);
    // A workspace that owns its store (the window's own database).
    explicit Workspace(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~Workspace() override;

    Store &store() const { return *m_store; }
    // A read-only database: the window offers no edit (see Store::isReadOnly).
    bool isReadOnly() const;
    // Whether an edit may be made now: not on a read-only database, nor while an import is saved.
    bool canEdit() const { return !isReadOnly() && !m_import.running; }
    QString filePath() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    EventSelection *selection() const { return m_selection; }
    const std::shared_ptr<TimelineIndex> &index() const { return m_index; }
    // The events as rows, over index(): what the table, its filter and the timeline list. An
    // edit of a few events changes their rows alone; a reload resets it.
    EventTableModel *events() const { return m_events; }
    const QHash<QString, int> &quoteCounts() const { return m_quoteCounts; }
    // Every actor's name by uid (the index and the source panes label with them).
    const QHash<QString, QString> &actorNames() const { return m_actorNames; }

    // Reads the database into the index on opening: at once when it is small, else on a thread
    // of its own (reloadInBackground), so that the window paints and stays responsive.
    void load();
    // Reads the whole database into the index, on this thread.
    void reloadAll();
    // The same on a thread of its own with a connection of its own (a million events take
    // seconds): indexChanged follows on this thread when the new index is in place.
    void reloadInBackground();
    bool isLoading() const { return m_loading != nullptr; }
    // Called by commands after their transaction committed.
    void publish(const WorkspaceChange &change);
    // Shown to the user when a command could not write (the store is as it was).
    void reportFailure(const QString &message);

    // Undoable edits of events. addEvent/duplicateEvent return the event's uid (a fresh
    // unique one when the given uid is empty or taken); empty when the write was refused.
    QString addEvent(Event event, const QList<EventLink> &links = {});
    bool updateEvent(const Event &event, const QList<EventLink> &links);
    bool removeEvent(const QString &uid);
    QString duplicateEvent(const QString &uid);
    // Runs a command on the undo stack; false when it was refused (and reported).
    bool push(QUndoCommand *command);

    // An import written on another thread with a connection of its own (ImportExportController).
    // Its transaction holds the database until it ends, so editing pauses meanwhile: canEdit() is
    // false and every command is refused. The events each file gives are shown as soon as they
    // are read, before they are saved (importShown); a failed or cancelled import takes them away
    // again, a saved one is read back from the database.
    void beginImport();
    void showImportedEvents(const Snapshot &snapshot); // one file's events, actors reconciled
    void endImport(bool saved);
    bool isImporting() const { return m_import.running; }
    // An event on show from an import that is still being saved, hence not in the store yet.
    std::optional<Event> unsavedEvent(const QString &uid) const;

    // Looks for commits by other connections (a command-line import, another window); a timer
    // calls it every quarter of a second. When there were some, the database is read again.
    void checkForOutsideChanges();
    // How many times other connections' commits were taken in.
    int outsideChanges() const { return m_outsideChanges; }

signals:
    void indexChanged(); // index() is a new index (after a load); the views show it
    // After an edit, once index() and events() hold it (the same index, edited in place).
    void eventsInserted(const QStringList &uids);
    void eventsChanged(const QStringList &uids);
    void eventsRemoved(const QStringList &uids);
    void sourcesChanged(const QStringList &sourceUids, bool listChanged);
    void pricesChanged();
    void viewsChanged();
    void failed(const QString &message);
    // Another connection changed the database; every view is being read again (indexChanged
    // follows, at once or after a reading in the background).
    void changedOutside();
    void canEditChanged();              // an import began or ended
    void importShown(qsizetype events); // the events of the import being saved are on show

private:
    struct Loaded;
    // Reads a new index on a thread of its own (read fills it there); apply takes it in on this
    // thread, unless the reading failed. The next reading waiting then starts.
    void loadInBackground(std::function<void(Loaded &)> read, std::function<void(Loaded &)> apply);
    void showNextImportedEvents();
    void readQuoteCounts();
    void readActorNames();
    // Whether index() is a new object (a large change is applied by building a new index).
    bool applyToIndex(const WorkspaceChange &change);
    // sortKeys: the table's, when they were made with the index (else it makes them on first use).
    void setIndex(std::shared_ptr<TimelineIndex> index, EventSortKeys sortKeys = {});
    // What is read from now on holds every commit so far.
    void markRead();

    std::unique_ptr<Store> m_ownedStore;
    Store *m_store = nullptr;
    QUndoStack *m_undoStack = nullptr;
    EventSelection *m_selection = nullptr;
    std::shared_ptr<TimelineIndex> m_index;
    EventTableModel *m_events = nullptr;
    QHash<QString, int> m_quoteCounts;
    QHash<QString, QString> m_actorNames;
    bool m_failed = false;
    QThread *m_loading = nullptr;
    bool m_reloadWanted = false; // asked for while another reading ran
    struct Import
    {
        bool running = false;
        // Readings for an import that has ended are dropped.
        int generation = 0;
        // Files read, not yet on show.
        QList<Snapshot> waiting;
        // On show: each file's events, the records of index() from firstUnsavedRecord on, in order.
        QList<QList<Event>> unsaved;
        qsizetype firstUnsavedRecord = 0;
        // What was shown before the first of them: put back when the import fails.
        std::shared_ptr<TimelineIndex> indexBefore;
        QHash<QString, QString> actorNamesBefore;
        QHash<QString, int> quoteCountsBefore;
    } m_import;
    quint64 m_writes = 0; // published changes, so that a background reading knows it is stale
    QTimer *m_watch = nullptr;
    std::int64_t m_dataVersion = 0; // Store::outsideChanges when the database was last read
    int m_outsideChanges = 0;
};

// An undoable write. redo and undo each run in one transaction, so a failure leaves the store as
// it was, and the workspace reports why. A command whose redo fails is marked obsolete (QUndoStack
// then drops it); one whose undo fails (a full disk) stays on the stack, still to be undone.
// apply and revert say what they changed.
class WorkspaceCommand : public QUndoCommand
{
public:
    WorkspaceCommand(Workspace &workspace, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual void apply(Store &store, WorkspaceChange &change) = 0;
    virtual void revert(Store &store, WorkspaceChange &change) = 0;
    Workspace &workspace() const { return m_workspace; }

private:
    // The error of a write that failed and changed nothing; empty when it was committed.
    template<typename Change>
    QString run(Change change);

    Workspace &m_workspace;
    int m_outsideChangesBefore; // the workspace's outsideChanges() when the edit was made
    bool m_undoFailed = false; // the stack stepped below this command, whose edit is still stored
};

} // namespace tickerline
