// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/backgroundtask.h"
#include "imports/importjob.h"

#include <QObject>

#include <functional>

class QWidget;

namespace tickerline {

class Workspace;

// The window's File → Import…, Export… and dropped files. The work runs on a thread of its own
// with a Store connection of its own, behind a progress dialog whose Cancel stops it; a cancelled
// or refused import leaves the database as it was, and an export is written through QSaveFile,
// so the old file stays whole until the new one is. The window stays responsive throughout, and
// an import's events are shown (read-only) while they are saved.
class ImportExportController final : public QObject
{
    Q_OBJECT

public:
    ImportExportController(Workspace &workspace, QWidget *window);

    // Asks for files with every importable format of the registry, then imports them.
    void chooseAndImport();
    // Asks for a file and a writable format, then exports the whole database.
    void chooseAndExport();
    // Imports these files in one transaction; what the registry does not recognise is refused.
    // A price CSV whose columns or symbol the file does not give is asked about first, one
    // dialog a file; cancelling one imports nothing.
    void importFiles(const ImportRequest &request);
    void exportTo(const QString &path, const QString &format);
    // Dropped files: what each is decides where it goes. An article goes to importArticle (the
    // Source dock makes it a source, undoably); anything else the registry knows is imported in
    // one transaction; a file it does not know is refused by name.
    void importDropped(const QStringList &paths, const std::function<void(const QString &)> &importArticle);

    bool isBusy() const { return m_task->isBusy(); }
    void cancel() { m_task->cancel(); } // the import or export in progress, as its Cancel button
    // Tests: called on the import's thread once each file's events are on their way to the window,
    // before they are written (a test holds the import there to look at the window meanwhile).
    void setEventsShownHook(std::function<void()> hook) { m_eventsShownHook = std::move(hook); }
    QProgressDialog *progressDialog() const { return m_task->progressDialog(); }

signals:
    void imported(const QString &summary);  // after the workspace has the new rows
    void exported(const QString &summary);
    // The database (or the old file) is as it was; cancelled: the user asked for that.
    void failed(const QString &message, bool cancelled);
    void finished();                        // after any of the three

private:
    // Fills request.priceFiles from the user's answers; false when they cancelled.
    bool askAboutPriceFiles(ImportRequest &request);
    // undone: called on failure before failed() is emitted. False when another task is busy.
    bool run(const QString &title, BackgroundTask::Work work, std::function<void(const QString &)> done,
             std::function<void()> undone = {});
    // The imported events are on show: the progress dialog stops blocking the window.
    void letWindowBeUsed(qsizetype events);

    Workspace &m_workspace;
    QWidget *m_window;
    BackgroundTask *m_task; // a child: a window closed mid-import waits for the work to stop
    std::function<void()> m_eventsShownHook;
};

} // namespace tickerline
