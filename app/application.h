// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QWidget;

namespace tickerline {

class MainWindow;

// The whole program: a subcommand runs without a window; no subcommand opens the main window.
int runTickerline(int argc, char **argv);

// Start-up and the windows' databases: which database a window shows, and the list of recent
// ones. A window owns its Workspace (and so its Store); opening another database opens a new
// window on it.
namespace application {

// Opens a window on the database at `path` (created empty when it does not exist). On failure
// (not a Tickerline file, a newer version, unreadable) returns null and says why in *error.
// With `readOnly`, the database is opened without ever being written (File → Open Read-Only…).
MainWindow *openWindow(const QString &path, QString *error, bool readOnly = false);

// The window's File actions: each asks the user with a dialog, opens the new window and closes
// `current` when it worked; a refusal is shown in a message box and changes nothing.
void newDatabase(MainWindow *current);
void openDatabase(MainWindow *current);
// File → Connect to team database…: a PostgreSQL database in this window's place.
void connectToTeamDatabase(MainWindow *current);
void openDatabaseReadOnly(MainWindow *current);
void openRecent(MainWindow *current, const QString &path);

// Tickerline's and Qt's own messages in `lang` (a locale name), else in the system's language.
// Tickerline's come from `folder`: the binary's resources, or the build's folder in the tests.
void installTranslations(QCoreApplication &app, const QString &lang, const QString &folder = QStringLiteral(":/i18n"));
// The window's numbers and dates in the locale of `lang` (set as the default QLocale); without it
// they follow the system's. Only the window calls this: the command line's output stays the same
// whatever the language.
void useLocaleOf(const QString &lang);

void showAbout(QWidget *parent);

QStringList recentDatabases();
void rememberDatabase(const QString &path);

// The window on startup: the given database, else the user's default one (made from the bundled
// dataset on first run). Returns the event loop's exit code.
int runWindow(const QString &databasePath, bool readOnly = false);

} // namespace application
} // namespace tickerline
