// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcedeck.h"

#include "sources/sourcepane.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>

namespace tickerline {

SourceDeck::SourceDeck(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sourceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (!m_sideBySide) {
            m_current = qobject_cast<SourcePane *>(m_tabs->currentWidget());
            emit currentPaneChanged(m_current);
        }
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("sourceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_splitter);
}

QList<SourcePane *> SourceDeck::panes() const
{
    QList<SourcePane *> result;
    for (const Entry &entry : m_entries)
        result << entry.pane;
    return result;
}

SourcePane *SourceDeck::currentPane() const
{
    return m_current && panes().contains(m_current.data()) ? m_current.data()
                                                           : (m_entries.isEmpty() ? nullptr : m_entries.first().pane);
}

void SourceDeck::setCurrentPane(SourcePane *pane)
{
    if (!pane || !panes().contains(pane))
        return;
    m_current = pane;
    if (!m_sideBySide)
        m_tabs->setCurrentWidget(pane);
    emit currentPaneChanged(pane);
}

void SourceDeck::setPanes(const QList<Entry> &entries, SourcePane *current)
{
    for (const Entry &old : std::as_const(m_entries))
        old.pane->textView()->removeEventFilter(this);
    m_entries = entries;
    for (const Entry &entry : std::as_const(m_entries))
        entry.pane->textView()->installEventFilter(this); // focus tells which side-by-side pane is current
    m_current = current;
    place();
}

void SourceDeck::setSideBySide(bool on)
{
    if (on == m_sideBySide)
        return;
    m_sideBySide = on;
    place();
    emit sideBySideChanged(on);
}

void SourceDeck::place()
{
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count())
        m_tabs->removeTab(0);
    // A pane leaving the splitter is taken out by reparenting it into the tabs below, or out of
    // both when the caller dropped it.
    for (int i = m_splitter->count() - 1; i >= 0; --i) {
        QWidget *widget = m_splitter->widget(i);
        bool kept = false;
        for (const Entry &entry : std::as_const(m_entries))
            kept = kept || entry.pane == widget;
        if (!kept) {
            widget->hide();
            widget->setParent(nullptr);
        }
    }
    if (m_sideBySide) {
        for (int i = 0; i < m_entries.size(); ++i) {
            m_splitter->insertWidget(i, m_entries[i].pane);
            m_entries[i].pane->show();
        }
        // Equal widths: a comparison reads best when neither side is squeezed.
        QList<int> sizes(m_entries.size(), std::max(1, m_splitter->width() / std::max<int>(1, int(m_entries.size()))));
        m_splitter->setSizes(sizes);
        m_stack->setCurrentWidget(m_splitter);
    } else {
        for (const Entry &entry : std::as_const(m_entries)) {
            const int tab = m_tabs->addTab(entry.pane, entry.label);
            m_tabs->setTabToolTip(tab, entry.toolTip);
        }
        if (SourcePane *current = currentPane())
            m_tabs->setCurrentWidget(current);
        m_stack->setCurrentWidget(m_tabs);
    }
}

bool SourceDeck::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.pane->textView() == watched && m_current != entry.pane) {
                m_current = entry.pane;
                emit currentPaneChanged(entry.pane);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tickerline
