// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView driven as an analyst drives it: wheel, drag, keys and clicks on the bundled
// DeepSeek-R1 episode, checking what the shared selection and the painted frame say.

#include "imports/bundleddataset.h"
#include "io/tickerlinejson.h"
#include "mainwindow.h"
#include "models/eventselection.h"
#include "time/isotime.h"
#include "sources/sourcepane.h"
#include "sources/sourcedeck.h"
#include "store/filestore.h"
#include "timeline/timelineview.h"
#include "timeline/timelinearea.h"

#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>

using namespace tickerline;

namespace {

std::int64_t at(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso))->ms;
}

Snapshot episode()
{
    const QString path = QStringLiteral(TICKERLINE_TEST_DATA "/../../resources/data/episode.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return readTickerlineJson(file.readAll(), path);
}

QHash<QString, QString> actorNames(const Snapshot &snapshot)
{
    QHash<QString, QString> names;
    for (const Actor &actor : snapshot.actors)
        names.insert(actor.uid, actor.name);
    return names;
}

void wheel(QWidget *widget, QPoint pos, int delta)
{
    QWheelEvent event(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(), QPoint(0, delta),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

std::optional<TimelineHit> hitFor(const TimelineView &view, const QString &uid)
{
    for (const TimelineHit &hit : view.painter().hits())
        if (hit.type == TimelineHit::Event && view.index().uid(hit.entry) == uid)
            return hit;
    return std::nullopt;
}

// The label drawn for an event, if any.
std::optional<TimelineHit> labelFor(const TimelineView &view, const QString &uid)
{
    for (const TimelineHit &hit : view.painter().hits())
        if (hit.type == TimelineHit::Event && hit.label && view.index().uid(hit.entry) == uid)
            return hit;
    return std::nullopt;
}

// Where an event's marker (or band) starts on screen.
std::optional<double> markerX(const TimelineView &view, std::uint32_t entry)
{
    for (const TimelineHit &hit : view.painter().hits())
        if (hit.type == TimelineHit::Event && !hit.label && hit.entry == entry)
            return view.index().entry(entry).isCalendarPrecision() || view.index().entry(entry).isSpan()
                       ? hit.rect.left() + 3
                       : hit.rect.center().x();
    return std::nullopt;
}

// A label one can read: the whole title, or at least its first words before the ellipsis.
bool readable(const QString &shown, const QString &title, qsizetype characters = 18)
{
    if (shown == title)
        return true;
    return shown.endsWith(QChar(0x2026)) && shown.size() > std::min(characters, title.size())
           && title.startsWith(shown.chopped(1));
}

QHash<QString, QString> firstQuotes(const Snapshot &snapshot)
{
    QHash<QString, QString> quotes;
    for (const Quote &quote : snapshot.quotes)
        if (!quote.event.isEmpty() && !quotes.contains(quote.event))
            quotes.insert(quote.event, quote.exact);
    return quotes;
}

// The timeline's size in the window at its default size (on a 1600×1000 screen) and at 1024×700.
void windowSizes()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("default window") << QSize(806, 322);
    QTest::addRow("1024x700 window") << QSize(650, 250);
}

const QStringList kKeyEvents{QStringLiteral("altman-hype-post-2025-01-20"),
                             QStringLiteral("deepseek-r1-release-2025-01-20"),
                             QStringLiteral("market-selloff-2025-01-27"),
                             QStringLiteral("altman-deepseek-statement-2025-01-28")};

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    Snapshot m_episode;
    std::unique_ptr<EventSelection> m_selection;
    std::unique_ptr<TimelineView> m_view;

    void repaint() { m_view->repaint(); }

private slots:
    void initTestCase()
    {
        m_episode = episode();
        QVERIFY(m_episode.events.size() >= 9);
    }

    void init()
    {
        m_selection = std::make_unique<EventSelection>();
        m_view = std::make_unique<TimelineView>(m_selection.get());
        m_view->resize(1400, 640);
        m_view->setEvents(m_episode.events, m_episode.eras, actorNames(m_episode));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setFocus();
        repaint();
    }

    void cleanup()
    {
        m_view.reset();
        m_selection.reset();
    }

    void showsTheWholeEpisodeAndSharesTheRange()
    {
        QVERIFY(m_view->visibleFromMs() < at("2025-01-20"));
        QVERIFY(m_view->visibleToMs() > at("2025-01-31"));
        QCOMPARE(m_selection->visibleFromMs(), m_view->visibleFromMs());
        QCOMPARE(m_selection->visibleToMs(), m_view->visibleToMs());
        // Another view moves the range: the timeline follows.
        m_selection->setVisibleRange(at("2025-01-27"), at("2025-01-28"));
        QCOMPARE(m_view->visibleFromMs(), at("2025-01-27"));
        QCOMPARE(m_view->visibleToMs(), at("2025-01-28"));
    }

    void wheelZoomKeepsTheTimeUnderTheCursor()
    {
        const QPoint cursor(900, 300);
        const std::int64_t before = m_view->msForX(cursor.x());
        const std::int64_t spanBefore = m_view->visibleToMs() - m_view->visibleFromMs();
        wheel(m_view.get(), cursor, 120);
        const std::int64_t spanAfter = m_view->visibleToMs() - m_view->visibleFromMs();
        QVERIFY2(spanAfter < spanBefore * 0.85, "a wheel step up zooms in");
        QVERIFY(std::abs(m_view->msForX(cursor.x()) - before) <= 1);
        wheel(m_view.get(), cursor, -240);
        QVERIFY(m_view->visibleToMs() - m_view->visibleFromMs() > spanBefore);
        QVERIFY(std::abs(m_view->msForX(cursor.x()) - before) <= 1);
        QCOMPARE(m_selection->visibleFromMs(), m_view->visibleFromMs());
    }

    void dragPans()
    {
        const std::int64_t from = m_view->visibleFromMs();
        const std::int64_t msPerPx = m_view->msForX(1001) - m_view->msForX(1000);
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(900, 600));
        QTest::mouseMove(m_view.get(), QPoint(800, 600));
        QTest::mouseMove(m_view.get(), QPoint(700, 600));
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(700, 600));
        QVERIFY(std::abs(m_view->visibleFromMs() - (from + 200 * msPerPx)) <= msPerPx);
        QVERIFY(m_selection->currentEvent().isEmpty()); // a drag is not a click
    }

    void arrowKeysWalkTheEventsInTimeOrder()
    {
        QList<Event> sorted = m_episode.events;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const Event &a, const Event &b) { return a.startMs < b.startMs; });
        QStringList expected;
        for (const Event &e : sorted)
            expected.append(e.uid);

        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QStringList walked{m_selection->currentEvent()};
        for (int i = 1; i < expected.size(); ++i) {
            QTest::keyClick(m_view.get(), Qt::Key_Right);
            walked.append(m_selection->currentEvent());
        }
        QCOMPARE(walked, expected);
        QTest::keyClick(m_view.get(), Qt::Key_Right); // past the last: stays
        QCOMPARE(m_selection->currentEvent(), expected.last());
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QCOMPARE(m_selection->currentEvent(), expected.at(expected.size() - 2));
        QTest::keyClick(m_view.get(), Qt::Key_End);
        QCOMPARE(m_selection->currentEvent(), expected.last());
        QCOMPARE(expected.first(), QStringLiteral("deepseek-r1-release-2025-01-20"));
    }

    void walkingRevealsTheEvent()
    {
        m_view->setVisibleRange(at("2025-01-20"), at("2025-01-21"));
        QTest::keyClick(m_view.get(), Qt::Key_End);
        const auto last = m_view->index().findUid(m_selection->currentEvent());
        QVERIFY(last);
        const std::int64_t selectedStart = m_view->index().entry(*last).startMs;
        QVERIFY(selectedStart >= m_view->visibleFromMs() && selectedStart <= m_view->visibleToMs());
        QCOMPARE(m_view->visibleToMs() - m_view->visibleFromMs(), at("2025-01-21") - at("2025-01-20"));
    }

    void clickingAMarkerSelectsItsEvent()
    {
        m_view->setDisplayZone(QTimeZone("America/New_York"));
        repaint();
        const QString uid = QStringLiteral("altman-deepseek-statement-2025-01-28");
        const auto hit = hitFor(*m_view, uid);
        QVERIFY(hit);
        QSignalSpy changed(m_selection.get(), &EventSelection::currentEventChanged);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, hit->rect.center().toPoint());
        QCOMPARE(m_selection->currentEvent(), uid);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_view->selectedUid(), uid);
        // Screen readers hear what was selected, and when, in the display zone.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_view.get());
        QVERIFY(accessible);
        const QString description = accessible->text(QAccessible::Description);
        QVERIFY2(description.contains(QStringLiteral("Mon 27 Jan 2025 21:29:53 EST")), qPrintable(description));
        QVERIFY(accessible->text(QAccessible::Name).contains(QStringLiteral("Altman")));
        // Clicking empty time clears the selection.
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(m_view->width() - 30, m_view->height() - 5));
        QVERIFY(m_selection->currentEvent().isEmpty());
    }

    void selectionFromElsewhereIsShown()
    {
        const QString uid = QStringLiteral("stargate-announcement-2025-01-21");
        m_selection->setCurrentEvent(uid);
        QCOMPARE(m_view->selectedUid(), uid);
        QSignalSpy activated(m_view.get(), &TimelineView::eventActivated);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), uid);
        repaint();
        const auto hit = hitFor(*m_view, uid);
        QVERIFY(hit);
        QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, hit->rect.center().toPoint());
        QCOMPARE(activated.size(), 2);
    }

    void aDenseClusterShowsItsCountAndOpensOnZoom()
    {
        // Twelve deals within eleven minutes of one afternoon: at the episode's zoom they share
        // a pixel or two.
        QList<Event> events = m_episode.events;
        for (int i = 0; i < 12; ++i) {
            Event deal;
            deal.uid = QStringLiteral("deal-%1").arg(i);
            deal.title = QStringLiteral("Deal number %1").arg(i);
            deal.kind = EventKind::Deal;
            deal.startMs = at("2025-01-23T15:00:00Z") + i * 60'000;
            deal.tz = QStringLiteral("UTC");
            events.append(deal);
        }
        m_view->setEvents(events, m_episode.eras, actorNames(m_episode));
        repaint();
        QList<TimelineHit> badges;
        for (const TimelineHit &hit : m_view->painter().hits())
            if (hit.type == TimelineHit::Badge)
                badges.append(hit);
        const auto cluster = std::find_if(badges.begin(), badges.end(), [&](const TimelineHit &hit) {
            return m_view->index().uid(hit.entry).startsWith(QStringLiteral("deal-"));
        });
        QVERIFY(cluster != badges.end());
        QCOMPARE(cluster->count, 12u);
        QCOMPARE(cluster->members.size(), std::size_t(12));
        // The badge is painted: its pixels differ from the lane background around it.
        const QImage frame = m_view->grab().toImage();
        const QPoint inside = cluster->rect.center().toPoint();
        QVERIFY(frame.pixelColor(inside) != frame.pixelColor(inside + QPoint(0, 40)));
        // Clicking it zooms onto the eleven minutes.
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, inside);
        QVERIFY(m_view->visibleFromMs() <= at("2025-01-23T15:00:00Z"));
        QVERIFY(m_view->visibleToMs() >= at("2025-01-23T15:11:00Z"));
        QVERIFY(m_view->visibleToMs() - m_view->visibleFromMs() < 3600'000);
        repaint();
        int labelled = 0;
        for (const TimelineHit &hit : m_view->painter().hits())
            if (hit.type == TimelineHit::Event && m_view->index().uid(hit.entry).startsWith(QStringLiteral("deal-")))
                ++labelled;
        QVERIFY2(labelled >= 12, "zoomed in, the deals have their own markers");
    }

    // As the window first shows the episode: times in New York, the quotes known.
    void showAsTheWindowDoes(QSize size)
    {
        m_view->setDisplayZone(QTimeZone("America/New_York"));
        m_view->setFirstQuotes(firstQuotes(m_episode));
        m_view->resize(size);
        m_view->showAll();
        repaint();
    }

    void badgesStandAtTheEventsTheyCount_data() { windowSizes(); }
    void badgesStandAtTheEventsTheyCount()
    {
        QFETCH(QSize, size);
        showAsTheWindowDoes(size);
        int badges = 0;
        for (const TimelineHit &hit : m_view->painter().hits()) {
            if (hit.type != TimelineHit::Badge)
                continue;
            ++badges;
            QCOMPARE(hit.members.size(), std::size_t(hit.count));
            for (std::uint32_t member : hit.members) {
                const auto x = markerX(*m_view, member);
                QVERIFY(x);
                QVERIFY2(*x >= hit.rect.left() - 16 && *x <= hit.rect.right() + 16,
                         qPrintable(QStringLiteral("a badge at %1–%2 counts %3, at %4")
                                        .arg(hit.rect.left()).arg(hit.rect.right())
                                        .arg(m_view->index().uid(member)).arg(*x)));
            }
        }
        QVERIFY(badges >= 1); // the 27 January statements, at least, share a spot
    }

    void theEpisodesKeyEventsAreLabelled_data() { windowSizes(); }
    void theEpisodesKeyEventsAreLabelled()
    {
        QFETCH(QSize, size);
        showAsTheWindowDoes(size);
        for (const QString &uid : kKeyEvents) {
            const auto entry = m_view->index().findUid(uid);
            QVERIFY2(entry, qPrintable(uid));
            const auto label = labelFor(*m_view, uid);
            QVERIFY2(label, qPrintable(uid + QStringLiteral(" has no label")));
            QVERIFY2(readable(label->text, m_view->index().title(*entry)),
                     qPrintable(uid + QStringLiteral(" reads “%1”").arg(label->text)));
            // The label is on screen, in the time area.
            QVERIFY(m_view->painter().timeArea().contains(label->rect.topLeft()));
        }
    }

    void theSelectedEventIsAlwaysLabelled_data() { windowSizes(); }
    void theSelectedEventIsAlwaysLabelled()
    {
        QFETCH(QSize, size);
        showAsTheWindowDoes(size);
        for (const Event &event : m_episode.events) {
            m_selection->setCurrentEvent(event.uid);
            repaint();
            const auto label = labelFor(*m_view, event.uid);
            QVERIFY2(label, qPrintable(event.uid + QStringLiteral(" selected has no label")));
            QVERIFY2(readable(label->text, event.title, 10), qPrintable(event.uid + QStringLiteral(" reads “%1”").arg(label->text)));
        }
    }

    // Enter opens the selected event's source in the window; the keys stay with the timeline, so
    // that Esc, Home and the arrows go on working there. Keys go where the focus is, as a user's do.
    void enterShowsTheSourceAndTheKeysStayOnTheTimeline()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
        FileStore store(dir.filePath(QStringLiteral("bundled.tickerline")));
        installBundledDataset(store);
        MainWindow window(store);
        window.resize(1360, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelineView *view = window.timelineArea()->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        const auto press = [](Qt::Key key) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, key);
        };
        press(Qt::Key_Home);
        const QString first = window.selection()->currentEvent();
        QCOMPARE(first, view->index().uid(0));
        press(Qt::Key_Right);
        const QString second = window.selection()->currentEvent();
        QCOMPARE(second, view->index().uid(1));
        press(Qt::Key_Return);
        QTRY_VERIFY(window.sourceDock()->isVisible());
        QVERIFY(window.sourceDeck()->currentPane());
        QTRY_VERIFY(!window.sourceDeck()->currentPane()->sourceUid().isEmpty());
        QTest::qWait(20); // a turn of the event loop, for anything that would take the focus later
        QVERIFY2(view->hasFocus(), qPrintable(QStringLiteral("the focus is on %1")
                                                  .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("nothing"))));
        QCOMPARE(window.selection()->currentEvent(), second);
        press(Qt::Key_Escape);
        QVERIFY(window.selection()->currentEvent().isEmpty());
        press(Qt::Key_End);
        QCOMPARE(window.selection()->currentEvent(), view->index().uid(std::uint32_t(view->index().size() - 1)));
        press(Qt::Key_Home);
        QCOMPARE(window.selection()->currentEvent(), first);
        press(Qt::Key_Right);
        QCOMPARE(window.selection()->currentEvent(), second);
        press(Qt::Key_Left);
        QCOMPARE(window.selection()->currentEvent(), first);
    }

    void axisLabelsAtEachZoomInTwoZones_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("contains");
        QTest::addColumn<QStringList>("lacks");
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out.append(QString::fromLatin1(item));
            return out;
        };
        QTest::newRow("hours, New York") << QByteArray("America/New_York") << QStringLiteral("2025-03-09T04:30:00Z")
                                         << QStringLiteral("2025-03-09T13:30:00Z")
                                         << list({"00:00", "01:00", "03:00", "08:00"}) << list({"02:00"});
        QTest::newRow("hours, UTC") << QByteArray("UTC") << QStringLiteral("2025-03-09T04:30:00Z")
                                    << QStringLiteral("2025-03-09T13:30:00Z")
                                    << list({"05:00", "06:00", "07:00", "13:00"}) << list({"03:00"});
        QTest::newRow("days, New York") << QByteArray("America/New_York") << QStringLiteral("2025-03-04T12:00:00Z")
                                        << QStringLiteral("2025-03-14T12:00:00Z")
                                        << list({"Fri 7", "Sat 8", "Sun 9", "Mon 10", "Fri 14"}) << list({"Tue 4", "00:00"});
        QTest::newRow("days, UTC") << QByteArray("UTC") << QStringLiteral("2025-03-04T12:00:00Z")
                                   << QStringLiteral("2025-03-14T12:00:00Z")
                                   << list({"Fri 7", "Sun 9", "Mon 10", "Fri 14"}) << list({"Tue 4", "00:00"});
        QTest::newRow("months, New York") << QByteArray("America/New_York") << QStringLiteral("2024-10-15")
                                          << QStringLiteral("2025-05-15")
                                          << list({"Nov", "Dec", "Jan", "Mar", "Apr", "May"}) << list({"Oct"});
        QTest::newRow("years, UTC") << QByteArray("UTC") << QStringLiteral("2005-06-01") << QStringLiteral("2025-06-01")
                                    << list({"2010", "2020"}) << list({"2005"});
    }

    void axisLabelsAtEachZoomInTwoZones()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, lacks);
        m_view->setDisplayZone(QTimeZone(zone));
        m_view->setVisibleRange(parseIsoTime(from)->ms, parseIsoTime(to)->ms);
        repaint();
        const QStringList labels = m_view->painter().axisLabels();
        for (const QString &label : contains)
            QVERIFY2(labels.contains(label), qPrintable(label + QStringLiteral(" not in ") + labels.join(QLatin1Char(','))));
        for (const QString &label : lacks)
            QVERIFY2(!labels.contains(label), qPrintable(label + QStringLiteral(" in ") + labels.join(QLatin1Char(','))));
    }

    void hourTicksStayEvenAcrossTheDstChange()
    {
        m_view->setDisplayZone(QTimeZone("America/New_York"));
        m_view->setVisibleRange(at("2025-03-09T04:30:00Z"), at("2025-03-09T13:30:00Z"));
        repaint();
        // On screen, 01:00 and 03:00 New York time are one hour apart, like 00:00 and 01:00.
        const double hour = m_view->xForMs(at("2025-03-09T06:00:00Z")) - m_view->xForMs(at("2025-03-09T05:00:00Z"));
        const double across = m_view->xForMs(at("2025-03-09T07:00:00Z")) - m_view->xForMs(at("2025-03-09T06:00:00Z"));
        QCOMPARE(qRound(hour), qRound(across));
        QVERIFY(m_view->painter().contextLabels().contains(QStringLiteral("Sun 9 Mar 2025")));
    }

    void emptyRangeSaysSo()
    {
        m_view->setVisibleRange(at("2025-03-01"), at("2025-03-02"));
        repaint();
        for (const TimelineHit &hit : m_view->painter().hits())
            QVERIFY(hit.type == TimelineHit::None);
        QVERIFY(m_view->painter().hits().empty());
        // Home brings the first event back into view.
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        repaint();
        QVERIFY(!m_view->painter().hits().empty());
    }

    // Six lanes need more height than a short view has: the lanes scroll (scroll bar, Page
    // Up/Down, the wheel over the lane names), events under the axis cannot be clicked, and an
    // event selected elsewhere brings its lane into view.
    void lanesScrollWhenTheyDoNotFit()
    {
        const QString other = QStringLiteral("deepseek-app-store-top-2025-01-26"); // the last lane's
        m_view->resize(1400, 300);
        repaint();
        QScrollBar *bar = m_view->laneScrollBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->value(), 0);
        QVERIFY(!hitFor(*m_view, other));

        QTest::keyClick(m_view.get(), Qt::Key_PageDown);
        QVERIFY(bar->value() > 0);
        repaint();
        const auto hit = hitFor(*m_view, other);
        QVERIFY(hit);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, hit->rect.center().toPoint());
        QCOMPARE(m_selection->currentEvent(), other);
        for (const TimelineHit &h : m_view->painter().hits())
            QVERIFY(h.rect.bottom() > TimelinePainter::kAxisHeight);

        QTest::keyClick(m_view.get(), Qt::Key_PageUp);
        QCOMPARE(bar->value(), 0);
        const std::int64_t from = m_view->visibleFromMs(), to = m_view->visibleToMs();
        wheel(m_view.get(), QPoint(40, 200), -120); // over the lane names: scrolls, does not zoom
        QVERIFY(bar->value() > 0);
        QCOMPARE(m_view->visibleFromMs(), from);
        QCOMPARE(m_view->visibleToMs(), to);

        bar->setValue(0);
        m_selection->setCurrentEvent(QStringLiteral("market-selloff-2025-01-27"));
        m_selection->setCurrentEvent(other);
        QCOMPARE(bar->value(), bar->maximum()); // the last lane, revealed

        m_view->resize(1400, 700); // room for every lane: no scrolling
        QVERIFY(!bar->isVisible());
    }

    // A lane scrolled half out of view is cut at the lanes' top: nothing of it is drawn over
    // the eras' strip or the axis above.
    void scrolledLanesStayUnderTheEras()
    {
        QVERIFY(!m_episode.eras.isEmpty());
        m_view->resize(1400, 300);
        repaint();
        QScrollBar *bar = m_view->laneScrollBar();
        QVERIFY(bar->isVisible());
        const QRect above(TimelinePainter::kGutter, 0,
                          m_view->width() - TimelinePainter::kGutter - TimelinePainter::kRightMargin,
                          TimelinePainter::kAxisHeight + TimelinePainter::kEraStrip);
        const QImage unscrolled = m_view->grab().toImage().copy(above);
        bar->setValue(15); // the first lane's markers now reach up into the strip's rows
        repaint();
        const QImage scrolled = m_view->grab().toImage().copy(above);
        QCOMPARE(scrolled, unscrolled);
    }

    void lanesByActorAndEventZones()
    {
        m_view->setLaneMode(LaneMode::ByActor);
        QStringList names;
        for (const auto &lane : m_view->index().lanes())
            names.append(lane.name);
        QVERIFY(names.contains(QStringLiteral("Sam Altman")));
        QVERIFY(names.contains(QStringLiteral("DeepSeek")));
        m_view->setEventZoneMode();
        m_selection->setCurrentEvent(QStringLiteral("altman-deepseek-statement-2025-01-28"));
        // Altman posted from San Francisco: his own zone says Monday evening.
        QVERIFY2(m_view->accessibleDescription().contains(QStringLiteral("Mon 27 Jan 2025 18:29:53 PST")),
                 qPrintable(m_view->accessibleDescription()));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
