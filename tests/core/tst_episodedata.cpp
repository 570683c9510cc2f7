// SPDX-License-Identifier: GPL-3.0-or-later

// The bundled DeepSeek-R1 dataset (resources/data/episode.json) as an analyst would check it: the events of
// DESIGN.md section 8 at their UTC times, every quote's words at its code-point span, the article kept
// byte for byte, and the symbols with their share counts. Read with QJsonDocument, independently of the
// store's importer, so that a mistake in either one shows.

#include "time/isotime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace tickerline;

namespace {

QString episodePath()
{
    return QStringLiteral(TICKERLINE_TEST_DATA "/../../resources/data/episode.json");
}

QHash<QString, QJsonObject> byKey(const QJsonArray &rows, const QString &key)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &row : rows)
        result.insert(row.toObject().value(key).toString(), row.toObject());
    return result;
}

std::int64_t utcMs(const QString &iso)
{
    const std::optional<ParsedTime> parsed = parseIsoTime(iso);
    if (!parsed)
        qFatal("not an ISO time: %s", qPrintable(iso));
    return parsed->ms;
}

// Qt 6.4's QString::toUcs4() returns QList<uint>; later versions return QList<char32_t>.
using CodePoints = decltype(QString().toUcs4());

// A code-point slice: W3C positions count Unicode code points, not UTF-16 units.
QString codePoints(const CodePoints &text, qsizetype start, qsizetype end)
{
    QString slice;
    for (qsizetype i = start; i < end; ++i)
        slice += QChar::fromUcs4(char32_t(text.at(i)));
    return slice;
}

} // namespace

class TestEpisodeData final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatAndProvenance();
    void uidsAreUnique();
    void designEvents_data();
    void designEvents();
    void marketSessionInNewYork();
    void mondayEveningInSanFrancisco();
    void links();
    void articleIsVerbatim();
    void postTexts();
    void quotesMatchTheirSpans();
    void requiredQuotes_data();
    void requiredQuotes();
    void gomezQuoteHasCurlyApostrophe();
    void symbols();

private:
    QJsonObject m_doc;
    QHash<QString, QJsonObject> m_events;
    QHash<QString, QJsonObject> m_sources;
    QHash<QString, QJsonObject> m_quotes;
    QHash<QString, QJsonObject> m_symbols;
    QHash<QString, QJsonObject> m_actors;
    QHash<QString, QJsonObject> m_datasets;
};

void TestEpisodeData::initTestCase()
{
    QFile file(episodePath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(episodePath()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    m_doc = doc.object();
    m_events = byKey(m_doc.value(QStringLiteral("events")).toArray(), QStringLiteral("uid"));
    m_sources = byKey(m_doc.value(QStringLiteral("sources")).toArray(), QStringLiteral("uid"));
    m_quotes = byKey(m_doc.value(QStringLiteral("quotes")).toArray(), QStringLiteral("uid"));
    m_symbols = byKey(m_doc.value(QStringLiteral("symbols")).toArray(), QStringLiteral("ticker"));
    m_actors = byKey(m_doc.value(QStringLiteral("actors")).toArray(), QStringLiteral("uid"));
    m_datasets = byKey(m_doc.value(QStringLiteral("datasets")).toArray(), QStringLiteral("uid"));
}

void TestEpisodeData::formatAndProvenance()
{
    QCOMPARE(m_doc.value(QStringLiteral("format")).toString(), QStringLiteral("tickerline"));
    QCOMPARE(m_doc.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(!m_doc.contains(QStringLiteral("prices")));

    for (const QJsonObject &dataset : std::as_const(m_datasets)) {
        QCOMPARE(dataset.value(QStringLiteral("imported_at")).toString(), QStringLiteral("2026-11-30T00:00:00Z"));
        QVERIFY(!dataset.value(QStringLiteral("origin")).toString().isEmpty());
    }
    QCOMPARE(m_datasets.value(QStringLiteral("futurism-article")).value(QStringLiteral("origin")).toString(),
             QStringLiteral("https://futurism.com/sam-altman-openai-better-models-deepseek"));

    // Every row names the dataset it came from.
    for (const QString &table : {QStringLiteral("actors"), QStringLiteral("events"), QStringLiteral("eras"),
                                 QStringLiteral("sources"), QStringLiteral("quotes"), QStringLiteral("symbols")}) {
        const QJsonArray rows = m_doc.value(table).toArray();
        QVERIFY2(!rows.isEmpty(), qPrintable(table));
        for (const QJsonValue &row : rows) {
            const QString dataset = row.toObject().value(QStringLiteral("dataset")).toString();
            QVERIFY2(m_datasets.contains(dataset), qPrintable(table + QStringLiteral(": ") + dataset));
        }
    }
}

void TestEpisodeData::uidsAreUnique()
{
    QSet<QString> seen;
    for (const QString &table : {QStringLiteral("datasets"), QStringLiteral("actors"), QStringLiteral("events"),
                                 QStringLiteral("eras"), QStringLiteral("sources"), QStringLiteral("quotes")}) {
        for (const QJsonValue &row : m_doc.value(table).toArray()) {
            const QString uid = row.toObject().value(QStringLiteral("uid")).toString();
            QVERIFY2(!uid.isEmpty(), qPrintable(table));
            QVERIFY2(!seen.contains(uid), qPrintable(uid));
            seen.insert(uid);
        }
    }
    QCOMPARE(m_symbols.size(), m_doc.value(QStringLiteral("symbols")).toArray().size());
}

void TestEpisodeData::designEvents_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<bool>("uncertain");

    QTest::newRow("hype post") << QStringLiteral("altman-hype-post-2025-01-20") << QStringLiteral("statement")
                               << QStringLiteral("2025-01-20T08:32:19Z") << QString() << QStringLiteral("second")
                               << false;
    QTest::newRow("R1 release") << QStringLiteral("deepseek-r1-release-2025-01-20") << QStringLiteral("release")
                                << QStringLiteral("2025-01-20") << QString() << QStringLiteral("day") << false;
    QTest::newRow("Stargate") << QStringLiteral("stargate-announcement-2025-01-21") << QStringLiteral("policy")
                              << QStringLiteral("2025-01-21") << QString() << QStringLiteral("day") << false;
    QTest::newRow("$19 billion") << QStringLiteral("openai-stargate-19bn-report-2025-01-22")
                                 << QStringLiteral("report") << QStringLiteral("2025-01-22") << QString()
                                 << QStringLiteral("day") << false;
    QTest::newRow("App Store") << QStringLiteral("deepseek-app-store-top-2025-01-26") << QStringLiteral("other")
                               << QStringLiteral("2025-01-26") << QStringLiteral("2025-01-27")
                               << QStringLiteral("day") << true;
    QTest::newRow("selloff") << QStringLiteral("market-selloff-2025-01-27") << QStringLiteral("market")
                             << QStringLiteral("2025-01-27T14:30:00Z") << QStringLiteral("2025-01-27T21:00:00Z")
                             << QStringLiteral("minute") << false;
    QTest::newRow("statement") << QStringLiteral("altman-deepseek-statement-2025-01-28")
                               << QStringLiteral("statement") << QStringLiteral("2025-01-28T02:29:53Z") << QString()
                               << QStringLiteral("second") << false;
    QTest::newRow("Gomez") << QStringLiteral("gomez-ft-remark-2025-01-27") << QStringLiteral("statement")
                           << QStringLiteral("2025-01-27") << QStringLiteral("2025-01-31") << QStringLiteral("day")
                           << true;
    QTest::newRow("article") << QStringLiteral("futurism-article-2025-01-28") << QStringLiteral("report")
                             << QStringLiteral("2025-01-28") << QString() << QStringLiteral("day") << true;
}

void TestEpisodeData::designEvents()
{
    QFETCH(QString, uid);
    QFETCH(QString, kind);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, precision);
    QFETCH(bool, uncertain);

    QVERIFY2(m_events.contains(uid), qPrintable(uid));
    const QJsonObject event = m_events.value(uid);
    QCOMPARE(event.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(event.value(QStringLiteral("start")).toString(), start);
    QCOMPARE(utcMs(event.value(QStringLiteral("start")).toString()), utcMs(start));
    if (end.isEmpty())
        QVERIFY(event.value(QStringLiteral("end")).isNull());
    else
        QCOMPARE(event.value(QStringLiteral("end")).toString(), end);
    QCOMPARE(event.value(QStringLiteral("precision")).toString(), precision);
    QCOMPARE(event.value(QStringLiteral("uncertain")).toBool(), uncertain);
    QVERIFY(!event.value(QStringLiteral("title")).toString().isEmpty());
    QVERIFY(!event.value(QStringLiteral("summary")).toString().isEmpty());
    QVERIFY(QTimeZone(event.value(QStringLiteral("tz")).toString().toUtf8()).isValid());
    for (const QJsonValue &actor : event.value(QStringLiteral("actors")).toArray())
        QVERIFY(m_actors.contains(actor.toObject().value(QStringLiteral("actor")).toString()));
    for (const QJsonValue &symbol : event.value(QStringLiteral("symbols")).toArray())
        QVERIFY(m_symbols.contains(symbol.toString()));
}

void TestEpisodeData::marketSessionInNewYork()
{
    const QJsonObject selloff = m_events.value(QStringLiteral("market-selloff-2025-01-27"));
    const QTimeZone newYork("America/New_York");
    const QDateTime open = QDateTime::fromMSecsSinceEpoch(utcMs(selloff.value(QStringLiteral("start")).toString()),
                                                          newYork);
    const QDateTime close = QDateTime::fromMSecsSinceEpoch(utcMs(selloff.value(QStringLiteral("end")).toString()),
                                                           newYork);
    QCOMPARE(open.date(), QDate(2025, 1, 27));
    QCOMPARE(open.time(), QTime(9, 30));
    QCOMPARE(close.time(), QTime(16, 0));

    const QString summary = selloff.value(QStringLiteral("summary")).toString();
    for (const QString &figure : {QStringLiteral("16.97 %"), QStringLiteral("$589 billion"),
                                  QStringLiteral("3.07 %"), QStringLiteral("a more than $1 trillion tech wipeout")})
        QVERIFY2(summary.contains(figure), qPrintable(figure));
    const QJsonArray symbols = selloff.value(QStringLiteral("symbols")).toArray();
    for (const QString &symbol : {QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("TSM"),
                                  QStringLiteral("^IXIC"), QStringLiteral("^SOX")})
        QVERIFY2(symbols.contains(symbol), qPrintable(symbol));
}

void TestEpisodeData::mondayEveningInSanFrancisco()
{
    const QJsonObject statement = m_events.value(QStringLiteral("altman-deepseek-statement-2025-01-28"));
    QCOMPARE(statement.value(QStringLiteral("tz")).toString(), QStringLiteral("America/Los_Angeles"));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(
        utcMs(statement.value(QStringLiteral("start")).toString()), QTimeZone("America/Los_Angeles"));
    QCOMPARE(local.date(), QDate(2025, 1, 27));
    QCOMPARE(local.date().dayOfWeek(), int(Qt::Monday));
    QCOMPARE(local.time(), QTime(18, 29, 53));
}

void TestEpisodeData::links()
{
    QSet<QString> links;
    for (const QJsonValue &value : m_doc.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        const QString from = link.value(QStringLiteral("from")).toString();
        const QString to = link.value(QStringLiteral("to")).toString();
        QVERIFY2(m_events.contains(from) && m_events.contains(to), qPrintable(from + QStringLiteral(" -> ") + to));
        links.insert(from + QLatin1Char(' ') + link.value(QStringLiteral("type")).toString() + QLatin1Char(' ') + to);
    }
    for (const QString &expected :
         {QStringLiteral("altman-deepseek-statement-2025-01-28 responds-to deepseek-r1-release-2025-01-20"),
          QStringLiteral("altman-deepseek-statement-2025-01-28 responds-to market-selloff-2025-01-27"),
          QStringLiteral("market-selloff-2025-01-27 follows deepseek-r1-release-2025-01-20"),
          QStringLiteral("market-selloff-2025-01-27 follows deepseek-app-store-top-2025-01-26"),
          QStringLiteral("futurism-article-2025-01-28 reports altman-deepseek-statement-2025-01-28"),
          QStringLiteral("futurism-article-2025-01-28 reports market-selloff-2025-01-27"),
          QStringLiteral("futurism-article-2025-01-28 reports gomez-ft-remark-2025-01-27")})
        QVERIFY2(links.contains(expected), qPrintable(expected));
}

void TestEpisodeData::articleIsVerbatim()
{
    const QJsonObject article = m_sources.value(QStringLiteral("futurism-altman-deepseek"));
    QCOMPARE(article.value(QStringLiteral("kind")).toString(), QStringLiteral("article"));
    QCOMPARE(article.value(QStringLiteral("outlet")).toString(), QStringLiteral("Futurism"));
    QCOMPARE(article.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://futurism.com/sam-altman-openai-better-models-deepseek"));
    QCOMPARE(article.value(QStringLiteral("published")).toString(), QStringLiteral("2025-01-28"));
    QCOMPARE(article.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
    QVERIFY(article.value(QStringLiteral("uncertain")).toBool());

    // SHA-256 of shared/data/articles/futurism-altman-deepseek.txt as received: not one byte changed.
    const QString text = article.value(QStringLiteral("text")).toString();
    QCOMPARE(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex(),
             QByteArray("fd84365d752119fc9d8ca6c518474ba0a69f3fbd7f5bbf4fc9283b49ebbb9277"));
    QCOMPARE(text.count(QLatin1Char('\n')), 37);
    QVERIFY(!text.contains(QLatin1Char('\r')));
    QCOMPARE(text.normalized(QString::NormalizationForm_C), text);
    QVERIFY(text.endsWith(QStringLiteral("Share This Article")));
}

void TestEpisodeData::postTexts()
{
    const QJsonObject hype = m_sources.value(QStringLiteral("sama-post-1881258443669172470"));
    QCOMPARE(hype.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://x.com/sama/status/1881258443669172470"));
    QCOMPARE(hype.value(QStringLiteral("published")).toString(), QStringLiteral("2025-01-20T08:32:19Z"));
    QCOMPARE(hype.value(QStringLiteral("text")).toString(),
             QStringLiteral("twitter hype is out of control again.\n"
                            "we are not gonna deploy AGI next month, nor have we built it.\n"
                            "we have some very cool stuff for you but pls chill and cut your expectations 100x!"));

    const QJsonObject thread = m_sources.value(QStringLiteral("sama-thread-1884066337103962416"));
    QCOMPARE(thread.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://x.com/sama/status/1884066337103962416"));
    QCOMPARE(thread.value(QStringLiteral("published")).toString(), QStringLiteral("2025-01-28T02:29:53Z"));
    const QStringList posts = thread.value(QStringLiteral("text")).toString().split(QStringLiteral("\n\n"));
    QCOMPARE(posts.size(), 3);
    QVERIFY(posts.at(0).startsWith(QStringLiteral("deepseek's r1 is an impressive model")));
    QCOMPARE(posts.at(2), QStringLiteral("look forward to bringing you all AGI and beyond."));
}

void TestEpisodeData::quotesMatchTheirSpans()
{
    QVERIFY(m_quotes.size() >= 20);
    for (const QJsonObject &quote : std::as_const(m_quotes)) {
        const QString uid = quote.value(QStringLiteral("uid")).toString();
        const QString sourceUid = quote.value(QStringLiteral("source")).toString();
        QVERIFY2(m_sources.contains(sourceUid), qPrintable(uid));
        const QJsonValue event = quote.value(QStringLiteral("event"));
        QVERIFY2(event.isNull() || m_events.contains(event.toString()), qPrintable(uid));
        const QJsonValue speaker = quote.value(QStringLiteral("speaker"));
        QVERIFY2(speaker.isNull() || m_actors.contains(speaker.toString()), qPrintable(uid));

        const CodePoints text = m_sources.value(sourceUid).value(QStringLiteral("text")).toString().toUcs4();
        const qsizetype start = quote.value(QStringLiteral("start")).toInteger();
        const qsizetype end = quote.value(QStringLiteral("end")).toInteger();
        QVERIFY2(0 <= start && start < end && end <= text.size(), qPrintable(uid));
        QCOMPARE(codePoints(text, start, end), quote.value(QStringLiteral("exact")).toString());
        QCOMPARE(codePoints(text, qMax<qsizetype>(0, start - 32), start),
                 quote.value(QStringLiteral("prefix")).toString());
        QCOMPARE(codePoints(text, end, qMin<qsizetype>(text.size(), end + 32)),
                 quote.value(QStringLiteral("suffix")).toString());
        QCOMPARE(quote.value(QStringLiteral("status")).toString(), QStringLiteral("exact"));
        QCOMPARE(quote.value(QStringLiteral("score")).toDouble(), 1.0);
    }
}

void TestEpisodeData::requiredQuotes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("event");

    const QString post = QStringLiteral("sama-post-1881258443669172470");
    const QString thread = QStringLiteral("sama-thread-1884066337103962416");
    const QString article = QStringLiteral("futurism-altman-deepseek");
    const QString hype = QStringLiteral("altman-hype-post-2025-01-20");
    const QString statement = QStringLiteral("altman-deepseek-statement-2025-01-28");

    QTest::newRow("post hype") << post << QStringLiteral("twitter hype is out of control again.") << hype;
    QTest::newRow("post AGI") << post << QStringLiteral("we are not gonna deploy AGI next month, nor have we built it.")
                              << hype;
    QTest::newRow("post chill") << post
                                << QStringLiteral("we have some very cool stuff for you but pls chill and cut your "
                                                  "expectations 100x!")
                                << hype;
    QTest::newRow("article hype") << article << QStringLiteral("Twitter hype is out of control again") << hype;
    QTest::newRow("article AGI") << article
                                 << QStringLiteral("We are not gonna deploy [artificial general intelligence] next "
                                                   "month, nor have we built it")
                                 << hype;
    QTest::newRow("article chill") << article
                                   << QStringLiteral("We have some very cool stuff for you but pls chill and cut "
                                                     "your expectations 100x!")
                                   << hype;
    QTest::newRow("thread impressive")
        << thread
        << QStringLiteral("deepseek's r1 is an impressive model, particularly around what they're able to deliver "
                          "for the price.")
        << statement;
    QTest::newRow("thread AGI and beyond") << thread << QStringLiteral("look forward to bringing you all AGI and beyond.")
                                           << statement;
    QTest::newRow("article impressive")
        << article
        << QStringLiteral("Deepseek's R1 is an impressive model, particularly around what they're able to deliver "
                          "for the price")
        << statement;
    QTest::newRow("article better models")
        << article
        << QStringLiteral("We will obviously deliver much better models and also it's legit invigorating to have a "
                          "new competitor!")
        << statement;
    QTest::newRow("article compute")
        << article
        << QStringLiteral("But mostly we are excited to continue to execute on our research roadmap and believe "
                          "more compute is more important now than ever before to succeed at our mission")
        << statement;
    QTest::newRow("article LOT of AI")
        << article
        << QStringLiteral("The world is going to want to use a LOT of AI, and really be quite amazed by the "
                          "next-gen models coming")
        << statement;
    QTest::newRow("article AGI and beyond") << article << QStringLiteral("Look forward to bringing you all AGI and beyond")
                                            << statement;
    QTest::newRow("wipeout") << article << QStringLiteral("a more than $1 trillion tech wipeout")
                             << QStringLiteral("market-selloff-2025-01-27");
    QTest::newRow("Stargate") << article << QStringLiteral("$500 billion AI infrastructure initiative")
                              << QStringLiteral("stargate-announcement-2025-01-21");
    QTest::newRow("$19 billion") << article << QStringLiteral("OpenAI is expected to commit $19 billion to the venture.")
                                 << QStringLiteral("openai-stargate-19bn-report-2025-01-22");
    QTest::newRow("R1") << article << QStringLiteral("The company's R1 AI model rattled investors this week")
                        << QStringLiteral("deepseek-r1-release-2025-01-20");
}

void TestEpisodeData::requiredQuotes()
{
    QFETCH(QString, source);
    QFETCH(QString, exact);
    QFETCH(QString, event);

    int found = 0;
    for (const QJsonObject &quote : std::as_const(m_quotes)) {
        if (quote.value(QStringLiteral("source")).toString() == source
            && quote.value(QStringLiteral("exact")).toString() == exact) {
            ++found;
            QCOMPARE(quote.value(QStringLiteral("event")).toString(), event);
        }
    }
    QCOMPARE(found, 1);
}

void TestEpisodeData::gomezQuoteHasCurlyApostrophe()
{
    const QJsonObject quote = m_quotes.value(QStringLiteral("q-futurism-gomez-winners"));
    const QString exact = quote.value(QStringLiteral("exact")).toString();
    QCOMPARE(exact, QStringLiteral("The winners won\u2019t be the ones burning the most cash"));
    QVERIFY(!exact.contains(QLatin1Char('\'')));
    QCOMPARE(quote.value(QStringLiteral("speaker")).toString(), QStringLiteral("aidan-gomez"));
    QCOMPARE(quote.value(QStringLiteral("event")).toString(), QStringLiteral("gomez-ft-remark-2025-01-27"));
    QCOMPARE(quote.value(QStringLiteral("source")).toString(), QStringLiteral("futurism-altman-deepseek"));
}

void TestEpisodeData::symbols()
{
    const QStringList stocks = {QStringLiteral("NVDA"), QStringLiteral("AVGO"), QStringLiteral("MSFT"),
                                QStringLiteral("GOOGL"), QStringLiteral("META"), QStringLiteral("AMD"),
                                QStringLiteral("TSM"), QStringLiteral("ORCL"), QStringLiteral("ASML"),
                                QStringLiteral("ARM"), QStringLiteral("SMCI"), QStringLiteral("VST"),
                                QStringLiteral("CEG")};
    const QStringList etfs = {QStringLiteral("QQQ"), QStringLiteral("SMH"), QStringLiteral("SOXX"),
                              QStringLiteral("SPY"), QStringLiteral("XLK"), QStringLiteral("XLU")};
    const QStringList indices = {QStringLiteral("^IXIC"), QStringLiteral("^GSPC"), QStringLiteral("^SOX")};

    QCOMPARE(m_symbols.size(), 22);
    for (const QString &symbol : stocks) {
        const QJsonObject entry = m_symbols.value(symbol);
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("stock"));
        QVERIFY2(entry.value(QStringLiteral("shares_outstanding")).toInteger() > 0, qPrintable(symbol));
        QVERIFY2(parseIsoTime(entry.value(QStringLiteral("shares_as_of")).toString()).has_value(), qPrintable(symbol));
        QVERIFY2(entry.value(QStringLiteral("shares_source")).toString().startsWith(QStringLiteral("SHARES.md [S")),
                 qPrintable(symbol));
    }
    for (const QString &symbol : etfs)
        QCOMPARE(m_symbols.value(symbol).value(QStringLiteral("kind")).toString(), QStringLiteral("etf"));
    for (const QString &symbol : indices) {
        QCOMPARE(m_symbols.value(symbol).value(QStringLiteral("kind")).toString(), QStringLiteral("index"));
        QVERIFY(m_symbols.value(symbol).value(QStringLiteral("shares_outstanding")).isNull());
    }
    for (const QJsonObject &symbol : std::as_const(m_symbols)) {
        QCOMPARE(symbol.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QVERIFY(!symbol.value(QStringLiteral("name")).toString().isEmpty());
    }

    const QJsonObject nvda = m_symbols.value(QStringLiteral("NVDA"));
    QCOMPARE(nvda.value(QStringLiteral("shares_outstanding")).toInteger(), Q_INT64_C(24490000000));
    QCOMPARE(nvda.value(QStringLiteral("shares_as_of")).toString(), QStringLiteral("2024-11-15"));
    QCOMPARE(nvda.value(QStringLiteral("exchange")).toString(), QStringLiteral("Nasdaq"));
    // TSM is counted in ADS units: TSMC's ordinary shares divided by 5.
    QCOMPARE(m_symbols.value(QStringLiteral("TSM")).value(QStringLiteral("shares_outstanding")).toInteger(),
             Q_INT64_C(5186414000));
    QCOMPARE(m_symbols.value(QStringLiteral("TSM")).value(QStringLiteral("exchange")).toString(), QStringLiteral("NYSE"));
    QCOMPARE(m_symbols.value(QStringLiteral("SPY")).value(QStringLiteral("exchange")).toString(),
             QStringLiteral("NYSE Arca"));
    QCOMPARE(m_symbols.value(QStringLiteral("^IXIC")).value(QStringLiteral("name")).toString(),
             QStringLiteral("Nasdaq Composite"));
}

QTEST_GUILESS_MAIN(TestEpisodeData)
#include "tst_episodedata.moc"
