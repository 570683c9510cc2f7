// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A store filled with real rows (tests/data/charts: excerpts of shared/data/market) and the
// events of the DeepSeek-R1 episode, for the chart and analysis tests. QtCore only.

#include "domain/entities.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace tickerline::testing {

inline QString chartDataPath(const QString &name)
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/charts/") + name;
}

inline QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    return lines;
}

// The CSV layouts of shared/data/market differ only in column order and names.
inline PriceSeries readSeries(const QString &symbol, const QString &file, const QString &dataset)
{
    const QStringList lines = readLines(chartDataPath(file));
    const QStringList header = lines.front().toLower().split(QLatin1Char(','));
    const auto column = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
    const int date = column("date"), open = column("open"), high = column("high"), low = column("low"),
              close = column("close"), volume = column("volume");
    PriceSeries series;
    series.symbol = symbol;
    series.dataset = dataset;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(','));
        Bar bar;
        bar.tsMs = parseIsoTime(f[date])->ms;
        bar.open = f[open].toDouble();
        bar.high = f[high].toDouble();
        bar.low = f[low].toDouble();
        bar.close = f[close].toDouble();
        const double v = f[volume].toDouble();
        if (v > 0)
            bar.volume = v;
        series.bars.push_back(bar);
    }
    return series;
}

inline QList<Event> episodeEvents()
{
    QList<Event> events;
    const QStringList lines = readLines(chartDataPath(QStringLiteral("events.tsv")));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char('\t'));
        Event event;
        event.uid = f[0];
        event.kind = *eventKindFromString(f[1]);
        event.startMs = parseIsoTime(f[2])->ms;
        event.precision = *precisionFromString(f[3]);
        event.uncertain = f[4] == QLatin1String("1");
        event.title = f[5];
        event.tz = QStringLiteral("UTC");
        event.dataset = QStringLiteral("episode-events");
        events.append(event);
    }
    return events;
}

inline const QStringList &stockSymbols()
{
    static const QStringList symbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("MSFT"),
                                        QStringLiteral("GOOGL"), QStringLiteral("META"), QStringLiteral("AMD"),
                                        QStringLiteral("TSM"), QStringLiteral("ORCL"), QStringLiteral("ASML"),
                                        QStringLiteral("ARM"), QStringLiteral("SMCI"), QStringLiteral("VST"),
                                        QStringLiteral("CEG")};
    return symbols;
}

inline void fillChartStore(Store &store)
{
    Snapshot snapshot;
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    snapshot.datasets = {
        {QStringLiteral("episode-events"), QStringLiteral("DeepSeek-R1 episode events"),
         QStringLiteral("https://x.com/sama/status/1881258443669172470, "
                        "https://futurism.com/sam-altman-openai-better-models-deepseek and news reports"),
         QString(), QString(), now},
        {QStringLiteral("sheep-farm"), QStringLiteral("sheep-farm/assets-data daily bars"),
         QStringLiteral("https://github.com/sheep-farm/assets-data"), QStringLiteral("none stated"), QString(), now},
        {QStringLiteral("landon-io"), QStringLiteral("landon-io/stocks-ai-agent ETF bars"),
         QStringLiteral("https://github.com/landon-io/stocks-ai-agent"), QStringLiteral("none stated"), QString(), now},
        {QStringLiteral("graduate-project"), QStringLiteral("A7144888/graduate_project index bars"),
         QStringLiteral("https://github.com/A7144888/graduate_project"), QStringLiteral("none stated"), QString(),
         now}};
    snapshot.events = episodeEvents();

    QHash<QString, QStringList> shares;
    const QStringList shareLines = readLines(chartDataPath(QStringLiteral("shares.csv")));
    for (qsizetype i = 1; i < shareLines.size(); ++i) {
        const QStringList f = shareLines[i].split(QLatin1Char(','));
        shares.insert(f[0], f);
    }
    auto addSymbol = [&](const QString &added, const QString &kind, const QString &file, const QString &dataset) {
        Symbol symbol;
        symbol.ticker = added;
        symbol.name = added;
        symbol.kind = kind;
        symbol.currency = QStringLiteral("USD");
        symbol.dataset = dataset;
        if (shares.contains(added)) {
            symbol.sharesOutstanding = shares[added][1].toLongLong();
            symbol.sharesAsOf = shares[added][2];
            symbol.sharesSource = shares[added][3];
        }
        snapshot.symbols.append(symbol);
        snapshot.series.append(readSeries(added, file, dataset));
    };
    for (const QString &symbol : stockSymbols())
        addSymbol(symbol, QStringLiteral("stock"), symbol + QStringLiteral(".csv"), QStringLiteral("sheep-farm"));
    addSymbol(QStringLiteral("QQQ"), QStringLiteral("etf"), QStringLiteral("QQQ.csv"), QStringLiteral("landon-io"));
    addSymbol(QStringLiteral("^SOX"), QStringLiteral("index"), QStringLiteral("SOX.csv"),
              QStringLiteral("graduate-project"));
    store.importSnapshot(snapshot);
}

} // namespace tickerline::testing
