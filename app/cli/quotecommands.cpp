// SPDX-License-Identifier: GPL-3.0-or-later
// quotes: re-anchors every quote against its source's current text and prints the outcome.
#include "anchoring/textanchor.h"
#include "cli/commandcontext.h"
#include "cli/options.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tickerline {

int runQuotesCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parseOrThrow(parser, context.args(), QStringLiteral("quotes"));
    Store &store = context.store();

    QList<Quote> anchored;
    for (const Source &source : store.sources()) {
        const QList<Quote> before = store.quotesOfSource(source.uid);
        QList<Quote> after = TextAnchor(source.text).anchorAll(before);
        // A quote that moved when its text was last edited stays "moved" while it sits where it
        // was moved to, so that the user still sees that it was re-anchored.
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (before[i].status == AnchorStatus::Moved && after[i].status == AnchorStatus::Exact
                && after[i].start == before[i].start)
                after[i].status = AnchorStatus::Moved;
        }
        anchored += after;
    }
    store.updateQuoteAnchors(anchored);
    std::sort(anchored.begin(), anchored.end(), [](const Quote &a, const Quote &b) { return a.id < b.id; });

    if (!parser.isSet(QStringLiteral("json"))) {
        for (const Quote &quote : anchored)
            context.out() << toString(quote.status).leftJustified(9) << QString::number(quote.score, 'f', 2) << "  "
                          << quote.source << ' ' << quote.start << "–" << quote.end << "  \"" << quote.exact.left(60)
                          << (quote.exact.size() > 60 ? "…" : "") << "\"  [" << quote.uid << "]\n";
        return 0;
    }
    QJsonArray array;
    for (const Quote &quote : anchored)
        array.append(QJsonObject{{QStringLiteral("id"), quote.uid},
                                 {QStringLiteral("source"), quote.source},
                                 {QStringLiteral("event"), quote.event.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(quote.event)},
                                 {QStringLiteral("exact"), quote.exact},
                                 {QStringLiteral("start"), double(quote.start)},
                                 {QStringLiteral("end"), double(quote.end)},
                                 {QStringLiteral("status"), toString(quote.status)},
                                 {QStringLiteral("score"), quote.score}});
    context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tickerline
