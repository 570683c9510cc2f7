// SPDX-License-Identifier: GPL-3.0-or-later
// The man page documents the command line the program really has: every subcommand of the CLI's
// own list and every option of its usage text.
#include "cli/cli.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace tickerline;

class tst_ManPage : public QObject
{
    Q_OBJECT

private:
    QString m_page; // the roff source, as configured for installation

    static QStringList usageOptions()
    {
        QStringList options;
        static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
        for (const QRegularExpressionMatch &match : option.globalMatch(QString::fromUtf8(usage())))
            options << match.captured();
        options.removeDuplicates();
        return options;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(TICKERLINE_MANPAGE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_page = QString::fromUtf8(file.readAll());
        QVERIFY(m_page.startsWith(QLatin1String(".\\\"")));
        QVERIFY(!m_page.contains(QLatin1Char('@'))); // every @VARIABLE@ was configured
    }

    void hasTheVersion()
    {
        QVERIFY(m_page.contains(QStringLiteral("\"Tickerline %1\"").arg(QStringLiteral(TICKERLINE_VERSION))));
    }

    void everySubcommandHasItsSection_data()
    {
        QTest::addColumn<QString>("command");
        const QStringList names = commandNames();
        QVERIFY(names.size() >= 12);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void everySubcommandHasItsSection()
    {
        QFETCH(QString, command);
        const QRegularExpression heading(QStringLiteral("^\\.SS %1$").arg(command),
                                         QRegularExpression::MultilineOption);
        QVERIFY2(m_page.contains(heading), qPrintable(QStringLiteral("no \".SS %1\" in the man page").arg(command)));
    }

    void everyOptionOfTheUsageIsDocumented_data()
    {
        QTest::addColumn<QString>("option");
        const QStringList options = usageOptions();
        QVERIFY(options.contains(QStringLiteral("--db")));
        QVERIFY(options.contains(QStringLiteral("--footer")));
        for (const QString &option : options)
            QTest::newRow(qPrintable(option)) << option;
    }

    void everyOptionOfTheUsageIsDocumented()
    {
        QFETCH(QString, option);
        // roff writes a minus as \-, so that it is not a hyphen.
        QString roff = option;
        roff.replace(QLatin1Char('-'), QLatin1String("\\-"));
        QVERIFY2(m_page.contains(roff), qPrintable(option));
    }

    void exitStatusesFilesEnvironmentAndExamples()
    {
        for (const char *section : {".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES", ".SH EXAMPLES"})
            QVERIFY2(m_page.contains(QLatin1String(section)), section);
        for (const char *status : {".B 0\n", ".B 1\n", ".B 2\n"})
            QVERIFY2(m_page.contains(QLatin1String(status)), status);
    }
};

QTEST_GUILESS_MAIN(tst_ManPage)
#include "tst_manpage.moc"
