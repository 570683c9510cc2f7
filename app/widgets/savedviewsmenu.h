// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QMenu>

#include <functional>

namespace tickerline {

class Workspace;

// View → Saved views: "Save view…" stores what the window shows (filters, visible range, lanes,
// zone, chart) under a name in the database; each saved view is listed to be shown again, and
// "Delete view" removes one. Saving and deleting are undoable.
class SavedViewsMenu final : public QMenu
{
    Q_OBJECT

public:
    using Capture = std::function<ViewSettings()>;
    using Apply = std::function<void(const ViewSettings &)>;

    SavedViewsMenu(Workspace &workspace, Capture capture, Apply apply, QWidget *parent = nullptr);

    // Saves the window's view under this name (replacing a view of that name); false when refused.
    bool saveView(const QString &name);
    // Shows a saved view; false when there is none of that name.
    bool showView(const QString &name);
    bool removeView(const QString &name);
    void askAndSave();

private:
    void rebuild();

    Workspace &m_workspace;
    Capture m_capture;
    Apply m_apply;
};

} // namespace tickerline
