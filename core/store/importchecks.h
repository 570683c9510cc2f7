// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "error.h"

#include <cstdint>

namespace tickerline {

// The checks every backend's import makes of a Snapshot, with the same messages.

inline Error alreadyInDatabase(const QString &what, const QString &key)
{
    return Error(QStringLiteral("%1 \"%2\" is already in the database").arg(what, key));
}

// The rows a quote names (0: none named), found through an import's indexes of uids
// (find(uid) → row id, 0 when absent); throws naming the quote and what it names that is not there.
struct QuoteReferences
{
    std::int64_t source = 0;
    std::int64_t event = 0;
    std::int64_t speaker = 0;
};

template<typename UidIndex>
QuoteReferences quoteReferences(const Quote &quote, const UidIndex &sources, const UidIndex &events,
                                const UidIndex &actors)
{
    const QuoteReferences found{sources.find(quote.source), events.find(quote.event), actors.find(quote.speaker)};
    if (!found.source)
        throw Error(QStringLiteral("quote \"%1\" names an unknown source \"%2\"").arg(quote.uid, quote.source));
    if (!quote.event.isEmpty() && !found.event)
        throw Error(QStringLiteral("quote \"%1\" names an unknown event \"%2\"").arg(quote.uid, quote.event));
    if (!quote.speaker.isEmpty() && !found.speaker)
        throw Error(QStringLiteral("quote \"%1\" names an unknown speaker \"%2\"").arg(quote.uid, quote.speaker));
    return found;
}

} // namespace tickerline
