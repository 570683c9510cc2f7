// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartinput.h"

#include "analysis/eventreaction.h"
#include "error.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace tickerline {

namespace {

// Default span around an anchor event when no range is given: two weeks before, three after.
constexpr std::int64_t kBeforeAnchor = 14 * kMsPerDay;
constexpr std::int64_t kAfterAnchor = 21 * kMsPerDay;

constexpr int kOverviewColumns = 2048;

// The daily bars when there are any, else the interval with the most bars; a long series as its
// overview and a way to ask for more.
PriceSeries seriesToChart(Store &store, const QString &ticker, ChartSeriesInput *input)
{
    QString interval = QStringLiteral("1d");
    SeriesExtent extent = store.seriesExtent(ticker, interval);
    if (extent.bars == 0) {
        for (const QString &other : store.seriesIntervals(ticker)) {
            const SeriesExtent candidate = store.seriesExtent(ticker, other);
            if (candidate.bars > extent.bars)
                interval = other, extent = candidate;
        }
    }
    if (extent.bars <= kChartBarsInMemory)
        return store.series(ticker, interval);
    input->fetch = [&store, ticker, interval](std::int64_t fromMs, std::int64_t toMs, int columns) {
        return store.decimatedSeries(ticker, interval, fromMs, toMs, columns);
    };
    PriceSeries overview = store.decimatedSeries(ticker, interval, *extent.firstMs, *extent.lastMs, kOverviewColumns);
    overview.dataset = store.series(ticker, interval, *extent.firstMs, *extent.firstMs).dataset;
    return overview;
}

} // namespace

QString toString(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Price: return QStringLiteral("price");
    case ChartKind::Candles: return QStringLiteral("candles");
    case ChartKind::Compare: return QStringLiteral("compare");
    case ChartKind::Impact: return QStringLiteral("impact");
    case ChartKind::Density: return QStringLiteral("density");
    }
    return {};
}

std::optional<ChartKind> chartKindFromString(const QString &name)
{
    for (ChartKind kind : {ChartKind::Price, ChartKind::Candles, ChartKind::Compare, ChartKind::Impact,
                           ChartKind::Density}) {
        if (name.compare(toString(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

const Event *ChartInput::event(const QString &uid) const
{
    for (const Event &event : events) {
        if (event.uid == uid)
            return &event;
    }
    return nullptr;
}

namespace {

// "https://github.com/OWNER/REPO @ COMMIT, PATH": how the bundled price files name their origin.
const QRegularExpression &pinnedGitHubFile()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(https://github\\.com/[^\\s@]+?)/? @ ([0-9a-f]{7,40}), (\\S+)$"));
    return pattern;
}

} // namespace

QString publicOrigin(const QString &origin)
{
    // A pinned GitHub file: the file's own page at that commit.
    if (const QRegularExpressionMatch match = pinnedGitHubFile().match(origin.trimmed()); match.hasMatch())
        return QUrl(QStringLiteral("%1/blob/%2/%3").arg(match.captured(1), match.captured(2), match.captured(3)))
            .toString(QUrl::FullyEncoded);
    // A file imported from this computer: its name only; a reader elsewhere cannot open the path.
    static const QRegularExpression absolutePath(QStringLiteral("^(/|~/|[A-Za-z]:[\\\\/])"));
    if (!origin.contains(QLatin1String("://")) && absolutePath.match(origin.trimmed()).hasMatch()) {
        const QString path = origin.trimmed();
        return path.mid(std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\'))) + 1);
    }
    QStringList words = origin.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (word.contains(QLatin1String("://")) ||
            !(word.contains(QLatin1Char('/')) || word.contains(QLatin1Char('\\'))))
            continue;
        qsizetype opening = 0; // "(" or a quote before the path stays
        while (opening < word.size() && QStringLiteral("(\"'[").contains(word[opening]))
            ++opening;
        const qsizetype slash = std::max(word.lastIndexOf(QLatin1Char('/')), word.lastIndexOf(QLatin1Char('\\')));
        word = word.left(opening) + word.mid(slash + 1);
    }
    return words.join(QLatin1Char(' '));
}

QString ChartInput::sourcesText() const
{
    // Files of one repository at one commit are named together, under the link to that commit:
    // an impact chart of 13 companies names one repository, not 13 links.
    struct Repository
    {
        QString tree; // https://github.com/OWNER/REPO/tree/COMMIT
        QStringList names;
        QStringList files;
        QString origin; // of the first: its own link when it is alone
    };
    QList<Repository> repositories;
    QStringList parts;
    QList<qsizetype> repositoryAt; // where in `parts` each repository goes
    for (const DatasetInfo &info : datasets) {
        const QString name = info.name.isEmpty() ? info.uid : info.name;
        if (const QRegularExpressionMatch match = pinnedGitHubFile().match(info.origin.trimmed()); match.hasMatch()) {
            const QString tree = QStringLiteral("%1/tree/%2").arg(match.captured(1), match.captured(2));
            auto same = std::find_if(repositories.begin(), repositories.end(),
                                     [&](const Repository &r) { return r.tree == tree; });
            if (same == repositories.end()) {
                repositories.append({tree, {}, {}, info.origin});
                repositoryAt.append(parts.size());
                parts.append(QString());
                same = repositories.end() - 1;
            }
            same->names << name;
            same->files << match.captured(3);
            continue;
        }
        QString part = name;
        if (const QString origin = publicOrigin(info.origin); !origin.isEmpty())
            part += QStringLiteral(" (%1)").arg(origin);
        parts << part;
    }
    for (qsizetype i = 0; i < repositories.size(); ++i) {
        const Repository &r = repositories[i];
        parts[repositoryAt[i]] =
            r.files.size() == 1
                ? QStringLiteral("%1 (%2)").arg(r.names.front(), publicOrigin(r.origin))
                : QStringLiteral("%1 and %2 more (%3: %4)")
                      .arg(r.names.front())
                      .arg(r.names.size() - 1)
                      .arg(QUrl(r.tree).toString(QUrl::FullyEncoded), r.files.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty())
        return {};
    return QStringLiteral("Data: ") + parts.join(QStringLiteral("; "));
}

ChartInput loadChartInput(Store &store, const ChartRequest &request)
{
    ChartInput input;
    input.anchorEvent = request.eventUid;
    std::optional<Event> anchor;
    if (!request.eventUid.isEmpty()) {
        anchor = store.event(request.eventUid);
        if (!anchor)
            throw Error(QStringLiteral("unknown event \"%1\"").arg(request.eventUid));
    }
    if (request.fromMs && request.toMs && *request.toMs < *request.fromMs)
        throw Error(QStringLiteral("the range ends (%1) before it starts (%2)")
                        .arg(formatIsoDate(*request.toMs), formatIsoDate(*request.fromMs)));

    // An impact chart with no symbols named measures every company with a share count (the
    // market-value total needs them); otherwise every stock.
    QStringList symbols = request.symbols;
    if (symbols.isEmpty() && request.kind == ChartKind::Impact) {
        for (const Symbol &symbol : store.symbols()) {
            if (request.percent ? symbol.kind == QLatin1String("stock") : symbol.sharesOutstanding.has_value())
                symbols << symbol.ticker;
        }
    }
    QSet<QString> datasetUids;
    for (const QString &asked : symbols) {
        const auto symbol = store.symbol(asked);
        if (!symbol)
            throw Error(QStringLiteral("unknown symbol \"%1\"").arg(asked));
        ChartSeriesInput one{*symbol, {}, {}};
        one.series = seriesToChart(store, symbol->ticker, &one);
        if (one.series.dataset.isEmpty())
            one.series.dataset = symbol->dataset;
        if (!one.series.dataset.isEmpty())
            datasetUids.insert(one.series.dataset);
        input.series.append(std::move(one));
    }

    // The range: as asked; else around the anchor event; else everything the series hold.
    std::int64_t first = std::numeric_limits<std::int64_t>::max(), last = std::numeric_limits<std::int64_t>::min();
    for (const ChartSeriesInput &one : input.series) {
        if (!one.series.bars.empty()) {
            first = std::min(first, one.series.bars.front().tsMs);
            last = std::max(last, one.series.bars.back().tsMs);
        }
    }
    const std::int64_t anchorDay = anchor ? firstSessionDate(*anchor) : 0;
    // A range that is not asked for ends where the data do.
    const bool anyBars = first <= last;
    std::int64_t from = anchor ? anchorDay - kBeforeAnchor : first;
    std::int64_t to = anchor ? anchorDay + kAfterAnchor : last;
    if (anyBars) {
        from = std::max(from, first);
        to = std::min(to, last);
    }
    input.fromMs = request.fromMs ? *request.fromMs : from;
    input.toMs = request.toMs ? *request.toMs : to;

    // A price chart with no bars to show is refused before any event is read: the events of
    // its range may be a million.
    if (request.kind != ChartKind::Density) {
        if (input.series.isEmpty())
            throw Error(QStringLiteral("no symbol to chart"));
        bool any = false;
        for (const ChartSeriesInput &one : input.series) {
            const auto index = barAtOrAfter(one.series, input.fromMs);
            if (index && one.series.bars[*index].tsMs <= input.toMs)
                any = true;
        }
        if (!any)
            throw Error(
                QStringLiteral("no bars of %1 between %2 and %3")
                    .arg(symbols.join(QStringLiteral(", ")), formatIsoDate(input.fromMs), formatIsoDate(input.toMs)));
    }

    EventFilter filter;
    if (request.kind != ChartKind::Density || request.fromMs)
        filter.fromMs = input.fromMs;
    if (request.kind != ChartKind::Density || request.toMs)
        filter.toMs = input.toMs + kMsPerDay - 1;
    input.events = store.events(filter);
    std::sort(input.events.begin(), input.events.end(),
              [](const Event &a, const Event &b) { return a.startMs < b.startMs; });
    if (anchor && !input.event(anchor->uid))
        input.events.append(*anchor);
    for (const Event &event : input.events) {
        if (!event.dataset.isEmpty() && (request.kind == ChartKind::Density || request.showEvents))
            datasetUids.insert(event.dataset);
    }

    if (request.kind == ChartKind::Density) {
        if (input.events.isEmpty())
            throw Error(QStringLiteral("no events between %1 and %2")
                            .arg(formatIsoDate(input.fromMs), formatIsoDate(input.toMs)));
    }

    for (const DatasetInfo &info : store.datasets()) {
        if (datasetUids.contains(info.uid))
            input.datasets.append(info);
    }
    return input;
}

} // namespace tickerline
