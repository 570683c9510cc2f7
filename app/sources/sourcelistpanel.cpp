// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelistpanel.h"

#include "models/sourcelistmodel.h"
#include "store/store.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tickerline {

namespace {

// The model has no author column: the author joins the outlet ("X · Sam Altman"), and the filter
// matches authors too, since an analyst thinks of a post by who wrote it.
class SourceFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == SourceListModel::OutletColumn) {
            const Source *source = sourceOf(index.row());
            if (source && !source->author.isEmpty())
                return source->outlet.isEmpty() ? source->author
                                                : source->outlet + QStringLiteral(" · ") + source->author;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (QSortFilterProxyModel::filterAcceptsRow(row, parent))
            return true;
        const auto *model = static_cast<const SourceListModel *>(sourceModel());
        const Source *source = model->sourceAt(row);
        return source && source->author.contains(filterRegularExpression());
    }

private:
    const Source *sourceOf(int proxyRow) const
    {
        const QModelIndex source = mapToSource(index(proxyRow, 0));
        return static_cast<const SourceListModel *>(sourceModel())->sourceAt(source.row());
    }
};

} // namespace

SourceListPanel::SourceListPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sourceList"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("sourceFilter"));
    m_filter->setPlaceholderText(tr("Filter sources by outlet, title, author or date…"));
    m_filter->setClearButtonEnabled(true);

    m_model = new SourceListModel(this);
    m_proxy = new SourceFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setSortRole(SourceListModel::SortRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sourceListView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SourceListModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SourceListModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(SourceListModel::OutletColumn, metrics.horizontalAdvance(QStringLiteral("Financial Times")));
    header->resizeSection(SourceListModel::DateColumn, metrics.horizontalAdvance(QStringLiteral("~2025-01-28 ")) + 16);
    header->resizeSection(SourceListModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("Article")) + 20);
    header->resizeSection(SourceListModel::UrlColumn, metrics.horizontalAdvance(QStringLiteral("futurism.com/…")) + 16);

    const auto choose = [this](const QModelIndex &index) {
        if (index.isValid())
            emit sourceChosen(index.data(SourceListModel::UidRole).toString());
    };
    connect(m_view, &QTableView::clicked, this, choose);
    connect(m_view, &QTableView::activated, this, choose);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

void SourceListPanel::setSources(const QList<Source> &sources)
{
    m_model->setSources(sources);
}

void SourceListPanel::setCurrentSource(const QString &uid)
{
    const int row = m_model->rowOfSource(uid);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<Source> SourceListPanel::readHeaders(Store &store)
{
    return store.sourceHeaders();
}

} // namespace tickerline
