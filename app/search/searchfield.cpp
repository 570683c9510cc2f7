// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfield.h"

#include "search/searchrunner.h"
#include "store/searchquery.h"
#include "style/palette.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScreen>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <utility>

namespace tickerline {

namespace {

constexpr int kLimit = 30;
constexpr int kVisibleRows = 10;
// Long enough to skip the searches of a word half typed, short enough to feel immediate.
constexpr int kTypingPauseMs = 150;
// A search still running after this long says so, rather than leave the user wondering.
constexpr int kSlowSearchMs = 250;

QString typeLabel(const QString &type)
{
    if (type == QLatin1String("event"))
        return SearchField::tr("Event");
    if (type == QLatin1String("source"))
        return SearchField::tr("Source");
    return SearchField::tr("Quote");
}

} // namespace

SearchField::SearchField(Store &store, QWidget *parent)
    : QLineEdit(parent)
    , m_runner(new SearchRunner(store, this))
{
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Search events, sources and quotes (Ctrl+F)"));
    setToolTip(tr("Every word must occur.\n\"cut your expectations\": these words, in this order\n"
                  "stargate or deepseek: either\nnvidia -stargate: without stargate"));

    m_popup = new QTreeWidget;
    m_popup->setObjectName(QStringLiteral("searchResults"));
    m_popup->setWindowFlags(Qt::Popup);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setFocusProxy(this);
    m_popup->setMouseTracking(true);
    m_popup->setColumnCount(3);
    m_popup->setUniformRowHeights(true);
    m_popup->setRootIsDecorated(false);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_popup->setHeaderHidden(true);
    m_popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_popup->header()->setStretchLastSection(true);
    m_popup->installEventFilter(this);
    connect(m_popup, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { choose(m_popup->indexOfTopLevelItem(item)); });

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &SearchField::searchNow);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    // An Enter pressed before the answer came is for the text it was pressed on.
    connect(this, &QLineEdit::textEdited, this, [this] { m_chooseFirstHit = false; });

    m_slow = new QTimer(this);
    m_slow->setSingleShot(true);
    m_slow->setInterval(kSlowSearchMs);
    connect(m_slow, &QTimer::timeout, this, [this] {
        if (m_runner->isBusy())
            showMessage(tr("Searching for “%1”…").arg(text().trimmed()));
    });
    connect(m_runner, &SearchRunner::finished, this, &SearchField::showAnswer);
}

SearchField::~SearchField()
{
    delete m_popup; // a top-level window, not a child
}

bool SearchField::isSearching() const
{
    return m_runner->isBusy();
}

void SearchField::searchNow()
{
    m_pause->stop();
    const QString query = text().trimmed();
    if (query.isEmpty()) {
        m_slow->stop();
        m_hits.clear();
        m_hitsQuery.clear();
        m_chooseFirstHit = false;
        m_popup->hide();
        return;
    }
    m_runner->search(query, kLimit);
    if (m_runner->isBusy() && !m_slow->isActive())
        m_slow->start();
}

void SearchField::showAnswer(const QString &query, const QList<SearchHit> &hits, const QString &error)
{
    if (!m_runner->isBusy())
        m_slow->stop();
    if (query != text().trimmed())
        return; // typed on meanwhile: the search of the new text is on its way
    m_hitsQuery = query;
    if (!error.isEmpty()) {
        m_chooseFirstHit = false;
        showMessage(error);
        return;
    }
    if (std::exchange(m_chooseFirstHit, false) && !hits.isEmpty()) {
        m_hits = hits;
        choose(0);
        return;
    }
    showHits(hits);
}

void SearchField::showMessage(const QString &message)
{
    m_hits.clear();
    m_popup->clear();
    auto *item = new QTreeWidgetItem(m_popup, {QString(), message});
    item->setFlags(Qt::NoItemFlags);
    placePopup(1);
}

void SearchField::showHits(const QList<SearchHit> &hits)
{
    m_hits = hits;
    m_popup->setUpdatesEnabled(false);
    m_popup->clear();
    const QColor dim = palette::mutedText(m_popup->palette()); // quieter, still readable (4.5:1)
    for (const SearchHit &hit : hits) {
        auto *item = new QTreeWidgetItem(m_popup);
        item->setText(0, typeLabel(hit.type));
        item->setForeground(0, dim);
        // A quote has no title: its own words stand in the title's place.
        const bool untitled = hit.title.isEmpty();
        item->setText(1, untitled ? hit.snippet.simplified() : hit.title);
        item->setText(2, untitled ? QString() : hit.snippet.simplified());
        item->setToolTip(2, hit.snippet);
    }
    if (hits.isEmpty()) {
        // A query of exclusions or punctuation alone looks for nothing: say so, not that nothing matched.
        const QString typed = text().trimmed();
        const QString why = SearchQuery::parse(typed).isEmpty()
                                ? tr("“%1” has no word to look for: add one that is not excluded").arg(typed)
                                : tr("Nothing matches “%1”").arg(typed);
        auto *item = new QTreeWidgetItem(m_popup, {QString(), why});
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_popup->setCurrentItem(m_popup->topLevelItem(0));
    }
    m_popup->setUpdatesEnabled(true);
    placePopup(int(hits.size()));
}

void SearchField::placePopup(int rows)
{
    rows = std::clamp(rows, 1, kVisibleRows);
    const int popupWidth = std::max(width() * 2, 560);
    const QRect screenRect = screen() ? screen()->availableGeometry() : QRect(0, 0, 1920, 1080);
    QPoint at = mapToGlobal(QPoint(0, height()));
    at.setX(std::max(screenRect.left(), std::min(at.x(), screenRect.right() - popupWidth)));
    m_popup->resize(popupWidth, m_popup->sizeHintForRow(0) * rows + 2 * m_popup->frameWidth());
    m_popup->move(at);
    m_popup->show();
}

void SearchField::choose(int row)
{
    m_popup->hide();
    if (row < 0 || row >= m_hits.size())
        return;
    const SearchHit hit = m_hits.at(row);
    if (hit.type == QLatin1String("event"))
        emit eventChosen(hit.uid);
    else if (hit.type == QLatin1String("source"))
        emit sourceChosen(hit.uid);
    else
        emit quoteChosen(hit.uid);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    // With the list closed: Enter takes the best hit of the text, searching first when its answer
    // is not in yet; ↓ opens the list.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_hitsQuery == text().trimmed() && !m_runner->isBusy() && !m_pause->isActive()) {
            if (!m_hits.isEmpty())
                choose(0);
            else
                searchNow(); // shows that nothing matches
            return;
        }
        m_chooseFirstHit = true;
        searchNow();
        return;
    }
    if (event->key() == Qt::Key_Down) {
        searchNow();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

bool SearchField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_popup)
        return QLineEdit::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress &&
        !m_popup->rect().contains(
            m_popup->mapFromGlobal(static_cast<QMouseEvent *>(event)->globalPosition().toPoint()))) {
        m_popup->hide();
        setFocus();
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
        choose(m_popup->currentItem() ? m_popup->indexOfTopLevelItem(m_popup->currentItem()) : 0);
        return true;
    case Qt::Key_Escape:
        m_popup->hide();
        setFocus();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return false; // the list moves its current row
    default:
        // Typing goes on in the field while the list is open.
        setFocus();
        event->ignore();
        QLineEdit::event(event);
        m_pause->start();
        return true;
    }
}

} // namespace tickerline
