// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditor.h"

#include "anchoring/textanchor.h"
#include "dialogs/backgroundtask.h"
#include "error.h"
#include "imports/articleimport.h"
#include "imports/formatregistry.h"
#include "quotecommands.h"
#include "quotedialog.h"
#include "sources/sourcepane.h"
#include "store/quoteedits.h"
#include "store/store.h"
#include "timeline/timelineview.h"
#include "timeline/timelinearea.h"
#include "workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMap>
#include <QMessageBox>

#include <algorithm>

namespace tickerline {

namespace {

QStringList articleSuffixes()
{
    QStringList suffixes;
    for (const FileFormat &format : FormatRegistry::instance().formats()) {
        if (format.isArticle())
            suffixes += format.suffixes;
    }
    return suffixes;
}

QString articleFilter()
{
    QStringList globs;
    for (const QString &suffix : articleSuffixes())
        globs << QStringLiteral("*.") + suffix;
    return SourceEditor::tr("Articles (%1);;All files (*)").arg(globs.join(QLatin1Char(' ')));
}

// What a refusal tells the user to do with a file that is data rather than an article.
QString useImportInstead()
{
    return SourceEditor::tr("use File → Import…");
}

std::optional<Quote> storedQuote(Store &store, const QString &uid)
{
    const QList<Quote> quotes = store.quotes();
    const auto found = std::find_if(quotes.cbegin(), quotes.cend(), [&](const Quote &q) { return q.uid == uid; });
    return found == quotes.cend() ? std::nullopt : std::optional<Quote>(*found);
}

} // namespace

SourceEditor::SourceEditor(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_store(workspace.store())
    , m_window(window)
    , m_task(new BackgroundTask(window, this))
{
}

bool SourceEditor::isArticleFile(const QString &path)
{
    return articleSuffixes().contains(QFileInfo(path).suffix().toLower());
}

void SourceEditor::refuse(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("sourceErrorBox"));
    box.exec();
}

bool SourceEditor::push(QUndoCommand *command)
{
    return m_workspace.push(command); // a refused write is dropped and reported by the workspace
}

std::optional<Event> SourceEditor::prepareNewEvent(const QuoteTarget &target)
{
    if (!target.newEvent)
        return std::nullopt;
    Event event = *target.newEvent;
    event.uid = uniqueEventUid(m_store, event.title);
    event.dataset = editsDataset().uid;
    return event;
}

QString SourceEditor::addQuote(const QString &sourceUid, std::int64_t start, std::int64_t end,
                               const QuoteTarget &target)
{
    try {
        const std::optional<Source> source = m_store.source(sourceUid);
        if (!source)
            throw Error(tr("No source \"%1\" in %2").arg(sourceUid, m_store.name()));
        Quote quote = TextAnchor(source->text).quoteAt(start, end);
        quote.uid = uniqueQuoteUid(m_store, sourceUid, start);
        quote.source = sourceUid;
        const std::optional<Event> newEvent = prepareNewEvent(target);
        quote.event = newEvent ? newEvent->uid : target.eventUid;
        quote.speaker = target.speakerUid;
        quote.dataset = editsDataset().uid;
        return push(new AddQuoteCommand(m_workspace, quote, newEvent)) ? quote.uid : QString();
    } catch (const Error &error) {
        refuse(tr("Cannot add the quote"), error.message());
        return {};
    }
}

void SourceEditor::quoteSelection(SourcePane *pane, const QString &suggestedEvent)
{
    const auto span = pane ? pane->selectedSpan() : std::nullopt;
    if (!span) {
        emit message(tr("Select the words to quote first"));
        return;
    }
    const std::optional<Source> source = m_store.source(pane->sourceUid());
    if (!source)
        return;
    QuoteDialog dialog(
        TextAnchor(source->text).slice(span->first, span->second), m_workspace.index(),
        [this](const QString &uid) { return m_store.event(uid); }, m_store.actors(), m_window);
    dialog.setDisplayZone(displayZone());
    dialog.setCurrent(suggestedEvent, {});
    if (source->publishedMs)
        dialog.setNewEventTime(*source->publishedMs);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString uid = addQuote(pane->sourceUid(), span->first, span->second, dialog.target());
    if (!uid.isEmpty())
        emit message(tr("Quote added"));
}

bool SourceEditor::relinkQuote(const QString &quoteUid, const QuoteTarget &target)
{
    const std::optional<Quote> quote = storedQuote(m_store, quoteUid);
    if (!quote)
        return false;
    try {
        const std::optional<Event> newEvent = prepareNewEvent(target);
        return push(new RelinkQuoteCommand(m_workspace, *quote, target.eventUid, target.speakerUid, newEvent));
    } catch (const Error &error) {
        refuse(tr("Cannot link the quote"), error.message());
        return false;
    }
}

QTimeZone SourceEditor::displayZone() const
{
    // The window's display zone is the one chosen above its timeline; with each event's own zone
    // there, times are listed in UTC, as in the events table.
    if (const auto *area = m_window ? m_window->findChild<TimelineArea *>() : nullptr)
        return area->view()->isEventZoneMode() ? QTimeZone::utc() : area->view()->displayZone();
    return QTimeZone("America/New_York");
}

void SourceEditor::relinkQuoteInteractively(const QString &quoteUid)
{
    const std::optional<Quote> quote = storedQuote(m_store, quoteUid);
    if (!quote)
        return;
    QuoteDialog dialog(
        quote->exact, m_workspace.index(), [this](const QString &uid) { return m_store.event(uid); }, m_store.actors(),
        m_window);
    dialog.setWindowTitle(tr("Link quote to event"));
    dialog.setDisplayZone(displayZone());
    dialog.setCurrent(quote->event, quote->speaker);
    if (dialog.exec() == QDialog::Accepted)
        relinkQuote(quoteUid, dialog.target());
}

void SourceEditor::removeQuote(const QString &quoteUid)
{
    const std::optional<Quote> quote = storedQuote(m_store, quoteUid);
    if (!quote)
        return;
    push(new RemoveQuoteCommand(m_workspace, *quote));
}

QString SourceEditor::importArticle(const QString &path)
{
    try {
        // Read and checked in full before anything is written: a refused file changes nothing.
        const ArticleSource article = prepareArticleSource(m_store, path, {}, useImportInstead());
        const Source &source = article.source;
        if (!push(new AddSourceCommand(m_workspace, source, article.provenance)))
            return {};
        emit message(tr("Imported %1 as a new source (%2 characters)")
                         .arg(QFileInfo(path).fileName())
                         .arg(source.text.size()));
        emit sourceAdded(source.uid);
        return source.uid;
    } catch (const Error &error) {
        refuse(tr("Cannot import the article"), error.message());
        return {};
    }
}

void SourceEditor::chooseArticleToImport()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import article"), QString(), articleFilter());
    for (const QString &path : paths)
        importArticle(path);
}

void SourceEditor::replaceText(const QString &sourceUid, const QString &path)
{
    const std::optional<Source> source = m_store.source(sourceUid);
    if (!source) {
        refuse(tr("Cannot replace the text"), tr("No source \"%1\" in %2").arg(sourceUid, m_store.name()));
        return;
    }
    // Reading the file and finding every quote in the new text (seconds for a long article with
    // many quotes) runs off the GUI thread; the write is one undoable command afterwards.
    struct Replacement
    {
        QString text;
        QList<Quote> before;
        QList<Quote> after;
    };
    auto replacement = std::make_shared<Replacement>();
    replacement->before = m_store.quotesOfSource(sourceUid);
    const QString notAnArticle = useImportInstead();
    const auto work = [replacement, path, notAnArticle](const std::atomic_bool &cancel, const auto &progress) {
        progress(0, 2, tr("Reading %1…").arg(QFileInfo(path).fileName()));
        replacement->text = readArticleFile(path, {}, notAnArticle).text;
        if (cancel)
            throw Error(tr("Cancelled"));
        progress(1, 2, tr("Finding the quotes in the new text…"));
        replacement->after = TextAnchor(replacement->text).anchorAll(replacement->before);
        return QString();
    };
    const auto done = [this, sourceUid, title = source->title, oldText = source->text, replacement](const QString &) {
        if (m_task->cancelRequested()) {
            emit message(tr("Cancelled: the text was not replaced.")); // nothing is written yet
            return;
        }
        if (!push(new ReplaceSourceTextCommand(m_workspace, sourceUid, oldText, replacement->before,
                                               replacement->text, replacement->after)))
            return;
        QMap<AnchorStatus, int> counts;
        for (const Quote &quote : std::as_const(replacement->after))
            ++counts[quote.status];
        emit message(tr("New text of “%1”: %2 quotes in place, %3 moved, %4 approximate, %5 not found")
                         .arg(title)
                         .arg(counts.value(AnchorStatus::Exact))
                         .arg(counts.value(AnchorStatus::Moved))
                         .arg(counts.value(AnchorStatus::Fuzzy))
                         .arg(counts.value(AnchorStatus::Orphaned)));
        emit textReplaced(sourceUid);
    };
    const auto failed = [this](const QString &error, bool cancelled) {
        if (cancelled)
            emit message(tr("Cancelled: the text was not replaced."));
        else
            refuse(tr("Cannot replace the text"), error);
    };
    m_task->run(tr("Replacing the text of “%1”").arg(source->title), work, done, failed);
}

void SourceEditor::chooseReplacementText(const QString &sourceUid)
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Replace source text"), QString(), articleFilter());
    if (!path.isEmpty())
        replaceText(sourceUid, path);
}

} // namespace tickerline
