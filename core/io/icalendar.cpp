// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include "error.h"
#include "io/eventcsv.h"
#include "io/eventimport.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QStringDecoder>
#include <QTimeZone>

namespace tickerline {

namespace {

constexpr qsizetype kFoldOctets = 75;
const QString kPrecisionProperty = QStringLiteral("X-TICKERLINE-PRECISION");
const QString kUncertainProperty = QStringLiteral("X-TICKERLINE-UNCERTAIN");
const QString kZoneProperty = QStringLiteral("X-TICKERLINE-TZ"); // of an all-day event, which has no TZID

bool isUtcZone(const QString &tz)
{
    return tz.isEmpty() || tz == QLatin1String("UTC");
}

// --- Writing -------------------------------------------------------------------------------------

QString escapedText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            result += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue; // the "\n" that follows is the line break
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            result += QStringLiteral("\\n");
        else
            result += c;
    }
    return result;
}

// One content line, folded at 75 octets: every continuation line starts with a space, which
// counts, and no UTF-8 sequence is split.
void appendFolded(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype from = 0;
    bool first = true;
    while (true) {
        const qsizetype room = first ? kFoldOctets : kFoldOctets - 1;
        if (bytes.size() - from <= room) {
            out.append(first ? "" : " ").append(bytes.constData() + from, bytes.size() - from).append("\r\n");
            return;
        }
        qsizetype cut = from + room;
        while (cut > from && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut; // a continuation byte: the character starts earlier
        out.append(first ? "" : " ").append(bytes.constData() + from, cut - from).append("\r\n");
        from = cut;
        first = false;
    }
}

QString basicUtc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString basicDate(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
}

// A wall-clock time given as UTC milliseconds shifted by an offset, without a zone designator.
QString basicLocal(std::int64_t ms, int offsetSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(ms + std::int64_t(offsetSeconds) * 1000, Qt::UTC)
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// What the reader would take the precision of a written start to be without the X- property.
Precision derivedPrecision(const Event &event)
{
    if (event.precision <= Precision::Day)
        return Precision::Day;
    return event.startMs % 60'000 == 0 ? Precision::Minute : Precision::Second;
}

// VTIMEZONE for one IANA zone over [fromMs, toMs]: the offset in force at the start, then every
// transition up to the end, each as STANDARD or DAYLIGHT with the local time of its onset.
void appendTimeZone(QByteArray &out, const QTimeZone &zone, std::int64_t fromMs, std::int64_t toMs)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs - 366 * kMsPerDay, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs + kMsPerDay, Qt::UTC);
    appendFolded(out, QStringLiteral("BEGIN:VTIMEZONE"));
    appendFolded(out, QStringLiteral("TZID:") + QString::fromLatin1(zone.id()));
    auto observance = [&](const QTimeZone::OffsetData &data, int before) {
        const QString type = data.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        appendFolded(out, QStringLiteral("BEGIN:") + type);
        appendFolded(out, QStringLiteral("DTSTART:") + basicLocal(data.atUtc.toMSecsSinceEpoch(), before));
        appendFolded(out, QStringLiteral("TZOFFSETFROM:") + offsetText(before));
        appendFolded(out, QStringLiteral("TZOFFSETTO:") + offsetText(data.offsetFromUtc));
        if (!data.abbreviation.isEmpty())
            appendFolded(out, QStringLiteral("TZNAME:") + escapedText(data.abbreviation));
        appendFolded(out, QStringLiteral("END:") + type);
    };
    QTimeZone::OffsetData start = zone.offsetData(from);
    start.atUtc = from;
    observance(start, start.offsetFromUtc);
    int before = start.offsetFromUtc;
    for (const QTimeZone::OffsetData &transition : zone.transitions(from, to)) {
        observance(transition, before);
        before = transition.offsetFromUtc;
    }
    appendFolded(out, QStringLiteral("END:VTIMEZONE"));
}

// --- Reading -------------------------------------------------------------------------------------

struct ContentLine
{
    int line = 0;
    QString name;                  // upper case
    QMap<QString, QString> params; // names upper case, values unquoted
    QString value;
};

struct Property
{
    ContentLine content;
    bool present = false;
};

struct When
{
    std::int64_t ms = 0;
    bool isDate = false;
    bool hasSeconds = false;
    QString zone; // the IANA zone of a TZID time, else empty
};

class CalendarReader final
{
public:
    CalendarReader(const QByteArray &data, const QString &fileName)
        : m_file(fileName)
        , m_dataset(datasetForFile(data, fileName))
    {}

    [[noreturn]] void fail(int line, const QString &what, const QString &why) const
    {
        throw Error(QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(line).arg(what, why));
    }

    Snapshot read(const QString &text)
    {
        const QList<ContentLine> lines = contentLines(text);
        if (lines.isEmpty() || lines.first().name != QLatin1String("BEGIN") ||
            lines.first().value.compare(QLatin1String("VCALENDAR"), Qt::CaseInsensitive) != 0)
            fail(lines.isEmpty() ? 1 : lines.first().line, QStringLiteral("BEGIN"),
                 QStringLiteral("an iCalendar file starts with BEGIN:VCALENDAR"));
        QList<std::pair<QString, int>> open; // component, line of its BEGIN
        QHash<QString, Property> event;
        for (const ContentLine &line : lines) {
            if (line.name == QLatin1String("BEGIN")) {
                const QString component = line.value.trimmed().toUpper();
                if (component.isEmpty())
                    fail(line.line, QStringLiteral("BEGIN"), QStringLiteral("names no component"));
                if (open.size() >= 16)
                    fail(line.line, QStringLiteral("BEGIN"), QStringLiteral("components nest deeper than 16"));
                open.append({component, line.line});
                if (component == QLatin1String("VEVENT"))
                    event.clear();
                continue;
            }
            if (line.name == QLatin1String("END")) {
                const QString component = line.value.trimmed().toUpper();
                if (open.isEmpty())
                    fail(line.line, QStringLiteral("END"),
                         QStringLiteral("END:%1 without a BEGIN").arg(component.left(40)));
                if (open.last().first != component)
                    fail(line.line, QStringLiteral("END"),
                         QStringLiteral("END:%1 does not close BEGIN:%2 of line %3")
                             .arg(component.left(40), open.last().first)
                             .arg(open.last().second));
                if (component == QLatin1String("VEVENT") && isEventLevel(open))
                    addEvent(event, open.last().second);
                open.removeLast();
                continue;
            }
            if (open.isEmpty())
                fail(line.line, line.name.left(40), QStringLiteral("outside BEGIN:VCALENDAR … END:VCALENDAR"));
            if (open.size() == 1 && line.name == QLatin1String("X-WR-CALNAME") && !line.value.trimmed().isEmpty())
                m_dataset.name = unescaped(line, EventCsv::kMaxShortChars).simplified();
            if (open.last().first != QLatin1String("VEVENT") || !isEventLevel(open))
                continue;
            if (line.name == QLatin1String("CATEGORIES")) {
                event[line.name].content.value += QLatin1Char(',') + line.value; // it may repeat
                event[line.name].content.line = line.line;
                event[line.name].present = true;
                continue;
            }
            if (event.value(line.name).present && isSingle(line.name))
                fail(line.line, line.name,
                     QStringLiteral("given twice in one VEVENT (first on line %1)")
                         .arg(event.value(line.name).content.line));
            event[line.name] = Property{line, true};
        }
        if (!open.isEmpty())
            fail(open.last().second, QStringLiteral("BEGIN"),
                 QStringLiteral("BEGIN:%1 is never closed by END:%1").arg(open.last().first));
        for (Event &e : m_events) {
            if (e.uid.isEmpty())
                e.uid = m_uids.generate(generatedEventBase(e.title, e.startMs));
        }
        Snapshot snapshot;
        snapshot.datasets << m_dataset;
        snapshot.events = m_events;
        return snapshot;
    }

private:
    static bool isSingle(const QString &name)
    {
        static const QStringList single{
            QStringLiteral("UID"),     QStringLiteral("SUMMARY"), QStringLiteral("DESCRIPTION"),
            QStringLiteral("DTSTART"), QStringLiteral("DTEND"),   QStringLiteral("DURATION"),
            kPrecisionProperty,        kUncertainProperty,        kZoneProperty};
        return single.contains(name);
    }

    // A VEVENT directly in a VCALENDAR (not one inside something else).
    static bool isEventLevel(const QList<std::pair<QString, int>> &open)
    {
        return open.size() == 2 && open.first().first == QLatin1String("VCALENDAR");
    }

    // Physical lines → unfolded content lines, each with the line it starts on.
    QList<ContentLine> contentLines(const QString &text) const
    {
        QList<ContentLine> result;
        QString current;
        int currentLine = 0;
        int lineNumber = 0;
        auto flush = [&] {
            if (currentLine > 0)
                result << parseLine(current, currentLine);
            current.clear();
            currentLine = 0;
        };
        qsizetype from = 0;
        while (from < text.size()) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), from);
            if (end < 0)
                end = text.size();
            QStringView physical = QStringView(text).sliced(from, end - from);
            if (physical.endsWith(QLatin1Char('\r')))
                physical.chop(1);
            ++lineNumber;
            from = end + 1;
            if (!physical.isEmpty() &&
                (physical.front() == QLatin1Char(' ') || physical.front() == QLatin1Char('\t'))) {
                if (currentLine == 0)
                    fail(lineNumber, QStringLiteral("folding"),
                         QStringLiteral("a continuation line (starting with a space) with no line before it"));
                current += physical.sliced(1);
                if (current.size() > EventCsv::kMaxSummaryChars * 2)
                    fail(currentLine, QStringLiteral("content line"),
                         QStringLiteral("longer than %1 characters").arg(EventCsv::kMaxSummaryChars * 2));
                continue;
            }
            flush();
            if (physical.trimmed().isEmpty())
                continue; // blank lines are not content lines; be lenient
            current = physical.toString();
            currentLine = lineNumber;
        }
        flush();
        return result;
    }

    ContentLine parseLine(const QString &text, int line) const
    {
        ContentLine content;
        content.line = line;
        qsizetype pos = 0;
        auto isNameChar = [](QChar c) {
            return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                   (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                   (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        };
        while (pos < text.size() && isNameChar(text.at(pos)))
            ++pos;
        content.name = text.left(pos).toUpper();
        if (content.name.isEmpty() || pos == text.size() ||
            (text.at(pos) != QLatin1Char(':') && text.at(pos) != QLatin1Char(';')))
            fail(line, QStringLiteral("content line"),
                 QStringLiteral("\"%1\" is not NAME:VALUE or NAME;PARAM=…:VALUE").arg(text.left(40)));
        while (text.at(pos) == QLatin1Char(';')) {
            const qsizetype nameStart = ++pos;
            while (pos < text.size() && isNameChar(text.at(pos)))
                ++pos;
            const QString param = text.mid(nameStart, pos - nameStart).toUpper();
            if (param.isEmpty() || pos == text.size() || text.at(pos) != QLatin1Char('='))
                fail(line, content.name, QStringLiteral("a parameter without NAME=VALUE"));
            ++pos;
            QString value;
            if (pos < text.size() && text.at(pos) == QLatin1Char('"')) {
                const qsizetype close = text.indexOf(QLatin1Char('"'), pos + 1);
                if (close < 0)
                    fail(line, content.name, QStringLiteral("parameter %1: the quoted value is not closed").arg(param));
                value = text.mid(pos + 1, close - pos - 1);
                pos = close + 1;
            } else {
                const qsizetype valueStart = pos;
                while (pos < text.size() && text.at(pos) != QLatin1Char(';') && text.at(pos) != QLatin1Char(':'))
                    ++pos;
                value = text.mid(valueStart, pos - valueStart);
            }
            if (pos == text.size() || (text.at(pos) != QLatin1Char(';') && text.at(pos) != QLatin1Char(':')))
                fail(line, content.name, QStringLiteral("no \":\" before the value"));
            content.params.insert(param, value);
        }
        content.value = text.mid(pos + 1);
        return content;
    }

    QString unescaped(const ContentLine &content, qsizetype maxChars) const
    {
        const QString &value = content.value;
        QString result;
        result.reserve(value.size());
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QChar c = value.at(i);
            if (c == QLatin1Char('\r')) {
                result += QLatin1Char('\n'); // a bare CR has no place in TEXT; read as the line break it means
                continue;
            }
            if (c != QLatin1Char('\\')) {
                result += c;
                continue;
            }
            if (++i == value.size())
                fail(content.line, content.name, QStringLiteral("ends in a lone \"\\\""));
            const QChar next = value.at(i);
            if (next == QLatin1Char('n') || next == QLatin1Char('N'))
                result += QLatin1Char('\n');
            else if (next == QLatin1Char('\\') || next == QLatin1Char(';') || next == QLatin1Char(',') ||
                     next == QLatin1Char(':') || next == QLatin1Char('"'))
                result += next;
            else
                fail(content.line, content.name,
                     QStringLiteral("\"\\%1\" is not an escape of TEXT (\\\\, \\;, \\, or \\n)").arg(next));
        }
        if (result.size() > maxChars)
            fail(content.line, content.name,
                 QStringLiteral("is %1 characters long; at most %2 are accepted").arg(result.size()).arg(maxChars));
        return result;
    }

    When when(const ContentLine &content) const
    {
        const QString value = content.value.trimmed();
        auto shape = [&]() -> When {
            fail(content.line, content.name,
                 QStringLiteral("\"%1\" is not a DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS, UTC with Z)")
                     .arg(value.left(40)));
        };
        auto digits = [&](qsizetype at, qsizetype count, int &out) {
            bool ok = at + count <= value.size();
            for (qsizetype i = at; ok && i < at + count; ++i)
                ok = value.at(i).isDigit() && value.at(i).unicode() < 128;
            out = ok ? value.mid(at, count).toInt() : 0;
            return ok;
        };
        int year = 0;
        int month = 0;
        int day = 0;
        if (!digits(0, 4, year) || !digits(4, 2, month) || !digits(6, 2, day))
            shape();
        if (year < 1400 || year > 9999)
            fail(content.line, content.name, QStringLiteral("year %1 is outside 1400–9999").arg(year));
        const auto midnight = utcMidnight(year, month, day);
        if (!midnight)
            fail(content.line, content.name, QStringLiteral("%1 is not a day of the calendar").arg(value.left(8)));
        const bool dateType =
            content.params.value(QStringLiteral("VALUE")).compare(QLatin1String("DATE"), Qt::CaseInsensitive) == 0;
        When result;
        result.ms = *midnight;
        if (value.size() == 8) {
            result.isDate = true;
            return result;
        }
        if (dateType)
            fail(content.line, content.name, QStringLiteral("VALUE=DATE but \"%1\" has a time").arg(value.left(40)));
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (value.size() < 15 || value.at(8) != QLatin1Char('T') || !digits(9, 2, hour) || !digits(11, 2, minute) ||
            !digits(13, 2, second))
            shape();
        const bool utc = value.size() == 16 && value.at(15) == QLatin1Char('Z');
        if (value.size() != 15 && !utc)
            shape();
        if (hour > 23 || minute > 59 || second > 60)
            fail(content.line, content.name, QStringLiteral("%1 is not a time of day").arg(value.mid(9, 6)));
        second = std::min(second, 59); // a leap second is the second before it
        result.hasSeconds = second != 0;
        const std::int64_t wallMs = *midnight + ((hour * 60 + minute) * 60 + second) * std::int64_t(1000);
        QString tzid = content.params.value(QStringLiteral("TZID"));
        if (tzid.startsWith(QLatin1Char('/')))
            tzid.remove(0, 1); // RFC 5545's "globally unique" form
        if (utc || tzid.isEmpty() || tzid == QLatin1String("UTC")) {
            result.ms = wallMs; // floating times are read as UTC, like every zoneless time here
            return result;
        }
        const QTimeZone zone(tzid.toUtf8());
        if (tzid.size() > 64 || !zone.isValid())
            fail(content.line, content.name,
                 QStringLiteral("unknown time zone \"%1\" (TZID must be an IANA name such "
                                "as America/New_York)")
                     .arg(tzid.left(64)));
        const QDateTime local(QDate(year, month, day), QTime(hour, minute, second), zone);
        result.ms = local.toMSecsSinceEpoch();
        result.zone = tzid;
        return result;
    }

    // "P1D", "PT1H30M", "P2W": the parts RFC 5545 allows (no years or months).
    std::int64_t duration(const ContentLine &content) const
    {
        const QString value = content.value.trimmed().toUpper();
        auto bad = [&]() {
            fail(content.line, content.name,
                 QStringLiteral("\"%1\" is not a duration (P1D, PT1H30M, P2W)").arg(value.left(40)));
        };
        qsizetype pos = 0;
        if (value.startsWith(QLatin1Char('+')))
            ++pos;
        if (pos >= value.size() || value.at(pos) != QLatin1Char('P'))
            bad();
        ++pos;
        bool inTime = false;
        bool any = false;
        std::int64_t total = 0;
        while (pos < value.size()) {
            if (value.at(pos) == QLatin1Char('T')) {
                inTime = true;
                ++pos;
                continue;
            }
            const qsizetype start = pos;
            while (pos < value.size() && value.at(pos).isDigit() && pos - start < 9)
                ++pos;
            if (pos == start || pos == value.size())
                bad();
            const std::int64_t n = value.mid(start, pos - start).toLongLong();
            const QChar unit = value.at(pos++);
            if (!inTime && unit == QLatin1Char('W'))
                total += n * 7 * kMsPerDay;
            else if (!inTime && unit == QLatin1Char('D'))
                total += n * kMsPerDay;
            else if (inTime && unit == QLatin1Char('H'))
                total += n * 3'600'000;
            else if (inTime && unit == QLatin1Char('M'))
                total += n * 60'000;
            else if (inTime && unit == QLatin1Char('S'))
                total += n * 1000;
            else
                bad();
            any = true;
        }
        if (!any)
            bad();
        return total;
    }

    void addEvent(const QHash<QString, Property> &properties, int line)
    {
        const auto property = [&](const QString &name) -> const ContentLine * {
            const auto it = properties.constFind(name);
            return it == properties.constEnd() || !it->present ? nullptr : &it->content;
        };
        Event event;
        event.dataset = m_dataset.uid;
        const ContentLine *summary = property(QStringLiteral("SUMMARY"));
        if (!summary)
            fail(line, QStringLiteral("VEVENT"), QStringLiteral("no SUMMARY; every event needs a title"));
        event.title = unescaped(*summary, EventCsv::kMaxShortChars).trimmed();
        if (event.title.isEmpty())
            fail(summary->line, summary->name, QStringLiteral("empty; every event needs a title"));
        if (const ContentLine *description = property(QStringLiteral("DESCRIPTION")))
            event.summary = unescaped(*description, EventCsv::kMaxSummaryChars).trimmed();

        const ContentLine *dtstart = property(QStringLiteral("DTSTART"));
        if (!dtstart)
            fail(line, QStringLiteral("VEVENT"), QStringLiteral("no DTSTART; every event needs a start"));
        const When start = when(*dtstart);
        if (start.ms < kMinTimeMs || start.ms > kMaxTimeMs)
            fail(dtstart->line, dtstart->name, QStringLiteral("the start lies outside 1400–9999 in UTC"));
        event.startMs = start.ms;
        event.tz = start.zone.isEmpty() ? QStringLiteral("UTC") : start.zone;
        event.precision = start.isDate ? Precision::Day : start.hasSeconds ? Precision::Second : Precision::Minute;
        if (const ContentLine *precision = property(kPrecisionProperty)) {
            const auto parsed = precisionFromString(precision->value.trimmed().toLower());
            if (!parsed)
                fail(precision->line, precision->name,
                     QStringLiteral("unknown precision \"%1\" (expected one of: %2)")
                         .arg(precision->value.left(40), allPrecisionNames().join(QStringLiteral(", "))));
            if ((*parsed <= Precision::Day) != start.isDate)
                fail(precision->line, precision->name,
                     QStringLiteral("%1 precision needs a DTSTART %2")
                         .arg(toString(*parsed),
                              start.isDate ? QStringLiteral("with a time") : QStringLiteral("that is a DATE")));
            event.precision = *parsed;
        }

        if (const ContentLine *zone = property(kZoneProperty); zone && start.isDate) {
            const QString name = zone->value.trimmed();
            if (name.size() > 64 || !QTimeZone::isTimeZoneIdAvailable(name.toUtf8()))
                fail(zone->line, zone->name, QStringLiteral("unknown time zone \"%1\"").arg(name.left(64)));
            event.tz = name;
        }

        const ContentLine *dtend = property(QStringLiteral("DTEND"));
        const ContentLine *length = property(QStringLiteral("DURATION"));
        if (dtend && length)
            fail(length->line, length->name, QStringLiteral("given with DTEND; an event has one or the other"));
        std::optional<std::int64_t> endMs; // RFC 5545's end: exclusive for dates
        if (dtend) {
            const When end = when(*dtend);
            if (end.isDate != start.isDate)
                fail(dtend->line, dtend->name,
                     QStringLiteral("must be a %1 like DTSTART")
                         .arg(start.isDate ? QStringLiteral("DATE") : QStringLiteral("DATE-TIME")));
            if (end.ms < start.ms)
                fail(dtend->line, dtend->name, QStringLiteral("ends before it starts"));
            endMs = end.ms;
        } else if (length) {
            endMs = start.ms + duration(*length);
        }
        if (endMs && start.isDate && *endMs - kMsPerDay > start.ms)
            event.endMs = *endMs - kMsPerDay; // the last day, as Tickerline keeps it
        else if (endMs && !start.isDate && *endMs > start.ms)
            event.endMs = *endMs;
        if (event.endMs && (*event.endMs < kMinTimeMs || *event.endMs > kMaxTimeMs))
            fail((dtend ? dtend : length)->line, (dtend ? dtend : length)->name,
                 QStringLiteral("the end lies outside 1400–9999"));

        if (const ContentLine *uncertain = property(kUncertainProperty)) {
            const QString value = uncertain->value.trimmed().toUpper();
            if (value != QLatin1String("TRUE") && value != QLatin1String("FALSE"))
                fail(uncertain->line, uncertain->name,
                     QStringLiteral("\"%1\" is not TRUE or FALSE").arg(value.left(40)));
            event.uncertain = value == QLatin1String("TRUE");
        }
        if (const ContentLine *categories = property(QStringLiteral("CATEGORIES"))) {
            // Split at the commas that are not escaped, then unescape each value.
            const QString &raw = categories->value;
            qsizetype from = 0;
            for (qsizetype i = 0; i <= raw.size(); ++i) {
                if (i < raw.size() && raw.at(i) == QLatin1Char('\\')) {
                    ++i;
                    continue;
                }
                if (i < raw.size() && raw.at(i) != QLatin1Char(','))
                    continue;
                const ContentLine piece{categories->line, categories->name, {}, raw.mid(from, i - from)};
                from = i + 1;
                if (const auto kind =
                        eventKindFromString(unescaped(piece, EventCsv::kMaxShortChars).trimmed().toLower())) {
                    event.kind = *kind;
                    break;
                }
            }
        }
        if (const ContentLine *uid = property(QStringLiteral("UID"))) {
            const QString value = unescaped(*uid, EventCsv::kMaxShortChars).trimmed();
            for (const QChar c : value) {
                if (c.isSpace() || c.category() == QChar::Other_Control)
                    fail(uid->line, uid->name,
                         QStringLiteral("\"%1\" contains a space or control character").arg(value.left(60)));
            }
            // Instances of one recurring event share their UID (RECURRENCE-ID): each gets its own.
            event.uid = value.isEmpty() || m_uids.claim(value) ? value : m_uids.generate(value);
        }
        m_events << event;
    }

    QString m_file;
    DatasetInfo m_dataset;
    UidAllocator m_uids;
    QList<Event> m_events;
};

} // namespace

Snapshot ICalendar::parse(const QByteArray &data, const QString &fileName)
{
    if (data.size() > kMaxFileBytes)
        throw Error(
            QStringLiteral("%1:1: the file is larger than %2 MB").arg(fileName).arg(kMaxFileBytes / (1024 * 1024)));
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        throw Error(QStringLiteral("%1:%2: a NUL byte; an iCalendar file is text")
                        .arg(fileName)
                        .arg(data.left(nul).count('\n') + 1));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        throw Error(QStringLiteral("%1:1: not UTF-8 text; iCalendar files are UTF-8").arg(fileName));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return CalendarReader(data, fileName).read(text);
}

QByteArray ICalendar::write(const Snapshot &snapshot)
{
    QByteArray out;
    appendFolded(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendFolded(out, QStringLiteral("VERSION:2.0"));
    appendFolded(out, QStringLiteral("PRODID:-//Tickerline//Tickerline events//EN"));
    appendFolded(out, QStringLiteral("CALSCALE:GREGORIAN"));
    if (snapshot.datasets.size() == 1)
        appendFolded(out, QStringLiteral("X-WR-CALNAME:") + escapedText(snapshot.datasets.constFirst().name));

    // One VTIMEZONE for each zone a timed event is written in, over the span of its events.
    QMap<QString, std::pair<std::int64_t, std::int64_t>> zones;
    auto zoneOf = [](const Event &event) {
        if (event.precision <= Precision::Day || isUtcZone(event.tz))
            return QString();
        return QTimeZone(event.tz.toUtf8()).isValid() ? event.tz : QString();
    };
    for (const Event &event : snapshot.events) {
        if (const QString zone = zoneOf(event); !zone.isEmpty()) {
            const std::int64_t end = event.endMs.value_or(event.startMs);
            auto it = zones.find(zone);
            if (it == zones.end())
                zones.insert(zone, {event.startMs, end});
            else
                *it = {std::min(it->first, event.startMs), std::max(it->second, end)};
        }
    }
    for (auto it = zones.cbegin(); it != zones.cend(); ++it)
        appendTimeZone(out, QTimeZone(it.key().toUtf8()), it->first, it->second);

    const QString stamp = basicUtc(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000);
    for (const Event &event : snapshot.events) {
        const QString zone = zoneOf(event);
        const QTimeZone timeZone = zone.isEmpty() ? QTimeZone() : QTimeZone(zone.toUtf8());
        auto timed = [&](const QString &name, std::int64_t ms) {
            if (zone.isEmpty())
                return name + QLatin1Char(':') + basicUtc(ms);
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, timeZone);
            return QStringLiteral("%1;TZID=%2:%3").arg(name, zone, local.toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
        };
        appendFolded(out, QStringLiteral("BEGIN:VEVENT"));
        appendFolded(out, QStringLiteral("UID:") + escapedText(event.uid));
        appendFolded(out, QStringLiteral("DTSTAMP:") + stamp);
        if (event.precision <= Precision::Day) {
            appendFolded(out, QStringLiteral("DTSTART;VALUE=DATE:") + basicDate(event.startMs));
            if (event.endMs && *event.endMs > event.startMs)
                appendFolded(out, QStringLiteral("DTEND;VALUE=DATE:") + basicDate(*event.endMs + kMsPerDay));
        } else {
            appendFolded(out, timed(QStringLiteral("DTSTART"), event.startMs));
            if (event.endMs && *event.endMs > event.startMs)
                appendFolded(out, timed(QStringLiteral("DTEND"), *event.endMs));
        }
        appendFolded(out, QStringLiteral("SUMMARY:") + escapedText(event.title));
        if (!event.summary.isEmpty())
            appendFolded(out, QStringLiteral("DESCRIPTION:") + escapedText(event.summary));
        appendFolded(out, QStringLiteral("CATEGORIES:") + toString(event.kind));
        if (derivedPrecision(event) != event.precision)
            appendFolded(out, kPrecisionProperty + QLatin1Char(':') + toString(event.precision));
        if (event.uncertain)
            appendFolded(out, kUncertainProperty + QStringLiteral(":TRUE"));
        if (event.precision <= Precision::Day && !isUtcZone(event.tz))
            appendFolded(out, kZoneProperty + QLatin1Char(':') + event.tz);
        appendFolded(out, QStringLiteral("END:VEVENT"));
    }
    appendFolded(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

bool ICalendar::looksLikeCalendar(const QByteArray &head)
{
    QByteArray start = head.left(64);
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3);
    return start.trimmed().toUpper().startsWith("BEGIN:VCALENDAR");
}

} // namespace tickerline
