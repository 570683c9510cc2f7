// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystatelabel.h"

namespace tickerline {

EmptyStateLabel::EmptyStateLabel(QWidget *parent) : EmptyStateLabel(QString(), parent)
{
}

EmptyStateLabel::EmptyStateLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
    setTextInteractionFlags(Qt::NoTextInteraction);
}

} // namespace tickerline
