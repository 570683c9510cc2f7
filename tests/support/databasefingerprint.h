// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/filestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTest>

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

// The same for a window's store once it has merged its search index: a window merges it in the
// first pause after a commit (FileStore::mergeSearchIndexInBackground), which rewrites the
// index's pages and changes nothing in it. What must change nothing is compared with this: the
// merge is the file's housekeeping for the commits before, not a change of the test's.
inline QByteArray settledFingerprint(Store &store)
{
    if (auto *file = dynamic_cast<FileStore *>(&store)) {
        if (!QTest::qWaitFor([file] { return file->searchIndexMerged(); }, 10000))
            return QByteArrayLiteral("the store did not merge its search index within 10 s"); // fails the comparison
        return databaseFingerprint(file->path());
    }
    return databaseFingerprint(store.name());
}

} // namespace tickerline::testing
