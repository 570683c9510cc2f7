// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QLineEdit>

class QTimer;
class QTreeWidget;

namespace tickerline {

class SearchRunner;

// The window's full-text search (Ctrl+F) over events, sources and quotes: results with their
// snippets drop down as the user types, searched off the GUI thread (SearchRunner); Enter or a
// click takes the highlighted one (the first when none is), ↑/↓ move through them and Esc closes
// the list. The query reaches SQL only as a bound parameter (Store::search quotes every word).
class SearchField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(Store &store, QWidget *parent = nullptr);
    ~SearchField() override;

    QTreeWidget *results() const { return m_popup; }
    // Searches for the current text now instead of after the typing pause; the results show
    // when the answer comes (at once when the search runs on the window's connection).
    void searchNow();
    // A search runs or waits to run; its results are not shown yet.
    bool isSearching() const;

signals:
    void eventChosen(const QString &uid);
    void sourceChosen(const QString &uid);
    void quoteChosen(const QString &uid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showAnswer(const QString &query, const QList<SearchHit> &hits, const QString &error);
    void showHits(const QList<SearchHit> &hits);
    void showMessage(const QString &message); // one row, not a hit
    void placePopup(int rows);
    void choose(int row);

    SearchRunner *m_runner;
    QTreeWidget *m_popup;
    QTimer *m_pause;
    QTimer *m_slow; // says "Searching…" when an answer is slow to come
    QList<SearchHit> m_hits;
    QString m_hitsQuery;           // the text m_hits answer
    bool m_chooseFirstHit = false; // Enter was pressed before the answer came
};

} // namespace tickerline
