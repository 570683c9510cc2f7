// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

int main(int argc, char **argv)
{
    return tickerline::runTickerline(argc, argv);
}
