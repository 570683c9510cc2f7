// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleText::fromBytes on arbitrary bytes as detected, plain text, Markdown and HTML (so the
// HTML and Markdown reducers are fuzzed too). An accepted article keeps the header's promise:
// non-empty NFC text with "\n" line ends.

#include "fuzzcheck.h"
#include "io/articletext.h"

#include <array>

using namespace tickerline;

namespace {

void read(const QByteArray &bytes, const QString &fileName, ArticleFormat format)
{
    try {
        const Article article = ArticleText::fromBytes(bytes, fileName, format);
        fuzz::expect(!article.text.isEmpty(), "an empty article was accepted", fileName);
        fuzz::expect(!article.text.contains(QLatin1Char('\r')), "a carriage return in the text", fileName);
        fuzz::expect(!article.text.contains(QChar(0)), "a NUL in the text", fileName);
        fuzz::expect(article.text == article.text.normalized(QString::NormalizationForm_C), "text not in NFC",
                     fileName);
    } catch (const Error &error) {
        fuzz::checkRefusal(error, fileName);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    read(bytes, QStringLiteral("fuzz"), ArticleFormat::Auto);
    read(bytes, QStringLiteral("fuzz.txt"), ArticleFormat::Text);
    read(bytes, QStringLiteral("fuzz.md"), ArticleFormat::Markdown);
    read(bytes, QStringLiteral("fuzz.html"), ArticleFormat::Html);
    return 0;
}
