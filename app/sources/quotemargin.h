// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class QPlainTextEdit;

namespace tickerline {

// A narrow strip beside a source's text with one coloured bar per quote, over the lines the quote
// spans, so that quotes are found by scrolling even where highlights are off screen to the side.
// Overlapping quotes get bars side by side. A fuzzy quote's bar is dashed in amber: it may cover
// words that are not quite the quoted ones.
class QuoteMargin final : public QWidget
{
    Q_OBJECT

public:
    struct Mark
    {
        QString quote;
        qsizetype from = 0; // UTF-16 positions in the text view's document
        qsizetype to = 0;
        QColor color;
        bool fuzzy = false;
        bool emphasized = false;
    };

    static constexpr int kBarWidth = 4;
    static constexpr int kBarGap = 2;
    static QColor fuzzyColor();

    explicit QuoteMargin(QPlainTextEdit *view, QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    // The bar of a quote in this widget's coordinates; empty when it is scrolled out of view.
    QRect barRect(const QString &quote) const;
    QString quoteAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void quoteActivated(const QString &quote);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect barRect(int index) const;
    void assignLanes();

    QPlainTextEdit *m_view = nullptr;
    QList<Mark> m_marks;
    QList<int> m_lanes; // per mark
    int m_laneCount = 0;
};

} // namespace tickerline
