// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "style/palette.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QTextCursor>
#include <QUrl>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <utility>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QStackedLayout;
class QTimer;
class QToolButton;

namespace tickerline {

class QuoteMargin;

// One source document to read: its header, and its text with every quote highlighted in its
// speaker's colour and a bar in the margin beside it. The quotes of the current event are
// emphasized; clicking a highlight asks for that quote's event. Approximate (fuzzy) matches are
// marked as such, and quotes that could not be found are listed in the header. The pane only
// asks for edits (quoting the selection, removing or relinking a quote, replacing the text);
// whoever owns the store makes them.
class SourcePane final : public QWidget
{
    Q_OBJECT

public:
    // Names shown in the legend and the highlight tooltips; uids stand in for missing names.
    struct Names
    {
        QHash<QString, QString> actors; // actor uid → name
        QHash<QString, QString> events; // event uid → title
        // speaker uid → colour index, so that a speaker has one colour in every pane; speakers
        // not listed get the next free colours in the order they first speak here.
        QHash<QString, int> speakerColors;
    };
    static QColor speakerColor(int index);

    explicit SourcePane(QWidget *parent = nullptr);

    // quotes: the quotes of this source (others are ignored); orphaned ones are not highlighted.
    void setSource(const Source &source, const QList<Quote> &quotes, const Names &names = {});
    void clear(const QString &message = {});
    QString sourceUid() const { return m_source.uid; }
    bool hasSource() const { return !m_source.uid.isEmpty(); }
    // False for a read-only database: the quote, relink, remove and replace commands are disabled.
    void setEditable(bool editable);

    // Emphasizes the quotes of an event without scrolling (empty: none).
    void setEmphasizedEvent(const QString &eventUid);
    QString emphasizedEvent() const { return m_emphasizedEvent; }
    // Takes a quote uid, or an event uid for that event's first quote here; emphasizes its event,
    // centres the quote and flashes it. False when this source holds no such quote.
    bool showQuote(const QString &quoteOrEventUid);
    QString shownQuote() const { return m_shownQuote; }

    QPlainTextEdit *textView() const { return m_text; }
    // The quote's span in the text view (a selection in UTF-16 positions); null when not shown.
    QTextCursor quoteCursor(const QString &quoteUid) const;
    QString quoteAt(const QPoint &viewportPos) const;
    QColor highlightColor(const QString &quoteUid) const;
    QuoteMargin *margin() const { return m_margin; }
    // The selected words in code points, without surrounding white space; none when nothing is.
    std::optional<std::pair<std::int64_t, std::int64_t>> selectedSpan() const;
    // The menu a right click at that viewport point opens (the caller owns it).
    QMenu *createContextMenu(const QPoint &viewportPos);

    static bool isOpenableUrl(const QUrl &url);

signals:
    void eventActivated(const QString &eventUid);
    void quoteActivated(const QString &quoteUid);
    void quoteSelectionRequested();
    void removeQuoteRequested(const QString &quoteUid);
    void relinkQuoteRequested(const QString &quoteUid);
    void replaceTextRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Highlight
    {
        QString quote;
        QString event;
        QString speaker;
        qsizetype from = 0; // UTF-16
        qsizetype to = 0;
        int colorIndex = -1; // the speaker's, -1 for none
        QColor color;        // in the pane's theme
        AnchorStatus status = AnchorStatus::Exact;
        double score = 1.0;
    };

    const Highlight *highlightAt(const QPoint &viewportPos) const;
    const Highlight *findHighlight(const QString &quoteOrEventUid) const;
    void updateHeader(const QList<Quote> &quotes, const Names &names);
    // Light or dark, as the pane's palette is: highlights, legend and status in its colours.
    ColourTheme theme() const;
    void recolour();
    void applySelections();
    void centreShownQuote();
    void openOriginal();
    void flashStep();
    void updateAnchorStatus(const QList<Quote> &quotes, const Names &names);
    void updateActions();
    bool m_editable = true;
    QString toolTipOf(const Highlight &highlight) const;

    QStackedLayout *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_anchorStatus = nullptr;
    QToolButton *m_open = nullptr;
    QToolButton *m_quoteButton = nullptr;
    QToolButton *m_replaceButton = nullptr;
    QuoteMargin *m_margin = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTimer *m_flash = nullptr;

    Source m_source;
    QList<Quote> m_quotes;         // this source's, as last given
    QList<Highlight> m_highlights; // by position
    Names m_names;
    QString m_emphasizedEvent;
    QString m_shownQuote;
    int m_flashStepsLeft = 0;
    bool m_centreWhenShown = false;
    QPoint m_pressPos;
};

} // namespace tickerline
