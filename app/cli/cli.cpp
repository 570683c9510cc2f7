// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

namespace tickerline {

int runTickerline(int, char **)
{
    return 0;
}

} // namespace tickerline
