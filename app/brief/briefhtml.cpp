// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefhtml.h"

#include "brief/briefformat.h"
#include "brief/eventbrief.h"
#include "time/isotime.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace tickerline {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Links in a brief point only to the web: the http and https URLs in a stored text become links,
// the rest of it (a commit, a file name beside the URL) stays text.
QString linked(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"]+"));
    QString html;
    qsizetype done = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString address = match.captured();
        while (address.endsWith(QLatin1Char(',')) || address.endsWith(QLatin1Char(';')) ||
               address.endsWith(QLatin1Char('.')) || address.endsWith(QLatin1Char(')')))
            address.chop(1);
        html += escaped(text.mid(done, match.capturedStart() - done));
        const QUrl parsed(address);
        html += parsed.isValid() ? QStringLiteral("<a href=\"%1\">%2</a>")
                                       .arg(escaped(parsed.toString(QUrl::FullyEncoded)), escaped(address))
                                 : escaped(address);
        done = match.capturedStart() + address.size();
    }
    return html + escaped(text.mid(done));
}

QString nyTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone("America/New_York")).toString(QStringLiteral("HH:mm"));
}

QString weekdayDate(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(QStringLiteral("dddd yyyy-MM-dd"));
}

QString offsetLabel(int offset)
{
    if (offset == 0)
        return QStringLiteral("T0");
    return QStringLiteral("T%1%2").arg(offset < 0 ? QStringLiteral("−") : QStringLiteral("+")).arg(std::abs(offset));
}

QString signClass(double value)
{
    return value < 0 ? QStringLiteral("down") : QStringLiteral("up");
}

} // namespace

BriefHtml::BriefHtml(const EventBrief &brief, Target target)
    : m_brief(brief)
    , m_target(target)
{}

void BriefHtml::setChart(const QString &source, int width, const QString &note)
{
    m_chartSource = source;
    m_chartWidth = width;
    m_chartNote = note;
}

QString BriefHtml::styleSheet() const
{
    // QTextDocument knows a subset of CSS (no selectors beyond type and class, sizes in pt): the
    // rules below read the same in both.
    QString css = QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; font-size: 9.5pt; color: #1f2933; }\n"
        "h1, .h1 { font-size: 14pt; font-weight: 600; margin-top: 0; margin-bottom: 2pt; }\n"
        "h2, .h2 { font-size: 12pt; font-weight: 600; color: #243b53; margin-top: 14pt; margin-bottom: 4pt; }\n"
        "p { margin-top: 2pt; margin-bottom: 4pt; }\n"
        ".subtitle { color: #52606d; margin-bottom: 8pt; }\n"
        ".note { color: #52606d; font-size: 8.5pt; }\n"
        ".summary { margin-top: 6pt; }\n"
        "th { font-weight: 600; color: #334e68; }\n"
        "td, th { padding: 2pt 5pt; }\n"
        ".facts th { padding-right: 10pt; }\n"
        ".num { white-space: nowrap; }\n"
        ".down { color: #b42318; }\n"
        ".up { color: #1b7f3b; }\n"
        ".total td { font-weight: 600; }\n"
        ".quote { font-style: italic; margin-top: 6pt; margin-bottom: 1pt; }\n"
        ".attribution { color: #52606d; font-size: 8.5pt; margin-left: 12pt; }\n"
        ".derivation { font-size: 8.5pt; margin-top: 0; margin-bottom: 1pt; }\n"
        ".dataset { font-size: 8pt; color: #52606d; margin-bottom: 3pt; }\n"
        ".uid { color: #7b8794; font-size: 8pt; }\n");
    if (m_target == Target::Browser)
        css += QStringLiteral("body { max-width: 60em; margin: 2em auto; padding: 0 1.5em; line-height: 1.4; }\n"
                              "table { border-collapse: collapse; }\n"
                              "table.numbers { width: 100%; }\n"
                              ".num { text-align: right; }\n"
                              "th { text-align: left; vertical-align: bottom; }\n"
                              "th.num { text-align: right; }\n"
                              ".facts th { width: 11em; vertical-align: top; }\n"
                              ".numbers td, .numbers th { border-bottom: 1px solid #d9e2ec; }\n"
                              ".numbers th { border-bottom: 1px solid #829ab1; }\n"
                              "img.chart { width: 100%; height: auto; border: 1px solid #d9e2ec; }\n"
                              "footer { margin-top: 2em; border-top: 1px solid #829ab1; }\n"
                              "a { color: #1f5fa8; word-break: break-all; }\n");
    else
        css += QStringLiteral(".numbers td { border-bottom: 0.5pt solid #d9e2ec; }\n"
                              "a { color: #1f5fa8; text-decoration: none; }\n");
    return css;
}

// QTextDocument scales a heading's size by its level on top of the style sheet's: the PDF's
// headings are paragraphs of a class.
QString BriefHtml::layout(const char *attributes) const
{
    return m_target == Target::TextDocument ? QLatin1Char(' ') + QLatin1String(attributes) : QString();
}

QString BriefHtml::tableLayout() const
{
    return layout("cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"");
}

QString BriefHtml::numberCell(const QString &text, const QString &cssClass) const
{
    return QStringLiteral("<td class=\"num%1\"%2>%3</td>")
        .arg(cssClass.isEmpty() ? QString() : QLatin1Char(' ') + cssClass, layout("align=\"right\""), text);
}

QString BriefHtml::heading(int level, const QString &text) const
{
    if (m_target == Target::Browser)
        return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text);
    return QStringLiteral("<p class=\"h%1\">%2</p>").arg(level).arg(text);
}

QString BriefHtml::header() const
{
    const Event &event = m_brief.event;
    QString html = heading(1, escaped(event.title));
    html += QStringLiteral("<p class=\"subtitle\">%1 · %2 · <span class=\"uid\">%3</span></p>")
                .arg(tr("Event brief"), escaped(eventKindLabel(event.kind)), escaped(event.uid));
    QStringList facts;
    const auto row = [this, &facts](const QString &name, const QString &value) {
        facts << QStringLiteral("<tr><th%1>%2</th><td>%3</td></tr>")
                     .arg(layout("align=\"left\" valign=\"top\" width=\"22%\""), name, value);
    };
    row(tr("Kind"), escaped(eventKindLabel(event.kind)));
    QStringList actors;
    for (const BriefActor &actor : m_brief.actors)
        actors << (actor.role.isEmpty() ? escaped(actor.name)
                                        : QStringLiteral("%1 (%2)").arg(escaped(actor.name), escaped(actor.role)));
    row(tr("Actors"), actors.isEmpty() ? tr("none named") : actors.join(QStringLiteral(", ")));
    for (const BriefTime &time : m_brief.times) {
        QStringList notes;
        if (time.label != time.zone && time.label != QLatin1String("New York"))
            notes << escaped(time.zone);
        if (time.eventZone)
            notes << tr("the event's own zone");
        row(escaped(time.label),
            escaped(time.text) +
                (notes.isEmpty()
                     ? QString()
                     : QStringLiteral(" <span class=\"uid\">(%1)</span>").arg(notes.join(QStringLiteral(", ")))));
    }
    QString precision = toString(event.precision);
    if (event.uncertain)
        precision += QStringLiteral("; ") + tr("uncertain (~)");
    row(tr("Precision"), escaped(precision));
    const BriefSession &session = m_brief.session;
    QString placement;
    switch (session.placement) {
    case BriefSession::Placement::BeforeOpen:
        placement = tr("the event came before the open");
        break;
    case BriefSession::Placement::During:
        placement = tr("the event came during the session");
        break;
    case BriefSession::Placement::AfterClose:
        placement = tr("the event came after the close");
        break;
    case BriefSession::Placement::ClosedDay:
        placement = tr("the market was closed on the event's day (%1)").arg(escaped(session.closure));
        break;
    case BriefSession::Placement::SameDay:
        placement = tr("the session of the event's day");
        break;
    }
    row(tr("First session"), tr("%1, %2–%3 New York%4: %5")
                                 .arg(weekdayDate(session.dateMs), nyTime(session.openMs), nyTime(session.closeMs),
                                      session.earlyClose ? tr(" (early close)") : QString(), placement));
    html += QStringLiteral("<table class=\"facts\"%1>%2</table>")
                .arg(layout("cellspacing=\"0\" cellpadding=\"2\""), facts.join(QString()));
    if (!m_brief.summary.isEmpty())
        html += QStringLiteral("<p class=\"summary\">%1</p>").arg(escaped(m_brief.summary));
    return html;
}

QString BriefHtml::chartSection() const
{
    QString html = heading(2, tr("Prices around the event"));
    if (!m_chartSource.isEmpty())
        html += QStringLiteral("<p><img class=\"chart\" src=\"%1\" width=\"%2\" alt=\"%3\"></p>")
                    .arg(m_chartSource, QString::number(m_chartWidth),
                         escaped(tr("Prices around “%1”").arg(m_brief.event.title)));
    if (!m_chartNote.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(m_chartNote));
    return html;
}

QString BriefHtml::reactionSection() const
{
    QString html = heading(2, tr("Market reaction on %1").arg(formatIsoDate(m_brief.session.dateMs)));
    if (m_brief.moves.isEmpty())
        return html + QStringLiteral("<p class=\"note\">%1</p>").arg(tr("No symbol."));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Move = the session's close against the previous session's close; market value = shares "
                        "outstanding (as stored with each symbol) × that change."));
    QString rows;
    QStringList derivations, missing;
    QList<SessionMove> moves;
    QString currency;
    for (const BriefMove &entry : m_brief.moves) {
        if (!entry.move) {
            missing << entry.symbol.ticker;
            continue;
        }
        const SessionMove &move = *entry.move;
        moves << move;
        currency = entry.symbol.currency;
        const auto value = move.marketValueChange();
        QString name = escaped(move.symbol);
        if (move.sessionMs != m_brief.session.dateMs)
            name += QStringLiteral(" <span class=\"uid\">(%1)</span>").arg(formatIsoDate(move.sessionMs));
        rows += QStringLiteral("<tr><td>%1</td>%2%3%4%5%6</tr>")
                    .arg(name, numberCell(brief::price(move.previousClose, entry.symbol.currency)),
                         numberCell(brief::price(move.close, entry.symbol.currency)),
                         numberCell(brief::signedPercent(move.percent()), signClass(move.change())),
                         numberCell(move.shares ? brief::shares(*move.shares) : QString()),
                         numberCell(value ? brief::money(*value, entry.symbol.currency) : QString(),
                                    value ? signClass(*value) : QString()));
        if (value)
            derivations << QStringLiteral("<p class=\"derivation\">%1</p>")
                               .arg(escaped(brief::derivation(move, entry.symbol.currency)));
    }
    int counted = 0;
    const double total = totalMarketValueChange(moves, &counted);
    if (counted > 1)
        rows += QStringLiteral("<tr class=\"total\"><td colspan=\"5\"><b>%1</b></td>%2</tr>")
                    .arg(tr("Total of %1 companies").arg(counted),
                         numberCell(QStringLiteral("<b>%1</b>").arg(brief::money(total, currency)), signClass(total)));
    const QString right = layout("align=\"right\"");
    html += QStringLiteral("<table class=\"numbers\"%1><tr><th%2>%3</th>")
                .arg(tableLayout(), layout("align=\"left\""), tr("Symbol"));
    for (const QString &title :
         {tr("Previous close"), tr("Close"), tr("Move"), tr("Shares outstanding"), tr("Market value")})
        html += QStringLiteral("<th class=\"num\"%1>%2</th>").arg(right, title);
    html += QStringLiteral("</tr>%1</table>").arg(rows);
    if (!derivations.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(tr("Derivation:")) + derivations.join(QString());
    if (!missing.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(tr("No bar on or after that session: %1.").arg(missing.join(QStringLiteral(", "))));
    return html;
}

QString BriefHtml::studySection() const
{
    QString html = heading(2, tr("Event study"));
    if (!m_brief.benchmark)
        return html + QStringLiteral("<p class=\"note\">%1</p>")
                          .arg(tr("Neither SPY nor ^GSPC is in the database: no benchmark to measure against."));
    const QString benchmark = escaped(m_brief.benchmark->ticker);
    const EventStudy *first = nullptr;
    for (const BriefStudy &study : m_brief.studies) {
        if (study.study && !first)
            first = &*study.study;
    }
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Abnormal return = the symbol's return less %1's on the same session (market-adjusted "
                        "model), close to close; CAR = their sum over the window; t = CAR ÷ its standard deviation, "
                        "estimated from the returns before the window. The same figures as tickerline study.")
                         .arg(benchmark));
    if (!first)
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(tr("No symbol could be studied."));
    const QString right = layout("align=\"right\"");
    QString headings = QStringLiteral("<th%1>%2</th>").arg(layout("align=\"left\""), tr("Symbol"));
    if (first) {
        for (const EventStudyDay &day : first->days)
            headings += QStringLiteral("<th class=\"num\"%1>%2<br><span class=\"uid\">%3</span></th>")
                            .arg(right, offsetLabel(day.offset), formatIsoDate(day.sessionMs).mid(5));
        headings += QStringLiteral("<th class=\"num\"%1>%2</th><th class=\"num\"%1>%3</th>")
                        .arg(right, tr("CAR"), QStringLiteral("t"));
    }
    QString rows;
    QStringList problems;
    for (const BriefStudy &entry : m_brief.studies) {
        if (!entry.study) {
            problems << QStringLiteral("%1: %2").arg(escaped(entry.symbol), escaped(entry.problem));
            continue;
        }
        const EventStudy &study = *entry.study;
        QString cells = QStringLiteral("<td>%1</td>").arg(escaped(entry.symbol));
        for (const EventStudyDay &day : study.days)
            cells += numberCell(brief::fractionAsPercent(day.abnormal), signClass(day.abnormal));
        cells += numberCell(QStringLiteral("<b>%1</b>").arg(brief::fractionAsPercent(study.car)), signClass(study.car));
        cells += numberCell(study.tStat ? brief::tStat(*study.tStat) : tr("n/a"));
        rows += QStringLiteral("<tr>%1</tr>").arg(cells);
    }
    if (!rows.isEmpty())
        html += QStringLiteral("<table class=\"numbers\"%1><tr>%2</tr>%3</table>").arg(tableLayout(), headings, rows);
    if (first && first->estimation.sessions > 0)
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(tr("Abnormal returns by session against %1, window %2 to %3 (first session %4); "
                            "estimated from %5 returns, %6 – %7.")
                             .arg(benchmark, offsetLabel(m_brief.studyOptions.firstOffset),
                                  offsetLabel(m_brief.studyOptions.lastOffset), formatIsoDate(first->firstSessionMs))
                             .arg(first->estimation.sessions)
                             .arg(formatIsoDate(first->estimation.fromMs), formatIsoDate(first->estimation.toMs)));
    if (!problems.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(tr("Not studied: %1").arg(problems.join(QStringLiteral("; "))));
    return html;
}

QString BriefHtml::quoteSection() const
{
    QString html = heading(2, tr("Quotes (%1)").arg(m_brief.quotes.size()));
    if (m_brief.quotes.isEmpty())
        return html + QStringLiteral("<p class=\"note\">%1</p>").arg(tr("No quote documents this event."));
    for (const BriefQuote &entry : m_brief.quotes) {
        const Quote &quote = entry.quote;
        html += QStringLiteral("<p class=\"quote\">“%1”</p>").arg(escaped(quote.exact));
        QStringList parts;
        parts << (entry.speaker.isEmpty() ? tr("speaker not named") : escaped(entry.speaker));
        QString source = entry.source.title.isEmpty() ? escaped(quote.source) : escaped(entry.source.title);
        if (!entry.source.outlet.isEmpty())
            source += QStringLiteral(", ") + escaped(entry.source.outlet);
        parts << source;
        if (!entry.source.url.isEmpty())
            parts << linked(entry.source.url);
        QString status = toString(quote.status);
        if (quote.status == AnchorStatus::Fuzzy)
            status += QStringLiteral(" %1").arg(quote.score, 0, 'f', 2);
        parts << tr("anchor %1, characters %2–%3").arg(status).arg(quote.start).arg(quote.end);
        parts << QStringLiteral("<span class=\"uid\">%1</span>").arg(escaped(quote.uid));
        html += QStringLiteral("<p class=\"attribution\">— %1</p>").arg(parts.join(QStringLiteral(" · ")));
    }
    return html;
}

QString BriefHtml::linkSection() const
{
    QString html = heading(2, tr("Linked events"));
    if (m_brief.outgoing.isEmpty() && m_brief.incoming.isEmpty())
        return html + QStringLiteral("<p class=\"note\">%1</p>").arg(tr("No event is linked to this one."));
    const auto eventText = [](const Event &event) {
        return QStringLiteral("%1 <span class=\"uid\">(%2, %3)</span>")
            .arg(escaped(event.title), formatIsoForPrecision(event.startMs, event.precision), escaped(event.uid));
    };
    if (!m_brief.outgoing.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("What this event responds to, follows or reports"));
        for (const BriefLink &link : m_brief.outgoing)
            html += QStringLiteral("<p class=\"derivation\">%1 %2</p>").arg(escaped(link.type), eventText(link.other));
    }
    if (!m_brief.incoming.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("The events that respond to it, follow or report it"));
        for (const BriefLink &link : m_brief.incoming)
            html += QStringLiteral("<p class=\"derivation\">%1 — %2 %3</p>")
                        .arg(eventText(link.other), escaped(link.type), tr("this event"));
    }
    return html;
}

QString BriefHtml::dataSection() const
{
    QString html = heading(2, tr("Data"));
    for (const DatasetInfo &info : m_brief.datasets) {
        QStringList parts{QStringLiteral("<b>%1</b>").arg(escaped(info.name.isEmpty() ? info.uid : info.name))};
        if (!info.origin.isEmpty())
            parts << tr("origin: %1").arg(linked(info.origin));
        if (!info.licence.isEmpty())
            parts << tr("licence: %1").arg(escaped(info.licence));
        if (!info.importedAt.isEmpty())
            parts << tr("imported %1").arg(escaped(info.importedAt));
        html += QStringLiteral("<p class=\"dataset\">%1</p>").arg(parts.join(QStringLiteral(" · ")));
    }
    if (m_brief.datasets.isEmpty())
        html += QStringLiteral("<p class=\"dataset\">%1</p>").arg(tr("No dataset is recorded for these rows."));
    return html;
}

QString BriefHtml::body() const
{
    const QString data = dataSection();
    return header() + chartSection() + reactionSection() + studySection() + quoteSection() + linkSection() +
           (m_target == Target::Browser ? QStringLiteral("<footer>%1</footer>").arg(data) : data);
}

QByteArray BriefHtml::file(const EventBrief &brief, const QImage &chart, const QString &chartNote)
{
    BriefHtml html(brief, Target::Browser);
    QString source;
    if (!chart.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chart.save(&buffer, "PNG");
        source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }
    html.setChart(source, 900, chartNote);
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3\n</body>\n</html>\n")
        .arg(escaped(tr("Event brief: %1").arg(brief.event.title)), html.styleSheet(), html.body())
        .toUtf8();
}

} // namespace tickerline
