// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlisting.h"

#include "store/store.h"
#include "time/isotime.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tickerline::eventlisting {

namespace {

// QJsonValue keeps a whole double up to 2^53 as an integer and prints it as one.
constexpr double kExactIntegers = 9007199254740992.0;

// Appends bytes by copying them into room made at the end. QByteArray::append goes through
// insert(), which checks for overlap and detaches first: a tenth of a JSON listing's time, spent
// on its many short keys and indents.
void appendBytes(QByteArray &out, const char *bytes, qsizetype size)
{
    const qsizetype at = out.size();
    if (out.capacity() < at + size)
        out.reserve(std::max(at + size, 2 * out.capacity()));
    out.resize(at + size);
    std::memcpy(out.data() + at, bytes, std::size_t(size));
}

template<std::size_t N> void appendLiteral(QByteArray &out, const char (&literal)[N])
{
    appendBytes(out, literal, qsizetype(N - 1));
}

void appendIndent(QByteArray &out, int level)
{
    static constexpr char kSpaces[] = "                ";
    static_assert(sizeof(kSpaces) == 4 * 4 + 1, "the deepest level is 4");
    appendBytes(out, kSpaces, 4 * level);
}

// `"name": ` at the given depth.
void appendKey(QByteArray &out, int level, const char *name)
{
    appendIndent(out, level);
    out += '"';
    appendBytes(out, name, qsizetype(std::strlen(name)));
    appendLiteral(out, "\": ");
}

void appendNumber(QByteArray &out, std::int64_t value)
{
    const double number = double(value);
    if (std::abs(number) <= kExactIntegers)
        out += QByteArray::number(qint64(number));
    else
        out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

// Members of an object, each on its line, as QJsonDocument separates them.
class Members final
{
public:
    Members(QByteArray &out, int level)
        : m_out(out)
        , m_level(level)
    {}

    QByteArray &key(const char *name)
    {
        if (m_any)
            appendLiteral(m_out, ",\n");
        m_any = true;
        appendKey(m_out, m_level, name);
        return m_out;
    }

    void end() { m_out += '\n'; }

private:
    QByteArray &m_out;
    int m_level;
    bool m_any = false;
};

// An array member's value: QJsonDocument opens every array on a line of its own, even an empty one.
template<typename List, typename Element>
void appendArray(QByteArray &out, int level, const List &list, Element element)
{
    appendLiteral(out, "[\n");
    for (qsizetype i = 0; i < list.size(); ++i) {
        appendIndent(out, level + 1);
        element(list[i]);
        out += i + 1 < list.size() ? ",\n" : "\n";
    }
    appendIndent(out, level);
    out += ']';
}

// An instant in UTC as a JSON string (its characters need no escape).
void appendIsoString(QByteArray &out, std::int64_t ms)
{
    out += '"';
    appendIsoUtc(out, ms);
    out += '"';
}

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

} // namespace

void appendJsonString(QByteArray &out, QStringView text)
{
    // Written in place, into room for the longest it can become (every UTF-16 unit as a six-byte
    // "\uXXXX"), rather than a byte at a time: a listing writes hundreds of megabytes of these.
    const qsizetype start = out.size();
    const qsizetype most = start + 6 * text.size() + 2;
    if (out.capacity() < most)
        out.reserve(std::max(most, 2 * out.capacity()));
    out.resize(most);
    char *p = out.data() + start;
    const auto escape = [&p](char16_t u) {
        *p++ = '\\';
        *p++ = 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            *p++ = hexDigit((u >> shift) & 0xf);
    };
    *p++ = '"';
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            switch (u) {
            case '"': *p++ = '\\'; *p++ = '"'; break;
            case '\\': *p++ = '\\'; *p++ = '\\'; break;
            case '\b': *p++ = '\\'; *p++ = 'b'; break;
            case '\f': *p++ = '\\'; *p++ = 'f'; break;
            case '\n': *p++ = '\\'; *p++ = 'n'; break;
            case '\r': *p++ = '\\'; *p++ = 'r'; break;
            case '\t': *p++ = '\\'; *p++ = 't'; break;
            default:
                if (u < 0x20)
                    escape(u);
                else
                    *p++ = char(u);
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t c = QChar::surrogateToUcs4(u, text[++i].unicode());
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escape(u); // a lone surrogate has no UTF-8: QJsonDocument escapes it
        } else {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void appendTextLine(QByteArray &out, const ListedEvent &event)
{
    // The time column is as wide as 44 characters (the " – " between a span's ends is one
    // character in three bytes), the kind's as 10, as QString::leftJustified pads them.
    const qsizetype start = out.size();
    appendIsoForPrecision(out, event.startMs, event.precision);
    qsizetype width = out.size() - start;
    if (event.endMs) {
        appendLiteral(out, " \xe2\x80\x93 ");
        appendIsoForPrecision(out, *event.endMs, event.precision);
        width = out.size() - start - 2;
    }
    if (width < 44)
        out.append(44 - width, ' ');
    out += event.uncertain ? "~ " : "  ";
    const QString kind = toString(event.kind);
    out += kind.toUtf8();
    if (kind.size() < 10)
        out.append(10 - kind.size(), ' ');
    out += event.title.toUtf8();
    appendLiteral(out, "  [");
    out += event.uid.toUtf8();
    appendLiteral(out, "]\n");
}

void appendJsonClose(QByteArray &out, bool empty)
{
    out += empty ? "]\n" : "\n]\n";
}

void appendJsonElement(QByteArray &out, const ListedEvent &event)
{
    // Keys in QJsonObject's order (sorted), at QJsonDocument's depths: the element at 1.
    appendIndent(out, 1);
    appendLiteral(out, "{\n");
    Members members(out, 2);
    appendArray(members.key("actors"), 2, event.actors, [&out](const ListedEvent::Actor &actor) {
        appendLiteral(out, "{\n");
        Members fields(out, 4);
        appendJsonString(fields.key("name"), actor.name);
        appendJsonString(fields.key("role"), actor.role);
        appendJsonString(fields.key("uid"), actor.uid);
        fields.end();
        appendIndent(out, 3);
        out += '}';
    });
    if (event.endMs)
        appendIsoString(members.key("end"), *event.endMs);
    else
        members.key("end") += "null";
    appendJsonString(members.key("kind"), toString(event.kind));
    appendJsonString(members.key("precision"), toString(event.precision));
    appendArray(members.key("quotes"), 2, event.quotes, [&out](const ListedEvent::QuoteAnchor &quote) {
        appendLiteral(out, "{\n");
        Members fields(out, 4);
        appendNumber(fields.key("end"), quote.end);
        appendJsonString(fields.key("exact"), quote.exact);
        appendJsonString(fields.key("id"), quote.uid);
        appendJsonString(fields.key("source"), quote.source);
        appendNumber(fields.key("start"), quote.start);
        appendJsonString(fields.key("status"), toString(quote.status));
        fields.end();
        appendIndent(out, 3);
        out += '}';
    });
    appendIsoString(members.key("start"), event.startMs);
    appendJsonString(members.key("summary"), event.summary);
    appendArray(members.key("symbols"), 2, event.symbols,
                [&out](const QString &symbol) { appendJsonString(out, symbol); });
    appendJsonString(members.key("title"), event.title);
    appendJsonString(members.key("tz"), event.tz);
    appendJsonString(members.key("uid"), event.uid);
    members.key("uncertain") += event.uncertain ? "true" : "false";
    members.end();
    appendIndent(out, 1);
    out += '}';
}

} // namespace tickerline::eventlisting
