// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "error.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <future>

namespace tickerline {

namespace {

// Line of a byte offset, counting CRLF, LF and a lone CR as one line end each. Only called on
// the way to an error message, so it may scan from the start.
int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    const char *bytes = data.constData();
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= data.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Length of the UTF-8 sequence starting at bytes[i], or 0 if it is not well-formed
// (overlong forms, surrogates and code points past U+10FFFF are refused, as the standard says).
int utf8SequenceLength(const unsigned char *bytes, qsizetype i, qsizetype size)
{
    const unsigned char lead = bytes[i];
    auto continuation = [&](qsizetype k) { return i + k < size && (bytes[i + k] & 0xC0) == 0x80; };
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (!continuation(1) || !continuation(2))
            return 0;
        const unsigned char second = bytes[i + 1];
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F))
            return 0;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3))
            return 0;
        const unsigned char second = bytes[i + 1];
        if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

QByteArrayView CsvRecord::raw(qsizetype index) const
{
    if (index < 0 || index >= size())
        return {};
    const Span &span = m_spans[size_t(index)];
    return QByteArrayView((span.unescaped ? m_buffer.constData() : m_text) + span.offset, span.length);
}

QString CsvRecord::text(qsizetype index) const
{
    return QString::fromUtf8(raw(index));
}

QStringList CsvRecord::texts() const
{
    QStringList result;
    result.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        result << text(i);
    return result;
}

CsvReader::CsvReader(QByteArray data, QString fileName, char separator)
    : m_data(std::move(data))
    , m_fileName(std::move(fileName))
    , m_separator(separator)
{
    if (m_data.size() > kMaxFileBytes)
        fail(1, QStringLiteral("the file is larger than %1 MB").arg(kMaxFileBytes / (1024 * 1024)));
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    validateText();
}

CsvReader CsvReader::part(qsizetype begin, qsizetype end, int line) const
{
    CsvReader reader = *this;
    reader.m_pos = begin;
    reader.m_end = end;
    reader.m_line = line;
    return reader;
}

namespace {

// Reads `size` bytes into `bytes` a few megabytes a call: one read() of hundreds of megabytes
// holds a core in the kernel for a tenth of a second at a time, and the window's GUI thread
// waited up to 57 ms for its turn while two of them ran.
bool readInChunks(QFile &file, char *bytes, qint64 size)
{
    constexpr qint64 kChunk = 4 << 20;
    for (qint64 done = 0; done < size;) {
        const qint64 read = file.read(bytes + done, std::min(kChunk, size - done));
        if (read <= 0)
            return false;
        done += read;
    }
    return true;
}

} // namespace

QByteArray CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        throw Error(QStringLiteral("%1: the file is larger than %2 MB").arg(path).arg(kMaxFileBytes / (1024 * 1024)));
    // A large file is read in two halves at once: copying it into memory is most of the time
    // (0.34 s for 700 MB on one core), and two cores do it in two thirds of that.
    constexpr qint64 kHalvesFrom = 64 << 20;
    const qint64 size = file.size();
    if (!file.isSequential() && size >= kHalvesFrom) {
        QByteArray data(size, Qt::Uninitialized);
        char *const bytes = data.data();
        const qint64 half = size / 2;
        auto secondHalf = std::async(std::launch::async, [&] {
            QFile second(path);
            return second.open(QIODevice::ReadOnly) && second.seek(half) &&
                   readInChunks(second, bytes + half, size - half);
        });
        const bool firstRead = readInChunks(file, bytes, half);
        if (secondHalf.get() && firstRead)
            return data;
        file.seek(0); // it changed meanwhile: read it as it is now
    }
    return file.readAll();
}

QString CsvReader::where(int line) const
{
    return QStringLiteral("%1:%2").arg(m_fileName).arg(line);
}

void CsvReader::fail(int line, const QString &what) const
{
    throw Error(QStringLiteral("%1: %2").arg(where(line), what));
}

void CsvReader::validateText() const
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_data.constData());
    const qsizetype size = m_data.size();
    qsizetype i = m_pos;
    while (i < size) {
        const unsigned char byte = bytes[i];
        if (byte >= 0x01 && byte < 0x80) {
            ++i;
            continue;
        }
        if (byte == 0) {
            fail(lineOfOffset(m_data, i), QStringLiteral("NUL byte at byte offset %1; this is not a text file").arg(i));
        }
        const int length = utf8SequenceLength(bytes, i, size);
        if (length == 0) {
            fail(lineOfOffset(m_data, i), QStringLiteral("invalid UTF-8 (byte 0x%1 at byte offset %2); save the "
                                                         "file as UTF-8")
                                              .arg(byte, 2, 16, QLatin1Char('0'))
                                              .arg(i));
        }
        i += length;
    }
}

bool CsvReader::atLineEnd(qsizetype pos) const
{
    const char c = m_data.at(pos);
    return c == '\n' || c == '\r';
}

qsizetype CsvReader::skipLineEnd(qsizetype pos)
{
    if (m_data.at(pos) == '\r' && pos + 1 < m_data.size() && m_data.at(pos + 1) == '\n')
        ++pos;
    ++m_line;
    return pos + 1;
}

void CsvReader::appendField(CsvRecord &record, const char *begin, qsizetype length)
{
    if (length > kMaxFieldBytes)
        fail(record.m_line, QStringLiteral("field %1 is longer than 1 MB").arg(record.size() + 1));
    if (record.size() >= kMaxFields)
        fail(record.m_line, QStringLiteral("more than %1 fields in one record").arg(kMaxFields));
    record.m_spans.push_back({begin - m_data.constData(), length, false});
}

bool CsvReader::next(CsvRecord &record)
{
    const char *bytes = m_data.constData();
    const qsizetype size = m_data.size();
    for (;;) {
        record.m_text = bytes;
        record.m_buffer.resize(0);
        record.m_spans.clear();
        while (m_pos < size && atLineEnd(m_pos))
            m_pos = skipLineEnd(m_pos);
        if (m_pos >= size || m_pos >= m_end)
            return false;

        record.m_line = m_line;
        bool anyQuoted = false;
        for (;;) {
            if (m_pos < size && bytes[m_pos] == '"') {
                anyQuoted = true;
                const int openedOn = m_line;
                const qsizetype offset = record.m_buffer.size();
                ++m_pos;
                bool closed = false;
                while (m_pos < size) {
                    // Copy the run up to the next quote or line break in one go.
                    qsizetype runEnd = m_pos;
                    while (runEnd < size && bytes[runEnd] != '"' && bytes[runEnd] != '\r' && bytes[runEnd] != '\n')
                        ++runEnd;
                    record.m_buffer.append(bytes + m_pos, runEnd - m_pos);
                    m_pos = runEnd;
                    if (record.m_buffer.size() - offset > kMaxFieldBytes)
                        fail(openedOn, QStringLiteral("field %1 is longer than 1 MB").arg(record.size() + 1));
                    if (m_pos >= size)
                        break;
                    if (bytes[m_pos] == '"') {
                        if (m_pos + 1 < size && bytes[m_pos + 1] == '"') {
                            record.m_buffer.append('"');
                            m_pos += 2;
                            continue;
                        }
                        ++m_pos;
                        closed = true;
                        break;
                    }
                    // A line break inside quotes is part of the field; it comes out as "\n".
                    record.m_buffer.append('\n');
                    m_pos = skipLineEnd(m_pos);
                }
                if (!closed)
                    fail(openedOn,
                         QStringLiteral("field %1: the quote opened here is never closed").arg(record.size() + 1));
                if (m_pos < size && bytes[m_pos] != m_separator && !atLineEnd(m_pos))
                    fail(m_line, QStringLiteral("field %1: text after the closing quote (write a quote inside a "
                                                "quoted field as \"\")")
                                     .arg(record.size() + 1));
                if (record.size() >= kMaxFields)
                    fail(record.m_line, QStringLiteral("more than %1 fields in one record").arg(kMaxFields));
                record.m_spans.push_back({offset, record.m_buffer.size() - offset, true});
            } else {
                qsizetype end = m_pos;
                while (end < size && bytes[end] != m_separator && bytes[end] != '\r' && bytes[end] != '\n')
                    ++end;
                appendField(record, bytes + m_pos, end - m_pos);
                m_pos = end;
            }

            if (m_pos >= size)
                break;
            if (bytes[m_pos] == m_separator) {
                ++m_pos;
                continue;
            }
            m_pos = skipLineEnd(m_pos);
            break;
        }

        // A line of nothing but spaces is as blank as an empty one.
        if (!anyQuoted && record.size() == 1 && record.raw(0).trimmed().isEmpty())
            continue;
        return true;
    }
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
                             bytes.contains('\r') ||
                             (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '));
    if (!needsQuotes)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

} // namespace tickerline
