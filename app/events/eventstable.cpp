// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstable.h"

#include "models/eventfilterproxymodel.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "time/isotime.h"
#include "widgets/emptystatelabel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableView>
#include <QTimeZone>

#include <algorithm>

namespace tickerline {

EventsTable::EventsTable(EventSelection *selection, EventTableModel *model, EventFilterProxyModel *filter,
                         QWidget *parent)
    : QStackedWidget(parent), m_selection(selection), m_model(model), m_filter(filter)
{
    setObjectName(QStringLiteral("eventsArea"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("eventsTable"));

    // Connected before the view's selection model exists, so these run before it reacts: when a
    // filter removes the current row, the selection model moves to a neighbour, and that move
    // must not change the selected event.
    auto hold = [this] { m_syncing = true; };
    auto resume = [this] {
        m_syncing = false;
        selectEvent(m_selection->currentEvent());
    };
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, hold);
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, hold);

    m_view->setModel(m_filter);

    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, resume);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, resume);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, resume);
    connect(m_filter, &QAbstractItemModel::modelReset, this, resume);

    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::TimeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for the longest date span and kind in the window's language and locale, and
    // never narrower than a column's (translated) title.
    const QFontMetrics titleMetrics = header->fontMetrics();
    const auto fit = [&](int column, int contentWidth) {
        const QString title = m_filter->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(contentWidth, titleMetrics.horizontalAdvance(title) + 20));
    };
    const QString span =
        EventTableModel::formatEventTime(kMsPerDay * 20114, kMsPerDay * 20115, Precision::Day, true, QTimeZone::utc());
    fit(EventTableModel::TimeColumn, metrics.horizontalAdvance(span) + 16);
    header->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    int kindWidth = 0;
    for (EventKind kind : allEventKinds())
        kindWidth = std::max(kindWidth, metrics.horizontalAdvance(eventKindLabel(kind)));
    fit(EventTableModel::KindColumn, kindWidth + 28);
    fit(EventTableModel::ActorsColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 18);
    fit(EventTableModel::SymbolsColumn, metrics.horizontalAdvance(QStringLiteral("NVDA, AVGO")) + 12);
    fit(EventTableModel::QuotesColumn, 0); // a count: as wide as its title
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Title")) + 24);
    m_actorsWidth = header->sectionSize(EventTableModel::ActorsColumn);
    m_symbolsWidth = header->sectionSize(EventTableModel::SymbolsColumn);
    // A width the user gives (or a saved layout restores) is theirs: fitting stops there.
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting && (column == EventTableModel::ActorsColumn || column == EventTableModel::SymbolsColumn))
            m_userSized = true;
    });
    m_view->installEventFilter(this);

    // Selection, not the current index: a view that gains focus makes its first row current
    // without selecting it, and that must not pick an event for the user.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_syncing)
            return;
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_selection->setCurrentEvent(rows.constFirst().data(EventTableModel::UidRole).toString());
    });
    connect(m_selection, &EventSelection::currentEventChanged, this, &EventsTable::selectEvent);
    connect(m_filter, &EventFilterProxyModel::filterChanged, this, &EventsTable::updateEmptyState);
    // A filter or a sort that keeps the selected event keeps it in view: clearing a filter brings
    // back every row around it, and the view would otherwise stay where the few rows were.
    connect(m_filter, &EventFilterProxyModel::filterChanged, this, &EventsTable::showSelectedEvent);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &EventsTable::showSelectedEvent);

    m_empty = new EmptyStateLabel(this);
    m_empty->setObjectName(QStringLiteral("noEventsLabel"));
    addWidget(m_empty);
    addWidget(m_view);
}

void EventsTable::restoreHeader(const QByteArray &state)
{
    if (m_view->horizontalHeader()->restoreState(state))
        m_userSized = true;
}

bool EventsTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        fitColumns();
    return QStackedWidget::eventFilter(watched, event);
}

void EventsTable::fitColumns()
{
    // The title is what a reader scans for: in a narrow window the actors and symbols give up
    // their width first, so that the title keeps about two fifths of the table (until the user
    // sizes the columns).
    if (m_userSized)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int width = m_view->viewport()->width();
    const int fixed = header->sectionSize(EventTableModel::TimeColumn) + header->sectionSize(EventTableModel::KindColumn)
                      + header->sectionSize(EventTableModel::QuotesColumn);
    const int spare = std::max(0, width - fixed - width * 2 / 5);
    const int wanted = m_actorsWidth + m_symbolsWidth;
    const double share = wanted > 0 ? std::min(1.0, double(spare) / double(wanted)) : 1.0;
    // Never narrower than the column's title, which is longer in some languages ("Symbole").
    const auto least = [&](int column) {
        const QString title = m_filter->headerData(column, Qt::Horizontal).toString();
        return std::max(header->minimumSectionSize(), header->fontMetrics().horizontalAdvance(title) + 16);
    };
    m_fitting = true;
    header->resizeSection(EventTableModel::ActorsColumn,
                          std::max(least(EventTableModel::ActorsColumn), int(m_actorsWidth * share)));
    header->resizeSection(EventTableModel::SymbolsColumn,
                          std::max(least(EventTableModel::SymbolsColumn), int(m_symbolsWidth * share)));
    m_fitting = false;
}

void EventsTable::showSelectedEvent()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return;
    m_view->doItemsLayout(); // the scroll range for the rows shown now, which the view would set later
    m_view->scrollTo(current);
}

void EventsTable::updateEmptyState()
{
    // Nothing in the database, or nothing the filters let through: each says so, and how on.
    const bool none = m_model->rowCount() == 0;
    const bool filteredOut = !none && m_filter->rowCount() == 0;
    const auto keys = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    if (none)
        m_empty->setText(tr("No events yet. Add one with Events → New event (%1), or import a file with "
                            "File → Import… or by dropping it on the window.")
                             .arg(keys(QKeySequence::New)));
    else if (filteredOut)
        m_empty->setText(tr("No event matches the filter “%1” in its title, actors or symbols. The search "
                            "field (%2) also looks in summaries, sources and quotes.")
                             .arg(m_filter->text(), keys(QKeySequence::Find)));
    setCurrentWidget(none || filteredOut ? static_cast<QWidget *>(m_empty) : m_view);
}

void EventsTable::selectEvent(const QString &uid)
{
    if (m_syncing)
        return;
    const int row = m_model->rowOfEvent(uid);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    QItemSelectionModel *selectionModel = m_view->selectionModel();
    if (index.isValid() && selectionModel->currentIndex().row() == index.row()
        && selectionModel->isRowSelected(index.row()))
        return;
    m_syncing = true;
    if (index.isValid()) {
        selectionModel->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        // Hidden by a filter or nothing selected: no row stands for it.
        selectionModel->clear();
    }
    m_syncing = false;
}

} // namespace tickerline
