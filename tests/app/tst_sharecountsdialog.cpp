// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartfactory.h"
#include "charts/chartinput.h"
#include "charts/impactchart.h"
#include "charts/sharecountsdialog.h"

#include "tst_chartfixture.h"

#include <QApplication>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using namespace tickerline::testing;

class TestShareCountsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_databases = 0; // a fresh database for every test (and data row)

    static int rowOf(const ShareCountsDialog &dialog, const QString &symbol)
    {
        for (int row = 0; row < dialog.table()->rowCount(); ++row) {
            if (dialog.table()->item(row, ShareCountsDialog::Ticker)->text() == symbol)
                return row;
        }
        return -1;
    }
    static void edit(ShareCountsDialog &dialog, const QString &symbol, int column, const QString &text)
    {
        dialog.table()->item(rowOf(dialog, symbol), column)->setText(text);
    }
    std::unique_ptr<ImpactChart> impactOfTheSelloff()
    {
        ChartRequest request;
        request.kind = ChartKind::Impact;
        request.eventUid = QStringLiteral("selloff-2025-01-27");
        request.percent = false;
        auto chart = makeChart(loadChartInput(*m_store, request), request);
        return std::unique_ptr<ImpactChart>(qobject_cast<ImpactChart *>(chart.release()));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("shares-%1.db").arg(++m_databases)));
        fillChartStore(*m_store);
    }

    void showsTheCountsOfTheDatabase()
    {
        ShareCountsDialog dialog(*m_store);
        QCOMPARE(dialog.table()->rowCount(), m_store->symbols().size());
        const int nvda = rowOf(dialog, QStringLiteral("NVDA"));
        QVERIFY(nvda >= 0);
        const Symbol symbol = *m_store->symbol(QStringLiteral("NVDA"));
        QCOMPARE(dialog.table()->item(nvda, ShareCountsDialog::Shares)->text(),
                 QLocale().toString(qlonglong(*symbol.sharesOutstanding)));
        QCOMPARE(dialog.table()->item(nvda, ShareCountsDialog::AsOf)->text(), symbol.sharesAsOf);
        QVERIFY(!(dialog.table()->item(nvda, ShareCountsDialog::Ticker)->flags() & Qt::ItemIsEditable));
    }

    // A new count for NVDA: saved, and the impact chart's market value follows it.
    void anEditReachesTheImpactChart()
    {
        ShareCountsDialog dialog(*m_store);
        edit(dialog, QStringLiteral("NVDA"), ShareCountsDialog::Shares, QStringLiteral("1,000,000,000"));
        edit(dialog, QStringLiteral("NVDA"), ShareCountsDialog::AsOf, QStringLiteral("2025-02-21"));
        edit(dialog, QStringLiteral("NVDA"), ShareCountsDialog::Source, QStringLiteral("my estimate"));
        edit(dialog, QStringLiteral("QQQ"), ShareCountsDialog::Shares, QString()); // unknown stays unknown
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.problem().isEmpty());
        const Symbol nvda = *m_store->symbol(QStringLiteral("NVDA"));
        QCOMPARE(nvda.sharesOutstanding, std::optional<std::int64_t>(1'000'000'000));
        QCOMPARE(nvda.sharesAsOf, QStringLiteral("2025-02-21"));
        QCOMPARE(nvda.sharesSource, QStringLiteral("my estimate"));

        const auto impact = impactOfTheSelloff();
        QVERIFY(impact);
        const auto move = std::find_if(impact->moves().begin(), impact->moves().end(),
                                       [](const SessionMove &m) { return m.symbol == QLatin1String("NVDA"); });
        QVERIFY(move != impact->moves().end());
        QCOMPARE(*move->marketValueChange(), 1e9 * (move->close - move->previousClose));
    }

    // A bad cell is named and nothing at all is written, not even the good edits.
    void badCellsChangeNothing_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("words") << int(ShareCountsDialog::Shares) << QStringLiteral("lots")
                               << QStringLiteral("AVGO, shares outstanding: \"lots\" is not a positive whole number");
        QTest::newRow("negative") << int(ShareCountsDialog::Shares) << QStringLiteral("-5")
                                  << QStringLiteral("AVGO, shares outstanding: \"-5\" is not a positive whole number");
        QTest::newRow("fraction") << int(ShareCountsDialog::Shares) << QStringLiteral("4.7")
                                  << QStringLiteral("AVGO, shares outstanding: \"4.7\" is not a positive whole number");
        QTest::newRow("date") << int(ShareCountsDialog::AsOf) << QStringLiteral("2025-02-30")
                              << QStringLiteral("AVGO, as of: \"2025-02-30\" is not a date like 2025-01-27");
    }
    void badCellsChangeNothing()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const Snapshot before = m_store->exportSnapshot();
        ShareCountsDialog dialog(*m_store);
        edit(dialog, QStringLiteral("NVDA"), ShareCountsDialog::Shares, QStringLiteral("1000"));
        edit(dialog, QStringLiteral("AVGO"), column, text);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.problem(), problem);
        QCOMPARE(dialog.table()->currentRow(), rowOf(dialog, QStringLiteral("AVGO")));
        QCOMPARE(dialog.table()->currentColumn(), column);
        QCOMPARE(m_store->exportSnapshot(), before);
    }
};

QTEST_MAIN(TestShareCountsDialog)
#include "tst_sharecountsdialog.moc"
