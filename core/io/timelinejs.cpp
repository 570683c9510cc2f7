// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejs.h"

#include "error.h"
#include "io/csvformula.h"
#include "io/csvreader.h"
#include "io/eventcsv.h"
#include "io/eventimport.h"
#include "io/htmltext.h"
#include "io/jsonlocator.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>
#include <functional>

namespace tickerline {

namespace {

enum DatePart { YearPart, MonthPart, DayPart, HourPart, MinutePart, SecondPart, MillisecondPart, PartCount };
constexpr std::array<const char *, PartCount> kPartKeys{"year", "month", "day", "hour", "minute", "second",
                                                        "millisecond"};

using DateParts = std::array<QString, PartCount>; // trimmed texts; empty means not given
// Called with the part that is wrong and why; never returns.
using DateFailure = std::function<void(DatePart, const QString &)>;

EventTime assembleDate(const DateParts &parts, const DateFailure &fail)
{
    std::array<int, PartCount> value{};
    value[MonthPart] = 1;
    value[DayPart] = 1;
    int finest = -1;
    for (int part = 0; part < PartCount; ++part) {
        const QString &text = parts[size_t(part)];
        if (text.isEmpty())
            continue;
        if (finest != part - 1)
            fail(DatePart(part), QStringLiteral("%1 is given without a %2")
                                     .arg(QLatin1String(kPartKeys[size_t(part)]),
                                          QLatin1String(kPartKeys[size_t(finest + 1)])));
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        if (!ok || std::llabs(number) > 1'000'000'000)
            fail(DatePart(part), QStringLiteral("\"%1\" is not a whole number").arg(text.left(40)));
        value[size_t(part)] = int(number);
        finest = part;
    }
    if (finest < 0)
        fail(YearPart, QStringLiteral("missing; a date needs at least a year"));
    const int year = value[YearPart];
    if (year < 1400 || year > 9999)
        fail(YearPart, QStringLiteral("year %1 is outside 1400–9999").arg(year));
    if (value[MonthPart] < 1 || value[MonthPart] > 12)
        fail(MonthPart, QStringLiteral("month %1 is not 1–12").arg(value[MonthPart]));
    const auto midnight = utcMidnight(year, value[MonthPart], value[DayPart]);
    if (!midnight)
        fail(DayPart, QStringLiteral("%1-%2-%3 is not a day of the calendar")
                          .arg(year)
                          .arg(value[MonthPart], 2, 10, QLatin1Char('0'))
                          .arg(value[DayPart], 2, 10, QLatin1Char('0')));
    constexpr std::array<int, PartCount> kLimit{0, 0, 0, 23, 59, 59, 999};
    for (int part = HourPart; part < PartCount; ++part) {
        if (value[size_t(part)] < 0 || value[size_t(part)] > kLimit[size_t(part)])
            fail(DatePart(part), QStringLiteral("%1 %2 is not 0–%3")
                                     .arg(QLatin1String(kPartKeys[size_t(part)]))
                                     .arg(value[size_t(part)])
                                     .arg(kLimit[size_t(part)]));
    }
    constexpr std::array<Precision, PartCount> kPrecision{Precision::Year,   Precision::Month,  Precision::Day,
                                                          Precision::Hour,   Precision::Minute, Precision::Second,
                                                          Precision::Second};
    EventTime time;
    time.precision = kPrecision[size_t(finest)];
    time.ms = *midnight
        + ((value[HourPart] * 60 + value[MinutePart]) * 60 + value[SecondPart]) * std::int64_t(1000)
        + value[MillisecondPart];
    return time;
}

QString plainText(const QString &html)
{
    return HtmlText::toText(html).trimmed();
}

QString titleText(const QString &html)
{
    return HtmlText::toText(html).simplified();
}

// What an event's media block adds to its summary (see the header).
QString mediaText(QString url)
{
    url = url.trimmed();
    if (url.startsWith(QLatin1Char('<')))
        return plainText(url);
    if (url.startsWith(QLatin1String("//")))
        url.prepend(QLatin1String("https:"));
    if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return QStringLiteral("Media: ") + url;
    return {};
}

QString joinParagraphs(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    return first + QStringLiteral("\n\n") + second;
}

// What both layouts have in common once a row or an object has been read into plain fields.
struct Slide
{
    QString uid;
    QString headline; // HTML
    QString text;     // HTML
    QString media;
    QString group;
    QString type; // sheet only: "", "title", "era"
    EventTime start;
    std::optional<EventTime> end;
};

class Builder final
{
public:
    explicit Builder(const QByteArray &data, const QString &fileName)
        : m_dataset(datasetForFile(data, fileName)), m_groups(QStringLiteral("group"), QStringLiteral("group-"),
                                                              m_dataset.uid)
    {
    }

    void setTitle(const QString &headline, const QString &text)
    {
        const QString name = titleText(headline);
        if (!name.isEmpty())
            m_dataset.name = name;
        m_dataset.notes = plainText(text);
    }

    // fail(what, why) names the field in the caller's terms (a JSON path or a column).
    template<typename Fail>
    void addEvent(const Slide &slide, Fail fail)
    {
        Event event;
        event.dataset = m_dataset.uid;
        event.uid = slide.uid.trimmed();
        if (!event.uid.isEmpty() && !m_uids.claim(event.uid))
            fail("uid", QStringLiteral("duplicate unique_id \"%1\"").arg(event.uid));
        const QString text = plainText(slide.text);
        event.title = titleText(slide.headline);
        if (event.title.isEmpty())
            event.title = text.section(QLatin1Char('\n'), 0, 0).left(80).trimmed();
        if (event.title.isEmpty())
            fail("headline", QStringLiteral("empty, and there is no text to name the event by"));
        if (event.title.size() > EventCsv::kMaxShortChars)
            fail("headline", QStringLiteral("is %1 characters long; at most %2 are accepted")
                                 .arg(event.title.size())
                                 .arg(EventCsv::kMaxShortChars));
        event.summary = joinParagraphs(text, mediaText(slide.media));
        event.startMs = slide.start.ms;
        event.precision = slide.start.precision;
        if (slide.end) {
            if (slide.end->ms < event.startMs)
                fail("end", QStringLiteral("ends before it starts"));
            event.endMs = slide.end->ms;
        }
        event.tz = QStringLiteral("UTC");
        if (const QString group = slide.group.trimmed(); !group.isEmpty())
            event.actors << EventActor{m_groups.uidFor(group), QStringLiteral("group")};
        m_events << event;
    }

    template<typename Fail>
    void addEra(const Slide &slide, Fail fail)
    {
        Era era;
        era.name = titleText(slide.headline);
        if (era.name.isEmpty())
            fail("headline", QStringLiteral("empty; an era needs a name"));
        if (!slide.end)
            fail("end", QStringLiteral("missing; an era needs an end date"));
        if (slide.end->ms < slide.start.ms)
            fail("end", QStringLiteral("ends before it starts"));
        era.uid = m_eraUids.generate(QStringLiteral("era-") + slugify(era.name));
        era.startMs = slide.start.ms;
        era.endMs = slide.end->ms;
        era.dataset = m_dataset.uid;
        m_eras << era;
    }

    Snapshot finish()
    {
        for (Event &event : m_events) {
            if (event.uid.isEmpty())
                event.uid = m_uids.generate(generatedEventBase(event.title, event.startMs));
        }
        Snapshot snapshot;
        snapshot.datasets << m_dataset;
        snapshot.actors = m_groups.actors();
        snapshot.events = m_events;
        snapshot.eras = m_eras;
        return snapshot;
    }

private:
    DatasetInfo m_dataset;
    ActorCollector m_groups;
    UidAllocator m_uids;
    UidAllocator m_eraUids;
    QList<Event> m_events;
    QList<Era> m_eras;
};

// --- JSON ----------------------------------------------------------------------------------------


class JsonReader final
{
public:
    JsonReader(const QByteArray &data, const QString &fileName) : m_data(data), m_file(fileName) {}

    [[noreturn]] void fail(const QVariantList &path, const QString &why) const
    {
        throw jsonError(m_data, m_file, path, why);
    }

    QJsonObject object(const QJsonValue &value, const QVariantList &path, bool required) const
    {
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(path, QStringLiteral("missing"));
            return {};
        }
        if (!value.isObject())
            fail(path, QStringLiteral("must be an object"));
        return value.toObject();
    }

    QString string(const QJsonObject &object, const QString &key, const QVariantList &path) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        if (!value.isString())
            fail(path + QVariantList{key}, QStringLiteral("must be a string"));
        const QString text = value.toString();
        if (text.size() > EventCsv::kMaxSummaryChars)
            fail(path + QVariantList{key}, QStringLiteral("is %1 characters long; at most %2 are accepted")
                                               .arg(text.size())
                                               .arg(EventCsv::kMaxSummaryChars));
        return text;
    }

    std::optional<EventTime> date(const QJsonObject &parent, const QString &key, const QVariantList &path,
                                  bool required) const
    {
        const QVariantList here = path + QVariantList{key};
        const QJsonObject o = object(parent.value(key), here, required);
        if (o.isEmpty() && !required)
            return std::nullopt;
        DateParts parts;
        for (int part = 0; part < PartCount; ++part)
            parts[size_t(part)] = string(o, QLatin1String(kPartKeys[size_t(part)]), here).trimmed();
        if (!required && std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty(); }))
            return std::nullopt;
        return assembleDate(parts, [&](DatePart part, const QString &why) {
            const QString partKey = QLatin1String(kPartKeys[size_t(part)]);
            fail(o.contains(partKey) ? here + QVariantList{partKey} : here, why);
        });
    }

    Slide slide(const QJsonObject &o, const QVariantList &at, bool era) const
    {
        Slide s;
        const QJsonObject text = object(o.value(QStringLiteral("text")), at + QVariantList{QStringLiteral("text")},
                                        false);
        s.headline = string(text, QStringLiteral("headline"), at + QVariantList{QStringLiteral("text")});
        s.text = string(text, QStringLiteral("text"), at + QVariantList{QStringLiteral("text")});
        s.start = *date(o, QStringLiteral("start_date"), at, true);
        s.end = date(o, QStringLiteral("end_date"), at, era);
        if (era)
            return s;
        s.uid = string(o, QStringLiteral("unique_id"), at);
        s.group = string(o, QStringLiteral("group"), at);
        const QJsonObject media = object(o.value(QStringLiteral("media")), at + QVariantList{QStringLiteral("media")},
                                         false);
        s.media = string(media, QStringLiteral("url"), at + QVariantList{QStringLiteral("media")});
        return s;
    }

private:
    const QByteArray &m_data;
    QString m_file;
};

QVariantList fieldPath(const QVariantList &at, const char *field)
{
    const QString name = QLatin1String(field);
    if (name == QLatin1String("uid"))
        return at + QVariantList{QStringLiteral("unique_id")};
    if (name == QLatin1String("headline"))
        return at + QVariantList{QStringLiteral("text"), QStringLiteral("headline")};
    if (name == QLatin1String("end"))
        return at + QVariantList{QStringLiteral("end_date")};
    return at;
}

// --- Sheet ---------------------------------------------------------------------------------------

enum SheetColumn { YearCol, MonthCol, DayCol, TimeCol, EndYearCol, EndMonthCol, EndDayCol, EndTimeCol, HeadlineCol,
                   TextCol, MediaCol, TypeCol, GroupCol, SheetColumnCount };
constexpr std::array<const char *, SheetColumnCount> kSheetNames{
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Headline", "Text", "Media",
    "Type", "Group"};

QString normalizedHeader(QByteArrayView name)
{
    return QString::fromUtf8(name).simplified().toLower();
}

// "14:30", "14:30:15", "2:30 PM", "9" → hour, minute and second parts.
bool splitSheetTime(QString text, DateParts &parts, int hourPart)
{
    text = text.trimmed().toUpper();
    int addHours = 0;
    bool twelveHour = false;
    if (text.endsWith(QLatin1String("AM")) || text.endsWith(QLatin1String("PM"))) {
        twelveHour = true;
        addHours = text.endsWith(QLatin1String("PM")) ? 12 : 0;
        text.chop(2);
        text = text.trimmed();
    }
    const QStringList pieces = text.split(QLatin1Char(':'));
    if (pieces.size() > 3)
        return false;
    for (const QString &piece : pieces) {
        if (piece.isEmpty() || piece.size() > 2 || !std::all_of(piece.cbegin(), piece.cend(), [](QChar c) {
                return c.isDigit();
            }))
            return false;
    }
    int hour = pieces.at(0).toInt();
    if (twelveHour) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + addHours;
    }
    parts[size_t(hourPart)] = QString::number(hour);
    for (qsizetype i = 1; i < pieces.size(); ++i)
        parts[size_t(hourPart + i)] = pieces.at(i);
    return true;
}

// --- Writing -------------------------------------------------------------------------------------

// "&", "<", ">" and '"' as character references; what HtmlText decodes again.
QString escapedHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

// A summary as the HTML that plainText() reads back to it: paragraphs, and line breaks in them.
QString summaryHtml(const QString &summary)
{
    QStringList paragraphs;
    for (const QString &paragraph : summary.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QString trimmed = paragraph.trimmed();
        if (!trimmed.isEmpty())
            paragraphs << QStringLiteral("<p>") +
                              escapedHtml(trimmed).replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                              QStringLiteral("</p>");
    }
    return paragraphs.join(QString());
}

// The reader appends a media address as a last paragraph "Media: URL"; the writer gives it back.
struct SummaryAndMedia
{
    QString summary;
    QString media;
};

SummaryAndMedia splitMedia(const QString &summary)
{
    const qsizetype at = summary.lastIndexOf(QStringLiteral("Media: "));
    if (at < 0 || (at > 0 && !summary.mid(0, at).endsWith(QStringLiteral("\n\n"))))
        return {summary, {}};
    const QString url = summary.mid(at + 7);
    if (url.contains(QLatin1Char(' ')) || url.contains(QLatin1Char('\n')) ||
        !(url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"))))
        return {summary, {}};
    return {summary.left(std::max<qsizetype>(0, at - 2)), url};
}

QString groupOf(const Event &event, const QHash<QString, QString> &actorNames)
{
    for (const EventActor &actor : event.actors) {
        if (actor.role == QLatin1String("group"))
            return actorNames.value(actor.actor, actor.actor);
    }
    return {};
}

QHash<QString, QString> actorNamesOf(const Snapshot &snapshot)
{
    QHash<QString, QString> names;
    for (const Actor &actor : snapshot.actors)
        names.insert(actor.uid, actor.name);
    return names;
}

// The parts of a UTC instant, down to the finest one that a date must give: the precision's own for
// a start (the reader takes the precision from it), and for an end as far as it is not zero.
DateParts partsOf(std::int64_t ms, Precision precision, bool cutToPrecision)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDate date = utc.date();
    const QTime time = utc.time();
    const std::array<int, PartCount> value{date.year(),   date.month(),  date.day(), time.hour(),
                                           time.minute(), time.second(), time.msec()};
    // Precision runs year, month, day, hour, minute, second: the same order as the date parts.
    int finest = int(precision);
    if (precision == Precision::Second && value[MillisecondPart] != 0)
        finest = MillisecondPart;
    if (!cutToPrecision) {
        for (int part = PartCount - 1; part > finest; --part) {
            if (value[size_t(part)] != (part == MonthPart || part == DayPart ? 1 : 0)) {
                finest = part;
                break;
            }
        }
    }
    DateParts parts;
    for (int part = 0; part <= finest; ++part)
        parts[size_t(part)] = QString::number(value[size_t(part)]);
    return parts;
}

QJsonObject dateObject(const DateParts &parts)
{
    QJsonObject object;
    for (int part = 0; part < PartCount; ++part) {
        if (!parts[size_t(part)].isEmpty())
            object.insert(QLatin1String(kPartKeys[size_t(part)]), parts[size_t(part)].toInt());
    }
    return object;
}

// The one dataset all events come from, for the title slide; nullptr when they come from several.
const DatasetInfo *onlyDataset(const Snapshot &snapshot)
{
    QString uid;
    for (const Event &event : snapshot.events) {
        if (!uid.isEmpty() && event.dataset != uid)
            return nullptr;
        uid = event.dataset;
    }
    for (const DatasetInfo &dataset : snapshot.datasets) {
        if (dataset.uid == uid || (uid.isEmpty() && snapshot.datasets.size() == 1))
            return &dataset;
    }
    return nullptr;
}

// The sheet's time column: "14", "14:30", "14:30:15" (the parts after the day).
QString sheetTime(const DateParts &parts)
{
    QStringList pieces;
    for (int part = HourPart; part <= SecondPart; ++part) {
        if (parts[size_t(part)].isEmpty())
            break;
        pieces << (part == HourPart ? parts[size_t(part)] : parts[size_t(part)].rightJustified(2, QLatin1Char('0')));
    }
    return pieces.join(QLatin1Char(':'));
}

} // namespace

Snapshot TimelineJs::parseJson(const QByteArray &data, const QString &fileName)
{
    const QJsonDocument document = parseJsonDocument(data, fileName);
    if (!document.isObject())
        throw Error(QStringLiteral("%1:1: a TimelineJS file is one JSON object").arg(fileName));
    const QJsonObject root = document.object();
    const JsonReader r(data, fileName);
    Builder builder(data, fileName);

    if (root.contains(QStringLiteral("title"))) {
        const QVariantList at{QStringLiteral("title")};
        const QJsonObject title = r.object(root.value(QStringLiteral("title")), at, false);
        const QJsonObject text = r.object(title.value(QStringLiteral("text")), at + QVariantList{QStringLiteral("text")},
                                          false);
        builder.setTitle(r.string(text, QStringLiteral("headline"), at), r.string(text, QStringLiteral("text"), at));
    }

    const QJsonValue events = root.value(QStringLiteral("events"));
    if (!events.isArray())
        r.fail({QStringLiteral("events")}, QStringLiteral("missing or not an array; a TimelineJS file lists its events"));
    const QJsonArray eventList = events.toArray();
    for (qsizetype i = 0; i < eventList.size(); ++i) {
        const QVariantList at{QStringLiteral("events"), i};
        const Slide slide = r.slide(r.object(eventList.at(i), at, true), at, false);
        builder.addEvent(slide, [&](const char *field, const QString &why) { r.fail(fieldPath(at, field), why); });
    }

    const QJsonValue eras = root.value(QStringLiteral("eras"));
    if (!eras.isUndefined() && !eras.isNull() && !eras.isArray())
        r.fail({QStringLiteral("eras")}, QStringLiteral("must be an array"));
    const QJsonArray eraList = eras.toArray();
    for (qsizetype i = 0; i < eraList.size(); ++i) {
        const QVariantList at{QStringLiteral("eras"), i};
        const Slide slide = r.slide(r.object(eraList.at(i), at, true), at, true);
        builder.addEra(slide, [&](const char *field, const QString &why) { r.fail(fieldPath(at, field), why); });
    }
    return builder.finish();
}

Snapshot TimelineJs::parseSheet(const QByteArray &data, const QString &fileName)
{
    CsvReader reader(data, fileName);
    CsvRecord record;
    if (!reader.next(record))
        throw Error(QStringLiteral("%1:1: the file is empty").arg(fileName));
    std::array<qsizetype, SheetColumnCount> column;
    column.fill(-1);
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QString name = normalizedHeader(record.raw(i));
        for (int c = 0; c < SheetColumnCount; ++c) {
            if (name == QString::fromLatin1(kSheetNames[size_t(c)]).toLower() && column[size_t(c)] < 0)
                column[size_t(c)] = i;
        }
    }
    for (const SheetColumn required : {YearCol, HeadlineCol}) {
        if (column[required] < 0)
            throw Error(QStringLiteral("%1: column %2: missing from the header of a TimelineJS sheet")
                            .arg(reader.where(record.line()), QLatin1String(kSheetNames[required])));
    }

    Builder builder(data, fileName);
    while (reader.next(record)) {
        const int line = record.line();
        // A cell that Tickerline's writer neutralised against spreadsheet formulas is read as it was.
        auto cell = [&](SheetColumn c) {
            return column[c] < 0 ? QString() : CsvFormula::restored(record.text(column[c]).trimmed());
        };
        auto fail = [&](SheetColumn c, const QString &why) {
            throw Error(QStringLiteral("%1: column %2: %3")
                            .arg(reader.where(line), QLatin1String(kSheetNames[size_t(c)]), why));
        };
        bool blank = true;
        for (qsizetype i = 0; i < record.size() && blank; ++i)
            blank = record.raw(i).trimmed().isEmpty();
        if (blank)
            continue;

        Slide slide;
        slide.type = cell(TypeCol).toLower();
        slide.headline = cell(HeadlineCol);
        slide.text = cell(TextCol);
        if (slide.type == QLatin1String("title")) {
            builder.setTitle(slide.headline, slide.text);
            continue;
        }
        slide.media = cell(MediaCol);
        slide.group = cell(GroupCol);

        auto readDate = [&](SheetColumn first, bool required) -> std::optional<EventTime> {
            DateParts parts;
            parts[YearPart] = cell(first);
            parts[MonthPart] = cell(SheetColumn(first + 1));
            parts[DayPart] = cell(SheetColumn(first + 2));
            const SheetColumn timeColumn = SheetColumn(first + 3);
            if (!cell(timeColumn).isEmpty() && !splitSheetTime(cell(timeColumn), parts, HourPart))
                fail(timeColumn, QStringLiteral("\"%1\" is not a time (HH:MM, HH:MM:SS or H:MM AM/PM)")
                                     .arg(cell(timeColumn).left(40)));
            if (!required && std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty(); }))
                return std::nullopt;
            return assembleDate(parts, [&](DatePart part, const QString &why) {
                fail(part <= DayPart ? SheetColumn(int(first) + int(part)) : timeColumn, why);
            });
        };
        slide.start = *readDate(YearCol, true);
        slide.end = readDate(EndYearCol, false);
        auto fieldFail = [&](const char *field, const QString &why) {
            const QString name = QLatin1String(field);
            fail(name == QLatin1String("end") ? EndYearCol : HeadlineCol, why);
        };
        if (slide.type == QLatin1String("era"))
            builder.addEra(slide, fieldFail);
        else
            builder.addEvent(slide, fieldFail);
    }
    return builder.finish();
}

bool TimelineJs::looksLikeJson(const QByteArray &data)
{
    return data.contains("\"events\"") && data.contains("\"start_date\"");
}

bool TimelineJs::looksLikeSheetHeader(const QByteArray &firstLine)
{
    bool year = false;
    bool headline = false;
    for (QByteArray name : firstLine.split(',')) {
        name = name.trimmed();
        if (name.startsWith("\xEF\xBB\xBF"))
            name = name.mid(3);
        if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2)
            name = name.mid(1, name.size() - 2).trimmed();
        year = year || name.compare("year", Qt::CaseInsensitive) == 0;
        headline = headline || name.compare("headline", Qt::CaseInsensitive) == 0;
    }
    return year && headline;
}

QByteArray TimelineJs::writeJson(const Snapshot &snapshot)
{
    const QHash<QString, QString> actorNames = actorNamesOf(snapshot);
    QJsonObject root;
    if (const DatasetInfo *dataset = onlyDataset(snapshot)) {
        QJsonObject text{{QStringLiteral("headline"), escapedHtml(dataset->name)}};
        if (!dataset->notes.isEmpty())
            text.insert(QStringLiteral("text"), summaryHtml(dataset->notes));
        root.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("text"), text}});
    }
    QJsonArray events;
    for (const Event &event : snapshot.events) {
        const SummaryAndMedia parts = splitMedia(event.summary);
        QJsonObject text{{QStringLiteral("headline"), escapedHtml(event.title)}};
        if (!parts.summary.isEmpty())
            text.insert(QStringLiteral("text"), summaryHtml(parts.summary));
        QJsonObject slide{{QStringLiteral("unique_id"), event.uid},
                          {QStringLiteral("start_date"), dateObject(partsOf(event.startMs, event.precision, true))},
                          {QStringLiteral("text"), text}};
        if (event.endMs)
            slide.insert(QStringLiteral("end_date"), dateObject(partsOf(*event.endMs, event.precision, false)));
        if (!parts.media.isEmpty())
            slide.insert(QStringLiteral("media"), QJsonObject{{QStringLiteral("url"), parts.media}});
        if (const QString group = groupOf(event, actorNames); !group.isEmpty())
            slide.insert(QStringLiteral("group"), group);
        events.append(slide);
    }
    root.insert(QStringLiteral("events"), events);
    if (!snapshot.eras.isEmpty()) {
        QJsonArray eras;
        for (const Era &era : snapshot.eras)
            eras.append(QJsonObject{
                {QStringLiteral("start_date"), dateObject(partsOf(era.startMs, Precision::Day, false))},
                {QStringLiteral("end_date"), dateObject(partsOf(era.endMs, Precision::Day, false))},
                {QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), escapedHtml(era.name)}}}});
        root.insert(QStringLiteral("eras"), eras);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray TimelineJs::writeSheet(const Snapshot &snapshot)
{
    // The template's own columns, in its order, so that the file pastes into the Google sheet.
    constexpr std::array<const char *, 18> kTemplate{
        "Year",         "Month",     "Day",  "Time",  "End Year",     "End Month",     "End Day",         "End Time",
        "Display Date", "Headline",  "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type",
        "Group",        "Background"};
    enum {
        Year,
        Month,
        Day,
        Time,
        EndYear,
        EndMonth,
        EndDay,
        EndTime,
        DisplayDate,
        Headline,
        Text,
        Media,
        MediaCredit,
        MediaCaption,
        MediaThumbnail,
        Type,
        Group,
        Background
    };
    using Row = std::array<QString, kTemplate.size()>;

    QByteArray out;
    auto write = [&out](const Row &row, bool neutralise) {
        for (size_t i = 0; i < row.size(); ++i) {
            // Only text cells are neutralised; the date columns hold the numbers written here.
            const bool textCell = i >= size_t(DisplayDate);
            out.append(i ? "," : "")
                .append(csvField(neutralise && textCell ? CsvFormula::neutralised(row[i]) : row[i]));
        }
        out.append('\n');
    };
    auto setDate = [](Row &row, int first, const DateParts &parts) {
        row[size_t(first)] = parts[YearPart];
        row[size_t(first + 1)] = parts[MonthPart];
        row[size_t(first + 2)] = parts[DayPart];
        row[size_t(first + 3)] = sheetTime(parts);
    };

    Row header;
    for (size_t i = 0; i < kTemplate.size(); ++i)
        header[i] = QString::fromLatin1(kTemplate[i]);
    write(header, false);
    if (const DatasetInfo *dataset = onlyDataset(snapshot)) {
        Row title;
        title[Headline] = escapedHtml(dataset->name);
        title[Text] = summaryHtml(dataset->notes);
        title[Type] = QStringLiteral("title");
        write(title, true);
    }
    const QHash<QString, QString> actorNames = actorNamesOf(snapshot);
    for (const Event &event : snapshot.events) {
        const SummaryAndMedia parts = splitMedia(event.summary);
        Row row;
        setDate(row, Year, partsOf(event.startMs, event.precision, true));
        if (event.endMs)
            setDate(row, EndYear, partsOf(*event.endMs, event.precision, false));
        row[Headline] = escapedHtml(event.title);
        row[Text] = summaryHtml(parts.summary);
        row[Media] = parts.media;
        row[Group] = groupOf(event, actorNames);
        write(row, true);
    }
    for (const Era &era : snapshot.eras) {
        Row row;
        setDate(row, Year, partsOf(era.startMs, Precision::Day, false));
        setDate(row, EndYear, partsOf(era.endMs, Precision::Day, false));
        row[Headline] = escapedHtml(era.name);
        row[Type] = QStringLiteral("era");
        write(row, true);
    }
    return out;
}

} // namespace tickerline
