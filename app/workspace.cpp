// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "error.h"
#include "eventcommands.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "store/eventedits.h"
#include "store/quoteedits.h"
#include "store/store.h"
#include "timeline/timelineindex.h"
#include "timeline/timelineloader.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tickerline {

void WorkspaceChange::merge(const WorkspaceChange &other)
{
    insertedEvents += other.insertedEvents;
    changedEvents += other.changedEvents;
    removedEvents += other.removedEvents;
    changedSources += other.changedSources;
    sourceListChanged = sourceListChanged || other.sourceListChanged;
    pricesChanged = pricesChanged || other.pricesChanged;
    viewsChanged = viewsChanged || other.viewsChanged;
}

Workspace::Workspace(Store &store, QObject *parent) : QObject(parent), m_store(&store)
{
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_selection = new EventSelection(this);
    m_events = new EventTableModel(this);
    m_events->setObjectName(QStringLiteral("events"));
    m_events->setSummaryLookup([this](const QString &uid) {
        auto event = m_store->event(uid);
        if (!event)
            event = unsavedEvent(uid);
        return event ? event->summary : QString();
    });
    setIndex(std::make_shared<TimelineIndex>());
    markRead();
    // data_version is read from the shared WAL index: tens of microseconds, no file read.
    m_watch = new QTimer(this);
    m_watch->setInterval(250);
    connect(m_watch, &QTimer::timeout, this, &Workspace::checkForOutsideChanges);
    m_watch->start();
    m_store->mergeSearchIndexInBackground();
}

bool Workspace::isReadOnly() const
{
    return m_store->isReadOnly();
}

Workspace::Workspace(std::unique_ptr<Store> store, QObject *parent) : Workspace(*store, parent)
{
    m_ownedStore = std::move(store);
}

Workspace::~Workspace()
{
    if (m_loading)
        m_loading->wait(); // it reads through a connection of its own; let it finish
}

QString Workspace::filePath() const
{
    return m_store->name();
}

void Workspace::load()
{
    // About 0.1 s of reading here; beyond it the GUI thread would stall.
    constexpr qint64 kLoadHereUpTo = 20'000;
    if (m_store->eventCount() <= kLoadHereUpTo)
        reloadAll();
    else
        reloadInBackground();
}

void Workspace::markRead()
{
    try {
        m_dataVersion = m_store->outsideChanges();
    } catch (const Error &) {
        // The next check reads it again and reloads once: harmless.
    }
}

void Workspace::checkForOutsideChanges()
{
    // A reading in progress is checked again when it is in place (markRead came before it).
    // Own writes run on this thread, so none is half-done here; an import's commit is read
    // back when it ends.
    if (m_loading || m_import.running)
        return;
    std::int64_t version = 0;
    try {
        version = m_store->outsideChanges();
    } catch (const Error &) {
        return; // e.g. the disk is gone; the next edit reports it
    }
    if (version == m_dataVersion)
        return;
    ++m_outsideChanges;
    emit changedOutside();
    load();
    emit sourcesChanged({}, true);
    emit pricesChanged();
    emit viewsChanged();
}

void Workspace::reloadAll()
{
    markRead();
    readActorNames();
    readQuoteCounts();
    setIndex(std::make_shared<TimelineIndex>(loadTimelineIndex(*m_store, m_index->laneMode())));
    emit indexChanged();
}

void Workspace::setIndex(std::shared_ptr<TimelineIndex> index, EventSortKeys sortKeys)
{
    m_index = std::move(index);
    m_events->setEditableIndex(m_index, m_quoteCounts, std::move(sortKeys));
}

struct Workspace::Loaded
{
    TimelineIndex index;
    EventSortKeys sortKeys;
    QHash<QString, QString> actorNames;
    QHash<QString, int> quoteCounts;
    QString error;
};

void Workspace::loadInBackground(std::function<void(Loaded &)> read, std::function<void(Loaded &)> apply)
{
    auto loaded = std::make_shared<Loaded>();
    m_loading = QThread::create([loaded, read = std::move(read)] {
        try {
            read(*loaded);
        } catch (const Error &error) {
            loaded->error = error.message();
        }
#ifdef __GLIBC__
        // The reading's scratch (rows, sort keys' work arrays: tens of MB) was freed into this
        // thread's arena, which glibc keeps; give it back, or the window holds it for good.
        malloc_trim(0);
#endif
    });
    m_loading->setParent(this); // freed with the Workspace if no event loop runs its deleteLater()
    connect(m_loading, &QThread::finished, this, [this, loaded, apply = std::move(apply)] {
        m_loading->deleteLater();
        m_loading = nullptr;
        if (loaded->error.isEmpty())
            apply(*loaded);
        else
            reportFailure(loaded->error);
        if (std::exchange(m_reloadWanted, false))
            reloadInBackground();
        else
            showNextImportedEvents();
    });
    m_loading->start();
}

void Workspace::reloadInBackground()
{
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    const Store::Opener open = m_store->opener(); // the other thread never touches this Workspace's store
    const LaneMode mode = m_index->laneMode();
    const quint64 writesBefore = m_writes;
    // The table's sort keys are made here too, in the model's collation: the first click on its
    // Title or Actors header then sorts at once, and the GUI thread never ranks a million titles.
    const QLocale collation = m_events->sortCollator().locale();
    markRead();
    loadInBackground(
        [open, mode, collation](Loaded &loaded) {
            const std::unique_ptr<Store> reader = open(Store::Open::ReadOnly);
            Store &store = *reader;
            for (const Actor &actor : store.actors())
                loaded.actorNames.insert(actor.uid, actor.name);
            loaded.quoteCounts = store.quoteCountsByEvent();
            loaded.index = loadTimelineIndex(store, mode);
            loaded.sortKeys = EventSortKeys::compute(loaded.index, collation);
        },
        [this, writesBefore](Loaded &loaded) {
            if (m_writes != writesBefore) {
                m_reloadWanted = true; // an edit landed meanwhile, which this reading may not hold
                return;
            }
            m_actorNames = std::move(loaded.actorNames);
            m_quoteCounts = std::move(loaded.quoteCounts);
            setIndex(std::make_shared<TimelineIndex>(std::move(loaded.index)), std::move(loaded.sortKeys));
            emit indexChanged();
        });
}

void Workspace::beginImport()
{
    Import started;
    started.running = true;
    started.generation = m_import.generation + 1;
    m_import = std::move(started);
    emit canEditChanged();
}

void Workspace::showImportedEvents(const Snapshot &snapshot)
{
    if (!m_import.running || snapshot.events.isEmpty())
        return;
    m_import.waiting << snapshot; // shares the file's lists with the import: no copy
    showNextImportedEvents();
}

void Workspace::showNextImportedEvents()
{
    if (m_loading || !m_import.running || m_import.waiting.isEmpty())
        return;
    QList<QList<Event>> files = m_import.unsaved; // each file's list, shared with the import
    QHash<QString, QString> actorNames = m_actorNames;
    QHash<QString, int> quoteCounts = m_quoteCounts;
    for (const Snapshot &file : std::as_const(m_import.waiting)) {
        files << file.events;
        for (const Actor &actor : file.actors)
            actorNames.insert(actor.uid, actor.name);
        for (const Quote &quote : file.quotes)
            ++quoteCounts[quote.event];
    }
    m_import.waiting.clear();
    const std::shared_ptr<const TimelineIndex> base = m_import.indexBefore ? m_import.indexBefore : m_index;
    const QLocale collation = m_events->sortCollator().locale();
    const int generation = m_import.generation;
    // The index as it was before the import with every event read so far, made again on each
    // file: nothing is shown before the index holds it, and the index is not edited meanwhile.
    loadInBackground(
        [base, files, actorNames, collation](Loaded &loaded) {
            QList<Event> events = files.constFirst();
            for (qsizetype f = 1; f < files.size(); ++f)
                events += files[f]; // several files: copied here, off the GUI thread
            loaded.index = base->withChanges({}, events);
            loaded.index.setActorNames(actorNames);
            loaded.sortKeys = EventSortKeys::compute(loaded.index, collation);
        },
        [this, generation, files, actorNames, quoteCounts](Loaded &loaded) {
            if (generation != m_import.generation || !m_import.running)
                return; // the import ended meanwhile
            if (!m_import.indexBefore) {
                m_import.indexBefore = m_index;
                m_import.actorNamesBefore = m_actorNames;
                m_import.quoteCountsBefore = m_quoteCounts;
            }
            m_import.unsaved = files;
            qsizetype unsaved = 0;
            for (const QList<Event> &file : files)
                unsaved += file.size();
            m_import.firstUnsavedRecord = qsizetype(loaded.index.size()) - unsaved;
            m_actorNames = actorNames;
            m_quoteCounts = quoteCounts;
            setIndex(std::make_shared<TimelineIndex>(std::move(loaded.index)), std::move(loaded.sortKeys));
            emit indexChanged();
            emit importShown(unsaved);
        });
}

void Workspace::endImport(bool saved)
{
    if (!m_import.running)
        return;
    auto ended = std::make_shared<Import>(std::exchange(m_import, Import()));
    m_import.generation = ended->generation + 1;
    if (saved) {
        m_undoStack->clear(); // its commands were made against the rows before
        reloadInBackground(); // what the import wrote, as stored; its commit is no outside change
    } else if (ended->indexBefore) {
        m_actorNames = ended->actorNamesBefore;
        m_quoteCounts = ended->quoteCountsBefore;
        setIndex(ended->indexBefore);
        emit indexChanged();
    }
    emit canEditChanged();
    // A million events and their strings take the GUI thread half a second to free.
    QThreadPool::globalInstance()->start([ended = std::move(ended)]() mutable { ended.reset(); });
}

std::optional<Event> Workspace::unsavedEvent(const QString &uid) const
{
    const auto entry = m_import.unsaved.isEmpty() ? std::nullopt : m_index->findUid(uid);
    if (!entry)
        return std::nullopt;
    // The index was made with the import's events last (TimelineIndex::withChanges), in order.
    qsizetype at = qsizetype(m_index->entry(*entry).record) - m_import.firstUnsavedRecord;
    for (const QList<Event> &file : m_import.unsaved) {
        if (at < 0)
            break;
        if (at < file.size())
            return file.at(at);
        at -= file.size();
    }
    return std::nullopt;
}

void Workspace::readActorNames()
{
    m_actorNames.clear();
    for (const Actor &actor : m_store->actors())
        m_actorNames.insert(actor.uid, actor.name);
}

void Workspace::readQuoteCounts()
{
    m_quoteCounts = m_store->quoteCountsByEvent();
}

void Workspace::publish(const WorkspaceChange &change)
{
    ++m_writes;
    if (!change.changedSources.isEmpty() || change.sourceListChanged) {
        readQuoteCounts();
        m_events->setQuoteCounts(m_quoteCounts);
    }
    if (change.touchesEvents() && applyToIndex(change))
        emit indexChanged();
    if (!change.changedSources.isEmpty() || change.sourceListChanged)
        emit sourcesChanged(change.changedSources, change.sourceListChanged);
    if (!change.removedEvents.isEmpty())
        emit eventsRemoved(change.removedEvents);
    if (!change.insertedEvents.isEmpty())
        emit eventsInserted(change.insertedEvents);
    if (!change.changedEvents.isEmpty())
        emit eventsChanged(change.changedEvents);
    if (change.pricesChanged)
        emit pricesChanged();
    if (change.viewsChanged)
        emit viewsChanged();
    if (!change.removedEvents.isEmpty() && change.removedEvents.contains(m_selection->currentEvent()))
        m_selection->setCurrentEvent({});
}

bool Workspace::applyToIndex(const WorkspaceChange &change)
{
    // Only the rows the change names are read back: an edit never reloads every event.
    QList<Event> added;
    for (const QStringList *uids : {&change.insertedEvents, &change.changedEvents}) {
        for (const QString &uid : *uids) {
            if (const auto event = m_store->event(uid))
                added << *event;
        }
    }
    bool newActor = false;
    for (const Event &event : std::as_const(added)) {
        for (const EventActor &actor : event.actors)
            newActor = newActor || !m_actorNames.contains(actor.actor);
    }
    if (newActor)
        readActorNames();
    // One event's edit changes or moves its row within the compact arrays (milliseconds at a
    // million events); beyond a few hundred, one new index costs less than that many moves.
    constexpr qsizetype kInPlaceLimit = 256;
    if (change.removedEvents.size() + change.changedEvents.size() + added.size() > kInPlaceLimit) {
        auto index = std::make_shared<TimelineIndex>(
            m_index->withChanges(change.removedEvents + change.changedEvents, added));
        index->setActorNames(m_actorNames);
        setIndex(std::move(index));
        return true;
    }
    m_index->setActorNames(m_actorNames);
    for (const QString &uid : change.removedEvents)
        m_events->removeEvent(uid);
    for (const QString &uid : change.changedEvents) {
        if (std::none_of(added.cbegin(), added.cend(), [&uid](const Event &event) { return event.uid == uid; }))
            m_events->removeEvent(uid); // "changed" but no longer stored: it goes, as withChanges drops it
    }
    for (const Event &event : std::as_const(added)) {
        if (change.changedEvents.contains(event.uid) && m_index->findUid(event.uid))
            m_events->updateEvent(event);
        else
            m_events->insertEvent(event, m_quoteCounts.value(event.uid));
    }
    return false;
}

void Workspace::reportFailure(const QString &message)
{
    m_failed = true;
    emit failed(message);
}

bool Workspace::push(QUndoCommand *command)
{
    m_failed = false;
    m_undoStack->push(command); // runs redo(), which reports a refusal through reportFailure
    return !m_failed;
}

QString Workspace::addEvent(Event event, const QList<EventLink> &links)
{
    if (event.uid.isEmpty() || m_store->event(event.uid))
        event.uid = uniqueEventUid(*m_store, event.title);
    if (event.dataset.isEmpty())
        event.dataset = editsDataset().uid;
    QList<EventLink> own = links;
    for (EventLink &link : own)
        link.from = event.uid;
    return push(new AddEventCommand(*this, event, own)) ? event.uid : QString();
}

bool Workspace::updateEvent(const Event &event, const QList<EventLink> &links)
{
    const auto before = m_store->event(event.uid);
    if (!before) {
        reportFailure(tr("The event “%1” is no longer in the database.").arg(event.uid));
        return false;
    }
    return push(new EditEventCommand(*this, *before, m_store->linksOfEvent(event.uid), event, links));
}

bool Workspace::removeEvent(const QString &uid)
{
    const auto event = m_store->event(uid);
    if (!event) {
        reportFailure(tr("The event “%1” is no longer in the database.").arg(uid));
        return false;
    }
    return push(new RemoveEventCommand(*this, *event));
}

QString Workspace::duplicateEvent(const QString &uid)
{
    const auto event = m_store->event(uid);
    if (!event)
        return {};
    Event copy = *event;
    copy.uid.clear();
    copy.id = 0;
    copy.dataset.clear();
    copy.title = tr("%1 (copy)").arg(event->title);
    return addEvent(copy, m_store->linksOfEvent(uid));
}

WorkspaceCommand::WorkspaceCommand(Workspace &workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_outsideChangesBefore(workspace.outsideChanges())
{
}

void WorkspaceCommand::redo()
{
    if (m_undoFailed) { // the stack stepping back over an undo that did not happen (see undo)
        m_undoFailed = false;
        return;
    }
    const QString error = run([this](Store &store, WorkspaceChange &change) { apply(store, change); });
    if (!error.isEmpty()) {
        setObsolete(true);
        m_workspace.reportFailure(error);
    }
}

void WorkspaceCommand::undo()
{
    const QString error = run([this](Store &store, WorkspaceChange &change) { revert(store, change); });
    if (error.isEmpty())
        return;
    // QUndoStack steps below this command once undo returns, and would delete it if it were
    // obsolete; but its edit is still in the store, so it must stay what Undo takes back. Once
    // the stack is done, it steps forward over it again without writing, then the user is told.
    m_undoFailed = true;
    QUndoStack *stack = m_workspace.undoStack();
    Workspace *workspace = &m_workspace;
    QMetaObject::invokeMethod(
        workspace,
        [stack, workspace, error, self = static_cast<const QUndoCommand *>(this)] {
            if (stack->index() < stack->count() && stack->command(stack->index()) == self)
                stack->redo();
            workspace->reportFailure(error);
        },
        Qt::QueuedConnection);
}

template<typename Change>
QString WorkspaceCommand::run(Change write)
{
    if (m_workspace.isImporting())
        return Workspace::tr("An import is being saved, and the database takes no other change until it is done. "
                             "Nothing was changed; try again once the import is saved.");
    WorkspaceChange change;
    try {
        const auto transaction = m_workspace.store().transaction();
        write(m_workspace.store(), change);
        transaction->commit();
    } catch (const Error &error) {
        // Another process may have deleted or changed what this edit wrote: say that it did.
        return m_workspace.outsideChanges() == m_outsideChangesBefore
                   ? error.message()
                   : Workspace::tr("%1\n\nAnother program has changed the database since this "
                                   "edit; nothing was changed now.")
                         .arg(error.message());
    }
    m_workspace.publish(change);
    return {};
}

} // namespace tickerline
