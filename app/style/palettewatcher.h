// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace tickerline {

// Calls back once the palette of a widget changed (a theme chosen, the desktop turned dark), for
// views that build their colours in rather than painting from the palette: after the change, once
// however many change events it took.
class PaletteWatcher final : public QObject
{
public:
    PaletteWatcher(QWidget *widget, std::function<void()> changed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_changed;
    bool m_pending = false;
};

} // namespace tickerline
