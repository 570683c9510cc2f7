// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>
#include <utility>

namespace tickerline {

namespace {

QString markdownInline(const QString &text);

// Parses "[label](target)" or "[label][ref]" at `at`; returns the label and the index after it.
std::optional<std::pair<QString, qsizetype>> readLink(const QString &text, qsizetype at)
{
    int depth = 0;
    qsizetype close = -1;
    for (qsizetype i = at; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (text.at(i) == QLatin1Char('[')) {
            ++depth;
        } else if (text.at(i) == QLatin1Char(']') && --depth == 0) {
            close = i;
            break;
        }
    }
    if (close < 0 || close + 1 >= text.size())
        return std::nullopt;
    const QString label = text.mid(at + 1, close - at - 1);
    const QChar opener = text.at(close + 1);
    const QChar closer = opener == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
    if (opener != QLatin1Char('(') && opener != QLatin1Char('['))
        return std::nullopt;
    int parens = 0;
    for (qsizetype i = close + 1; i < text.size(); ++i) {
        if (text.at(i) == opener)
            ++parens;
        else if (text.at(i) == closer && --parens == 0)
            return std::make_pair(label, i + 1);
    }
    return std::nullopt;
}

bool isEmphasisRun(const QString &text, qsizetype start, qsizetype end)
{
    const QChar before = start > 0 ? text.at(start - 1) : QChar(QLatin1Char(' '));
    const QChar after = end < text.size() ? text.at(end) : QChar(QLatin1Char(' '));
    const bool opens = !after.isSpace();
    const bool closes = !before.isSpace();
    if (text.at(start) == QLatin1Char('_') && before.isLetterOrNumber() && after.isLetterOrNumber())
        return false; // snake_case
    if (text.at(start) == QLatin1Char('*') && before.isDigit() && after.isDigit())
        return false; // 3*4
    if (text.at(start) == QLatin1Char('~') && end - start != 2)
        return false;
    return opens || closes;
}

QString markdownInline(const QString &text)
{
    QString out;
    static const QRegularExpression inlineTag(QStringLiteral("\\G</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>"));
    static const QRegularExpression autolink(QStringLiteral("\\G<((?:https?|mailto|ftp):[^<>\\s]+|[^<>\\s@]+@[^<>\\s]+)>"));
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1).unicode() < 128
            && text.at(i + 1).isPunct()) {
            out.append(text.at(i + 1));
            i += 2;
        } else if (c == QLatin1Char('`')) {
            qsizetype run = i;
            while (run < text.size() && text.at(run) == QLatin1Char('`'))
                ++run;
            const QString fence = text.mid(i, run - i);
            const qsizetype close = text.indexOf(fence, run);
            if (close < 0) {
                out.append(fence);
                i = run;
            } else {
                out.append(text.mid(run, close - run).trimmed());
                i = close + fence.size();
            }
        } else if (c == QLatin1Char('!') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('[')) {
            const auto link = readLink(text, i + 1);
            if (link) {
                i = link->second; // images are dropped
            } else {
                out.append(c);
                ++i;
            }
        } else if (c == QLatin1Char('[')) {
            const auto link = readLink(text, i);
            if (link) {
                out.append(markdownInline(link->first));
                i = link->second;
            } else {
                out.append(c);
                ++i;
            }
        } else if (c == QLatin1Char('<')) {
            const auto automatch = autolink.match(text, i);
            const auto tagmatch = inlineTag.match(text, i);
            if (automatch.hasMatch()) {
                out.append(automatch.captured(1));
                i += automatch.capturedLength();
            } else if (tagmatch.hasMatch()) {
                i += tagmatch.capturedLength();
            } else {
                out.append(c);
                ++i;
            }
        } else if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~')) {
            qsizetype run = i;
            while (run < text.size() && text.at(run) == c)
                ++run;
            if (!isEmphasisRun(text, i, run))
                out.append(text.mid(i, run - i));
            i = run;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

} // namespace

QString MarkdownText::toText(const QString &markdown, QString *title)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression bullet(QStringLiteral("^ {0,3}[-*+][ \\t]+(.*)$"));
    static const QRegularExpression ordered(QStringLiteral("^ {0,3}(\\d{1,9}[.)])[ \\t]+(.*)$"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*$"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    static const QRegularExpression quoteMarker(QStringLiteral("^ {0,3}>[ ]?"));

    QStringList blocks;         // paragraphs, headings, lists, code
    QString paragraph;
    QString firstHeading;
    bool listOpen = false;
    const auto flush = [&] {
        if (!paragraph.isEmpty())
            blocks.append(markdownInline(paragraph.trimmed()).trimmed());
        paragraph.clear();
        listOpen = false;
    };
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        const auto fenceMatch = fence.match(line);
        if (fenceMatch.hasMatch()) {
            flush();
            const QString marker = fenceMatch.captured(1);
            QStringList code;
            for (++n; n < lines.size() && !lines.at(n).trimmed().startsWith(marker); ++n)
                code.append(lines.at(n));
            blocks.append(code.join(QLatin1Char('\n')));
            continue;
        }
        while (quoteMarker.match(line).hasMatch())
            line.remove(0, quoteMarker.match(line).capturedLength());
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (!paragraph.isEmpty() && !listOpen && setext.match(line).hasMatch()) {
            if (firstHeading.isEmpty())
                firstHeading = markdownInline(paragraph.trimmed());
            flush();
            continue;
        }
        if (rule.match(line).hasMatch() || definition.match(line).hasMatch()) {
            flush();
            continue;
        }
        const auto headingMatch = heading.match(line);
        if (headingMatch.hasMatch()) {
            flush();
            const QString text = markdownInline(headingMatch.captured(2).trimmed());
            if (firstHeading.isEmpty())
                firstHeading = text;
            if (!text.isEmpty())
                blocks.append(text);
            continue;
        }
        const auto bulletMatch = bullet.match(line);
        const auto orderedMatch = ordered.match(line);
        if (bulletMatch.hasMatch() || orderedMatch.hasMatch()) {
            const QString item = bulletMatch.hasMatch()
                                     ? QStringLiteral("\u2022 ") + bulletMatch.captured(1)
                                     : orderedMatch.captured(1) + QLatin1Char(' ') + orderedMatch.captured(2);
            if (listOpen) {
                paragraph.append(QLatin1Char('\n') + item);
            } else {
                flush();
                paragraph = item;
                listOpen = true;
            }
            continue;
        }
        // A line that ends in two spaces or a backslash is a hard break; others join with a space.
        const bool hardBreak = line.endsWith(QLatin1String("  ")) || line.endsWith(QLatin1Char('\\'));
        QString content = line.trimmed();
        if (content.endsWith(QLatin1Char('\\')))
            content.chop(1);
        if (!paragraph.isEmpty() && !paragraph.endsWith(QLatin1Char('\n')))
            paragraph.append(QLatin1Char(' '));
        paragraph.append(content);
        if (hardBreak)
            paragraph.append(QLatin1Char('\n'));
    }
    flush();
    if (title)
        *title = firstHeading;
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace tickerline
