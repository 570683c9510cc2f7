// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewsmenu.h"

#include "store/quoteedits.h"
#include "store/store.h"
#include "workspace.h"

#include <QInputDialog>
#include <QMessageBox>

#include <optional>

namespace tickerline {

namespace {

// Puts a view in place of what was stored under its name (nothing, or an older view), and back.
class SaveViewCommand final : public WorkspaceCommand
{
public:
    SaveViewCommand(Workspace &workspace, const SavedView &view, std::optional<SavedView> before)
        : WorkspaceCommand(workspace, SavedViewsMenu::tr("Save view “%1”").arg(view.name)), m_view(view),
          m_before(std::move(before))
    {
    }

private:
    void apply(Store &store, WorkspaceChange &change) override
    {
        if (m_view.dataset == editsDataset().uid)
            store.ensureDataset(editsDataset());
        store.saveView(m_view);
        change.viewsChanged = true;
    }
    void revert(Store &store, WorkspaceChange &change) override
    {
        if (m_before)
            store.saveView(*m_before);
        else
            store.removeView(m_view.name);
        change.viewsChanged = true;
    }

    SavedView m_view;
    std::optional<SavedView> m_before;
};

class RemoveViewCommand final : public WorkspaceCommand
{
public:
    RemoveViewCommand(Workspace &workspace, const SavedView &view)
        : WorkspaceCommand(workspace, SavedViewsMenu::tr("Delete view “%1”").arg(view.name)), m_view(view)
    {
    }

private:
    void apply(Store &store, WorkspaceChange &change) override
    {
        store.removeView(m_view.name);
        change.viewsChanged = true;
    }
    void revert(Store &store, WorkspaceChange &change) override
    {
        store.saveView(m_view);
        change.viewsChanged = true;
    }

    SavedView m_view;
};

std::optional<SavedView> findView(Store &store, const QString &name)
{
    for (const SavedView &view : store.savedViews()) {
        if (view.name == name)
            return view;
    }
    return std::nullopt;
}

} // namespace

SavedViewsMenu::SavedViewsMenu(Workspace &workspace, Capture capture, Apply apply, QWidget *parent)
    : QMenu(tr("Saved &views"), parent), m_workspace(workspace), m_capture(std::move(capture)),
      m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    rebuild();
}

void SavedViewsMenu::rebuild()
{
    clear();
    QAction *save = addAction(tr("&Save view…"), this, &SavedViewsMenu::askAndSave);
    save->setObjectName(QStringLiteral("saveViewAction"));
    save->setEnabled(!m_workspace.isReadOnly());
    const QList<SavedView> views = m_workspace.store().savedViews();
    if (views.isEmpty())
        return;
    addSeparator();
    QMenu *remove = new QMenu(tr("&Delete view"), this);
    remove->setObjectName(QStringLiteral("deleteViewMenu"));
    remove->setEnabled(!m_workspace.isReadOnly());
    for (const SavedView &view : views) {
        QString label = view.name;
        label.replace(QLatin1Char('&'), QStringLiteral("&&")); // not an accelerator
        addAction(label, this, [this, name = view.name] { showView(name); });
        remove->addAction(label, this, [this, name = view.name] { removeView(name); });
    }
    addSeparator();
    addMenu(remove);
}

void SavedViewsMenu::askAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Save view"), tr("Name of the view:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (findView(m_workspace.store(), name)
        && QMessageBox::question(parentWidget(), tr("Save view"),
                                 tr("A view named “%1” exists. Replace it?").arg(name))
               != QMessageBox::Yes)
        return;
    saveView(name);
}

bool SavedViewsMenu::saveView(const QString &name)
{
    SavedView view{name, m_capture(), editsDataset().uid};
    return m_workspace.push(new SaveViewCommand(m_workspace, view, findView(m_workspace.store(), name)));
}

bool SavedViewsMenu::showView(const QString &name)
{
    const auto view = findView(m_workspace.store(), name);
    if (!view)
        return false;
    m_apply(view->settings);
    return true;
}

bool SavedViewsMenu::removeView(const QString &name)
{
    const auto view = findView(m_workspace.store(), name);
    return view && m_workspace.push(new RemoveViewCommand(m_workspace, *view));
}

} // namespace tickerline
