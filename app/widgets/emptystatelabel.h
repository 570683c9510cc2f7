// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace tickerline {

// What a view shows instead of its content when it has none: a short sentence, centred and
// wrapped, in the palette's placeholder colour, saying why and what to do.
class EmptyStateLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyStateLabel(QWidget *parent = nullptr);
    EmptyStateLabel(const QString &text, QWidget *parent = nullptr);
};

} // namespace tickerline
