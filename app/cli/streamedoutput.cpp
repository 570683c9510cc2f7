// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamedoutput.h"

#include <QFileDevice>
#include <QIODevice>
#include <QTextStream>

namespace tickerline {

namespace {

// Large enough that a write costs little per row, small enough to stay in the cache.
constexpr qsizetype kChunk = 64 * 1024;

} // namespace

StreamedOutput::StreamedOutput(QTextStream &stream)
    : m_stream(stream)
{
    m_stream.flush(); // what the stream holds comes first
    m_buffer.reserve(kChunk + kChunk / 4);
}

StreamedOutput::~StreamedOutput()
{
    flush();
}

bool StreamedOutput::written()
{
    return m_buffer.size() < kChunk ? !m_failed : flush();
}

bool StreamedOutput::flush()
{
    const bool written = writeOut(m_buffer);
    m_buffer.resize(0); // keeps its capacity for the next rows (clear() would free it)
    return written;
}

bool StreamedOutput::write(const QByteArray &bytes)
{
    return flush() && writeOut(bytes);
}

bool StreamedOutput::writeOut(const QByteArray &bytes)
{
    if (m_failed || bytes.isEmpty())
        return !m_failed;
    QIODevice *device = m_stream.device();
    if (!device) {
        m_stream << QString::fromUtf8(bytes); // a stream on a string, as in a test
    } else {
        m_failed = device->write(bytes) != bytes.size();
        // Written through to the file or pipe now, not when the process ends.
        if (auto *file = qobject_cast<QFileDevice *>(device); file && !m_failed)
            m_failed = !file->flush();
    }
    return !m_failed;
}

} // namespace tickerline
