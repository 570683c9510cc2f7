// SPDX-License-Identifier: GPL-3.0-or-later
#include "themesetting.h"

#include "style/palette.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace tickerline {

namespace {

const QString kThemeKey = QStringLiteral("View/theme");

QSettings settings()
{
    return QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline"));
}

// The platform's own look, as it was before a choice of ours replaced it.
struct PlatformLook
{
    QString style;
    QPalette toolTips;
};

const PlatformLook &platformLook()
{
    static const PlatformLook look{QApplication::style()->name(), QToolTip::palette()};
    return look;
}

void setStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QString ThemeSetting::name(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice ThemeSetting::saved()
{
    const QString value = settings().value(kThemeKey).toString();
    for (const ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark}) {
        if (value == name(choice))
            return choice;
    }
    return ThemeChoice::System; // unset, or a value this version does not know
}

void ThemeSetting::save(ThemeChoice choice)
{
    settings().setValue(kThemeKey, name(choice));
}

void ThemeSetting::apply(ThemeChoice choice)
{
    const PlatformLook &platform = platformLook();
    if (choice == ThemeChoice::System) {
        setStyle(platform.style);
        // A palette that sets no role is the platform's (and follows the platform's changes).
        QApplication::setPalette(QPalette());
        QToolTip::setPalette(platform.toolTips);
        return;
    }
    const ColourTheme theme = choice == ThemeChoice::Dark ? ColourTheme::Dark : ColourTheme::Light;
    setStyle(QStringLiteral("Fusion"));
    const QPalette palette = palette::windowPalette(theme);
    QApplication::setPalette(palette);
    QToolTip::setPalette(palette);
}

QMenu *ThemeSetting::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(QApplication::translate("tickerline::ThemeSetting", "&Theme"), parent);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const ThemeChoice current = saved();
    const struct
    {
        ThemeChoice choice;
        const char *text;
        const char *objectName;
    } entries[] = {
        {ThemeChoice::System, QT_TRANSLATE_NOOP("tickerline::ThemeSetting", "&System"), "themeSystemAction"},
        {ThemeChoice::Light, QT_TRANSLATE_NOOP("tickerline::ThemeSetting", "&Light"), "themeLightAction"},
        {ThemeChoice::Dark, QT_TRANSLATE_NOOP("tickerline::ThemeSetting", "&Dark"), "themeDarkAction"},
    };
    for (const auto &entry : entries) {
        QAction *action = menu->addAction(QApplication::translate("tickerline::ThemeSetting", entry.text));
        action->setObjectName(QString::fromLatin1(entry.objectName));
        action->setCheckable(true);
        action->setChecked(entry.choice == current);
        group->addAction(action);
        const ThemeChoice choice = entry.choice;
        QObject::connect(action, &QAction::triggered, menu, [choice] {
            save(choice);
            apply(choice);
        });
    }
    return menu;
}

} // namespace tickerline
