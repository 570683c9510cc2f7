// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace tickerline {

// CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with =, +, -, @,
// tab or carriage return as a formula. Every CSV Tickerline writes neutralises such text cells
// with a leading apostrophe, as OWASP recommends, and its own readers take the apostrophe off
// again, so that a round trip is exact.
//
// The rule, a bijection: a text that matches ^'*[=+\-@\t\r] (a trigger after any number of
// apostrophes, including none) is written with one more apostrophe in front; a cell that matches
// ^'+[=+\-@\t\r] is read with one apostrophe less. A real "'=x" is written "''=x" and read back as
// "'=x"; a text that starts with an apostrophe but no trigger after it ("'Tis") is written and read
// as it is. Columns of numbers and dates that Tickerline writes itself are never neutralised, so a
// negative number stays a number.
namespace CsvFormula {

QString neutralised(const QString &text);
// The cell's bytes without the one apostrophe neutralised() added (the view itself otherwise).
QByteArrayView restored(QByteArrayView cell);
QString restored(const QString &cell);

} // namespace CsvFormula

} // namespace tickerline
