// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "store/store.h"

namespace tickerline {

CommandContext::CommandContext(QString dbPath, QStringList args, QTextStream &out, QTextStream &err)
    : m_dbPath(std::move(dbPath)), m_args(std::move(args)), m_out(out), m_err(err)
{
}

CommandContext::~CommandContext() = default;

Store &CommandContext::store()
{
    if (!m_store)
        m_store = std::make_unique<Store>(m_dbPath);
    return *m_store;
}

} // namespace tickerline
