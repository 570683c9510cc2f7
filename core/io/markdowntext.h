// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tickerline {

// Reduces Markdown to the text a reader of it rendered sees. md4c (CommonMark, with GitHub's
// tables, strikethrough and bare-URL links) parses it: headings, emphasis, block quotes and link
// targets go, link texts and code stay (code blocks verbatim), images, reference definitions and
// inline HTML tags are dropped, HTML blocks are reduced as HTML pages are (HtmlText), every
// character reference is decoded (CharacterReference), list items keep a bullet or their number
// and table rows become lines. Paragraphs are separated by a blank line.
class MarkdownText final
{
public:
    // title gets the first heading, if any.
    static QString toText(const QString &markdown, QString *title = nullptr);
};

} // namespace tickerline
