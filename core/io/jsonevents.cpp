// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonevents.h"

#include "io/eventimport.h"
#include "io/partsread.h"
#include "time/isotime.h"

#include <QByteArrayMatcher>
#include <QStringDecoder>

#include <array>
#include <bit>
#include <cstring>
#include <future>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tickerline {

namespace {

constexpr qsizetype kMaxShortField = 4'000;           // as the document reader: titles, uids …
constexpr qsizetype kMaxTextField = 64 * 1024 * 1024; // … and a summary
constexpr int kMaxDepth = 64;                         // of a value the reader skips

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The first byte from `at` on that is not a space.
const char *pastSpaces(const char *at, const char *end)
{
#if defined(__SSE2__) // sixteen bytes at a time: much of a written file is indentation
    while (end - at >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i spaces = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))),
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t'))));
        const auto others = unsigned(~_mm_movemask_epi8(spaces)) & 0xffffu;
        if (others)
            return at + std::countr_zero(others);
        at += 16;
    }
#endif
    while (at < end && isSpace(*at))
        ++at;
    return at;
}

// The first byte from `at` on that ends a run of plain text in a string: its closing quote, an
// escape or a control character (refused). `utf8` is set when the run holds a byte of a
// multi-byte UTF-8 sequence (left to the decoder).
const char *endOfText(const char *at, const char *end, bool *utf8)
{
#if defined(__SSE2__)
    while (end - at >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i stops = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))),
            _mm_cmpeq_epi8(_mm_and_si128(bytes, _mm_set1_epi8(char(0xe0))), _mm_setzero_si128()));
        const auto stopBits = unsigned(_mm_movemask_epi8(stops));
        const auto highBits = unsigned(_mm_movemask_epi8(bytes));
        if (stopBits) {
            const int stop = std::countr_zero(stopBits);
            *utf8 = *utf8 || (highBits & ((1u << stop) - 1)) != 0;
            return at + stop;
        }
        *utf8 = *utf8 || highBits != 0;
        at += 16;
    }
#endif
    for (; at < end; ++at) {
        const auto c = static_cast<unsigned char>(*at);
        if (c == '"' || c == '\\' || c < 0x20)
            return at;
        *utf8 = *utf8 || c >= 0x80;
    }
    return end;
}

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// UTF-8 as Qt's JSON parser decodes it: anything not UTF-8 refused, and a byte order mark at the
// start of a string dropped when the string has no escape (it decodes such a string whole, as
// QString::fromUtf8 does) but kept when it has one (it then decodes a character at a time).
enum class InitialBom { Dropped, Kept };

bool appendUtf8(QString &text, QByteArrayView bytes, InitialBom bom)
{
    QStringDecoder decoder(QStringDecoder::Utf8, bom == InitialBom::Kept ? QStringDecoder::Flag::Stateless |
                                                                               QStringDecoder::Flag::ConvertInitialBom
                                                                         : QStringDecoder::Flag::Stateless);
    text += decoder.decode(bytes);
    return !decoder.hasError();
}

// The texts of a field whose values most events repeat (a zone, a dataset, an actor, a symbol):
// the same bytes as one of the last few give the same shared string, decoded once, not a copy
// an event.
class RecentTexts final
{
public:
    const QString *find(QByteArrayView bytes) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.bytes.size() == bytes.size() &&
                std::memcmp(entry.bytes.data(), bytes.data(), size_t(bytes.size())) == 0)
                return &entry.text;
        }
        return nullptr;
    }

    void add(QByteArrayView bytes, const QString &text)
    {
        m_entries[m_next] = {bytes, text};
        m_next = (m_next + 1) % m_entries.size();
    }

private:
    struct Entry
    {
        QByteArrayView bytes;
        QString text;
    };
    std::array<Entry, 8> m_entries;
    size_t m_next = 0;
};

// Reads values at a place in the document, and gives up (false) at the first thing that is not
// plainly valid.
class ValueReader final
{
public:
    // What skipValue() does: check every value and give up at a number (whose reading, its range
    // and digits, is Qt's), or only follow the strings and brackets, leaving the rest to Qt.
    enum class Skips { Checked, Followed };

    ValueReader(const char *at, const char *end, Skips skips = Skips::Checked)
        : m_at(at)
        , m_end(end)
        , m_skips(skips)
    {}

    const char *at() const { return m_at; }
    void moveTo(const char *at) { m_at = at; }

    void skipSpace()
    {
        if (m_at < m_end && static_cast<unsigned char>(*m_at) > ' ')
            return; // most often there is none
        m_at = pastSpaces(m_at, m_end);
    }

    char next()
    {
        skipSpace();
        return m_at < m_end ? *m_at : '\0';
    }

    bool take(char c)
    {
        if (next() != c)
            return false;
        ++m_at;
        return true;
    }

    bool literal(std::string_view word)
    {
        skipSpace();
        if (m_end - m_at < qsizetype(word.size()) || std::memcmp(m_at, word.data(), word.size()) != 0)
            return false;
        m_at += word.size();
        return true;
    }

    bool null() { return next() == 'n' && literal("null"); }

    // A string, taken from `recent` when it is one of them.
    bool string(QString *text, RecentTexts *recent = nullptr)
    {
        if (!take('"'))
            return false;
        const char *const begin = m_at;
        bool utf8 = false;
        m_at = endOfText(m_at, m_end, &utf8);
        if (m_at == m_end || *m_at != '"')
            return m_at != m_end && *m_at == '\\' && escapedString(begin, text);
        const QByteArrayView raw(begin, m_at - begin);
        ++m_at;
        const QString *known = recent && !raw.isEmpty() ? recent->find(raw) : nullptr;
        if (known) {
            *text = *known;
            return true;
        }
        if (!utf8) {
            *text = QString::fromLatin1(raw);
        } else {
            text->clear();
            if (!appendUtf8(*text, raw, InitialBom::Dropped))
                return false;
        }
        if (recent && !raw.isEmpty())
            recent->add(raw, *text);
        return true;
    }

    // A member's key, which must be a string without escapes.
    bool key(QByteArrayView *bytes) { return asciiString(bytes) && take(':'); }

    // A string of printable ASCII without escapes, as its bytes; for any other string (or value)
    // false, and the reader stays where it was.
    bool asciiString(QByteArrayView *bytes)
    {
        if (next() != '"')
            return false;
        bool utf8 = false;
        const char *const at = endOfText(m_at + 1, m_end, &utf8);
        if (at == m_end || *at != '"' || utf8)
            return false;
        *bytes = QByteArrayView(m_at + 1, at - m_at - 1);
        m_at = at + 1;
        return true;
    }

    // A value checked and passed over (a member this reader does not know).
    bool skipValue(int depth = 0)
    {
        if (depth > kMaxDepth)
            return false;
        switch (next()) {
        case '"': {
            if (m_skips == Skips::Followed)
                return passString();
            QString ignored;
            return string(&ignored);
        }
        case '{':
            ++m_at;
            if (take('}'))
                return true;
            do {
                QString name;
                if (!string(&name) || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            ++m_at;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (m_skips == Skips::Checked)
                return false;
            const char *const from = m_at;
            while (m_at < m_end && std::strchr("+-.0123456789eE", *m_at) && *m_at)
                ++m_at;
            return m_at > from;
        }
    }

private:
    // To the end of a string, by its quotes alone.
    bool passString()
    {
        ++m_at;
        for (;;) {
            const auto *quote = static_cast<const char *>(std::memchr(m_at, '"', size_t(m_end - m_at)));
            if (!quote)
                return false;
            qsizetype backslashes = 0;
            while (quote - backslashes > m_at && quote[-backslashes - 1] == '\\')
                ++backslashes;
            m_at = quote + 1;
            if (backslashes % 2 == 0)
                return true;
        }
    }

    // The rest of a string that holds an escape, from its first byte.
    bool escapedString(const char *begin, QString *text)
    {
        text->clear();
        const char *run = begin;
        m_at = begin;
        for (;;) {
            bool utf8 = false;
            m_at = endOfText(m_at, m_end, &utf8);
            if (m_at == m_end || static_cast<unsigned char>(*m_at) < 0x20 ||
                !appendUtf8(*text, QByteArrayView(run, m_at - run), InitialBom::Kept))
                return false;
            if (*m_at == '"') {
                ++m_at;
                return true;
            }
            ++m_at; // the backslash
            if (m_at == m_end)
                return false;
            const char escape = *m_at++;
            static constexpr std::string_view escapes = "\"\\/bfnrt";
            static constexpr std::string_view escaped = "\"\\/\b\f\n\r\t";
            if (const size_t simple = escapes.find(escape); simple != std::string_view::npos) {
                text->append(QLatin1Char(escaped[simple]));
            } else if (escape == 'u') {
                char16_t unit = 0;
                if (!hexUnit(&unit) || unit == 0 || QChar::isLowSurrogate(unit))
                    return false;
                text->append(QChar(unit));
                if (QChar::isHighSurrogate(unit)) { // only as the first of a pair
                    char16_t low = 0;
                    if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                        return false;
                    m_at += 2;
                    if (!hexUnit(&low) || !QChar::isLowSurrogate(low))
                        return false;
                    text->append(QChar(low));
                }
            } else {
                return false;
            }
            run = m_at;
        }
    }

    bool hexUnit(char16_t *unit)
    {
        if (m_end - m_at < 4)
            return false;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_at++;
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return false;
            *unit = char16_t(*unit * 16 + digit);
        }
        return true;
    }

    const char *m_at;
    const char *const m_end;
    const Skips m_skips;
};

template<typename Enum> struct Named
{
    QByteArrayView name;
    Enum value;
};

const std::array<Named<EventKind>, 7> kKindNames{{{"statement", EventKind::Statement},
                                                  {"release", EventKind::Release},
                                                  {"market", EventKind::Market},
                                                  {"policy", EventKind::Policy},
                                                  {"deal", EventKind::Deal},
                                                  {"report", EventKind::Report},
                                                  {"other", EventKind::Other}}};
const std::array<Named<Precision>, 6> kPrecisionNames{{{"year", Precision::Year},
                                                       {"month", Precision::Month},
                                                       {"day", Precision::Day},
                                                       {"hour", Precision::Hour},
                                                       {"minute", Precision::Minute},
                                                       {"second", Precision::Second}}};

// Reads one event object as the document reader does (tickerlinejson.cpp, readEvents).
class EventReader final
{
public:
    explicit EventReader(ValueReader &values)
        : m_values(values)
    {}

    bool read(Event *event)
    {
        ValueReader &v = m_values;
        if (!v.take('{'))
            return false;
        unsigned seen = 0;
        if (!v.take('}')) {
            do {
                QByteArrayView name;
                if (!v.key(&name))
                    return false;
                const Field field = fieldNamed(name);
                if (field != Field::Other) {
                    const unsigned bit = 1u << unsigned(field);
                    if (seen & bit)
                        return false; // which of the two counts is left to Qt
                    seen |= bit;
                }
                if (!member(field, event))
                    return false;
            } while (v.take(','));
            if (!v.take('}'))
                return false;
        }
        constexpr unsigned required = 1u << unsigned(Field::Uid) | 1u << unsigned(Field::Title) |
                                      1u << unsigned(Field::Kind) | 1u << unsigned(Field::Start) |
                                      1u << unsigned(Field::Precision);
        if ((seen & required) != required || (event->endMs && *event->endMs < event->startMs))
            return false;
        if (!(seen & 1u << unsigned(Field::Summary)))
            event->summary = QStringLiteral("");
        if (!(seen & 1u << unsigned(Field::Dataset)))
            event->dataset = QStringLiteral("");
        if (event->tz.isEmpty())
            event->tz = utc();
        return true;
    }

private:
    enum class Field {
        Uid,
        Title,
        Summary,
        Kind,
        Start,
        End,
        Precision,
        Uncertain,
        Tz,
        Dataset,
        Actors,
        Symbols,
        Other
    };

    static Field fieldNamed(QByteArrayView name)
    {
        // By length first: one comparison of bytes for most members.
        const auto is = [&name](std::string_view word) {
            return std::memcmp(name.data(), word.data(), word.size()) == 0;
        };
        switch (name.size()) {
        case 2:
            return is("tz") ? Field::Tz : Field::Other;
        case 3:
            return is("uid") ? Field::Uid : is("end") ? Field::End : Field::Other;
        case 4:
            return is("kind") ? Field::Kind : Field::Other;
        case 5:
            return is("title") ? Field::Title : is("start") ? Field::Start : Field::Other;
        case 6:
            return is("actors") ? Field::Actors : Field::Other;
        case 7:
            return is("summary")   ? Field::Summary
                   : is("dataset") ? Field::Dataset
                   : is("symbols") ? Field::Symbols
                                   : Field::Other;
        case 9:
            return is("precision") ? Field::Precision : is("uncertain") ? Field::Uncertain : Field::Other;
        default:
            return Field::Other;
        }
    }

    bool member(Field field, Event *event)
    {
        ValueReader &v = m_values;
        switch (field) {
        case Field::Uid:
            return text(&event->uid, true, kMaxShortField);
        case Field::Title:
            return text(&event->title, true, kMaxShortField);
        case Field::Summary:
            return text(&event->summary, false, kMaxTextField);
        case Field::Kind: {
            const auto kind = name(&eventKindFromString, kKindNames);
            event->kind = kind.value_or(EventKind::Other);
            return kind.has_value();
        }
        case Field::Start: {
            const auto start = time();
            event->startMs = start.value_or(0);
            return start.has_value();
        }
        case Field::End:
            if (v.null())
                return true;
            event->endMs = time();
            return event->endMs.has_value();
        case Field::Precision: {
            const auto precision = name(&precisionFromString, kPrecisionNames);
            event->precision = precision.value_or(Precision::Second);
            return precision.has_value();
        }
        case Field::Uncertain:
            event->uncertain = v.literal("true");
            return event->uncertain || v.literal("false") || v.literal("null");
        case Field::Tz:
            return text(&event->tz, false, kMaxShortField, &m_zones);
        case Field::Dataset:
            return text(&event->dataset, false, kMaxShortField, &m_datasets);
        case Field::Actors:
            return actors(event);
        case Field::Symbols:
            return symbols(event);
        case Field::Other:
            return v.skipValue();
        }
        return false;
    }

    // A string field: null or absent stands for "" unless it is required.
    bool text(QString *out, bool required, qsizetype maxLength, RecentTexts *recent = nullptr)
    {
        if (!required && m_values.null()) {
            *out = QStringLiteral("");
            return true;
        }
        return m_values.string(out, recent) && out->size() <= maxLength && !(required && isBlank(*out));
    }

    // One of an enumeration's names: those Tickerline writes told by their bytes, any other
    // text as the document reader tells it.
    template<typename Enum, size_t N>
    std::optional<Enum> name(std::optional<Enum> (*parse)(const QString &), const std::array<Named<Enum>, N> &names)
    {
        QByteArrayView bytes;
        if (m_values.asciiString(&bytes)) {
            for (const Named<Enum> &named : names) {
                if (bytes == named.name)
                    return named.value;
            }
            return parse(QString::fromLatin1(bytes));
        }
        QString text;
        if (!this->text(&text, true, kMaxShortField))
            return std::nullopt;
        return parse(text);
    }

    // The shapes Tickerline writes ("2025-01-27", "2025-01-27T14:30:00Z") are read from their
    // bytes by the events CSV's reader, which reads them as parseIsoTime does; anything else
    // by parseIsoTime itself.
    std::optional<std::int64_t> time()
    {
        QByteArrayView bytes;
        if (m_values.asciiString(&bytes) && isWrittenTime(bytes)) {
            if (const auto parsed = parseEventTime(bytes, nullptr))
                return parsed->ms;
            return std::nullopt;
        }
        QString text;
        if (bytes.data())
            text = QString::fromLatin1(bytes);
        else if (!m_values.string(&text))
            return std::nullopt;
        const auto parsed = parseIsoTime(text);
        return parsed ? std::optional<std::int64_t>(parsed->ms) : std::nullopt;
    }

    static bool isWrittenTime(QByteArrayView bytes)
    {
        static constexpr std::string_view shape = "0000-00-00T00:00:00Z";
        if (bytes.size() != 10 && bytes.size() != qsizetype(shape.size()))
            return false;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const bool digit = bytes[i] >= '0' && bytes[i] <= '9';
            if (shape[size_t(i)] == '0' ? !digit : bytes[i] != shape[size_t(i)])
                return false;
        }
        return true;
    }

    // An array whose absence or null stands for an empty one, each element read by `element`.
    template<typename ReadElement> bool optionalArray(ReadElement element)
    {
        ValueReader &v = m_values;
        if (v.null())
            return true;
        if (!v.take('['))
            return false;
        if (v.take(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (v.take(','));
        return v.take(']');
    }

    bool actors(Event *event)
    {
        return optionalArray([&] {
            ValueReader &v = m_values;
            if (!v.take('{'))
                return false;
            EventActor actor;
            bool hasActor = false;
            bool hasRole = false;
            if (!v.take('}')) {
                do {
                    QByteArrayView name;
                    if (!v.key(&name))
                        return false;
                    if (name == "actor") {
                        if (hasActor || !text(&actor.actor, true, kMaxShortField, &m_actors))
                            return false;
                        hasActor = true;
                    } else if (name == "role") {
                        if (hasRole || !text(&actor.role, false, kMaxShortField, &m_roles))
                            return false;
                        hasRole = true;
                    } else if (!v.skipValue()) {
                        return false;
                    }
                } while (v.take(','));
                if (!v.take('}'))
                    return false;
            }
            if (!hasActor)
                return false;
            if (!hasRole)
                actor.role = QStringLiteral("");
            event->actors << actor;
            return true;
        });
    }

    bool symbols(Event *event)
    {
        return optionalArray([&] {
            QString symbol;
            if (m_values.next() != '"' || !m_values.string(&symbol, &m_symbols) || isBlank(symbol))
                return false;
            event->symbols << symbol;
            return true;
        });
    }

    const QString &utc()
    {
        if (m_utc.isNull())
            m_utc = QStringLiteral("UTC");
        return m_utc;
    }

    ValueReader &m_values;
    RecentTexts m_zones, m_datasets, m_actors, m_roles, m_symbols;
    QString m_utc;
};

// The events of one part of the array, from its first element on, until the first element that
// begins at or after `stop` (where the next part begins) or the end of the array.
struct EventsPart
{
    QList<Event> events;
    std::vector<UidHash> uidHashes;
    const char *end = nullptr; // where it stopped: the next part's first element, or the ']'
    bool ok = false;
};

EventsPart readPart(const char *begin, const char *stop, const char *documentEnd, qsizetype room)
{
    EventsPart part;
    part.events.reserve(room);
    part.uidHashes.reserve(size_t(room));
    ValueReader values(begin, documentEnd);
    EventReader reader(values);
    const auto stopAt = [&](bool atElement) {
        part.ok = atElement || values.next() == ']';
        part.end = values.at();
        return std::move(part);
    };
    if (values.next() == ']') // an empty array
        return stopAt(false);
    for (;;) {
        Event event;
        if (!reader.read(&event))
            return part;
        part.uidHashes.push_back({qHash(event.uid), part.events.size()});
        part.events.append(std::move(event));
        if (!values.take(','))
            return stopAt(false);
        if (values.next() == ']') // a trailing comma
            return part;
        if (values.at() >= stop)
            return stopAt(true);
    }
}

// Where the parts begin: the first element, and then the first element found from each share of
// the rest of the document on. An element is told by the bytes the first one begins with, up to
// its first key (with their line break and indentation, if any) after a comma. Such bytes may also
// stand inside an element, or after the array: the caller checks that each part ends where the
// next begins, and drops those after the one that ends the array.
std::vector<const char *> partBegins(const char *first, const char *end, int count)
{
    std::vector<const char *> begins{first};
    ValueReader opening(first, end);
    QByteArrayView key;
    if (count < 2 || !opening.take('{') || !opening.key(&key))
        return begins;
    const QByteArrayMatcher head(QByteArrayView(first, key.data() + key.size() + 1 - first));
    const QByteArrayView rest(first, end - first);
    for (int i = 1; i < count; ++i) {
        qsizetype at = head.indexIn(rest, qsizetype(rest.size() * i / count));
        for (; at > 0; at = head.indexIn(rest, at + 1)) {
            qsizetype before = at - 1;
            while (before > 0 && isSpace(rest[before]))
                --before;
            if (rest[before] == ',')
                break;
        }
        if (at > begins.back() - first)
            begins.push_back(first + at);
    }
    return begins;
}

} // namespace

struct RootMembers::Walk
{
    ValueReader values;
};

RootMembers::RootMembers(QByteArrayView json)
    : m_json(json)
    , m_walk(std::make_unique<Walk>(
          Walk{ValueReader(json.data(), json.data() + json.size(), ValueReader::Skips::Followed)}))
{
    ValueReader &values = m_walk->values;
    m_ok = values.take('{');
    m_atEnd = m_ok && values.take('}');
}

RootMembers::~RootMembers() = default;

bool RootMembers::next(QString *name, qsizetype *value)
{
    ValueReader &values = m_walk->values;
    if (!m_ok || m_atEnd)
        return false;
    if (m_started && !values.take(',')) {
        m_atEnd = values.take('}');
        m_ok = m_atEnd;
        return false;
    }
    m_started = true;
    if (!values.string(name) || !values.take(':')) {
        m_ok = false;
        return false;
    }
    values.skipSpace();
    *value = values.at() - m_json.data();
    return true;
}

void RootMembers::skipValue()
{
    m_ok = m_ok && m_walk->values.skipValue();
}

void RootMembers::resumeAt(qsizetype offset)
{
    m_walk->values.moveTo(m_json.data() + offset);
}

bool RootMembers::atEnd() const
{
    return m_ok && m_atEnd && m_walk->values.next() == '\0';
}

std::optional<JsonEvents> readJsonEvents(QByteArrayView json, qsizetype begin, int parts)
{
    const char *const end = json.data() + json.size();
    ValueReader start(json.data() + begin, end);
    start.skipSpace();
    const char *const first = start.at();
    std::vector<const char *> begins = partBegins(first, end, parts > 0 ? parts : partsForBytes(end - first));
    // Room for as many events as the first one's size suggests; the first part's list takes the
    // others' events too.
    ValueReader one(first, end);
    const qsizetype firstSize = one.skipValue() ? std::max<qsizetype>(one.at() - first, 16) : 256;
    const auto room = [&](const char *from, const char *to) { return (to - from) / firstSize + 16; };
    const auto read = [&](size_t i) {
        const char *const stop = i + 1 < begins.size() ? begins[i + 1] : end;
        return readPart(begins[i], stop, end, i == 0 ? room(first, end) : room(begins[i], stop));
    };
    std::vector<std::future<EventsPart>> others;
    for (size_t i = 1; i < begins.size(); ++i)
        others.push_back(std::async(std::launch::async, read, i));
    std::vector<EventsPart> done;
    done.push_back(read(0));
    for (std::future<EventsPart> &other : others)
        done.push_back(other.get());
    // Each part begins where the one before ended, until one ends the array.
    size_t used = 0;
    while (used < done.size()) {
        const EventsPart &part = done[used++];
        if (!part.ok)
            return std::nullopt;
        if (*part.end == ']')
            break;
        if (used == done.size() || part.end != begins[used])
            return readJsonEvents(json, begin, 1); // a part began inside an element
    }

    JsonEvents events{std::move(done.front().events), done[used - 1].end - json.data()};
    std::vector<UidHash> uidHashes = std::move(done.front().uidHashes);
    for (size_t i = 1; i < used; ++i) {
        const qsizetype before = events.events.size();
        for (const UidHash &hash : done[i].uidHashes)
            uidHashes.push_back({hash.hash, hash.row + before});
        events.events.append(std::move(done[i].events));
    }
    if (firstRepeatedUid(events.events, uidHashes))
        return std::nullopt;
    return events;
}

} // namespace tickerline
