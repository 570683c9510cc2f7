// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventactions.h"

#include "dialogs/eventdialog.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "store/eventedits.h"
#include "store/store.h"
#include "workspace.h"

#include <QAction>
#include <QDateTime>
#include <QMenu>
#include <QTimeZone>

namespace tickerline {

EventActions::EventActions(Workspace &workspace, EventTableModel *events, QWidget *window, QWidget *eventViews)
    : QObject(window), m_workspace(workspace), m_events(events), m_window(window)
{
    m_new = new QAction(tr("&New event…"), this);
    m_new->setObjectName(QStringLiteral("newEventAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Add an event (or double-click empty timeline space at its time)"));
    connect(m_new, &QAction::triggered, this, [this] { newEvent(); });
    m_edit = new QAction(tr("&Edit event…"), this);
    m_edit->setObjectName(QStringLiteral("editEventAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_edit, &QAction::triggered, this, &EventActions::editCurrent);
    m_duplicate = new QAction(tr("D&uplicate event"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateEventAction"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicate, &QAction::triggered, this, &EventActions::duplicateCurrent);
    m_delete = new QAction(tr("&Delete event"), this);
    m_delete->setObjectName(QStringLiteral("deleteEventAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &EventActions::deleteCurrent);

    window->addActions({m_new, m_edit, m_duplicate});
    // Delete only where events are: in a source pane or a text field it must not remove one.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    eventViews->addAction(m_delete);
    connect(workspace.selection(), &EventSelection::currentEventChanged, this, &EventActions::updateEnabled);
    connect(&workspace, &Workspace::canEditChanged, this, &EventActions::updateEnabled);
    updateEnabled();
}

void EventActions::addTo(QMenu *menu) const
{
    menu->addActions({m_new, m_edit, m_duplicate, m_delete});
}

void EventActions::updateEnabled()
{
    const bool writable = m_workspace.canEdit();
    const bool hasEvent = !m_workspace.selection()->currentEvent().isEmpty();
    m_new->setEnabled(writable);
    for (QAction *action : {m_edit, m_duplicate, m_delete})
        action->setEnabled(writable && hasEvent);
}

void EventActions::newEvent(std::optional<std::int64_t> atMs)
{
    if (!m_workspace.canEdit()) // a double-click on the timeline or the table, not a disabled action
        return;
    const EventSelection *selection = m_workspace.selection();
    Event event;
    // A valid start from the first: the time asked for, else the middle of what is in view.
    const std::int64_t middle = selection->hasVisibleRange()
                                    ? selection->visibleFromMs() / 2 + selection->visibleToMs() / 2
                                    : QDateTime::currentMSecsSinceEpoch();
    event.startMs = (atMs.value_or(middle) / 60'000) * 60'000; // whole minutes: what a person would type
    event.precision = Precision::Minute;
    // The zone the window shows times in; New York (the market's) when that is UTC or each
    // event's own.
    const QTimeZone zone = m_events->displayZone();
    event.tz = QString::fromUtf8(zone.isValid() && zone != QTimeZone::utc() ? zone.id() : QByteArray("America/New_York"));
    runDialog(event, {});
}

void EventActions::editCurrent()
{
    if (!m_workspace.canEdit()) // a double-click on the timeline or the table, not a disabled action
        return;
    Store &store = m_workspace.store();
    if (const auto event = store.event(m_workspace.selection()->currentEvent()))
        runDialog(*event, store.linksOfEvent(event->uid));
}

bool EventActions::runDialog(const Event &event, const QList<EventLink> &links)
{
    Store &store = m_workspace.store();
    EventDialog::Choices choices;
    choices.actors = store.actors();
    for (const Symbol &symbol : store.symbols())
        choices.symbols << symbol.ticker;
    choices.events = m_events;
    choices.uidRole = EventTableModel::UidRole;
    choices.labelColumn = EventTableModel::TitleColumn;
    EventDialog dialog(choices, m_window);
    dialog.setEvent(event, links);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Event edited = dialog.event();
    if (!edited.uid.isEmpty())
        return m_workspace.updateEvent(edited, dialog.links());
    const QString uid = m_workspace.addEvent(edited, dialog.links());
    if (!uid.isEmpty())
        emit message(tr("Added “%1”").arg(edited.title));
    return !uid.isEmpty();
}

void EventActions::deleteCurrent()
{
    if (!m_workspace.canEdit())
        return;
    const QString uid = m_workspace.selection()->currentEvent();
    if (!uid.isEmpty() && m_workspace.removeEvent(uid))
        emit message(tr("Deleted the event; Undo (%1) brings it back")
                         .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void EventActions::duplicateCurrent()
{
    if (!m_workspace.canEdit())
        return;
    const QString uid = m_workspace.selection()->currentEvent();
    if (!uid.isEmpty())
        m_workspace.duplicateEvent(uid);
}

} // namespace tickerline
