// SPDX-License-Identifier: GPL-3.0-or-later
#include "thetimeline.h"

#include "error.h"
#include "io/eventcsv.h"
#include "io/eventimport.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QHash>
#include <QXmlStreamReader>

#include <array>

namespace tickerline {

namespace {

struct RawTime
{
    EventTime time;
    int line = 0;
};

class TimelineXml final
{
public:
    TimelineXml(const QByteArray &data, const QString &fileName)
        : m_xml(data), m_file(fileName), m_dataset(datasetForFile(data, fileName)),
          m_categories(QStringLiteral("category"), QStringLiteral("category-"), m_dataset.uid)
    {
    }

    Snapshot read()
    {
        openRoot();
        while (nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("timetype")) {
                const int line = lineNumber();
                const QString type = text(100).trimmed();
                if (type != QLatin1String("gregoriantime"))
                    fail(line, QStringLiteral("timetype"),
                         QStringLiteral("only Gregorian timelines can be imported (this one is \"%1\")").arg(type));
            } else if (name == QLatin1String("categories")) {
                readCategories();
            } else if (name == QLatin1String("events")) {
                while (nextChild()) {
                    if (m_xml.name() == QLatin1String("event"))
                        readEvent();
                    else
                        m_xml.skipCurrentElement();
                }
            } else if (name == QLatin1String("eras")) {
                while (nextChild()) {
                    if (m_xml.name() == QLatin1String("era"))
                        readEra();
                    else
                        m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
            checkXml();
        }
        for (Event &event : m_events) {
            if (event.uid.isEmpty())
                event.uid = m_uids.generate(generatedEventBase(event.title, event.startMs));
        }
        Snapshot snapshot;
        snapshot.datasets << m_dataset;
        snapshot.actors = m_categories.actors();
        snapshot.events = m_events;
        snapshot.eras = m_eras;
        return snapshot;
    }

private:
    [[noreturn]] void fail(int line, const QString &element, const QString &why) const
    {
        throw Error(QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(line).arg(element, why));
    }

    [[noreturn]] void failXml() const
    {
        throw Error(QStringLiteral("%1:%2: malformed XML: %3").arg(m_file).arg(lineNumber()).arg(m_xml.errorString()));
    }

    int lineNumber() const { return int(m_xml.lineNumber()); }

    void checkXml() const
    {
        if (m_xml.hasError())
            failXml();
    }

    // Tokens that could pull in declarations or outside text are refused before they matter.
    void refuseDeclarations() const
    {
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            fail(lineNumber(), QStringLiteral("DOCTYPE"),
                 QStringLiteral("DTDs and entity declarations are not accepted in a .timeline file"));
        if (m_xml.tokenType() == QXmlStreamReader::EntityReference)
            fail(lineNumber(), QStringLiteral("entity"),
                 QStringLiteral("the entity \"%1\" is not accepted").arg(m_xml.name().toString()));
    }

    void openRoot()
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            checkXml();
            refuseDeclarations();
            if (m_xml.isStartElement()) {
                if (m_xml.name() != QLatin1String("timeline"))
                    fail(lineNumber(), m_xml.name().toString(),
                         QStringLiteral("not a Timeline file: the root element is <%1>, not <timeline>")
                             .arg(m_xml.name().toString()));
                return;
            }
        }
        checkXml();
        fail(lineNumber(), QStringLiteral("timeline"), QStringLiteral("no <timeline> element; the file is empty"));
    }

    // Moves to the next child element of the current one; false at the current one's end.
    bool nextChild()
    {
        for (;;) {
            m_xml.readNext();
            checkXml();
            refuseDeclarations();
            if (m_xml.isStartElement())
                return true;
            if (m_xml.isEndElement())
                return false;
            if (m_xml.atEnd())
                failXml();
        }
    }

    QString text(qsizetype maxChars)
    {
        const QString element = m_xml.name().toString();
        const int line = lineNumber();
        QString value;
        for (;;) {
            m_xml.readNext();
            checkXml();
            refuseDeclarations();
            if (m_xml.isCharacters())
                value += m_xml.text();
            else if (m_xml.isStartElement())
                m_xml.skipCurrentElement();
            else if (m_xml.isEndElement())
                break;
            else if (m_xml.atEnd())
                failXml();
        }
        if (value.size() > maxChars)
            fail(line, element, QStringLiteral("is %1 characters long; at most %2 are accepted")
                                    .arg(value.size())
                                    .arg(maxChars));
        return value;
    }

    RawTime time()
    {
        RawTime raw;
        raw.line = lineNumber();
        const QString element = m_xml.name().toString();
        QString why;
        const QString value = text(100).trimmed();
        const auto parsed = parseEventTime(value.toUtf8(), &why);
        if (!parsed)
            fail(raw.line, element, why);
        raw.time = *parsed;
        return raw;
    }

    bool flag()
    {
        const int line = lineNumber();
        const QString element = m_xml.name().toString();
        const QString value = text(10).trimmed();
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (value.isEmpty() || value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
        fail(line, element, QStringLiteral("\"%1\" is not True or False").arg(value));
    }

    QString color()
    {
        const int line = lineNumber();
        const QString value = text(100).trimmed();
        const QStringList parts = value.split(QLatin1Char(','));
        QString hex = QStringLiteral("#");
        for (const QString &part : parts) {
            bool ok = false;
            const int channel = part.trimmed().toInt(&ok);
            if (!ok || channel < 0 || channel > 255 || parts.size() != 3)
                fail(line, QStringLiteral("color"), QStringLiteral("\"%1\" is not R,G,B (0–255 each)").arg(value));
            hex += QStringLiteral("%1").arg(channel, 2, 16, QLatin1Char('0'));
        }
        return hex;
    }

    void readCategories()
    {
        while (nextChild()) {
            if (m_xml.name() != QLatin1String("category")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const int line = lineNumber();
            QString name;
            while (nextChild()) {
                if (m_xml.name() == QLatin1String("name"))
                    name = text(EventCsv::kMaxShortChars).trimmed();
                else
                    m_xml.skipCurrentElement();
            }
            if (name.isEmpty())
                fail(line, QStringLiteral("category"), QStringLiteral("a category without a name"));
            m_categories.uidFor(name);
        }
    }

    void readEvent()
    {
        const int line = lineNumber();
        std::optional<RawTime> start;
        std::optional<RawTime> end;
        bool fuzzy = false;
        QString description;
        QString category;
        QString hyperlink;
        Event event;
        while (nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("start"))
                start = time();
            else if (name == QLatin1String("end"))
                end = time();
            else if (name == QLatin1String("text"))
                event.title = text(EventCsv::kMaxShortChars).simplified();
            else if (name == QLatin1String("description"))
                description = text(EventCsv::kMaxSummaryChars).trimmed();
            else if (name == QLatin1String("fuzzy") || name == QLatin1String("fuzzy_start")
                     || name == QLatin1String("fuzzy_end"))
                fuzzy = flag() || fuzzy;
            else if (name == QLatin1String("category"))
                category = text(EventCsv::kMaxShortChars).trimmed();
            else if (name == QLatin1String("hyperlink"))
                hyperlink = text(EventCsv::kMaxShortChars).trimmed();
            else
                m_xml.skipCurrentElement();
        }
        if (!start)
            fail(line, QStringLiteral("event"), QStringLiteral("no <start>"));
        if (event.title.isEmpty())
            fail(line, QStringLiteral("text"), QStringLiteral("empty; every event needs a text"));
        event.dataset = m_dataset.uid;
        event.startMs = start->time.ms;
        if (end && end->time.ms < start->time.ms)
            fail(end->line, QStringLiteral("end"), QStringLiteral("ends before it starts"));
        if (end && end->time.ms != start->time.ms)
            event.endMs = end->time.ms;
        const std::int64_t endMs = event.endMs.value_or(event.startMs);
        auto within = [](std::int64_t ms, std::int64_t unit) { return ((ms % unit) + unit) % unit == 0; };
        if (within(event.startMs, kMsPerDay) && within(endMs, kMsPerDay))
            event.precision = Precision::Day;
        else if (within(event.startMs, 60'000) && within(endMs, 60'000))
            event.precision = Precision::Minute;
        else
            event.precision = Precision::Second;
        event.uncertain = fuzzy;
        event.tz = QStringLiteral("UTC");
        event.summary = description;
        if (!hyperlink.isEmpty())
            event.summary += (event.summary.isEmpty() ? QString() : QStringLiteral("\n\n")) + QStringLiteral("Link: ")
                + hyperlink;
        if (!category.isEmpty())
            event.actors << EventActor{m_categories.uidFor(category), QStringLiteral("category")};
        m_events << event;
    }

    void readEra()
    {
        const int line = lineNumber();
        Era era;
        std::optional<RawTime> start;
        std::optional<RawTime> end;
        while (nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("name"))
                era.name = text(EventCsv::kMaxShortChars).simplified();
            else if (name == QLatin1String("start"))
                start = time();
            else if (name == QLatin1String("end"))
                end = time();
            else if (name == QLatin1String("color"))
                era.color = color();
            else
                m_xml.skipCurrentElement();
        }
        if (era.name.isEmpty())
            fail(line, QStringLiteral("era"), QStringLiteral("an era without a name"));
        if (!start || !end)
            fail(line, QStringLiteral("era"), QStringLiteral("an era needs a <start> and an <end>"));
        if (end->time.ms < start->time.ms)
            fail(end->line, QStringLiteral("end"), QStringLiteral("ends before it starts"));
        era.uid = m_eraUids.generate(QStringLiteral("era-") + slugify(era.name));
        era.startMs = start->time.ms;
        era.endMs = end->time.ms;
        era.dataset = m_dataset.uid;
        m_eras << era;
    }

    QXmlStreamReader m_xml;
    QString m_file;
    DatasetInfo m_dataset;
    ActorCollector m_categories;
    UidAllocator m_uids;
    UidAllocator m_eraUids;
    QList<Event> m_events;
    QList<Era> m_eras;
};

} // namespace

Snapshot TheTimeline::parse(const QByteArray &data, const QString &fileName)
{
    if (data.size() > kMaxFileBytes)
        throw Error(QStringLiteral("%1:1: the file is larger than %2 MB")
                        .arg(fileName)
                        .arg(kMaxFileBytes / (1024 * 1024)));
    return TimelineXml(data, fileName).read();
}

bool TheTimeline::looksLikeTimeline(const QByteArray &data)
{
    QXmlStreamReader xml(data.left(64 * 1024));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.hasError() || xml.tokenType() == QXmlStreamReader::DTD)
            return xml.tokenType() == QXmlStreamReader::DTD && data.contains("<timeline>");
        if (xml.isStartElement())
            return xml.name() == QLatin1String("timeline");
    }
    return false;
}

namespace {

// The file format version written: Timeline 2.3 reads and writes every element used here.
constexpr const char *kWrittenVersion = "2.3.0";
constexpr const char *kDefaultColor = "200,200,200"; // Timeline's event and era grey

struct Rgb
{
    int r = 200;
    int g = 200;
    int b = 200;
};

// Category colours: Timeline needs one each; these are the ones its sample files use.
constexpr std::array<Rgb, 6> kCategoryPalette{
    {{128, 255, 128}, {255, 128, 255}, {128, 255, 255}, {255, 255, 128}, {128, 128, 255}, {255, 160, 128}}};

// "#rrggbb" → its channels; Timeline's grey for anything else.
Rgb parseHexColor(const QString &hex)
{
    bool ok = hex.size() == 7 && hex.startsWith(QLatin1Char('#'));
    const uint value = ok ? hex.mid(1).toUInt(&ok, 16) : 0;
    if (!ok)
        return {};
    return {int(value >> 16) & 0xff, int(value >> 8) & 0xff, int(value) & 0xff};
}

// Timeline's own file layout (timelinelib/dataexport/timelinexml.py): its indents, its escaping
// (xml.sax.saxutils.escape: &, < and >), one element a line.
class TimelineXmlWriter final
{
public:
    explicit TimelineXmlWriter(QByteArray &out)
        : m_out(out)
    {}

    void open(int depth, const char *name) { m_out.append(indent(depth)).append('<').append(name).append(">\n"); }
    void close(int depth, const char *name) { m_out.append(indent(depth)).append("</").append(name).append(">\n"); }

    void element(int depth, const char *name, const QString &text, const QString &owner)
    {
        m_out.append(indent(depth)).append('<').append(name).append('>');
        m_out.append(escaped(text, owner, name));
        m_out.append("</").append(name).append(">\n");
    }

private:
    static QByteArray indent(int depth) { return QByteArray(depth * 2, ' '); }

    static QByteArray escaped(const QString &text, const QString &owner, const char *name)
    {
        QString result;
        result.reserve(text.size());
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u'&')
                result += QStringLiteral("&amp;");
            else if (u == u'<')
                result += QStringLiteral("&lt;");
            else if (u == u'>')
                result += QStringLiteral("&gt;");
            else if (u == u'\r')
                result += QStringLiteral("&#13;"); // a parser would turn a bare one into "\n"
            else if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0xFFFE || u == 0xFFFF)
                throw Error(QStringLiteral("%1: %2: the character U+%3 cannot be written to XML")
                                .arg(owner, QLatin1String(name))
                                .arg(int(u), 4, 16, QLatin1Char('0')));
            else
                result += c;
        }
        return result.toUtf8();
    }

    QByteArray &m_out;
};

QString timeText(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString colorText(const QString &hex)
{
    const Rgb rgb = parseHexColor(hex);
    return QStringLiteral("%1,%2,%3").arg(rgb.r).arg(rgb.g).arg(rgb.b);
}

} // namespace

QByteArray TheTimeline::write(const Snapshot &snapshot)
{
    QHash<QString, QString> actorNames;
    for (const Actor &actor : snapshot.actors)
        actorNames.insert(actor.uid, actor.name);
    auto categoryOf = [&](const Event &event) {
        for (const EventActor &actor : event.actors) {
            if (actor.role == QLatin1String("category"))
                return actorNames.value(actor.actor, actor.actor);
        }
        return QString();
    };
    QStringList categories;
    for (const Event &event : snapshot.events) {
        const QString category = categoryOf(event);
        if (!category.isEmpty() && !categories.contains(category))
            categories << category;
    }

    QByteArray out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    TimelineXmlWriter xml(out);
    xml.open(0, "timeline");
    xml.element(1, "version", QString::fromLatin1(kWrittenVersion), {});
    xml.element(1, "timetype", QStringLiteral("gregoriantime"), {});
    if (!snapshot.eras.isEmpty()) {
        xml.open(1, "eras");
        for (const Era &era : snapshot.eras) {
            const QString owner = QStringLiteral("era \"%1\"").arg(era.uid);
            xml.open(2, "era");
            xml.element(3, "name", era.name, owner);
            xml.element(3, "start", timeText(era.startMs), owner);
            xml.element(3, "end", timeText(era.endMs), owner);
            xml.element(3, "color", era.color.isEmpty() ? QString::fromLatin1(kDefaultColor) : colorText(era.color),
                        owner);
            xml.element(3, "ends_today", QStringLiteral("False"), owner);
            xml.close(2, "era");
        }
        xml.close(1, "eras");
    }
    xml.open(1, "categories");
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString owner = QStringLiteral("category \"%1\"").arg(categories.at(i));
        const Rgb color = kCategoryPalette[size_t(i) % kCategoryPalette.size()];
        // Timeline's own defaults for the derived colours: progress and done a lighter shade.
        auto lighter = [](int channel) { return channel + (255 - channel) / 5; };
        xml.open(2, "category");
        xml.element(3, "name", categories.at(i), owner);
        xml.element(3, "color", QStringLiteral("%1,%2,%3").arg(color.r).arg(color.g).arg(color.b), owner);
        const QString light =
            QStringLiteral("%1,%2,%3").arg(lighter(color.r)).arg(lighter(color.g)).arg(lighter(color.b));
        xml.element(3, "progress_color", light, owner);
        xml.element(3, "done_color", light, owner);
        xml.element(3, "font_color", QStringLiteral("0,0,0"), owner);
        xml.close(2, "category");
    }
    xml.close(1, "categories");

    xml.open(1, "events");
    std::optional<std::int64_t> first;
    std::optional<std::int64_t> last;
    for (const Event &event : snapshot.events) {
        const QString owner = QStringLiteral("event \"%1\"").arg(event.uid);
        const std::int64_t end = event.endMs.value_or(event.startMs);
        first = std::min(first.value_or(event.startMs), event.startMs);
        last = std::max(last.value_or(end), end);
        QString text = event.title;
        if (text.startsWith(QLatin1Char('(')) || text.startsWith(QLatin1Char('[')))
            text.prepend(QLatin1Char(' '));
        QString description = event.summary;
        QString hyperlink;
        const qsizetype link = description.lastIndexOf(QStringLiteral("Link: "));
        if (link >= 0 && (link == 0 || description.mid(0, link).endsWith(QStringLiteral("\n\n"))) &&
            !description.mid(link + 6).contains(QLatin1Char('\n'))) {
            hyperlink = description.mid(link + 6);
            description = description.left(std::max<qsizetype>(0, link - 2));
        }
        xml.open(2, "event");
        xml.element(3, "start", timeText(event.startMs), owner);
        xml.element(3, "end", timeText(end), owner);
        xml.element(3, "text", text, owner);
        xml.element(3, "progress", QStringLiteral("0"), owner);
        xml.element(3, "fuzzy", event.uncertain ? QStringLiteral("True") : QStringLiteral("False"), owner);
        xml.element(3, "locked", QStringLiteral("False"), owner);
        xml.element(3, "ends_today", QStringLiteral("False"), owner);
        if (const QString category = categoryOf(event); !category.isEmpty())
            xml.element(3, "category", category, owner);
        if (!description.isEmpty())
            xml.element(3, "description", description, owner);
        if (!hyperlink.isEmpty())
            xml.element(3, "hyperlink", hyperlink, owner);
        xml.element(3, "default_color", QString::fromLatin1(kDefaultColor), owner);
        xml.close(2, "event");
    }
    xml.close(1, "events");

    xml.open(1, "view");
    if (first) {
        // A day either side, so that a single instant still opens on a period Timeline can show.
        xml.open(2, "displayed_period");
        xml.element(3, "start", timeText(*first - kMsPerDay), {});
        xml.element(3, "end", timeText(*last + kMsPerDay), {});
        xml.close(2, "displayed_period");
    }
    xml.open(2, "hidden_categories");
    xml.close(2, "hidden_categories");
    xml.close(1, "view");
    xml.close(0, "timeline");
    return out;
}

} // namespace tickerline
