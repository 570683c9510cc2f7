// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettewatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace tickerline {

PaletteWatcher::PaletteWatcher(QWidget *widget, std::function<void()> changed)
    : QObject(widget)
    , m_changed(std::move(changed))
{
    widget->installEventFilter(this);
}

bool PaletteWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Not from within the change: the palette is still being handed down to the children.
    if (event->type() == QEvent::PaletteChange && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            m_changed();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tickerline
