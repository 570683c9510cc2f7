// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexportcontroller.h"

#include "dialogs/backgroundtask.h"
#include "dialogs/pricecolumnsdialog.h"
#include "error.h"
#include "imports/formatregistry.h"
#include "imports/pricefilequestion.h"
#include "store/postgres/pgconnection.h"
#include "store/store.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace tickerline {

namespace {

// What an export is called at first: the file's name, or a team database's.
QString exportBaseName(const QString &database)
{
    if (!isPostgresTarget(database))
        return QFileInfo(database).completeBaseName();
    static const QRegularExpression dbname(QStringLiteral(R"((?:^|\s)dbname\s*=\s*'?([^'\s]+))"));
    if (const QRegularExpressionMatch match = dbname.match(database); match.hasMatch())
        return match.captured(1);
    const QString path = QUrl(database).path().section(QLatin1Char('/'), -1);
    return path.isEmpty() ? QStringLiteral("team-database") : path;
}

const QString kFolderKey = QStringLiteral("File/lastImportFolder");

QSettings settings() { return QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")); }

QString startFolder()
{
    const QString folder = settings().value(kFolderKey).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

} // namespace

ImportExportController::ImportExportController(Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window), m_task(new BackgroundTask(window, this))
{
    connect(m_task, &BackgroundTask::finished, this, &ImportExportController::finished);
    connect(&m_workspace, &Workspace::importShown, this, &ImportExportController::letWindowBeUsed);
}

void ImportExportController::chooseAndImport()
{
    const FormatRegistry &registry = FormatRegistry::instance();
    QString filter;
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Import"), startFolder(),
                                                            registry.importFilters(), &filter);
    if (paths.isEmpty())
        return;
    settings().setValue(kFolderKey, QFileInfo(paths.constFirst()).absolutePath());
    ImportRequest request;
    request.paths = paths;
    // A format chosen in the dialog is what the user said the files are; "All supported files"
    // lets each file's content decide.
    if (const FileFormat *format = registry.formatOfFilter(filter))
        request.format = format->name;
    importFiles(request);
}

bool ImportExportController::askAboutPriceFiles(ImportRequest &request)
{
    if (!request.sourceUid.isEmpty() || request.priceColumns)
        return true; // an article's new text, or columns the caller chose for every file
    for (const QString &path : std::as_const(request.paths)) {
        if (request.priceFiles.contains(path))
            continue;
        const auto question = PriceFileQuestion::about(path, request.format);
        if (!question)
            continue;
        PriceColumnsDialog dialog(*question, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        request.priceFiles.insert(path, dialog.choice());
    }
    return true;
}

void ImportExportController::importFiles(const ImportRequest &given)
{
    if (isBusy() || given.paths.isEmpty())
        return;
    ImportRequest request = given;
    if (!askAboutPriceFiles(request)) {
        emit failed(tr("Cancelled: nothing was changed."), true);
        emit finished();
        return;
    }
    const Store::Opener open = m_workspace.store().opener();
    const QString title = request.paths.size() == 1
                              ? tr("Importing %1…").arg(QFileInfo(request.paths.constFirst()).fileName())
                              : tr("Importing %1 files…").arg(request.paths.size());
    // Each file's events are shown as soon as they are read; the window may then be used while
    // they are saved, though not edited (Workspace::beginImport).
    const QPointer<Workspace> workspace = &m_workspace;
    const auto show = [workspace, shownHook = m_eventsShownHook](const Snapshot &snapshot) {
        QMetaObject::invokeMethod(
            workspace, [workspace, snapshot] { workspace->showImportedEvents(snapshot); }, Qt::QueuedConnection);
        if (shownHook)
            shownHook();
    };
    m_workspace.beginImport();
    const bool started = run(
        title,
        [request, open, show](const std::atomic_bool &cancel, const auto &progress) {
            const std::unique_ptr<Store> store = open(Store::Open::ExistingOnly);
            ImportJob job(request);
            job.setCancelFlag(&cancel);
            job.setProgressHandler(progress);
            job.setEventsReadHandler(show);
            return job.run(*store).statusText();
        },
        [this](const QString &summary) {
            m_workspace.endImport(true);
            emit imported(summary);
        },
        [this] { m_workspace.endImport(false); });
    if (!started)
        m_workspace.endImport(false);
}

void ImportExportController::importDropped(const QStringList &paths,
                                           const std::function<void(const QString &)> &importArticle)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    ImportRequest request;
    QStringList unknown;
    for (const QString &path : paths) {
        QFile file(path);
        const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(FormatRegistry::kSniffBytes) : QByteArray();
        const FileFormat *format = registry.detect(head, QFileInfo(path).fileName());
        if (!format && !PriceFileQuestion::about(path)) // a price CSV whose columns the user will choose
            unknown << QFileInfo(path).fileName();
        else if (format && format->isArticle())
            importArticle(path);
        else
            request.paths << path;
    }
    if (!unknown.isEmpty())
        QMessageBox::warning(m_window, tr("Not imported"),
                             tr("Tickerline does not recognise %1 as any format it reads (%2).")
                                 .arg(QLocale().createSeparatedList(unknown), registry.names().join(QStringLiteral(", "))));
    importFiles(request);
}

void ImportExportController::chooseAndExport()
{
    const FormatRegistry &registry = FormatRegistry::instance();
    QString filter;
    const QString base = exportBaseName(m_workspace.filePath());
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), QDir(startFolder()).filePath(base),
                                                registry.exportFilters(), &filter);
    if (path.isEmpty())
        return;
    settings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    const FileFormat *format = registry.formatOfFilter(filter);
    if (!format)
        format = registry.find(QStringLiteral("tickerline"));
    if (QFileInfo(path).suffix().isEmpty() && !format->suffixes.isEmpty())
        path += QLatin1Char('.') + format->suffixes.constFirst();
    exportTo(path, format->name);
}

void ImportExportController::exportTo(const QString &path, const QString &formatName)
{
    if (isBusy())
        return;
    const FileFormat *format = FormatRegistry::instance().find(formatName);
    if (!format || !format->canWrite()) {
        emit failed(tr("Tickerline cannot write the format “%1”.").arg(formatName), false);
        return;
    }
    const Store::Opener open = m_workspace.store().opener();
    const QString name = format->name;
    run(
        tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [open, path, name](const std::atomic_bool &cancel, const auto &progress) {
            const auto stopIfCancelled = [&cancel] {
                if (cancel)
                    throw Error(ImportJob::cancelledMessage());
            };
            const FileFormat *format = FormatRegistry::instance().find(name);
            progress(0, 3, tr("Reading the database"));
            const Snapshot snapshot = open(Store::Open::ReadOnly)->exportSnapshot();
            stopIfCancelled();
            progress(1, 3, tr("Writing %1").arg(format->description));
            const QByteArray bytes = format->write(snapshot);
            stopIfCancelled();
            progress(2, 3, tr("Saving %1").arg(QFileInfo(path).fileName()));
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
            stopIfCancelled();
            if (!file.commit())
                throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
            progress(3, 3, {});
            return tr("Exported %1 events to %2 (%3)")
                .arg(snapshot.events.size())
                .arg(QFileInfo(path).fileName(), format->description);
        },
        [this](const QString &summary) { emit exported(summary); });
}

bool ImportExportController::run(const QString &title, BackgroundTask::Work work,
                                 std::function<void(const QString &)> done, std::function<void()> undone)
{
    return m_task->run(title, std::move(work), std::move(done),
                       [this, undone = std::move(undone)](const QString &error, bool cancelled) {
                           if (undone)
                               undone();
                           emit failed(cancelled ? tr("Cancelled: nothing was changed.")
                                                 : tr("%1\n\nNothing was changed.").arg(error),
                                       cancelled);
                       });
}

void ImportExportController::letWindowBeUsed(qsizetype events)
{
    m_task->releaseWindow(tr("Saving %Ln imported events…\nThey are on show meanwhile; editing waits until they "
                             "are saved.",
                             nullptr, int(std::min<qsizetype>(events, std::numeric_limits<int>::max()))));
}

} // namespace tickerline
