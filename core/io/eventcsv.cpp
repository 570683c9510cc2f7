// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcsv.h"

#include "error.h"
#include "io/csvformula.h"
#include "io/csvreader.h"
#include "io/eventimport.h"
#include "time/isotime.h"

#include <QHash>
#include <QTimeZone>

#include <array>
#include <cstring>

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

class RowParser final
{
public:
    RowParser(const CsvReader &reader, const Layout &layout, const DatasetInfo &dataset)
        : m_reader(reader), m_layout(layout), m_dataset(dataset.uid),
          m_actors(QString(), QString(), dataset.uid)
    {
    }

    [[noreturn]] void fail(int line, Column column, const QString &what) const
    {
        throw Error(QStringLiteral("%1: column %2: %3")
                        .arg(m_reader.where(line), QLatin1String(kColumnNames[column]), what));
    }

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

} // namespace

QByteArray EventCsv::header()
{
    QByteArray line;
    for (const char *name : kColumnNames)
        line.append(line.isEmpty() ? "" : ",").append(name);
    return line;
}

Snapshot EventCsv::parse(const QByteArray &data, const QString &fileName)
{
    Snapshot snapshot;
    snapshot.datasets << datasetForFile(data, fileName);
    CsvReader reader(data, fileName);
    CsvRecord record;
    const Layout layout = readHeader(reader, record);
    RowParser rows(reader, layout, snapshot.datasets.constFirst());

    const qsizetype expectedRows = data.count('\n');
    snapshot.events.reserve(expectedRows);
    std::vector<int> lines; // of each event, for the message about a repeated uid
    lines.reserve(size_t(expectedRows));
    UidAllocator uids;
    uids.reserve(expectedRows);
    while (reader.next(record)) {
        Event event = rows.parse(record);
        if (!event.uid.isEmpty() && !uids.claim(event.uid)) {
            int first = 0;
            for (qsizetype i = 0; i < snapshot.events.size() && !first; ++i)
                first = snapshot.events.at(i).uid == event.uid ? lines[size_t(i)] : 0;
            rows.fail(record.line(), UidColumn,
                      QStringLiteral("duplicate uid \"%1\" (first used on line %2)").arg(event.uid).arg(first));
        }
        lines.push_back(record.line());
        snapshot.events.append(std::move(event));
    }
    // Generated uids come last, so that they step aside for every explicit one in the file.
    for (Event &event : snapshot.events) {
        if (event.uid.isEmpty())
            event.uid = uids.generate(generatedEventBase(event.title, event.startMs));
    }
    snapshot.actors = rows.actors();
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
