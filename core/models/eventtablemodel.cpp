// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"
#include "time/localdates.h"

#include <QDateTime>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tickerline {

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventTableModel::setEditableIndex(std::shared_ptr<TimelineIndex> index, const QHash<QString, int> &quoteCounts,
                                       EventSortKeys sortKeys)
{
    TimelineIndex *editable = index.get();
    setIndex(std::move(index), quoteCounts, std::move(sortKeys));
    m_editable = editable;
}

void EventTableModel::setIndex(std::shared_ptr<const TimelineIndex> index, const QHash<QString, int> &quoteCounts,
                               EventSortKeys sortKeys)
{
    beginResetModel();
    ++m_revision;
    m_editable = nullptr;
    m_index = index ? std::move(index) : std::make_shared<TimelineIndex>();
    m_quotesByEntry.assign(m_index->size(), 0);
    for (auto it = quoteCounts.cbegin(); it != quoteCounts.cend(); ++it) {
        if (const auto entry = m_index->findUid(it.key()))
            m_quotesByEntry[*entry] = it.value();
    }
    m_actorRanks.clear();
    m_symbolRanks.clear();
    if (sortKeys.fits(*m_index, m_collator))
        m_sortKeys = std::move(sortKeys);
    else
        dropSortKeys();
    endResetModel();
}

void EventTableModel::dropSortKeys()
{
    m_sortKeys = {};
}

void EventTableModel::ensureSortKeys() const
{
    if (!hasSortKeys() && !m_index->isEmpty())
        m_sortKeys = EventSortKeys::compute(*m_index, m_collator.locale());
}

void EventTableModel::unrank(std::uint32_t entry)
{
    if (!hasSortKeys())
        return;
    m_sortKeys.titleRanks[entry] = kNoRank;
    m_sortKeys.actorRanks[entry] = kNoRank;
}

void EventTableModel::removeEvent(const QString &uid)
{
    Q_ASSERT(m_editable);
    const auto entry = m_index->findUid(uid);
    if (!entry || !m_editable)
        return;
    const int row = int(*entry);
    beginRemoveRows({}, row, row);
    ++m_revision;
    if (hasSortKeys()) {
        m_sortKeys.titleRanks.erase(m_sortKeys.titleRanks.begin() + row);
        m_sortKeys.actorRanks.erase(m_sortKeys.actorRanks.begin() + row);
    }
    m_editable->removeEntry(*entry);
    m_quotesByEntry.erase(m_quotesByEntry.begin() + row);
    endRemoveRows();
}

void EventTableModel::insertEvent(const Event &event, int quotes)
{
    Q_ASSERT(m_editable);
    if (!m_editable)
        return;
    const int row = int(m_index->insertPosition(event.startMs));
    beginInsertRows({}, row, row);
    ++m_revision;
    const bool ranked = hasSortKeys();
    m_editable->insertEvent(event);
    m_quotesByEntry.insert(m_quotesByEntry.begin() + row, quotes);
    if (ranked) {
        m_sortKeys.titleRanks.insert(m_sortKeys.titleRanks.begin() + row, kNoRank);
        m_sortKeys.actorRanks.insert(m_sortKeys.actorRanks.begin() + row, kNoRank);
    }
    endInsertRows();
}

void EventTableModel::updateEvent(const Event &event)
{
    Q_ASSERT(m_editable);
    const auto entry = m_index->findUid(event.uid);
    if (!entry || !m_editable)
        return;
    const int quotes = m_quotesByEntry[*entry];
    if (!m_editable->replaceEntry(*entry, event)) {
        removeEvent(event.uid);
        insertEvent(event, quotes);
        return;
    }
    ++m_revision;
    unrank(*entry);
    emit dataChanged(index(int(*entry), 0), index(int(*entry), ColumnCount - 1));
}

void EventTableModel::setQuoteCounts(const QHash<QString, int> &quoteCounts)
{
    std::vector<int> counts(m_index->size(), 0);
    for (auto it = quoteCounts.cbegin(); it != quoteCounts.cend(); ++it) {
        if (const auto entry = m_index->findUid(it.key()))
            counts[*entry] = it.value();
    }
    for (std::size_t row = 0; row < counts.size(); ++row) {
        if (counts[row] == m_quotesByEntry[row])
            continue;
        m_quotesByEntry[row] = counts[row];
        const QModelIndex cell = index(int(row), QuotesColumn);
        emit dataChanged(cell, cell);
    }
}

namespace {

// An ASCII word found in UTF-8 text whatever the case of the text's ASCII letters: the filter looks
// for it in every title. Sixteen places are tried at once by their first and last bytes with the
// case bit set (SSE2), and only those whose two bytes agree are compared in full, so a word of two
// letters costs what a long one does. Bytes of other characters never equal an ASCII byte, so the
// text needs no decoding.
class FoldedAsciiSearch final
{
public:
    explicit FoldedAsciiSearch(std::string foldedWord)
        : m_word(std::move(foldedWord))
    {}

    bool isIn(std::string_view text) const
    {
        const std::size_t m = m_word.size();
        if (m == 0)
            return true;
        if (text.size() < m)
            return false;
        const std::size_t starts = text.size() - m + 1; // places the word may start at
#ifdef __SSE2__
        // Blocks of sixteen places, the last one overlapping the one before: no place is tried
        // one at a time, as the end of a title and a whole uid would be.
        if (starts >= 16) {
            for (std::size_t start = 0;; start += 16) {
                start = std::min(start, starts - 16);
                const unsigned firsts = matching(load(text.data() + start), m_word.front());
                if (foundAt(text, firsts & matching(load(text.data() + start + m - 1), m_word.back()), start))
                    return true;
                if (start == starts - 16)
                    return false;
            }
        }
        // Fewer places than a block: one load from the start for the first letters and one
        // ending at the text's end for the last ones, their bits lined up by a shift.
        const unsigned places = (1u << starts) - 1;
        if (text.size() >= 16) {
            const unsigned lasts = matching(load(text.data() + text.size() - 16), m_word.back()) >> (16 - starts);
            return foundAt(text, matching(load(text.data()), m_word.front()) & lasts & places);
        }
        // Shorter than a block (a uid): its bytes gathered from two overlapping eight, zeros after
        // them. (Copied into a buffer instead, they would be read back before the copy settled.)
        if (text.size() >= 8) {
            std::uint64_t low = 0, high = 0;
            std::memcpy(&low, text.data(), 8);
            std::memcpy(&high, text.data() + text.size() - 8, 8);
            high = text.size() == 8 ? 0 : high >> (8 * (16 - text.size()));
            const __m128i bytes = _mm_set_epi64x(std::int64_t(high), std::int64_t(low));
            const unsigned lasts = matching(bytes, m_word.back()) >> (m - 1);
            return foundAt(text, matching(bytes, m_word.front()) & lasts & places);
        }
#endif
        for (std::size_t start = 0; start < starts; ++start) {
            if (matchesAt(text, start))
                return true;
        }
        return false;
    }

private:
    static char folded(char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; }
#ifdef __SSE2__
    static __m128i load(const char *bytes)
    {
        return _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes));
    }
    // A bit for each of sixteen bytes that is `letter` with 0x20 set: that folds A–Z onto a–z
    // (and a few signs onto others, which the full compare tells apart).
    static unsigned matching(__m128i bytes, char letter)
    {
        const __m128i caseBit = _mm_set1_epi8(0x20);
        return unsigned(
            _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(bytes, caseBit), _mm_set1_epi8(char(letter | 0x20)))));
    }
    // Whether the word starts at a place `from` + i of the text for a bit i of `candidates`.
    bool foundAt(std::string_view text, unsigned candidates, std::size_t from = 0) const
    {
        for (; candidates != 0; candidates &= candidates - 1) {
            if (matchesAt(text, from + unsigned(__builtin_ctz(candidates))))
                return true;
        }
        return false;
    }
#endif
    bool matchesAt(std::string_view text, std::size_t start) const
    {
        for (std::size_t i = 0; i < m_word.size(); ++i) {
            if (folded(text[start + i]) != m_word[i])
                return false;
        }
        return true;
    }

    std::string m_word;
};

// Ranks of keys by their display text, case-folded.
std::vector<std::uint32_t> ranksOf(const QList<QString> &keys, const std::function<QString(const QString &)> &shown)
{
    std::vector<std::uint32_t> order(std::size_t(keys.size()));
    std::iota(order.begin(), order.end(), 0u);
    QStringList folded;
    for (const QString &key : keys)
        folded << shown(key).toCaseFolded();
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return folded[a] < folded[b]; });
    std::vector<std::uint32_t> ranks(order.size());
    for (std::uint32_t rank = 0; rank < order.size(); ++rank)
        ranks[order[rank]] = rank;
    return ranks;
}

} // namespace

const std::vector<std::uint32_t> &EventTableModel::actorRanks() const
{
    if (m_actorRanks.size() != std::size_t(m_index->actorKeyList().size()))
        m_actorRanks = actorNameRanks(*m_index, m_collator);
    return m_actorRanks;
}

const std::vector<std::uint32_t> &EventTableModel::symbolRanks() const
{
    if (m_symbolRanks.size() != std::size_t(m_index->symbolKeyList().size()))
        m_symbolRanks = ranksOf(m_index->symbolKeyList(), [](const QString &symbol) { return symbol; });
    return m_symbolRanks;
}

namespace {

// Whether an event's title, uid, actors' names or symbols hold every one of some case-folded
// words. An actor or a symbol is checked once per word, not once per event.
class EventTextMatch final
{
public:
    EventTextMatch(const TimelineIndex &index, const QStringList &foldedWords)
    {
        for (const QString &folded : foldedWords) {
            Word word{folded, std::nullopt, {}, {}};
            if (std::all_of(folded.begin(), folded.end(), [](QChar c) { return c.unicode() < 128; }))
                word.ascii.emplace(folded.toStdString());
            for (const QString &uid : index.actorKeyList())
                word.actorHits.push_back(index.actorNames().value(uid, uid).toCaseFolded().contains(folded));
            for (const QString &symbol : index.symbolKeyList())
                word.symbolHits.push_back(symbol.toCaseFolded().contains(folded));
            m_words.push_back(std::move(word));
        }
    }

    bool operator()(const TimelineIndex::EventText &text) const
    {
        return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const Word &word) {
            const auto hit = [](const std::vector<bool> &hits) {
                return [&hits](std::uint32_t id) { return bool(hits[id]); };
            };
            if (std::any_of(text.actorIds.begin(), text.actorIds.end(), hit(word.actorHits)) ||
                std::any_of(text.symbolIds.begin(), text.symbolIds.end(), hit(word.symbolHits)))
                return true;
            if (word.ascii)
                return word.ascii->isIn(text.title) || word.ascii->isIn(text.uid);
            const auto holds = [&word](std::string_view utf8) {
                return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toCaseFolded().contains(word.folded);
            };
            return holds(text.title) || holds(text.uid);
        });
    }

private:
    struct Word
    {
        QString folded;
        std::optional<FoldedAsciiSearch> ascii; // matched on the UTF-8 bytes when the word is ASCII
        std::vector<bool> actorHits;            // by interned actor id: the actor's name contains the word
        std::vector<bool> symbolHits;           // by symbol id
    };
    std::vector<Word> m_words;
};

} // namespace

std::function<bool(int row)> EventTableModel::textMatcher(const QStringList &foldedWords) const
{
    return [index = m_index, match = EventTextMatch(*m_index, foldedWords)](int row) {
        return match(index->text(std::uint32_t(row)));
    };
}

std::vector<std::uint8_t> EventTableModel::rowsMatchingText(const QStringList &foldedWords) const
{
    const EventTextMatch match(*m_index, foldedWords);
    return m_index->textsPassing(match, std::min(QThread::idealThreadCount(), 4));
}

bool EventTableModel::rowLessThan(int column, int a, int b) const
{
    const auto x = std::uint32_t(a), y = std::uint32_t(b);
    // Rows are in time order, so a row's number is its place in time: ties keep time order, so
    // that every column sorts the same events the same way.
    const bool earlier = a < b;
    switch (column) {
    case TitleColumn: {
        if (!hasSortKeys())
            ensureSortKeys();
        const auto &ranks = m_sortKeys.titleRanks;
        if (ranks[x] != kNoRank && ranks[y] != kNoRank)
            return ranks[x] < ranks[y]; // ranks are unique, ties already in time order
        const int c = m_collator.compare(m_index->title(x), m_index->title(y));
        return c != 0 ? c < 0 : earlier;
    }
    case KindColumn: {
        const int kx = m_index->entry(x).kind, ky = m_index->entry(y).kind;
        return kx != ky ? kx < ky : earlier;
    }
    case ActorsColumn: {
        if (!hasSortKeys())
            ensureSortKeys();
        const auto &ranks = m_sortKeys.actorRanks;
        if (ranks[x] != kNoRank && ranks[y] != kNoRank)
            return ranks[x] < ranks[y];
        const auto &names = actorRanks();
        if (actorsBefore(m_index->actorIds(x), m_index->actorIds(y), names))
            return true;
        return !actorsBefore(m_index->actorIds(y), m_index->actorIds(x), names) && earlier;
    }
    case SymbolsColumn: {
        const auto &ranks = symbolRanks();
        const auto sx = m_index->symbolIds(x), sy = m_index->symbolIds(y);
        const auto before = [&](std::uint32_t p, std::uint32_t q) { return ranks[p] < ranks[q]; };
        if (std::lexicographical_compare(sx.begin(), sx.end(), sy.begin(), sy.end(), before))
            return true;
        return !std::lexicographical_compare(sy.begin(), sy.end(), sx.begin(), sx.end(), before) && earlier;
    }
    case QuotesColumn:
        return m_quotesByEntry[x] != m_quotesByEntry[y] ? m_quotesByEntry[x] < m_quotesByEntry[y] : earlier;
    default:
        return earlier;
    }
}

std::vector<int> EventTableModel::rowsInRankOrder(int column) const
{
    if ((column != TitleColumn && column != ActorsColumn) || m_index->isEmpty())
        return {};
    ensureSortKeys();
    if (!hasSortKeys())
        return {};
    const auto &ranks = column == TitleColumn ? m_sortKeys.titleRanks : m_sortKeys.actorRanks;
    const std::uint32_t highest = *std::max_element(ranks.begin(), ranks.end());
    if (highest == kNoRank) // a row edited since: compared by its text
        return {};
    // Ranks are unique; rows removed since leave gaps.
    std::vector<int> byRank(std::size_t(highest) + 1, -1);
    for (std::size_t row = 0; row < ranks.size(); ++row) {
        int &slot = byRank[ranks[row]];
        if (slot >= 0)
            return {};
        slot = int(row);
    }
    byRank.erase(std::remove(byRank.begin(), byRank.end(), -1), byRank.end());
    return byRank;
}

void EventTableModel::setEvents(const QList<Event> &events, const QHash<QString, QString> &actorNames,
                                const QHash<QString, int> &quoteCounts)
{
    setIndex(std::make_shared<TimelineIndex>(TimelineIndex::fromEvents(events, actorNames)), quoteCounts);
}

QString EventTableModel::uidAt(int row) const { return m_index->uid(std::uint32_t(row)); }

std::int64_t EventTableModel::startMsAt(int row) const { return m_index->entry(std::uint32_t(row)).startMs; }

EventKind EventTableModel::kindAt(int row) const { return EventKind(m_index->entry(std::uint32_t(row)).kind); }

int EventTableModel::rowOfEvent(const QString &uid) const
{
    const auto entry = m_index->findUid(uid);
    return entry ? int(*entry) : -1;
}

void EventTableModel::setDisplayZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_index->isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn), {Qt::DisplayRole});
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
}

QString EventTableModel::formatTime(std::int64_t ms, Precision precision, const QTimeZone &zone)
{
    // In the figures of the window's locale: 2025-01-27 with none chosen (C), 27.01.2025 in
    // German, 2025/01/27 in Japanese; times on the 24-hour clock the markets quote.
    const QLocale locale;
    const bool calendarDate = precision == Precision::Year || precision == Precision::Month
                              || precision == Precision::Day;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, calendarDate ? QTimeZone::utc() : zone);
    switch (precision) {
    case Precision::Year:
        return locale.toString(time, QStringLiteral("yyyy"));
    case Precision::Month:
        return locale.toString(time, localNumericMonthPattern(locale));
    case Precision::Day:
        return locale.toString(time, localNumericDatePattern(locale));
    case Precision::Hour:
    case Precision::Minute:
        return locale.toString(time, localNumericDatePattern(locale) + QStringLiteral(" HH:mm"));
    case Precision::Second:
        break;
    }
    return locale.toString(time, localNumericDatePattern(locale) + QStringLiteral(" HH:mm:ss"));
}

QString EventTableModel::formatEventTime(const Event &event, const QTimeZone &zone)
{
    return formatEventTime(event.startMs, event.endMs, event.precision, event.uncertain, zone);
}

QString EventTableModel::formatEventTime(std::int64_t startMs, std::optional<std::int64_t> endMs, Precision precision,
                                         bool uncertain, const QTimeZone &zone)
{
    QString text = formatTime(startMs, precision, zone);
    if (endMs) {
        QString end = formatTime(*endMs, precision, zone);
        // A session of one day reads as "2025-01-27 14:30 – 21:00", not the date twice.
        const QLocale locale;
        const QString endDate =
            locale.toString(QDateTime::fromMSecsSinceEpoch(*endMs, zone).date(), localNumericDatePattern(locale)) +
            QLatin1Char(' ');
        if (end.size() > endDate.size() && end.startsWith(endDate) && text.startsWith(endDate))
            end = end.mid(endDate.size());
        if (end != text)
            text += QStringLiteral(" – ") + end;
    }
    // A tilde is the analysts' shorthand for "about"; the tooltip spells it out.
    return uncertain ? QLatin1Char('~') + text : text;
}

QString EventTableModel::precisionLabel(Precision precision)
{
    switch (precision) {
    case Precision::Year: return tr("Year");
    case Precision::Month: return tr("Month");
    case Precision::Day: return tr("Day");
    case Precision::Hour: return tr("Hour");
    case Precision::Minute: return tr("Minute");
    case Precision::Second: break;
    }
    return tr("Second");
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index->size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString EventTableModel::actorNames(std::uint32_t entry) const
{
    QStringList names;
    for (const QString &uid : m_index->actorKeys(entry)) {
        const QString name = m_index->actorNames().value(uid, uid);
        if (!names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

QString EventTableModel::timeText(std::uint32_t entry) const
{
    const TimelineEntry &e = m_index->entry(entry);
    return formatEventTime(e.startMs, e.isSpan() ? std::optional(e.endMs) : std::nullopt, e.precision(),
                           e.isUncertain(), m_zone);
}

QString EventTableModel::calendarTimeTip(std::uint32_t entry) const
{
    // A date sorts by the instant it is stored at, midnight UTC of its first day, which can come
    // before a timed event shown on the previous evening in the display zone: say so.
    const TimelineEntry &e = m_index->entry(entry);
    const QLocale locale;
    const auto dateText = [&](std::int64_t ms) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
        switch (e.precision()) {
        case Precision::Year: return locale.toString(date, QStringLiteral("yyyy"));
        case Precision::Month:
            return locale.toString(date, localMonthPattern(locale));
        default:
            return locale.toString(date, localDayPattern(locale));
        }
    };
    QString when = dateText(e.startMs);
    if (e.isSpan() && dateText(e.endMs) != when)
        when = tr("%1 to %2").arg(when, dateText(e.endMs));
    QString tip;
    switch (e.precision()) {
    case Precision::Year:
        tip = tr("Year precision: %1, day and time not known; sorted at the start of that year (UTC)").arg(when);
        break;
    case Precision::Month:
        tip = tr("Month precision: %1, day and time not known; sorted at the start of that month (UTC)").arg(when);
        break;
    default:
        tip = tr("Day precision: %1, time of day not known; sorted at the start of that day (UTC)").arg(when);
        break;
    }
    return e.isUncertain() ? tr("%1. The date is uncertain.").arg(tip) : tip;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto entry = std::uint32_t(index.row());
    const TimelineEntry &event = m_index->entry(entry);
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn: return timeText(entry);
        case TitleColumn: return m_index->title(entry);
        case KindColumn: return eventKindLabel(EventKind(event.kind));
        case ActorsColumn: return actorNames(entry);
        case SymbolsColumn: return m_index->symbols(entry).join(QStringLiteral(", "));
        case QuotesColumn: return m_quotesByEntry[entry];
        }
        break;
    case Qt::ToolTipRole: {
        if (column == TimeColumn && event.isCalendarPrecision())
            return calendarTimeTip(entry);
        if (column == TimeColumn && event.isUncertain())
            return tr("%1 (uncertain time)").arg(timeText(entry).mid(1));
        const QString summary = m_summaryOf ? m_summaryOf(m_index->uid(entry)) : QString();
        return summary.isEmpty() ? m_index->title(entry) : summary;
    }
    case Qt::TextAlignmentRole:
        if (column == QuotesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UidRole:
        return m_index->uid(entry);
    case StartMsRole:
        return qint64(event.startMs);
    case EndMsRole:
        return event.isSpan() ? QVariant(qint64(event.endMs)) : QVariant();
    case KindRole:
        return int(event.kind);
    case SortRole:
        switch (column) {
        case TimeColumn: return qint64(event.startMs);
        case KindColumn: return int(event.kind);
        case QuotesColumn: return m_quotesByEntry[entry];
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case SearchTextRole:
        return QStringList{m_index->title(entry), actorNames(entry), m_index->symbols(entry).join(QLatin1Char(' ')),
                           m_index->uid(entry)}
            .join(QLatin1Char('\n'));
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TimeColumn)
        return QString::fromUtf8(m_zone.id()); // the zone's full name, "America/New_York"
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: {
        if (m_zone == QTimeZone::utc())
            return tr("Time (UTC)");
        // The zone's city ("America/New_York": "New York"), which keeps the column narrow.
        QString city = QString::fromUtf8(m_zone.id()).section(QLatin1Char('/'), -1);
        return tr("Time (%1)").arg(city.replace(QLatin1Char('_'), QLatin1Char(' ')));
    }
    case TitleColumn: return tr("Title");
    case KindColumn: return tr("Kind");
    case ActorsColumn: return tr("Actors");
    case SymbolsColumn: return tr("Symbols");
    case QuotesColumn: return tr("Quotes");
    }
    return {};
}

} // namespace tickerline
