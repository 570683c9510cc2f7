// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace tickerline {

class MainWindow;

// File → Open recent: the databases opened last (but the window's own), read when the menu opens;
// choosing one opens a window on it.
class RecentDatabasesMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit RecentDatabasesMenu(MainWindow *window);

private:
    void rebuild();

    MainWindow *m_window;
};

} // namespace tickerline
