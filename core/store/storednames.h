// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>

namespace tickerline {

// Kinds and precisions are stored as their names. The readers that stream a million rows look
// them up as the column's bytes, not as a QString a row; a name the schema's CHECK would never
// let in gives the fallback.
EventKind storedEventKind(const QByteArray &name);
Precision storedPrecision(const QByteArray &name, Precision fallback);

// A stored text's UTF-8 as QString would give it back: the bytes themselves when they are valid
// UTF-8 (QString's own check) and do not open with a byte-order mark, which QString drops; else
// decoded and encoded again, which replaces what is not UTF-8 as everywhere else.
QByteArray storedUtf8(QByteArray bytes);

} // namespace tickerline
