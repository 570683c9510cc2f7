// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "store/store.h"

namespace tickerline {

CommandContext::CommandContext(QString dbPath, QStringList args, QTextStream &out, QTextStream &err, bool readOnly)
    : m_dbPath(std::move(dbPath))
    , m_args(std::move(args))
    , m_out(out)
    , m_err(err)
    , m_readOnly(readOnly)
{
}

CommandContext::~CommandContext() = default;

Store &CommandContext::store()
{
    if (!m_store)
        // A database that cannot be written opens read-only by itself: reading commands work,
        // writing ones fail at their first write with "PATH is read-only: <reason>".
        m_store = openStore(m_dbPath, m_readOnly ? Store::Open::ReadOnly : Store::Open::CreateIfMissing);
    return *m_store;
}

} // namespace tickerline
