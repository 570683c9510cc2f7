// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefexportcontroller.h"

#include "brief/briefchart.h"
#include "brief/briefdocument.h"
#include "dialogs/briefdialog.h"
#include "error.h"
#include "store/store.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace tickerline {

namespace {

// What the first half of the work hands to the second.
struct BriefWork
{
    EventBrief brief;
    BriefChart chart;
    QImage image;
};

QString cancelledMessage()
{
    return BriefExportController::tr("Cancelled: no brief was written.");
}

} // namespace

BriefExportController::BriefExportController(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_task(new BackgroundTask(window, this))
{
    setObjectName(QStringLiteral("briefExportController"));
}

void BriefExportController::chooseAndExport(const QString &eventUid)
{
    if (isBusy())
        return;
    if (eventUid.isEmpty()) {
        emit failed(tr("Select an event first: a brief is written for one event."), true);
        emit finished();
        return;
    }
    const auto event = m_workspace.store().event(eventUid);
    if (!event) {
        emit failed(tr("The event “%1” is no longer in the database.").arg(eventUid), false);
        emit finished();
        return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    BriefDialog dialog(event->title, QDir(folder).filePath(event->uid + QStringLiteral("-brief.pdf")), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportBrief(eventUid, dialog.path(), dialog.options());
}

void BriefExportController::exportBrief(const QString &eventUid, const QString &path, const EventBriefOptions &options)
{
    if (isBusy())
        return;
    m_busy = true;
    const Store::Opener open = m_workspace.store().opener();
    auto work = std::make_shared<BriefWork>();
    const QString name = QFileInfo(path).fileName();
    const auto stopIfCancelled = [](const std::atomic_bool &cancel) {
        if (cancel)
            throw Error(cancelledMessage());
    };
    const auto write = [this, work, path, name, stopIfCancelled] {
        m_task->run(
            tr("Writing %1…").arg(name),
            [work, path, name, stopIfCancelled](const std::atomic_bool &cancel, const auto &progress) {
                progress(2, 3, tr("Writing %1").arg(name));
                stopIfCancelled(cancel);
                writeBrief(path, work->brief, work->image, work->chart.note);
                progress(3, 3, {});
                return tr("Brief of “%1” written to %2").arg(work->brief.event.title, name);
            },
            [this](const QString &summary) {
                m_busy = false;
                emit exported(summary);
                emit finished();
            },
            [this](const QString &error, bool cancelled) { fail(error, cancelled); });
    };
    m_task->run(
        tr("Gathering the brief…"),
        [work, open, eventUid, options, stopIfCancelled](const std::atomic_bool &cancel, const auto &progress) {
            progress(0, 3, tr("Reading the event, prices and quotes"));
            const std::unique_ptr<Store> reader = open(Store::Open::ReadOnly);
            Store &store = *reader;
            work->brief = buildEventBrief(store, eventUid, options);
            stopIfCancelled(cancel);
            work->chart = loadBriefChart(store, work->brief);
            stopIfCancelled(cancel);
            return QString();
        },
        [this, work, write](const QString &) {
            if (m_task->cancelRequested())
                return fail(cancelledMessage(), true);
            // Qt Charts lays out and paints in a QGraphicsScene: on the GUI thread.
            work->image = renderBriefChart(work->chart);
            // After this task's own `finished`: one task at a time.
            QTimer::singleShot(0, this, write);
        },
        [this](const QString &error, bool cancelled) { fail(error, cancelled); });
}

void BriefExportController::fail(const QString &error, bool cancelled)
{
    m_busy = false;
    emit failed(cancelled ? cancelledMessage() : error, cancelled);
    emit finished();
}

} // namespace tickerline
