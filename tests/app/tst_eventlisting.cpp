// SPDX-License-Identifier: GPL-3.0-or-later
// The listing's own JSON writer prints a string exactly as QJsonDocument does, whatever it holds.
#include "cli/eventlisting.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // An event's texts come as UTF-8 (ListedEvent's); its element holds them as QJsonDocument
    // writes the same object.
    void eventTextsAsQJsonDocumentWritesThem_data() { stringsAsQJsonDocumentWritesThem_data(); }

    void eventTextsAsQJsonDocumentWritesThem()
    {
        QFETCH(QString, text);
        ListedEvent event;
        event.uid = text.toUtf8();
        event.title = text.toUtf8();
        event.summary = text.toUtf8();
        event.tz = text.toUtf8();
        event.endMs = 86'400'000;
        event.actors << ListedEvent::Actor{text, text, text};
        event.symbols << text;
        event.quotes << ListedEvent::QuoteAnchor{text, text, text, 3, 9007199254740993, AnchorStatus::Exact};
        QByteArray written;
        eventlisting::appendJsonElement(written, event);
        eventlisting::appendJsonClose(written, false);

        const QString utf8Text = QString::fromUtf8(text.toUtf8()); // what the bytes hold (a lone surrogate: '?')
        const QJsonObject actor{{QStringLiteral("uid"), text}, {QStringLiteral("name"), text}, {QStringLiteral("role"), text}};
        const QJsonObject quote{{QStringLiteral("id"), text},          {QStringLiteral("source"), text},
                                {QStringLiteral("exact"), text},       {QStringLiteral("start"), 3},
                                {QStringLiteral("end"), 9007199254740993.0}, {QStringLiteral("status"), QStringLiteral("exact")}};
        const QJsonObject object{{QStringLiteral("uid"), utf8Text},
                                 {QStringLiteral("title"), utf8Text},
                                 {QStringLiteral("summary"), utf8Text},
                                 {QStringLiteral("tz"), utf8Text},
                                 {QStringLiteral("kind"), QStringLiteral("other")},
                                 {QStringLiteral("precision"), QStringLiteral("day")},
                                 {QStringLiteral("start"), QStringLiteral("1970-01-01T00:00:00Z")},
                                 {QStringLiteral("end"), QStringLiteral("1970-01-02T00:00:00Z")},
                                 {QStringLiteral("uncertain"), false},
                                 {QStringLiteral("actors"), QJsonArray{actor}},
                                 {QStringLiteral("symbols"), QJsonArray{text}},
                                 {QStringLiteral("quotes"), QJsonArray{quote}}};
        const QByteArray expected = QJsonDocument(QJsonArray{object}).toJson(QJsonDocument::Indented);
        QCOMPARE(QByteArray("[\n") + written, expected);
    }
};

QTEST_GUILESS_MAIN(TestEventListing)
#include "tst_eventlisting.moc"
