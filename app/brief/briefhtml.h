// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace tickerline {

struct EventBrief;

// A brief as HTML. The same markup serves a browser (a self-contained file: the chart inline as a
// data: URI, the style sheet inline, no script) and QTextDocument, which lays the PDF out.
class BriefHtml final
{
    Q_DECLARE_TR_FUNCTIONS(BriefHtml)

public:
    enum class Target { Browser, TextDocument };

    BriefHtml(const EventBrief &brief, Target target);

    // Where the chart image comes from and the note under it; no image: the note alone.
    void setChart(const QString &source, int width, const QString &note);
    QString body() const;
    QString styleSheet() const;
    // A whole HTML5 file with `chart` embedded as PNG.
    static QByteArray file(const EventBrief &brief, const QImage &chart, const QString &chartNote);

private:
    // Table attributes that HTML5 retired but QTextDocument still reads (its CSS does not align
    // cells): written for the PDF only.
    QString layout(const char *attributes) const;
    QString tableLayout() const;
    QString numberCell(const QString &text, const QString &cssClass = {}) const;
    QString heading(int level, const QString &text) const;
    QString header() const;
    QString chartSection() const;
    QString reactionSection() const;
    QString studySection() const;
    QString quoteSection() const;
    QString linkSection() const;
    QString dataSection() const;

    const EventBrief &m_brief;
    Target m_target;
    QString m_chartSource;
    int m_chartWidth = 0;
    QString m_chartNote;
};

} // namespace tickerline
