// SPDX-License-Identifier: GPL-3.0-or-later
// The Simplified Chinese translation: the .ts source is complete and keeps placeholders and
// accelerators, and the .qm the build compiles into the tickerline binary says what the .ts says.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translation; // the first numerus form for plural messages
    QString type;        // the translation's type attribute: empty when finished
    bool numerus = false;
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

QString tsPath()
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/../../translations/tickerline_zh_CN.ts");
}

// qt_add_translations writes the .qm next to the executable it is compiled into.
QString qmPath()
{
    return QFileInfo(QStringLiteral(TICKERLINE_BINARY)).dir().filePath(QStringLiteral("tickerline_zh_CN.qm"));
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            message.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                // The first <numerusform> child; zh_CN has one plural form.
                while (xml.readNextStartElement()) {
                    const QString form = xml.readElementText();
                    if (message.translation.isEmpty())
                        message.translation = form;
                }
            } else {
                message.translation = xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|\\d+)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured();
    return found;
}

QString accelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&([A-Za-z0-9])"));
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

QString where(const TsMessage &message)
{
    return QStringLiteral("%1:%2 [%3] \"%4\"").arg(tsPath()).arg(message.line).arg(message.context, message.source);
}

} // namespace

class TestTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void tsIsCompleteSimplifiedChinese();
    void translationsKeepPlaceholdersTagsAndAccelerators();
    void compiledTranslationTranslatesTheWindow_data();
    void compiledTranslationTranslatesTheWindow();
    void compiledTranslationHandlesPlurals();
    void compiledTranslationMatchesTheTsFile();
};

void TestTranslation::tsIsCompleteSimplifiedChinese()
{
    const TsFile ts = readTs(tsPath());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("zh_CN"));
    QVERIFY2(ts.messages.size() >= 150, qPrintable(QString::number(ts.messages.size())));

    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    int chinese = 0;
    for (const TsMessage &message : ts.messages) {
        QVERIFY2(message.type.isEmpty(), qPrintable(where(message) + QStringLiteral(" is ") + message.type));
        QVERIFY2(!message.translation.isEmpty(), qPrintable(where(message) + QStringLiteral(" has no translation")));
        if (han.match(message.translation).hasMatch())
            ++chinese;
    }
    // Only product names, shortcuts and units may stay as they are.
    QVERIFY2(chinese >= ts.messages.size() - 10,
             qPrintable(QStringLiteral("%1 of %2 translations contain Chinese").arg(chinese).arg(ts.messages.size())));
}

void TestTranslation::translationsKeepPlaceholdersTagsAndAccelerators()
{
    const TsFile ts = readTs(tsPath());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    for (const TsMessage &message : ts.messages) {
        QVERIFY2(placeholders(message.translation) == placeholders(message.source),
                 qPrintable(where(message) + QStringLiteral(" → ") + message.translation));
        QVERIFY2(tags(message.translation) == tags(message.source),
                 qPrintable(where(message) + QStringLiteral(" → ") + message.translation));
        const QString key = accelerator(message.source);
        if (!key.isEmpty())
            QVERIFY2(message.translation.contains(QStringLiteral("(&") + key + QLatin1Char(')')),
                     qPrintable(where(message) + QStringLiteral(" → ") + message.translation));
    }
}

void TestTranslation::compiledTranslationTranslatesTheWindow_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    const QString window = QStringLiteral("tickerline::MainWindow");
    QTest::newRow("File menu") << window << QStringLiteral("&File") << QStringLiteral("文件(&F)");
    QTest::newRow("Edit menu") << window << QStringLiteral("&Edit") << QStringLiteral("编辑(&E)");
    QTest::newRow("View menu") << window << QStringLiteral("&View") << QStringLiteral("视图(&V)");
    QTest::newRow("Help menu") << window << QStringLiteral("&Help") << QStringLiteral("帮助(&H)");
    QTest::newRow("inspector dock") << window << QStringLiteral("Inspector") << QStringLiteral("检查器");
    QTest::newRow("charts dock") << window << QStringLiteral("Charts") << QStringLiteral("图表");
    QTest::newRow("source dock") << window << QStringLiteral("Source") << QStringLiteral("来源");
    QTest::newRow("title keeps %1") << window << QStringLiteral("%1 — Tickerline") << QStringLiteral("%1 — Tickerline");
    QTest::newRow("chart export") << QStringLiteral("tickerline::ChartPanel") << QStringLiteral("Export…")
                                  << QStringLiteral("导出…");
    QTest::newRow("market value") << QStringLiteral("tickerline::InspectorPane") << QStringLiteral("Market value")
                                  << QStringLiteral("市值");
    QTest::newRow("undo command") << QStringLiteral("QuoteCommands") << QStringLiteral("Remove quote")
                                  << QStringLiteral("删除引文");
}

void TestTranslation::compiledTranslationTranslatesTheWindow()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    QVERIFY2(QFileInfo::exists(qmPath()), qPrintable(qmPath() + QStringLiteral(" does not exist")));
    QTranslator translator;
    QVERIFY2(translator.load(qmPath()), qPrintable(qmPath()));
    QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    // A message the translation does not know stays untranslated rather than borrowing another's text.
    QCOMPARE(translator.translate(context.toUtf8().constData(), "No such message in Tickerline"), QString());
}

void TestTranslation::compiledTranslationHandlesPlurals()
{
    QTranslator translator;
    QVERIFY2(translator.load(qmPath()), qPrintable(qmPath()));
    const QString total = translator.translate("tickerline::InspectorPane", "Total of %n companies", nullptr, 3);
    QVERIFY2(total.contains(QStringLiteral("%n")), qPrintable(total));
    QCOMPARE(total, QStringLiteral("%n 家公司合计"));
}

void TestTranslation::compiledTranslationMatchesTheTsFile()
{
    const TsFile ts = readTs(tsPath());
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QTranslator translator;
    QVERIFY2(translator.load(qmPath()), qPrintable(qmPath()));
    for (const TsMessage &message : ts.messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const QString compiled = translator.translate(context.constData(), source.constData(),
                                                      comment.isEmpty() ? nullptr : comment.constData(),
                                                      message.numerus ? 1 : -1);
        QVERIFY2(compiled == message.translation,
                 qPrintable(where(message) + QStringLiteral(": the build has \"") + compiled
                            + QStringLiteral("\", the .ts \"") + message.translation + QLatin1Char('"')));
    }
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
