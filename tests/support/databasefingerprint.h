// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace tickerline::testing {

// The database as a user would compare it: the bytes of the file and of its write-ahead log, so
// that "nothing changed" means byte-identical, not an equal export.
inline QByteArray databaseFingerprint(const QString &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : {db, db + QStringLiteral("-wal")}) {
        QFile file(path);
        hash.addData(path.toUtf8());
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result().toHex();
}

} // namespace tickerline::testing
