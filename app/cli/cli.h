// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tickerline {

// The whole program: a subcommand runs without a window (and without a display); no subcommand
// opens the main window.
int runTickerline(int argc, char **argv);

} // namespace tickerline
