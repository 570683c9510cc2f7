// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QString>

namespace tickerline {

class Store;

// An article file made ready to become a new source.
struct ArticleSource
{
    Source source;          // kind "article", title from the file (else its name), text
    DatasetInfo provenance; // the file, uid "file:NAME:HASH:SOURCE-UID" (one file may be two sources)
};

// The one way a file becomes an article, for the command line and the window alike.
//
// format: "text", "markdown", "html", or empty for what the file is. A file that the format
// registry recognises as something else (events, prices, annotations, a dataset) is refused
// rather than stored as raw text: "deepseek.json is a TimelineJS3 JSON file: " + useInstead.
// Other problems are ArticleText's "FILE:LINE: field: what is wrong".
Source readArticle(const QByteArray &bytes, const QString &path, const QString &format, const QString &useInstead);
// The same from the file, which may be at most ArticleText::kMaxBytes.
Source readArticleFile(const QString &path, const QString &format, const QString &useInstead);

// readArticle with a uid made unique in the store (the slug of the file name, then "-2", …).
ArticleSource prepareArticleSource(Store &store, const QByteArray &bytes, const QString &path, const QString &format,
                                   const QString &useInstead);
ArticleSource prepareArticleSource(Store &store, const QString &path, const QString &format, const QString &useInstead);

} // namespace tickerline
