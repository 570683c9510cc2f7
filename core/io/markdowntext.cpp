// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include "io/characterreference.h"
#include "io/htmltext.h"

#include <md4c.h>

#include <algorithm>
#include <new>
#include <vector>

namespace tickerline {

namespace {

// Collects text in blocks: a block asks for the line breaks it needs before its first text, so
// that empty blocks leave no blank lines behind, and a list item's bullet waits for its text.
class BlockText final
{
public:
    void breakBefore(int newlines) { m_newlines = std::max(m_newlines, newlines); }
    void prefix(const QString &prefix) { m_prefix = prefix; }
    bool hasPrefix() const { return !m_prefix.isEmpty(); }
    void spaceBefore() { m_space = true; }

    void append(QStringView text)
    {
        if (text.isEmpty())
            return;
        if (m_out.isEmpty()) {
            m_newlines = 0;
        } else if (m_newlines > 0) {
            trimTrailingSpaces();
            qsizetype present = 0;
            while (present < m_out.size() && m_out.at(m_out.size() - 1 - present) == QLatin1Char('\n'))
                ++present;
            for (qsizetype k = present; k < m_newlines; ++k)
                m_out.append(QLatin1Char('\n'));
            m_newlines = 0;
        } else if (m_space) {
            m_out.append(QLatin1Char(' '));
        }
        m_space = false;
        m_out.append(m_prefix);
        m_prefix.clear();
        m_out.append(text);
    }

    void hardBreak()
    {
        trimTrailingSpaces();
        m_out.append(QLatin1Char('\n'));
    }

    QString result()
    {
        // A code block's last line may end in spaces before its newline.
        while (m_out.endsWith(QLatin1Char('\n')) || m_out.endsWith(QLatin1Char(' ')) ||
               m_out.endsWith(QLatin1Char('\t')))
            m_out.chop(1);
        return m_out;
    }

private:
    void trimTrailingSpaces()
    {
        while (m_out.endsWith(QLatin1Char(' ')) || m_out.endsWith(QLatin1Char('\t')))
            m_out.chop(1);
    }

    QString m_out;
    QString m_prefix;
    int m_newlines = 0;
    bool m_space = false;
};

struct List
{
    bool ordered = false;
    bool tight = true;
    unsigned number = 1;
    QChar delimiter;
};

// md4c's callbacks: blocks and spans arrive in document order, text in pieces.
class MarkdownReader final
{
public:
    QString text() { return m_text.result(); }
    const QString &title() const { return m_title; }

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        static_cast<MarkdownReader *>(self)->enter(type, detail);
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        static_cast<MarkdownReader *>(self)->leave(type);
        return 0;
    }
    static int enterSpan(MD_SPANTYPE type, void *, void *self)
    {
        if (type == MD_SPAN_IMG) // an image's alt text is not read: images are dropped
            ++static_cast<MarkdownReader *>(self)->m_imageDepth;
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *, void *self)
    {
        if (type == MD_SPAN_IMG)
            --static_cast<MarkdownReader *>(self)->m_imageDepth;
        return 0;
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        static_cast<MarkdownReader *>(self)->read(type, QString::fromUtf8(text, qsizetype(size)));
        return 0;
    }

private:
    void enter(MD_BLOCKTYPE type, const void *detail)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: {
            List list;
            if (type == MD_BLOCK_OL) {
                const auto *ol = static_cast<const MD_BLOCK_OL_DETAIL *>(detail);
                list = {true, ol->is_tight != 0, ol->start, QLatin1Char(ol->mark_delimiter)};
            } else {
                list.tight = static_cast<const MD_BLOCK_UL_DETAIL *>(detail)->is_tight != 0;
            }
            m_text.breakBefore(m_lists.empty() ? 2 : 1);
            m_lists.push_back(list);
            break;
        }
        case MD_BLOCK_LI:
            if (!m_lists.empty()) {
                List &list = m_lists.back();
                m_text.breakBefore(list.tight ? 1 : 2);
                m_text.prefix(list.ordered ? QString::number(list.number++) + list.delimiter + QLatin1Char(' ')
                                           : QStringLiteral("\u2022 "));
            }
            break;
        case MD_BLOCK_P:
            if (!m_text.hasPrefix()) // a loose list item's first paragraph starts on the bullet's line
                m_text.breakBefore(2);
            break;
        case MD_BLOCK_H:
            m_text.breakBefore(2);
            m_inHeading = true;
            m_heading.clear();
            break;
        case MD_BLOCK_HTML:
            m_text.breakBefore(2);
            m_inHtml = true;
            m_html.clear();
            break;
        case MD_BLOCK_TR:
            m_text.breakBefore(1);
            m_firstCell = true;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (!m_firstCell)
                m_text.spaceBefore();
            m_firstCell = false;
            break;
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_CODE:
        case MD_BLOCK_HR:
        case MD_BLOCK_TABLE:
            m_text.breakBefore(2);
            break;
        case MD_BLOCK_DOC:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            break;
        }
    }

    void leave(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (!m_lists.empty())
                m_lists.pop_back();
            m_text.breakBefore(m_lists.empty() ? 2 : 1);
            break;
        case MD_BLOCK_H:
            m_inHeading = false;
            if (m_title.isEmpty())
                m_title = m_heading.trimmed();
            m_text.breakBefore(2);
            break;
        case MD_BLOCK_HTML:
            m_inHtml = false;
            m_text.append(HtmlText::toText(m_html));
            m_text.breakBefore(2);
            break;
        case MD_BLOCK_TR:
            m_text.breakBefore(1);
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_CODE:
        case MD_BLOCK_TABLE:
            m_text.breakBefore(2);
            break;
        case MD_BLOCK_DOC:
        case MD_BLOCK_LI:
        case MD_BLOCK_HR:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            break;
        }
    }

    void read(MD_TEXTTYPE type, const QString &text)
    {
        if (m_imageDepth > 0)
            return;
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH: // not enabled
            add(text);
            break;
        case MD_TEXT_ENTITY:
            // An unknown name stays as written; &#13; is whitespace in text, as in rendered HTML.
            add(CharacterReference::decode(text).value_or(text).replace(QLatin1Char('\r'), QLatin1Char(' ')));
            break;
        case MD_TEXT_NULLCHAR:
            add(QStringLiteral("\uFFFD"));
            break;
        case MD_TEXT_SOFTBR:
            add(QStringLiteral(" "));
            break;
        case MD_TEXT_BR:
            if (m_inHeading)
                m_heading += QLatin1Char(' ');
            m_text.hardBreak();
            break;
        case MD_TEXT_HTML:
            if (m_inHtml)
                m_html += text; // an HTML block, reduced as a page is when it ends
            break;              // inline tags are dropped, their content is text
        }
    }

    void add(const QString &text)
    {
        if (m_inHeading)
            m_heading += text;
        m_text.append(text);
    }

    BlockText m_text;
    std::vector<List> m_lists;
    QString m_title;
    QString m_heading;
    QString m_html;
    bool m_inHeading = false;
    bool m_inHtml = false;
    bool m_firstCell = true;
    int m_imageDepth = 0;
};

} // namespace

QString MarkdownText::toText(const QString &markdown, QString *title)
{
    // CommonMark reads U+0000 as U+FFFD, and md4c does not replace it everywhere.
    const QByteArray utf8 = QString(markdown).replace(QChar(0), QChar(0xFFFD)).toUtf8();
    MarkdownReader reader;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = &MarkdownReader::enterBlock;
    parser.leave_block = &MarkdownReader::leaveBlock;
    parser.enter_span = &MarkdownReader::enterSpan;
    parser.leave_span = &MarkdownReader::leaveSpan;
    parser.text = &MarkdownReader::text;
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &reader) != 0)
        throw std::bad_alloc(); // md4c fails only when it runs out of memory; the callbacks never abort
    if (title)
        *title = reader.title();
    return reader.text();
}

} // namespace tickerline
