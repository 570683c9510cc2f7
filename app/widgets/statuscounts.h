// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QAbstractItemModel;

namespace tickerline {

class SourceView;
class Workspace;

// The status bar's counts: "1,000,000 events · 2 sources · 25 quotes", or "12 of 40 events
// shown" while a filter hides some, or that the events are still being read.
class StatusCounts final : public QLabel
{
    Q_OBJECT

public:
    StatusCounts(const Workspace &workspace, const QAbstractItemModel *shownEvents, const SourceView *sources,
                 QWidget *parent = nullptr);

public slots:
    void refresh();

private:
    const Workspace &m_workspace;
    const QAbstractItemModel *m_shown;
    const SourceView *m_sources;
};

} // namespace tickerline
