// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tickerline {

class SourceListModel;
class Store;

// Every source of the database — outlet, title, date, kind, link — with a filter box; choosing
// one (a click, or Enter) opens it.
class SourceListPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceListPanel(QWidget *parent = nullptr);

    void setSources(const QList<Source> &sources);
    // The sources without their texts: a list of a thousand articles should not read them all.
    static QList<Source> readHeaders(Store &store);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    SourceListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Marks the open source in the list (nothing when it is not listed).
    void setCurrentSource(const QString &uid);

signals:
    void sourceChosen(const QString &uid);

private:
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    SourceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace tickerline
