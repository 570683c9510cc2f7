// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngencoder.h"

#include <QtEndian>

#include <array>

namespace tickerline {

namespace {

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

quint32 crc32(const QByteArray &bytes)
{
    const auto &table = crcTable();
    quint32 c = 0xffffffffu;
    for (const char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void appendUint32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char *type, const QByteArray &data)
{
    appendUint32(out, quint32(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    out.append(typed);
    appendUint32(out, crc32(typed));
}

} // namespace

QByteArray encodeChartPng(const QImage &source, int dpi, const QList<QPair<QString, QString>> &texts)
{
    // Read 32-bit pixels straight into filtered RGB rows: no converted copy of a 4K image.
    const QImage image = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
                                 || source.format() == QImage::Format_ARGB32_Premultiplied
                             ? source
                             : source.convertToFormat(QImage::Format_RGB32);
    const int width = image.width(), height = image.height();
    const qsizetype rowBytes = qsizetype(width) * 3;

    QByteArray raw;
    raw.resize((rowBytes + 1) * height);
    char *out = raw.data();
    for (int y = 0; y < height; ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        *out++ = 1; // Sub: each byte minus the same byte of the pixel to its left
        quint8 r0 = 0, g0 = 0, b0 = 0;
        for (int x = 0; x < width; ++x) {
            const QRgb pixel = row[x]; // opaque: premultiplied or not, the same values
            const auto r = quint8(qRed(pixel)), g = quint8(qGreen(pixel)), b = quint8(qBlue(pixel));
            *out++ = char(quint8(r - r0));
            *out++ = char(quint8(g - g0));
            *out++ = char(quint8(b - b0));
            r0 = r;
            g0 = g;
            b0 = b;
        }
    }
    // qCompress prefixes the zlib stream with its length; PNG wants the stream alone.
    const QByteArray compressed = qCompress(raw, 1).mid(4);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendUint32(header, quint32(width));
    appendUint32(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(2)); // truecolour
    header.append(char(0)).append(char(0)).append(char(0)); // deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", header);
    QByteArray physical;
    const auto perMeter = quint32(qRound(dpi / 0.0254));
    appendUint32(physical, perMeter);
    appendUint32(physical, perMeter);
    physical.append(char(1)); // unit: metre
    appendChunk(png, "pHYs", physical);
    for (const auto &[keyword, text] : texts) {
        QByteArray itxt = keyword.toLatin1().left(79);
        itxt.append(char(0)).append(char(0)).append(char(0)); // end of keyword, uncompressed, method
        itxt.append(char(0)).append(char(0));                 // no language tag, no translated keyword
        itxt.append(text.toUtf8());
        appendChunk(png, "iTXt", itxt);
    }
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

} // namespace tickerline
