// SPDX-License-Identifier: GPL-3.0-or-later
// The listing's own JSON writer prints a string exactly as QJsonDocument does, whatever it holds.
#include "cli/eventlisting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tickerline;

class TestEventListing final : public QObject
{
    Q_OBJECT

private slots:
    void stringsAsQJsonDocumentWritesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("Tech selloff: Nvidia");
        QTest::newRow("quotes and backslash") << QStringLiteral("\"cut your expectations 100x\" \\ C:\\path");
        QTest::newRow("controls") << QStringLiteral("a\bb\fc\nd\re\tf") + QChar(0x01) + QChar(0x1f) + QChar(0x7f);
        QTest::newRow("two-byte") << QStringLiteral("Zürich −16.97 % ©");
        QTest::newRow("CJK") << QStringLiteral("深度求索发布 R1；市场震荡");
        QTest::newRow("emoji") << QStringLiteral("rocket 🚀 and 𝄞");
        QTest::newRow("lone high surrogate") << QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b");
        QTest::newRow("lone low surrogate") << QStringLiteral("a") + QChar(0xde80);
        QTest::newRow("high surrogate at the end") << QStringLiteral("end") + QChar(0xd83d);
        QTest::newRow("long") << QString(100000, QLatin1Char('x')) + QStringLiteral("\"");
    }

    void stringsAsQJsonDocumentWritesThem()
    {
        QFETCH(QString, text);
        QByteArray expected = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        expected = expected.mid(1, expected.size() - 2); // ["…"] → "…"
        QByteArray written = "prefix ";
        eventlisting::appendJsonString(written, text);
        QCOMPARE(written, "prefix " + expected);
    }
};

QTEST_GUILESS_MAIN(TestEventListing)
#include "tst_eventlisting.moc"
