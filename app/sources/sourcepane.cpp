// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcepane.h"

#include "style/palette.h"
#include "widgets/emptystatelabel.h"

#include "anchoring/codepointmap.h"
#include "models/sourcelistmodel.h"
#include "sources/flowlayout.h"
#include "sources/quotemargin.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <array>

namespace tickerline {

namespace {

constexpr int kFlashSteps = 6;
constexpr int kFlashIntervalMs = 140;

} // namespace

SourcePane::SourcePane(QWidget *parent) : QWidget(parent)
{
    m_empty = new EmptyStateLabel(this);
    m_empty->setObjectName(QStringLiteral("sourceEmptyLabel"));

    auto *content = new QWidget(this);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_meta = new QLabel(content);
    m_meta->setObjectName(QStringLiteral("sourceMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_open = new QToolButton(content);
    m_open->setObjectName(QStringLiteral("openOriginalButton"));
    m_open->setText(tr("Open original"));
    m_open->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_open->setAutoRaise(true);
    m_open->setCursor(Qt::PointingHandCursor);
    connect(m_open, &QToolButton::clicked, this, &SourcePane::openOriginal);

    m_legend = new QLabel(content);
    m_legend->setObjectName(QStringLiteral("sourceLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    m_anchorStatus = new QLabel(content);
    m_anchorStatus->setObjectName(QStringLiteral("sourceAnchorStatus"));
    m_anchorStatus->setWordWrap(true);
    m_anchorStatus->setTextFormat(Qt::RichText);
    m_anchorStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_quoteButton = new QToolButton(content);
    m_quoteButton->setObjectName(QStringLiteral("quoteSelectionButton"));
    m_quoteButton->setText(tr("Quote → event…"));
    m_quoteButton->setToolTip(tr("Make the selected words a quote of an event"));
    m_quoteButton->setAutoRaise(true);
    connect(m_quoteButton, &QToolButton::clicked, this, &SourcePane::quoteSelectionRequested);

    m_replaceButton = new QToolButton(content);
    m_replaceButton->setObjectName(QStringLiteral("replaceTextButton"));
    m_replaceButton->setText(tr("Replace text…"));
    m_replaceButton->setToolTip(tr("Replace this source's text with a newer version of the article; "
                                   "its quotes are found again in it"));
    m_replaceButton->setAutoRaise(true);
    connect(m_replaceButton, &QToolButton::clicked, this, &SourcePane::replaceTextRequested);

    m_text = new QPlainTextEdit(content);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFrameShape(QFrame::NoFrame);
    // A reading face a little larger than the interface's, with room around it.
    QFont reading = m_text->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.1);
    m_text->setFont(reading);
    m_text->document()->setDocumentMargin(14);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QPlainTextEdit::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_text->viewport()->mapToGlobal(pos));
    });
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &SourcePane::updateActions);

    m_margin = new QuoteMargin(m_text, content);
    connect(m_margin, &QuoteMargin::quoteActivated, this, [this](const QString &quote) {
        const Highlight *highlight = findHighlight(quote);
        if (!highlight)
            return;
        const QString eventUid = highlight->event;
        emit quoteActivated(quote);
        if (!eventUid.isEmpty())
            emit eventActivated(eventUid);
    });

    // The buttons wrap onto more lines in a narrow pane (side by side in a narrow dock) rather
    // than lose the ends of their words.
    auto *actionRow = new FlowLayout(2);
    actionRow->addWidget(m_quoteButton);
    actionRow->addWidget(m_replaceButton);
    actionRow->addWidget(m_open);

    // The text in a frame of its own, with the margin strip inside that frame.
    auto *textFrame = new QFrame(content);
    textFrame->setObjectName(QStringLiteral("sourceTextFrame"));
    textFrame->setFrameShape(QFrame::StyledPanel);
    auto *textRow = new QHBoxLayout(textFrame);
    textRow->setContentsMargins(1, 1, 1, 1);
    textRow->setSpacing(0);
    textRow->addWidget(m_margin);
    textRow->addWidget(m_text, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_legend);
    layout->addWidget(m_anchorStatus);
    layout->addLayout(actionRow);
    layout->addWidget(textFrame, 1);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    m_flash = new QTimer(this);
    m_flash->setInterval(kFlashIntervalMs);
    connect(m_flash, &QTimer::timeout, this, &SourcePane::flashStep);

    clear();
}

void SourcePane::clear(const QString &message)
{
    m_flash->stop();
    m_source = {};
    m_highlights.clear();
    m_names = {};
    m_emphasizedEvent.clear();
    m_shownQuote.clear();
    m_centreWhenShown = false;
    m_text->setExtraSelections({});
    m_text->clear();
    m_margin->setMarks({});
    m_anchorStatus->clear();
    m_empty->setText(message.isEmpty() ? tr("Select an event to read its source") : message);
    m_stack->setCurrentWidget(m_empty);
}

void SourcePane::setSource(const Source &source, const QList<Quote> &quotes, const Names &names)
{
    // The same source again (after an edit, say): the reader stays where they were.
    const bool sameSource = !source.uid.isEmpty() && source.uid == m_source.uid;
    const int scroll = m_text->verticalScrollBar()->value();
    m_flash->stop();
    m_source = source;
    m_names = names;
    m_emphasizedEvent.clear();
    m_shownQuote.clear();
    m_centreWhenShown = false;
    m_highlights.clear();
    m_quotes.clear();
    for (const Quote &quote : quotes) {
        if (quote.source == source.uid)
            m_quotes << quote;
    }

    // Quote positions count code points; the text view counts UTF-16 units, and every emoji
    // or rare CJK character before a quote would shift the highlight by one without this map.
    const CodePointMap map(source.text);
    QHash<QString, int> colorOfSpeaker = names.speakerColors;
    int nextColor = 0;
    for (const int used : std::as_const(colorOfSpeaker))
        nextColor = std::max(nextColor, used + 1);
    for (const Quote &quote : quotes) {
        if (quote.source != source.uid || quote.status == AnchorStatus::Orphaned || quote.end <= quote.start)
            continue;
        Highlight highlight{
            quote.uid, quote.event,  quote.speaker, map.toUtf16(quote.start), map.toUtf16(quote.end), -1,
            {},        quote.status, quote.score};
        if (highlight.to <= highlight.from)
            continue;
        if (!quote.speaker.isEmpty()) {
            const auto known = colorOfSpeaker.constFind(quote.speaker);
            const int index = known != colorOfSpeaker.cend() ? *known : nextColor++;
            colorOfSpeaker.insert(quote.speaker, index);
            highlight.colorIndex = std::max(0, index);
        }
        highlight.color = palette::speakerColor(highlight.colorIndex, theme());
        m_highlights << highlight;
    }
    std::stable_sort(m_highlights.begin(), m_highlights.end(),
                     [](const Highlight &a, const Highlight &b) { return a.from < b.from; });

    if (!sameSource || m_text->toPlainText() != source.text)
        m_text->setPlainText(source.text);
    updateHeader(m_quotes, names);
    applySelections();
    updateActions();
    m_stack->setCurrentIndex(1);
    if (sameSource)
        m_text->verticalScrollBar()->setValue(scroll);
}

void SourcePane::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

void SourcePane::updateActions()
{
    m_quoteButton->setEnabled(m_editable && hasSource() && selectedSpan().has_value());
    m_replaceButton->setEnabled(m_editable && hasSource());
}

std::optional<std::pair<std::int64_t, std::int64_t>> SourcePane::selectedSpan() const
{
    if (!hasSource())
        return std::nullopt;
    const QTextCursor cursor = m_text->textCursor();
    // The document holds the source's text as is, so its positions are the text's UTF-16 indexes.
    qsizetype from = cursor.selectionStart();
    qsizetype to = cursor.selectionEnd();
    const QString &text = m_source.text;
    to = std::min(to, text.size());
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    if (to <= from)
        return std::nullopt;
    const CodePointMap map(text);
    return std::make_pair(map.toCodePoint(from), map.toCodePoint(to));
}

QMenu *SourcePane::createContextMenu(const QPoint &viewportPos)
{
    QMenu *menu = m_text->createStandardContextMenu(viewportPos);
    menu->setObjectName(QStringLiteral("sourceContextMenu"));
    QAction *first = menu->actions().value(0);
    QAction *quote = new QAction(tr("Quote → event…"), menu);
    quote->setObjectName(QStringLiteral("quoteSelectionAction"));
    quote->setEnabled(m_editable && selectedSpan().has_value());
    connect(quote, &QAction::triggered, this, &SourcePane::quoteSelectionRequested);
    menu->insertAction(first, quote);

    if (const Highlight *highlight = highlightAt(viewportPos)) {
        const QString quoteUid = highlight->quote;
        const QString eventUid = highlight->event;
        QAction *go = new QAction(tr("Select its event"), menu);
        go->setObjectName(QStringLiteral("selectQuoteEventAction"));
        go->setEnabled(!eventUid.isEmpty());
        connect(go, &QAction::triggered, this, [this, quoteUid, eventUid] {
            emit quoteActivated(quoteUid);
            emit eventActivated(eventUid);
        });
        QAction *relink = new QAction(tr("Link quote to another event…"), menu);
        relink->setObjectName(QStringLiteral("relinkQuoteAction"));
        relink->setEnabled(m_editable);
        connect(relink, &QAction::triggered, this, [this, quoteUid] { emit relinkQuoteRequested(quoteUid); });
        QAction *remove = new QAction(tr("Remove quote"), menu);
        remove->setObjectName(QStringLiteral("removeQuoteAction"));
        remove->setEnabled(m_editable);
        connect(remove, &QAction::triggered, this, [this, quoteUid] { emit removeQuoteRequested(quoteUid); });
        menu->insertActions(first, {go, relink, remove});
    }
    menu->insertSeparator(first);
    return menu;
}

void SourcePane::updateHeader(const QList<Quote> &quotes, const Names &names)
{
    m_title->setText(m_source.title.isEmpty() ? tr("Untitled source") : m_source.title);

    QStringList meta;
    for (const QString &part : {m_source.outlet, m_source.author, SourceListModel::formatPublished(m_source)}) {
        if (!part.isEmpty())
            meta << part;
    }
    meta << SourceListModel::kindLabel(m_source.kind);
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    const QUrl url(m_source.url);
    m_open->setVisible(!m_source.url.isEmpty());
    m_open->setEnabled(isOpenableUrl(url));
    m_open->setToolTip(isOpenableUrl(url) ? m_source.url
                                          : tr("Only http and https links are opened: %1").arg(m_source.url));

    QStringList legend;
    QStringList seen;
    for (const Highlight &highlight : std::as_const(m_highlights)) {
        if (highlight.speaker.isEmpty() || seen.contains(highlight.speaker))
            continue;
        seen << highlight.speaker;
        // One entry never breaks across lines: a narrow pane wraps between speakers, not names.
        legend << QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"background-color:%1; color:%2\">"
                                 "&nbsp;&nbsp;&nbsp;</span>&nbsp;%3</span>")
                      .arg(highlight.color.name(), palette::quoteInk(theme()).name(),
                           names.actors.value(highlight.speaker, highlight.speaker).toHtmlEscaped());
    }
    m_legend->setText(legend.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_legend->setVisible(!legend.isEmpty());
    updateAnchorStatus(quotes, names);
}

void SourcePane::updateAnchorStatus(const QList<Quote> &quotes, const Names &names)
{
    // Moved quotes need no word: they are highlighted where they now are. Approximate ones may
    // cover other words than were quoted, and lost ones cannot be shown at all: both are listed.
    const auto describe = [&](const Quote &quote) {
        QString line = QStringLiteral("“%1”").arg(quote.exact.simplified().left(120).toHtmlEscaped());
        if (!quote.event.isEmpty())
            line += QStringLiteral(" — %1").arg(names.events.value(quote.event, quote.event).toHtmlEscaped());
        return line;
    };
    QStringList orphans;
    QStringList fuzzy;
    for (const Quote &quote : quotes) {
        if (quote.source != m_source.uid)
            continue;
        if (quote.status == AnchorStatus::Orphaned)
            orphans << describe(quote);
        else if (quote.status == AnchorStatus::Fuzzy)
            fuzzy << describe(quote) + QStringLiteral(" (%1)").arg(tr("match %1 %").arg(qRound(quote.score * 100)));
    }
    QStringList parts;
    if (!orphans.isEmpty()) {
        const QString head = orphans.size() == 1 ? tr("1 quote could not be found in this text")
                                                 : tr("%1 quotes could not be found in this text").arg(orphans.size());
        parts << QStringLiteral("<span style=\"color:%1\"><b>%2:</b></span> %3")
                     .arg(palette::anchorStatusColor(AnchorStatus::Orphaned, theme()).name(), head.toHtmlEscaped(),
                          orphans.join(QStringLiteral("; ")));
    }
    if (!fuzzy.isEmpty()) {
        const QString head = fuzzy.size() == 1 ? tr("1 quote matched only approximately")
                                               : tr("%1 quotes matched only approximately").arg(fuzzy.size());
        parts << QStringLiteral("<span style=\"color:%1\"><b>%2:</b></span> %3")
                     .arg(palette::anchorStatusColor(AnchorStatus::Fuzzy, theme()).name(), head.toHtmlEscaped(),
                          fuzzy.join(QStringLiteral("; ")));
    }
    m_anchorStatus->setText(parts.join(QStringLiteral("<br>")));
    m_anchorStatus->setVisible(!parts.isEmpty());
}

QColor SourcePane::speakerColor(int index)
{
    return palette::speakerColor(std::max(0, index));
}

bool SourcePane::isOpenableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
           && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void SourcePane::openOriginal()
{
    const QUrl url(m_source.url);
    if (isOpenableUrl(url))
        QDesktopServices::openUrl(url);
}

void SourcePane::setEmphasizedEvent(const QString &eventUid)
{
    if (eventUid == m_emphasizedEvent)
        return;
    m_emphasizedEvent = eventUid;
    m_shownQuote.clear();
    m_flash->stop();
    applySelections();
}

const SourcePane::Highlight *SourcePane::findHighlight(const QString &quoteOrEventUid) const
{
    for (const Highlight &highlight : m_highlights) {
        if (highlight.quote == quoteOrEventUid)
            return &highlight;
    }
    for (const Highlight &highlight : m_highlights) { // by position, so the first in the text
        if (!highlight.event.isEmpty() && highlight.event == quoteOrEventUid)
            return &highlight;
    }
    return nullptr;
}

bool SourcePane::showQuote(const QString &quoteOrEventUid)
{
    const Highlight *highlight = findHighlight(quoteOrEventUid);
    if (!highlight)
        return false;
    m_emphasizedEvent = highlight->event;
    m_shownQuote = highlight->quote;

    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(highlight->from));
    m_text->setTextCursor(cursor);
    if (isVisible())
        centreShownQuote();
    // Centre again once pending layouts have run: a pane just added to a tab or dock does not
    // have its final size yet, and a hidden one has none at all (showEvent takes it from there).
    m_centreWhenShown = true;
    QTimer::singleShot(0, this, [this] {
        if (m_centreWhenShown && isVisible())
            centreShownQuote();
    });

    m_flashStepsLeft = kFlashSteps;
    m_flash->start();
    applySelections();
    return true;
}

void SourcePane::centreShownQuote()
{
    m_centreWhenShown = false;
    const Highlight *highlight = findHighlight(m_shownQuote);
    if (!highlight)
        return;
    // Centre the middle of the quote so that a quote over several lines sits in the middle too.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int((highlight->from + highlight->to) / 2));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    cursor.setPosition(int(highlight->from));
    m_text->setTextCursor(cursor);
}

void SourcePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_centreWhenShown)
        QTimer::singleShot(0, this, [this] {
            if (isVisible() && m_centreWhenShown)
                centreShownQuote();
        });
}

void SourcePane::flashStep()
{
    if (--m_flashStepsLeft <= 0)
        m_flash->stop();
    applySelections();
}

ColourTheme SourcePane::theme() const
{
    // The pane's own palette: on a change it has the new one before its children do.
    return palette::themeOf(palette());
}

void SourcePane::recolour()
{
    for (Highlight &highlight : m_highlights)
        highlight.color = palette::speakerColor(highlight.colorIndex, theme());
    if (hasSource())
        updateHeader(m_quotes, m_names);
    applySelections();
}

void SourcePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        recolour();
}

void SourcePane::applySelections()
{
    const ColourTheme theme = this->theme();
    const QColor ink = palette::quoteInk(theme);
    const bool flashOn = m_flash->isActive() && m_flashStepsLeft % 2 == 0;
    QList<QTextEdit::ExtraSelection> selections;
    QList<QTextEdit::ExtraSelection> emphasized; // painted last, so they win where quotes overlap
    QList<QuoteMargin::Mark> marks;
    for (const Highlight &highlight : std::as_const(m_highlights)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(highlight.from));
        selection.cursor.setPosition(int(highlight.to), QTextCursor::KeepAnchor);
        selection.format.setForeground(ink);
        const bool isEmphasized = !m_emphasizedEvent.isEmpty() && highlight.event == m_emphasizedEvent;
        marks << QuoteMargin::Mark{highlight.quote, highlight.from, highlight.to, highlight.color,
                                   highlight.status == AnchorStatus::Fuzzy, isEmphasized};
        if (highlight.status == AnchorStatus::Fuzzy) {
            // Dashed amber underline: these may not be exactly the words that were quoted.
            selection.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            selection.format.setUnderlineColor(QuoteMargin::fuzzyColor());
        }
        if (isEmphasized) {
            const bool flashing = flashOn && highlight.quote == m_shownQuote;
            selection.format.setBackground(
                flashing ? palette::quoteFlash(theme)
                         : palette::speakerColor(highlight.colorIndex, theme, palette::QuoteLook::Emphasized));
            if (highlight.status != AnchorStatus::Fuzzy) {
                selection.format.setFontUnderline(true);
                selection.format.setUnderlineColor(ink);
            }
            selection.format.setProperty(QTextFormat::UserProperty, true);
            emphasized << selection;
        } else {
            // Beside an emphasized event's quotes, the others step back.
            selection.format.setBackground(palette::speakerColor(
                highlight.colorIndex, theme,
                m_emphasizedEvent.isEmpty() ? palette::QuoteLook::Normal : palette::QuoteLook::Receded));
            selections << selection;
        }
    }
    m_text->setExtraSelections(selections + emphasized);
    m_margin->setMarks(marks);
}

QTextCursor SourcePane::quoteCursor(const QString &quoteUid) const
{
    for (const Highlight &highlight : m_highlights) {
        if (highlight.quote == quoteUid) {
            QTextCursor cursor(m_text->document());
            cursor.setPosition(int(highlight.from));
            cursor.setPosition(int(highlight.to), QTextCursor::KeepAnchor);
            return cursor;
        }
    }
    return {};
}

QColor SourcePane::highlightColor(const QString &quoteUid) const
{
    for (const Highlight &highlight : m_highlights) {
        if (highlight.quote == quoteUid)
            return highlight.color;
    }
    return {};
}

const SourcePane::Highlight *SourcePane::highlightAt(const QPoint &viewportPos) const
{
    if (m_highlights.isEmpty())
        return nullptr;
    // The cursor lands between characters: a click on a character's right half gives the
    // position after it, so a span [from, to] still catches clicks on its last character.
    const qsizetype position = m_text->cursorForPosition(viewportPos).position();
    const QRect line = m_text->cursorRect(m_text->cursorForPosition(viewportPos));
    if (viewportPos.y() < line.top() - 2 || viewportPos.y() > line.bottom() + 2)
        return nullptr; // below the last line or in the margin: not on any text
    const Highlight *best = nullptr;
    for (const Highlight &highlight : m_highlights) {
        if (highlight.from > position)
            break;
        if (position <= highlight.to && (!best || highlight.to - highlight.from < best->to - best->from))
            best = &highlight; // the innermost of nested quotes
    }
    return best;
}

QString SourcePane::toolTipOf(const Highlight &highlight) const
{
    QStringList lines;
    if (!highlight.speaker.isEmpty())
        lines << m_names.actors.value(highlight.speaker, highlight.speaker);
    if (!highlight.event.isEmpty())
        lines << m_names.events.value(highlight.event, highlight.event);
    else
        lines << tr("Not linked to an event");
    if (highlight.status == AnchorStatus::Fuzzy)
        lines << tr("Approximate match (%1 %): the text has changed since it was quoted")
                     .arg(qRound(highlight.score * 100));
    else if (highlight.status == AnchorStatus::Moved)
        lines << tr("Found again at a new place after the text changed");
    return lines.join(QLatin1Char('\n'));
}

QString SourcePane::quoteAt(const QPoint &viewportPos) const
{
    const Highlight *highlight = highlightAt(viewportPos);
    return highlight ? highlight->quote : QString();
}

bool SourcePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_text->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
        break;
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        // A drag selects text to copy; only a click follows the quote.
        if (mouse->button() != Qt::LeftButton
            || (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            break;
        if (const Highlight *highlight = highlightAt(pos)) {
            const QString quote = highlight->quote;
            const QString eventUid = highlight->event;
            emit quoteActivated(quote);
            if (!eventUid.isEmpty())
                emit eventActivated(eventUid);
        }
        break;
    }
    case QEvent::MouseMove: {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        m_text->viewport()->setCursor(highlightAt(pos) ? Qt::PointingHandCursor : Qt::IBeamCursor);
        break;
    }
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const Highlight *highlight = highlightAt(help->pos());
        if (!highlight) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(help->globalPos(), toolTipOf(*highlight), m_text->viewport());
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tickerline
