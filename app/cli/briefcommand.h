// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tickerline {

class CommandContext;

// `tickerline brief --event UID --out FILE.pdf|.html [--symbols A,B,…] [--benchmark S]
//  [--window -1,5]`: one document of an event with its evidence (times, chart, market reaction,
// event study, quotes, links, provenance). Exit status 0 done; 1 bad input (unknown event or
// symbol, a file that cannot be written), nothing written then; 2 wrong usage. Needs a
// QGuiApplication (the offscreen platform will do).
int runBriefCommand(CommandContext &context);

} // namespace tickerline
