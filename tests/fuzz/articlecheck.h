// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the article fuzz targets (fuzz_articletext, fuzz_htmltext, fuzz_markdowntext) check.

#include "fuzzcheck.h"
#include "io/articletext.h"

namespace tickerline::fuzz {

// What the HTML and Markdown reducers promise of any text they return.
inline void checkReducedText(const QString &text)
{
    expect(!text.endsWith(QLatin1Char(' ')) && !text.endsWith(QLatin1Char('\n')), "the text ends in whitespace",
           text.right(80));
    expect(!text.contains(QChar(0)), "a NUL in the text", text.left(80));
    expect(!text.contains(QLatin1Char('\r')), "a carriage return in the text", text.left(80));
}

// ArticleText::fromBytes as a file of that name is read: refused with a message naming the file,
// or accepted as non-empty NFC text with "\n" line ends.
inline void readArticle(const QByteArray &bytes, const QString &fileName, ArticleFormat format)
{
    try {
        const Article article = ArticleText::fromBytes(bytes, fileName, format);
        expect(!article.text.isEmpty(), "an empty article was accepted", fileName);
        expect(!article.text.contains(QLatin1Char('\r')), "a carriage return in the text", fileName);
        expect(!article.text.contains(QChar(0)), "a NUL in the text", fileName);
        expect(article.text == article.text.normalized(QString::NormalizationForm_C), "text not in NFC", fileName);
    } catch (const Error &error) {
        checkRefusal(error, fileName);
    }
}

} // namespace tickerline::fuzz
