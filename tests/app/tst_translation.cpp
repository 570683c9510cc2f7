// SPDX-License-Identifier: GPL-3.0-or-later
// Every translation (Simplified Chinese, German, Japanese): the .ts source is complete and keeps
// placeholders, tags, accelerators and plural forms; the .qm the build compiles into the tickerline
// binary says what the .ts says; and the window, started in each language by --lang or by the
// system's locale, shows its menus translated, with Qt's own words and the language's numbers.
#include "application.h"
#include "dialogs/eventdialog.h"
#include "mainwindow.h"
#include "models/eventtablemodel.h"
#include "store/filestore.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList forms; // one translation, or each numerus form of a plural message
    QString type;      // the translation's type attribute: empty when finished
    bool numerus = false;
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

// What each language must look like.
struct Language
{
    QString code;
    int pluralForms = 1;
    QString script;             // a pattern most translations match; none: they differ from the English
    bool acceleratorInBrackets; // "文件(&F)", as CJK menus write it, rather than "&Datei"
    bool sameAcceleratorLetter; // the English letter kept (zh_CN follows the English menus)
    QString openQuote;          // what “%1” becomes
    QString closeQuote;
};

Language language(const QString &code)
{
    Language lang{code, 1, QStringLiteral("\\p{Han}"), true, true, QStringLiteral("“"), QStringLiteral("”")};
    if (code == QLatin1String("de")) {
        lang.pluralForms = 2;
        lang.script.clear();
        lang.acceleratorInBrackets = false;
        lang.sameAcceleratorLetter = false;
        lang.openQuote = QStringLiteral("„");
        lang.closeQuote = QStringLiteral("“");
    } else if (code == QLatin1String("ja")) {
        lang.script = QStringLiteral("[\\p{Hiragana}\\p{Katakana}\\p{Han}]");
        lang.sameAcceleratorLetter = false;
        lang.openQuote = QStringLiteral("「");
        lang.closeQuote = QStringLiteral("」");
    }
    return lang;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/../../translations/tickerline_%1.ts").arg(code);
}

// qt_add_translations writes the .qm next to the executable it is compiled into.
QString qmPath(const QString &code)
{
    return QFileInfo(QStringLiteral(TICKERLINE_BINARY)).dir().filePath(QStringLiteral("tickerline_%1.qm").arg(code));
}

TsFile readTs(QIODevice &device, const QString &path)
{
    TsFile ts;
    QXmlStreamReader xml(&device);
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
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

TsFile readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TsFile ts;
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    return readTs(file, path);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?\\d+)"));
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

// The letters marked with & (a literal "&&" is no accelerator).
QStringList accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&([^&\\s])"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured(1).toUpper();
    return found;
}

// Everything wrong with one language's .ts, a line a problem.
QStringList problemsOf(const TsFile &ts, const Language &lang, const QString &path)
{
    QStringList problems;
    const auto problem = [&](const TsMessage &message, const QString &what) {
        problems << QStringLiteral("%1:%2 [%3] \"%4\": %5")
                        .arg(path)
                        .arg(message.line)
                        .arg(message.context, message.source, what);
    };
    if (ts.language != lang.code)
        problems << QStringLiteral("%1: language \"%2\"").arg(path, ts.language);
    const QRegularExpression script(lang.script);
    int inScript = 0;
    for (const TsMessage &message : ts.messages) {
        if (!message.type.isEmpty())
            problem(message, message.type); // unfinished, vanished or obsolete
        const int forms = message.numerus ? lang.pluralForms : 1;
        if (message.forms.size() != forms)
            problem(message, QStringLiteral("%1 forms, not %2").arg(message.forms.size()).arg(forms));
        for (const QString &form : message.forms) {
            if (form.trimmed().isEmpty()) {
                problem(message, QStringLiteral("no translation"));
                continue;
            }
            if (placeholders(form) != placeholders(message.source))
                problem(message, QStringLiteral("placeholders of \"%1\"").arg(form));
            if (tags(form) != tags(message.source))
                problem(message, QStringLiteral("tags of \"%1\"").arg(form));
            if (message.source.contains(QChar(0x2026)) && !form.contains(QChar(0x2026)))
                problem(message, QStringLiteral("no ellipsis … in \"%1\"").arg(form));
            if (message.source.contains(QStringLiteral("“%1”")) &&
                !form.contains(lang.openQuote + QStringLiteral("%1") + lang.closeQuote))
                problem(message, QStringLiteral("quotation marks of \"%1\"").arg(form));
            const QStringList keys = accelerators(form);
            const QStringList sourceKeys = accelerators(message.source);
            if (keys.size() != sourceKeys.size())
                problem(message, QStringLiteral("accelerators of \"%1\"").arg(form));
            else if (!keys.isEmpty() && lang.acceleratorInBrackets &&
                     !form.contains(QStringLiteral("(&") + keys.constFirst() + QLatin1Char(')'), Qt::CaseInsensitive))
                problem(message, QStringLiteral("accelerator not as (&X) in \"%1\"").arg(form));
            else if (!keys.isEmpty() && lang.sameAcceleratorLetter && keys != sourceKeys)
                problem(message, QStringLiteral("accelerator letter of \"%1\"").arg(form));
        }
        if (!message.forms.isEmpty() && (lang.script.isEmpty() ? message.forms.constFirst() != message.source
                                                               : script.match(message.forms.constFirst()).hasMatch()))
            ++inScript;
    }
    // Only product names, shortcuts, units and words the languages share may stay as they are: a
    // share of the messages, as German shares more of them with English ("Symbol", "Name", "Export").
    const qsizetype alike = ts.messages.size() / (lang.code == QLatin1String("de") ? 16 : 32);
    if (inScript < ts.messages.size() - alike)
        problems << QStringLiteral("%1: only %2 of %3 translations look like %4")
                        .arg(path)
                        .arg(inScript)
                        .arg(ts.messages.size())
                        .arg(lang.code);
    return problems;
}

// What the window must show in each language.
struct Expected
{
    QString file, edit, view, help, cancel, locale, titleLabel;
};

Expected expected(const QString &code)
{
    if (code == QLatin1String("de"))
        return {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                QStringLiteral("&Hilfe"), QStringLiteral("Abbrechen"),   QStringLiteral("de"),
                QStringLiteral("&Titel:")};
    if (code == QLatin1String("ja"))
        return {QStringLiteral("ファイル(&F)"),  QStringLiteral("編集(&E)"),   QStringLiteral("表示(&V)"),
                QStringLiteral("ヘルプ(&H)"),    QStringLiteral("キャンセル"), QStringLiteral("ja"),
                QStringLiteral("タイトル(&T)：")};
    return {QStringLiteral("文件(&F)"),  QStringLiteral("编辑(&E)"), QStringLiteral("视图(&V)"),
            QStringLiteral("帮助(&H)"),  QStringLiteral("取消"),     QStringLiteral("zh"),
            QStringLiteral("标题(&T)：")};
}

// The accelerators of a menu's entries that are taken twice, with the menu's submenus.
QStringList clashingAccelerators(const QList<QAction *> &actions)
{
    QStringList clashes;
    QSet<QString> taken;
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        for (const QString &key : accelerators(action->text())) {
            if (taken.contains(key))
                clashes << action->text();
            taken.insert(key);
        }
        if (action->menu())
            clashes << clashingAccelerators(action->menu()->actions());
    }
    return clashes;
}

} // namespace

class TestTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void tsIsComplete_data();
    void tsIsComplete();
    void anUnfinishedMessageFails();
    void compiledTranslationMatchesTheTsFile_data();
    void compiledTranslationMatchesTheTsFile();
    void compiledTranslationTranslatesTheWindow_data();
    void compiledTranslationTranslatesTheWindow();
    void compiledTranslationHandlesPlurals_data();
    void compiledTranslationHandlesPlurals();
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void windowInOneLanguage(); // the child process of windowSpeaksTheLanguage
};

static void addLanguages()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"zh_CN", "de", "ja"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestTranslation::tsIsComplete_data()
{
    addLanguages();
}

void TestTranslation::tsIsComplete()
{
    QFETCH(QString, code);
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.messages.size() >= 400, qPrintable(QString::number(ts.messages.size())));
    const QStringList problems = problemsOf(ts, language(code), tsPath(code));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // Every message the Chinese translation holds is in this one too (a newer string may reach a
    // language before the others do).
    if (code != QLatin1String("zh_CN")) {
        QSet<QString> here;
        for (const TsMessage &message : ts.messages)
            here.insert(message.context + QLatin1Char('|') + message.source);
        for (const TsMessage &message : readTs(tsPath(QStringLiteral("zh_CN"))).messages)
            QVERIFY2(
                here.contains(message.context + QLatin1Char('|') + message.source),
                qPrintable(QStringLiteral("%1 lacks [%2] \"%3\"").arg(tsPath(code), message.context, message.source)));
    }
}

// The check above is no formality: one unfinished, one empty, one lost placeholder and one
// missing plural form are each found.
void TestTranslation::anUnfinishedMessageFails()
{
    QByteArray text = R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="de"><context><name>tickerline::MainWindow</name>
<message><source>&amp;File</source><translation type="unfinished">&amp;Datei</translation></message>
<message><source>Charts</source><translation></translation></message>
<message><source>%1 — Tickerline</source><translation>Tickerline</translation></message>
<message numerus="yes"><source>Total of %n companies</source><translation><numerusform>%n Unternehmen</numerusform></translation></message>
</context></TS>)";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const TsFile ts = readTs(buffer, QStringLiteral("broken.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QStringList problems = problemsOf(ts, language(QStringLiteral("de")), QStringLiteral("broken.ts"));
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("\"&File\": unfinished")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"Charts\": no translation")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"%1 — Tickerline\": placeholders")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"Total of %n companies\": 1 forms, not 2")), qPrintable(all));
}

void TestTranslation::compiledTranslationMatchesTheTsFile_data()
{
    addLanguages();
}

void TestTranslation::compiledTranslationMatchesTheTsFile()
{
    QFETCH(QString, code);
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(QFileInfo::exists(qmPath(code)), qPrintable(qmPath(code) + QStringLiteral(" does not exist")));
    QTranslator translator;
    QVERIFY2(translator.load(qmPath(code)), qPrintable(qmPath(code)));
    QCOMPARE(translator.language(), code);
    for (const TsMessage &message : ts.messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const QString compiled =
            translator.translate(context.constData(), source.constData(),
                                 comment.isEmpty() ? nullptr : comment.constData(), message.numerus ? 1 : -1);
        QVERIFY2(compiled == message.forms.value(0),
                 qPrintable(QStringLiteral("%1:%2 [%3] \"%4\": the build has \"%5\", the .ts \"%6\"")
                                .arg(tsPath(code))
                                .arg(message.line)
                                .arg(message.context, message.source, compiled, message.forms.value(0))));
    }
    // A message the translation does not know stays untranslated rather than borrowing another's text.
    QCOMPARE(translator.translate("tickerline::MainWindow", "No such message in Tickerline"), QString());
}

void TestTranslation::compiledTranslationTranslatesTheWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("comment");

    const auto row = [](const char *code, const char *context, const char *source, const char *expected,
                        const char *comment = "") {
        QTest::addRow("%s %s", code, source)
            << QString::fromUtf8(code) << QString::fromUtf8(context) << QString::fromUtf8(source)
            << QString::fromUtf8(expected) << QString::fromUtf8(comment);
    };
    const char *window = "tickerline::MainWindow";
    const char *inspector = "tickerline::InspectorPane";
    const char *chart = "tickerline::ChartPanel";
    row("zh_CN", window, "Inspector", "检查器");
    row("zh_CN", window, "Source", "来源");
    row("zh_CN", inspector, "Market value", "市值");
    row("zh_CN", "QuoteCommands", "Remove quote", "删除引文");
    row("zh_CN", chart, "Export…", "导出…");
    row("de", window, "E&vents", "&Ereignisse");
    row("de", window, "Inspector", "Inspektor");
    row("de", window, "Source", "Quelle");
    row("de", inspector, "Market value", "Börsenwert");
    row("de", inspector, "$%1 B", "%1 Mrd. $", "US dollars in billions");
    row("de", "QuoteCommands", "Remove quote", "Zitat entfernen");
    row("de", window, "%1 — Tickerline", "%1 — Tickerline");
    row("de", "EventKind", "Release", "Veröffentlichung");
    row("ja", window, "E&vents", "イベント(&N)");
    row("ja", window, "Inspector", "インスペクター");
    row("ja", window, "Source", "出典");
    row("ja", inspector, "Market value", "時価総額");
    row("ja", "QuoteCommands", "Remove quote", "引用を削除");
    row("ja", chart, "Export…", "エクスポート…");
}

void TestTranslation::compiledTranslationTranslatesTheWindow()
{
    QFETCH(QString, code);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QFETCH(QString, comment);
    QTranslator translator;
    QVERIFY2(translator.load(qmPath(code)), qPrintable(qmPath(code)));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData(),
                                  comment.isEmpty() ? nullptr : comment.toUtf8().constData()),
             expected);
}

void TestTranslation::compiledTranslationHandlesPlurals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("three");
    QTest::newRow("zh_CN") << "zh_CN"
                           << "%n 家公司合计"
                           << "%n 家公司合计";
    QTest::newRow("de") << "de"
                        << "Summe über %n Unternehmen"
                        << "Summe über %n Unternehmen";
    QTest::newRow("ja") << "ja"
                        << "%n 社の合計"
                        << "%n 社の合計";
}

void TestTranslation::compiledTranslationHandlesPlurals()
{
    QFETCH(QString, code);
    QFETCH(QString, one);
    QFETCH(QString, three);
    QTranslator translator;
    QVERIFY2(translator.load(qmPath(code)), qPrintable(qmPath(code)));
    QCOMPARE(translator.translate("tickerline::InspectorPane", "Total of %n companies", nullptr, 1), one);
    QCOMPARE(translator.translate("tickerline::InspectorPane", "Total of %n companies", nullptr, 3), three);
}

// Each row starts a child process as tickerline starts: --lang, or nothing and the system's locale
// from LANG (the tests otherwise run with LC_ALL=C.UTF-8).
void TestTranslation::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("expectedLanguage");
    QTest::newRow("--lang zh_CN") << "zh_CN"
                                  << "C.UTF-8"
                                  << "zh_CN";
    QTest::newRow("--lang de") << "de"
                               << "C.UTF-8"
                               << "de";
    QTest::newRow("--lang de_DE") << "de_DE"
                                  << "C.UTF-8"
                                  << "de";
    QTest::newRow("--lang ja") << "ja"
                               << "C.UTF-8"
                               << "ja";
    QTest::newRow("--lang de over a Japanese system") << "de"
                                                      << "ja_JP.UTF-8"
                                                      << "de";
    QTest::newRow("LANG=de_DE.UTF-8") << ""
                                      << "de_DE.UTF-8"
                                      << "de";
    QTest::newRow("LANG=ja_JP.UTF-8") << ""
                                      << "ja_JP.UTF-8"
                                      << "ja";
    QTest::newRow("LANG=zh_CN.UTF-8") << ""
                                      << "zh_CN.UTF-8"
                                      << "zh_CN";
}

void TestTranslation::windowSpeaksTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, systemLocale);
    QFETCH(QString, expectedLanguage);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), systemLocale);
    env.insert(QStringLiteral("TICKERLINE_CHILD_LANG"), lang);
    env.insert(QStringLiteral("TICKERLINE_CHILD_EXPECT"), expectedLanguage);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("windowInOneLanguage")});
    QVERIFY(child.waitForFinished(120000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestTranslation::windowInOneLanguage()")), qPrintable(output));
}

void TestTranslation::windowInOneLanguage()
{
    if (!qEnvironmentVariableIsSet("TICKERLINE_CHILD_EXPECT"))
        QSKIP("windowSpeaksTheLanguage runs this in a child process, with the locale it sets");
    const QString lang = qEnvironmentVariable("TICKERLINE_CHILD_LANG");
    const QString code = qEnvironmentVariable("TICKERLINE_CHILD_EXPECT");
    tickerline::application::installTranslations(*QCoreApplication::instance(), lang,
                                                 QFileInfo(qmPath(code)).absolutePath());
    tickerline::application::useLocaleOf(lang);
    const Expected want = expected(code);

    // Numbers and dates in the language's locale.
    QCOMPARE(QLocale().name().left(2), want.locale);
    // Qt's own words, for the standard buttons of every dialog.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), want.cancel);

    QTemporaryDir dir;
    tickerline::FileStore store(dir.filePath(QStringLiteral("empty.db")));
    tickerline::MainWindow window(store);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(want.file) && menus.contains(want.edit) && menus.contains(want.view) &&
                 menus.contains(want.help),
             qPrintable(menus.join(QStringLiteral(", "))));
    // The English menus (and zh_CN, which keeps their letters) use some letters twice; the
    // German and Japanese ones give every entry of a menu its own.
    if (code != QLatin1String("zh_CN")) {
        const QStringList clashes = clashingAccelerators(window.menuBar()->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral(", "))));
    }

    // The event form: its labels translated, and each with a letter of its own.
    tickerline::EventTableModel events;
    tickerline::EventDialog::Choices choices;
    choices.events = &events;
    choices.uidRole = tickerline::EventTableModel::UidRole;
    choices.labelColumn = tickerline::EventTableModel::TitleColumn;
    tickerline::EventDialog dialog(choices);
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts << button->text();
    QVERIFY2(texts.contains(want.titleLabel), qPrintable(texts.join(QStringLiteral(", "))));
    QStringList keys;
    for (const QString &text : texts)
        keys << accelerators(text);
    const qsizetype all = keys.size();
    keys.removeDuplicates();
    QVERIFY2(keys.size() == all, qPrintable(texts.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
