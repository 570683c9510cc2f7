// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricecsv.h"

#include "error.h"
#include "io/csvreader.h"
#include "time/isotime.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace tickerline {

namespace {

enum Role {
    DateRole,
    TimeRole,
    OpenRole,
    HighRole,
    LowRole,
    CloseRole,
    AdjCloseRole,
    VolumeRole,
    SymbolRole,
    RoleCount
};

struct Alias
{
    const char *name; // lower case, letters and digits only
    Role role;
    int rank; // lower wins when two columns claim a role
};

// Header names as the tools that write price files spell them, after normalisation.
constexpr Alias kAliases[] = {
    {"date", DateRole, 0},
    {"datetime", DateRole, 1},
    {"timestamp", DateRole, 1},
    {"tradedate", DateRole, 1},
    {"tradingday", DateRole, 1},
    {"tradingdate", DateRole, 1},
    {"day", DateRole, 2},
    {"time", TimeRole, 0},
    {"timeofday", TimeRole, 1},
    {"open", OpenRole, 0},
    {"openprice", OpenRole, 1},
    {"opening", OpenRole, 1},
    {"high", HighRole, 0},
    {"highprice", HighRole, 1},
    {"hi", HighRole, 2},
    {"low", LowRole, 0},
    {"lowprice", LowRole, 1},
    {"lo", LowRole, 2},
    {"close", CloseRole, 0},
    {"closelast", CloseRole, 0},
    {"closeprice", CloseRole, 1},
    {"closing", CloseRole, 1},
    {"closingprice", CloseRole, 1},
    {"last", CloseRole, 2},
    {"lastprice", CloseRole, 2},
    {"price", CloseRole, 3},
    {"adjclose", AdjCloseRole, 0},
    {"adjustedclose", AdjCloseRole, 0},
    {"adjcloseprice", AdjCloseRole, 1},
    {"adjclosingprice", AdjCloseRole, 1},
    {"volume", VolumeRole, 0},
    {"vol", VolumeRole, 1},
    {"volumeshares", VolumeRole, 1},
    {"totalvolume", VolumeRole, 1},
    {"symbol", SymbolRole, 0},
    {"ticker", SymbolRole, 0},
};

QByteArray normalizedName(QByteArrayView header)
{
    QByteArray name;
    name.reserve(header.size());
    for (const char c : header) {
        if (c >= 'A' && c <= 'Z')
            name.append(char(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            name.append(c);
    }
    return name;
}

struct Layout
{
    std::array<qsizetype, RoleCount> column;
    QStringList names; // header texts as written, for messages
    qsizetype fieldCount = 0;
    PriceFormat format = PriceFormat::Generic;

    Layout() { column.fill(-1); }
    bool has(Role role) const { return column[role] >= 0; }
    QString name(Role role) const { return names.value(column[role]); }
};

PriceFormat detectFormat(const Layout &layout, const QList<QByteArray> &normalized)
{
    if (layout.names.value(0).trimmed().startsWith(QLatin1Char('<')))
        return PriceFormat::Stooq;
    if (normalized.contains("closelast"))
        return PriceFormat::Nasdaq;
    const bool ohlc = layout.has(DateRole) && layout.has(OpenRole) && layout.has(HighRole) && layout.has(LowRole) &&
                      layout.has(CloseRole);
    const bool yahooAdjClose = std::any_of(layout.names.cbegin(), layout.names.cend(), [](const QString &name) {
        return name.trimmed().compare(QLatin1String("Adj Close"), Qt::CaseInsensitive) == 0;
    });
    if (ohlc && yahooAdjClose)
        return PriceFormat::Yahoo;
    if (ohlc && normalized.size() == 6 && layout.has(VolumeRole))
        return PriceFormat::Stooq;
    return PriceFormat::Generic;
}

Layout readHeader(const CsvReader &reader, int line, const QStringList &names, PriceFormat forced)
{
    Layout layout;
    layout.names = names;
    layout.fieldCount = names.size();
    std::array<int, RoleCount> rank;
    rank.fill(1000);
    QList<QByteArray> normalized;
    for (qsizetype i = 0; i < names.size(); ++i) {
        normalized << normalizedName(names[i].toUtf8());
        for (const Alias &alias : kAliases) {
            if (normalized.last() != alias.name)
                continue;
            if (alias.rank == rank[alias.role]) {
                throw Error(QStringLiteral("%1: header: columns \"%2\" and \"%3\" both hold the %4")
                                .arg(reader.where(line), layout.names[layout.column[alias.role]], layout.names[i],
                                     QString::fromLatin1(alias.name)));
            }
            if (alias.rank < rank[alias.role]) {
                rank[alias.role] = alias.rank;
                layout.column[alias.role] = i;
            }
        }
    }
    layout.format = forced == PriceFormat::Auto ? detectFormat(layout, normalized) : forced;

    QList<Role> required{DateRole, CloseRole};
    if (layout.format != PriceFormat::Generic)
        required << OpenRole << HighRole << LowRole;
    static const char *const kRoleNames[] = {"date",  "time",           "open",   "high",  "low",
                                             "close", "adjusted close", "volume", "symbol"};
    for (const Role role : required) {
        if (!layout.has(role)) {
            throw Error(QStringLiteral("%1: header: no %2 column for the %3 layout (columns found: %4)")
                            .arg(reader.where(line), QString::fromLatin1(kRoleNames[role]), toString(layout.format),
                                 layout.names.join(QStringLiteral(", "))));
        }
    }
    return layout;
}

// The column names and the line they are on. yfinance 0.2.51 and later write three header lines:
// "Price,Close,…", "Ticker,NVDA,…" and "Date,,…"; the first names the values, the second the
// symbol, the third the date column.
struct HeaderLines
{
    QStringList names;
    int line = 1;
    QString symbolRow; // the value of yfinance's "Ticker" line
};

// record is left on the last header line.
HeaderLines readHeaderLines(CsvReader &reader, const QByteArray &data, const QString &fileName, CsvRecord &record)
{
    if (!reader.next(record))
        throw Error(QStringLiteral("%1: the file is empty; a price CSV starts with a header such as "
                                   "Date,Open,High,Low,Close,Volume")
                        .arg(reader.where(1)));
    HeaderLines header{record.texts(), record.line(), {}};
    if (header.names.size() > 1 &&
        header.names.first().trimmed().compare(QLatin1String("Price"), Qt::CaseInsensitive) == 0) {
        if (reader.next(record) &&
            record.text(0).trimmed().compare(QLatin1String("Ticker"), Qt::CaseInsensitive) == 0) {
            header.symbolRow = record.text(1).trimmed();
            if (!reader.next(record) || !record.raw(1).trimmed().isEmpty())
                throw Error(QStringLiteral("%1: a yfinance header (Price, Ticker) must be followed by a Date line")
                                .arg(reader.where(record.line())));
            header.names.first() = record.text(0).trimmed();
        } else {
            reader = CsvReader(data, fileName);
            reader.next(record);
        }
    }
    return header;
}

Layout layoutOf(const CsvReader &reader, const HeaderLines &header, PriceFormat forced)
{
    Layout layout = readHeader(reader, header.line, header.names, forced);
    if (forced == PriceFormat::Auto && !header.symbolRow.isEmpty())
        layout.format = PriceFormat::Yahoo; // only yfinance writes the Price and Ticker lines
    return layout;
}

// A layout from columns chosen by hand; the names only label messages.
Layout mappedLayout(const CsvReader &reader, int line, const QStringList &names, const PriceColumnMapping &mapping,
                    PriceFormat forced)
{
    Layout layout;
    layout.names = names;
    layout.fieldCount = names.size();
    layout.format = forced == PriceFormat::Auto ? PriceFormat::Generic : forced;
    const std::pair<Role, int> chosen[] = {{DateRole, mapping.date},   {OpenRole, mapping.open},
                                           {HighRole, mapping.high},   {LowRole, mapping.low},
                                           {CloseRole, mapping.close}, {AdjCloseRole, mapping.adjClose},
                                           {VolumeRole, mapping.volume}};
    for (const auto &[role, column] : chosen) {
        if (column < -1 || column >= names.size())
            throw Error(QStringLiteral("%1: header: column %2 was chosen, but the file has %3 columns")
                            .arg(reader.where(line))
                            .arg(column + 1)
                            .arg(names.size()));
        layout.column[role] = column;
    }
    if (!mapping.isUsable())
        throw Error(QStringLiteral("%1: header: choose a date and a close column").arg(reader.where(line)));
    return layout;
}

// What the names say, without refusing anything: the first best-ranked name wins each role.
std::array<int, RoleCount> rolesByName(const QStringList &names)
{
    std::array<int, RoleCount> rank;
    rank.fill(1000);
    std::array<int, RoleCount> column;
    column.fill(-1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QByteArray name = normalizedName(names[i].toUtf8());
        for (const Alias &alias : kAliases) {
            if (name == alias.name && alias.rank < rank[alias.role]) {
                rank[alias.role] = alias.rank;
                column[alias.role] = int(i);
            }
        }
    }
    return column;
}

PriceColumnMapping columnsByName(const std::array<int, RoleCount> &column)
{
    return {column[DateRole], column[OpenRole],     column[HighRole],  column[LowRole],
            column[CloseRole], column[AdjCloseRole], column[VolumeRole]};
}

bool looksLikeDate(const QString &value)
{
    static const QRegularExpression date(
        QStringLiteral(R"(^\s*(\d{4}[-/]\d{2}[-/]\d{2}([T ].*)?|\d{8}|\d{1,2}/\d{1,2}/\d{4})\s*$)"));
    return date.match(value).hasMatch();
}

// At most maxLength bytes of a field for a message; a cut inside a UTF-8 sequence only costs a
// replacement character.
QString shown(QByteArrayView text, qsizetype maxLength)
{
    return QString::fromUtf8(text.first(std::min(text.size(), maxLength)));
}

bool isMissing(QByteArrayView value)
{
    // Placeholders that Yahoo ("null"), Nasdaq.com ("N/A", "--") and spreadsheets write for no value.
    return value.isEmpty() || value == "null" || value == "NULL" || value == "N/A" || value == "NA" || value == "-" ||
           value == "--";
}

int digitsValue(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

struct ParsedDate
{
    std::int64_t ms = 0;
    bool hasTime = false;
};

class RowParser final
{
public:
    RowParser(const CsvReader &reader, const Layout &layout)
        : m_reader(reader)
        , m_layout(layout)
    {}

    [[noreturn]] void fail(const CsvRecord &record, Role role, const QString &what) const
    {
        throw Error(QStringLiteral("%1: column %2: %3").arg(m_reader.where(record.line()), m_layout.name(role), what));
    }

    ParsedDate date(const CsvRecord &record) const
    {
        const QByteArrayView text = record.raw(m_layout.column[DateRole]).trimmed();
        if (text.isEmpty())
            fail(record, DateRole, QStringLiteral("empty"));
        int year = -1, month = -1, day = -1;
        if (text.size() == 10 && (text[4] == '-' || text[4] == '/') && text[7] == text[4]) {
            year = digitsValue(text, 0, 4), month = digitsValue(text, 5, 2), day = digitsValue(text, 8, 2);
        } else if (text.size() == 8 && digitsValue(text, 0, 8) >= 0) {
            year = digitsValue(text, 0, 4), month = digitsValue(text, 4, 2), day = digitsValue(text, 6, 2);
        } else if (const qsizetype slash = text.indexOf('/'); slash > 0 && text.size() <= 10) {
            // MM/DD/YYYY, the American order that Nasdaq.com writes.
            const qsizetype second = text.indexOf('/', slash + 1);
            if (second > slash + 1 && text.size() - second - 1 == 4) {
                month = slash <= 2 ? digitsValue(text, 0, slash) : -1;
                day = second - slash - 1 <= 2 ? digitsValue(text, slash + 1, second - slash - 1) : -1;
                year = digitsValue(text, second + 1, 4);
            }
        } else if (text.size() > 10) {
            if (const auto fast = isoDateTime(text))
                return *fast;
            QString why;
            const auto parsed = parseIsoTime(QString::fromUtf8(text), &why);
            if (!parsed)
                fail(record, DateRole, why);
            // Daily bars written as date-times at midnight UTC are still daily bars.
            return {parsed->ms, parsed->ms % kMsPerDay != 0};
        }
        const QString written = shown(text, 40);
        if (year < 0 || month < 0 || day < 0)
            fail(record, DateRole,
                 QStringLiteral("\"%1\" is not a date (YYYY-MM-DD, YYYYMMDD or MM/DD/YYYY)").arg(written));
        if (year < 1400 || year > 9999)
            fail(record, DateRole, QStringLiteral("year %1 is outside 1400–9999").arg(year));
        const auto midnight = utcMidnight(year, month, day);
        if (!midnight)
            fail(record, DateRole, QStringLiteral("%1 is not a day of the calendar").arg(written));
        ParsedDate parsed{*midnight, false};
        if (m_layout.has(TimeRole))
            addTime(record, parsed);
        return parsed;
    }

    std::optional<double> number(const CsvRecord &record, Role role) const
    {
        if (!m_layout.has(role))
            return std::nullopt;
        QByteArrayView text = record.raw(m_layout.column[role]).trimmed();
        if (isMissing(text))
            return std::nullopt;
        char buffer[64];
        qsizetype length = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '$' || (c == ',' && m_layout.format == PriceFormat::Nasdaq))
                continue; // Nasdaq.com writes "$118.42" and groups thousands with commas
            if (length == qsizetype(sizeof buffer))
                fail(record, role, QStringLiteral("\"%1…\" is not a number").arg(shown(text, 20)));
            buffer[length++] = c;
        }
        double value = 0;
        const char *begin = buffer;
        if (length > 1 && buffer[0] == '+')
            ++begin;
        const auto [end, error] = std::from_chars(begin, buffer + length, value);
        if (error != std::errc() || end != buffer + length || length == 0) {
            const QString hint =
                text.contains(',') ? QStringLiteral(" (write numbers with a decimal point)") : QString();
            fail(record, role, QStringLiteral("\"%1\" is not a number%2").arg(shown(text, 40), hint));
        }
        if (!std::isfinite(value))
            fail(record, role, QStringLiteral("\"%1\" is not a finite number").arg(shown(text, 40)));
        return value;
    }

private:
    // The date-times that intraday files hold by the million, "YYYY-MM-DD[T ]HH:MM[:SS][Z|±HH[:]MM]",
    // read without building a QString; anything else, and anything out of range, is left to
    // parseIsoTime, whose result and messages these match.
    std::optional<ParsedDate> isoDateTime(QByteArrayView text) const
    {
        const qsizetype n = text.size();
        if (n < 16 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != ' ') || text[13] != ':')
            return std::nullopt;
        const int year = digitsValue(text, 0, 4), month = digitsValue(text, 5, 2), day = digitsValue(text, 8, 2);
        const int hour = digitsValue(text, 11, 2), minute = digitsValue(text, 14, 2);
        qsizetype at = 16;
        int second = 0;
        if (n >= 19 && text[16] == ':') {
            second = digitsValue(text, 17, 2);
            at = 19;
        }
        int offset = 0; // minutes east of UTC
        if (at < n && text[at] == 'Z') {
            ++at;
        } else if (at < n && (text[at] == '+' || text[at] == '-')) {
            const bool colon = n - at == 6 && text[at + 3] == ':';
            if (n - at != 5 && !colon)
                return std::nullopt;
            const int hours = digitsValue(text, at + 1, 2), minutes = digitsValue(text, colon ? at + 4 : at + 3, 2);
            if (hours < 0 || minutes < 0 || hours > 14 || minutes > 59)
                return std::nullopt;
            offset = (hours * 60 + minutes) * (text[at] == '-' ? -1 : 1);
            at = n;
        }
        if (at != n || year < 1400 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
            second < 0 || second > 59)
            return std::nullopt;
        if (year != m_year || month != m_month || day != m_day) {
            const auto midnight = utcMidnight(year, month, day);
            if (!midnight)
                return std::nullopt;
            m_year = year, m_month = month, m_day = day, m_midnight = *midnight;
        }
        const std::int64_t ms = m_midnight + ((hour * 60 + minute - offset) * 60 + second) * std::int64_t(1000);
        if (ms < kMinTimeMs || ms > kMaxTimeMs)
            return std::nullopt;
        return ParsedDate{ms, ms % kMsPerDay != 0};
    }

    void addTime(const CsvRecord &record, ParsedDate &parsed) const
    {
        const QByteArrayView text = record.raw(m_layout.column[TimeRole]).trimmed();
        if (text.isEmpty())
            return;
        int hour = -1, minute = -1, second = 0;
        if (text.size() == 6 && digitsValue(text, 0, 6) >= 0) { // Stooq: HHMMSS
            hour = digitsValue(text, 0, 2), minute = digitsValue(text, 2, 2), second = digitsValue(text, 4, 2);
        } else if ((text.size() == 5 || text.size() == 8) && text[2] == ':') {
            hour = digitsValue(text, 0, 2), minute = digitsValue(text, 3, 2);
            if (text.size() == 8)
                second = text[5] == ':' ? digitsValue(text, 6, 2) : -1;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            fail(record, TimeRole,
                 QStringLiteral("\"%1\" is not a time of day (HH:MM[:SS] or HHMMSS)").arg(shown(text, 40)));
        }
        parsed.ms += ((hour * 60 + minute) * 60 + second) * std::int64_t(1000);
        parsed.hasTime = parsed.hasTime || hour || minute || second;
    }

    const CsvReader &m_reader;
    const Layout &m_layout;
    // The last day read: consecutive intraday rows share it.
    mutable int m_year = -1, m_month = -1, m_day = -1;
    mutable std::int64_t m_midnight = 0;
};

bool isPlausibleSymbol(const QString &symbol)
{
    if (symbol.isEmpty() || symbol.size() > 32)
        return false;
    return std::none_of(symbol.cbegin(), symbol.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); });
}

QString intervalOf(const std::vector<Bar> &bars, bool intraday)
{
    std::int64_t step = 0;
    for (size_t i = 1; i < bars.size(); ++i) {
        const std::int64_t gap = bars[i].tsMs - bars[i - 1].tsMs;
        if (step == 0 || gap < step)
            step = gap;
    }
    if (!intraday) {
        if (step >= 28 * kMsPerDay)
            return QStringLiteral("1mo");
        if (step >= 7 * kMsPerDay)
            return QStringLiteral("1wk");
        return QStringLiteral("1d");
    }
    const std::int64_t seconds = step / 1000;
    if (seconds <= 0)
        return QStringLiteral("1m");
    if (seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

} // namespace

QString toString(PriceFormat format)
{
    switch (format) {
    case PriceFormat::Auto:
        return QStringLiteral("auto");
    case PriceFormat::Yahoo:
        return QStringLiteral("yahoo");
    case PriceFormat::Nasdaq:
        return QStringLiteral("nasdaq");
    case PriceFormat::Stooq:
        return QStringLiteral("stooq");
    case PriceFormat::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

std::optional<PriceFormat> priceFormatFromString(const QString &name)
{
    for (const PriceFormat format :
         {PriceFormat::Auto, PriceFormat::Yahoo, PriceFormat::Nasdaq, PriceFormat::Stooq, PriceFormat::Generic}) {
        if (name.compare(toString(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

PriceCsvResult PriceCsv::readFile(const QString &path, const PriceCsvOptions &options)
{
    return parse(CsvReader::readFile(path), path, options);
}

PriceCsvResult PriceCsv::parse(const QByteArray &data, const QString &fileName, const PriceCsvOptions &options)
{
    CsvReader reader(data, fileName);
    CsvRecord record;
    const HeaderLines header = readHeaderLines(reader, data, fileName, record);
    const QString &symbolRow = header.symbolRow;
    const Layout layout = options.columns
                              ? mappedLayout(reader, header.line, header.names, *options.columns, options.format)
                              : layoutOf(reader, header, options.format);
    const RowParser parser(reader, layout);

    PriceCsvResult result;
    result.format = layout.format;
    QString symbolInFile;
    int symbolLine = 0;
    std::vector<std::pair<Bar, int>> rows; // bar and the line it came from
    rows.reserve(size_t(data.size() / 48));
    bool intraday = false;

    while (reader.next(record)) {
        if (record.size() != layout.fieldCount) {
            throw Error(QStringLiteral("%1: %2 fields where the header has %3")
                            .arg(reader.where(record.line()))
                            .arg(record.size())
                            .arg(layout.fieldCount));
        }
        const std::optional<double> close = parser.number(record, CloseRole);
        if (!close) {
            if (!record.raw(layout.column[DateRole]).trimmed().isEmpty())
                parser.date(record); // a placeholder row still has to carry a real date
            ++result.skippedRows;
            continue;
        }
        const ParsedDate date = parser.date(record);
        intraday = intraday || date.hasTime;

        Bar bar;
        bar.tsMs = date.ms;
        bar.close = *close;
        for (const Role role : {OpenRole, HighRole, LowRole}) {
            const std::optional<double> value = parser.number(record, role);
            if (!value && layout.has(role))
                parser.fail(record, role, QStringLiteral("empty while %1 has a value").arg(layout.name(CloseRole)));
            (role == OpenRole ? bar.open : role == HighRole ? bar.high : bar.low) = value.value_or(*close);
        }
        if (bar.high < bar.low) {
            parser.fail(record, layout.has(HighRole) ? HighRole : LowRole,
                        QStringLiteral("high %1 is below low %2").arg(bar.high).arg(bar.low));
        }
        bar.adjClose = parser.number(record, AdjCloseRole);
        bar.volume = parser.number(record, VolumeRole);
        if (bar.volume && *bar.volume < 0)
            parser.fail(record, VolumeRole, QStringLiteral("negative volume %1").arg(*bar.volume));

        if (layout.has(SymbolRole) && options.symbol.isEmpty()) {
            const QString symbol = record.text(layout.column[SymbolRole]).trimmed();
            if (symbolInFile.isEmpty()) {
                symbolInFile = symbol;
                symbolLine = record.line();
                if (!isPlausibleSymbol(symbol))
                    parser.fail(record, SymbolRole, QStringLiteral("\"%1\" is not a symbol").arg(symbol.left(40)));
            } else if (symbol != symbolInFile) {
                parser.fail(record, SymbolRole,
                            QStringLiteral("\"%1\" differs from \"%2\" on line %3; a price file holds one symbol")
                                .arg(symbol.left(40), symbolInFile)
                                .arg(symbolLine));
            }
        }
        rows.emplace_back(bar, record.line());
    }

    if (rows.empty()) {
        throw Error(QStringLiteral("%1: column %2: no row has a value; the file holds no prices")
                        .arg(reader.where(record.line()), layout.name(CloseRole)));
    }
    // Files come oldest first (most) or newest first (Nasdaq.com); only others need a real sort.
    const auto byTime = [](const auto &a, const auto &b) { return a.first.tsMs < b.first.tsMs; };
    if (std::is_sorted(rows.rbegin(), rows.rend(), byTime))
        std::reverse(rows.begin(), rows.end());
    else if (!std::is_sorted(rows.begin(), rows.end(), byTime))
        std::stable_sort(rows.begin(), rows.end(), byTime);
    for (size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].first.tsMs == rows[i - 1].first.tsMs) {
            const int first = std::min(rows[i].second, rows[i - 1].second);
            const int second = std::max(rows[i].second, rows[i - 1].second);
            const QString when = intraday ? formatIsoUtc(rows[i].first.tsMs) : formatIsoDate(rows[i].first.tsMs);
            throw Error(QStringLiteral("%1: column %2: %3 appears twice (also on line %4)")
                            .arg(reader.where(second), layout.name(DateRole), when)
                            .arg(first));
        }
    }

    QString symbol = options.symbol.trimmed();
    if (symbol.isEmpty())
        symbol = symbolInFile.isEmpty() ? symbolRow : symbolInFile;
    if (symbol.isEmpty()) {
        symbol = QFileInfo(fileName).completeBaseName();
        if (!isPlausibleSymbol(symbol)) {
            throw Error(QStringLiteral("%1: no symbol column, and the file name \"%2\" is not a symbol; name the "
                                       "symbol explicitly")
                            .arg(fileName, symbol));
        }
    } else if (!isPlausibleSymbol(symbol)) {
        throw Error(QStringLiteral("%1: \"%2\" is not a symbol").arg(fileName, symbol.left(40)));
    }

    result.series.symbol = symbol;
    result.series.bars.reserve(rows.size());
    for (const auto &row : rows)
        result.series.bars.push_back(row.first);
    result.series.interval = intervalOf(result.series.bars, intraday);
    return result;
}

PriceCsvPreview PriceCsv::preview(const QByteArray &data, const QString &fileName, int rowCount)
{
    CsvReader reader(data, fileName);
    CsvRecord record;
    const HeaderLines header = readHeaderLines(reader, data, fileName, record);
    PriceCsvPreview preview;
    preview.header = header.names;
    while (preview.rows.size() < rowCount && reader.next(record))
        preview.rows << record.texts();
    const std::array<int, RoleCount> roles = rolesByName(header.names);
    preview.guessed = columnsByName(roles);
    if (preview.guessed.date < 0 && !preview.rows.isEmpty()) {
        // No date column by name: the first column whose values all read as dates.
        for (int column = 0; column < header.names.size() && preview.guessed.date < 0; ++column) {
            const bool dates = std::all_of(preview.rows.cbegin(), preview.rows.cend(), [&](const QStringList &row) {
                return looksLikeDate(row.value(column));
            });
            if (dates)
                preview.guessed.date = column;
        }
    }
    if (!header.symbolRow.isEmpty())
        preview.symbol = header.symbolRow;
    else if (roles[SymbolRole] >= 0 && !preview.rows.isEmpty())
        preview.symbol = preview.rows.constFirst().value(roles[SymbolRole]).trimmed();
    else
        preview.symbol = QFileInfo(fileName).completeBaseName();
    if (!isPlausibleSymbol(preview.symbol))
        preview.symbol.clear();
    try {
        preview.format = layoutOf(reader, header, PriceFormat::Auto).format;
    } catch (const Error &) {
        // Not readable by names: the dialog asks for the columns.
    }
    return preview;
}

std::optional<PriceFormat> PriceCsv::sniff(QByteArrayView head)
{
    QByteArray bytes = head.toByteArray();
    // A head cut inside a row (or a UTF-8 sequence) would read as a broken file: keep whole lines.
    if (const qsizetype end = bytes.lastIndexOf('\n'); end >= 0)
        bytes.truncate(end + 1);
    try {
        CsvReader reader(bytes, QString());
        CsvRecord record;
        const HeaderLines header = readHeaderLines(reader, bytes, QString(), record);
        return layoutOf(reader, header, PriceFormat::Auto).format;
    } catch (const Error &) {
        return std::nullopt;
    }
}

} // namespace tickerline
