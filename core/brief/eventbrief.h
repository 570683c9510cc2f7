// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/eventreaction.h"
#include "analysis/eventstudy.h"
#include "domain/entities.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace tickerline {

class Store;

// What an analyst asks of a brief: the symbols (empty: the event's own, else those of the events
// it links to, else every company with a share count), the benchmark (empty: SPY, else ^GSPC) and
// the event study's window in sessions.
struct EventBriefOptions
{
    QStringList symbols;
    QString benchmark;
    int firstOffset = -1;
    int lastOffset = 5;
};

// The event's time as the three zones read it, each as much as its precision knows.
struct BriefTime
{
    QString zone;           // "America/New_York", "UTC", the event's own zone
    QString label;          // "New York", "UTC", "Los Angeles"
    QString text;           // "2025-01-27 18:29:53 PST"; a calendar date alone for day precision
    bool eventZone = false; // the zone where the event happened
};

// Where the event first reached the market (DESIGN.md §3).
struct BriefSession
{
    enum class Placement { BeforeOpen, During, AfterClose, ClosedDay, SameDay };
    std::int64_t dateMs = 0; // the session's date, midnight UTC
    std::int64_t openMs = 0;
    std::int64_t closeMs = 0;
    bool earlyClose = false;
    Placement placement = Placement::SameDay;
    QString closure; // why the exchange was closed on the event's day ("Martin Luther King Jr. Day", "weekend")
};

struct BriefActor
{
    QString uid;
    QString name;
    QString role;
};

// One symbol's move on the event's first session and its market value change (shares × close).
struct BriefMove
{
    Symbol symbol;
    std::optional<SessionMove> move; // nothing when the series has no bar on or after the session
};

struct BriefStudy
{
    QString symbol;
    std::optional<EventStudy> study;
    QString problem; // why there is no study (the series do not cover the window, …)
};

struct BriefQuote
{
    Quote quote;
    QString speaker; // the actor's name; empty when none is named
    Source source;   // its header: title, outlet, author, url (no text)
};

struct BriefLink
{
    QString type; // responds-to, caused, follows, reports
    Event other;  // the event at the other end
};

// Everything a brief of one event shows, read from the store: no figure in it is written by hand.
struct EventBrief
{
    Event event;
    QString summary;
    QList<BriefActor> actors;
    QList<BriefTime> times; // New York, UTC, then the event's own zone when it differs from both
    BriefSession session;
    QStringList symbols;
    QList<BriefMove> moves;
    std::optional<Symbol> benchmark;
    EventStudyOptions studyOptions;
    QList<BriefStudy> studies; // one per symbol other than the benchmark
    QList<BriefQuote> quotes;
    QList<BriefLink> outgoing;   // links from this event: what it responds to, follows, reports
    QList<BriefLink> incoming;   // links to it: what responds to it, follows it, reports it
    QList<DatasetInfo> datasets; // provenance of everything above, as the store holds it
};

// Gathers the brief of event `uid`. Throws Error for an unknown event, symbol or benchmark, or a
// window that ends before it starts.
EventBrief buildEventBrief(Store &store, const QString &uid, const EventBriefOptions &options = {});

QString toString(BriefSession::Placement placement); // "before the open", "during the session", …

} // namespace tickerline
