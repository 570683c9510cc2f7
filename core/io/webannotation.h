// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tickerline {

// Quotes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), in and out.
// Each quote is an Annotation "urn:tickerline:quote:UID" whose target is its source (the
// source's URL when exactly one source has it, otherwise "urn:tickerline:source:UID") with a
// TextQuoteSelector and a TextPositionSelector (code points, end exclusive), and whose bodies
// link the event ("urn:tickerline:event:UID", purpose linking) and the speaker
// ("urn:tickerline:actor:UID", purpose identifying). The anchor status, score and dataset,
// which the model has no terms for, travel as "tickerline:status", "tickerline:score" and
// "tickerline:dataset", so that a round trip is exact.
class WebAnnotation final
{
public:
    static constexpr qint64 kMaxBytes = 100LL * 1024 * 1024;

    // An AnnotationCollection with one embedded AnnotationPage.
    static QByteArray write(const QList<Quote> &quotes, const QList<Source> &sources);

    // Reads a collection, a page, an array of annotations or a single annotation. sources
    // resolve target URLs to source uids. Throws Error naming the file, line and JSON path
    // (e.g. "notes.json:12: [3].target.selector: no TextQuoteSelector").
    static QList<Quote> read(const QByteArray &json, const QString &fileName, const QList<Source> &sources);
    static QList<Quote> readFile(const QString &path, const QList<Source> &sources);
};

} // namespace tickerline
