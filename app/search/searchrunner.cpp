// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrunner.h"

#include "error.h"

#include <QThread>

#include <exception>

namespace tickerline {

SearchRunner::SearchRunner(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_open(store.opener())
{}

SearchRunner::~SearchRunner()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_threadContext;
    m_reader.reset(); // the thread has stopped: nothing else uses the connection
}

void SearchRunner::search(const QString &query, int limit)
{
    m_waiting = Request{query, limit};
    runNext();
}

void SearchRunner::runNext()
{
    if (m_running || !m_waiting)
        return;
    const Request request = *std::exchange(m_waiting, std::nullopt);
    if (m_onWindowConnection) {
        answer(request, searchIn(m_store, request));
        return;
    }
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("search"));
        m_threadContext = new QObject;
        m_threadContext->moveToThread(m_thread);
        m_thread->start();
    }
    m_running = true;
    QMetaObject::invokeMethod(m_threadContext, [this, request] {
        Answer found = searchOnThread(request);
        // Queued to this object's thread; dropped with the object if it is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, request, found = std::move(found)]() mutable {
                m_running = false;
                answer(request, std::move(found));
            },
            Qt::QueuedConnection);
    });
}

void SearchRunner::answer(const Request &request, Answer answer)
{
    if (answer.unopened) {
        m_onWindowConnection = true;
        if (!m_waiting)
            answer = searchIn(m_store, request);
    }
    if (m_waiting) {
        runNext(); // a newer query came meanwhile: this answer is not wanted any more
        return;
    }
    emit finished(request.query, answer.hits, answer.error);
}

SearchRunner::Answer SearchRunner::searchOnThread(const Request &request)
{
    if (!m_reader) {
        try {
            m_reader = m_open(Store::Open::ReadOnly);
        } catch (const std::exception &) {
            return Answer{{}, {}, true};
        }
    }
    return searchIn(*m_reader, request);
}

SearchRunner::Answer SearchRunner::searchIn(Store &store, const Request &request)
{
    try {
        return Answer{store.search(request.query, request.limit), {}, false};
    } catch (const Error &error) {
        return Answer{{}, error.message(), false};
    } catch (const std::exception &error) {
        return Answer{{}, QString::fromLocal8Bit(error.what()), false};
    }
}

} // namespace tickerline
