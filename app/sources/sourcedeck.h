// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QSplitter;
class QStackedLayout;
class QTabWidget;

namespace tickerline {

class SourcePane;

// The open source panes, either as tabs (one read at a time) or side by side in a horizontal
// splitter (to compare how two sources report the same event). The panes move between the two;
// they are never rebuilt, so each keeps its scroll position and emphasis.
class SourceDeck final : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        SourcePane *pane = nullptr;
        QString label;   // the tab's text
        QString toolTip; // the tab's tooltip
    };

    explicit SourceDeck(QWidget *parent = nullptr);

    // Shows these panes in this order; panes no longer listed are handed back to the caller
    // (reparented to nothing is not done: the caller owns and deletes them).
    void setPanes(const QList<Entry> &entries, SourcePane *current);
    QList<SourcePane *> panes() const;
    SourcePane *currentPane() const;
    void setCurrentPane(SourcePane *pane);
    int count() const { return int(m_entries.size()); }

    bool sideBySide() const { return m_sideBySide; }
    void setSideBySide(bool on);

    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    void sideBySideChanged(bool on);
    void currentPaneChanged(SourcePane *pane);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QStackedLayout *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<Entry> m_entries;
    QPointer<SourcePane> m_current;
    bool m_sideBySide = false;
};

} // namespace tickerline
