// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QObject>

#include <cstdint>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace tickerline {

class EventTableModel;
class Workspace;

// Events → New, Edit, Duplicate and Delete: the event form (EventDialog) and the undoable edits
// it makes through the workspace. New is Ctrl+N anywhere in the window; Delete only where events
// are listed (the widget given), never in a text field or a source pane.
class EventActions final : public QObject
{
    Q_OBJECT

public:
    EventActions(Workspace &workspace, EventTableModel *events, QWidget *window, QWidget *eventViews);

    void addTo(QMenu *menu) const;
    QAction *newAction() const { return m_new; }

public slots:
    // A new event at the given time, else in the middle of the visible range.
    void newEvent(std::optional<std::int64_t> atMs = std::nullopt);
    void editCurrent();
    void deleteCurrent();
    void duplicateCurrent();
    void updateEnabled();

signals:
    void message(const QString &text);

private:
    bool runDialog(const Event &event, const QList<EventLink> &links);

    Workspace &m_workspace;
    EventTableModel *m_events;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
};

} // namespace tickerline
