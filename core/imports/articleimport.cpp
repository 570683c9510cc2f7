// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleimport.h"

#include "error.h"
#include "imports/formatregistry.h"
#include "io/articletext.h"
#include "io/eventimport.h"
#include "store/quoteedits.h"

#include <QFile>
#include <QFileInfo>

namespace tickerline {

namespace {

const FileFormat &articleFormatOf(const QByteArray &bytes, const QString &path, const QString &format,
                                  const QString &useInstead)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    if (!format.isEmpty()) {
        const FileFormat *chosen = registry.find(format);
        if (!chosen || !chosen->isArticle())
            throw Error(
                QStringLiteral("%1: \"%2\" is not an article format (text, markdown or html)").arg(path, format));
        return *chosen;
    }
    if (const FileFormat *detected = registry.detect(bytes, path)) {
        if (detected->isArticle())
            return *detected;
        throw Error(
            QStringLiteral("%1 is a %2 file: %3").arg(QFileInfo(path).fileName(), detected->description, useInstead));
    }
    // No suffix or signature: the content decides between text, Markdown and HTML.
    return *registry.find(ArticleText::formatName(ArticleText::detectFormat(path, bytes)));
}

} // namespace

Source readArticle(const QByteArray &bytes, const QString &path, const QString &format, const QString &useInstead)
{
    const FileFormat &article = articleFormatOf(bytes, path, format, useInstead);
    return article.read(bytes, path, {}).snapshot.sources.constFirst();
}

Source readArticleFile(const QString &path, const QString &format, const QString &useInstead)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot open the article: %2").arg(path, file.errorString()));
    if (file.size() > ArticleText::kMaxBytes)
        throw Error(QStringLiteral("%1: the article is %2 MB, more than the %3 MB an article may have")
                        .arg(path)
                        .arg(double(file.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(ArticleText::kMaxBytes / (1024 * 1024)));
    // One byte more than allowed, so that a file that grew is still refused by ArticleText.
    return readArticle(file.read(ArticleText::kMaxBytes + 1), path, format, useInstead);
}

ArticleSource prepareArticleSource(Store &store, const QByteArray &bytes, const QString &path, const QString &format,
                                   const QString &useInstead)
{
    ArticleSource article;
    article.source = readArticle(bytes, path, format, useInstead);
    article.source.uid = uniqueSourceUid(store, QFileInfo(path).completeBaseName());
    article.provenance = datasetForFile(bytes, QFileInfo(path).fileName());
    article.provenance.uid += QLatin1Char(':') + article.source.uid; // the same file imported twice: two sources
    article.source.dataset = article.provenance.uid;
    return article;
}

ArticleSource prepareArticleSource(Store &store, const QString &path, const QString &format, const QString &useInstead)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot open the article: %2").arg(path, file.errorString()));
    if (file.size() > ArticleText::kMaxBytes)
        throw Error(
            QStringLiteral("%1: the article is more than %2 MB").arg(path).arg(ArticleText::kMaxBytes / (1024 * 1024)));
    return prepareArticleSource(store, file.read(ArticleText::kMaxBytes + 1), path, format, useInstead);
}

} // namespace tickerline
