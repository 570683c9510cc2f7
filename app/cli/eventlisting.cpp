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

// Appends bytes by copying them into room made at the end: QByteArray::append goes through
// insert(), which checks for overlap and detaches first, a cost that shows at a million lines.
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

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Writes an ASCII character as QJsonDocument does: escaped when it is a quote, a backslash or a
// control character, else as it is.
char *writeJsonAscii(char *p, unsigned char c)
{
    switch (c) {
    case '"': *p++ = '\\'; *p++ = '"'; break;
    case '\\': *p++ = '\\'; *p++ = '\\'; break;
    case '\b': *p++ = '\\'; *p++ = 'b'; break;
    case '\f': *p++ = '\\'; *p++ = 'f'; break;
    case '\n': *p++ = '\\'; *p++ = 'n'; break;
    case '\r': *p++ = '\\'; *p++ = 'r'; break;
    case '\t': *p++ = '\\'; *p++ = 't'; break;
    default:
        if (c < 0x20) {
            *p++ = '\\';
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = hexDigit(c >> 4);
            *p++ = hexDigit(c & 0xf);
        } else {
            *p++ = char(c);
        }
    }
    return p;
}

// Writes `text` as a JSON string with QJsonDocument's escapes at `p`, which has room for
// 6 × its UTF-16 units + 2 bytes (every unit as a six-byte "\uXXXX"); returns the end.
char *writeJsonString(char *p, QStringView text)
{
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
            p = writeJsonAscii(p, static_cast<unsigned char>(u));
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
    return p;
}

constexpr qsizetype jsonStringRoom(QStringView text)
{
    return 6 * text.size() + 2;
}

// The same for text already in valid UTF-8 (ListedEvent's): only ASCII needs escaping, and every
// other byte is what QString would have encoded.
char *writeJsonUtf8(char *p, QByteArrayView utf8)
{
    *p++ = '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80)
            p = writeJsonAscii(p, u);
        else
            *p++ = c;
    }
    *p++ = '"';
    return p;
}

constexpr qsizetype jsonStringRoom(QByteArrayView utf8)
{
    return 6 * utf8.size() + 2;
}

} // namespace

void appendJsonString(QByteArray &out, QStringView text)
{
    // Written in place, into room for the longest it can become, rather than a byte at a time.
    const qsizetype start = out.size();
    const qsizetype most = start + jsonStringRoom(text);
    if (out.capacity() < most)
        out.reserve(std::max(most, 2 * out.capacity()));
    out.resize(most);
    char *end = writeJsonString(out.data() + start, text);
    out.resize(end - out.constData());
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
    out += event.title;
    appendLiteral(out, "  [");
    out += event.uid;
    appendLiteral(out, "]\n");
}

void appendJsonClose(QByteArray &out, bool empty)
{
    out += empty ? "]\n" : "\n]\n";
}

namespace {

// An event's JSON element written through a pointer into room reserved once for the whole
// element: a million events are 700 MB of short keys, indents and strings, and QByteArray's
// appends cost more than the writing itself.
class ElementWriter final
{
public:
    explicit ElementWriter(char *at)
        : m_p(at)
    {}
    char *end() const { return m_p; }

    template<std::size_t N> void literal(const char (&bytes)[N])
    {
        std::memcpy(m_p, bytes, N - 1);
        m_p += N - 1;
    }
    void bytes(const QByteArray &bytes)
    {
        std::memcpy(m_p, bytes.constData(), std::size_t(bytes.size()));
        m_p += bytes.size();
    }
    void indent(int level)
    {
        std::memset(m_p, ' ', std::size_t(4 * level));
        m_p += 4 * level;
    }
    void string(QStringView text) { m_p = writeJsonString(m_p, text); }
    void string(const QByteArray &utf8) { m_p = writeJsonUtf8(m_p, utf8); }

    // `"name": ` at the given depth, after a separator from the member before unless `first`.
    template<std::size_t N> void key(int level, const char (&name)[N], bool first = false)
    {
        if (!first)
            literal(",\n");
        indent(level);
        *m_p++ = '"';
        literal(name);
        literal("\": ");
    }

private:
    char *m_p;
};

// Room for everything but the strings and the instants: keys, indents, punctuation, numbers.
constexpr qsizetype kEventRoom = 512;
constexpr qsizetype kActorRoom = 160;
constexpr qsizetype kQuoteRoom = 320;
constexpr qsizetype kSymbolRoom = 32;
constexpr qsizetype kInstantRoom = 48;

qsizetype elementRoom(const ListedEvent &event, qsizetype kindAndPrecision)
{
    qsizetype room = kEventRoom + 2 * kInstantRoom + kindAndPrecision + jsonStringRoom(event.summary) +
                     jsonStringRoom(event.title) + jsonStringRoom(event.tz) + jsonStringRoom(event.uid);
    for (const ListedEvent::Actor &actor : event.actors)
        room += kActorRoom + jsonStringRoom(actor.name) + jsonStringRoom(actor.role) + jsonStringRoom(actor.uid);
    for (const ListedEvent::QuoteAnchor &quote : event.quotes)
        room += kQuoteRoom + jsonStringRoom(quote.exact) + jsonStringRoom(quote.uid) + jsonStringRoom(quote.source) +
                jsonStringRoom(toString(quote.status));
    for (const QString &symbol : event.symbols)
        room += kSymbolRoom + jsonStringRoom(symbol);
    return room;
}

// An array member's value: QJsonDocument opens every array on a line of its own, even an empty one.
template<typename List, typename Element>
void writeArray(ElementWriter &out, int level, const List &list, Element element)
{
    out.literal("[\n");
    for (qsizetype i = 0; i < list.size(); ++i) {
        out.indent(level + 1);
        element(list[i]);
        if (i + 1 < list.size())
            out.literal(",\n");
        else
            out.literal("\n");
    }
    out.indent(level);
    out.literal("]");
}

QByteArray numberText(std::int64_t value)
{
    // QJsonValue keeps a whole double up to 2^53 as an integer and prints it as one.
    const double number = double(value);
    return std::abs(number) <= kExactIntegers ? QByteArray::number(qint64(number))
                                              : QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void appendJsonElement(QByteArray &out, const ListedEvent &event)
{
    const QString kind = toString(event.kind);
    const QString precision = toString(event.precision);
    QByteArray start;
    appendIsoUtc(start, event.startMs);
    QByteArray end;
    if (event.endMs)
        appendIsoUtc(end, *event.endMs);

    const qsizetype at = out.size();
    const qsizetype most = at + elementRoom(event, jsonStringRoom(kind) + jsonStringRoom(precision));
    if (out.capacity() < most)
        out.reserve(std::max(most, 2 * out.capacity()));
    out.resize(most);
    ElementWriter w(out.data() + at);

    // Keys in QJsonObject's order (sorted), at QJsonDocument's depths: the element at 1.
    w.indent(1);
    w.literal("{\n");
    w.key(2, "actors", true);
    writeArray(w, 2, event.actors, [&w](const ListedEvent::Actor &actor) {
        w.literal("{\n");
        w.key(4, "name", true);
        w.string(actor.name);
        w.key(4, "role");
        w.string(actor.role);
        w.key(4, "uid");
        w.string(actor.uid);
        w.literal("\n");
        w.indent(3);
        w.literal("}");
    });
    w.key(2, "end");
    if (event.endMs) {
        w.literal("\"");
        w.bytes(end);
        w.literal("\"");
    } else {
        w.literal("null");
    }
    w.key(2, "kind");
    w.string(kind);
    w.key(2, "precision");
    w.string(precision);
    w.key(2, "quotes");
    writeArray(w, 2, event.quotes, [&w](const ListedEvent::QuoteAnchor &quote) {
        w.literal("{\n");
        w.key(4, "end", true);
        w.bytes(numberText(quote.end));
        w.key(4, "exact");
        w.string(quote.exact);
        w.key(4, "id");
        w.string(quote.uid);
        w.key(4, "source");
        w.string(quote.source);
        w.key(4, "start");
        w.bytes(numberText(quote.start));
        w.key(4, "status");
        w.string(toString(quote.status));
        w.literal("\n");
        w.indent(3);
        w.literal("}");
    });
    w.key(2, "start");
    w.literal("\"");
    w.bytes(start);
    w.literal("\"");
    w.key(2, "summary");
    w.string(event.summary);
    w.key(2, "symbols");
    writeArray(w, 2, event.symbols, [&w](const QString &symbol) { w.string(symbol); });
    w.key(2, "title");
    w.string(event.title);
    w.key(2, "tz");
    w.string(event.tz);
    w.key(2, "uid");
    w.string(event.uid);
    w.key(2, "uncertain");
    if (event.uncertain)
        w.literal("true");
    else
        w.literal("false");
    w.literal("\n");
    w.indent(1);
    w.literal("}");
    Q_ASSERT(w.end() <= out.constData() + most);
    out.resize(w.end() - out.constData());
}

} // namespace tickerline::eventlisting
