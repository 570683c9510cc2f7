// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small dataset holding one of everything the store keeps: a dataset, an actor, two events (a
// point and a span) with a link, a source with Chinese text and an emoji, a quote on it, a symbol
// with its share count and two daily bars. The store suites start from it.

#include "domain/entities.h"
#include "time/isotime.h"

namespace tickerline::testing {

inline std::int64_t at(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso))->ms;
}

inline Snapshot smallSnapshot()
{
    Snapshot s;
    s.datasets << DatasetInfo{QStringLiteral("facts"),
                              QStringLiteral("Facts"),
                              QStringLiteral("notes.md"),
                              QStringLiteral("CC0"),
                              QString(),
                              QStringLiteral("2026-11-30T00:00:00Z")};
    s.actors << Actor{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"),
                      QStringLiteral("facts")};
    Event post;
    post.uid = QStringLiteral("post");
    post.title = QStringLiteral("Altman asks people to cut expectations");
    post.kind = EventKind::Statement;
    post.startMs = at("2025-01-20T08:32:19Z");
    post.precision = Precision::Second;
    post.tz = QStringLiteral("America/Los_Angeles");
    post.dataset = QStringLiteral("facts");
    post.actors << EventActor{QStringLiteral("sam-altman"), QStringLiteral("author")};
    Event selloff;
    selloff.uid = QStringLiteral("selloff");
    selloff.title = QStringLiteral("Selloff");
    selloff.summary = QStringLiteral("a more than $1 trillion tech wipeout");
    selloff.kind = EventKind::Market;
    selloff.startMs = at("2025-01-27T14:30:00Z");
    selloff.endMs = at("2025-01-27T21:00:00Z");
    selloff.precision = Precision::Minute;
    selloff.tz = QStringLiteral("America/New_York");
    selloff.symbols << QStringLiteral("NVDA");
    s.events << post << selloff;
    s.links << EventLink{QStringLiteral("post"), QStringLiteral("selloff"), QStringLiteral("follows")};
    Source source;
    source.uid = QStringLiteral("article");
    source.title = QStringLiteral("Article");
    source.text = QStringLiteral("中文 🙂 Twitter hype is out of control again.");
    s.sources << source;
    Quote quote;
    quote.uid = QStringLiteral("q1");
    quote.source = QStringLiteral("article");
    quote.event = QStringLiteral("post");
    quote.speaker = QStringLiteral("sam-altman");
    quote.exact = QStringLiteral("Twitter hype");
    quote.start = 5; // code points: 中 文 space 🙂 space
    quote.end = 17;
    s.quotes << quote;
    s.symbols << Symbol{QStringLiteral("NVDA"),       QStringLiteral("NVIDIA"), QStringLiteral("stock"),
                        QStringLiteral("Nasdaq"),     QStringLiteral("USD"),    std::int64_t(24'490'000'000),
                        QStringLiteral("2024-11-15"), QStringLiteral("10-Q"),   QStringLiteral("facts")};
    PriceSeries series;
    series.symbol = QStringLiteral("NVDA");
    series.dataset = QStringLiteral("facts");
    series.bars.push_back(Bar{at("2025-01-24"), 148.0, 148.9, 141.9, 142.62, 142.6, 234657600.0});
    series.bars.push_back(Bar{at("2025-01-27"), 124.8, 128.4, 116.7, 118.42, std::nullopt, 818830900.0});
    s.series << series;
    return s;
}

} // namespace tickerline::testing
