// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleText::fromBytes on arbitrary bytes, as detected and as plain text: format detection and
// the decoding of bytes (BOMs, UTF-16, declared charsets). The HTML and Markdown reducers have
// targets of their own (fuzz_htmltext, fuzz_markdowntext). An accepted article keeps the header's
// promise: non-empty NFC text with "\n" line ends.

#include "articlecheck.h"
#include "io/articletext.h"

using namespace tickerline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    fuzz::readArticle(bytes, QStringLiteral("fuzz"), ArticleFormat::Auto);
    fuzz::readArticle(bytes, QStringLiteral("fuzz.txt"), ArticleFormat::Text);
    return 0;
}
