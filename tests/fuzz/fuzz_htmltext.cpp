// SPDX-License-Identifier: GPL-3.0-or-later
// HtmlText (gumbo underneath) on arbitrary pages, directly and as ArticleText reads an .html file.
// Besides not crashing: the text ends in no whitespace, holds no NUL and no carriage return, and
// the title is one line of at most 1000 characters when it comes from <title>.

#include "articlecheck.h"
#include "io/articletext.h"
#include "io/htmltext.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QString title;
    const QString text = HtmlText::toText(QString::fromUtf8(bytes), &title);
    fuzz::checkReducedText(text);
    fuzz::expect(!title.contains(QLatin1Char('\n')), "a title of several lines", title);
    if (!bytes.contains("<h1") && !bytes.contains("<H1"))
        fuzz::expect(title.size() <= 1000, "a <title> longer than 1000 characters", title.left(80));
    fuzz::readArticle(bytes, QStringLiteral("fuzz.html"), ArticleFormat::Html);
    return 0;
}
