// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace tickerline {

class Store;

// `tickerline chart --out FILE.png|.svg|.pdf [--kind price|candles|compare|impact|density]
//  [--symbols A,B,…] [--from D] [--to D] [--event UID] [--events] [--width W] [--height H]
//  [--dpi N] [--theme light|dark] [--footer] [--percent|--value]`: renders a chart without a
// window. Exit status 0 done; 1 bad input (unknown symbol or event, nothing in the range, a file
// that cannot be written), nothing written then; 2 wrong usage. Needs a QGuiApplication (the
// offscreen platform will do).
int runChartCommand(Store &store, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace tickerline
