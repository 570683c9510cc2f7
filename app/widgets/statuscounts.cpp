// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/statuscounts.h"

#include "models/eventtablemodel.h"
#include "sources/sourceview.h"
#include "workspace.h"

#include <QLocale>

namespace tickerline {

StatusCounts::StatusCounts(const Workspace &workspace, const QAbstractItemModel *shownEvents, const SourceView *sources,
                           QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace)
    , m_shown(shownEvents)
    , m_sources(sources)
{
    setObjectName(QStringLiteral("statusCounts"));
}

void StatusCounts::refresh()
{
    if (m_workspace.isLoading()) {
        setText(tr("Reading events…"));
        return;
    }
    // Spelled out rather than "%n event(s)": the English text is shown without a translation.
    const qsizetype total = m_workspace.events()->rowCount();
    const qsizetype shown = m_shown->rowCount();
    const auto number = [](qsizetype n) { return QLocale().toString(qlonglong(n)); }; // 1,000,000
    const QString events = shown != total ? tr("%1 of %2 events shown").arg(number(shown), number(total))
                           : total == 1   ? tr("1 event")
                                          : tr("%1 events").arg(number(total));
    const qsizetype sourceCount = m_sources->sourceCount();
    const qsizetype quoteCount = m_sources->quoteCount();
    const QString sources = sourceCount == 1 ? tr("1 source") : tr("%1 sources").arg(number(sourceCount));
    const QString quotes = quoteCount == 1 ? tr("1 quote") : tr("%1 quotes").arg(number(quoteCount));
    setText(QStringList{events, sources, quotes}.join(QStringLiteral(" · ")));
}

} // namespace tickerline
