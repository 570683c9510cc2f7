// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "brief/eventbrief.h"
#include "dialogs/backgroundtask.h"

#include <QObject>

class QWidget;

namespace tickerline {

class Workspace;

// File → Export brief…: asks for the brief's choices, gathers it on a thread of its own with a
// store connection of its own, draws the chart on the GUI thread (Qt Charts needs it), then writes
// the document on the thread again, behind a progress dialog whose Cancel stops it. The file is
// written through QSaveFile: a cancelled or failed export leaves the old file as it was.
class BriefExportController final : public QObject
{
    Q_OBJECT

public:
    BriefExportController(Workspace &workspace, QWidget *window);

    // Opens the dialog for the event; nothing when it is cancelled.
    void chooseAndExport(const QString &eventUid);
    void exportBrief(const QString &eventUid, const QString &path, const EventBriefOptions &options);
    bool isBusy() const { return m_task->isBusy() || m_busy; }

signals:
    void exported(const QString &summary);
    void failed(const QString &message, bool cancelled);
    void finished(); // after either

private:
    void fail(const QString &error, bool cancelled);

    Workspace &m_workspace;
    QWidget *m_window;
    BackgroundTask *m_task;
    bool m_busy = false; // between the two halves of the work
};

} // namespace tickerline
