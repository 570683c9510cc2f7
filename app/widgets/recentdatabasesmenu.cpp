// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recentdatabasesmenu.h"

#include "application.h"
#include "mainwindow.h"
#include "store/postgres/pgconnection.h"
#include "workspace.h"

#include <QFileInfo>

namespace tickerline {

RecentDatabasesMenu::RecentDatabasesMenu(MainWindow *window)
    : QMenu(tr("Open &recent"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("recentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentDatabasesMenu::rebuild);
}

void RecentDatabasesMenu::rebuild()
{
    clear();
    const QString name = m_window->workspace()->filePath();
    const QString own = isPostgresTarget(name) ? name : QFileInfo(name).absoluteFilePath();
    for (const QString &path : application::recentDatabases()) {
        if (path == own)
            continue;
        QString label = path;
        label.replace(QLatin1Char('&'), QStringLiteral("&&")); // "&" in a file name is not an accelerator
        addAction(label, this, [this, path] { application::openRecent(m_window, path); });
    }
    if (isEmpty())
        addAction(tr("No other database opened yet"))->setEnabled(false);
}

} // namespace tickerline
