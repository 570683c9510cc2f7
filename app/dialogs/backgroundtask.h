// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <atomic>
#include <functional>

class QThread;
class QWidget;

namespace tickerline {

// Work that takes more than a moment, on a thread of its own behind a window-modal progress
// dialog whose Cancel asks it to stop, so that the window stays responsive. The work touches no
// widget and no store of the GUI thread; its result is handed back on the GUI thread.
class BackgroundTask final : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(qint64 done, qint64 total, const QString &what)>;
    // Returns what `done` receives; throws Error (or another std::exception) to fail; checks
    // `cancel` where it can stop.
    using Work = std::function<QString(const std::atomic_bool &cancel, const Progress &progress)>;
    // cancelled: the user pressed Cancel before the work ended (whatever stopped it then).
    using Failed = std::function<void(const QString &error, bool cancelled)>;

    // The progress dialog is modal to `window`; the task is a child of `owner` (the window when
    // null), whose end it waits for.
    explicit BackgroundTask(QWidget *window, QObject *owner = nullptr);
    ~BackgroundTask() override; // cancels and waits: nothing outlives what the work reads

    // One task at a time: false (and nothing run) while another is busy.
    bool run(const QString &title, Work work, std::function<void(const QString &)> done, Failed failed);
    bool isBusy() const { return m_thread != nullptr; }
    // Whether the user pressed Cancel: work that has not written anything yet may still drop its
    // result when it was done before it noticed.
    bool cancelRequested() const { return m_cancel; }
    // As the progress dialog's Cancel: the work is asked to stop, and fails as cancelled.
    void cancel();
    QProgressDialog *progressDialog() const { return m_progress; }
    // The window may be used while the work goes on: the progress dialog stays, with this text,
    // but no longer blocks it.
    void releaseWindow(const QString &what);

signals:
    void finished(); // after done or failed

private:
    void reportProgress(qint64 done, qint64 total, const QString &what);

    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::atomic_bool m_cancel{false};
    QString m_released; // what releaseWindow said
};

} // namespace tickerline
