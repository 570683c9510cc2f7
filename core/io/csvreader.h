// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace tickerline {

// One record of a CSV file. A plain field is a view into the reader's text and a quoted one lives
// unescaped in a reused buffer, so that reading a million rows allocates nothing per field;
// text() makes a QString on demand. Views stay valid until the next call of next() and while the
// reader lives.
class CsvRecord final
{
public:
    int line() const { return m_line; } // 1-based line where the record starts
    qsizetype size() const { return qsizetype(m_spans.size()); }
    QByteArrayView raw(qsizetype index) const;
    QString text(qsizetype index) const; // empty for an index past the end
    QStringList texts() const;

private:
    friend class CsvReader;
    struct Span
    {
        qsizetype offset; // into the reader's text, or into m_buffer when unescaped
        qsizetype length;
        bool unescaped;
    };
    int m_line = 0;
    const char *m_text = nullptr;
    QByteArray m_buffer;
    std::vector<Span> m_spans;
};

// An RFC 4180 reader over bytes already in memory: UTF-8 (a BOM is dropped), CRLF, LF or CR line
// ends, quoted fields with doubled quotes and embedded separators and line breaks. Blank lines
// are skipped. Every problem is a tickerline::Error "FILE:LINE: what is wrong", because the file
// comes from a user and the message is all they get.
class CsvReader final
{
public:
    static constexpr qsizetype kMaxFieldBytes = 1024 * 1024;
    static constexpr qsizetype kMaxFields = 10'000;
    static constexpr qsizetype kMaxFileBytes = qsizetype(1) << 30;

    // Checks the whole text (UTF-8, no NUL) up front, so that records never carry broken text.
    explicit CsvReader(QByteArray data, QString fileName, char separator = ',');

    // Reads a file whole; refuses a missing file or one past kMaxFileBytes.
    static QByteArray readFile(const QString &path);

    // Fills record with the next non-blank record; returns false at the end of the text (or of
    // the part, see below).
    bool next(CsvRecord &record);
    QByteArrayView text() const { return m_data; }
    // Where the next record is looked for, and the line it is on.
    qsizetype position() const { return m_pos; }
    int line() const { return m_line; }
    // A reader of the same text (not checked again) whose records are those starting in
    // [begin, end), the first line there being `line`: parts of a large file read at once. A
    // record that starts before end is read whole, past end if it goes on.
    CsvReader part(qsizetype begin, qsizetype end, int line) const;

    const QString &fileName() const { return m_fileName; }
    // "FILE:LINE: message", the form every parser built on this reader reports errors in.
    QString where(int line) const;

private:
    void validateText() const;
    [[noreturn]] void fail(int line, const QString &what) const;
    void appendField(CsvRecord &record, const char *begin, qsizetype length);
    bool atLineEnd(qsizetype pos) const;
    qsizetype skipLineEnd(qsizetype pos);

    QByteArray m_data;
    QString m_fileName;
    qsizetype m_pos = 0;
    qsizetype m_end = std::numeric_limits<qsizetype>::max();
    int m_line = 1;
    char m_separator;
};

// One field as the CSV writers write it: UTF-8, quoted (with doubled quotes) only where a separator,
// a quote, a line break or a leading or trailing space needs it. The reader above reads it back.
QByteArray csvField(const QString &text);

} // namespace tickerline
