// SPDX-License-Identifier: GPL-3.0-or-later
// LabelLayout: timeline labels never overlap; what cannot be labelled is counted by a badge.

#include "timeline/labellayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tickerline;

class TestLabelLayout : public QObject
{
    Q_OBJECT

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

    void nothingOverlapsAndEveryItemIsCounted()
    {
        QRandomGenerator random(7);
        std::vector<LabelItem> items;
        double x = 0;
        for (std::uint32_t i = 0; i < 2000; ++i) {
            x += random.bounded(60.0);
            items.push_back({x, 20 + random.bounded(200.0), i});
        }
        const auto groups = LabelLayout(3).place(items);
        std::uint32_t counted = 0;
        for (std::size_t a = 0; a < groups.size(); ++a) {
            counted += groups[a].count;
            for (std::size_t b = a + 1; b < groups.size(); ++b)
                if (groups[a].row == groups[b].row)
                    QVERIFY2(groups[a].right < groups[b].x || groups[b].right < groups[a].x,
                             qPrintable(QStringLiteral("groups %1 and %2 overlap").arg(a).arg(b)));
        }
        QCOMPARE(counted, 2000u);
    }
};

QTEST_GUILESS_MAIN(TestLabelLayout)
#include "tst_labellayout.moc"
