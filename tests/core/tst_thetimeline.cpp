// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "interophelpers.h"
#include "io/csvreader.h"
#include "io/thetimeline.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using tickerline::testing::find;
using tickerline::testing::ms;

namespace {

QByteArray bytesOf(const char *relative)
{
    return testing::interopBytes(relative);
}

QString errorOf(const QByteArray &xml)
{
    return testing::errorMessageOf([&] { TheTimeline::parse(xml, QStringLiteral("bad.timeline")); });
}

const QByteArray kProlog = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

} // namespace

class TestTheTimeline final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheReleaseHistory()
    {
        const Snapshot s = TheTimeline::parse(bytesOf("thetimelineproj/versions.timeline"),
                                              QStringLiteral("versions.timeline"));
        QCOMPARE(s.events.size(), 59);

        const Event *v020 = find(s, QStringLiteral("Timeline 0.20.0"));
        QVERIFY(v020);
        QCOMPARE(v020->startMs, ms("2013-03-30T11:16:00Z"));
        QVERIFY(!v020->endMs); // start equals end: a point
        QCOMPARE(toString(v020->precision), QStringLiteral("minute"));
        QVERIFY(v020->summary.startsWith(QStringLiteral("Timeline 0.20.0, released on 30 March 2013")));
        QCOMPARE(v020->actors,
                 (QList<EventActor>{{QStringLiteral("category-planned-release"), QStringLiteral("category")}}));

        const Event *v0211 = find(s, QStringLiteral("Timeline 0.21.1"));
        QCOMPARE(v0211->startMs, ms("2013-07-07"));
        QCOMPARE(toString(v0211->precision), QStringLiteral("day"));
        QCOMPARE(v0211->actors.at(0).actor, QStringLiteral("category-correction-release"));

        const Event *v230 = find(s, QStringLiteral("Timeline 2.3.0"));
        QCOMPARE(v230->startMs, ms("2020-10-18T05:36:57Z"));
        QCOMPARE(toString(v230->precision), QStringLiteral("second"));
        // Entities decoded, line breaks of the description kept.
        QVERIFY(v230->summary.contains(QStringLiteral("`Download source <https://jenkins.rickardlindberg.me/")));
        QVERIFY(find(s, QStringLiteral("Timeline 2.2.0"))->summary.startsWith(QStringLiteral("Version 2.2.0\n-----")));

        QCOMPARE(s.actors.size(), 3);
        QCOMPARE(s.actors.at(0).name, QStringLiteral("Planned Release"));
        QCOMPARE(s.actors.at(0).kind, QStringLiteral("category"));
        int planned = 0;
        for (const Event &event : s.events) {
            planned += event.actors.value(0).actor == QLatin1String("category-planned-release");
            QCOMPARE(event.dataset, s.datasets.constFirst().uid);
            QVERIFY(!event.uncertain);
        }
        QCOMPARE(planned, 45);
        QVERIFY(s.datasets.constFirst().uid.startsWith(QStringLiteral("file:versions.timeline:")));

        QTemporaryDir dir;
        FileStore store(dir.filePath(QStringLiteral("t.tickerline")));
        store.importSnapshot(s);
        QCOMPARE(store.events().size(), 59);
    }

    void readsErasSpansFuzzyAndLinks()
    {
        const Snapshot s = TheTimeline::parse(bytesOf("handmade/categories_eras.timeline"),
                                              QStringLiteral("categories_eras.timeline"));
        QCOMPARE(s.events.size(), 2);
        const Event &app = s.events.at(0);
        QCOMPARE(app.title, QStringLiteral("DeepSeek app tops the App Store"));
        QCOMPARE(app.startMs, ms("2025-01-26"));
        QCOMPARE(app.endMs, std::optional<std::int64_t>(ms("2025-01-27")));
        QCOMPARE(toString(app.precision), QStringLiteral("day"));
        QVERIFY(app.uncertain);
        QCOMPARE(app.summary, QStringLiteral("Ranked first & stayed there <for a day>.\n\n"
                                             "Link: https://apps.apple.com/us/charts/iphone"));
        QCOMPARE(app.uid, QStringLiteral("deepseek-app-tops-the-app-store-2025-01-26"));
        QCOMPARE(s.events.at(1).actors.at(0).actor, QStringLiteral("category-models"));
        QCOMPARE(s.eras.size(), 1);
        QCOMPARE(s.eras.at(0).name, QStringLiteral("DeepSeek shock week"));
        QCOMPARE(s.eras.at(0).color, QStringLiteral("#c88000"));
        QCOMPARE(s.eras.at(0).endMs, ms("2025-01-27"));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QTest::newRow("dtd") << kProlog + "<!DOCTYPE timeline [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n"
                                          "<timeline><events><event><text>&x;</text></event></events></timeline>"
                             << "bad.timeline:4: DOCTYPE: DTDs and entity declarations are not accepted in a "
                                ".timeline file";
        QTest::newRow("undeclared entity") << kProlog + "<timeline>\n<events><event><text>&x;</text></event></events>"
                                                        "</timeline>"
                                           << "bad.timeline:3: malformed XML: Entity 'x' not declared.";
        QTest::newRow("malformed") << kProlog + "<timeline>\n<events>\n<event><text>A</event>\n</events></timeline>"
                                   << "bad.timeline:4: malformed XML: Opening and ending tag mismatch.";
        QTest::newRow("truncated") << kProlog + "<timeline>\n<events>\n"
                                   << "bad.timeline:4: malformed XML: Premature end of document.";
        QTest::newRow("other root") << kProlog + "<html><body/></html>"
                                    << "bad.timeline:2: html: not a Timeline file: the root element is <html>, not "
                                       "<timeline>";
        QTest::newRow("year before 1400") << kProlog + "<timeline><events>\n<event>\n<start>1066-10-14 09:00:00</start>"
                                                       "<text>Hastings</text></event></events></timeline>"
                                          << "bad.timeline:4: start: year 1066 is outside 1400–9999";
        QTest::newRow("impossible date") << kProlog + "<timeline><events>\n<event>\n<start>2025-02-30 09:00:00</start>"
                                                      "<text>A</text></event></events></timeline>"
                                         << "bad.timeline:4: start: 2025-02-30 is not a day of the calendar";
        QTest::newRow("end before start")
            << kProlog + "<timeline><events>\n<event>\n<start>2025-02-03 09:00:00</start>\n"
                         "<end>2025-02-01 09:00:00</end><text>A</text></event></events></timeline>"
            << "bad.timeline:5: end: ends before it starts";
        QTest::newRow("no text") << kProlog + "<timeline><events>\n<event>\n<start>2025-02-03 09:00:00</start>"
                                              "</event></events></timeline>"
                                 << "bad.timeline:3: text: empty; every event needs a text";
        QTest::newRow("numeric time") << kProlog + "<timeline>\n<timetype>numtime</timetype></timeline>"
                                      << "bad.timeline:3: timetype: only Gregorian timelines can be imported (this one "
                                         "is \"numtime\")";
        QTest::newRow("bad fuzzy") << kProlog + "<timeline><events>\n<event><start>2025-02-03 09:00:00</start>"
                                                "<text>A</text>\n<fuzzy>perhaps</fuzzy></event></events></timeline>"
                                   << "bad.timeline:4: fuzzy: \"perhaps\" is not True or False";
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        QCOMPARE(errorOf(xml), message);
    }
};

QTEST_GUILESS_MAIN(TestTheTimeline)
#include "tst_thetimeline.moc"
