// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/characterreference.h"
#include "io/characterreferencetable.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <iterator>

using namespace tickerline;

namespace {

QString ucs4(std::initializer_list<char32_t> points)
{
    return QString::fromUcs4(std::data(points), qsizetype(points.size()));
}

} // namespace

class TestCharacterReference final : public QObject
{
    Q_OBJECT

private slots:
    void tableHoldsAllOfHtml5()
    {
        QCOMPARE(CharacterReference::namedCount(), 2231);
        // The lookup is a binary search: the generated table must be in strcmp order, without repeats.
        const auto *begin = std::begin(kNamedCharacterReferences);
        const auto *end = std::end(kNamedCharacterReferences);
        QVERIFY(std::adjacent_find(
                    begin, end, [](const auto &a, const auto &b) { return std::strcmp(a.name, b.name) >= 0; }) == end);
        // HTML5 lists 2,125 names with ';' and 106 legacy ones that also work without it.
        const auto terminated =
            std::count_if(begin, end, [](const auto &entry) { return entry.name[std::strlen(entry.name) - 1] == ';'; });
        QCOMPARE(terminated, 2125);
        // The first and the last entry: no name was lost at either end.
        QCOMPARE(QLatin1String(begin->name), QLatin1String("AElig"));
        QCOMPARE(QLatin1String((end - 1)->name), QLatin1String("zwnj;"));
    }

    void decode_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<std::optional<QString>>("expected");
        const auto row = [](const char *reference, std::optional<QString> expected) {
            QTest::newRow(reference) << QString::fromLatin1(reference) << expected;
        };
        row("&amp;", QStringLiteral("&"));
        row("&AMP;", QStringLiteral("&"));
        row("&CounterClockwiseContourIntegral;", ucs4({0x2233}));
        row("&NotNestedGreaterGreater;", ucs4({0x2AA2, 0x0338}));
        row("&Afr;", ucs4({0x1D504})); // outside the BMP: a surrogate pair
        row("&zwnj;", ucs4({0x200C}));
        row("&AElig;", QStringLiteral("\u00C6"));
        row("&Amp;", std::nullopt); // names are case-sensitive
        row("&bogus;", std::nullopt);
        row("&amp", std::nullopt); // a whole reference ends with ';'
        row("amp;", std::nullopt);
        row("&;", std::nullopt);
        row("&#8212;", QStringLiteral("\u2014"));
        row("&#x1F4C8;", ucs4({0x1F4C8}));
        row("&#X1f4c8;", ucs4({0x1F4C8}));
        row("&#0;", QStringLiteral("\uFFFD"));
        row("&#x80;", QStringLiteral("\u20AC"));
        row("&#128;", QStringLiteral("\u20AC"));
        row("&#x9F;", QStringLiteral("\u0178"));
        row("&#x81;", QStringLiteral("\u0081")); // unassigned in windows-1252: kept
        row("&#xD800;", QStringLiteral("\uFFFD"));
        row("&#x10FFFF;", ucs4({0x10FFFF}));
        row("&#x110000;", QStringLiteral("\uFFFD"));
        row("&#99999999999999999999999;", QStringLiteral("\uFFFD"));
        row("&#;", std::nullopt);
        row("&#x;", std::nullopt);
        row("&#12a;", std::nullopt);
        row("&#xG;", std::nullopt);
    }

    void decode()
    {
        QFETCH(QString, reference);
        QFETCH(std::optional<QString>, expected);
        QCOMPARE(CharacterReference::decode(reference), expected);
    }
};

QTEST_GUILESS_MAIN(TestCharacterReference)
#include "tst_characterreference.moc"
