// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QToolBar>

class QLabel;

namespace tickerline {

// The row across the top of a window on a read-only database: it says that nothing can be
// saved and why. A toolbar, so that it spans the window above the docks; it cannot be moved,
// floated or hidden, as the state it reports cannot be dismissed either.
class ReadOnlyBanner final : public QToolBar
{
    Q_OBJECT

public:
    // `detail`: the store's own words (Store::readOnlyDetail), shown for a server's refusal.
    ReadOnlyBanner(Store::ReadOnlyReason reason, const QString &detail, QWidget *parent = nullptr);

    // What it says, as plain text.
    const QString &text() const { return m_text; }

private:
    QString m_text;
    QLabel *m_label = nullptr;
};

} // namespace tickerline
