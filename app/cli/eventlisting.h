// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace tickerline {

struct ListedEvent;

// What `tickerline events` prints of one event, appended to a buffer as it streams: a line of
// the table, or one element of the JSON array exactly as QJsonDocument::toJson(Indented) writes
// it (keys in order, its escapes, its numbers, its indentation), without building the document.
namespace eventlisting {

void appendTextLine(QByteArray &out, const ListedEvent &event);

// The array around the elements: open, then a separator before every element but the first,
// then close (which also closes an empty array as QJsonDocument does).
inline constexpr const char *kJsonOpen = "[\n";
inline constexpr const char *kJsonSeparator = ",\n";
void appendJsonClose(QByteArray &out, bool empty);
void appendJsonElement(QByteArray &out, const ListedEvent &event);

// A JSON string with QJsonDocument's escapes, quotes included.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace eventlisting

} // namespace tickerline
