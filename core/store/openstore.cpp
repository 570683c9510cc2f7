// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/filestore.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/pgstore.h"

namespace tickerline {

std::unique_ptr<Store> openStore(const QString &target, Store::Open mode)
{
    if (isPostgresTarget(target))
        return std::make_unique<PgStore>(target, mode);
    return std::make_unique<FileStore>(target, mode);
}

} // namespace tickerline
