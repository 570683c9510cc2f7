// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/m4decimator.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tickerline;

namespace {

struct Column
{
    std::size_t first, last, low, high; // indices; low and high the first occurrence of the extreme
};

// The brute-force reference: every column's first, last, lowest and highest point by a full scan,
// with the same column edges as the decimator (the last column closed at xTo).
std::vector<std::optional<Column>> referenceColumns(const std::vector<double> &xs, const std::vector<double> &ys,
                                                    double xFrom, double xTo, int columns)
{
    std::vector<std::optional<Column>> out(static_cast<std::size_t>(columns));
    const double width = (xTo - xFrom) / columns;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (xs[i] < xFrom || xs[i] > xTo)
            continue;
        int c = 0;
        while (c + 1 < columns && xs[i] >= xFrom + width * (c + 1))
            ++c;
        auto &col = out[std::size_t(c)];
        if (!col) {
            col = Column{i, i, i, i};
            continue;
        }
        col->last = i;
        if (ys[i] < ys[col->low])
            col->low = i;
        if (ys[i] > ys[col->high])
            col->high = i;
    }
    return out;
}

void checkAgainstReference(const std::vector<double> &xs, const std::vector<double> &ys, double xFrom, double xTo,
                           int columns)
{
    const M4Decimator decimator(xs, ys);
    const std::vector<QPointF> points = decimator.decimate(xFrom, xTo, columns);
    QVERIFY2(points.size() <= std::size_t(columns) * 4,
             qPrintable(QStringLiteral("%1 points for %2 columns").arg(points.size()).arg(columns)));
    QVERIFY(std::is_sorted(points.begin(), points.end(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    const auto point = [&](std::size_t i) { return QPointF(xs[i], ys[i]); };
    const auto contains = [&](const QPointF &p) {
        return std::find_if(points.begin(), points.end(), [&](const QPointF &q) {
                   return q.x() == p.x() && q.y() == p.y();
               }) != points.end();
    };
    const auto reference = referenceColumns(xs, ys, xFrom, xTo, columns);
    // What M4 keeps, and nothing else: each column's first, lowest, highest and last point once
    // (fewer when they coincide), in order; every point when there are no more than 4 × columns.
    std::vector<QPointF> expected;
    std::size_t inRange = 0;
    for (std::size_t c = 0; c < reference.size(); ++c) {
        if (!reference[c])
            continue;
        const Column &col = *reference[c];
        QVERIFY2(contains(point(col.first)), qPrintable(QStringLiteral("column %1 lost its first point").arg(c)));
        QVERIFY2(contains(point(col.last)), qPrintable(QStringLiteral("column %1 lost its last point").arg(c)));
        QVERIFY2(contains(point(col.low)), qPrintable(QStringLiteral("column %1 lost its minimum %2 at x %3")
                                                          .arg(c).arg(ys[col.low]).arg(xs[col.low])));
        QVERIFY2(contains(point(col.high)), qPrintable(QStringLiteral("column %1 lost its maximum %2 at x %3")
                                                           .arg(c).arg(ys[col.high]).arg(xs[col.high])));
        std::size_t picks[4] = {col.first, col.low, col.high, col.last};
        std::sort(picks, picks + 4);
        for (int k = 0; k < 4; ++k) {
            if (k == 0 || picks[k] != picks[k - 1])
                expected.push_back(point(picks[k]));
        }
        inRange += col.last - col.first + 1;
    }
    if (inRange <= std::size_t(columns) * 4) {
        expected.clear();
        for (std::size_t i = 0; i < xs.size(); ++i) {
            if (xs[i] >= xFrom && xs[i] <= xTo)
                expected.push_back(point(i));
        }
    }
    QCOMPARE(points.size(), expected.size());
    QCOMPARE(points, expected);
    for (const QPointF &p : points)
        QVERIFY(p.x() >= xFrom && p.x() <= xTo);
}

} // namespace

class TestM4Decimator final : public QObject
{
    Q_OBJECT

private slots:
    void randomWalk_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("columns");
        QTest::addColumn<double>("fromFraction");
        QTest::addColumn<double>("toFraction");
        QTest::newRow("100k over 640, whole") << 100'000 << 640 << 0.0 << 1.0;
        QTest::newRow("100k over 1920, zoomed") << 100'000 << 1920 << 0.3137 << 0.4211;
        QTest::newRow("1M over 800, narrow zoom") << 1'000'000 << 800 << 0.5 << 0.5071;
        QTest::newRow("37 over 10") << 37 << 10 << 0.0 << 1.0;
        QTest::newRow("9999 over 7") << 9999 << 7 << 0.01 << 0.99;
    }
    void randomWalk()
    {
        QFETCH(int, count);
        QFETCH(int, columns);
        QFETCH(double, fromFraction);
        QFETCH(double, toFraction);
        QRandomGenerator random(20250127);
        std::vector<double> xs, ys;
        double x = 0, y = 100;
        for (int i = 0; i < count; ++i) {
            x += 0.5 + random.generateDouble() * 3.0; // unevenly spaced
            y += random.generateDouble() - 0.5;
            xs.push_back(x);
            ys.push_back(y);
        }
        checkAgainstReference(xs, ys, x * fromFraction, x * toFraction, columns);
    }

    void adversarial_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("flat") << QStringLiteral("flat");
        QTest::newRow("single spikes") << QStringLiteral("spikes");
        QTest::newRow("sawtooth") << QStringLiteral("sawtooth");
        QTest::newRow("clustered x") << QStringLiteral("clustered");
        QTest::newRow("repeated x") << QStringLiteral("repeated");
    }
    void adversarial()
    {
        QFETCH(QString, shape);
        const int n = 50'003;
        std::vector<double> xs, ys;
        QRandomGenerator random(7);
        for (int i = 0; i < n; ++i) {
            double x = i, y = 1.0;
            if (shape == QLatin1String("spikes"))
                y = (i % 997 == 0) ? 1e9 : (i % 1009 == 0 ? -1e9 : 0.0);
            else if (shape == QLatin1String("sawtooth"))
                y = i % 3;
            else if (shape == QLatin1String("clustered"))
                x = (i / 1000) * 1e6 + (i % 1000) * 1e-3; // dense bursts with wide gaps: most columns empty
            else if (shape == QLatin1String("repeated"))
                x = i / 50, y = random.bounded(100);
            xs.push_back(x);
            ys.push_back(y);
        }
        checkAgainstReference(xs, ys, xs.front(), xs.back(), 1000);
        checkAgainstReference(xs, ys, xs[n / 3], xs[n / 2], 333);
    }

    void shortSeriesPassesThrough()
    {
        const M4Decimator decimator({1, 2, 3, 4, 5}, {5, 1, 4, 2, 3});
        const auto points = decimator.decimate(2, 4, 1);
        QCOMPARE(points.size(), std::size_t(3));
        QCOMPARE(points[0], QPointF(2, 1));
        QCOMPARE(points[2], QPointF(4, 2));
        QVERIFY(decimator.decimate(10, 20, 100).empty());
    }

    void nonFinitePointsAreDropped()
    {
        const M4Decimator decimator({1, 2, 3}, {1, std::nan(""), 3});
        QCOMPARE(decimator.size(), std::size_t(2));
    }

    void minMaxIndexMatchesScan()
    {
        QRandomGenerator random(3);
        std::vector<double> xs, ys;
        for (int i = 0; i < 5000; ++i) {
            xs.push_back(i);
            ys.push_back(random.bounded(50)); // many ties: the first occurrence must win
        }
        const M4Decimator decimator(xs, ys);
        for (int trial = 0; trial < 2000; ++trial) {
            const std::size_t a = random.bounded(5000), b = random.bounded(5000);
            const std::size_t begin = std::min(a, b), end = std::max(a, b) + 1;
            const auto [lo, hi] = decimator.minMaxIndex(begin, end);
            const auto minIt = std::min_element(ys.begin() + std::ptrdiff_t(begin), ys.begin() + std::ptrdiff_t(end));
            const auto maxIt = std::max_element(ys.begin() + std::ptrdiff_t(begin), ys.begin() + std::ptrdiff_t(end));
            QCOMPARE(lo, std::size_t(minIt - ys.begin()));
            QCOMPARE(hi, std::size_t(maxIt - ys.begin()));
        }
        double low = 0, high = 0;
        QVERIFY(decimator.yRange(100, 4000, &low, &high));
        QCOMPARE(low, *std::min_element(ys.begin() + 100, ys.begin() + 4001));
        QCOMPARE(high, *std::max_element(ys.begin() + 100, ys.begin() + 4001));
    }
};

QTEST_GUILESS_MAIN(TestM4Decimator)
#include "tst_m4decimator.moc"
