// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonevents.h"

#include "io/eventimport.h"
#include "io/jsonvaluereader.h"
#include "io/partsread.h"
#include "time/isotime.h"

#include <QByteArrayMatcher>

#include <array>
#include <cstring>
#include <future>

namespace tickerline {

namespace {

using namespace json;

constexpr qsizetype kMaxShortField = 4'000;           // as the document reader: titles, uids …
constexpr qsizetype kMaxTextField = 64 * 1024 * 1024; // … and a summary

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

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
