// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "cli/cli.h"
#include "cli/commandcontext.h"
#include "dialogs/teamdatabasedialog.h"
#include "error.h"
#include "imports/bundleddataset.h"
#include "mainwindow.h"
#include "store/postgres/pgconnection.h"
#include "store/store.h"
#include "style/themesetting.h"
#include "workspace.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace tickerline::application {

namespace {

constexpr int kRecentCount = 8;
const QString kRecentKey = QStringLiteral("File/recentDatabases");
const QString kLastFolderKey = QStringLiteral("File/lastFolder");

QSettings settings() { return QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")); }

QString databaseFilter()
{
    return QCoreApplication::translate("Application", "Tickerline databases (*.tickerline *.db);;All files (*)");
}

QString startFolder()
{
    const QString last = settings().value(kLastFolderKey).toString();
    return last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : last;
}

void replaceWindow(MainWindow *current, const QString &path, bool readOnly = false)
{
    QString error;
    MainWindow *window = openWindow(path, &error, readOnly);
    if (!window) {
        QMessageBox::warning(current, QCoreApplication::translate("Application", "Cannot open the database"), error);
        return;
    }
    if (current) {
        // The new window takes the old one's place and size.
        window->setGeometry(current->geometry());
        current->close();
    }
}

} // namespace

MainWindow *openWindow(const QString &path, QString *error, bool readOnly)
{
    try {
        auto workspace = new Workspace(
            openStore(path, readOnly ? Store::Open::ReadOnly : Store::Open::CreateIfMissing));
        auto *window = new MainWindow(*workspace);
        workspace->setParent(window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        rememberDatabase(path);
        return window;
    } catch (const Error &failure) {
        if (error)
            *error = failure.message();
        return nullptr;
    }
}

void newDatabase(MainWindow *current)
{
    QString path = QFileDialog::getSaveFileName(current, QCoreApplication::translate("Application", "New database"),
                                                startFolder(), databaseFilter(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tickerline");
    settings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    // A new database never replaces a file: whatever is there stays as it is.
    if (QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            current, QCoreApplication::translate("Application", "New database"),
            QCoreApplication::translate("Application", "%1 already exists. Open it instead?")
                .arg(QFileInfo(path).fileName()));
        if (answer != QMessageBox::Yes)
            return;
    }
    replaceWindow(current, path);
}

void openDatabase(MainWindow *current)
{
    const QString path = QFileDialog::getOpenFileName(
        current, QCoreApplication::translate("Application", "Open database"), startFolder(), databaseFilter());
    if (path.isEmpty())
        return;
    settings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    replaceWindow(current, path);
}

void openDatabaseReadOnly(MainWindow *current)
{
    const QString path =
        QFileDialog::getOpenFileName(current, QCoreApplication::translate("Application", "Open database read-only"),
                                     startFolder(), databaseFilter());
    if (path.isEmpty())
        return;
    settings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    replaceWindow(current, path, true);
}

void connectToTeamDatabase(MainWindow *current)
{
    QStringList recent;
    for (const QString &target : recentDatabases()) {
        if (isPostgresTarget(target))
            recent << target;
    }
    TeamDatabaseDialog dialog(recent, current);
    if (dialog.exec() == QDialog::Accepted)
        replaceWindow(current, dialog.target());
}

void openRecent(MainWindow *current, const QString &path)
{
    if (!isPostgresTarget(path) && !QFileInfo::exists(path)) {
        QStringList recent = recentDatabases();
        recent.removeAll(path);
        settings().setValue(kRecentKey, recent);
        QMessageBox::warning(current, QCoreApplication::translate("Application", "Cannot open the database"),
                             QCoreApplication::translate("Application", "%1 is no longer there.").arg(path));
        return;
    }
    replaceWindow(current, path);
}

// The About box; its words keep the context of the window, where they were translated.
void showAbout(QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("MainWindow", "About Tickerline"),
                       QCoreApplication::translate("MainWindow", "<h3>Tickerline %1</h3>"
                          "<p>Events, prices and sources of technology-market episodes: a timeline of what "
                          "happened, the market's reaction beside it, and the exact words that document it.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

QStringList recentDatabases()
{
    return settings().value(kRecentKey).toStringList();
}

void rememberDatabase(const QString &path)
{
    // A team database is remembered without its password, which never reaches the settings.
    const QString absolute = isPostgresTarget(path) ? withoutPassword(path) : QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    settings().setValue(kRecentKey, recent);
}

int runWindow(const QString &databasePath, bool readOnly)
{
    QString path = databasePath;
    QString error;
    try {
        if (path.isEmpty())
            path = ensureDefaultDatabase();
    } catch (const Error &failure) {
        error = failure.message();
    }
    if (error.isEmpty() && openWindow(path, &error, readOnly))
        return QApplication::exec();
    QMessageBox::critical(nullptr, QCoreApplication::translate("tickerline", "Tickerline"), error);
    std::fprintf(stderr, "tickerline: %s\n", qPrintable(error));
    return 1;
}

void installTranslations(QCoreApplication &app, const QString &lang, const QString &folder)
{
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("tickerline"), QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void useLocaleOf(const QString &lang)
{
    if (!lang.isEmpty())
        QLocale::setDefault(QLocale(lang));
}

} // namespace tickerline::application

namespace tickerline {

int runTickerline(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tickerline"));
    QCoreApplication::setApplicationName(QStringLiteral("Tickerline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TICKERLINE_VERSION));
    // The desktop matches the window to the installed .desktop file (its name and icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral(TICKERLINE_APP_ID));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QTextStream out(stdout);
    QTextStream err(stderr);
    GlobalOptions options;
    try {
        options = parseGlobalOptions(arguments);
    } catch (const UsageError &usage) {
        err << "tickerline: " << usage.message << "\n\n" << tickerline::usage();
        return 2;
    }
    if (options.help) {
        out << usage();
        return 0;
    }
    if (options.version) {
        out << "tickerline " << TICKERLINE_VERSION << '\n';
        return 0;
    }
    if (!options.command.isEmpty())
        return runCommand(options, argc, argv, out, err);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tickerline.svg")));
    application::installTranslations(app, options.lang);
    application::useLocaleOf(options.lang);
    if (const ThemeChoice theme = ThemeSetting::saved(); theme != ThemeChoice::System)
        ThemeSetting::apply(theme);
    return application::runWindow(options.db, options.readOnly);
}

} // namespace tickerline
