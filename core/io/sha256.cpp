// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include "error.h"

#include <openssl/evp.h>

namespace tickerline {

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (!EVP_Digest(bytes.data(), std::size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()), &size,
                    EVP_sha256(), nullptr))
        throw Error(QStringLiteral("SHA-256 is not available from OpenSSL"));
    digest.truncate(qsizetype(size));
    return digest;
}

} // namespace tickerline
