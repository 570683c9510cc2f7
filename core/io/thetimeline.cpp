// SPDX-License-Identifier: GPL-3.0-or-later
#include "thetimeline.h"

#include "error.h"
#include "io/eventcsv.h"
#include "io/eventimport.h"
#include "time/isotime.h"

#include <QXmlStreamReader>

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

} // namespace tickerline
