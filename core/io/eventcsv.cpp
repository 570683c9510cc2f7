// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcsv.h"

#include "error.h"
#include "io/csvformula.h"
#include "io/csvreader.h"
#include "io/eventimport.h"
#include "io/partsread.h"
#include "time/isotime.h"

#include <QHash>
#include <QTimeZone>

#include <QSet>

#include <algorithm>
#include <array>
#include <cstring>
#include <exception>
#include <future>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace tickerline {

namespace {

// The first count bytes, or all of them when there are fewer (QByteArrayView has no left() in 6.4).
QByteArrayView head(QByteArrayView bytes, qsizetype count)
{
    return bytes.first(std::min(count, bytes.size()));
}

enum Column { UidColumn, TitleColumn, KindColumn, StartColumn, EndColumn, PrecisionColumn, UncertainColumn,
              TzColumn, ActorsColumn, SymbolsColumn, SummaryColumn, ColumnCount };

constexpr std::array<const char *, ColumnCount> kColumnNames{
    "uid", "title", "kind", "start", "end", "precision", "uncertain", "tz", "actors", "symbols", "summary"};

bool equalsIgnoringCase(QByteArrayView text, const char *lowerName)
{
    const qsizetype length = qsizetype(std::strlen(lowerName));
    if (text.size() != length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerName[i])
            return false;
    }
    return true;
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromBytes(QByteArrayView text, const std::array<const char *, N> &names)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (equalsIgnoringCase(text, names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

// The kinds' names, from the domain's one table, in the shape enumFromBytes takes.
constexpr auto kKindNames = [] {
    std::array<const char *, kEventKinds.size()> names{};
    for (std::size_t i = 0; i < names.size(); ++i)
        names[i] = kEventKinds[i].name;
    return names;
}();
constexpr std::array<const char *, 6> kPrecisionNames{"year", "month", "day", "hour", "minute", "second"};

// Repeated short values (zones, symbols, actor names) become one shared QString each, so that a
// million rows naming "UTC" and "NVDA" allocate those strings once. The lookup key wraps the
// record's bytes without copying them.
class Interner final
{
public:
    const QString &get(QByteArrayView bytes)
    {
        const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
        auto it = m_strings.constFind(key);
        if (it == m_strings.constEnd())
            it = m_strings.insert(QByteArray(bytes.data(), bytes.size()), QString::fromUtf8(bytes));
        return *it;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

struct Layout
{
    std::array<qsizetype, ColumnCount> column;
    qsizetype fieldCount = 0;
    Layout() { column.fill(-1); }
};

[[noreturn]] void failAt(const CsvReader &reader, int line, Column column, const QString &what)
{
    throw Error(QStringLiteral("%1: column %2: %3").arg(reader.where(line), QLatin1String(kColumnNames[column]), what));
}

class RowParser final
{
public:
    RowParser(const CsvReader &reader, const Layout &layout, const DatasetInfo &dataset)
        : m_reader(reader), m_layout(layout), m_dataset(dataset.uid),
          m_actors(QString(), QString(), dataset.uid)
    {
    }

    [[noreturn]] void fail(int line, Column column, const QString &what) const { failAt(m_reader, line, column, what); }

    QByteArrayView field(const CsvRecord &record, Column column) const
    {
        const qsizetype index = m_layout.column[column];
        return index < 0 ? QByteArrayView() : record.raw(index).trimmed();
    }

    QString text(const CsvRecord &record, Column column, qsizetype maxChars) const
    {
        const QByteArrayView bytes = field(record, column);
        // Trimmed after decoding too: a byte-order mark is not white space, but decoding drops it.
        // The apostrophe that neutralised a formula comes off last, so that "'\t=x" gives "\t=x".
        QString value = CsvFormula::restored(QString::fromUtf8(bytes).trimmed());
        if (value.size() > maxChars)
            fail(record.line(), column,
                 QStringLiteral("is %1 characters long; at most %2 are accepted").arg(value.size()).arg(maxChars));
        return value;
    }

    EventTime time(const CsvRecord &record, Column column) const
    {
        QString why;
        const auto parsed = parseEventTime(field(record, column), &why);
        if (!parsed)
            fail(record.line(), column, why);
        return *parsed;
    }

    Event parse(const CsvRecord &record)
    {
        const int line = record.line();
        if (record.size() > m_layout.fieldCount)
            throw Error(QStringLiteral("%1: the row has %2 fields; the header has %3")
                            .arg(m_reader.where(line))
                            .arg(record.size())
                            .arg(m_layout.fieldCount));
        Event event;
        event.dataset = m_dataset;

        event.uid = text(record, UidColumn, EventCsv::kMaxShortChars);
        for (const QChar c : std::as_const(event.uid)) {
            if (c.isSpace() || c.category() == QChar::Other_Control)
                fail(line, UidColumn, QStringLiteral("\"%1\" contains a space or control character").arg(event.uid));
        }

        event.title = text(record, TitleColumn, EventCsv::kMaxShortChars);
        if (event.title.isEmpty())
            fail(line, TitleColumn, QStringLiteral("empty; every event needs a title"));

        if (const QByteArrayView kind = field(record, KindColumn); !kind.isEmpty()) {
            const auto parsed = enumFromBytes<EventKind>(kind, kKindNames);
            if (!parsed)
                fail(line, KindColumn, QStringLiteral("unknown kind \"%1\" (expected one of: %2)")
                                           .arg(QString::fromUtf8(head(kind, 40)),
                                                allEventKindNames().join(QStringLiteral(", "))));
            event.kind = *parsed;
        }

        if (field(record, StartColumn).isEmpty())
            fail(line, StartColumn, QStringLiteral("empty; every event needs a start date"));
        const EventTime start = time(record, StartColumn);
        event.startMs = start.ms;
        event.precision = start.precision;
        if (const QByteArrayView precision = field(record, PrecisionColumn); !precision.isEmpty()) {
            const auto parsed = enumFromBytes<Precision>(precision, kPrecisionNames);
            if (!parsed)
                fail(line, PrecisionColumn, QStringLiteral("unknown precision \"%1\" (expected one of: %2)")
                                                .arg(QString::fromUtf8(head(precision, 40)),
                                                     allPrecisionNames().join(QStringLiteral(", "))));
            event.precision = *parsed;
        }
        const bool datePrecision = event.precision <= Precision::Day;
        if (datePrecision && event.startMs % kMsPerDay != 0)
            fail(line, StartColumn, QStringLiteral("%1 precision needs a date without a time of day")
                                        .arg(toString(event.precision)));

        if (!field(record, EndColumn).isEmpty()) {
            const EventTime end = time(record, EndColumn);
            if (end.ms < event.startMs)
                fail(line, EndColumn, QStringLiteral("ends before it starts (%1 is before %2)")
                                          .arg(QString::fromUtf8(field(record, EndColumn)),
                                               QString::fromUtf8(field(record, StartColumn))));
            if (datePrecision && end.ms % kMsPerDay != 0)
                fail(line, EndColumn, QStringLiteral("%1 precision needs a date without a time of day")
                                          .arg(toString(event.precision)));
            event.endMs = end.ms;
        }

        event.uncertain = uncertain(record);
        event.tz = zone(record);
        readActors(record, event);
        readSymbols(record, event);
        event.summary = text(record, SummaryColumn, EventCsv::kMaxSummaryChars);
        return event;
    }

    const QList<Actor> &actors() const { return m_actors.actors(); }

private:
    bool uncertain(const CsvRecord &record) const
    {
        const QByteArrayView value = field(record, UncertainColumn);
        if (value.isEmpty() || value == "0" || equalsIgnoringCase(value, "false") || equalsIgnoringCase(value, "no"))
            return false;
        if (value == "1" || equalsIgnoringCase(value, "true") || equalsIgnoringCase(value, "yes"))
            return true;
        fail(record.line(), UncertainColumn, QStringLiteral("\"%1\" is not true/false, 1/0 or yes/no")
                                                 .arg(QString::fromUtf8(head(value, 40))));
    }

    QString zone(const CsvRecord &record)
    {
        const QByteArrayView value = CsvFormula::restored(field(record, TzColumn));
        if (value.isEmpty())
            return m_utc;
        if (value.size() > 64)
            fail(record.line(), TzColumn, QStringLiteral("is longer than 64 characters; not a time zone name"));
        const QString &name = m_zones.get(value);
        auto known = m_zoneKnown.constFind(name);
        if (known == m_zoneKnown.constEnd())
            known = m_zoneKnown.insert(name, QTimeZone::isTimeZoneIdAvailable(value.toByteArray()));
        if (!*known)
            fail(record.line(), TzColumn, QStringLiteral("unknown time zone \"%1\" (an IANA name such as "
                                                         "America/New_York or UTC)")
                                              .arg(name));
        return name;
    }

    template<typename Visit>
    void forEachItem(const CsvRecord &record, Column column, Visit visit)
    {
        const QByteArrayView value = CsvFormula::restored(field(record, column));
        if (value.isEmpty())
            return;
        if (value.size() > EventCsv::kMaxShortChars)
            fail(record.line(), column, QStringLiteral("is %1 bytes long; at most %2 are accepted")
                                            .arg(value.size())
                                            .arg(EventCsv::kMaxShortChars));
        qsizetype from = 0;
        while (from <= value.size()) {
            qsizetype to = value.indexOf(';', from);
            if (to < 0)
                to = value.size();
            const QByteArrayView item = value.sliced(from, to - from).trimmed();
            if (!item.isEmpty())
                visit(item);
            from = to + 1;
        }
    }

    void readActors(const CsvRecord &record, Event &event)
    {
        forEachItem(record, ActorsColumn, [&](QByteArrayView name) {
            const QString uid = m_actors.uidFor(m_names.get(name));
            const EventActor actor{uid, QString()};
            if (!event.actors.contains(actor))
                event.actors << actor;
        });
    }

    void readSymbols(const CsvRecord &record, Event &event)
    {
        forEachItem(record, SymbolsColumn, [&](QByteArrayView bytes) {
            const QString &symbol = m_symbols.get(bytes);
            if (!event.symbols.contains(symbol))
                event.symbols << symbol;
        });
    }

    const CsvReader &m_reader;
    const Layout &m_layout;
    QString m_dataset;
    QString m_utc = QStringLiteral("UTC");
    ActorCollector m_actors;
    Interner m_zones;
    Interner m_names;
    Interner m_symbols;
    QHash<QString, bool> m_zoneKnown;
};

Layout readHeader(CsvReader &reader, CsvRecord &record)
{
    if (!reader.next(record))
        throw Error(QStringLiteral("%1: the file is empty; an events CSV starts with the header %2")
                        .arg(reader.where(1), QString::fromLatin1(EventCsv::header())));
    Layout layout;
    layout.fieldCount = record.size();
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QByteArrayView name = record.raw(i).trimmed();
        const auto column = enumFromBytes<Column>(name, kColumnNames);
        if (!column)
            throw Error(QStringLiteral("%1: column %2: unknown column (expected: %3)")
                            .arg(reader.where(record.line()), QString::fromUtf8(head(name, 40)),
                                 QString::fromLatin1(EventCsv::header())));
        if (layout.column[*column] >= 0)
            throw Error(QStringLiteral("%1: column %2: appears twice in the header")
                            .arg(reader.where(record.line()), QString::fromUtf8(name)));
        layout.column[*column] = i;
    }
    for (const Column required : {TitleColumn, StartColumn}) {
        if (layout.column[required] < 0)
            throw Error(QStringLiteral("%1: column %2: missing from the header (an events CSV needs at least "
                                       "title and start)")
                            .arg(reader.where(record.line()), QLatin1String(kColumnNames[required])));
    }
    return layout;
}

// The rows of one part of a file, up to its first problem.
struct ParsedPart
{
    QList<Event> events;
    std::vector<int> lines;         // of each event
    std::vector<UidHash> uidHashes; // of the events with a uid, by their row in the part
    QList<Actor> actors;            // in the order first named
    std::exception_ptr error;       // the part's first problem: no row after it was read
    qsizetype end = 0;              // where its last record ended
};

ParsedPart parsePart(const CsvReader &part, const Layout &layout, const DatasetInfo &dataset, qsizetype expectedRows)
{
    ParsedPart parsed;
    CsvReader reader = part;
    RowParser rows(reader, layout, dataset);
    parsed.events.reserve(expectedRows);
    parsed.lines.reserve(size_t(expectedRows));
    parsed.uidHashes.reserve(size_t(expectedRows));
    CsvRecord record;
    try {
        while (reader.next(record)) {
            Event event = rows.parse(record);
            if (!event.uid.isEmpty())
                parsed.uidHashes.push_back({qHash(event.uid), parsed.events.size()});
            parsed.events.append(std::move(event));
            parsed.lines.push_back(record.line());
            parsed.end = reader.position();
        }
    } catch (...) {
        parsed.error = std::current_exception();
    }
    parsed.actors = rows.actors();
    return parsed;
}

qsizetype countByte(QByteArrayView bytes, char c)
{
    qsizetype count = 0;
    const char *at = bytes.data();
    const char *const end = at + bytes.size();
    while ((at = static_cast<const char *>(std::memchr(at, c, size_t(end - at))))) {
        ++count;
        ++at;
    }
    return count;
}

// Line ends as CsvReader counts lines: CRLF, LF or a lone CR.
qsizetype countLineEnds(QByteArrayView bytes)
{
    qsizetype crs = 0;
    for (qsizetype at = bytes.indexOf('\r'); at >= 0; at = bytes.indexOf('\r', at + 1))
        crs += at + 1 < bytes.size() && bytes[at + 1] == '\n' ? 0 : 1;
    return countByte(bytes, '\n') + crs;
}

// The rows after the header, read in up to `count` parts at once. Parts begin after a line end
// outside quotes as counting quotes tells; that holds unless a quote stands inside an unquoted
// field, so each part is checked to have ended where the next began, and the file is read in one
// go when one did not. Parts after one that met a problem are dropped, as the problem comes first.
std::vector<ParsedPart> parseInParts(const CsvReader &reader, const Layout &layout, const DatasetInfo &dataset,
                                     int count)
{
    const QByteArrayView text = reader.text();
    const qsizetype first = reader.position();
    struct Part
    {
        qsizetype begin, end;
        int line;
        qsizetype rows;
    };
    std::vector<Part> bounds{{first, text.size(), reader.line(), 0}};
    qsizetype quotes = 0; // before bounds.back().begin
    for (int i = 1; i < count; ++i) {
        Part &last = bounds.back();
        qsizetype split = first + (text.size() - first) * i / count;
        if (split <= last.begin)
            continue;
        qsizetype quotesToSplit = quotes + countByte(text.sliced(last.begin, split - last.begin), '"');
        // The next line end with an even number of quotes before it.
        for (;;) {
            const qsizetype newline = text.indexOf('\n', split);
            if (newline < 0) {
                split = -1;
                break;
            }
            quotesToSplit += countByte(text.sliced(split, newline - split), '"');
            split = newline + 1;
            if (quotesToSplit % 2 == 0)
                break;
        }
        if (split < 0 || split >= text.size())
            break;
        last.end = split;
        const int line = last.line + int(countLineEnds(text.sliced(last.begin, split - last.begin)));
        bounds.push_back({split, text.size(), line, 0});
        quotes = quotesToSplit;
    }
    for (Part &part : bounds)
        part.rows = countByte(text.sliced(part.begin, part.end - part.begin), '\n') + 1;

    qsizetype allRows = 0;
    for (const Part &part : bounds)
        allRows += part.rows;
    const auto parse = [&](const Part &part) {
        // The first part's list takes the others' events too: room for all of them.
        const qsizetype room = part.begin == first ? allRows : part.rows;
        return parsePart(reader.part(part.begin, part.end, part.line), layout, dataset, room);
    };
    std::vector<std::future<ParsedPart>> others;
    for (size_t i = 1; i < bounds.size(); ++i)
        others.push_back(std::async(std::launch::async, parse, bounds[i]));
    std::vector<ParsedPart> parts;
    parts.push_back(parse(bounds.front()));
    for (std::future<ParsedPart> &other : others)
        parts.push_back(other.get());
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i].error) {
            parts.resize(i + 1);
            break;
        }
        if (parts[i].end > bounds[i].end) { // a record went on into the next part
            Part whole = bounds.front();
            whole.end = text.size();
            std::vector<ParsedPart> one;
            one.push_back(parse(whole));
            return one;
        }
    }
    return parts;
}

} // namespace

QByteArray EventCsv::header()
{
    QByteArray line;
    for (const char *name : kColumnNames)
        line.append(line.isEmpty() ? "" : ",").append(name);
    return line;
}

Snapshot EventCsv::parse(const QByteArray &data, const QString &fileName, int parts)
{
    Snapshot snapshot;
    // A large file's hash (its dataset's uid) is worked out while its text is checked.
    const auto policy = data.size() > (1 << 20) ? std::launch::async : std::launch::deferred;
    std::future<DatasetInfo> dataset = std::async(policy, [&] { return datasetForFile(data, fileName); });
    CsvReader reader(data, fileName);
    snapshot.datasets << dataset.get();
    CsvRecord record;
    const Layout layout = readHeader(reader, record);
    std::vector<ParsedPart> parsed =
        parseInParts(reader, layout, snapshot.datasets.constFirst(), parts > 0 ? parts : partsForBytes(data.size()));

    // The parts joined in file order, as if read in one go.
    qsizetype rows = 0;
    for (const ParsedPart &part : parsed)
        rows += part.events.size();
    snapshot.events = std::move(parsed.front().events); // room for every part's
    snapshot.events.reserve(rows);
    std::vector<int> lines;
    lines.reserve(size_t(rows));
    std::vector<UidHash> uidHashes;
    uidHashes.reserve(size_t(rows));
    QSet<QString> actorUids;
    for (ParsedPart &part : parsed) {
        const qsizetype first = qsizetype(lines.size());
        for (Event &event : part.events)
            snapshot.events.append(std::move(event));
        lines.insert(lines.end(), part.lines.cbegin(), part.lines.cend());
        for (const UidHash &hash : part.uidHashes)
            uidHashes.push_back({hash.hash, hash.row + first});
        for (const Actor &actor : std::as_const(part.actors)) {
            if (!actorUids.contains(actor.uid)) {
                actorUids.insert(actor.uid);
                snapshot.actors << actor;
            }
        }
    }
    // Every row read comes before the first problem, so a repeated uid among them is met first.
    if (const auto repeated = firstRepeatedUid(snapshot.events, uidHashes)) {
        failAt(reader, lines[size_t(repeated->second)], UidColumn,
               QStringLiteral("duplicate uid \"%1\" (first used on line %2)")
                   .arg(snapshot.events.at(repeated->second).uid)
                   .arg(lines[size_t(repeated->first)]));
    }
    if (parsed.back().error)
        std::rethrow_exception(parsed.back().error);

    // Generated uids come last, so that they step aside for every explicit one in the file.
    // The file's own uids are looked up among their sorted hashes rather than copied into a set.
    const auto inFile = [&](const QString &uid) {
        const size_t hash = qHash(uid);
        for (auto at = std::lower_bound(uidHashes.cbegin(), uidHashes.cend(), UidHash{hash, 0});
             at != uidHashes.cend() && at->hash == hash; ++at) {
            if (snapshot.events.at(at->row).uid == uid)
                return true;
        }
        return false;
    };
    UidAllocator uids(inFile);
    for (Event &event : snapshot.events) {
        if (event.uid.isEmpty())
            event.uid = uids.generate(generatedEventBase(event.title, event.startMs));
    }
    return snapshot;
}

Snapshot EventCsv::readFile(const QString &path)
{
    return parse(CsvReader::readFile(path), path);
}

QByteArray EventCsv::write(const Snapshot &snapshot)
{
    QHash<QString, QString> actorNames;
    for (const Actor &actor : snapshot.actors)
        actorNames.insert(actor.uid, actor.name);

    QByteArray out = header() + '\n';
    for (const Event &event : snapshot.events) {
        const bool datePrecision = event.precision <= Precision::Day;
        auto when = [&](std::int64_t ms) { return datePrecision ? formatIsoDate(ms) : formatIsoUtc(ms); };
        QStringList actors;
        for (const EventActor &actor : event.actors) {
            const QString name = actorNames.value(actor.actor, actor.actor);
            if (name.contains(QLatin1Char(';')))
                throw Error(QStringLiteral("event \"%1\": actor name \"%2\" contains \";\", which separates actors "
                                           "in an events CSV")
                                .arg(event.uid, name));
            if (!actors.contains(name))
                actors << name;
        }
        // Text a user typed is neutralised against formulas; the columns Tickerline fills itself
        // (kind, dates, precision, uncertain) never start with a trigger and are written as they are.
        using CsvFormula::neutralised;
        const QStringList fields{neutralised(event.uid),
                                 neutralised(event.title),
                                 toString(event.kind),
                                 when(event.startMs),
                                 event.endMs ? when(*event.endMs) : QString(),
                                 toString(event.precision),
                                 event.uncertain ? QStringLiteral("true") : QStringLiteral("false"),
                                 neutralised(event.tz),
                                 neutralised(actors.join(QLatin1Char(';'))),
                                 neutralised(event.symbols.join(QLatin1Char(';'))),
                                 neutralised(event.summary)};
        for (qsizetype i = 0; i < fields.size(); ++i)
            out.append(i ? "," : "").append(csvField(fields.at(i)));
        out.append('\n');
    }
    return out;
}

bool EventCsv::looksLikeHeader(const QByteArray &firstLine)
{
    bool title = false;
    bool start = false;
    for (QByteArray name : firstLine.split(',')) {
        name = name.trimmed();
        if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2)
            name = name.mid(1, name.size() - 2).trimmed();
        title = title || equalsIgnoringCase(name, "title");
        start = start || equalsIgnoringCase(name, "start");
    }
    return title && start;
}

} // namespace tickerline
