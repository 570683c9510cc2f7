// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpanel.h"
#include "charts/eventmarkerlayer.h"
#include "charts/impactchart.h"
#include "charts/pricechart.h"
#include "charts/pricechartview.h"
#include "dialogs/backgroundtask.h"
#include "models/eventselection.h"

#include "imports/bundleddataset.h"
#include "mainwindow.h"

#include "tst_chartfixture.h"
#include "tst_charttexts.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHelpEvent>
#include <QMenu>
#include <QProgressDialog>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

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
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("panel.tickerline")));
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

    // Hovering a marker names its event: title, kind and time.
    void hoveringAMarkerShowsItsEvent()
    {
        EventSelection selection;
        selection.setVisibleRange(day("2025-01-13"), day("2025-02-07"));
        ChartPanel panel(*m_store, &selection);
        panel.setSymbols({QStringLiteral("NVDA")});
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *price = qobject_cast<PriceChart *>(panel.chart());
        const QPointF value = *price->markerValue(QStringLiteral("altman-statement-2025-01-28"));
        const QPointF scenePoint = price->mapToScene(price->mapToPosition(value, price->markers()->series()));
        QWidget *viewport = panel.view()->viewport();
        const QPoint at = panel.view()->mapFromScene(scenePoint) + QPoint(2, 1);
        QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QApplication::sendEvent(viewport, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("Altman: R1 &quot;an impressive model&quot;")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Statement, 2025-01-28T02:29:53Z")), qPrintable(text));

        // Away from every marker and label: no tooltip.
        const QPoint away =
            panel.view()->mapFromScene(price->mapToScene(price->plotArea().bottomLeft())) + QPoint(3, -3);
        QHelpEvent elsewhere(QEvent::ToolTip, away, viewport->mapToGlobal(away));
        QApplication::sendEvent(viewport, &elsewhere);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // Copy (the button or Ctrl+C) says what it did, and says so when there is nothing to copy.
    void copyConfirms()
    {
        EventSelection selection;
        selection.setVisibleRange(day("2025-01-13"), day("2025-02-07"));
        ChartPanel panel(*m_store, &selection);
        panel.setSymbols({QStringLiteral("NVDA")});
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy messages(&panel, &ChartPanel::message);
        QGuiApplication::clipboard()->clear();
        panel.copyToClipboard();
        QCOMPARE(messages.size(), 1);
        const QImage copied = QGuiApplication::clipboard()->image();
        QVERIFY(!copied.isNull());
        QCOMPARE(
            messages.takeFirst().value(0).toString(),
            QStringLiteral("Copied the chart to the clipboard (%1 × %2 px)").arg(copied.width()).arg(copied.height()));

        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.takeFirst().value(0).toString().startsWith(QStringLiteral("Copied the chart")));

        panel.setKind(ChartKind::Impact); // no event selected: no chart
        panel.copyToClipboard();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.front().value(0).toString().startsWith(QStringLiteral("No chart to copy: Select an event")),
                 qPrintable(messages.front().value(0).toString()));
    }

    // The window at 1024 × 700 with the bundled episode, as a new analyst first sees it.
    void theWindowShowsWholeTexts()
    {
        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("episode.tickerline")));
        installBundledDataset(store);
        MainWindow window(store);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<ChartPanel *>(QStringLiteral("charts"));
        QVERIFY(panel);

        // "S&P 500" in the Symbols menu, not "SP 500" with P as its accelerator.
        QAction *gspc = nullptr;
        for (QMenu *menu : panel->findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (action->data().toString() == QLatin1String("^GSPC"))
                    gspc = action;
            }
        }
        QVERIFY(gspc);
        QCOMPARE(gspc->text(), QStringLiteral("^GSPC — S&&P 500"));
        QCOMPARE(gspc->iconText(), QStringLiteral("^GSPC — S&P 500"));

        EventSelection *selection = window.selection();
        selection->setCurrentEvent(QStringLiteral("market-selloff-2025-01-27"));
        panel->setSymbols({QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("QQQ")});
        for (const ChartKind kind :
             {ChartKind::Price, ChartKind::Candles, ChartKind::Compare, ChartKind::Impact, ChartKind::Density}) {
            panel->setKind(kind);
            TickerChart *chart = panel->chart();
            QVERIFY2(chart, qPrintable(panel->problem()));
            const auto keep = qScopeGuard([&] {
                if (const QString folder = qEnvironmentVariable("TICKERLINE_KEEP_CHARTS"); !folder.isEmpty())
                    window.grab().save(QStringLiteral("%1/window-%2.png").arg(folder, toString(kind)));
            });
            QTRY_VERIFY2(textProblems(*chart).isEmpty(),
                         qPrintable(toString(kind) + QStringLiteral(": ") + textProblems(*chart)));
        }

        // Copy confirms in the status bar.
        panel->copyToClipboard();
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Copied the chart to the clipboard (")),
                 qPrintable(window.statusBar()->currentMessage()));
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
