// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "models/eventselection.h"
#include "models/sourcelistmodel.h"
#include "sources/sourcepane.h"
#include "sources/sourcedeck.h"
#include "sources/sourceeditor.h"
#include "sources/sourcelistpanel.h"
#include "store/store.h"
#include "timeline/timelineindex.h"
#include "widgets/emptystatelabel.h"
#include "workspace.h"

#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace tickerline {

namespace {

const QString kSideBySideKey = QStringLiteral("Sources/sideBySide");

QSettings settings() { return QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")); }

} // namespace

SourceView::SourceView(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("sourceView"));
    m_noSource = new EmptyStateLabel(tr("Select an event to read its source"), this);
    m_noSource->setObjectName(QStringLiteral("noSourceLabel"));

    m_deck = new SourceDeck(this);
    m_deck->setObjectName(QStringLiteral("sourceDeck"));
    connect(m_deck, &SourceDeck::currentPaneChanged, this,
            [this](SourcePane *pane) { m_list->setCurrentSource(pane ? pane->sourceUid() : QString()); });

    m_area = new QStackedWidget(this);
    m_area->setObjectName(QStringLiteral("sourcePanes"));
    m_area->addWidget(m_noSource);
    m_area->addWidget(m_deck);

    m_list = new SourceListPanel(this);
    connect(m_list, &SourceListPanel::sourceChosen, this, &SourceView::openSource);

    m_editor = new SourceEditor(workspace, this);
    connect(m_editor, &SourceEditor::sourceAdded, this, &SourceView::openSource);
    connect(m_editor, &SourceEditor::message, this, &SourceView::message);
    // Before indexChanged, which shows the panes again with what this reads.
    connect(&workspace, &Workspace::sourcesChanged, this, &SourceView::updateSources);
    connect(&workspace, &Workspace::indexChanged, this, &SourceView::updateEventTitles);
    for (auto edited : {&Workspace::eventsInserted, &Workspace::eventsChanged, &Workspace::eventsRemoved})
        connect(&workspace, edited, this, &SourceView::updateEventTitles);

    m_sideBySideAction = new QAction(tr("Side by side"), this);
    m_sideBySideAction->setObjectName(QStringLiteral("sideBySideAction"));
    m_sideBySideAction->setCheckable(true);
    m_sideBySideAction->setToolTip(tr("Show the open sources next to each other instead of as tabs"));
    m_sideBySideAction->setChecked(settings().value(kSideBySideKey, false).toBool());
    m_deck->setSideBySide(m_sideBySideAction->isChecked());
    connect(m_sideBySideAction, &QAction::toggled, this, [this](bool on) {
        m_deck->setSideBySide(on);
        settings().setValue(kSideBySideKey, on);
    });

    m_importArticleAction = new QAction(tr("&Import article…"), this);
    m_importArticleAction->setObjectName(QStringLiteral("importArticleAction"));
    m_importArticleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importArticleAction->setToolTip(tr("Add a text, Markdown or HTML article as a new source "
                                         "(or drop the file on the window)"));
    connect(m_importArticleAction, &QAction::triggered, m_editor, &SourceEditor::chooseArticleToImport);
    m_importArticleAction->setEnabled(!workspace.isReadOnly());

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("sourceToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_sideBySideAction);
    bar->addAction(m_importArticleAction);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("sourceDockSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_area);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({fontMetrics().height() * 8, 600}); // the header and about five sources

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);
    setMinimumWidth(280);

    connect(workspace.selection(), &EventSelection::currentEventChanged, this,
            [this](const QString &uid) { showSourcesOf(uid); });
}

QTabWidget *SourceView::tabs() const
{
    return m_deck->tabs();
}

SourcePane *SourceView::currentPane() const
{
    return m_area->currentWidget() == m_deck ? m_deck->currentPane() : nullptr;
}

QHash<QString, QString> SourceView::firstQuotes() const
{
    QHash<QString, QString> first;
    for (auto it = m_quotesOfEvent.cbegin(); it != m_quotesOfEvent.cend(); ++it)
        first.insert(it.key(), it.value().constFirst().exact);
    return first;
}

void SourceView::refresh()
{
    Store &store = m_workspace.store();
    m_allQuotes = store.quotes();
    m_sources.clear();
    m_quotesOfSource.clear();
    indexQuotes();
    // Headers, not texts: source texts are read when a pane needs them.
    const QList<Source> sources = SourceListPanel::readHeaders(store);
    m_list->setSources(sources);
    m_sourceCount = sources.size();
    updateEventTitles();
}

void SourceView::updateSources(const QStringList &sourceUids, bool listChanged)
{
    // The pane edited stays open even when the selected event no longer quotes it.
    if (const SourcePane *pane = currentPane(); pane && sourceUids.contains(pane->sourceUid()))
        m_openedSource = pane->sourceUid();
    // Only the changed sources' quotes are read again; the order stays the store's (by id).
    Store &store = m_workspace.store();
    m_allQuotes.removeIf([&](const Quote &quote) { return sourceUids.contains(quote.source); });
    for (const QString &uid : sourceUids) {
        m_sources.remove(uid);
        m_quotesOfSource.remove(uid);
        m_allQuotes += store.quotesOfSource(uid);
    }
    std::sort(m_allQuotes.begin(), m_allQuotes.end(), [](const Quote &a, const Quote &b) { return a.id < b.id; });
    indexQuotes();
    if (listChanged) {
        const QList<Source> sources = SourceListPanel::readHeaders(store);
        m_list->setSources(sources);
        m_sourceCount = sources.size();
    }
    // Shown again here, not only when the selection's sources are: the edit may have taken away
    // the selected event, and the panes then stay as they are.
    updateEventTitles();
    const SourcePane::Names names{m_workspace.actorNames(), m_eventTitles, m_speakerColors};
    for (SourcePane *pane : m_deck->panes()) {
        const QString uid = pane->sourceUid();
        if (sourceUids.contains(uid) && m_list->model()->rowOfSource(uid) >= 0)
            pane->setSource(cachedSource(uid), cachedQuotesOfSource(uid), names);
    }
    if (listChanged)
        showSourcesOf(m_workspace.selection()->currentEvent(), true); // a removed source's pane closes
}

void SourceView::indexQuotes()
{
    m_quotesOfEvent.clear();
    m_speakerColors.clear();
    for (const Quote &quote : std::as_const(m_allQuotes)) {
        if (!quote.speaker.isEmpty() && !m_speakerColors.contains(quote.speaker))
            m_speakerColors.insert(quote.speaker, int(m_speakerColors.size()));
        if (!quote.event.isEmpty())
            m_quotesOfEvent[quote.event] << quote;
    }
    m_quoteCount = m_allQuotes.size();
}

void SourceView::updateEventTitles()
{
    const TimelineIndex &index = *m_workspace.index();
    m_eventTitles.clear();
    for (auto it = m_quotesOfEvent.cbegin(); it != m_quotesOfEvent.cend(); ++it) {
        if (const auto entry = index.findUid(it.key()))
            m_eventTitles.insert(it.key(), index.title(*entry));
    }
}

void SourceView::showQuote(const QString &quoteUid)
{
    const auto quote = std::find_if(m_allQuotes.cbegin(), m_allQuotes.cend(),
                                    [&](const Quote &q) { return q.uid == quoteUid; });
    if (quote == m_allQuotes.cend())
        return;
    if (!quote->event.isEmpty())
        m_workspace.selection()->setCurrentEvent(quote->event);
    const QList<SourcePane *> panes = m_deck->panes();
    const auto pane = std::find_if(panes.cbegin(), panes.cend(),
                                   [&](const SourcePane *p) { return p->sourceUid() == quote->source; });
    if (pane == panes.cend())
        openSource(quote->source); // an unlinked quote, or one of a source the event does not cite
    for (SourcePane *candidate : m_deck->panes()) {
        if (candidate->sourceUid() == quote->source) {
            m_deck->setCurrentPane(candidate);
            emit wantsAttention();
            candidate->showQuote(quoteUid);
        }
    }
}

void SourceView::openSource(const QString &sourceUid)
{
    if (sourceUid.isEmpty())
        return;
    m_openedSource = sourceUid;
    m_activatedSource = sourceUid;
    showSourcesOf(m_workspace.selection()->currentEvent());
    m_activatedSource.clear();
    emit wantsAttention();
}

SourcePane *SourceView::createPane(const QString &sourceUid)
{
    auto *pane = new SourcePane(m_deck);
    pane->setObjectName(QStringLiteral("sourcePane_") + sourceUid);
    pane->setEditable(!m_workspace.isReadOnly());
    pane->setSource(cachedSource(sourceUid), cachedQuotesOfSource(sourceUid),
                    {m_workspace.actorNames(), m_eventTitles, m_speakerColors});
    connect(pane, &SourcePane::eventActivated, this, [this, pane](const QString &eventUid) {
        m_activatedSource = pane->sourceUid();
        m_workspace.selection()->setCurrentEvent(eventUid);
        m_activatedSource.clear();
    });
    connect(pane, &SourcePane::quoteSelectionRequested, this,
            [this, pane] { m_editor->quoteSelection(pane, m_workspace.selection()->currentEvent()); });
    connect(pane, &SourcePane::removeQuoteRequested, m_editor, &SourceEditor::removeQuote);
    connect(pane, &SourcePane::relinkQuoteRequested, m_editor, &SourceEditor::relinkQuoteInteractively);
    connect(pane, &SourcePane::replaceTextRequested, this,
            [this, pane] { m_editor->chooseReplacementText(pane->sourceUid()); });
    return pane;
}

const Source &SourceView::cachedSource(const QString &uid)
{
    auto found = m_sources.find(uid);
    if (found == m_sources.end())
        found = m_sources.insert(uid, m_workspace.store().source(uid).value_or(Source{}));
    return *found;
}

const QList<Quote> &SourceView::cachedQuotesOfSource(const QString &uid)
{
    auto found = m_quotesOfSource.find(uid);
    if (found == m_quotesOfSource.end())
        found = m_quotesOfSource.insert(uid, m_workspace.store().quotesOfSource(uid));
    return *found;
}

void SourceView::showSourcesOf(const QString &uid, bool keepOpen)
{
    const auto listed = [this](const QString &sourceUid) {
        return m_list->model()->rowOfSource(sourceUid) >= 0; // gone after an undone import
    };
    if (!m_openedSource.isEmpty() && !listed(m_openedSource))
        m_openedSource.clear();
    QStringList wanted; // sources of the event's quotes, in the order of its quotes
    for (const Quote &quote : m_quotesOfEvent.value(uid)) {
        if (!wanted.contains(quote.source))
            wanted << quote.source;
    }
    const qsizetype eventSources = wanted.size();
    // An event that no source quotes gets an honest empty state, not whichever source was opened
    // last, which would look like its source (unless the user is opening one right now).
    if (!uid.isEmpty() && eventSources == 0 && !keepOpen && m_activatedSource.isEmpty()) {
        m_noSource->setText(tr("No source quotes this event yet. Select words in a source and choose "
                               "Quote → event to add one."));
        m_area->setCurrentWidget(m_noSource);
        m_list->setCurrentSource({});
        return;
    }
    if (!m_openedSource.isEmpty() && !wanted.contains(m_openedSource))
        wanted << m_openedSource;
    SourcePane *current = currentPane();
    if (keepOpen) {
        // An edit keeps every pane open that was: the user is working in them.
        for (SourcePane *pane : m_deck->panes()) {
            if (!wanted.contains(pane->sourceUid()) && listed(pane->sourceUid()))
                wanted << pane->sourceUid();
        }
    }
    if (wanted.isEmpty()) {
        m_noSource->setText(uid.isEmpty() ? tr("Select an event to read its source")
                                          : tr("No source quotes this event yet"));
        m_area->setCurrentWidget(m_noSource);
        return;
    }

    QHash<QString, SourcePane *> existing;
    for (SourcePane *pane : m_deck->panes())
        existing.insert(pane->sourceUid(), pane);
    // After a click on a highlight, reading on in that pane beats jumping to another tab; after
    // an edit, so does the pane that was edited.
    QString keep = wanted.first();
    if (wanted.contains(m_activatedSource))
        keep = m_activatedSource;
    else if (keepOpen && current && wanted.contains(current->sourceUid()))
        keep = current->sourceUid();
    else if (eventSources == 0 && !m_openedSource.isEmpty())
        keep = m_openedSource;

    const SourcePane::Names names{m_workspace.actorNames(), m_eventTitles, m_speakerColors};
    QList<SourceDeck::Entry> entries;
    SourcePane *keptPane = nullptr;
    for (const QString &sourceUid : std::as_const(wanted)) {
        SourcePane *pane = existing.take(sourceUid);
        if (!pane)
            pane = createPane(sourceUid);
        else if (keepOpen)
            pane->setSource(cachedSource(sourceUid), cachedQuotesOfSource(sourceUid), names);
        const Source &source = cachedSource(sourceUid);
        entries << SourceDeck::Entry{pane, source.outlet.isEmpty() ? source.title : source.outlet, source.title};
        if (sourceUid == keep)
            keptPane = pane;
    }
    m_deck->setPanes(entries, keptPane);
    for (SourcePane *stale : std::as_const(existing))
        stale->deleteLater();
    m_area->setCurrentWidget(m_deck);
    m_list->setCurrentSource(keep);
    for (const SourceDeck::Entry &entry : std::as_const(entries)) {
        if (keepOpen || !entry.pane->showQuote(uid))
            entry.pane->setEmphasizedEvent(uid);
    }
}

} // namespace tickerline
