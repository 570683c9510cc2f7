// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace tickerline {

// What the user chose under View → Theme. "System" keeps the platform's style and palette (a
// dark desktop gives a dark window); Light and Dark set the Fusion style with a palette of their
// own, for desktops without a dark platform theme.
enum class ThemeChoice { System, Light, Dark };

class ThemeSetting final
{
public:
    static ThemeChoice saved(); // System unless another was chosen
    static void save(ThemeChoice choice);
    // The application's style and palette for the choice; every window follows at once.
    static void apply(ThemeChoice choice);
    // The View → Theme menu: choosing an entry saves and applies it.
    static QMenu *createMenu(QWidget *parent);

    static QString name(ThemeChoice choice); // as saved: "system", "light", "dark"
};

} // namespace tickerline
