// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QTextStream;

namespace tickerline {

// Bytes for a command's standard output, written to the device beneath its text stream in large
// pieces, so that a long listing is printed as it is made and never held whole. Once a write
// fails (a closed pipe: `tickerline events | head -1`) it writes nothing more and says so.
class StreamedOutput final
{
public:
    explicit StreamedOutput(QTextStream &stream);
    ~StreamedOutput();
    StreamedOutput(const StreamedOutput &) = delete;
    StreamedOutput &operator=(const StreamedOutput &) = delete;

    // The bytes not yet written: append to it, then call written().
    QByteArray &buffer() { return m_buffer; }
    // Writes the buffer out when it is large enough; false once writing has failed.
    bool written();
    // Writes out what is buffered now; false once writing has failed.
    bool flush();
    // Writes out what is buffered, then `bytes`; false once writing has failed.
    bool write(const QByteArray &bytes);
    bool failed() const { return m_failed; }

private:
    bool writeOut(const QByteArray &bytes);

    QTextStream &m_stream;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace tickerline
