// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tickerline {

enum class ArticleFormat { Auto, Text, Markdown, Html };

struct Article
{
    QString title; // from an HTML <title> (or first <h1>) or a Markdown first heading; may be empty
    QString text;  // plain text, NFC, "\n" line ends, paragraphs separated by a blank line
    ArticleFormat format = ArticleFormat::Text;
};

// Turns an article file (plain text, Markdown or HTML) into the plain text a source keeps and
// its quotes are anchored in. Nothing is ever fetched or run: HTML is parsed by gumbo (HtmlText)
// and Markdown by md4c (MarkdownText), and scripts, styles, embedded documents and comments are
// dropped unread.
// Refuses, with "FILE:LINE: field: what is wrong": NUL bytes, bytes that are not UTF-8 (an HTML
// page that declares windows-1252 or ISO-8859-1 is decoded as declared), an empty article, and a
// file over 50 MB.
class ArticleText final
{
public:
    static constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;

    static Article readFile(const QString &path, ArticleFormat format = ArticleFormat::Auto);
    // fileName names the article in messages and, with the content, decides the format.
    static Article fromBytes(const QByteArray &bytes, const QString &fileName,
                             ArticleFormat format = ArticleFormat::Auto);

    // "text" (or "txt", "plain"), "markdown" ("md"), "html" ("htm"); case-insensitive.
    static std::optional<ArticleFormat> formatFromName(const QString &name);
    static QString formatName(ArticleFormat format);
    static ArticleFormat detectFormat(const QString &fileName, const QByteArray &content);
};

} // namespace tickerline
