// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>

namespace tickerline {

namespace {

struct NamedEntity
{
    const char *name;
    char16_t value;
};

// The Latin-1 supplement (U+00A0..U+00FF) in order, then the common punctuation and symbols.
constexpr std::array<const char *, 96> kLatin1Names{
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

constexpr std::array<NamedEntity, 48> kOtherEntities{{
    {"amp", u'&'},       {"lt", u'<'},        {"gt", u'>'},        {"quot", u'"'},      {"apos", u'\''},
    {"ndash", 0x2013},   {"mdash", 0x2014},   {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"sbquo", 0x201A},
    {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},   {"dagger", 0x2020},  {"Dagger", 0x2021},
    {"bull", 0x2022},    {"hellip", 0x2026},  {"permil", 0x2030},  {"prime", 0x2032},   {"Prime", 0x2033},
    {"lsaquo", 0x2039},  {"rsaquo", 0x203A},  {"euro", 0x20AC},    {"trade", 0x2122},   {"minus", 0x2212},
    {"larr", 0x2190},    {"uarr", 0x2191},    {"rarr", 0x2192},    {"darr", 0x2193},    {"harr", 0x2194},
    {"le", 0x2264},      {"ge", 0x2265},      {"ne", 0x2260},      {"asymp", 0x2248},   {"infin", 0x221E},
    {"thinsp", 0x2009},  {"ensp", 0x2002},    {"emsp", 0x2003},    {"zwnj", 0x200C},    {"zwj", 0x200D},
    {"lrm", 0x200E},     {"rlm", 0x200F},     {"OElig", 0x0152},   {"oelig", 0x0153},   {"Scaron", 0x0160},
    {"scaron", 0x0161},  {"Yuml", 0x0178},    {"fnof", 0x0192},
}};

std::optional<char16_t> namedEntity(QStringView name)
{
    for (std::size_t i = 0; i < kLatin1Names.size(); ++i) {
        if (name == QLatin1String(kLatin1Names[i]))
            return char16_t(0xA0 + i);
    }
    for (const NamedEntity &entity : kOtherEntities) {
        if (name == QLatin1String(entity.name))
            return entity.value;
    }
    return std::nullopt;
}

char32_t numericEntity(char32_t code)
{
    static constexpr std::array<char16_t, 32> k80to9F{
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    if (code >= 0x80 && code <= 0x9F)
        return k80to9F[code - 0x80]; // what browsers do with these C1 references
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0xFFFD;
    return code;
}

int digitValue(QChar c, int base)
{
    const char16_t u = c.unicode();
    int value = -1;
    if (u >= u'0' && u <= u'9')
        value = u - u'0';
    else if (u >= u'a' && u <= u'f')
        value = u - u'a' + 10;
    else if (u >= u'A' && u <= u'F')
        value = u - u'A' + 10;
    return value < base ? value : -1;
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j) == QLatin1Char('#')) {
            ++j;
            const bool hex = j < text.size() && (text.at(j) == QLatin1Char('x') || text.at(j) == QLatin1Char('X'));
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            char32_t code = 0;
            while (j < text.size() && j - digitsStart < 8) {
                const int digit = digitValue(text.at(j), hex ? 16 : 10);
                if (digit < 0)
                    break;
                code = code * (hex ? 16 : 10) + char32_t(digit);
                ++j;
            }
            if (j == digitsStart) {
                out.append(c);
                ++i;
                continue;
            }
            if (j < text.size() && text.at(j) == QLatin1Char(';'))
                ++j;
            const char32_t decoded = numericEntity(code);
            out.append(QString::fromUcs4(&decoded, 1));
            i = j;
            continue;
        }
        while (j < text.size() && j - i <= 10 && text.at(j).unicode() < 128 && text.at(j).isLetterOrNumber())
            ++j;
        const QStringView name = text.mid(i + 1, j - i - 1);
        const bool terminated = j < text.size() && text.at(j) == QLatin1Char(';');
        const auto value = namedEntity(name);
        // Without ';' only the few legacy names that browsers still accept.
        static const QStringList legacy{QStringLiteral("amp"), QStringLiteral("lt"), QStringLiteral("gt"),
                                        QStringLiteral("quot"), QStringLiteral("nbsp"), QStringLiteral("copy")};
        if (value && (terminated || legacy.contains(name.toString()))) {
            out.append(QChar(*value));
            i = terminated ? j + 1 : j;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\f')
           || c == QLatin1Char('\r');
}

QString collapsed(const QString &text)
{
    QString out;
    bool space = false;
    for (const QChar c : text) {
        if (isHtmlSpace(c) || c == QChar(0xA0)) {
            space = !out.isEmpty();
        } else {
            if (space)
                out.append(QLatin1Char(' '));
            space = false;
            out.append(c);
        }
    }
    return out;
}

// Collects text with HTML's whitespace rules: runs of spaces collapse, blocks become blank lines.
class TextBuilder final
{
public:
    void text(QStringView run, bool preformatted)
    {
        for (const QChar c : run) {
            if (preformatted) {
                flush();
                m_out.append(c == QChar(0xA0) ? QChar(QLatin1Char(' ')) : c);
            } else if (isHtmlSpace(c)) {
                m_space = true;
            } else {
                flush();
                m_out.append(c == QChar(0xA0) ? QChar(QLatin1Char(' ')) : c);
            }
        }
    }
    void lineBreak()
    {
        trimTrailingSpaces();
        if (!m_out.isEmpty())
            m_out.append(QLatin1Char('\n'));
        m_space = false;
    }
    void breakBefore(int newlines) { m_newlines = std::max(m_newlines, newlines); }
    const QString &result()
    {
        trimTrailingSpaces();
        while (m_out.endsWith(QLatin1Char('\n')))
            m_out.chop(1);
        return m_out;
    }
    qsizetype size() const { return m_out.size(); }
    QString from(qsizetype start) const { return m_out.mid(start); }

private:
    void trimTrailingSpaces()
    {
        while (m_out.endsWith(QLatin1Char(' ')) || m_out.endsWith(QLatin1Char('\t')))
            m_out.chop(1);
    }
    void flush()
    {
        if (m_out.isEmpty()) {
            m_newlines = 0;
            m_space = false;
            return;
        }
        if (m_newlines > 0) {
            trimTrailingSpaces();
            qsizetype present = 0;
            while (present < m_out.size() && m_out.at(m_out.size() - 1 - present) == QLatin1Char('\n'))
                ++present;
            for (qsizetype k = present; k < m_newlines; ++k)
                m_out.append(QLatin1Char('\n'));
        } else if (m_space && !m_out.endsWith(QLatin1Char('\n'))) {
            m_out.append(QLatin1Char(' '));
        }
        m_newlines = 0;
        m_space = false;
    }

    QString m_out;
    int m_newlines = 0;
    bool m_space = false;
};

bool isBlockTag(QStringView name)
{
    static const QStringList blocks{
        QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),  QStringLiteral("footer"),     QStringLiteral("nav"),     QStringLiteral("aside"),
        QStringLiteral("main"),    QStringLiteral("h1"),         QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("ul"),
        QStringLiteral("ol"),      QStringLiteral("dl"),         QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("table"),   QStringLiteral("figure"),     QStringLiteral("figcaption"), QStringLiteral("hr"),
        QStringLiteral("address"), QStringLiteral("form"),       QStringLiteral("fieldset"), QStringLiteral("details"),
        QStringLiteral("summary"), QStringLiteral("caption"),    QStringLiteral("body"),    QStringLiteral("html"),
        QStringLiteral("center"),  QStringLiteral("hgroup")};
    return blocks.contains(name.toString());
}

bool isLineTag(QStringView name)
{
    return name == QLatin1String("li") || name == QLatin1String("tr") || name == QLatin1String("dt")
           || name == QLatin1String("dd");
}

// Elements whose content is never text of the article: raw text ones end at their first end tag,
// the others may nest.
bool isRawSkipped(QStringView name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("noscript")
           || name == QLatin1String("iframe") || name == QLatin1String("xmp") || name == QLatin1String("noembed")
           || name == QLatin1String("noframes") || name == QLatin1String("textarea");
}

bool isNestedSkipped(QStringView name)
{
    return name == QLatin1String("template") || name == QLatin1String("object") || name == QLatin1String("svg")
           || name == QLatin1String("math") || name == QLatin1String("canvas")
           || name == QLatin1String("video") || name == QLatin1String("audio") || name == QLatin1String("select");
}

struct Tag
{
    QString name; // lowercased; empty if the '<' did not open a tag
    bool closing = false;
    bool selfClosing = false;
    qsizetype end = 0; // index after '>'
};

Tag readTag(const QString &html, qsizetype at)
{
    Tag tag;
    qsizetype i = at + 1;
    if (i < html.size() && html.at(i) == QLatin1Char('/')) {
        tag.closing = true;
        ++i;
    }
    if (i >= html.size() || !(html.at(i).unicode() < 128 && html.at(i).isLetter()))
        return {};
    const qsizetype nameStart = i;
    while (i < html.size() && !isHtmlSpace(html.at(i)) && html.at(i) != QLatin1Char('>')
           && html.at(i) != QLatin1Char('/'))
        ++i;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    QChar quote;
    for (; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            tag.selfClosing = i > at && html.at(i - 1) == QLatin1Char('/');
            tag.end = i + 1;
            return tag;
        }
    }
    tag.end = html.size(); // an unclosed tag swallows the rest, as in a browser
    return tag;
}

// Index after the end tag that closes a raw-text element, or the end of the text.
qsizetype skipRawText(const QString &html, qsizetype from, const QString &name)
{
    const QString closing = QStringLiteral("</") + name;
    for (qsizetype at = html.indexOf(closing, from, Qt::CaseInsensitive); at >= 0;
         at = html.indexOf(closing, at + 1, Qt::CaseInsensitive)) {
        const qsizetype after = at + closing.size();
        if (after >= html.size() || isHtmlSpace(html.at(after)) || html.at(after) == QLatin1Char('>')
            || html.at(after) == QLatin1Char('/')) {
            const qsizetype gt = html.indexOf(QLatin1Char('>'), after);
            return gt < 0 ? html.size() : gt + 1;
        }
    }
    return html.size();
}

} // namespace

QString HtmlText::toText(const QString &html, QString *title)
{
    TextBuilder builder;
    QString pageTitle;
    QString firstHeading;
    qsizetype headingStart = -1;
    int preDepth = 0;
    QString skipName;
    int skipDepth = 0;

    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) != QLatin1Char('<')) {
            qsizetype next = html.indexOf(QLatin1Char('<'), i);
            if (next < 0)
                next = html.size();
            if (skipDepth == 0)
                builder.text(decodeEntities(QStringView(html).mid(i, next - i)), preDepth > 0);
            i = next;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype close = html.indexOf(QLatin1String("-->"), i + 4);
            i = close < 0 ? html.size() : close + 3;
            continue;
        }
        if (i + 1 < html.size() && (html.at(i + 1) == QLatin1Char('!') || html.at(i + 1) == QLatin1Char('?'))) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i);
            i = close < 0 ? html.size() : close + 1;
            continue;
        }
        const Tag tag = readTag(html, i);
        if (tag.name.isEmpty()) {
            if (skipDepth == 0)
                builder.text(u"<", preDepth > 0);
            ++i;
            continue;
        }
        i = tag.end;
        if (skipDepth > 0) {
            if (tag.name == skipName && !tag.selfClosing)
                skipDepth += tag.closing ? -1 : 1;
            continue;
        }
        if (tag.closing) {
            if (tag.name == QLatin1String("pre"))
                preDepth = std::max(0, preDepth - 1);
            if (tag.name == QLatin1String("h1") && headingStart >= 0 && firstHeading.isEmpty()) {
                firstHeading = collapsed(builder.from(headingStart));
                headingStart = -1;
            }
            if (isBlockTag(tag.name))
                builder.breakBefore(2);
            else if (isLineTag(tag.name))
                builder.breakBefore(1);
            else if (tag.name == QLatin1String("td") || tag.name == QLatin1String("th"))
                builder.text(u" ", false);
            continue;
        }
        if (tag.name == QLatin1String("title")) {
            const qsizetype end = skipRawText(html, i, tag.name);
            const qsizetype closeAt = html.lastIndexOf(QLatin1Char('<'), end - 1);
            if (pageTitle.isEmpty())
                pageTitle = collapsed(decodeEntities(QStringView(html).mid(i, std::max<qsizetype>(0, closeAt - i))))
                                .left(1000); // an unclosed <title> must not swallow the page
            i = end;
        } else if (isRawSkipped(tag.name)) {
            if (!tag.selfClosing)
                i = skipRawText(html, i, tag.name);
        } else if (isNestedSkipped(tag.name)) {
            if (!tag.selfClosing) {
                skipName = tag.name;
                skipDepth = 1;
            }
        } else if (tag.name == QLatin1String("br")) {
            builder.lineBreak();
        } else if (isBlockTag(tag.name)) {
            builder.breakBefore(2);
            if (tag.name == QLatin1String("pre")) {
                ++preDepth;
                if (i < html.size() && html.at(i) == QLatin1Char('\n'))
                    ++i; // the newline right after <pre> is not content
            }
            if (tag.name == QLatin1String("h1") && firstHeading.isEmpty()) {
                builder.text(u"", false);
                headingStart = builder.size();
            }
        } else if (isLineTag(tag.name)) {
            builder.breakBefore(1);
            if (tag.name == QLatin1String("li"))
                builder.text(u"\u2022 ", false);
        }
    }
    if (title)
        *title = pageTitle.isEmpty() ? firstHeading.trimmed() : pageTitle;
    return builder.result();
}

} // namespace tickerline
