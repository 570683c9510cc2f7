// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/backgroundtask.h"

#include "error.h"

#include <QThread>

#include <memory>

namespace tickerline {

namespace {

constexpr int kSteps = 1000;

} // namespace

BackgroundTask::BackgroundTask(QWidget *window, QObject *owner)
    : QObject(owner ? owner : window), m_window(window)
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool BackgroundTask::run(const QString &title, Work work, std::function<void(const QString &)> done, Failed failed)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_released.clear();
    m_progress = new QProgressDialog(title, tr("Cancel"), 0, kSteps, m_window);
    m_progress->setObjectName(QStringLiteral("progressDialog"));
    m_progress->setWindowTitle(tr("Tickerline"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &BackgroundTask::cancel);

    auto result = std::make_shared<QString>();
    auto error = std::make_shared<QString>();
    const Progress progress = [this](qint64 done, qint64 total, const QString &what) {
        QMetaObject::invokeMethod(
            this, [this, done, total, what] { reportProgress(done, total, what); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([work = std::move(work), progress, result, error, this] {
        try {
            *result = work(m_cancel, progress);
        } catch (const Error &failure) {
            *error = failure.message();
        } catch (const std::exception &failure) {
            *error = QString::fromLocal8Bit(failure.what());
        }
    });
    // Owned by the task as well: a deleteLater() that no event loop runs any more (the window closing
    // right after the work) must not leak the thread.
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this,
            [this, result, error, done = std::move(done), failed = std::move(failed)] {
                m_thread->deleteLater();
                m_thread = nullptr;
                if (m_progress)
                    m_progress->deleteLater();
                // Cancel may stop the work inside an SQLite statement, whose error then says
                // "interrupted": after Cancel, any stop is the cancellation.
                if (error->isEmpty())
                    done(*result);
                else
                    failed(*error, m_cancel);
                emit finished();
            });
    m_thread->start();
    return true;
}

void BackgroundTask::cancel()
{
    if (!m_thread)
        return;
    m_cancel = true;
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void BackgroundTask::releaseWindow(const QString &what)
{
    if (!m_progress || m_cancel)
        return;
    m_released = what;
    m_progress->setLabelText(what + QLatin1Char('\n') + m_progress->labelText());
    if (m_progress->windowModality() == Qt::NonModal)
        return;
    // Modality is read when a window is shown: hidden and shown again, where it was.
    const QPoint at = m_progress->pos();
    m_progress->hide();
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->move(at);
    m_progress->show();
}

void BackgroundTask::reportProgress(qint64 done, qint64 total, const QString &what)
{
    if (!m_progress || m_cancel)
        return;
    m_progress->setValue(total > 0 ? int(done * kSteps / total) : 0);
    if (!what.isEmpty()) // once released, the dialog also says what the window may do
        m_progress->setLabelText(m_released.isEmpty() ? what : m_released + QLatin1Char('\n') + what);
}

} // namespace tickerline
