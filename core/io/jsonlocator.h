// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QVariantList>

#include "error.h"

namespace tickerline {

// Finds the 1-based line of a value inside JSON text, given its path (keys and array
// indexes), so that an error found after parsing can still name the line of the file.
// Returns 0 when the path is not there.
int lineOfJsonPath(const QByteArray &json, const QVariantList &path);

// "events[3].start": a path as a user reads it.
QString jsonPathText(const QVariantList &path);

// The error for a value of a JSON file: "FILE:LINE: events[3].start: reason".
Error jsonError(const QByteArray &json, const QString &fileName, const QVariantList &path, const QString &reason);

// Parses a JSON file, or throws "FILE:LINE: not valid JSON: reason".
QJsonDocument parseJsonDocument(const QByteArray &json, const QString &fileName);

// The 1-based line of a byte offset.
int lineOfOffset(const QByteArray &text, qsizetype offset);

} // namespace tickerline
