// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "models/eventfilterproxymodel.h"
#include "models/eventtablemodel.h"
#include "search/searchfield.h"

#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace tickerline {

FilterBar::FilterBar(Store &store, EventFilterProxyModel *filter, QWidget *parent)
    : QToolBar(tr("Filters"), parent), m_filter(filter)
{
    setObjectName(QStringLiteral("filterToolBar"));
    setMovable(true);

    auto *kindMenu = new QMenu(this);
    QAction *all = kindMenu->addAction(tr("Show all kinds"));
    all->setObjectName(QStringLiteral("kindFilterAll"));
    connect(all, &QAction::triggered, this, [this] { setVisibleKinds(allEventKinds()); });
    kindMenu->addSeparator();
    for (EventKind kind : allEventKinds()) {
        QAction *action = kindMenu->addAction(eventKindLabel(kind));
        action->setObjectName(QStringLiteral("kindFilter_") + toString(kind));
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, kind](bool on) {
            m_filter->setKindVisible(kind, on);
            updateKindButton();
        });
        m_kindActions << action;
    }

    m_kindButton = new QToolButton(this);
    m_kindButton->setObjectName(QStringLiteral("kindFilterButton"));
    m_kindButton->setMenu(kindMenu);
    m_kindButton->setPopupMode(QToolButton::InstantPopup);
    m_kindButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_kindButton->setToolTip(tr("Show only some kinds of event"));
    addWidget(m_kindButton);
    updateKindButton();

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Filter events by title, actor or symbol…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMaximumWidth(360);
    m_text->setMinimumWidth(180);
    connect(m_text, &QLineEdit::textChanged, m_filter, &EventFilterProxyModel::setText);
    addWidget(m_text);
    addSeparator();

    m_search = new SearchField(store, this);
    m_search->setMaximumWidth(420);
    m_search->setMinimumWidth(180);
    addWidget(m_search);
    m_searchAction = new QAction(tr("&Search…"), this);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void FilterBar::setVisibleKinds(const QList<EventKind> &kinds)
{
    for (int i = 0; i < m_kindActions.size(); ++i)
        m_kindActions[i]->setChecked(kinds.contains(allEventKinds().at(i)));
}

void FilterBar::showEverything()
{
    setVisibleKinds(allEventKinds());
    m_text->clear();
}

void FilterBar::updateKindButton()
{
    const qsizetype shown = m_filter->visibleKinds().size();
    if (m_filter->allKindsVisible())
        m_kindButton->setText(tr("All kinds"));
    else if (shown == 1)
        m_kindButton->setText(eventKindLabel(m_filter->visibleKinds().constFirst()));
    else
        m_kindButton->setText(tr("%1 of %2 kinds").arg(shown).arg(allEventKinds().size()));
}

} // namespace tickerline
