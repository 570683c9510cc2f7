// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "io/articletext.h"
#include "io/characterreference.h"
#include "io/characterreferencetable.h"
#include "io/htmltext.h"
#include "io/markdowntext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TICKERLINE_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The message of the Error that reading bytes as fileName throws; empty if none is thrown.
QString refusal(const QByteArray &bytes, const QString &fileName)
{
    try {
        ArticleText::fromBytes(bytes, fileName);
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

QString htmlEscaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QStringLiteral("\u2019"), QStringLiteral("&rsquo;"));
    out.replace(QStringLiteral("\u2014"), QStringLiteral("&#8212;"));
    return out;
}

} // namespace

class TestArticleText final : public QObject
{
    Q_OBJECT

private slots:
    void plainTextIsKeptVerbatim();
    void plainTextBomLineEndsAndNfc();
    void htmlReduction();
    void htmlOfRealArticle();
    void htmlWithThousandScripts();
    void htmlUnclosedScriptAndComment();
    void htmlDeclaredWindows1252();
    void htmlNestedAMillionDeep();
    void htmlThatAbortsGumbo();
    void htmlCharacterReferences();
    void htmlEveryNamedCharacterReference();
    void markdown();
    void markdownCharacterReferences();
    void markdownBlocks();
    void reducedTextFuzzFindings();
    void formatDetection();
    void brokenEncodingRefused();
    void emptyRefused();
    void nulRefused();
    void hugeFileRefused();
};

void TestArticleText::plainTextIsKeptVerbatim()
{
    const QString path = QStringLiteral(TICKERLINE_TEST_DATA "/articles/futurism-altman-deepseek.txt");
    const Article article = ArticleText::readFile(path);
    QCOMPARE(article.format, ArticleFormat::Text);
    QCOMPARE(article.text, QString::fromUtf8(readData(QStringLiteral("articles/futurism-altman-deepseek.txt"))));
    QVERIFY(article.text.contains(QStringLiteral("The winners won\u2019t be the ones burning the most cash")));
    QVERIFY(article.title.isEmpty());
}

void TestArticleText::plainTextBomLineEndsAndNfc()
{
    // "Cafe" + combining acute accent, CRLF and a lone CR.
    const Article article = ArticleText::fromBytes(QByteArray("\xEF\xBB\xBF"
                                                              "Cafe\xCC\x81 line\r\nnext\rlast\n"),
                                                   QStringLiteral("a.txt"));
    QCOMPARE(article.text, QStringLiteral("Caf\u00E9 line\nnext\nlast\n"));
}

void TestArticleText::htmlReduction()
{
    const QByteArray html =
        "<!DOCTYPE html><html><head><title>Sam Altman &amp; DeepSeek</title>"
        "<meta charset=\"utf-8\"><link rel=stylesheet href=\"https://example.com/a.css\">"
        "<style>p { color: red } /* <p>not text</p> */</style>"
        "<script>document.write('<p>evil</p>'); if (a < b && c > d) {}</script></head>\n"
        "<body><!-- a comment <p>hidden</p> -->\n<h1>Altman   responds</h1>\n"
        "<p>After several days&nbsp;of silence,\n   &ldquo;quoted&rdquo; &#8212; &#x1F4C8; &euro; &amp &bogus; 5 &lt; "
        "6</p>"
        "<p>Second<br>line<br/>third</p><ul><li>one</li><li>two</li></ul>"
        "<noscript>Enable JavaScript</noscript><svg><svg><text>svg text</text></svg><text>more</text></svg>"
        "<iframe src=\"https://example.com\">frame text</iframe><template><p>template</p></template>"
        "<object data=\"x.swf\"><p>fallback</p></object><table><tr><td>NVDA</td><td>-16.97%</td></tr></table>"
        "<pre>\n  keep   spaces\n  here</pre><img src=\"https://example.com/tracker.png\" alt=\"tracker\">"
        "<p>Café <b>bold</b><i>italic</i></p></body></html>";
    const Article article = ArticleText::fromBytes(html, QStringLiteral("page.html"));
    QCOMPARE(article.format, ArticleFormat::Html);
    QCOMPARE(article.title, QStringLiteral("Sam Altman & DeepSeek"));
    QCOMPARE(article.text,
             QStringLiteral("Altman responds\n\n"
                            "After several days of silence, \u201Cquoted\u201D \u2014 📈 \u20AC & &bogus; 5 < 6\n\n"
                            "Second\nline\nthird\n\n"
                            "\u2022 one\n\u2022 two\n\n"
                            "NVDA -16.97%\n\n"
                            "  keep   spaces\n  here\n\n"
                            "Café bolditalic"));
}

void TestArticleText::htmlOfRealArticle()
{
    const QString text = QString::fromUtf8(readData(QStringLiteral("articles/futurism-altman-deepseek.txt")));
    QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (QString &paragraph : paragraphs)
        paragraph = paragraph.trimmed();
    QString html = QStringLiteral("<html><head><title>Sam Altman Says OpenAI Will Release Better Models</title>"
                                  "<script src=\"https://futurism.com/app.js\"></script></head><body>\n");
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("  <p>\n    ") + htmlEscaped(paragraph) +
                QStringLiteral("\n  </p>\n<script>track()</script>\n");
    html += QStringLiteral("</body></html>\n");

    const Article article = ArticleText::fromBytes(html.toUtf8(), QStringLiteral("futurism.html"));
    QCOMPARE(article.text, paragraphs.join(QStringLiteral("\n\n")));
    QCOMPARE(article.title, QStringLiteral("Sam Altman Says OpenAI Will Release Better Models"));
}

void TestArticleText::htmlWithThousandScripts()
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < 1000; ++i) {
        html += "<script type=\"text/javascript\">var s = '<p>fake " + QByteArray::number(i) +
                "</p></div>'; // </scripts are not the end\n</script>";
        html += "<p>Paragraph " + QByteArray::number(i) + "</p>";
    }
    html += "</body></html>";
    const Article article = ArticleText::fromBytes(html, QStringLiteral("scripts.htm"));
    const QStringList paragraphs = article.text.split(QStringLiteral("\n\n"));
    QCOMPARE(paragraphs.size(), 1000);
    QCOMPARE(paragraphs.first(), QStringLiteral("Paragraph 0"));
    QCOMPARE(paragraphs.last(), QStringLiteral("Paragraph 999"));
    QVERIFY(!article.text.contains(QStringLiteral("fake")));
    QVERIFY(!article.text.contains(QStringLiteral("var")));
}

void TestArticleText::htmlUnclosedScriptAndComment()
{
    QCOMPARE(ArticleText::fromBytes("<p>Kept</p><script>var a = 1; <p>lost</p>", QStringLiteral("a.html")).text,
             QStringLiteral("Kept"));
    QCOMPARE(ArticleText::fromBytes("<p>Kept</p><!-- <p>lost</p>", QStringLiteral("a.html")).text,
             QStringLiteral("Kept"));
    QCOMPARE(ArticleText::fromBytes("<p>a < b and c<3</p><p", QStringLiteral("a.html")).text,
             QStringLiteral("a < b and c<3"));
}

void TestArticleText::htmlDeclaredWindows1252()
{
    const QByteArray html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                            "</head><body><p>Caf\xE9 \x93quoted\x94 \x80 5 \x97 won\x92t</p></body></html>";
    QCOMPARE(ArticleText::fromBytes(html, QStringLiteral("old.html")).text,
             QStringLiteral("Caf\u00E9 \u201Cquoted\u201D \u20AC 5 \u2014 won\u2019t"));
}

void TestArticleText::htmlNestedAMillionDeep()
{
    // A page nested deeper than any browser shows is refused at once, naming the file and line
    // (gumbo's time grows with the square of the depth: this one would take hours).
    const QByteArray tooDeep = "<p>Top</p>\n" + QByteArray("<div>").repeated(1000000) + "deep &amp; down";
    try {
        ArticleText::fromBytes(tooDeep, QStringLiteral("deep.html"));
        QFAIL("a page a million elements deep was read");
    } catch (const Error &error) {
        QCOMPARE(error.message(), QStringLiteral("deep.html:2: content: elements are nested more than 4096 deep; "
                                                 "Tickerline reads pages nested as a browser shows them"));
    }
    // At the limit a page is read, and its tree is freed without recursing once per level.
    const QByteArray deepest =
        "<p>Top</p>" + QByteArray("<span>").repeated(HtmlText::kMaxNesting - 2) + "deep &amp; down";
    QCOMPARE(ArticleText::fromBytes(deepest, QStringLiteral("deep.html")).text, QStringLiteral("Top\n\ndeep & down"));
    // Many elements that do not nest are no depth at all: paragraphs, items and breaks left open,
    // void elements, tags in comments, scripts and attribute values, and closed elements.
    QByteArray flat = "<ul>";
    for (int i = 0; i < 20000; ++i)
        flat += "<li>item<br><img src=x><p>para <b title='<div>'>bold</b> <!-- <div> --><script>'<div>'</script>";
    flat += "</ul>";
    const QString text = ArticleText::fromBytes(flat, QStringLiteral("flat.html")).text;
    QVERIFY2(text.startsWith(QStringLiteral("• item\n\npara bold")), qPrintable(text.left(60)));
}

void TestArticleText::htmlThatAbortsGumbo()
{
    // Debian's gumbo fails an assertion, and so would end the program, on a <select> between a
    // table and foreign content (found by fuzz_articletext). The page is read; a form's options
    // are no article text.
    const QByteArray html = "<p>Before<table><svg><select><title><select><td>cell</td></table>"
                            "<p>After <SELECT name=x><option>one</option></SELECT> end";
    const Article article = ArticleText::fromBytes(html, QStringLiteral("select.html"));
    QVERIFY2(article.text.contains(QStringLiteral("After")) && article.text.contains(QStringLiteral("end")),
             qPrintable(article.text));
    QVERIFY2(!article.text.contains(QStringLiteral("one")), qPrintable(article.text));
}

void TestArticleText::htmlCharacterReferences()
{
    const QByteArray html = "<html><head><title>&CounterClockwiseContourIntegral; &copy</title></head><body>"
                            "<p>&CounterClockwiseContourIntegral; &NotNestedGreaterGreater; &amp &copy 2025 "
                            "&#0; &#x80; &#128; &#xD800; &#x110000; &#99999999999; &bogus; &notit; &amp;amp;</p>"
                            "<p>&Afr;&nbsp;&NewLine;&lt;b&gt;</p></body></html>";
    const Article article = ArticleText::fromBytes(html, QStringLiteral("refs.html"));
    const char32_t afr = 0x1D504;
    QCOMPARE(article.title, QStringLiteral("\u2233 \u00A9"));
    QCOMPARE(article.text, QStringLiteral("\u2233 \u2AA2\u0338 & \u00A9 2025 \uFFFD \u20AC \u20AC \uFFFD \uFFFD \uFFFD "
                                          "&bogus; \u00ACit; &amp;\n\n") +
                               QString::fromUcs4(&afr, 1) +
                               QStringLiteral("  <b>")); // a no-break space does not collapse
}

// Every one of HTML5's 2,231 names, as gumbo reads it in a page, is what the table says it is:
// the parser and the table used for Markdown check each other.
void TestArticleText::htmlEveryNamedCharacterReference()
{
    QCOMPARE(CharacterReference::namedCount(), 2231);
    int checked = 0;
    for (const NamedCharacterReference &entry : kNamedCharacterReferences) {
        QByteArray name(entry.name);
        const bool terminated = name.endsWith(';');
        // Inside <pre> the whitespace ones (&Tab;, &NewLine;) stay as they are.
        const QByteArray html = "<pre>x[&" + name + "]</pre>";
        const char32_t points[2] = {entry.first, entry.second};
        QString expected =
            QStringLiteral("x[") + QString::fromUcs4(points, entry.second == 0 ? 1 : 2) + QStringLiteral("]");
        expected.replace(QChar(0xA0), QLatin1Char(' ')); // as a no-break space always is
        const Article article = ArticleText::fromBytes(html, QStringLiteral("ref.html"));
        QVERIFY2(article.text == expected.normalized(QString::NormalizationForm_C), entry.name);
        if (terminated) {
            const QString decoded = CharacterReference::decode(QString::fromLatin1("&" + name)).value_or(QString());
            QVERIFY2(decoded == QString::fromUcs4(points, entry.second == 0 ? 1 : 2), entry.name);
        }
        ++checked;
    }
    QCOMPARE(checked, 2231);
}

void TestArticleText::markdown()
{
    const QByteArray markdown =
        "# Altman responds #\n\n"
        "After **several** days of _silence_, see [the post](https://x.com/sama \"title\") and\n"
        "[the *report*][ft]. ![chart](chart.png)\n\n"
        "[ft]: https://ft.com/content/x\n"
        "```cpp\n"
        "code  **kept**  [as is](x)\n"
        "```\n\n"
        "- one\n"
        "* two `a*b`\n\n"
        "1. first\n"
        "2. second\n\n"
        "> quoted line\n"
        "> continues\n\n"
        "---\n\n"
        "snake_case, 3*4 and a * b stay; \\*escaped\\*; <span>tag</span> <https://example.com>\n"
        "Setext heading\n"
        "==============\n";
    QString title;
    const Article article = ArticleText::fromBytes(markdown, QStringLiteral("post.md"));
    QCOMPARE(article.format, ArticleFormat::Markdown);
    QCOMPARE(article.title, QStringLiteral("Altman responds"));
    QCOMPARE(article.text,
             QStringLiteral("Altman responds\n\n"
                            "After several days of silence, see the post and the report.\n\n"
                            "code  **kept**  [as is](x)\n\n"
                            "\u2022 one\n\n\u2022 two a*b\n\n" // a new bullet character starts a new list
                            "1. first\n2. second\n\n"
                            "quoted line continues\n\n"
                            "snake_case, 3*4 and a * b stay; *escaped*; tag https://example.com Setext heading"));
}

void TestArticleText::markdownCharacterReferences()
{
    const QByteArray markdown =
        "# &CounterClockwiseContourIntegral; &copy;\n\n"
        "&CounterClockwiseContourIntegral; &NotNestedGreaterGreater; &amp; &copy 2025 &bogus; &Amp;\n"
        "&#0; &#x80; &#128; &#xD800; &#8212; &#x1F4C8; `&amp;` \\&amp;\n\n"
        "[&ldquo;a link&rdquo;](https://example.com/?a=1&amp;b=2) ![&alpha;](x.png)\n\n"
        "| &alpha; | &beta; |\n|---|---|\n| &lt;1&gt; | &euro;5 |\n";
    const Article article = ArticleText::fromBytes(markdown, QStringLiteral("refs.md"));
    const char32_t chart = 0x1F4C8;
    QCOMPARE(article.title, QStringLiteral("\u2233 \u00A9"));
    QCOMPARE(article.text, QStringLiteral("\u2233 \u00A9\n\n"
                                          "\u2233 \u2AA2\u0338 & &copy 2025 &bogus; &Amp; "
                                          "\uFFFD \u20AC \u20AC \uFFFD \u2014 ") +
                               QString::fromUcs4(&chart, 1) +
                               QStringLiteral(" &amp; &amp;\n\n"
                                              "\u201Ca link\u201D\n\n"
                                              "\u03B1 \u03B2\n<1> \u20AC5"));
    // Each name with its ';' reads as HTML reads it (the table is checked against gumbo above).
    for (const NamedCharacterReference &entry : kNamedCharacterReferences) {
        const QByteArray name(entry.name);
        if (!name.endsWith(';'))
            continue; // CommonMark knows only the names with ';'
        const char32_t points[2] = {entry.first, entry.second};
        const QString expected =
            QStringLiteral("x[") + QString::fromUcs4(points, entry.second == 0 ? 1 : 2) + QStringLiteral("]");
        const Article article = ArticleText::fromBytes("x[&" + name + "]", QStringLiteral("ref.md"));
        QVERIFY2(article.text == expected.normalized(QString::NormalizationForm_C), entry.name);
    }
}

void TestArticleText::markdownBlocks()
{
    const QByteArray markdown =
        "Intro with a hard  \nbreak and a soft\nbreak.\n\n"
        "<div class=\"note\">\n<script>alert('no')</script>\n<p>HTML &amp; block</p>\n</div>\n\n"
        "3) third\n3) fourth\n   - nested\n\n"
        "- loose one\n\n- loose two\n\n"
        "Paragraph.\n\n"
        "    indented code\n    kept\n\n"
        "```\n```\n\n"
        "| Ticker | Close |\n|:--|--:|\n| NVDA | 118.42 |\n| | 3 |\n\n"
        "~~struck~~ www.example.com/a_b_c_ and gone ![alt *text*](a.png)\n";
    const Article article = ArticleText::fromBytes(markdown, QStringLiteral("blocks.md"));
    QVERIFY(article.title.isEmpty());
    QCOMPARE(article.text, QStringLiteral("Intro with a hard\nbreak and a soft break.\n\n"
                                          "HTML & block\n\n"
                                          "3) third\n4) fourth\n\u2022 nested\n\n"
                                          "\u2022 loose one\n\n\u2022 loose two\n\n"
                                          "Paragraph.\n\n"
                                          "indented code\nkept\n\n"
                                          "Ticker Close\nNVDA 118.42\n3\n\n"
                                          "struck www.example.com/a_b_c_ and gone"));
}

// Found by fuzz_htmltext and fuzz_markdowntext.
void TestArticleText::reducedTextFuzzFindings()
{
    QCOMPARE(ArticleText::fromBytes("<p>a</p><pre>b \n</pre>", QStringLiteral("a.html")).text,
             QStringLiteral("a\n\nb"));
    QCOMPARE(ArticleText::fromBytes("a\n\n```\nb \n```\n", QStringLiteral("a.md")).text, QStringLiteral("a\n\nb"));
    // A carriage return from a reference is a line break in a <pre> and a space in Markdown text.
    QCOMPARE(ArticleText::fromBytes("<pre>a&#13;b</pre><p>c&#13;d</p>", QStringLiteral("a.html")).text,
             QStringLiteral("a\nb\n\nc d"));
    QCOMPARE(ArticleText::fromBytes("a&#13;b &#xD;", QStringLiteral("a.md")).text, QStringLiteral("a b"));
    // ArticleText refuses NUL bytes, but MarkdownText may be given text with U+0000 in it.
    QCOMPARE(MarkdownText::toText(QString::fromUtf8("**20 Januar\x01\0a\x10\0**", 18)),
             QStringLiteral("20 Januar\u0001\uFFFDa\u0010\uFFFD"));
}

void TestArticleText::formatDetection()
{
    QCOMPARE(ArticleText::detectFormat(QStringLiteral("a.HTM"), "plain words"), ArticleFormat::Html);
    QCOMPARE(ArticleText::detectFormat(QStringLiteral("a.markdown"), "<p>x</p>"), ArticleFormat::Markdown);
    QCOMPARE(ArticleText::detectFormat(QStringLiteral("a.txt"), "# not a heading"), ArticleFormat::Text);
    QCOMPARE(ArticleText::detectFormat(QStringLiteral("download"), "\n  <!DOCTYPE html><html>"), ArticleFormat::Html);
    QCOMPARE(ArticleText::detectFormat(QStringLiteral("download"), "Title\n\n## Part\n\ntext"),
             ArticleFormat::Markdown);
    QCOMPARE(ArticleText::detectFormat(QStringLiteral("download"), "Altman tweeted Monday evening."),
             ArticleFormat::Text);
    QCOMPARE(ArticleText::formatFromName(QStringLiteral("HTML")), std::optional(ArticleFormat::Html));
    QCOMPARE(ArticleText::formatFromName(QStringLiteral("md")), std::optional(ArticleFormat::Markdown));
    QCOMPARE(ArticleText::formatFromName(QStringLiteral("plain")), std::optional(ArticleFormat::Text));
    QCOMPARE(ArticleText::formatFromName(QStringLiteral("pdf")), std::nullopt);
    // --format forces: an .html file read as text keeps its tags.
    QCOMPARE(ArticleText::fromBytes("<p>x</p>", QStringLiteral("a.html"), ArticleFormat::Text).text,
             QStringLiteral("<p>x</p>"));
}

void TestArticleText::brokenEncodingRefused()
{
    const QString plain = refusal("line one\nline two caf\xE9\n", QStringLiteral("notes.txt"));
    QVERIFY2(plain.startsWith(QStringLiteral("notes.txt:2: encoding: byte 21 (0xe9, column 13) is not UTF-8")),
             qPrintable(plain));
    // A truncated sequence at the very end, and an encoded surrogate.
    QVERIFY(refusal("ok \xE2\x80", QStringLiteral("a.txt")).startsWith(QStringLiteral("a.txt:1: encoding: byte 3")));
    QVERIFY(refusal("\xED\xA0\x80", QStringLiteral("a.txt")).startsWith(QStringLiteral("a.txt:1: encoding: byte 0")));
    const QString declaredUtf8 = refusal("<meta charset=utf-8>\n<p>caf\xE9</p>", QStringLiteral("page.html"));
    QVERIFY2(declaredUtf8.startsWith(QStringLiteral("page.html:2: encoding:")), qPrintable(declaredUtf8));
    const QString shiftJis = refusal("<meta charset=\"Shift_JIS\">\n<p>\x82\xA0</p>", QStringLiteral("jp.html"));
    QVERIFY2(shiftJis.contains(QStringLiteral("declares charset \"shift_jis\"")), qPrintable(shiftJis));
    QVERIFY2(shiftJis.startsWith(QStringLiteral("jp.html:2:")), qPrintable(shiftJis));
}

void TestArticleText::emptyRefused()
{
    QCOMPARE(refusal("", QStringLiteral("empty.txt")), QStringLiteral("empty.txt: the article is empty"));
    QCOMPARE(refusal("\xEF\xBB\xBF \r\n\t\n", QStringLiteral("blank.txt")),
             QStringLiteral("blank.txt: the article is empty"));
    QCOMPARE(refusal("<html><head><title>Only a title</title><script>x()</script></head><body> </body></html>",
                     QStringLiteral("page.html")),
             QStringLiteral("page.html: the article is empty"));
    QCOMPARE(refusal("![only an image](a.png)\n", QStringLiteral("a.md")),
             QStringLiteral("a.md: the article is empty"));
}

void TestArticleText::nulRefused()
{
    const QString message = refusal(QByteArray("first\nsec\0nd", 12), QStringLiteral("bin.txt"));
    QCOMPARE(message, QStringLiteral("bin.txt:2: content: NUL byte at byte 9; this is not a text article"));
}

void TestArticleText::hugeFileRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(ArticleText::kMaxBytes + 1)); // sparse: no disk is used
    file.close();
    try {
        ArticleText::readFile(path);
        QFAIL("a file over 50 MB was read");
    } catch (const Error &error) {
        QCOMPARE(error.message(),
                 path + QStringLiteral(": the article is 50.0 MB, more than the 50 MB an article may have"));
    }
    // Just at the limit the size is not what is refused (the zeros are).
    QVERIFY(file.resize(ArticleText::kMaxBytes));
    try {
        ArticleText::readFile(path);
        QFAIL("a file of NUL bytes was read");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("NUL byte at byte 0")), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestArticleText)
#include "tst_articletext.moc"
