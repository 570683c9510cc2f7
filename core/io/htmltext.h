// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tickerline {

// Reduces an HTML page to its readable text. The page is parsed by gumbo, an HTML5 parser, so
// markup is read as a browser reads it and every character reference is decoded; nothing is
// fetched or run. Scripts, styles, noscript, template, iframe, object, svg, math and media
// elements are dropped unread, as are comments; block elements become blank lines, <br> a new
// line, list items lines of their own; whitespace collapses as a browser collapses it (except
// inside <pre>).
class HtmlText final
{
public:
    // Elements may nest at most this deep. Browsers cap nesting too (Blink at 512): gumbo's time
    // grows with the square of the depth, so a hostile page a million <div>s deep would take hours.
    static constexpr int kMaxNesting = 4096;

    // title gets the <title>, or the first <h1> when there is none. Throws Error
    // "LINE: content: …" (the caller adds the file's name) for a page nested deeper than kMaxNesting.
    static QString toText(const QString &html, QString *title = nullptr);
};

} // namespace tickerline
