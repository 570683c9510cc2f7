// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace tickerline {

struct EventBrief;

// A brief as an A4 PDF through Qt's PDF writer: the text is text (selectable, searchable), the
// chart an image, every page numbered ("page 2 of 3") under the event's title.
class BriefPdf final
{
    Q_DECLARE_TR_FUNCTIONS(BriefPdf)

public:
    static QByteArray render(const EventBrief &brief, const QImage &chart, const QString &chartNote);
};

} // namespace tickerline
