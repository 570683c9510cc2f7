// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectorpane.h"

#include "style/palette.h"

#include "analysis/eventreaction.h"
#include "analysis/eventstudy.h"
#include "error.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "store/store.h"
#include "time/isotime.h"
#include "time/localdates.h"

#include <QDateTime>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace tickerline {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Dates in the figures of the window's locale (ISO 8601 when none is chosen); times on the 24-hour
// clock the markets quote.
QString zoned(std::int64_t ms, const QTimeZone &zone, Precision precision)
{
    const QLocale locale;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QString format = localNumericDatePattern(locale) +
                           (precision == Precision::Second ? QStringLiteral(" HH:mm:ss") : QStringLiteral(" HH:mm"));
    return locale.toString(time, format) + QLatin1Char(' ') + zone.abbreviation(time);
}

// A session or calendar date (UTC), in figures.
QString localDate(std::int64_t ms)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date(),
                           localNumericDatePattern(locale));
}

QString whenText(const Event &event)
{
    if (event.precision <= Precision::Day) {
        QString text = localDate(event.startMs);
        if (event.endMs && *event.endMs != event.startMs)
            text += QStringLiteral(" – ") + localDate(*event.endMs);
        return text + QStringLiteral(" (") + InspectorPane::tr("day precision") + QLatin1Char(')');
    }
    const QTimeZone own(event.tz.toUtf8());
    const QTimeZone newYork("America/New_York");
    QString text = zoned(event.startMs, QTimeZone::utc(), event.precision);
    if (event.endMs)
        text += QStringLiteral(" – ") + zoned(*event.endMs, QTimeZone::utc(), event.precision);
    QStringList local;
    if (own.isValid() && own != QTimeZone::utc())
        local << zoned(event.startMs, own, event.precision);
    if (own != newYork)
        local << zoned(event.startMs, newYork, event.precision);
    if (!local.isEmpty())
        text += QStringLiteral("<br>") + local.join(QStringLiteral("; "));
    return text;
}

QString statusBadge(const Quote &quote, ColourTheme theme)
{
    QString label = toString(quote.status);
    if (quote.status == AnchorStatus::Fuzzy)
        label += QLatin1Char(' ') + QLocale().toString(quote.score, 'f', 2);
    return QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
        .arg(palette::anchorStatusColor(quote.status, theme).name(), label);
}

QString signedPercent(double value)
{
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + QLocale().toString(std::abs(value), 'f', 2)
           + QStringLiteral(" %");
}

QString money(double value)
{
    const double billions = value / 1e9;
    // The unit is the language's: "$592.7 B", "592,7 Mrd. $".
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) +
           InspectorPane::tr("$%1 B", "US dollars in billions").arg(QLocale().toString(std::abs(billions), 'f', 1));
}

} // namespace

InspectorPane::InspectorPane(Store &store, EventSelection *selection, QWidget *parent)
    : QWidget(parent), m_store(store), m_selection(selection), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("inspector"));
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QTextBrowser::anchorClicked, this, &InspectorPane::openLink);
    connect(selection, &EventSelection::currentEventChanged, this, &InspectorPane::showEvent);
    showEvent(selection->currentEvent());
}

QString InspectorPane::plainText() const
{
    return m_view->toPlainText();
}

void InspectorPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showEvent(m_selection->currentEvent());
}

void InspectorPane::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("event"))
        m_selection->setCurrentEvent(url.path());
    else if (url.scheme() == QLatin1String("quote"))
        emit quoteActivated(url.path());
}

void InspectorPane::setUnsavedLookups(std::function<std::optional<Event>(const QString &)> event,
                                      std::function<QString(const QString &)> actorName)
{
    m_unsavedEvent = std::move(event);
    m_unsavedActorName = std::move(actorName);
}

void InspectorPane::showEvent(const QString &uid)
{
    auto event = uid.isEmpty() ? std::nullopt : m_store.event(uid);
    const bool unsaved = !event && !uid.isEmpty() && m_unsavedEvent && (event = m_unsavedEvent(uid));
    // The pane's palette: on a change it has the new one before the view in it does.
    const ColourTheme theme = palette::themeOf(palette());
    const QString muted = palette::mutedText(palette()).name();
    if (!event) {
        m_view->setHtml(
            QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, tr("Select an event to inspect it.")));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(event->title));
    html += QStringLiteral("<table cellspacing=\"2\">");
    auto row = [&html, &muted](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style=\"color:%1; padding-right:8px\">%2</td><td>%3</td></tr>")
                    .arg(muted, label, value);
    };
    row(tr("Kind"), eventKindLabel(event->kind));
    row(tr("When"), whenText(*event) + (event->uncertain ? QStringLiteral(" <i>(%1)</i>").arg(tr("uncertain")) : QString()));
    row(tr("Zone"), escaped(event->tz));

    QHash<QString, QString> actorNames;
    for (const Actor &actor : m_store.actors())
        actorNames.insert(actor.uid, actor.name);
    QStringList actors;
    for (const EventActor &actor : event->actors)
        actors << escaped(actorNames.value(actor.actor,
                                           m_unsavedActorName ? m_unsavedActorName(actor.actor) : actor.actor)) +
                      (actor.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(escaped(actor.role)));
    if (!actors.isEmpty())
        row(tr("Actors"), actors.join(QStringLiteral(", ")));
    if (!event->symbols.isEmpty())
        row(tr("Symbols"), escaped(event->symbols.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>");
    if (!event->summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(event->summary));
    if (unsaved)
        html += QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>")
                    .arg(muted, tr("Being saved with an import: its links and quotes show once it is saved."));

    QStringList links;
    for (const EventLink &link : m_store.links()) {
        if (link.from == event->uid)
            links << QStringLiteral("%1 <a href=\"event:%2\">%3</a>").arg(escaped(link.type), escaped(link.to),
                                                                          escaped(m_store.event(link.to)->title));
        else if (link.to == event->uid)
            links << QStringLiteral("<a href=\"event:%1\">%2</a> %3 %4").arg(escaped(link.from),
                                                                              escaped(m_store.event(link.from)->title),
                                                                              escaped(link.type), tr("this"));
    }
    if (!links.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Links"), links.join(QStringLiteral("<br>")));

    const QList<Quote> quotes = m_store.quotesOfEvent(event->uid);
    if (!quotes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Quotes"));
        for (const Quote &quote : quotes)
            html += QStringLiteral("<p>%1 <a href=\"quote:%2\">“%3”</a> <span style=\"color:%4\">— %5</span></p>")
                        .arg(statusBadge(quote, theme), escaped(quote.uid), escaped(quote.exact), muted,
                             escaped(quote.source));
    }

    // The market's reaction on the first session the event reached, for the symbols it concerns:
    // the move, the move beyond the market's (abnormal) and its sum around the event (CAR).
    std::optional<Symbol> benchmark;
    for (const char *candidate : kDefaultBenchmarks) {
        if (!benchmark)
            benchmark = m_store.symbol(QLatin1String(candidate));
    }
    const PriceSeries benchmarkSeries = benchmark ? m_store.series(benchmark->ticker) : PriceSeries();
    const auto study = [&](const PriceSeries &series, int first, int last) -> std::optional<EventStudy> {
        if (!benchmark || series.symbol == benchmark->ticker)
            return std::nullopt;
        try {
            return runEventStudy(series, benchmarkSeries, *event, EventStudyOptions{first, last});
        } catch (const Error &) {
            return std::nullopt; // the data do not cover that window: the cell stays empty
        }
    };
    QStringList reactionRows;
    QList<SessionMove> moves;
    for (const QString &concerned : event->symbols) {
        const auto symbol = m_store.symbol(concerned);
        if (!symbol)
            continue;
        const PriceSeries series = m_store.series(symbol->ticker);
        const auto move = eventMove(series, *event, symbol->sharesOutstanding);
        if (!move)
            continue;
        moves << *move;
        const auto value = move->marketValueChange();
        const auto day = study(series, 0, 0);
        const auto window = study(series, -1, 5);
        // The session column would repeat the heading's date; a series whose calendar put the
        // move on another session says so beside its symbol.
        QString name = escaped(symbol->ticker);
        if (move->sessionMs != firstSessionDate(*event))
            name += QStringLiteral("<br><small>%1</small>").arg(localDate(move->sessionMs));
        reactionRows << QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                                       "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                            .arg(name, signedPercent(move->percent()), day ? signedPercent(100 * day->car) : QString(),
                                 window ? signedPercent(100 * window->car) : QString(), value ? money(*value) : QString());
    }
    int counted = 0;
    const double total = totalMarketValueChange(moves, &counted);
    if (counted > 1)
        reactionRows << QStringLiteral("<tr><td colspan=\"4\"><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                            .arg(tr("Total of %n companies", nullptr, counted), money(total));
    if (!reactionRows.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p style=\"color:%2\">%3</p>")
                    .arg(tr("Market reaction"), muted,
                         tr("First session reached: %1. Move = close against the previous session's close; "
                            "value = shares outstanding × that change.")
                             .arg(localDate(firstSessionDate(*event))));
        if (benchmark)
            html +=
                QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, tr("Abnormal = the move less %1's that session; CAR = the abnormal returns summed from "
                                   "the session before to five after (tickerline study shows each day).")
                                    .arg(benchmark->ticker));
        html += QStringLiteral("<table cellspacing=\"4\"><tr><th align=\"left\">%1</th><th align=\"right\">%2</th>"
                               "<th align=\"right\">%3</th><th align=\"right\">%4</th><th align=\"right\">%5</th></tr>"
                               "%6</table>")
                    .arg(tr("Symbol"), tr("Move"), tr("Abnormal"), tr("CAR −1…+5"), tr("Market value"),
                         reactionRows.join(QString()));
    }
    m_view->setHtml(html);
}

} // namespace tickerline
