// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

#include <functional>
#include <optional>

class QTextBrowser;
class QUrl;

namespace tickerline {

class EventSelection;
class Store;

// The selected event in full: its fields, actors, links, quotes with their anchor status, and
// the market's reaction on the first session it reached. Links and quotes are clickable.
class InspectorPane final : public QWidget
{
    Q_OBJECT

public:
    InspectorPane(Store &store, EventSelection *selection, QWidget *parent = nullptr);

    // Events on show before they are stored (an import being saved), and names of actors that
    // are not stored yet: asked when the store has none.
    void setUnsavedLookups(std::function<std::optional<Event>(const QString &uid)> event,
                           std::function<QString(const QString &actorUid)> actorName);

    // The text shown, as plain text (what a user reads; tests check it).
    QString plainText() const;

public slots:
    void showEvent(const QString &uid);

signals:
    void quoteActivated(const QString &quoteUid);

protected:
    void changeEvent(QEvent *event) override; // a new palette: the event again, in its colours

private:
    void openLink(const QUrl &url);

    Store &m_store;
    EventSelection *m_selection;
    QTextBrowser *m_view;
    std::function<std::optional<Event>(const QString &)> m_unsavedEvent;
    std::function<QString(const QString &)> m_unsavedActorName;
};

} // namespace tickerline
