// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepane.h"

#include "anchoring/codepointmap.h"
#include "models/sourcelistmodel.h"

#include <QApplication>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <array>

namespace tickerline {

namespace {

// Pale enough that black text stays readable on every one of them, distinct enough to tell
// speakers apart at a glance.
constexpr std::array kSpeakerColors{"#ffe066", "#a5d8ff", "#b2f2bb", "#fcc2d7",
                                    "#d0bfff", "#ffc078", "#99e9f2", "#d8f5a2"};
constexpr const char *kNoSpeakerColor = "#dee2e6";
constexpr const char *kFlashColor = "#ff922b";
constexpr const char *kInkColor = "#1b1b1b";
constexpr int kFlashSteps = 6;
constexpr int kFlashIntervalMs = 140;

} // namespace

SourcePane::SourcePane(QWidget *parent) : QWidget(parent)
{
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("sourceEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget(this);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
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

    m_text = new QPlainTextEdit(content);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->document()->setDocumentMargin(12);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);

    auto *metaRow = new QHBoxLayout;
    metaRow->setContentsMargins(0, 0, 0, 0);
    metaRow->addWidget(m_meta, 1);
    metaRow->addWidget(m_open, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addLayout(metaRow);
    layout->addWidget(m_legend);
    layout->addWidget(m_text, 1);

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
    m_empty->setText(message.isEmpty() ? tr("Select an event to read its source") : message);
    m_stack->setCurrentWidget(m_empty);
}

void SourcePane::setSource(const Source &source, const QList<Quote> &quotes, const Names &names)
{
    m_flash->stop();
    m_source = source;
    m_names = names;
    m_emphasizedEvent.clear();
    m_shownQuote.clear();
    m_centreWhenShown = false;
    m_highlights.clear();

    // Quote positions count code points; the text view counts UTF-16 units, and every emoji
    // or rare CJK character before a quote would shift the highlight by one without this map.
    const CodePointMap map(source.text);
    QHash<QString, int> colorOfSpeaker;
    for (const Quote &quote : quotes) {
        if (quote.source != source.uid || quote.status == AnchorStatus::Orphaned || quote.end <= quote.start)
            continue;
        Highlight highlight{quote.uid, quote.event, quote.speaker, map.toUtf16(quote.start), map.toUtf16(quote.end), {}};
        if (highlight.to <= highlight.from)
            continue;
        if (quote.speaker.isEmpty()) {
            highlight.color = QColor(QLatin1String(kNoSpeakerColor));
        } else {
            const auto known = colorOfSpeaker.constFind(quote.speaker);
            const int index = known != colorOfSpeaker.cend() ? *known : int(colorOfSpeaker.size());
            colorOfSpeaker.insert(quote.speaker, index);
            highlight.color = QColor(QLatin1String(kSpeakerColors.at(std::size_t(index) % kSpeakerColors.size())));
        }
        m_highlights << highlight;
    }
    std::stable_sort(m_highlights.begin(), m_highlights.end(),
                     [](const Highlight &a, const Highlight &b) { return a.from < b.from; });

    m_text->setPlainText(source.text);
    updateHeader(quotes, names);
    applySelections();
    m_stack->setCurrentIndex(1);
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
        legend << QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;&nbsp;&nbsp;</span>&nbsp;%3")
                      .arg(highlight.color.name(), QLatin1String(kInkColor),
                           names.actors.value(highlight.speaker, highlight.speaker).toHtmlEscaped());
    }
    qsizetype orphaned = 0;
    for (const Quote &quote : quotes)
        orphaned += quote.source == m_source.uid && quote.status == AnchorStatus::Orphaned;
    if (orphaned)
        legend << (orphaned == 1 ? tr("1 quote could not be found in this text")
                                 : tr("%1 quotes could not be found in this text").arg(orphaned))
                      .toHtmlEscaped();
    m_legend->setText(legend.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_legend->setVisible(!legend.isEmpty());
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

void SourcePane::applySelections()
{
    const QColor ink{QLatin1String(kInkColor)};
    const bool flashOn = m_flash->isActive() && m_flashStepsLeft % 2 == 0;
    QList<QTextEdit::ExtraSelection> selections;
    QList<QTextEdit::ExtraSelection> emphasized; // painted last, so they win where quotes overlap
    for (const Highlight &highlight : std::as_const(m_highlights)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(highlight.from));
        selection.cursor.setPosition(int(highlight.to), QTextCursor::KeepAnchor);
        selection.format.setForeground(ink);
        const bool isEmphasized = !m_emphasizedEvent.isEmpty() && highlight.event == m_emphasizedEvent;
        if (isEmphasized) {
            const bool flashing = flashOn && highlight.quote == m_shownQuote;
            selection.format.setBackground(flashing ? QColor(QLatin1String(kFlashColor)) : highlight.color.darker(135));
            selection.format.setFontUnderline(true);
            selection.format.setUnderlineColor(ink);
            selection.format.setProperty(QTextFormat::UserProperty, true);
            emphasized << selection;
        } else {
            selection.format.setBackground(highlight.color);
            selections << selection;
        }
    }
    m_text->setExtraSelections(selections + emphasized);
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
        QStringList lines;
        if (!highlight->speaker.isEmpty())
            lines << m_names.actors.value(highlight->speaker, highlight->speaker);
        if (!highlight->event.isEmpty())
            lines << m_names.events.value(highlight->event, highlight->event);
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), m_text->viewport());
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tickerline
