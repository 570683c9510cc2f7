// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `tickerline export --format F` for every writable format of the registry, from the
// bundled episode, and the file imported again into a fresh database by `tickerline import`.
#include "imports/formatregistry.h"

#include "support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;

namespace {

using Run = testing::CliRun;

// The fields of `events --json` each event format cannot carry (the README's list, as far as
// the listing shows it); every other field must come back as it was.
QStringList lostFields(const QString &format)
{
    if (format == QLatin1String("timelinejs"))
        return {QStringLiteral("kind"), QStringLiteral("uncertain"), QStringLiteral("tz"), QStringLiteral("actors"),
                QStringLiteral("symbols")};
    if (format == QLatin1String("timelinejs-sheet"))
        return {QStringLiteral("uid"), QStringLiteral("kind"),   QStringLiteral("uncertain"),
                QStringLiteral("tz"),  QStringLiteral("actors"), QStringLiteral("symbols")};
    if (format == QLatin1String("timeline"))
        return {QStringLiteral("uid"),    QStringLiteral("kind"),    QStringLiteral("tz"),
                QStringLiteral("actors"), QStringLiteral("symbols"), QStringLiteral("precision")};
    if (format == QLatin1String("ics"))
        return {QStringLiteral("actors"), QStringLiteral("symbols")};
    if (format == QLatin1String("events-csv"))
        return {QStringLiteral("actor roles")};
    return {};
}

QString actorsText(const QJsonValue &actors, bool roles)
{
    QStringList items;
    for (const QJsonValue &actor : actors.toArray())
        items << actor[QStringLiteral("name")].toString() +
                     (roles ? QLatin1Char(':') + actor[QStringLiteral("role")].toString() : QString());
    return items.join(QLatin1Char(';'));
}

} // namespace

class tst_ExportFormats final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run run(const QStringList &args) { return testing::runTickerline(m_home.path(), args); }

    QString path(const QString &name) const { return m_home.filePath(name); }

    // The formats `export --format` names in its usage error.
    QStringList namesInUsageError()
    {
        const Run wrong = run({QStringLiteral("export"), path(QStringLiteral("x")), QStringLiteral("--format"),
                               QStringLiteral("no-such-format")});
        if (wrong.status != 2)
            return {};
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("one of: ([^)]*)\\)")).match(wrong.err);
        return match.hasMatch() ? match.captured(1).split(QStringLiteral(", ")) : QStringList();
    }

private slots:
    void usageErrorNamesExactlyTheWritableFormats()
    {
        QCOMPARE(namesInUsageError(), FormatRegistry::instance().writableNames());
        QVERIFY(namesInUsageError().contains(QStringLiteral("ics")));
    }

    void everyEventFormatRoundTripsThroughTheCommandLine_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &name : FormatRegistry::instance().writableNames()) {
            if (FormatRegistry::instance().find(name)->carries(FormatContent::Events))
                QTest::newRow(qPrintable(name)) << name;
        }
    }

    void everyEventFormatRoundTripsThroughTheCommandLine()
    {
        QFETCH(QString, format);
        const FileFormat *entry = FormatRegistry::instance().find(format);
        const QString file = path(QStringLiteral("episode-") + format + QLatin1Char('.') + entry->suffixes.first());
        const QString fresh = path(QStringLiteral("fresh-") + format + QStringLiteral(".tickerline"));

        const Run exported = run({QStringLiteral("export"), file, QStringLiteral("--format"), format});
        QVERIFY2(exported.status == 0, qPrintable(exported.err));
        const Run imported = run({QStringLiteral("--db"), fresh, QStringLiteral("import"), file});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        // Found by content: the import was not told the format (Tickerline JSON reports no name).
        const QByteArray report =
            format == QLatin1String("tickerline") ? QByteArray("imported (") : "(" + format.toUtf8() + ")";
        QVERIFY2(imported.out.contains(report), imported.out.constData());

        const QJsonArray before =
            QJsonDocument::fromJson(run({QStringLiteral("events"), QStringLiteral("--json")}).out).array();
        const QJsonArray after =
            QJsonDocument::fromJson(
                run({QStringLiteral("--db"), fresh, QStringLiteral("events"), QStringLiteral("--json")}).out)
                .array();
        QVERIFY(before.size() >= 9);
        QCOMPARE(after.size(), before.size());
        QHash<QString, QJsonObject> byTitle; // uids may be made anew; the episode's titles are unique
        for (const QJsonValue &event : after)
            byTitle.insert(event[QStringLiteral("title")].toString(), event.toObject());
        const QStringList lost = lostFields(format);
        for (const QJsonValue &event : before) {
            const QString title = event[QStringLiteral("title")].toString();
            QVERIFY2(byTitle.contains(title), qPrintable(title));
            const QJsonObject again = byTitle.value(title);
            for (const char *key :
                 {"uid", "summary", "kind", "start", "end", "precision", "uncertain", "tz", "symbols"}) {
                const QString field = QString::fromLatin1(key);
                if (!lost.contains(field))
                    QVERIFY2(again.value(field) == event[field],
                             qPrintable(QStringLiteral("%1: %2").arg(title, field)));
            }
            if (!lost.contains(QStringLiteral("actors")))
                QCOMPARE(actorsText(again[QStringLiteral("actors")], !lost.contains(QStringLiteral("actor roles"))),
                         actorsText(event[QStringLiteral("actors")], !lost.contains(QStringLiteral("actor roles"))));
        }
        QCOMPARE(run({QStringLiteral("--db"), fresh, QStringLiteral("check")}).status, 0);
    }
};

QTEST_GUILESS_MAIN(tst_ExportFormats)
#include "tst_exportformats.moc"
