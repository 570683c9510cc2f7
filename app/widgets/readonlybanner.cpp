// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlybanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace tickerline {

namespace {

QString why(Store::ReadOnlyReason reason, const QString &detail)
{
    switch (reason) {
    case Store::ReadOnlyReason::None:
        break;
    case Store::ReadOnlyReason::Requested:
        return ReadOnlyBanner::tr("It was opened read-only.");
    case Store::ReadOnlyReason::FileNotWritable:
        return ReadOnlyBanner::tr("You cannot write to the file.");
    case Store::ReadOnlyReason::FolderNotWritable:
        return ReadOnlyBanner::tr("You cannot write to its folder (or the disk is read-only).");
    case Store::ReadOnlyReason::RefusedBySqlite:
        return ReadOnlyBanner::tr("It cannot be opened for writing.");
    case Store::ReadOnlyReason::RoleLacksRights:
        return ReadOnlyBanner::tr("Your database role may only read (%1).").arg(detail);
    }
    return {};
}

} // namespace

ReadOnlyBanner::ReadOnlyBanner(Store::ReadOnlyReason reason, const QString &detail, QWidget *parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setWindowTitle(tr("Read-only"));
    setMovable(false);
    setFloatable(false);
    setContextMenuPolicy(Qt::PreventContextMenu);
    toggleViewAction()->setVisible(false);

    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    const QString headline = tr("This database is read-only: changes cannot be saved.");
    m_text = headline + QLatin1Char(' ') + why(reason, detail);
    m_label =
        new QLabel(QStringLiteral("<b>%1</b> %2").arg(headline.toHtmlEscaped(), why(reason, detail).toHtmlEscaped()), row);
    m_label->setObjectName(QStringLiteral("readOnlyBannerText"));
    // One line: a wrapping label asks a toolbar for the height of its narrowest layout.
    m_label->setWordWrap(false);
    m_label->setTextFormat(Qt::RichText);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    addWidget(row);

    // A pale amber band with dark text in either theme: a notice, not an error.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xc7));
    colours.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(colours);
    setStyleSheet(QStringLiteral("QToolBar#readOnlyBanner { background: #fdf1c7; border: none; "
                                 "border-bottom: 1px solid #e0c36a; }"));
}

} // namespace tickerline
