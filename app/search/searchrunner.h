// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace tickerline {

// The window's full-text searches, run on a thread and a connection of their own so that typing
// never waits for the store: the first search of a phrase of common words among a million events
// reads a tenth of a second of matches, and a team database answers over the network. One search
// runs at a time. A query asked for while one runs waits, and only the newest waiting query runs:
// typing on drops what is no longer wanted. finished answers every query that was not overtaken
// by a newer one before its answer came.
//
// The connection is opened read-only on the first search and kept, so that what the store keeps
// between searches (each phrase's count of rows) serves the next ones. When the database cannot be
// opened a second time, searches run on the window's own connection instead, as before.
class SearchRunner final : public QObject
{
    Q_OBJECT

public:
    // `store` is the window's; it is only used here, on this thread, when it cannot be opened again.
    explicit SearchRunner(Store &store, QObject *parent = nullptr);
    ~SearchRunner() override; // waits for a search under way

    void search(const QString &query, int limit);
    // A search runs or waits to run.
    bool isBusy() const { return m_running || m_waiting.has_value(); }

signals:
    // `error` is empty when the search ran; then `hits` are its answer, best first.
    void finished(const QString &query, const QList<SearchHit> &hits, const QString &error);

private:
    struct Request
    {
        QString query;
        int limit = 0;
    };
    struct Answer
    {
        QList<SearchHit> hits;
        QString error;
        bool unopened = false; // the database could not be opened again; nothing was searched
    };

    void runNext();
    void answer(const Request &request, Answer answer);
    Answer searchOnThread(const Request &request); // on m_thread only
    static Answer searchIn(Store &store, const Request &request);

    Store &m_store;
    const Store::Opener m_open;
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr; // lives on m_thread: what runs there is queued to it
    std::unique_ptr<Store> m_reader;    // touched on m_thread only, and after it stopped
    std::optional<Request> m_waiting;
    bool m_running = false;
    bool m_onWindowConnection = false;
};

} // namespace tickerline
