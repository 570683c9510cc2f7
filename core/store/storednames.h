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

} // namespace tickerline
