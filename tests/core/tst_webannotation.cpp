// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/textanchor.h"
#include "error.h"
#include "io/webannotation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;

namespace {

const QString kFuturismUrl = QStringLiteral("https://futurism.com/sam-altman-openai-better-models-deepseek");

QList<Source> testSources()
{
    Source futurism;
    futurism.uid = QStringLiteral("futurism-altman-deepseek");
    futurism.url = kFuturismUrl;
    Source post;
    post.uid = QStringLiteral("altman-post-2025-01-20");
    Source mirror1; // two sources with one URL: neither can be named by it
    mirror1.uid = QStringLiteral("mirror-1");
    mirror1.url = QStringLiteral("https://example.com/mirror");
    Source mirror2 = mirror1;
    mirror2.uid = QStringLiteral("mirror-2");
    return {futurism, post, mirror1, mirror2};
}

QString readArticle()
{
    QFile file(QStringLiteral(TICKERLINE_TEST_DATA "/articles/futurism-altman-deepseek.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the article");
    return QString::fromUtf8(file.readAll());
}

Quote quoteOf(const TextAnchor &anchor, const QString &text, const QString &words)
{
    const auto at = std::int64_t(text.indexOf(words)); // the article is all in the BMP
    return anchor.quoteAt(at, at + words.size());
}

QList<Quote> testQuotes()
{
    const QString text = readArticle();
    const TextAnchor anchor(text);
    Quote gomez = quoteOf(anchor, text, QStringLiteral("The winners won\u2019t be the ones burning the most cash"));
    gomez.uid = QStringLiteral("gomez-winners");
    gomez.source = QStringLiteral("futurism-altman-deepseek");
    gomez.event = QStringLiteral("gomez-ft-2025-01-27");
    gomez.speaker = QStringLiteral("aidan-gomez");
    gomez.status = AnchorStatus::Fuzzy;
    gomez.score = 0.937;
    gomez.dataset = QStringLiteral("deepseek-r1-episode");

    Quote stargate = quoteOf(anchor, text, QStringLiteral("OpenAI is expected to commit $19 billion to the venture."));
    stargate.uid = QStringLiteral("stargate-19bn");
    stargate.source = QStringLiteral("futurism-altman-deepseek");
    stargate.status = AnchorStatus::Orphaned;
    stargate.score = 0;

    Quote post;
    post.uid = QStringLiteral("hype-post");
    post.source = QStringLiteral("altman-post-2025-01-20");
    post.speaker = QStringLiteral("sam-altman");
    post.exact = QStringLiteral("twitter hype is out of control again 🚀");
    post.suffix = QStringLiteral("\n\n深度求索");
    post.start = 0;
    post.end = 38;
    post.status = AnchorStatus::Moved;
    post.score = 1;

    Quote mirrored = post;
    mirrored.uid = QStringLiteral("mirrored");
    mirrored.source = QStringLiteral("mirror-2");
    return {gomez, stargate, post, mirrored};
}

QString refusal(const QByteArray &json)
{
    try {
        WebAnnotation::read(json, QStringLiteral("notes.json"), testSources());
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestWebAnnotation final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact();
    void writesW3CModel();
    void readsForeignShapes();
    void refusesBadInput_data();
    void refusesBadInput();
    void readFileNamesFile();
};

void TestWebAnnotation::roundTripIsExact()
{
    const QList<Quote> quotes = testQuotes();
    const QByteArray json = WebAnnotation::write(quotes, testSources());
    const QList<Quote> back = WebAnnotation::read(json, QStringLiteral("quotes.json"), testSources());
    QCOMPARE(back.size(), quotes.size());
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        QCOMPARE(back.at(i).uid, quotes.at(i).uid);
        QCOMPARE(back.at(i).exact, quotes.at(i).exact);
        QVERIFY(back.at(i) == quotes.at(i));
    }
    QCOMPARE(WebAnnotation::write(back, testSources()), json);
}

void TestWebAnnotation::writesW3CModel()
{
    const QJsonObject root = QJsonDocument::fromJson(WebAnnotation::write(testQuotes(), testSources())).object();
    QCOMPARE(root.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    QCOMPARE(root.value(QStringLiteral("total")).toInt(), 4);
    const QJsonArray items = root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 4);

    const QJsonObject gomez = items.at(0).toObject();
    QCOMPARE(gomez.value(QStringLiteral("id")).toString(), QStringLiteral("urn:tickerline:quote:gomez-winners"));
    QCOMPARE(gomez.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
    const QJsonObject target = gomez.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("source")).toString(), kFuturismUrl);
    const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
    QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("exact")).toString(),
             QStringLiteral("The winners won\u2019t be the ones burning the most cash"));
    QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("prefix")).toString(),
             QStringLiteral("ed return on investment with a quick turnaround.\n\n\"").right(32));
    QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
    QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("start")).toInt(), 1915);
    QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("end")).toInt(), 1915 + 51);
    const QJsonArray bodies = gomez.value(QStringLiteral("body")).toArray();
    QCOMPARE(bodies.at(0).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("urn:tickerline:event:gomez-ft-2025-01-27"));
    QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("urn:tickerline:actor:aidan-gomez"));

    // Without a URL, or with one that two sources share, the source is named by its uid.
    QCOMPARE(items.at(2).toObject().value(QStringLiteral("target")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("urn:tickerline:source:altman-post-2025-01-20"));
    QCOMPARE(items.at(3).toObject().value(QStringLiteral("target")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("urn:tickerline:source:mirror-2"));
    QVERIFY(!items.at(1).toObject().contains(QStringLiteral("body")));
}

void TestWebAnnotation::readsForeignShapes()
{
    // An annotation as another tool writes it: one selector object, a plain array, no status.
    const QByteArray json = R"([{
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://hypothes.is/a/AbC123",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "important"},
        "target": {"source": "https://futurism.com/sam-altman-openai-better-models-deepseek",
                   "selector": {"type": "TextQuoteSelector", "exact": "much better models"}}
    }])";
    const QList<Quote> quotes = WebAnnotation::read(json, QStringLiteral("h.json"), testSources());
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.at(0).uid, QStringLiteral("https://hypothes.is/a/AbC123"));
    QCOMPARE(quotes.at(0).source, QStringLiteral("futurism-altman-deepseek"));
    QCOMPARE(quotes.at(0).exact, QStringLiteral("much better models"));
    QCOMPARE(quotes.at(0).prefix, QString());
    QCOMPARE(quotes.at(0).start, 0);
    QCOMPARE(quotes.at(0).event, QString());

    const QByteArray single = R"({"type": "Annotation", "id": "urn:tickerline:quote:x",
        "body": "urn:tickerline:event:selloff-2025-01-27",
        "target": [{"source": "urn:tickerline:source:altman-post-2025-01-20",
                    "selector": [{"type": "TextPositionSelector", "start": 3, "end": 9},
                                 {"type": "TextQuoteSelector", "exact": "hype", "prefix": "r ", "suffix": " is"}]}]})";
    const Quote quote = WebAnnotation::read(single, QStringLiteral("s.json"), testSources()).at(0);
    QCOMPARE(quote.uid, QStringLiteral("x"));
    QCOMPARE(quote.event, QStringLiteral("selloff-2025-01-27"));
    QCOMPARE(quote.start, 3);
    QCOMPARE(quote.end, 9);
    QCOMPARE(quote.suffix, QStringLiteral(" is"));

    QVERIFY(WebAnnotation::read(R"({"type": "AnnotationCollection", "total": 0})", QStringLiteral("e.json"), {}).isEmpty());
}

void TestWebAnnotation::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray good = R"({"id": "urn:tickerline:quote:a", "type": "Annotation", "target": {"source": "urn:tickerline:source:altman-post-2025-01-20", "selector": [{"type": "TextQuoteSelector", "exact": "hype"}]}})";

    QTest::newRow("not JSON") << QByteArray("[\n{\"id\": }\n]") << QStringLiteral("notes.json:2: JSON: ");
    QTest::newRow("not an annotation") << QByteArray("{\"type\": \"Person\"}") << QStringLiteral("notes.json:1: type: expected an AnnotationCollection, AnnotationPage, Annotation or an array of annotations");
    QTest::newRow("item not an object") << QByteArray("[\n" + good + ",\n 42\n]") << QStringLiteral("notes.json:3: [1]: expected an annotation object");
    QTest::newRow("no id") << QByteArray(R"([{"type": "Annotation"}])") << QStringLiteral("notes.json: [0].id: missing (a string)");
    QTest::newRow("duplicate id") << QByteArray("[" + good + ",\n" + good + "]") << QStringLiteral("notes.json:2: [1].id: \"urn:tickerline:quote:a\" appears twice");
    QTest::newRow("no target") << QByteArray(R"([{"id": "a"}])") << QStringLiteral("notes.json: [0].target: missing");
    QTest::newRow("target without selector") << QByteArray("[\n" + good + ",\n{\"id\": \"b\", \"target\": \"https://example.com\"}]") << QStringLiteral("notes.json:3: [1].target: a target without selectors cannot be anchored; expected an object with \"source\" and \"selector\"");
    QTest::newRow("no quote selector") << QByteArray("[\n" + good + ",\n{\"id\": \"b\",\n \"target\": {\"source\": \"urn:tickerline:source:altman-post-2025-01-20\",\n \"selector\": [{\"type\": \"CssSelector\", \"value\": \"p\"}]}}]") << QStringLiteral("notes.json:5: [1].target.selector: no TextQuoteSelector");
    QTest::newRow("empty exact") << QByteArray(R"([{"id": "a", "target": {"source": "urn:tickerline:source:altman-post-2025-01-20", "selector": [{"type": "TextQuoteSelector", "exact": ""}]}}])") << QStringLiteral("notes.json:1: [0].target.selector[0].exact: empty");
    QTest::newRow("negative start") << QByteArray(R"([{"id": "a", "target": {"source": "urn:tickerline:source:altman-post-2025-01-20", "selector": [{"type": "TextQuoteSelector", "exact": "x"}, {"type": "TextPositionSelector", "start": -1, "end": 3}]}}])") << QStringLiteral("notes.json:1: [0].target.selector[1].start: expected a whole number of code points, 0 or more");
    QTest::newRow("fractional end") << QByteArray(R"([{"id": "a", "target": {"source": "urn:tickerline:source:altman-post-2025-01-20", "selector": [{"type": "TextQuoteSelector", "exact": "x"}, {"type": "TextPositionSelector", "start": 1, "end": 3.5}]}}])") << QStringLiteral("notes.json:1: [0].target.selector[1].end: expected a whole number of code points, 0 or more");
    QTest::newRow("end before start") << QByteArray(R"([{"id": "a", "target": {"source": "urn:tickerline:source:altman-post-2025-01-20", "selector": [{"type": "TextQuoteSelector", "exact": "x"}, {"type": "TextPositionSelector", "start": 5, "end": 3}]}}])") << QStringLiteral("notes.json:1: [0].target.selector[1].end: 3 is before start 5");
    QTest::newRow("unknown URL") << QByteArray(R"([{"id": "a", "target": {"source": "https://example.org/other", "selector": [{"type": "TextQuoteSelector", "exact": "x"}]}}])") << QStringLiteral("notes.json:1: [0].target.source: no source has the URL \"https://example.org/other\"; import the article first");
    QTest::newRow("shared URL") << QByteArray(R"([{"id": "a", "target": {"source": "https://example.com/mirror", "selector": [{"type": "TextQuoteSelector", "exact": "x"}]}}])") << QStringLiteral("notes.json:1: [0].target.source: the URL \"https://example.com/mirror\" belongs to several sources (mirror-1, mirror-2); use urn:tickerline:source:UID");
    QTest::newRow("unknown source uid") << QByteArray(R"([{"id": "a", "target": {"source": "urn:tickerline:source:nope", "selector": [{"type": "TextQuoteSelector", "exact": "x"}]}}])") << QStringLiteral("notes.json:1: [0].target.source: no source \"nope\"; import the source first");
    QTest::newRow("bad status") << QByteArray("[" + good.chopped(1) + ", \"tickerline:status\": \"lost\"}]") << QStringLiteral("notes.json:1: [0].tickerline:status: \"lost\" is not one of exact, moved, fuzzy, orphaned");
    QTest::newRow("score above 1") << QByteArray("[" + good.chopped(1) + ", \"tickerline:score\": 1.5}]") << QStringLiteral("notes.json:1: [0].tickerline:score: expected a number from 0 to 1");
    QTest::newRow("two events") << QByteArray("[" + good.chopped(1) + ", \"body\": [\"urn:tickerline:event:a\",\n \"urn:tickerline:event:b\"]}]") << QStringLiteral("notes.json:2: [0].body[1]: a second event; a quote documents one event");
    QTest::newRow("remote page") << QByteArray(R"({"type": "AnnotationCollection", "first": "https://example.com/page1"})") << QStringLiteral("notes.json:1: first: the annotations are on another page (https://example.com/page1); embed the page in the file");
    QTest::newRow("items not an array") << QByteArray(R"({"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": {}}})") << QStringLiteral("notes.json:1: first.items: expected an array");
}

void TestWebAnnotation::refusesBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    // A message ending in ": " is a prefix: the rest is Qt's own wording of a JSON syntax error.
    const QString actual = refusal(json);
    QVERIFY2(actual == message || (message.endsWith(QLatin1String(": ")) && actual.startsWith(message)),
             qPrintable(actual));
}

void TestWebAnnotation::readFileNamesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quotes.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(WebAnnotation::write(testQuotes(), testSources()));
    file.close();
    QCOMPARE(WebAnnotation::readFile(path, testSources()), testQuotes());
    try {
        WebAnnotation::readFile(path, {});
        QFAIL("a quote of an unknown source was read");
    } catch (const Error &error) {
        QVERIFY2(error.message().startsWith(path + QLatin1Char(':')), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("first.items[0].target.source")), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestWebAnnotation)
#include "tst_webannotation.moc"
