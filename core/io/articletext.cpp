// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletext.h"

#include "error.h"
#include "io/htmltext.h"
#include "io/markdowntext.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <utility>

namespace tickerline {

namespace {

// ---------------------------------------------------------------- bytes to text

qsizetype lineOf(const QByteArray &bytes, qsizetype offset)
{
    return bytes.left(offset).count('\n') + 1;
}

// Offset of the first byte that is not part of well-formed UTF-8 (no overlongs, no surrogates,
// nothing past U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > n || data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// The charset an HTML page declares in a <meta> within its first 4 KB, lowercased; empty if none.
QString declaredCharset(const QByteArray &bytes)
{
    const QString head = QString::fromLatin1(bytes.left(4096)).toLower();
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)"));
    const QRegularExpressionMatch match = meta.match(head);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool isWindows1252Label(const QString &charset)
{
    // The WHATWG Encoding Standard decodes all of these as windows-1252.
    static const QStringList labels{
        QStringLiteral("windows-1252"), QStringLiteral("cp1252"),    QStringLiteral("x-cp1252"),
        QStringLiteral("iso-8859-1"),   QStringLiteral("iso8859-1"), QStringLiteral("iso_8859-1"),
        QStringLiteral("latin1"),       QStringLiteral("l1"),        QStringLiteral("ascii"),
        QStringLiteral("us-ascii"),     QStringLiteral("cp819"),     QStringLiteral("ibm819")};
    return labels.contains(charset);
}

QString decodeWindows1252(const QByteArray &bytes)
{
    static constexpr std::array<char16_t, 32> k80to9F{0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        text[i] = QChar(c >= 0x80 && c <= 0x9F ? k80to9F[c - 0x80] : char16_t(c));
    }
    return text;
}

QString decode(const QByteArray &raw, const QString &fileName, ArticleFormat format)
{
    const bool utf16le = raw.startsWith("\xFF\xFE");
    if (utf16le || raw.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        QString text = decoder.decode(raw.mid(2));
        if (decoder.hasError() || raw.size() % 2 != 0)
            throw Error(
                QStringLiteral("%1:1: encoding: the file starts as UTF-16 but is not valid UTF-16").arg(fileName));
        const qsizetype nul = text.indexOf(QChar(0));
        if (nul >= 0) {
            throw Error(QStringLiteral("%1:%2: content: NUL character; this is not a text article")
                            .arg(fileName)
                            .arg(text.left(nul).count(QLatin1Char('\n')) + 1));
        }
        return text;
    }
    const QByteArray bytes = raw.startsWith("\xEF\xBB\xBF") ? raw.mid(3) : raw;
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        throw Error(QStringLiteral("%1:%2: content: NUL byte at byte %3; this is not a text article")
                        .arg(fileName)
                        .arg(lineOf(bytes, nul))
                        .arg(nul));
    }
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid < 0)
        return QString::fromUtf8(bytes);
    if (format == ArticleFormat::Html) {
        const QString charset = declaredCharset(bytes);
        if (isWindows1252Label(charset))
            return decodeWindows1252(bytes);
        if (!charset.isEmpty() && charset != QLatin1String("utf-8") && charset != QLatin1String("utf8")) {
            throw Error(QStringLiteral("%1:%2: encoding: the page declares charset \"%3\", which Tickerline "
                                       "cannot read; save it as UTF-8")
                            .arg(fileName)
                            .arg(lineOf(bytes, invalid))
                            .arg(charset));
        }
    }
    const qsizetype lineStart = bytes.lastIndexOf('\n', invalid) + 1;
    throw Error(QStringLiteral("%1:%2: encoding: byte %3 (0x%4, column %5) is not UTF-8; save the article as UTF-8")
                    .arg(fileName)
                    .arg(lineOf(bytes, invalid))
                    .arg(invalid)
                    .arg(static_cast<unsigned char>(bytes.at(invalid)), 2, 16, QLatin1Char('0'))
                    .arg(invalid - lineStart + 1));
}

QString normalisedLines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

// ---------------------------------------------------------------- public

std::optional<ArticleFormat> ArticleText::formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("text") || lower == QLatin1String("txt") || lower == QLatin1String("plain"))
        return ArticleFormat::Text;
    if (lower == QLatin1String("markdown") || lower == QLatin1String("md"))
        return ArticleFormat::Markdown;
    if (lower == QLatin1String("html") || lower == QLatin1String("htm"))
        return ArticleFormat::Html;
    return std::nullopt;
}

QString ArticleText::formatName(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::Auto:
        return QStringLiteral("auto");
    case ArticleFormat::Text:
        return QStringLiteral("text");
    case ArticleFormat::Markdown:
        return QStringLiteral("markdown");
    case ArticleFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

ArticleFormat ArticleText::detectFormat(const QString &fileName, const QByteArray &content)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return ArticleFormat::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown") ||
        suffix == QLatin1String("mkd"))
        return ArticleFormat::Markdown;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return ArticleFormat::Text;

    const QString head = QString::fromLatin1(content.left(4096)).toLower();
    const QString start = head.trimmed();
    if (start.startsWith(QLatin1String("<!doctype html")) || start.startsWith(QLatin1String("<html")) ||
        head.contains(QLatin1String("<body")) || head.contains(QLatin1String("<p>")) ||
        head.contains(QLatin1String("<div")))
        return ArticleFormat::Html;
    static const QRegularExpression markdown(
        QStringLiteral("(^|\\n)(#{1,6} |```|~~~|> |[-*+] )|\\]\\([^)\\s]+\\)|\\*\\*\\S"));
    if (markdown.match(head).hasMatch())
        return ArticleFormat::Markdown;
    return ArticleFormat::Text;
}

Article ArticleText::readFile(const QString &path, ArticleFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot open the article: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBytes) {
        throw Error(QStringLiteral("%1: the article is %2 MB, more than the %3 MB an article may have")
                        .arg(path)
                        .arg(double(file.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(kMaxBytes / (1024 * 1024)));
    }
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) // a file that grew, or a device with no size
        throw Error(QStringLiteral("%1: the article is more than %2 MB").arg(path).arg(kMaxBytes / (1024 * 1024)));
    return fromBytes(bytes, path, format);
}

Article ArticleText::fromBytes(const QByteArray &bytes, const QString &fileName, ArticleFormat format)
{
    if (bytes.size() > kMaxBytes)
        throw Error(QStringLiteral("%1: the article is more than %2 MB").arg(fileName).arg(kMaxBytes / (1024 * 1024)));
    Article article;
    article.format = format == ArticleFormat::Auto ? detectFormat(fileName, bytes) : format;
    const QString text = normalisedLines(decode(bytes, fileName, article.format));
    try {
        switch (article.format) {
        case ArticleFormat::Html:
            article.text = HtmlText::toText(text, &article.title);
            break;
        case ArticleFormat::Markdown:
            article.text = MarkdownText::toText(text, &article.title);
            break;
        case ArticleFormat::Auto:
        case ArticleFormat::Text:
            article.text = text;
            break;
        }
    } catch (const Error &error) { // the parsers name the line; the file is named here
        throw Error(fileName + QLatin1Char(':') + error.message());
    }
    article.text = article.text.normalized(QString::NormalizationForm_C);
    article.title = article.title.normalized(QString::NormalizationForm_C);
    if (article.text.trimmed().isEmpty())
        throw Error(QStringLiteral("%1: the article is empty").arg(fileName));
    return article;
}

} // namespace tickerline
