// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>

namespace tickerline {

// The one shared state of the views: which event is selected and which span of time is in
// view. Every view writes to it and follows it, so no view needs to know the others.
class EventSelection final : public QObject
{
    Q_OBJECT

public:
    explicit EventSelection(QObject *parent = nullptr);

    QString currentEvent() const { return m_currentEvent; }
    std::int64_t visibleFromMs() const { return m_fromMs; }
    std::int64_t visibleToMs() const { return m_toMs; }
    bool hasVisibleRange() const { return m_toMs > m_fromMs; }

public slots:
    void setCurrentEvent(const QString &uid);
    void setVisibleRange(std::int64_t fromMs, std::int64_t toMs);

signals:
    void currentEventChanged(const QString &uid);
    void visibleRangeChanged(std::int64_t fromMs, std::int64_t toMs);

private:
    QString m_currentEvent;
    std::int64_t m_fromMs = 0;
    std::int64_t m_toMs = 0;
};

} // namespace tickerline
