// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tickerline {

// Strips Markdown to the text a reader sees: headings, emphasis, block quotes and link targets
// go, link texts and code stay (fenced code verbatim), images and reference definitions are
// dropped, list items keep a bullet or their number. Paragraphs are separated by a blank line.
class MarkdownText final
{
public:
    // title gets the first heading, if any.
    static QString toText(const QString &markdown, QString *title = nullptr);
};

} // namespace tickerline
