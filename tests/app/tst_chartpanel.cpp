// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpanel.h"
#include "charts/eventmarkerlayer.h"
#include "charts/impactchart.h"
#include "charts/pricechart.h"
#include "charts/pricechartview.h"
#include "models/eventselection.h"

#include "tst_chartfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
