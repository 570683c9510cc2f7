// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include "error.h"

#include <QRegularExpression>
#include <QStringList>

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace tickerline {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\f') ||
           c == QLatin1Char('\r');
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
                // &#13; is the only way a carriage return gets here: a line break in a <pre>.
                m_out.append(c == QChar(0xA0)         ? QChar(QLatin1Char(' '))
                             : c == QLatin1Char('\r') ? QChar(QLatin1Char('\n'))
                                                      : c);
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
        // "a \n" at the end of a <pre> leaves a space once its newline goes.
        while (m_out.endsWith(QLatin1Char('\n')) || m_out.endsWith(QLatin1Char(' ')) ||
               m_out.endsWith(QLatin1Char('\t')))
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

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HGROUP:
        return true;
    default:
        return false;
    }
}

bool isLineTag(GumboTag tag)
{
    return tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD;
}

// Elements whose content is never text of the article. svg and math need no entry: their
// elements are not in the HTML namespace, and no foreign element is read.
// Debian's gumbo 0.10.1 aborts the whole program (a failed assertion, "node_qualified_tag_is")
// on some pages where a <select> meets a table and foreign content, such as
// "<p><table><svg><select><title><select><td>". A form control holds no article text, so its
// tags are renamed to an element gumbo knows nothing special of, and skipped when read.
const char kRenamedSelect[] = "tl-select";

QString withSelectsRenamed(const QString &html)
{
    static const QRegularExpression select(QStringLiteral("<(/?)select(?=[\\s/>]|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!html.contains(QLatin1String("select"), Qt::CaseInsensitive))
        return html;
    QString renamed = html;
    return renamed.replace(select, QStringLiteral("<\\1") + QLatin1String(kRenamedSelect));
}

bool isRenamedSelect(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return false;
    GumboStringPiece name = element.original_tag;
    gumbo_tag_from_original_text(&name);
    return name.length == sizeof(kRenamedSelect) - 1 &&
           QByteArrayView(name.data, qsizetype(name.length)).compare(kRenamedSelect, Qt::CaseInsensitive) == 0;
}

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
        return true;
    default:
        return false;
    }
}

const GumboVector &childrenOf(const GumboNode &node)
{
    return node.type == GUMBO_NODE_DOCUMENT ? node.v.document.children : node.v.element.children;
}

const GumboNode &child(const GumboVector &children, unsigned int index)
{
    return *static_cast<const GumboNode *>(children.data[index]);
}

bool hasChildren(const GumboNode &node)
{
    return node.type == GUMBO_NODE_DOCUMENT || node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE;
}

GumboVector &childrenOf(GumboNode &node)
{
    return node.type == GUMBO_NODE_DOCUMENT ? node.v.document.children : node.v.element.children;
}

// gumbo_destroy_output frees the tree recursively, and a page nested a million elements deep
// overflows the stack there. Made children of the document, all nodes are freed one level down:
// gumbo frees the nodes an element's children vector lists (none, once it is emptied) and the
// vector. Changes nothing when memory runs out, and gumbo frees the tree as it is.
void flatten(GumboNode &document, const GumboOptions &options) noexcept
{
    try {
        std::vector<GumboNode *> nodes{&document};
        for (std::size_t at = 0; at < nodes.size(); ++at) {
            if (!hasChildren(*nodes[at]))
                continue;
            const GumboVector &children = childrenOf(*nodes[at]);
            for (unsigned int i = 0; i < children.length; ++i)
                nodes.push_back(static_cast<GumboNode *>(children.data[i]));
        }
        void *data = options.allocator(options.userdata, nodes.size() * sizeof(void *));
        if (!data)
            return;
        for (GumboNode *node : nodes) {
            if (hasChildren(*node))
                childrenOf(*node).length = 0;
        }
        GumboVector &all = document.v.document.children;
        options.deallocator(options.userdata, all.data);
        all.data = static_cast<void **>(data);
        all.length = all.capacity = static_cast<unsigned int>(nodes.size() - 1);
        std::copy(nodes.begin() + 1, nodes.end(), all.data);
    } catch (const std::bad_alloc &) {
    }
}

// Walks gumbo's tree in document order into a TextBuilder and picks up the title on the way.
class PageReader final
{
public:
    // Iterative, not recursive: a hostile page may nest elements a hundred thousand deep.
    void read(const GumboNode &document)
    {
        std::vector<std::pair<const GumboNode *, unsigned int>> open{{&document, 0U}};
        while (!open.empty()) {
            const GumboNode &node = *open.back().first;
            const GumboVector &children = childrenOf(node);
            if (open.back().second == children.length) {
                leave(node);
                open.pop_back();
                continue;
            }
            const GumboNode &next = child(children, open.back().second++);
            if (enter(next))
                open.emplace_back(&next, 0U);
        }
    }

    QString text() { return m_builder.result(); }
    QString title() const { return m_title.isEmpty() ? m_firstHeading.trimmed() : m_title; }

private:
    // Whether the node's children are to be read.
    bool enter(const GumboNode &node)
    {
        switch (node.type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
            m_builder.text(QString::fromUtf8(node.v.text.text), m_preDepth > 0);
            return false;
        case GUMBO_NODE_ELEMENT:
            return enterElement(node.v.element);
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_CDATA: // only in svg and math, which are skipped
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_TEMPLATE:
            return false;
        }
        return false;
    }

    bool enterElement(const GumboElement &element)
    {
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML || isSkipped(element.tag) || isRenamedSelect(element))
            return false;
        if (element.tag == GUMBO_TAG_TITLE) {
            if (!m_titleSeen)
                m_title = collapsed(textOf(element)).left(1000); // an unclosed <title> holds the rest of the page
            m_titleSeen = true;
            return false;
        }
        if (element.tag == GUMBO_TAG_BR) {
            m_builder.lineBreak();
            return false;
        }
        if (isBlockTag(element.tag)) {
            m_builder.breakBefore(2);
            if (element.tag == GUMBO_TAG_PRE || element.tag == GUMBO_TAG_LISTING)
                ++m_preDepth;
            if (element.tag == GUMBO_TAG_H1 && m_firstHeading.isEmpty() && m_headingStart < 0)
                m_headingStart = m_builder.size();
        } else if (isLineTag(element.tag)) {
            m_builder.breakBefore(1);
            if (element.tag == GUMBO_TAG_LI)
                m_builder.text(u"\u2022 ", false);
        }
        return true;
    }

    void leave(const GumboNode &node)
    {
        if (node.type != GUMBO_NODE_ELEMENT)
            return;
        const GumboTag tag = node.v.element.tag;
        if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING)
            --m_preDepth;
        if (tag == GUMBO_TAG_H1 && m_headingStart >= 0) {
            m_firstHeading = collapsed(m_builder.from(m_headingStart));
            m_headingStart = -1;
        }
        if (isBlockTag(tag))
            m_builder.breakBefore(2);
        else if (isLineTag(tag))
            m_builder.breakBefore(1);
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            m_builder.text(u" ", false);
    }

    // <title> holds text only (the parser reads it as RCDATA).
    static QString textOf(const GumboElement &element)
    {
        QString text;
        for (unsigned int i = 0; i < element.children.length; ++i) {
            const GumboNode &node = child(element.children, i);
            if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE)
                text += QString::fromUtf8(node.v.text.text);
        }
        return text;
    }

    TextBuilder m_builder;
    QString m_title;
    bool m_titleSeen = false;
    QString m_firstHeading;
    qsizetype m_headingStart = -1;
    int m_preDepth = 0;
};

// Elements whose start tag never opens a level: void elements, and those an HTML5 parser closes
// when the next one of the kind starts (a <p> after a <p>, an <li> after an <li>…).
bool opensNoLevel(QStringView tag)
{
    static const QStringList kTags = {
        QStringLiteral("area"),  QStringLiteral("base"),  QStringLiteral("br"),       QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"),    QStringLiteral("img"),      QStringLiteral("input"),
        QStringLiteral("link"),  QStringLiteral("meta"),  QStringLiteral("source"),   QStringLiteral("track"),
        QStringLiteral("wbr"),   QStringLiteral("param"), QStringLiteral("keygen"),   QStringLiteral("p"),
        QStringLiteral("li"),    QStringLiteral("dt"),    QStringLiteral("dd"),       QStringLiteral("tr"),
        QStringLiteral("td"),    QStringLiteral("th"),    QStringLiteral("option"),   QStringLiteral("optgroup"),
        QStringLiteral("rb"),    QStringLiteral("rt"),    QStringLiteral("rp"),       QStringLiteral("tbody"),
        QStringLiteral("thead"), QStringLiteral("tfoot"), QStringLiteral("colgroup"), QStringLiteral("caption")};
    return std::any_of(kTags.cbegin(), kTags.cend(), [tag](const QString &name) { return tag == name; });
}

// Elements whose content is text up to their end tag, where a "<" is no tag.
bool holdsRawText(QStringView tag)
{
    return tag == u"script" || tag == u"style" || tag == u"textarea" || tag == u"title" || tag == u"xmp" ||
           tag == u"iframe" || tag == u"noembed" || tag == u"noframes";
}

// A fast look at the tags, before gumbo parses the page: the deepest nesting its start and end
// tags could give, counted generously (a tag left open counts as open), and the line where the
// count first passes kMaxNesting. 0 when it never does.
int lineTooDeep(const QString &html)
{
    int depth = 0;
    int line = 1;
    const qsizetype size = html.size();
    const auto isLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = html[i];
        if (c == u'\n') {
            ++line;
            continue;
        }
        if (c != u'<' || i + 1 >= size)
            continue;
        if (html[i + 1] == u'!') { // a comment or a doctype: skip to its end
            const bool comment = QStringView(html).mid(i, 4) == u"<!--";
            const qsizetype end = comment ? html.indexOf(QStringLiteral("-->"), i + 4) : html.indexOf(u'>', i + 2);
            const qsizetype stop = end < 0 ? size : end;
            line += int(QStringView(html).mid(i, stop - i).count(u'\n'));
            i = stop;
            continue;
        }
        const bool closing = html[i + 1] == u'/';
        qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= size || !isLetter(html[nameStart]))
            continue;
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && (isLetter(html[nameEnd]) || html[nameEnd].isDigit()))
            ++nameEnd;
        const QString tag = html.mid(nameStart, nameEnd - nameStart).toLower();
        // The rest of the tag, attributes' quoted values included (a ">" inside quotes ends nothing).
        qsizetype j = nameEnd;
        QChar quote;
        for (; j < size; ++j) {
            const QChar d = html[j];
            if (d == u'\n')
                ++line;
            if (!quote.isNull()) {
                if (d == quote)
                    quote = QChar();
            } else if (d == u'"' || d == u'\'') {
                quote = d;
            } else if (d == u'>') {
                break;
            }
        }
        const bool selfClosing = j > nameEnd && j < size && html[j - 1] == u'/';
        i = j;
        if (opensNoLevel(tag))
            continue;
        if (closing) {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (holdsRawText(tag)) { // skip the raw text to its end tag
            const qsizetype end = html.indexOf(QStringLiteral("</") + tag, i + 1, Qt::CaseInsensitive);
            const qsizetype stop = end < 0 ? size : end - 1;
            line += int(QStringView(html).mid(i, stop - i + 1).count(u'\n'));
            i = stop;
            continue;
        }
        if (!selfClosing && ++depth > HtmlText::kMaxNesting)
            return line;
    }
    return 0;
}

} // namespace

QString HtmlText::toText(const QString &html, QString *title)
{
    if (const int line = lineTooDeep(html))
        throw Error(QStringLiteral("%1: content: elements are nested more than %2 deep; Tickerline reads pages "
                                   "nested as a browser shows them")
                        .arg(line)
                        .arg(kMaxNesting));
    const QByteArray utf8 = withSelectsRenamed(html).toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // a broken page has thousands of parse errors, and none of them matters here
    const auto destroy = [&options](GumboOutput *output) {
        flatten(*output->document, options);
        gumbo_destroy_output(&options, output);
    };
    const std::unique_ptr<GumboOutput, decltype(destroy)> output(
        gumbo_parse_with_options(&options, utf8.constData(), std::size_t(utf8.size())), destroy);
    if (!output)
        throw std::bad_alloc();
    PageReader reader;
    reader.read(*output->document);
    if (title)
        *title = reader.title();
    return reader.text();
}

} // namespace tickerline
