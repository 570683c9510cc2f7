// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark: the colours of every theme are readable, the window's custom-painted views (the
// timeline, the chart, the source pane) follow the application's palette as it changes, View →
// Theme is kept and applied, and cached marker images are as sharp as the screen.

#include "charts/chartpanel.h"
#include "charts/charttheme.h"
#include "charts/pricechartview.h"
#include "imports/bundleddataset.h"
#include "inspector/inspectorpane.h"
#include "mainwindow.h"
#include "search/searchfield.h"
#include "sources/sourcedeck.h"
#include "sources/sourcepane.h"
#include "store/filestore.h"
#include "style/palette.h"
#include "style/themesetting.h"
#include "timeline/timelinearea.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QHash>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

using namespace tickerline;

namespace {

// What an area of a rendered widget is made of: its most common colour (the background) and its
// lightest and darkest pixels (where text is drawn on it).
struct Tones
{
    QColor common;
    int lightest = 0;
    int darkest = 255;
};

Tones tonesOf(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    Tones tones;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QRgb rgb = image.pixel(x, y);
            ++counts[rgb];
            const int lightness = QColor(rgb).lightness();
            tones.lightest = std::max(tones.lightest, lightness);
            tones.darkest = std::min(tones.darkest, lightness);
        }
    }
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            tones.common = QColor(it.key());
        }
    }
    return tones;
}

QImage grabbed(QWidget *widget)
{
    return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Dark background with light text, or the other way round.
bool looksDark(const Tones &tones)
{
    return tones.common.lightness() < 90 && tones.lightest > 170;
}

bool looksLight(const Tones &tones)
{
    return tones.common.lightness() > 200 && tones.darkest < 90;
}

QString describe(const Tones &tones)
{
    return QStringLiteral("background %1, lightest %2, darkest %3")
        .arg(tones.common.name())
        .arg(tones.lightest)
        .arg(tones.darkest);
}

// CIE76 colour difference: about 2 is just noticeable, above 20 clearly another colour.
double deltaE(const QColor &a, const QColor &b)
{
    const auto lab = [](const QColor &colour) {
        const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        const double r = linear(colour.redF()), g = linear(colour.greenF()), bl = linear(colour.blueF());
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
        const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
        return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    };
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

QAction *themeAction(const MainWindow &window, const char *name)
{
    auto *menu = window.viewMenu()->findChild<QMenu *>(QStringLiteral("themeMenu"));
    return menu ? menu->findChild<QAction *>(QString::fromLatin1(name)) : nullptr;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("episode.tickerline")));
        installBundledDataset(*m_store);
        QVERIFY(!m_store->quotes().isEmpty());
    }

    void init() { QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline")).clear(); }
    void cleanup() { ThemeSetting::apply(ThemeChoice::System); }

    void darknessIsReadFromThePalette()
    {
        QCOMPARE(palette::themeOf(palette::windowPalette(ColourTheme::Dark)), ColourTheme::Dark);
        QCOMPARE(palette::themeOf(palette::windowPalette(ColourTheme::Light)), ColourTheme::Light);
        // A platform's own dark palette, unlike ours: black window, white text.
        QPalette platform(Qt::black, Qt::black);
        platform.setColor(QPalette::WindowText, Qt::white);
        QVERIFY(palette::isDark(platform));
        platform.setColor(QPalette::Window, Qt::white);
        platform.setColor(QPalette::WindowText, Qt::black);
        QVERIFY(!palette::isDark(platform));
    }

    void textIsReadableInBothThemes_data()
    {
        QTest::addColumn<ColourTheme>("theme");
        QTest::addRow("light") << ColourTheme::Light;
        QTest::addRow("dark") << ColourTheme::Dark;
    }

    void textIsReadableInBothThemes()
    {
        QFETCH(ColourTheme, theme);
        const QColor background = palette::background(theme);
        QVERIFY(palette::contrastRatio(palette::text(theme), background) >= 7.0);
        QVERIFY(palette::contrastRatio(palette::mutedText(theme), background) >= 4.5);
        QVERIFY(palette::contrastRatio(palette::selection(theme), background) >= 4.5);
        for (const AnchorStatus status :
             {AnchorStatus::Exact, AnchorStatus::Moved, AnchorStatus::Fuzzy, AnchorStatus::Orphaned}) {
            const double ratio = palette::contrastRatio(palette::anchorStatusColor(status, theme), background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("status %1: %2").arg(int(status)).arg(ratio)));
        }

        // Dialog messages, on the window's colour.
        const QColor window = palette::windowPalette(theme).color(QPalette::Window);
        QVERIFY(palette::contrastRatio(palette::problemText(theme), window) >= 4.5);
        QVERIFY(palette::contrastRatio(palette::fineText(theme), window) >= 4.5);

        // The timeline's colours, derived from the window palette of the theme.
        const palette::ViewColours view = palette::ViewColours::of(palette::windowPalette(theme));
        QCOMPARE(view.theme, theme);
        QVERIFY(palette::contrastRatio(view.text, view.background) >= 7.0);
        for (const QColor &under :
             {view.background, view.lane, view.laneAlternate, view.header, view.closedMarket, view.extendedMarket})
            QVERIFY2(palette::contrastRatio(view.mutedText, under) >= 4.5, qPrintable(under.name()));
        QVERIFY(palette::contrastRatio(view.text, view.badge) >= 4.5);
        QVERIFY(palette::contrastRatio(view.text, view.denseBadge) >= 4.5);
    }

    void quoteHighlightsKeepTheirInkReadable_data() { textIsReadableInBothThemes_data(); }

    void quoteHighlightsKeepTheirInkReadable()
    {
        QFETCH(ColourTheme, theme);
        const QColor ink = palette::quoteInk(theme);
        for (int speaker = -1; speaker < 10; ++speaker) {
            for (const auto look :
                 {palette::QuoteLook::Normal, palette::QuoteLook::Emphasized, palette::QuoteLook::Receded}) {
                const QColor highlight = palette::speakerColor(speaker, theme, look);
                const double ratio = palette::contrastRatio(ink, highlight);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("speaker %1, look %2: %3 on %4 is %5:1")
                                                      .arg(speaker)
                                                      .arg(int(look))
                                                      .arg(ink.name(), highlight.name())
                                                      .arg(ratio)));
            }
        }
        QVERIFY(palette::contrastRatio(ink, palette::quoteFlash(theme)) >= 4.5);
        // Speakers are told apart by their colours.
        for (int a = 0; a < 8; ++a)
            for (int b = a + 1; b < 8; ++b)
                QVERIFY(palette::speakerColor(a, theme) != palette::speakerColor(b, theme));
    }

    void kindColoursStandOutAndApart_data() { textIsReadableInBothThemes_data(); }

    void kindColoursStandOutAndApart()
    {
        QFETCH(ColourTheme, theme);
        const QColor background = palette::background(theme);
        QList<QColor> colours;
        for (const auto &kind : kEventKinds) {
            const QColor colour = palette::kindColor(kind.kind, theme);
            const double ratio = palette::contrastRatio(colour, background);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1: %2:1").arg(colour.name()).arg(ratio)));
            colours << colour;
        }
        // Apart from each other: every two kinds clearly different colours.
        for (qsizetype a = 0; a < colours.size(); ++a) {
            for (qsizetype b = a + 1; b < colours.size(); ++b)
                QVERIFY2(deltaE(colours[a], colours[b]) >= 20,
                         qPrintable(colours[a].name() + QLatin1Char(' ') + colours[b].name()));
        }
        // The light hues are the ones without a theme, which other views use.
        if (theme == ColourTheme::Light)
            QCOMPARE(palette::kindColor(EventKind::Market), palette::kindColor(EventKind::Market, theme));

        // Chart series stand out from the chart's background, text reads on it.
        const ChartPalette chart = ChartPalette::of(theme);
        QCOMPARE(chart.background, background);
        QVERIFY(palette::contrastRatio(chart.text, chart.background) >= 7.0);
        QVERIFY(palette::contrastRatio(chart.mutedText, chart.background) >= 4.5);
        for (const QColor &series : chart.series)
            QVERIFY2(palette::contrastRatio(series, chart.background) >= 3.0, qPrintable(series.name()));
    }

    void windowFollowsThePaletteLive()
    {
        MainWindow window(*m_store);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A source with its quotes in the source pane.
        const Quote quote = m_store->quotes().constFirst();
        window.showQuote(quote.uid);
        SourcePane *pane = window.sourceDeck()->panes().value(0);
        QVERIFY(pane && pane->hasSource());
        TimelineView *timeline = window.timelineArea()->view();
        auto *charts = window.findChild<ChartPanel *>(QStringLiteral("charts"));
        QVERIFY(charts && charts->chart());
        QTRY_VERIFY(charts->view()->isVisible());

        const auto timelineTones = [timeline] {
            // The lanes' names: gutter background and the names' text.
            const QImage image = grabbed(timeline);
            return tonesOf(image, QRect(0, TimelinePainter::kAxisHeight + 4, TimelinePainter::kGutter - 10,
                                        image.height() - TimelinePainter::kAxisHeight - 8));
        };
        const auto chartTones = [charts] {
            // The chart's title and legend above its plot.
            const QImage image = grabbed(charts->view());
            return tonesOf(image, QRect(0, 0, image.width(), image.height() / 4));
        };
        const auto sourceTones = [pane] {
            const QImage image = grabbed(pane->textView()->viewport());
            return tonesOf(image, image.rect());
        };
        const auto quoteContrast = [pane] {
            double lowest = 21;
            for (const QTextEdit::ExtraSelection &selection : pane->textView()->extraSelections())
                lowest = std::min(lowest, palette::contrastRatio(selection.format.foreground().color(),
                                                                 selection.format.background().color()));
            return lowest;
        };

        QVERIFY2(looksLight(timelineTones()), qPrintable(describe(timelineTones())));
        QVERIFY2(looksLight(chartTones()), qPrintable(describe(chartTones())));
        QVERIFY2(looksLight(sourceTones()), qPrintable(describe(sourceTones())));
        const QColor lightHighlight = pane->highlightColor(quote.uid);

        QApplication::setPalette(palette::windowPalette(ColourTheme::Dark));
        QTRY_VERIFY2(looksDark(chartTones()), qPrintable(describe(chartTones()))); // rebuilt after the change
        QVERIFY2(looksDark(timelineTones()), qPrintable(describe(timelineTones())));
        QVERIFY2(looksDark(sourceTones()), qPrintable(describe(sourceTones())));
        QVERIFY(pane->highlightColor(quote.uid) != lightHighlight);
        QVERIFY(pane->highlightColor(quote.uid).lightness() < 128);
        QVERIFY(!pane->textView()->extraSelections().isEmpty());
        QVERIFY2(quoteContrast() >= 4.5, qPrintable(QString::number(quoteContrast())));
        // The inspector's quieter lines are quiet on dark too, not dark grey on dark.
        auto *inspector = window.findChild<InspectorPane *>(QStringLiteral("inspector"));
        QVERIFY(inspector);
        const QString html = inspector->findChild<QTextBrowser *>()->toHtml();
        QVERIFY2(html.contains(palette::mutedText(palette::windowPalette(ColourTheme::Dark)).name()), qPrintable(html));

        QApplication::setPalette(palette::windowPalette(ColourTheme::Light));
        QTRY_VERIFY2(looksLight(chartTones()), qPrintable(describe(chartTones())));
        QVERIFY2(looksLight(timelineTones()), qPrintable(describe(timelineTones())));
        QVERIFY2(looksLight(sourceTones()), qPrintable(describe(sourceTones())));
        QCOMPARE(pane->highlightColor(quote.uid), lightHighlight);
        QVERIFY(quoteContrast() >= 4.5);
    }

    // The search results' quieter column (what each hit is) stays readable in both themes.
    void searchResultsReadInBothThemes_data() { textIsReadableInBothThemes_data(); }

    void searchResultsReadInBothThemes()
    {
        QFETCH(ColourTheme, theme);
        QApplication::setPalette(palette::windowPalette(theme));
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SearchField *search = window.searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("impressive"));
        search->searchNow();
        QTRY_VERIFY(!search->isSearching());
        QTreeWidget *results = search->results();
        QVERIFY(results->topLevelItemCount() > 0);
        const QColor base = results->palette().color(QPalette::Base);
        QCOMPARE(palette::themeOf(results->palette()), theme);
        for (int row = 0; row < results->topLevelItemCount(); ++row) {
            const QColor kind = results->topLevelItem(row)->foreground(0).color();
            QVERIFY2(palette::contrastRatio(kind, base) >= 4.5,
                     qPrintable(kind.name() + QLatin1Char(' ') + base.name()));
        }
    }

    void themeChoiceIsKeptAndApplied()
    {
        QCOMPARE(ThemeSetting::saved(), ThemeChoice::System);
        {
            MainWindow window(*m_store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction *system = themeAction(window, "themeSystemAction");
            QAction *dark = themeAction(window, "themeDarkAction");
            QVERIFY(system && dark && themeAction(window, "themeLightAction"));
            QVERIFY(system->isChecked());
            QVERIFY(!palette::isDark(QApplication::palette())); // offscreen: a light platform palette

            dark->trigger();
            QVERIFY(dark->isChecked() && !system->isChecked());
            QVERIFY(palette::isDark(QApplication::palette()));
            QTRY_VERIFY(palette::isDark(window.timelineArea()->view()->palette()));
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
            QCOMPARE(QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline"))
                         .value(QStringLiteral("View/theme"))
                         .toString(),
                     QStringLiteral("dark"));
        }
        // As at the next start: the choice is read back and shown checked.
        ThemeSetting::apply(ThemeChoice::System);
        QVERIFY(!palette::isDark(QApplication::palette()));
        QCOMPARE(ThemeSetting::saved(), ThemeChoice::Dark);
        ThemeSetting::apply(ThemeSetting::saved());
        QVERIFY(palette::isDark(QApplication::palette()));
        MainWindow window(*m_store);
        QVERIFY(themeAction(window, "themeDarkAction")->isChecked());

        // Back to the system's: its light palette again, and saved as such.
        themeAction(window, "themeSystemAction")->trigger();
        QVERIFY(!palette::isDark(QApplication::palette()));
        QCOMPARE(ThemeSetting::saved(), ThemeChoice::System);
        themeAction(window, "themeLightAction")->trigger();
        QCOMPARE(ThemeSetting::saved(), ThemeChoice::Light);
        QVERIFY(!palette::isDark(QApplication::palette()));
    }

    void unknownSavedThemeIsTheSystems()
    {
        QSettings(QStringLiteral("Tickerline"), QStringLiteral("Tickerline"))
            .setValue(QStringLiteral("View/theme"), QStringLiteral("purple"));
        QCOMPARE(ThemeSetting::saved(), ThemeChoice::System);
    }

    void markerImagesMatchTheDevicePixelRatio()
    {
        TimelinePainter painter(QApplication::font());
        const QImage normal = painter.markerSprite(int(EventKind::Statement), false, 1.0);
        QCOMPARE(normal.devicePixelRatio(), 1.0);
        const QImage &sharp = painter.markerSprite(int(EventKind::Statement), false, 2.0);
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QCOMPARE(sharp.size(), normal.size() * 2);
        QCOMPARE(sharp.deviceIndependentSize(), QSizeF(normal.size()));
        // Drawn at that resolution, not scaled up: the circle's edge has more partly covered pixels.
        const auto partly = [](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += qAlpha(image.pixel(x, y)) > 0 && qAlpha(image.pixel(x, y)) < 255;
            return count;
        };
        QVERIFY2(partly(sharp) > partly(normal),
                 qPrintable(QStringLiteral("%1 vs %2").arg(partly(sharp)).arg(partly(normal))));

        // A new palette draws them anew: ringed in the new background.
        palette::ViewColours dark = palette::ViewColours::of(palette::windowPalette(ColourTheme::Dark));
        painter.setColours(dark);
        const QImage &darkSprite = painter.markerSprite(int(EventKind::Statement), false, 2.0);
        QCOMPARE(darkSprite.devicePixelRatio(), 2.0);
        QCOMPARE(darkSprite.pixelColor(darkSprite.width() / 2, darkSprite.height() / 2).rgb(),
                 palette::kindColor(EventKind::Statement, ColourTheme::Dark).rgb());
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
