// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

namespace tickerline {

namespace {

// A minimal scanner: it only needs to walk well-formed JSON (the file parsed already).
class Scanner final
{
public:
    explicit Scanner(const QByteArray &json) : m_json(json) {}

    int find(const QVariantList &path)
    {
        skipSpace();
        for (const QVariant &step : path) {
            const bool found = step.typeId() == QMetaType::QString ? enterKey(step.toString())
                                                                    : enterIndex(step.toLongLong());
            if (!found)
                return 0;
            skipSpace();
        }
        return m_line;
    }

private:
    char peek() const { return m_pos < m_json.size() ? m_json.at(m_pos) : '\0'; }

    void advance()
    {
        if (peek() == '\n')
            ++m_line;
        ++m_pos;
    }

    void skipSpace()
    {
        while (m_pos < m_json.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    QByteArray readString()
    {
        QByteArray value;
        advance(); // opening quote
        while (m_pos < m_json.size() && peek() != '"') {
            if (peek() == '\\') {
                advance();
                value += '\\';
            }
            value += peek();
            advance();
        }
        advance();
        return value;
    }

    void skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"') {
            readString();
        } else if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            advance();
            skipSpace();
            while (m_pos < m_json.size() && peek() != close) {
                if (c == '{') {
                    readString();
                    skipSpace();
                    advance(); // ':'
                }
                skipValue();
                skipSpace();
                if (peek() == ',')
                    advance();
                skipSpace();
            }
            advance();
        } else {
            while (m_pos < m_json.size() && !QByteArrayView(",}] \t\r\n").contains(peek()))
                advance();
        }
    }

    bool enterKey(const QString &key)
    {
        if (peek() != '{')
            return false;
        advance();
        const QByteArray wanted = key.toUtf8();
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return false;
            const QByteArray name = readString();
            skipSpace();
            advance(); // ':'
            skipSpace();
            if (name == wanted)
                return true;
            skipValue();
            skipSpace();
            if (peek() != ',')
                return false;
            advance();
        }
    }

    bool enterIndex(qint64 index)
    {
        if (peek() != '[')
            return false;
        advance();
        for (qint64 i = 0;; ++i) {
            skipSpace();
            if (peek() == ']' || m_pos >= m_json.size())
                return false;
            if (i == index)
                return true;
            skipValue();
            skipSpace();
            if (peek() != ',')
                return false;
            advance();
        }
    }

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

int lineOfJsonPath(const QByteArray &json, const QVariantList &path)
{
    return Scanner(json).find(path);
}

QString jsonPathText(const QVariantList &path)
{
    QString text;
    for (const QVariant &step : path) {
        if (step.typeId() == QMetaType::QString)
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + step.toString();
        else
            text += QStringLiteral("[%1]").arg(step.toLongLong());
    }
    return text;
}

Error jsonError(const QByteArray &json, const QString &fileName, const QVariantList &path, const QString &reason)
{
    const int line = lineOfJsonPath(json, path);
    return Error(QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(line ? line : 1).arg(jsonPathText(path), reason));
}

QJsonDocument parseJsonDocument(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(QStringLiteral("%1:%2: not valid JSON: %3")
                        .arg(fileName)
                        .arg(lineOfOffset(json, error.offset))
                        .arg(error.errorString()));
    return document;
}

int lineOfOffset(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

} // namespace tickerline
