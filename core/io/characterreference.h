// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace tickerline {

// Decodes one complete HTML5 character reference, as a Markdown parser reports it: "&amp;",
// "&CounterClockwiseContourIntegral;", "&#8212;", "&#x1F4C8;". Numbers follow HTML5, not
// Unicode: 0, surrogates and anything past U+10FFFF become U+FFFD, and 0x80–0x9F are read as
// windows-1252 (&#x80; is €), as every browser reads them.
class CharacterReference final
{
public:
    // The text the reference stands for; nullopt for an unknown name or text that is not a reference.
    static std::optional<QString> decode(QStringView reference);
    // How many names the table knows: HTML5's 2,231.
    static qsizetype namedCount();
};

} // namespace tickerline
