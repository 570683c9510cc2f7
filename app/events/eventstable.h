// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;
class QTableView;

namespace tickerline {

class EventFilterProxyModel;
class EventSelection;
class EventTableModel;

// The table of the events the filters let through, sortable by any column, that follows and
// drives the shared selection; or, when there is no row, a sentence saying why (no events yet,
// or a filter that matches none) and what to do.
class EventsTable final : public QStackedWidget
{
    Q_OBJECT

public:
    EventsTable(EventSelection *selection, EventTableModel *model, EventFilterProxyModel *filter,
                QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLabel *emptyLabel() const { return m_empty; }

    // The columns as the user left them (QHeaderView::saveState); fitting the columns to the
    // window stops once there is such a layout.
    void restoreHeader(const QByteArray &state);
    // Shows the table, or the empty state that fits.
    void updateEmptyState();
    // Selects and scrolls to the event's row; clears the selection when no row shows it.
    void selectEvent(const QString &uid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void showSelectedEvent(); // scrolls the selected row into view

    EventSelection *m_selection;
    EventTableModel *m_model;
    EventFilterProxyModel *m_filter;
    QTableView *m_view;
    QLabel *m_empty;
    bool m_syncing = false; // the table is following the selection, not leading it
    int m_actorsWidth = 0;  // the widths the columns get when there is room
    int m_symbolsWidth = 0;
    bool m_fitting = false; // fitColumns is resizing, not the user
    bool m_userSized = false;
};

} // namespace tickerline
