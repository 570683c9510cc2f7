// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain value types of the domain. They carry uids, not row ids, so that a whole
// dataset can travel between databases and files without renumbering.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace tickerline {

enum class EventKind { Statement, Release, Market, Policy, Deal, Report, Other };
enum class Precision { Year, Month, Day, Hour, Minute, Second };
enum class AnchorStatus { Exact, Moved, Fuzzy, Orphaned };

// The one table of event kinds, in the order of the enum: everything else about a kind (its name,
// its label, the list of kinds) is read from here. A new kind is a new row (and a new value in the
// schema's CHECK and in the palette).
struct EventKindInfo
{
    EventKind kind;
    const char *name;  // in SQL, Tickerline JSON, CSV and on the command line
    const char *label; // English; eventKindLabel translates it in the "EventKind" context
};

inline constexpr std::array<EventKindInfo, 7> kEventKinds{{
    {EventKind::Statement, "statement", QT_TRANSLATE_NOOP("EventKind", "Statement")},
    {EventKind::Release, "release", QT_TRANSLATE_NOOP("EventKind", "Release")},
    {EventKind::Market, "market", QT_TRANSLATE_NOOP("EventKind", "Market")},
    {EventKind::Policy, "policy", QT_TRANSLATE_NOOP("EventKind", "Policy")},
    {EventKind::Deal, "deal", QT_TRANSLATE_NOOP("EventKind", "Deal")},
    {EventKind::Report, "report", QT_TRANSLATE_NOOP("EventKind", "Report")},
    {EventKind::Other, "other", QT_TRANSLATE_NOOP("EventKind", "Other")},
}};

constexpr bool eventKindsInEnumOrder()
{
    for (std::size_t i = 0; i < kEventKinds.size(); ++i) {
        if (kEventKinds[i].kind != EventKind(i))
            return false;
    }
    return true;
}
static_assert(eventKindsInEnumOrder(), "kEventKinds must list every EventKind once, in the order of the enum");

QString toString(EventKind kind);
QString toString(Precision precision);
QString toString(AnchorStatus status);
std::optional<EventKind> eventKindFromString(const QString &text);
std::optional<Precision> precisionFromString(const QString &text);
std::optional<AnchorStatus> anchorStatusFromString(const QString &text);
QString eventKindLabel(EventKind kind); // translated, for the user's eyes
QStringList allEventKindNames();
const QList<EventKind> &allEventKinds(); // in the order of the enum: the one list of kinds
QStringList allPrecisionNames();

// Provenance of imported rows.
struct DatasetInfo
{
    QString uid;
    QString name;
    QString origin;     // file name or URL the rows came from
    QString licence;    // what is known of the licence
    QString notes;
    QString importedAt; // ISO 8601 UTC, kept as is through a round trip
    bool operator==(const DatasetInfo &) const = default;
};

struct Actor
{
    QString uid;
    QString name;
    QString kind; // person, organisation
    QString dataset;
    bool operator==(const Actor &) const = default;
};

struct EventActor
{
    QString actor; // actor uid
    QString role;  // author, subject, speaker, …
    bool operator==(const EventActor &) const = default;
};

struct Event
{
    std::int64_t id = 0; // row id in the store; 0 outside it
    QString uid;
    QString title;
    QString summary;
    EventKind kind = EventKind::Other;
    // UTC milliseconds. For day, month and year precision the value is midnight UTC of the
    // calendar date, which is never shifted by a display zone. A span's end is its last instant
    // (or, for day precision, its last day).
    std::int64_t startMs = 0;
    std::optional<std::int64_t> endMs;
    Precision precision = Precision::Second;
    bool uncertain = false;
    QString tz; // IANA zone where it happened
    QString dataset;
    QList<EventActor> actors;
    QStringList symbols;
    bool operator==(const Event &) const = default;
};

struct EventLink
{
    QString from; // event uid
    QString to;   // event uid
    QString type; // responds-to, caused, follows, reports
    bool operator==(const EventLink &) const = default;
};

struct Era
{
    QString uid;
    QString name;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    QString color; // #rrggbb, may be empty
    QString dataset;
    bool operator==(const Era &) const = default;
};

struct Source
{
    std::int64_t id = 0;
    QString uid;
    QString kind; // article, post, filing, other
    QString title;
    QString outlet;
    QString author;
    QString url;
    std::optional<std::int64_t> publishedMs;
    Precision precision = Precision::Day;
    bool uncertain = false;
    QString lang;
    QString text; // plain UTF-8, NFC, "\n" line ends
    QString dataset;
    bool operator==(const Source &) const = default;
};

struct Quote
{
    std::int64_t id = 0;
    QString uid;
    QString source;  // source uid
    QString event;   // event uid, may be empty
    QString speaker; // actor uid, may be empty
    // W3C TextQuoteSelector and TextPositionSelector; positions in Unicode code points.
    QString exact;
    QString prefix;
    QString suffix;
    std::int64_t start = 0;
    std::int64_t end = 0;
    AnchorStatus status = AnchorStatus::Exact;
    double score = 1.0;
    QString dataset;
    bool operator==(const Quote &) const = default;
};

struct Symbol
{
    QString ticker;
    QString name;
    QString kind; // stock, etf, index
    QString exchange;
    QString currency;
    std::optional<std::int64_t> sharesOutstanding;
    QString sharesAsOf; // ISO date
    QString sharesSource;
    QString dataset;
    bool operator==(const Symbol &) const = default;
};

struct Bar
{
    std::int64_t tsMs = 0; // daily bars: midnight UTC of the session's date
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    std::optional<double> adjClose;
    std::optional<double> volume;
    bool operator==(const Bar &) const = default;
};

struct PriceSeries
{
    QString symbol;
    QString interval = QStringLiteral("1d");
    QString dataset;
    std::vector<Bar> bars; // sorted by time, no duplicates
    bool operator==(const PriceSeries &) const = default;
};

// What a saved view restores of the window: its filters, visible range, lanes, display zone and
// chart. Stored as JSON (toJson) in the store and in Tickerline JSON files.
struct ViewSettings
{
    enum class Lanes { Kind, Actor, Symbol };
    enum class Zone { NewYork, Utc, Event, System };
    enum class Chart { Price, Candles, Compare, Impact, Density };

    QList<EventKind> kinds = tickerline::allEventKinds(); // the visible kinds
    QString text;                             // the text filter
    std::optional<std::int64_t> fromMs;       // visible range, UTC milliseconds
    std::optional<std::int64_t> toMs;
    Lanes lanes = Lanes::Kind;
    Zone zone = Zone::NewYork;
    Chart chart = Chart::Price;
    QStringList chartSymbols;

    // Keys: kinds, text, from, to (ISO 8601 UTC or absent), lanes (kind, actor, symbol), zone
    // (new-york, utc, event, system), chart (price, candles, compare, impact, density), chart_symbols.
    QJsonObject toJson() const;
    // Absent keys keep their defaults and unknown keys are ignored (a newer window may save more);
    // a value of the wrong type or an unknown name gives nothing, with the key in *key and the
    // reason in *why.
    static std::optional<ViewSettings> fromJson(const QJsonObject &json, QString *key = nullptr, QString *why = nullptr);
    bool operator==(const ViewSettings &) const = default;
};

QString toString(ViewSettings::Lanes lanes);
QString toString(ViewSettings::Zone zone);
QString toString(ViewSettings::Chart chart);

struct SavedView
{
    QString name; // unique in a database
    ViewSettings settings;
    QString dataset;
    bool operator==(const SavedView &) const = default;
};

// A whole dataset in memory: what a Tickerline JSON file holds, and what the store
// imports and exports in one transaction.
struct Snapshot
{
    QList<DatasetInfo> datasets;
    QList<Actor> actors;
    QList<Event> events;
    QList<EventLink> links;
    QList<Era> eras;
    QList<Source> sources;
    QList<Quote> quotes;
    QList<Symbol> symbols;
    QList<PriceSeries> series;
    QList<SavedView> views;
    bool operator==(const Snapshot &) const = default;
};

} // namespace tickerline
