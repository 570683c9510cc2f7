// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimport.h"

#include "error.h"
#include "io/eventcsv.h"
#include "io/icalendar.h"
#include "io/sha256.h"
#include "io/thetimeline.h"
#include "io/tickerlinejson.h"
#include "io/timelinejs.h"
#include "time/isotime.h"

#include <QDateTime>
#include <QFileInfo>

#include <array>

namespace tickerline {

namespace {

// The first count bytes, or all of them when there are fewer (QByteArrayView has no left() in 6.4).
QByteArrayView head(QByteArrayView bytes, qsizetype count)
{
    return bytes.first(std::min(count, bytes.size()));
}

constexpr std::array<std::pair<EventFormat, const char *>, 7> kFormatNames{{
    {EventFormat::Auto, "auto"},
    {EventFormat::Tickerline, "tickerline"},
    {EventFormat::EventsCsv, "events-csv"},
    {EventFormat::TimelineJs, "timelinejs"},
    {EventFormat::TimelineJsSheet, "timelinejs-sheet"},
    {EventFormat::TheTimeline, "timeline"},
    {EventFormat::ICalendar, "ics"},
}};

bool readDigits(QByteArrayView text, qsizetype pos, int count, int &value)
{
    if (pos + count > text.size())
        return false;
    value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

} // namespace

QString toString(EventFormat format)
{
    for (const auto &[value, name] : kFormatNames) {
        if (value == format)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<EventFormat> eventFormatFromString(const QString &name)
{
    for (const auto &[value, text] : kFormatNames) {
        if (name.trimmed().compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

Snapshot readEventFile(const QByteArray &data, const QString &fileName, EventFormat format)
{
    switch (format) {
    case EventFormat::Tickerline:
        return readTickerlineJson(data, fileName);
    case EventFormat::EventsCsv:
        return EventCsv::parse(data, fileName);
    case EventFormat::TimelineJs:
        return TimelineJs::parseJson(data, fileName);
    case EventFormat::TimelineJsSheet:
        return TimelineJs::parseSheet(data, fileName);
    case EventFormat::TheTimeline:
        return TheTimeline::parse(data, fileName);
    case EventFormat::ICalendar:
        return ICalendar::parse(data, fileName);
    case EventFormat::Auto:
        break;
    }
    throw Error(QStringLiteral("%1:1: no event format given (Tickerline JSON, events CSV, TimelineJS JSON or its "
                               "spreadsheet CSV, a .timeline file or an iCalendar file)")
                    .arg(fileName));
}

DatasetInfo datasetForFile(const QByteArray &data, const QString &fileName, const QString &title)
{
    const QString baseName = QFileInfo(fileName).fileName();
    DatasetInfo info;
    info.uid = QStringLiteral("file:%1:%2")
                   .arg(baseName, QString::fromLatin1(sha256(data).toHex().left(12)));
    info.name = title.trimmed().isEmpty() ? baseName : title.trimmed();
    info.origin = fileName;
    info.importedAt = formatIsoUtc(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000);
    return info;
}

QString generatedEventBase(const QString &title, std::int64_t startMs)
{
    return slugify(title) + QLatin1Char('-') + formatIsoDate(startMs);
}

ActorCollector::ActorCollector(QString kind, QString uidPrefix, QString dataset)
    : m_kind(std::move(kind)), m_uidPrefix(std::move(uidPrefix)), m_dataset(std::move(dataset))
{
}

QString ActorCollector::uidFor(const QString &name)
{
    if (const auto known = m_uidByName.constFind(name); known != m_uidByName.constEnd())
        return *known;
    // Names that differ only in case or punctuation ("OpenAI", "openai") are one actor.
    const QString uid = m_uidPrefix + slugify(name);
    if (!m_uids.contains(uid)) {
        m_uids.insert(uid);
        m_actors << Actor{uid, name, m_kind, m_dataset};
    }
    m_uidByName.insert(name, uid);
    return uid;
}

std::optional<EventTime> parseEventTime(QByteArrayView text, QString *why)
{
    auto failure = [&](const QString &reason) -> std::optional<EventTime> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    auto shape = [&] {
        return failure(QStringLiteral("\"%1\" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
                           .arg(QString::fromUtf8(head(text, 40))));
    };
    text = text.trimmed();
    int year = 0;
    int month = 1;
    int day = 1;
    EventTime result;
    if (!readDigits(text, 0, 4, year))
        return shape();
    result.precision = Precision::Year;
    qsizetype pos = 4;
    if (pos < text.size()) {
        if (text[pos] != '-' || !readDigits(text, pos + 1, 2, month))
            return shape();
        result.precision = Precision::Month;
        pos += 3;
    }
    if (pos < text.size()) {
        if (text[pos] != '-' || !readDigits(text, pos + 1, 2, day))
            return shape();
        result.precision = Precision::Day;
        pos += 3;
    }
    if (year < 1400 || year > 9999)
        return failure(QStringLiteral("year %1 is outside 1400–9999").arg(year));
    const auto midnight = utcMidnight(year, month, day);
    if (!midnight)
        return failure(QStringLiteral("%1 is not a day of the calendar").arg(QString::fromUtf8(head(text, pos))));
    result.ms = *midnight;
    if (pos == text.size())
        return result;

    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    if ((text[pos] != 'T' && text[pos] != ' ') || !readDigits(text, pos + 1, 2, hour) || pos + 3 >= text.size()
        || text[pos + 3] != ':' || !readDigits(text, pos + 4, 2, minute))
        return shape();
    result.precision = Precision::Minute;
    pos += 6;
    if (pos < text.size() && text[pos] == ':') {
        if (!readDigits(text, pos + 1, 2, second))
            return shape();
        result.precision = Precision::Second;
        pos += 3;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            int digits = 0;
            for (++pos; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos, ++digits) {
                if (digits < 3)
                    millis = millis * 10 + (text[pos] - '0');
            }
            if (digits == 0 || digits > 9)
                return shape();
            for (; digits < 3; ++digits)
                millis *= 10;
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return failure(QStringLiteral("%1 is not a time of day").arg(QString::fromUtf8(text.sliced(11, pos - 11))));
    std::int64_t offsetMinutes = 0;
    if (pos < text.size()) {
        const char sign = text[pos];
        int offsetHours = 0;
        int offsetMins = 0;
        if (sign == 'Z' && pos + 1 == text.size()) {
            // UTC
        } else if ((sign == '+' || sign == '-') && readDigits(text, pos + 1, 2, offsetHours)) {
            qsizetype at = pos + 3;
            if (at < text.size() && text[at] == ':')
                ++at;
            if (!readDigits(text, at, 2, offsetMins) || at + 2 != text.size())
                return shape();
            if (offsetHours > 14 || offsetMins > 59)
                return failure(QStringLiteral("%1 is not a UTC offset").arg(QString::fromUtf8(text.sliced(pos))));
            offsetMinutes = (offsetHours * 60 + offsetMins) * (sign == '-' ? -1 : 1);
        } else {
            return shape();
        }
    }
    result.ms += ((hour * 60 + minute - offsetMinutes) * 60 + second) * std::int64_t(1000) + millis;
    if (result.ms < kMinTimeMs || result.ms > kMaxTimeMs)
        return failure(QStringLiteral("%1 lies outside 1400–9999 in UTC").arg(QString::fromUtf8(head(text, 40))));
    return result;
}

} // namespace tickerline
