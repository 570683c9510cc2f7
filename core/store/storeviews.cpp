// SPDX-License-Identifier: GPL-3.0-or-later
// Store's saved views: a name and the window's settings as JSON text.
#include "store/filestore.h"

#include "error.h"
#include "store/rowwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

namespace {

// Settings that no longer read (written by hand, or by a newer window with other names) fall back
// to the defaults rather than hide the view; `check` names them.
ViewSettings settingsFromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return ViewSettings::fromJson(document.object()).value_or(ViewSettings());
}

QList<SavedView> readViews(Database &db, const char *where, const QString &name)
{
    Statement statement(db, QByteArray("SELECT v.name, v.settings, d.uid FROM views v "
                                       "LEFT JOIN datasets d ON d.id = v.dataset_id ")
                                .append(where)
                                .append(" ORDER BY v.id")
                                .constData());
    if (!name.isNull())
        statement.bind(1, name);
    QList<SavedView> views;
    while (statement.step())
        views << SavedView{statement.text(0), settingsFromText(statement.text(1)), statement.text(2)};
    return views;
}

} // namespace

QList<SavedView> FileStore::savedViews()
{
    return readViews(m_db, "", QString());
}

std::optional<SavedView> FileStore::savedView(const QString &name)
{
    const QList<SavedView> found = readViews(m_db, "WHERE v.name = ?", name.isNull() ? QStringLiteral("") : name);
    return found.isEmpty() ? std::nullopt : std::optional<SavedView>(found.constFirst());
}

void FileStore::saveView(const SavedView &view)
{
    if (view.name.trimmed().isEmpty())
        throw Error(QStringLiteral("name: a view needs a name"));
    Transaction transaction(m_db);
    RowWriter writer(m_db);
    const RowWriter::RowId dataset = writer.datasetId(view.dataset);
    if (!view.dataset.isEmpty() && !dataset)
        throw Error(QStringLiteral("dataset: no dataset \"%1\"").arg(view.dataset));
    writer.upsertView(view, dataset);
    transaction.commit();
}

void FileStore::removeView(const QString &name)
{
    Transaction transaction(m_db);
    Statement remove(m_db, "DELETE FROM views WHERE name = ?");
    remove.bind(1, name).run();
    if (m_db.changes() == 0)
        throw Error(QStringLiteral("name: no view \"%1\"").arg(name));
    transaction.commit();
}

} // namespace tickerline
