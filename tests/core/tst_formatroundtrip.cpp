// SPDX-License-Identifier: GPL-3.0-or-later
// Import → export → import through every writable event format of the registry, on the real files
// of other timeline tools, on the bundled episode and on events that use every field: the events
// come back the same in every field the format can carry, and the fields each format cannot carry
// are pinned (a listed field that survives, or an unlisted one that is lost, fails).
#include "imports/formatregistry.h"

#include "interophelpers.h"
#include "io/tickerlinejson.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tickerline;
using namespace tickerline::testing;

namespace {

// What each format cannot carry, by field name (see compareEvents below). This is the list the
// README gives.
struct Carriage
{
    const char *format;
    QSet<QString> lost;
    QString keptRole; // the one actor role the format keeps (TimelineJS group, Timeline category)
};

QSet<QString> fields(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set << QString::fromLatin1(name);
    return set;
}

const QList<Carriage> &carriages()
{
    static const QList<Carriage> list{
        {"events-csv", fields({"actor roles", "era name", "era start", "era end", "era color", "era uid"}), {}},
        {"timelinejs",
         fields({"kind", "uncertain", "tz", "actors", "actor roles", "symbols", "summary spacing", "era uid",
                 "era color"}),
         QStringLiteral("group")},
        {"timelinejs-sheet",
         fields({"uid", "kind", "uncertain", "tz", "actors", "actor roles", "symbols", "summary spacing",
                 "milliseconds", "era uid", "era color"}),
         QStringLiteral("group")},
        {"timeline",
         fields({"uid", "kind", "tz", "actors", "actor roles", "symbols", "milliseconds", "precision", "era uid",
                 "era color"}),
         QStringLiteral("category")},
        {"ics",
         fields({"actors", "actor roles", "symbols", "milliseconds", "era name", "era start", "era end", "era color",
                 "era uid"}),
         {}},
    };
    return list;
}

const FileFormat &format(const char *name)
{
    const FileFormat *found = FormatRegistry::instance().find(QString::fromLatin1(name));
    if (!found)
        qFatal("no format %s", name);
    return *found;
}

QString actorName(const Snapshot &snapshot, const QString &uid)
{
    for (const Actor &actor : snapshot.actors) {
        if (actor.uid == uid)
            return actor.name;
    }
    return uid;
}

// The summary as HTML shows it: runs of white space as one space, paragraphs and lines kept.
QString htmlSpacing(const QString &text)
{
    QStringList paragraphs;
    for (const QString &paragraph : text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString &line : paragraph.split(QLatin1Char('\n'))) {
            if (!line.simplified().isEmpty())
                lines << line.simplified();
        }
        if (!lines.isEmpty())
            paragraphs << lines.join(QLatin1Char('\n'));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

// Every field of the first against the second; the names of those that differ (each once). A
// lost field is not compared further, so that one loss does not hide behind another.
QSet<QString> differences(const Snapshot &before, const Snapshot &after, const Carriage &carriage, QStringList &why)
{
    QSet<QString> found;
    auto differ = [&](const QString &field, const QString &what, const QVariant &a, const QVariant &b) {
        if (a == b)
            return;
        found << field;
        if (!carriage.lost.contains(field))
            why << QStringLiteral("%1: %2: %3 ≠ %4").arg(what, field, a.toString().left(120), b.toString().left(120));
    };
    if (before.events.size() != after.events.size()) {
        why << QStringLiteral("%1 events became %2").arg(before.events.size()).arg(after.events.size());
        return {QStringLiteral("events")};
    }
    const bool wholeSeconds = carriage.lost.contains(QStringLiteral("milliseconds"));
    auto instant = [&](std::int64_t ms) {
        return QVariant::fromValue(qlonglong(wholeSeconds ? ms - ((ms % 1000) + 1000) % 1000 : ms));
    };
    for (qsizetype i = 0; i < before.events.size(); ++i) {
        const Event &a = before.events.at(i);
        const Event &b = after.events.at(i);
        const QString what = QStringLiteral("event %1 (%2)").arg(i).arg(a.uid);
        differ(QStringLiteral("uid"), what, a.uid, b.uid);
        differ(QStringLiteral("title"), what, a.title, b.title);
        if (carriage.lost.contains(QStringLiteral("summary spacing"))) {
            differ(QStringLiteral("summary spacing"), what, a.summary, b.summary);
            differ(QStringLiteral("summary"), what, htmlSpacing(a.summary), htmlSpacing(b.summary));
        } else {
            differ(QStringLiteral("summary"), what, a.summary, b.summary);
        }
        differ(QStringLiteral("kind"), what, toString(a.kind), toString(b.kind));
        differ(QStringLiteral("milliseconds"), what, qlonglong(a.startMs % 1000), qlonglong(b.startMs % 1000));
        differ(QStringLiteral("start"), what, instant(a.startMs), instant(b.startMs));
        differ(QStringLiteral("end"), what, a.endMs ? instant(*a.endMs) : QVariant(),
               b.endMs ? instant(*b.endMs) : QVariant());
        differ(QStringLiteral("precision"), what, toString(a.precision), toString(b.precision));
        differ(QStringLiteral("uncertain"), what, a.uncertain, b.uncertain);
        differ(QStringLiteral("tz"), what, a.tz.isEmpty() ? QStringLiteral("UTC") : a.tz, b.tz);
        differ(QStringLiteral("symbols"), what, a.symbols, b.symbols);
        QStringList namesA, namesB, rolesA, rolesB, keptA, keptB;
        for (const EventActor &actor : a.actors) {
            namesA << actorName(before, actor.actor);
            rolesA << actor.role;
            if (!carriage.keptRole.isEmpty() && actor.role == carriage.keptRole && keptA.isEmpty())
                keptA << actorName(before, actor.actor);
        }
        for (const EventActor &actor : b.actors) {
            namesB << actorName(after, actor.actor);
            rolesB << actor.role;
            if (!carriage.keptRole.isEmpty() && actor.role == carriage.keptRole && keptB.isEmpty())
                keptB << actorName(after, actor.actor);
        }
        differ(QStringLiteral("actors"), what, namesA, namesB);
        differ(QStringLiteral("actor roles"), what, rolesA, rolesB);
        if (!carriage.keptRole.isEmpty())
            differ(carriage.keptRole, what, keptA, keptB); // the one role it keeps is never lost
    }
    const bool erasLost = carriage.lost.contains(QStringLiteral("era name"));
    if (!erasLost && before.eras.size() != after.eras.size()) {
        why << QStringLiteral("%1 eras became %2").arg(before.eras.size()).arg(after.eras.size());
        return found << QStringLiteral("eras");
    }
    for (qsizetype i = 0; i < before.eras.size(); ++i) {
        const Era &a = before.eras.at(i);
        const Era b = i < after.eras.size() ? after.eras.at(i) : Era{};
        const QString what = QStringLiteral("era %1 (%2)").arg(i).arg(a.uid);
        differ(QStringLiteral("era uid"), what, a.uid, b.uid);
        differ(QStringLiteral("era name"), what, a.name, b.name);
        differ(QStringLiteral("era start"), what, instant(a.startMs), instant(b.startMs));
        differ(QStringLiteral("era end"), what, instant(a.endMs), instant(b.endMs));
        differ(QStringLiteral("era color"), what, a.color, b.color);
    }
    return found;
}

Snapshot episode()
{
    const QByteArray json =
        CsvReader::readFile(QStringLiteral(TICKERLINE_TEST_DATA "/../../resources/data/episode.json"));
    return readTickerlineJson(json, QStringLiteral("episode.json"));
}

// Events that use every field a format might drop, and texts a spreadsheet would run.
Snapshot everyField()
{
    Snapshot snapshot;
    const QString dataset = QStringLiteral("every-field");
    snapshot.datasets << DatasetInfo{
        dataset,   QStringLiteral("Every field"),       QStringLiteral("tst_formatroundtrip"),
        QString(), QStringLiteral("Notes of the set."), QStringLiteral("2025-01-01T00:00:00Z")};
    snapshot.actors << Actor{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"),
                             dataset}
                    << Actor{QStringLiteral("group-labs"), QStringLiteral("Labs"), QStringLiteral("group"), dataset}
                    << Actor{QStringLiteral("category-releases"), QStringLiteral("Releases"),
                             QStringLiteral("category"), dataset};
    auto event = [&](const char *uid, const QString &title, const char *start, Precision precision) {
        Event e;
        e.uid = QString::fromLatin1(uid);
        e.title = title;
        e.startMs = ms(start);
        e.precision = precision;
        e.tz = QStringLiteral("UTC");
        e.dataset = dataset;
        return e;
    };
    Event post =
        event("post", QStringLiteral("=HYPERLINK(\"http://evil\")"), "2025-01-20T08:32:19.250Z", Precision::Second);
    post.summary = QStringLiteral("+1 and more\nline two\n\nSecond  paragraph, with  spaces.");
    post.kind = EventKind::Statement;
    post.uncertain = true;
    post.tz = QStringLiteral("America/Los_Angeles");
    post.symbols = {QStringLiteral("NVDA"), QStringLiteral("AVGO")};
    post.actors = {EventActor{QStringLiteral("sam-altman"), QStringLiteral("author")},
                   EventActor{QStringLiteral("group-labs"), QStringLiteral("group")}};
    Event quoted = event("quoted", QStringLiteral("'=a real title that starts with an apostrophe"),
                         "2025-01-21T14:00:00Z", Precision::Hour);
    quoted.summary = QStringLiteral("-2 is a number here\n\nMedia: https://example.com/chart.png");
    quoted.kind = EventKind::Market;
    quoted.tz = QStringLiteral("America/New_York");
    quoted.endMs = ms("2025-01-21T21:00:00Z");
    quoted.actors = {EventActor{QStringLiteral("category-releases"), QStringLiteral("category")}};
    Event apostrophe = event("tis", QStringLiteral("'Tis a title (with) [brackets]"), "2025-01-01", Precision::Month);
    apostrophe.summary = QStringLiteral("@mention first, then a link\n\nLink: https://example.com/a?b=c&d=e");
    apostrophe.kind = EventKind::Report;
    apostrophe.tz = QStringLiteral("Europe/Berlin");
    Event span = event("span", QStringLiteral("(Container-looking) week"), "2025-01-27", Precision::Day);
    span.endMs = ms("2025-01-31");
    span.tz = QStringLiteral("Asia/Shanghai");
    span.kind = EventKind::Release;
    Event year = event("year", QStringLiteral("A year; with, separators \\ and \"quotes\" <b>&amp;</b>"), "2024-01-01",
                       Precision::Year);
    year.summary = QStringLiteral("Ünïcödé — 英伟达 \U0001F680 long enough to fold an iCalendar line more than once, "
                                  "because it goes on and on past seventy-five octets.");
    Event minute = event("minute", QStringLiteral("@noon"), "2025-01-28T12:00:00Z", Precision::Minute);
    snapshot.events = {post, quoted, apostrophe, span, year, minute};
    snapshot.eras << Era{QStringLiteral("shock-week"),
                         QStringLiteral("Shock week"),
                         ms("2025-01-20"),
                         ms("2025-01-31"),
                         QStringLiteral("#f6d5c3"),
                         dataset};
    snapshot.eras << Era{QStringLiteral("plain-era"),
                         QStringLiteral("Plain era"),
                         ms("2025-02-01"),
                         ms("2025-02-10"),
                         QString(),
                         dataset};
    return snapshot;
}

struct Input
{
    QString name;
    Snapshot snapshot;
};

QList<Input> inputs()
{
    QList<Input> list{{QStringLiteral("episode"), episode()}, {QStringLiteral("every field"), everyField()}};
    const QList<std::pair<const char *, const char *>> files{
        {"timelinejs3/women_in_computing.json", "timelinejs"},
        {"timelinejs3/houston.json", "timelinejs"},
        {"timelinejs3/republican.json", "timelinejs"},
        {"timelinejs3/women_in_computing_sheet.csv", "timelinejs-sheet"},
        {"thetimelineproj/versions.timeline", "timeline"},
        {"handmade/deepseek_week.csv", "events-csv"},
        {"handmade/groups_eras.json", "timelinejs"},
        {"handmade/categories_eras.timeline", "timeline"},
        {"handmade/calendar_export.ics", "ics"},
    };
    for (const auto &[file, name] : files)
        list << Input{QString::fromLatin1(file),
                      format(name).read(interopBytes(file), QString::fromLatin1(file), {}).snapshot};
    return list;
}

} // namespace

class TestFormatRoundTrip final : public QObject
{
    Q_OBJECT

private slots:
    void everyWritableEventFormatIsPinned()
    {
        QStringList pinned;
        for (const Carriage &carriage : carriages())
            pinned << QString::fromLatin1(carriage.format);
        QStringList writable;
        for (const FileFormat &f : FormatRegistry::instance().formats()) {
            if (f.canWrite() && f.carries(FormatContent::Events) && !f.carries(FormatContent::Dataset))
                writable << f.name;
        }
        QCOMPARE(writable, pinned);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("formatName");
        for (const Carriage &carriage : carriages())
            QTest::newRow(carriage.format) << QString::fromLatin1(carriage.format);
    }

    // Every input through the format: only the listed fields may differ, and each listed field
    // does differ somewhere (else the list claims a loss that is not there).
    void roundTrip()
    {
        QFETCH(QString, formatName);
        const Carriage *carriage = nullptr;
        for (const Carriage &c : carriages())
            carriage = QString::fromLatin1(c.format) == formatName ? &c : carriage;
        const FileFormat &target = format(carriage->format);
        QSet<QString> lostSomewhere;
        for (const Input &input : inputs()) {
            const QByteArray written = target.write(input.snapshot);
            const QString fileName = QStringLiteral("again.") + target.suffixes.constFirst();
            QCOMPARE(FormatRegistry::instance().detect(written, fileName)->name, formatName);
            Snapshot again;
            try {
                again = target.read(written, fileName, {}).snapshot;
            } catch (const Error &error) {
                QFAIL(qPrintable(input.name + QStringLiteral(": ") + error.message()));
            }
            QStringList why;
            lostSomewhere |= differences(input.snapshot, again, *carriage, why);
            QVERIFY2(why.isEmpty(), qPrintable(input.name + QStringLiteral(":\n") + why.join(QLatin1Char('\n'))));
            // A second pass changes nothing more: what is carried, is carried exactly.
            QCOMPARE(target.write(again).size() > 0, true);
            const Snapshot third = target.read(target.write(again), fileName, {}).snapshot;
            QStringList whyAgain;
            Carriage none{carriage->format, {}, carriage->keptRole};
            if (formatName == QLatin1String("timeline"))
                none.lost << QStringLiteral("era uid"); // made from the name again
            differences(again, third, none, whyAgain);
            QVERIFY2(whyAgain.isEmpty(),
                     qPrintable(input.name + QStringLiteral(" (second pass):\n") + whyAgain.join(QLatin1Char('\n'))));
        }
        QStringList overstated;
        for (const QString &field : carriage->lost) {
            if (!lostSomewhere.contains(field))
                overstated << field;
        }
        overstated.sort();
        QVERIFY2(overstated.isEmpty(),
                 qPrintable(QStringLiteral("listed as lost but kept: ") + overstated.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestFormatRoundTrip)
#include "tst_formatroundtrip.moc"
