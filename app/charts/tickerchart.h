// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttheme.h"

#include <QChart>

class QAbstractAxis;
class QBarCategoryAxis;
class QValueAxis;
class QGraphicsTextItem;

namespace tickerline {

// The base of every Tickerline chart: the theme (colours, fonts) and the notes under the plot —
// a caption saying how the figures were derived and an optional footer naming the data's
// sources — which an exported image must carry with it.
class TickerChart : public QChart
{
    Q_OBJECT

public:
    explicit TickerChart(ColourTheme theme, QGraphicsItem *parent = nullptr);

    ColourTheme colourTheme() const { return m_theme; }
    const ChartPalette &palette() const { return m_palette; }
    const ChartFonts &fonts() const { return m_fonts; }

    // QChart elides a title too wide for the chart; these keep the full text and wrap it to the
    // chart's width on every layout (QChart::title() then holds the wrapped lines as HTML).
    void setTitle(const QString &title);
    QString title() const { return m_title; }

    void setCaption(const QString &text);
    QString caption() const { return m_captionText; }
    void setSourcesText(const QString &text);
    QString sourcesText() const { return m_sourcesText; }
    void setFooterVisible(bool visible);
    bool isFooterVisible() const { return m_footerVisible; }
    // In the window: a chart too short for its caption as well as its plot leaves the caption
    // to the view's tooltip (an exported chart always shows it).
    void setCaptionMayHide(bool mayHide);
    bool isCaptionShown() const { return m_captionShown; }

    // Places what is drawn over the chart (notes, labels) for the current size and axes. Runs on
    // every layout change; the exporter calls it once more after resizing the chart.
    virtual void updateOverlays();

protected:
    // Ticks at round values (1, 2, 2.5 or 5 × 10^n) inside the range, without widening it as
    // QValueAxis::applyNiceNumbers() does, which would flatten a price series.
    void setNiceTicks(QValueAxis *axis, double low, double high, int wanted = 6);
    void styleAxis(QAbstractAxis *axis, const QString &title, const QColor &labelColor = {});
    // Bar labels in two forms: `full` (lines broken with <br>) where there is room, else `brief`
    // (one line each, as distinct as the full ones).
    void setCategories(QBarCategoryAxis *axis, const QList<QStringList> &forms);
    void styleLegend();

private:
    void updateNotes();
    // Wraps the title and the axis titles to their room, and turns category labels that would be
    // elided on end; true when anything changed (the layout then runs again).
    bool fitTexts();
    void scheduleFit(); // fitTexts() on the next event-loop turn

    ColourTheme m_theme;
    ChartPalette m_palette;
    ChartFonts m_fonts;
    QString m_title;
    QString m_captionText;
    QString m_sourcesText;
    bool m_footerVisible = false;
    bool m_captionMayHide = false;
    bool m_captionShown = true;
    QGraphicsTextItem *m_notes = nullptr;
    bool m_inUpdate = false;
    bool m_fitLater = false;   // updateOverlays() called from within a layout pass: fit queued
    bool m_fitPending = false; // a fitTexts() is queued
};

// "A", "A and B", "A, B and C".
QString humanList(const QStringList &items);

} // namespace tickerline
