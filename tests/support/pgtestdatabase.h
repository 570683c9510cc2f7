// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A database of its own for one test, in the throwaway cluster ctest starts
// (tests/support/pgcluster, TICKERLINE_TEST_POSTGRES): created empty, dropped afterwards.

#include "store/postgres/pgconnection.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtGlobal>

namespace tickerline::test {

// The cluster's connection string; empty when the test runs outside ctest.
inline QString postgresCluster()
{
    const QString file = qEnvironmentVariable("TICKERLINE_TEST_POSTGRES");
    if (file.isEmpty())
        return {};
    QFile conninfo(file);
    if (!conninfo.open(QIODevice::ReadOnly))
        qFatal("TICKERLINE_TEST_POSTGRES names %s, which cannot be read: was the cluster started?", qPrintable(file));
    return QString::fromUtf8(conninfo.readAll()).trimmed();
}

class PgTestDatabase final
{
public:
    PgTestDatabase()
        : m_cluster(postgresCluster())
        , m_name(QStringLiteral("test_%1").arg(QRandomGenerator::global()->generate64()))
    {
        PgConnection(m_cluster).exec(QByteArray("CREATE DATABASE " + m_name.toLatin1()).constData());
        m_target = QString(m_cluster).replace(QRegularExpression(QStringLiteral(R"(dbname=\S+)")),
                                              QStringLiteral("dbname=") + m_name);
    }
    ~PgTestDatabase()
    {
        try {
            PgConnection(m_cluster).exec(QByteArray("DROP DATABASE " + m_name.toLatin1() + " WITH (FORCE)").constData());
        } catch (const std::exception &error) {
            qWarning("cannot drop the test database: %s", error.what());
        }
    }
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    const QString &target() const { return m_target; }

private:
    QString m_cluster;
    QString m_name;
    QString m_target;
};

} // namespace tickerline::test
