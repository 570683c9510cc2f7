// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArrayView>

#include <memory>
#include <optional>

namespace tickerline {

// The members of a JSON document's root object, walked by their strings and brackets without
// building or checking the values (Qt's reading of the document checks them).
class RootMembers final
{
public:
    explicit RootMembers(QByteArrayView json);
    ~RootMembers();

    // The next member's name and the offset of its value; false after the last, or on something
    // amiss. Each value is then skipped, or resumed after from an offset past it.
    bool next(QString *name, qsizetype *value);
    void skipValue();
    void resumeAt(qsizetype offset);

    // True once every member was walked and nothing but spaces follows the object.
    bool atEnd() const;

private:
    struct Walk;
    QByteArrayView m_json;
    std::unique_ptr<Walk> m_walk;
    bool m_ok = false;
    bool m_started = false;
    bool m_atEnd = false;
};

// The events of a Tickerline JSON "events" array, and the offset of the array's closing bracket.
struct JsonEvents
{
    QList<Event> events;
    qsizetype end = 0;
};

// The events of the array whose elements begin at `begin`, read straight from the bytes, a large
// array in parts on several threads (parts: how many; 0 lets its size decide). Qt's JSON document
// takes ten times as long, most of it on one thread.
//
// It reads only what is plainly valid, into exactly the events the document reader makes of it.
// For anything else it gives nothing, and the caller reads the document that way, which names
// the problem: a missing or wrong field, a repeated uid, a key given twice, a number, "\u0000",
// a lone surrogate, a control character, bytes that are not UTF-8, a trailing comma.
std::optional<JsonEvents> readJsonEvents(QByteArrayView json, qsizetype begin, int parts = 0);

} // namespace tickerline
