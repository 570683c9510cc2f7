// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/chartcommand.h"

#include "tst_chartfixture.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using namespace tickerline::testing;

class TestChartCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_out, m_err;

    int run(const QStringList &args)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out), err(&m_err);
        const int status = runChartCommand(*m_store, args, out, err);
        out.flush();
        err.flush();
        return status;
    }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("cli.tickerline")));
        fillChartStore(*m_store);
    }

    void writesEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("price png") << QStringLiteral("price.png")
                                   << QStringList{QStringLiteral("--symbols"), QStringLiteral("NVDA,QQQ"),
                                                  QStringLiteral("--from"), QStringLiteral("2025-01-13"),
                                                  QStringLiteral("--to"), QStringLiteral("2025-02-07"),
                                                  QStringLiteral("--events"), QStringLiteral("--footer")};
        QTest::newRow("candles svg dark")
            << QStringLiteral("candles.svg")
            << QStringList{QStringLiteral("--kind"), QStringLiteral("candles"), QStringLiteral("--symbols"),
                           QStringLiteral("NVDA"), QStringLiteral("--theme"), QStringLiteral("dark")};
        QTest::newRow("compare pdf") << QStringLiteral("compare.pdf")
                                     << QStringList{QStringLiteral("--kind"), QStringLiteral("compare"),
                                                    QStringLiteral("--symbols"), QStringLiteral("NVDA,AVGO,TSM,QQQ,^SOX"),
                                                    QStringLiteral("--event"), QStringLiteral("selloff-2025-01-27")};
        QTest::newRow("impact value png") << QStringLiteral("impact.png")
                                          << QStringList{QStringLiteral("--kind"), QStringLiteral("impact"),
                                                         QStringLiteral("--event"), QStringLiteral("selloff-2025-01-27"),
                                                         QStringLiteral("--value")};
        QTest::newRow("density png") << QStringLiteral("density.png")
                                     << QStringList{QStringLiteral("--kind"), QStringLiteral("density")};
    }
    void writesEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, args);
        const QString out = m_dir.filePath(file);
        QCOMPARE(run(QStringList{QStringLiteral("--out"), out} + args), 0);
        QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray head = written.read(8);
        if (file.endsWith(QLatin1String(".png")))
            QVERIFY(head.startsWith("\x89PNG"));
        else if (file.endsWith(QLatin1String(".pdf")))
            QVERIFY(head.startsWith("%PDF"));
        else
            QVERIFY(head.startsWith("<?xml"));
    }

    void sizeAndDpi()
    {
        const QString out = path("sized.png");
        QCOMPARE(run({QStringLiteral("--out"), out, QStringLiteral("--symbols"), QStringLiteral("NVDA"),
                      QStringLiteral("--width"), QStringLiteral("1280"), QStringLiteral("--height"),
                      QStringLiteral("720"), QStringLiteral("--dpi"), QStringLiteral("144")}),
                 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1280, 720));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 144);
    }

    void badInputIsStatusOneAndNoFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown symbol") << QStringList{QStringLiteral("--symbols"), QStringLiteral("NVDA,NOPE")}
                                        << QStringLiteral("unknown symbol \"NOPE\"");
        QTest::newRow("empty range") << QStringList{QStringLiteral("--symbols"), QStringLiteral("NVDA"),
                                                    QStringLiteral("--from"), QStringLiteral("2030-01-01"),
                                                    QStringLiteral("--to"), QStringLiteral("2030-02-01")}
                                     << QStringLiteral("no bars of NVDA between 2030-01-01 and 2030-02-01");
        QTest::newRow("unknown event") << QStringList{QStringLiteral("--kind"), QStringLiteral("impact"),
                                                      QStringLiteral("--event"), QStringLiteral("nothing-happened")}
                                       << QStringLiteral("unknown event \"nothing-happened\"");
    }
    void badInputIsStatusOneAndNoFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = path("bad.png");
        QCOMPARE(run(QStringList{QStringLiteral("--out"), out} + args), 1);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QVERIFY(!QFile::exists(out));
    }

    void wrongUsageIsStatusTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --out") << QStringList{QStringLiteral("--symbols"), QStringLiteral("NVDA")};
        QTest::newRow("bad suffix") << QStringList{QStringLiteral("--out"), QStringLiteral("x.gif"),
                                                   QStringLiteral("--symbols"), QStringLiteral("NVDA")};
        QTest::newRow("bad kind") << QStringList{QStringLiteral("--out"), QStringLiteral("x.png"),
                                                 QStringLiteral("--kind"), QStringLiteral("pie")};
        QTest::newRow("bad width") << QStringList{QStringLiteral("--out"), QStringLiteral("x.png"),
                                                  QStringLiteral("--symbols"), QStringLiteral("NVDA"),
                                                  QStringLiteral("--width"), QStringLiteral("wide")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("--out"), QStringLiteral("x.png"),
                                                 QStringLiteral("--symbols"), QStringLiteral("NVDA"),
                                                 QStringLiteral("--from"), QStringLiteral("2025-02-30")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--out"), QStringLiteral("x.png"),
                                                       QStringLiteral("--colour"), QStringLiteral("red")};
        QTest::newRow("no symbols") << QStringList{QStringLiteral("--out"), QStringLiteral("x.png")};
    }
    void wrongUsageIsStatusTwo()
    {
        QFETCH(QStringList, args);
        QCOMPARE(run(args), 2);
        QVERIFY(m_err.startsWith(QStringLiteral("chart: ")));
        QVERIFY(!QFile::exists(QStringLiteral("x.png")));
    }
};

QTEST_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
