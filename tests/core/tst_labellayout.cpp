// SPDX-License-Identifier: GPL-3.0-or-later
// LabelLayout: timeline labels never overlap; what cannot be labelled is counted by a badge.

#include "timeline/labellayout.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tickerline;

class TestLabelLayout : public QObject
{
    Q_OBJECT

private:
    static double markerOf(const LabelItem &item) { return std::isnan(item.marker) ? item.x : item.marker; }

    static bool labelled(const std::vector<LabelGroup> &groups, std::uint32_t item)
    {
        return std::any_of(groups.begin(), groups.end(),
                           [item](const LabelGroup &g) { return !g.isBadge() && g.first == item; });
    }

    // Nothing overlaps in a row, every item is in one group, and a badge stands at (or spans)
    // the events it counts: each member's marker lies within a gap of the badge.
    static void checkGroups(const std::vector<LabelItem> &items, const std::vector<LabelGroup> &groups, int rows)
    {
        std::vector<int> seen(items.size(), 0);
        for (std::size_t a = 0; a < groups.size(); ++a) {
            const LabelGroup &g = groups[a];
            QVERIFY(g.row >= 0 && g.row < rows);
            QCOMPARE(g.count, std::uint32_t(g.members.size()));
            QCOMPARE(g.first, g.members.front());
            QVERIFY(g.isBadge() || g.count == 1);
            for (std::uint32_t m : g.members) {
                ++seen[m];
                if (g.isBadge()) {
                    const double marker = markerOf(items[m]);
                    QVERIFY2(marker >= g.x - 6 && marker <= g.right + 14,
                             qPrintable(QStringLiteral("badge %1–%2 counts an item at %3").arg(g.x).arg(g.right).arg(marker)));
                }
            }
            for (std::size_t b = a + 1; b < groups.size(); ++b)
                if (g.row == groups[b].row)
                    QVERIFY2(g.right < groups[b].x || groups[b].right < g.x,
                             qPrintable(QStringLiteral("groups %1 and %2 overlap").arg(a).arg(b)));
        }
        for (std::size_t i = 0; i < items.size(); ++i)
            QVERIFY2(seen[i] == 1, qPrintable(QStringLiteral("item %1 counted %2 times").arg(i).arg(seen[i])));
    }

private slots:
    void spacedItemsAreAllLabelled()
    {
        const std::vector<LabelItem> items{{0, 100, 0}, {200, 100, 1}, {400, 100, 2}};
        const auto groups = LabelLayout(2).place(items);
        QCOMPARE(groups.size(), std::size_t(3));
        for (const LabelGroup &g : groups) {
            QCOMPARE(g.count, 1u);
            QCOMPARE(g.row, 0);
        }
    }

    void closeItemsUseTheNextRow()
    {
        const std::vector<LabelItem> items{{0, 100, 0}, {50, 100, 1}, {120, 100, 2}};
        const auto groups = LabelLayout(2).place(items);
        QCOMPARE(groups.size(), std::size_t(3));
        QCOMPARE(groups[0].row, 0);
        QCOMPARE(groups[1].row, 1);
        QCOMPARE(groups[2].row, 0);
    }

    void aDenseClusterIsOneBadge()
    {
        // Twelve events within three pixels, then one far away.
        std::vector<LabelItem> items;
        for (std::uint32_t i = 0; i < 12; ++i)
            items.push_back({300 + i * 0.25, 140, i});
        items.push_back({900, 80, 12});
        const auto groups = LabelLayout(2).place(items);
        QCOMPARE(groups.size(), std::size_t(2));
        QVERIFY(groups[0].isBadge());
        QCOMPARE(groups[0].count, 12u);
        QCOMPARE(groups[0].first, 0u);
        QVERIFY(!groups[1].isBadge());
        QCOMPARE(groups[1].first, 12u);
    }

    // The bundled episode's Altman lane at the default size: the post of 20 January, Meta's
    // day-band 260 px later, three events of 27–28 January close together. Before, Meta joined the
    // post's group and a "2" stood under 20 January; a badge must stand at its own events.
    void aBadgeStandsAtTheEventsItCounts()
    {
        std::vector<LabelItem> items{{0, 290, 0}, {260, 330, 1}, {470, 300, 2}, {470, 380, 3}, {530, 350, 4}};
        items[0].priority = items[4].priority = 3; // the two posts the episode is about
        for (int rows = 1; rows <= 3; ++rows) {
            const auto groups = LabelLayout(rows).place(items);
            checkGroups(items, groups, rows);
            // The post keeps a (shortened) label and so does Meta: each has room for a readable one.
            QVERIFY(labelled(groups, 0));
            QVERIFY(labelled(groups, 1));
            QVERIFY(labelled(groups, 4));
        }
    }

    void importantItemsAreLabelledFirst()
    {
        // Three events at one spot, one row: the important one keeps its label, whatever the order.
        for (std::uint32_t important = 0; important < 3; ++important) {
            std::vector<LabelItem> items{{400, 200, 0}, {400, 200, 1}, {401, 200, 2}};
            items[important].priority = 5;
            const auto groups = LabelLayout(1).place(items);
            checkGroups(items, groups, 1);
            QVERIFY2(labelled(groups, important), qPrintable(QString::number(important)));
        }
        // A selected label is not cut down to nothing by the events that follow it.
        std::vector<LabelItem> items{{0, 300, 0}, {20, 200, 1}, {40, 200, 2}, {60, 200, 3}};
        items[0].priority = 10;
        items[0].minWidth = 200;
        const auto groups = LabelLayout(1).place(items);
        checkGroups(items, groups, 1);
        for (const LabelGroup &g : groups)
            if (!g.isBadge() && g.first == 0)
                QVERIFY(g.right - g.x >= 200);
    }

    void nothingOverlapsAndEveryItemIsCounted_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("priorities");
        for (int rows = 1; rows <= 4; ++rows) {
            QTest::addRow("%d rows", rows) << rows << false;
            QTest::addRow("%d rows, priorities", rows) << rows << true;
        }
    }

    void nothingOverlapsAndEveryItemIsCounted()
    {
        QFETCH(int, rows);
        QFETCH(bool, priorities);
        QRandomGenerator random(7 + quint32(rows));
        std::vector<LabelItem> items;
        double x = 0;
        for (std::uint32_t i = 0; i < 2000; ++i) {
            x += random.bounded(60.0);
            LabelItem item{x, 20 + random.bounded(200.0), i};
            if (priorities && random.bounded(8) == 0)
                item.priority = 1 + random.bounded(3);
            // Near a right edge a label ends at its marker.
            if (random.bounded(20) == 0)
                item.marker = x + random.bounded(40.0);
            items.push_back(item);
        }
        std::stable_sort(items.begin(), items.end(), [](const LabelItem &a, const LabelItem &b) { return a.x < b.x; });
        const auto groups = LabelLayout(rows).place(items);
        checkGroups(items, groups, rows);
    }
};

QTEST_GUILESS_MAIN(TestLabelLayout)
#include "tst_labellayout.moc"
