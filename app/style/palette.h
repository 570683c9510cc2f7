// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QColor>

namespace tickerline::palette {

// The application's one set of meaningful colours, so that a kind, a speaker or an anchor status
// looks the same on the timeline, the charts, the source panes and the inspector.

// One calm, distinguishable hue per kind of event (after Tableau 10).
QColor kindColor(EventKind kind);
// A pale highlight per speaker, light enough for dark text on it; index 0, 1, 2… in the order
// speakers first appear; a negative index is a quote with no speaker.
QColor speakerColor(int index);
QColor anchorStatusColor(AnchorStatus status);

} // namespace tickerline::palette
