// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/collationranks.h"
#include "models/eventsortkeys.h"
#include "timeline/timelineindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace tickerline;

namespace {

// Titles as analysts write them: case and punctuation variants, accents, Chinese, digits, the
// empty title, and the letter pairs some languages sort as one letter (Czech "ch", Danish "aa").
const QStringList &phrases()
{
    static const QStringList list{
        QString(),
        QStringLiteral("Nvidia"), QStringLiteral("nvidia"), QStringLiteral("NVIDIA"), QStringLiteral("Nvidia's"),
        QStringLiteral("Nvidia-led"), QStringLiteral("Nvidia led"), QStringLiteral("selloff"),
        QStringLiteral("sell-off"), QStringLiteral("Sell off"), QStringLiteral("capex"), QStringLiteral("DeepSeek"),
        QStringLiteral("Deepseek R1"), QStringLiteral("R1"), QStringLiteral("r2"), QStringLiteral("$19 billion"),
        QStringLiteral("19"), QStringLiteral("2025-01-27"), QStringLiteral("(update)"), QStringLiteral("“quoted”"),
        QStringLiteral("Société Générale"), QStringLiteral("societe generale"), QStringLiteral("Øresund"),
        QStringLiteral("Zürich"), QStringLiteral("Zurich"), QStringLiteral("Ångström"), QStringLiteral("Aachen"),
        QStringLiteral("Århus"), QStringLiteral("chips"), QStringLiteral("Chips"), QStringLiteral("cena"),
        QStringLiteral("hrad"), QStringLiteral("Ćevapi"), QStringLiteral("straße"), QStringLiteral("strasse"),
        QStringLiteral("英伟达"), QStringLiteral("深度求索"), QStringLiteral("深度求索 R1"), QStringLiteral("华为"),
        QStringLiteral("阿里巴巴"), QStringLiteral("Alibaba 阿里"), QStringLiteral("Ελλάδα"), QStringLiteral("Россия"),
        QStringLiteral("tab\there"), QStringLiteral("  leading spaces"), QStringLiteral("a"), QStringLiteral("A"),
        QStringLiteral("z"), QStringLiteral("~tilde"), QStringLiteral("_under")};
    return list;
}

// A thousand titles of one to four phrases, many of them equal.
QStringList titles()
{
    QRandomGenerator random(5);
    QStringList list = phrases();
    while (list.size() < 1000) {
        QStringList words;
        for (int w = 0, n = 1 + random.bounded(4); w < n; ++w)
            words << phrases()[random.bounded(int(phrases().size()))];
        list << words.join(QLatin1Char(' '));
    }
    std::shuffle(list.begin(), list.end(), std::mt19937(7));
    return list;
}

// What the ranks must give: the collator's order, equal texts in their given order.
std::vector<std::uint32_t> collatorOrder(const QStringList &texts, const QCollator &collator)
{
    std::vector<std::uint32_t> order(std::size_t(texts.size()));
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return collator.compare(texts[a], texts[b]) < 0; });
    return order;
}

std::vector<std::uint32_t> rankedOrder(const QStringList &texts, const QCollator &collator)
{
    std::vector<QByteArray> utf8;
    for (const QString &text : texts)
        utf8.push_back(text.toUtf8());
    std::vector<std::string_view> views;
    for (const QByteArray &text : utf8)
        views.emplace_back(text.constData(), std::size_t(text.size()));
    const std::vector<std::uint32_t> ranks = collationRanks(views, collator);
    std::vector<std::uint32_t> order(ranks.size());
    for (std::uint32_t i = 0; i < ranks.size(); ++i)
        order[ranks[i]] = i;
    return order;
}

QStringList inOrder(const QStringList &texts, const std::vector<std::uint32_t> &order)
{
    QStringList list;
    for (std::uint32_t i : order)
        list << QStringLiteral("%1: %2").arg(i).arg(texts[i]);
    return list;
}

} // namespace

class TestCollationRanks : public QObject
{
    Q_OBJECT

private slots:
    void ranksFollowTheCollator_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("caseless");
        for (const char *name : {"en_US", "de_DE", "fr_FR", "sv_SE", "da_DK", "cs_CZ", "zh_CN", "C"}) {
            QTest::addRow("%s", name) << QString::fromLatin1(name) << true;
            QTest::addRow("%s, case sensitive", name) << QString::fromLatin1(name) << false;
        }
    }

    // On every locale, whether its ASCII tables are exact or not, the ranks order the texts
    // exactly as sorting them with the collator does, ties in their given order.
    void ranksFollowTheCollator()
    {
        QFETCH(QString, locale);
        QFETCH(bool, caseless);
        QCollator collator{QLocale(locale)};
        collator.setCaseSensitivity(caseless ? Qt::CaseInsensitive : Qt::CaseSensitive);
        const QStringList texts = titles();
        QCOMPARE(inOrder(texts, rankedOrder(texts, collator)), inOrder(texts, collatorOrder(texts, collator)));
    }

    void ranksOnlyAsciiAndOnlyOtherTexts()
    {
        const QCollator collator = EventSortKeys::collator(QLocale(QLocale::English, QLocale::UnitedStates));
        QStringList ascii, other;
        for (const QString &text : titles())
            (AsciiCollation::covers(text.toStdString()) ? ascii : other) << text;
        QVERIFY(ascii.size() > 100 && other.size() > 100);
        for (const QStringList *texts : {&ascii, &other})
            QCOMPARE(inOrder(*texts, rankedOrder(*texts, collator)), inOrder(*texts, collatorOrder(*texts, collator)));
        QVERIFY(rankedOrder({}, collator).empty());
    }

    // Enough events for the actors to be ranked on a thread of their own beside the titles: the
    // table sorted by either column follows the collator.
    void sortKeysOfManyEventsFollowTheCollator()
    {
        const QLocale locale(QLocale::German, QLocale::Germany);
        QHash<QString, QString> names;
        QList<Event> events;
        QRandomGenerator random(3);
        for (int i = 0; i < 12'000; ++i) {
            Event event;
            event.uid = QStringLiteral("e%1").arg(i);
            event.title = phrases()[random.bounded(int(phrases().size()))];
            event.startMs = std::int64_t(random.bounded(1000)) * 60'000;
            for (int a = 0; a < random.bounded(3); ++a) {
                const QString name = phrases()[random.bounded(int(phrases().size()))];
                const QString uid = QStringLiteral("actor-%1").arg(qHash(name));
                names.insert(uid, name);
                event.actors << EventActor{uid, QString()};
            }
            events << event;
        }
        const TimelineIndex index = TimelineIndex::fromEvents(events, names);
        const EventSortKeys keys = EventSortKeys::compute(index, locale);
        QCOMPARE(keys.titleRanks.size(), index.size());
        QCOMPARE(keys.actorRanks.size(), index.size());
        std::vector<std::uint32_t> byTitle(index.size()), byActors(index.size());
        for (std::uint32_t entry = 0; entry < index.size(); ++entry) {
            byTitle[keys.titleRanks[entry]] = entry;
            byActors[keys.actorRanks[entry]] = entry;
        }
        const QCollator collator = EventSortKeys::collator(locale);
        const auto firstActor = [&](std::uint32_t entry) {
            const QStringList keys = index.actorKeys(entry);
            return keys.isEmpty() ? QString() : names.value(keys.first());
        };
        for (std::size_t i = 1; i < index.size(); ++i) {
            QVERIFY(collator.compare(QString::fromUtf8(index.titleBytes(byTitle[i - 1])),
                                     QString::fromUtf8(index.titleBytes(byTitle[i]))) <= 0);
            const QString before = firstActor(byActors[i - 1]), after = firstActor(byActors[i]);
            QVERIFY2(before.isEmpty() || (!after.isEmpty() && collator.compare(before, after) <= 0),
                     qPrintable(before + QStringLiteral(" / ") + after));
        }
    }

    // The tables stand in for the collator where its order of ASCII is one weight per character,
    // and refuse where letter pairs sort as one letter.
    void asciiTablesKnowWhereTheyHold()
    {
        QVERIFY(AsciiCollation(QCollator(QLocale(QLocale::English, QLocale::UnitedStates))).isExact());
        QVERIFY(AsciiCollation(EventSortKeys::collator(QLocale(QLocale::Chinese, QLocale::China))).isExact());
        QVERIFY(AsciiCollation(QCollator(QLocale::c())).isExact());
        QVERIFY(!AsciiCollation(QCollator(QLocale(QLocale::Czech, QLocale::CzechRepublic))).isExact()); // "ch"
        QVERIFY(!AsciiCollation(QCollator(QLocale(QLocale::Danish, QLocale::Denmark))).isExact());      // "aa"
        QVERIFY(AsciiCollation::covers("Nvidia's $19 billion (update) ~_"));
        QVERIFY(!AsciiCollation::covers("tab\there"));
        QVERIFY(!AsciiCollation::covers("Zürich"));
    }
};

QTEST_GUILESS_MAIN(TestCollationRanks)
#include "tst_collationranks.moc"
