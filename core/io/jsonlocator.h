// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>

namespace tickerline {

// Finds the 1-based line of a value inside JSON text, given its path (keys and array
// indexes), so that an error found after parsing can still name the line of the file.
// Returns 0 when the path is not there.
int lineOfJsonPath(const QByteArray &json, const QVariantList &path);

// The 1-based line of a byte offset.
int lineOfOffset(const QByteArray &text, qsizetype offset);

} // namespace tickerline
