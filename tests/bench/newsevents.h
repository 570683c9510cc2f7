// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generated news events as an analyst's feed export gives them: titles and summaries of words
// drawn from a market vocabulary with Zipf frequencies (as real headlines have), seven kinds, ten
// years of times, one or two of 500 actors, up to three symbols. The benchmarks that import, search
// and sort a million events use these, so that the full-text index sees text shaped like news.

#include "io/eventcsv.h"

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <array>
#include <vector>

namespace tickerline::bench {

// Ordered roughly by how often such words occur in market news; the rank sets the frequency.
constexpr std::array kNewsVocabulary{
    "shares",     "market",     "stock",       "said",        "billion",    "investors",   "company",
    "year",       "new",        "percent",     "chip",        "ai",         "tech",        "trading",
    "report",     "price",      "growth",      "quarter",     "revenue",    "demand",      "sales",
    "rose",       "fell",       "week",        "analysts",    "data",       "model",       "nasdaq",
    "index",      "earnings",   "billionaire", "government",  "china",      "us",          "federal",
    "rates",      "deal",       "chief",       "executive",   "fund",       "cloud",       "startup",
    "open",       "release",    "launch",      "statement",   "policy",     "semiconductor", "export",
    "controls",   "supply",     "capital",     "spending",    "dollar",     "bond",        "yield",
    "inflation",  "outlook",    "guidance",    "forecast",    "record",     "high",        "low",
    "session",    "close",      "futures",     "energy",      "power",      "datacenter",  "gpu",
    "training",   "inference",  "cost",        "efficiency",  "rally",      "selloff",     "slump",
    "surge",      "plunge",     "rebound",     "volatility",  "options",    "hedge",       "bubble",
    "valuation",  "merger",     "acquisition", "ipo",         "lawsuit",    "regulator",   "antitrust",
    "tariff",     "sanctions",  "president",   "congress",    "senate",     "treasury",    "bank",
    "lender",     "loan",       "credit",      "debt",        "profit",     "loss",        "margin",
    "dividend",   "buyback",    "stake",       "investor",    "venture",    "funding",     "round",
    "partnership", "contract",  "customer",    "platform",    "software",   "hardware",    "device",
    "smartphone", "server",     "network",     "cluster",     "compute",    "benchmark",   "reasoning",
    "agent",      "chatbot",    "assistant",   "search",      "advertising", "subscription", "users",
    "app",        "store",      "download",    "ranking",     "top",        "chart",       "europe",
    "japan",      "taiwan",     "korea",       "india",       "beijing",    "washington",  "london",
    "openai",     "nvidia",     "microsoft",   "alphabet",    "google",     "meta",        "amazon",
    "apple",      "oracle",     "broadcom",    "amd",         "intel",      "tsmc",        "asml",
    "arm",        "samsung",    "deepseek",    "anthropic",   "cohere",     "mistral",     "stargate",
    "softbank",   "altman",     "huang",       "nadella",     "pichai",     "zuckerberg",  "musk",
    "gomez",      "liang",      "wenfeng",     "hype",        "twitter",    "post",        "interview",
    "podcast",    "conference", "keynote",     "summit",      "panel",      "hearing",     "testimony",
    "filing",     "sec",        "quarterly",   "annual",      "letter",     "memo",        "leak",
    "rumour",     "denial",     "confirmation", "correction", "update",     "warning",     "downgrade",
    "upgrade",    "target",     "rating",      "overweight",  "underweight", "neutral",    "bullish",
    "bearish",    "momentum",   "breakout",    "support",     "resistance", "wipeout",     "trillion",
    "lost",       "gained",     "value",       "cap",         "weight",     "sector",      "etf",
    "utilities",  "nuclear",    "grid",        "electricity", "constellation", "vistra",   "cooling",
    "memory",     "hbm",        "packaging",   "foundry",     "wafer",      "node",        "lithography",
    "euv",        "equipment",  "orders",      "backlog",     "shipments",  "inventory",   "shortage",
    "glut",       "cycle",      "recovery",    "recession",   "jobs",       "payrolls",    "unemployment",
    "consumer",   "retail",     "housing",     "oil",         "gold",       "bitcoin",     "crypto",
};

// Zipf's law with exponent 1: the word of rank r is drawn with a weight of 1/r.
class WordDrawer final
{
public:
    WordDrawer()
    {
        double total = 0;
        for (std::size_t rank = 1; rank <= kNewsVocabulary.size(); ++rank) {
            total += 1.0 / double(rank);
            m_cumulative.push_back(total);
            m_words.append(QString::fromLatin1(kNewsVocabulary[rank - 1]));
        }
    }

    const QString &draw(QRandomGenerator &random) const
    {
        const double at = random.bounded(m_cumulative.back());
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), at);
        return m_words[qsizetype(std::min<std::size_t>(std::size_t(it - m_cumulative.cbegin()), m_words.size() - 1))];
    }

    QString sentence(QRandomGenerator &random, int words) const
    {
        QString text;
        text.reserve(words * 9);
        for (int i = 0; i < words; ++i) {
            if (i)
                text += QLatin1Char(' ');
            text += draw(random);
        }
        text[0] = text[0].toUpper();
        return text;
    }

private:
    std::vector<double> m_cumulative;
    QStringList m_words;
};

// Writes `count` events as an events CSV, uids "news-<first>" onward, actors "<actorName> 0" to
// "<actorName> 499"; one row in ten has a day only, one in thirteen is uncertain. The same
// arguments give the same bytes.
inline void writeNewsEventsCsv(const QString &path, int count, int first, quint32 seed,
                               const QByteArray &actorName = "Actor")
{
    static const char *const kinds[] = {"statement", "release", "market", "policy", "deal", "report", "other"};
    static const char *const zones[] = {"UTC", "America/New_York", "America/Los_Angeles", "Asia/Shanghai",
                                        "Europe/London"};
    static const char *const symbols[] = {"NVDA", "MSFT", "GOOGL", "META", "AMD", "AVGO", "TSM", "ASML", "ARM", "ORCL"};
    const WordDrawer words;
    QRandomGenerator random(seed);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out = EventCsv::header() + '\n';
    const auto two = [](int n) { return QByteArray::number(n).rightJustified(2, '0'); };
    for (int i = 0; i < count; ++i) {
        out.append("news-").append(QByteArray::number(first + i)).append(',');
        out.append(words.sentence(random, 5 + int(random.bounded(6))).toUtf8()).append(',');
        out.append(kinds[i % 7]).append(',');
        out.append(QByteArray::number(2015 + random.bounded(10))).append('-').append(two(1 + int(random.bounded(12))));
        out.append('-').append(two(1 + int(random.bounded(28))));
        if (i % 10)
            out.append('T').append(two(int(random.bounded(24)))).append(':').append(two(int(random.bounded(60))))
                .append(':').append(two(int(random.bounded(60)))).append('Z');
        out.append(",,,").append(i % 13 ? "false," : "true,").append(zones[i % 5]).append(',');
        const int actor = int(random.bounded(500));
        out.append(actorName).append(' ').append(QByteArray::number(actor));
        if (random.bounded(2))
            out.append(';').append(actorName).append(' ').append(QByteArray::number((actor + 1 + int(random.bounded(499))) % 500));
        out.append(',');
        const int symbolCount = std::max(0, int(random.bounded(6)) - 2); // 0 0 0 1 2 3
        const int firstSymbol = int(random.bounded(10));
        for (int s = 0; s < symbolCount; ++s)
            out.append(s ? ";" : "").append(symbols[(firstSymbol + s * 3) % 10]);
        out.append(",\"").append(words.sentence(random, 15 + int(random.bounded(26))).toUtf8()).append(".\"\n");
        if (out.size() > (8 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
}

} // namespace tickerline::bench
