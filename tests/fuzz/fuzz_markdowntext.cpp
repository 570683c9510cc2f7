// SPDX-License-Identifier: GPL-3.0-or-later
// MarkdownText (md4c underneath, HtmlText for HTML blocks) on arbitrary text, directly and as
// ArticleText reads an .md file. Besides not crashing: the text ends in no whitespace and holds no
// NUL and no carriage return, and the title is text of the article.

#include "articlecheck.h"
#include "io/articletext.h"
#include "io/markdowntext.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QString title;
    const QString text = MarkdownText::toText(QString::fromUtf8(bytes), &title);
    fuzz::checkReducedText(text);
    // Up to whitespace: a hard break in a heading is a new line in the text and a space in the title.
    fuzz::expect(text.simplified().contains(title.simplified()), "the title is not in the text", title);
    fuzz::readArticle(bytes, QStringLiteral("fuzz.md"), ArticleFormat::Markdown);
    return 0;
}
