// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QLineEdit>

class QTimer;
class QTreeWidget;

namespace tickerline {

// The window's full-text search (Ctrl+F) over events, sources and quotes: results with their
// snippets drop down as the user types; Enter or a click takes the highlighted one (the first
// when none is), ↑/↓ move through them and Esc closes the list. The query reaches SQL only as a
// bound parameter (Store::search quotes every word).
class SearchField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(Store &store, QWidget *parent = nullptr);
    ~SearchField() override;

    QTreeWidget *results() const { return m_popup; }
    // Runs the search for the current text now instead of after the typing pause.
    void searchNow();

signals:
    void eventChosen(const QString &uid);
    void sourceChosen(const QString &uid);
    void quoteChosen(const QString &uid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHits(const QList<SearchHit> &hits);
    void choose(int row);

    Store &m_store;
    QTreeWidget *m_popup;
    QTimer *m_pause;
    QList<SearchHit> m_hits;
};

} // namespace tickerline
