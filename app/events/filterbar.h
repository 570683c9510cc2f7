// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QToolBar>

class QLineEdit;
class QToolButton;

namespace tickerline {

class EventFilterProxyModel;
class SearchField;
class Store;

// The window's filter bar: which kinds of event show, a text filter over titles, actors and
// symbols (the table and the timeline both follow it), and the full-text search field.
class FilterBar final : public QToolBar
{
    Q_OBJECT

public:
    FilterBar(Store &store, EventFilterProxyModel *filter, QWidget *parent = nullptr);

    QLineEdit *textFilter() const { return m_text; }
    SearchField *searchField() const { return m_search; }
    QAction *searchAction() const { return m_searchAction; } // Ctrl+F: focus the search field

    void setVisibleKinds(const QList<EventKind> &kinds);
    void showEverything(); // every kind, no text filter

private:
    void updateKindButton();

    EventFilterProxyModel *m_filter;
    QToolButton *m_kindButton;
    QList<QAction *> m_kindActions;
    QLineEdit *m_text;
    SearchField *m_search;
    QAction *m_searchAction;
};

} // namespace tickerline
