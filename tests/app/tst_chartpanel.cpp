// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpanel.h"
#include "charts/eventmarkerlayer.h"
#include "charts/impactchart.h"
#include "charts/pricechart.h"
#include "charts/pricechartview.h"
#include "dialogs/backgroundtask.h"
#include "models/eventselection.h"

#include "tst_chartfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QProgressDialog>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tickerline;
using namespace tickerline::testing;

class TestChartPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static std::int64_t day(const char *iso) { return parseIsoTime(QLatin1String(iso))->ms; }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("panel.tickerline")));
        fillChartStore(*m_store);
    }

    void followsTheSharedRange()
    {
        EventSelection selection;
        selection.setVisibleRange(day("2025-01-13"), day("2025-02-07"));
        ChartPanel panel(*m_store, &selection);
        panel.setSymbols({QStringLiteral("NVDA")});
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *price = qobject_cast<PriceChart *>(panel.chart());
        QVERIFY(price);
        QCOMPARE(price->fromMs(), day("2025-01-13"));
        selection.setVisibleRange(day("2025-01-20"), day("2025-01-31"));
        QCOMPARE(price->fromMs(), day("2025-01-20"));
        QCOMPARE(price->toMs(), day("2025-01-31"));
    }

    void wheelZoomMovesTheSharedRange()
    {
        EventSelection selection;
        selection.setVisibleRange(day("2025-01-13"), day("2025-02-07"));
        ChartPanel panel(*m_store, &selection);
        panel.setSymbols({QStringLiteral("NVDA")});
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const std::int64_t before = selection.visibleToMs() - selection.visibleFromMs();
        QWidget *viewport = panel.view()->viewport();
        const QPoint centre = viewport->rect().center();
        QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        const std::int64_t after = selection.visibleToMs() - selection.visibleFromMs();
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        auto *price = qobject_cast<PriceChart *>(panel.chart());
        QCOMPARE(price->fromMs(), selection.visibleFromMs());

        // A drag to the right shows earlier days.
        const std::int64_t from = selection.visibleFromMs();
        QTest::mousePress(viewport, Qt::LeftButton, {}, centre);
        QTest::mouseMove(viewport, centre + QPoint(100, 0));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, centre + QPoint(100, 0));
        QVERIFY(selection.visibleFromMs() < from);
    }

    void clickingAMarkerSelectsItsEvent()
    {
        EventSelection selection;
        selection.setVisibleRange(day("2025-01-13"), day("2025-02-07"));
        ChartPanel panel(*m_store, &selection);
        panel.setSymbols({QStringLiteral("NVDA")});
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *price = qobject_cast<PriceChart *>(panel.chart());
        const QString uid = QStringLiteral("altman-statement-2025-01-28");
        const QPointF value = *price->markerValue(uid);
        const QPointF scenePoint = price->mapToScene(price->mapToPosition(value, price->markers()->series()));
        const QPoint at = panel.view()->mapFromScene(scenePoint);
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selection.currentEvent(), uid);
        QCOMPARE(price->markers()->selected(), uid);
    }

    void impactFollowsTheSelectedEvent()
    {
        EventSelection selection;
        ChartPanel panel(*m_store, &selection);
        panel.setKind(ChartKind::Impact);
        QVERIFY(!panel.problem().isEmpty()); // no event selected yet: says so instead of a chart
        selection.setCurrentEvent(QStringLiteral("selloff-2025-01-27"));
        auto *impact = qobject_cast<ImpactChart *>(panel.chart());
        QVERIFY(impact);
        QCOMPARE(impact->moves().size(), 13); // every stock, in %: the ETF and the index are not companies
        QVERIFY(panel.problem().isEmpty());
    }

    void exportsWhatIsShown()
    {
        EventSelection selection;
        selection.setVisibleRange(day("2025-01-13"), day("2025-02-07"));
        ChartPanel panel(*m_store, &selection);
        panel.setSymbols({QStringLiteral("NVDA"), QStringLiteral("QQQ")});
        const QString path = m_dir.filePath(QStringLiteral("panel.png"));
        panel.exportTo(path, ExportOptions{QSize(800, 450), 96, true}, ColourTheme::Dark);
        QImage image(path);
        QCOMPARE(image.size(), QSize(800, 450));
        QCOMPARE(image.pixelColor(2, 2), ChartPalette::of(ColourTheme::Dark).background);
    }

    void aLargeExportIsDrawnInStripsAndWrittenOffTheGuiThread()
    {
        EventSelection selection;
        selection.setVisibleRange(day("2025-01-13"), day("2025-02-07"));
        ChartPanel panel(*m_store, &selection);
        panel.setSymbols({QStringLiteral("NVDA"), QStringLiteral("QQQ")});
        const QString path = m_dir.filePath(QStringLiteral("large.png"));
        QSignalSpy exported(&panel, &ChartPanel::exported);
        // The progress dialog's event handling runs this timer: the GUI thread is not blocked.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(0);
        panel.exportWithProgress(path, ExportOptions{QSize(3000, 3000), 192, true}, ColourTheme::Light);
        QVERIFY(ticks > 0);
        QVERIFY(panel.exportTask()->isBusy() || !exported.isEmpty()); // encoding and writing go on elsewhere
        QVERIFY(exported.wait(20000) || !exported.isEmpty());
        QCOMPARE(exported.at(0).at(0).toString(), path);
        const QImage image(path);
        QCOMPARE(image.size(), QSize(3000, 3000));
        QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));
        QCOMPARE(image.text(QStringLiteral("Software")), QStringLiteral("Tickerline"));
        // Strips join without a seam: the background is the same above and below each edge.
        QCOMPARE(image.pixelColor(1, 511), image.pixelColor(1, 512));
        QCOMPARE(image.pixelColor(2998, 1535), image.pixelColor(2998, 1536));
    }

    void cancellingAnExportWritesNothing()
    {
        EventSelection selection;
        ChartPanel panel(*m_store, &selection);
        panel.setSymbols({QStringLiteral("NVDA")});
        const QString path = m_dir.filePath(QStringLiteral("cancelled.png"));
        QSignalSpy failed(&panel, &ChartPanel::exportFailed);
        QTimer cancel;
        connect(&cancel, &QTimer::timeout, [&cancel] {
            if (auto *progress = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget())) {
                progress->cancel();
                cancel.stop();
            }
        });
        cancel.start(0);
        panel.exportWithProgress(path, ExportOptions{QSize(2000, 4000), 96, false}, ColourTheme::Light);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
