// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `tickerline brief` on the bundled episode, its PDF read back with pdftotext and its
// HTML read as text, both checked against what `study --json` and `quotes --json` print for the
// same database and against the store's own rows.
#include "imports/bundleddataset.h"
#include "store/filestore.h"

#include "support/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tickerline;

namespace {

const QString kSelloff = QStringLiteral("market-selloff-2025-01-27");
const QString kStatement = QStringLiteral("altman-deepseek-statement-2025-01-28");
const QString kRelease = QStringLiteral("deepseek-r1-release-2025-01-20");

using Run = testing::CliRun;
using testing::readAll;

// Runs of white space as one space: a table cell or a wrapped line reads the same.
QString simplified(const QString &text)
{
    return text.simplified();
}

// The numbers of a line of figures, with the true minus sign read as one: "−2.83 % +8.07 %" → {-2.83, 8.07}.
QList<double> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("([+−-]?)(\\d[\\d,]*(?:\\.\\d+)?)"));
    QList<double> numbers;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const double value = match.captured(2).remove(QLatin1Char(',')).toDouble();
        numbers << (match.captured(1).isEmpty() || match.captured(1) == QLatin1String("+") ? value : -value);
    }
    return numbers;
}

// What the application prints for a move: "−16.97 %", a true minus, two places.
QString signedPercent(double percent)
{
    const double rounded = std::round(percent * 100) / 100;
    return (rounded < 0 ? QStringLiteral("−") : QStringLiteral("+")) + QString::number(std::abs(rounded), 'f', 2) +
           QStringLiteral(" %");
}

QString grouped(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    for (qsizetype i = text.indexOf(QLatin1Char('.')) - 3; i > 0; i -= 3)
        text.insert(i, QLatin1Char(','));
    return text;
}

} // namespace

class TestBriefCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_pdftotext;

    Run run(const QStringList &args)
    {
        return testing::runTickerline(m_dir.path(), QStringList{QStringLiteral("--db"), m_db} + args);
    }

    QJsonDocument runJson(const QStringList &args)
    {
        const Run result = run(args);
        if (result.status != 0)
            qWarning("%s", qPrintable(result.err));
        return QJsonDocument::fromJson(result.out);
    }

    QString brief(const QString &event, const QString &name, const QStringList &more = {})
    {
        const QString out = m_dir.filePath(name);
        QFile::remove(out);
        const Run result =
            run(QStringList{QStringLiteral("brief"), QStringLiteral("--event"), event, QStringLiteral("--out"), out} +
                more);
        if (result.status != 0)
            qWarning("%s", qPrintable(result.err));
        return result.status == 0 ? out : QString();
    }

    QString pdfText(const QString &pdf, bool layout)
    {
        QProcess process;
        QStringList args;
        if (layout)
            args << QStringLiteral("-layout");
        process.start(m_pdftotext, args << pdf << QStringLiteral("-"));
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The cells of the HTML table rows whose first cell is `symbol`, tags removed.
    static QList<QStringList> htmlRows(const QString &html, const QString &symbol)
    {
        QList<QStringList> rows;
        const QRegularExpression row(
            QStringLiteral("<tr><td>%1</td>(.*?)</tr>").arg(QRegularExpression::escape(symbol)));
        static const QRegularExpression cell(QStringLiteral("<td[^>]*>(.*?)</td>"));
        static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
        for (auto it = row.globalMatch(html); it.hasNext();) {
            QStringList cells;
            const QString inner = it.next().captured(1);
            for (auto c = cell.globalMatch(inner); c.hasNext();)
                cells << c.next().captured(1).remove(tag);
            rows << cells;
        }
        return rows;
    }

    // The study of `symbol` as `tickerline study --json` prints it.
    QJsonObject study(const QString &event, const QString &symbol)
    {
        return runJson({QStringLiteral("study"), QStringLiteral("--event"), event, QStringLiteral("--symbol"), symbol,
                        QStringLiteral("--json")})
            .object();
    }

    // The study's figures in the order the brief's table gives them: abnormal returns by day in
    // %, CAR in %, t.
    static QList<double> studyFigures(const QJsonObject &study)
    {
        QList<double> figures;
        for (const QJsonValue &day : study[QStringLiteral("days")].toArray())
            figures << 100 * day[QStringLiteral("abnormal")].toDouble();
        figures << 100 * study[QStringLiteral("car")].toDouble() << study[QStringLiteral("t_stat")].toDouble();
        return figures;
    }

    static void compareFigures(const QList<double> &shown, const QList<double> &expected, const QString &what)
    {
        QVERIFY2(
            shown.size() == expected.size(),
            qPrintable(
                QStringLiteral("%1: %2 figures shown, %3 expected").arg(what).arg(shown.size()).arg(expected.size())));
        for (qsizetype i = 0; i < shown.size(); ++i)
            QVERIFY2(std::abs(shown[i] - expected[i]) <= 0.0051,
                     qPrintable(QStringLiteral("%1, figure %2: %3 shown, %4 expected")
                                    .arg(what)
                                    .arg(i)
                                    .arg(shown[i])
                                    .arg(expected[i])));
    }

    // "NVDA −16.97 %: 24,490.0 M shares × ($118.42 − $142.62) = −$592.7 B" from the store's rows.
    QString expectedDerivation(const QString &ticker, const QString &session)
    {
        FileStore store(m_db, Store::Open::ReadOnly);
        const Symbol symbol = *store.symbol(ticker);
        const PriceSeries series = store.series(ticker);
        std::size_t index = 0;
        while (index < series.bars.size() &&
               series.bars[index].tsMs < QDateTime::fromString(session, Qt::ISODate).toMSecsSinceEpoch())
            ++index;
        const double close = series.bars[index].close, previous = series.bars[index - 1].close;
        const double value = double(*symbol.sharesOutstanding) * (close - previous) / 1e9;
        return QStringLiteral("%1 %2: %3 M shares × ($%4 − $%5) = %6$%7 B")
            .arg(ticker, signedPercent(100 * (close / previous - 1)), grouped(*symbol.sharesOutstanding / 1e6, 1),
                 grouped(close, 2), grouped(previous, 2), value < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                 grouped(std::abs(value), 1));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed; scripts/deps.sh installs it");
        m_db = m_dir.filePath(QStringLiteral("episode.tickerline"));
        FileStore store(m_db);
        installBundledDataset(store);
    }

    // The selloff's brief as a PDF: A4, numbered pages, and the figures of study --json and of
    // the store, read back as text.
    void selloffPdf()
    {
        const QString pdf = brief(kSelloff, QStringLiteral("selloff.pdf"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        const QString layout = pdfText(pdf, true);
        const QString text = simplified(pdfText(pdf, false));
        QVERIFY2(text.contains(QStringLiteral("Tech selloff: Nvidia −16.97 %, about $589 billion")),
                 qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("2025-01-27 09:30 – 16:00 EST")));
        QVERIFY(text.contains(QStringLiteral("2025-01-27 14:30 – 21:00 UTC")));
        QVERIFY(text.contains(
            QStringLiteral("Monday 2025-01-27, 09:30–16:00 New York: the event came during the session")));
        const int pages = int(layout.count(QLatin1Char('\f')));
        QVERIFY(pages >= 2);
        QVERIFY(text.contains(QStringLiteral("page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages)));

        // The market value, derived from the stored share counts and closes.
        for (const char *ticker : {"NVDA", "AVGO", "META", "CEG"})
            QVERIFY2(text.contains(expectedDerivation(QLatin1String(ticker), QStringLiteral("2025-01-27T00:00:00Z"))),
                     qPrintable(expectedDerivation(QLatin1String(ticker), QStringLiteral("2025-01-27T00:00:00Z"))));
        QVERIFY(text.contains(QStringLiteral("−$592.7 B"))); // NVDA, about $593 billion (DESIGN.md §8)

        // The event study: each symbol's row holds study --json's abnormal returns, CAR and t.
        for (const char *ticker : {"NVDA", "AVGO", "MSFT", "^IXIC"}) {
            const QJsonObject expected = study(kSelloff, QLatin1String(ticker));
            QCOMPARE(expected[QStringLiteral("benchmark")].toString(), QStringLiteral("SPY"));
            const qsizetype columns = expected[QStringLiteral("days")].toArray().size() + 2;
            QList<double> shown;
            for (const QString &line : layout.split(QLatin1Char('\n'))) {
                const QString trimmed = line.trimmed();
                if (trimmed.startsWith(QLatin1String(ticker) + QLatin1Char(' ')) &&
                    trimmed.count(QLatin1Char('%')) == columns - 1)
                    shown = numbersIn(trimmed.mid(qstrlen(ticker)));
            }
            compareFigures(shown, studyFigures(expected), QLatin1String(ticker));
        }

        // The quote, as quotes --json gives it.
        const QJsonArray quotes = runJson({QStringLiteral("quotes"), QStringLiteral("--json")}).array();
        int count = 0;
        const QString again = simplified(pdfText(brief(kSelloff, QStringLiteral("selloff.pdf")), false));
        for (const QJsonValue &quote : quotes) {
            if (quote[QStringLiteral("event")].toString() != kSelloff)
                continue;
            ++count;
            QVERIFY(again.contains(QStringLiteral("“%1”").arg(simplified(quote[QStringLiteral("exact")].toString()))));
            QVERIFY(again.contains(QStringLiteral("anchor %1, characters %2–%3")
                                       .arg(quote[QStringLiteral("status")].toString())
                                       .arg(quote[QStringLiteral("start")].toInt())
                                       .arg(quote[QStringLiteral("end")].toInt())));
        }
        QVERIFY(count > 0);
        QVERIFY(again.contains(QStringLiteral("Quotes (%1)").arg(count)));

        // Links both ways.
        QVERIFY(text.contains(QStringLiteral("follows DeepSeek releases R1")));
        QVERIFY(text.contains(QStringLiteral("— responds-to this event")));
    }

    // Altman's Monday statement: three zones, the session it reached after the close, its quotes
    // with their speaker and source, and the events it responds to.
    void statementPdf()
    {
        const QString pdf = brief(kStatement, QStringLiteral("statement.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = simplified(pdfText(pdf, false));
        QVERIFY(text.contains(QStringLiteral("2025-01-27 21:29:53 EST")));
        QVERIFY(text.contains(QStringLiteral("2025-01-28 02:29:53 UTC")));
        QVERIFY(text.contains(QStringLiteral("2025-01-27 18:29:53 PST (America/Los_Angeles, the event's own zone)")));
        QVERIFY(
            text.contains(QStringLiteral("Tuesday 2025-01-28, 09:30–16:00 New York: the event came after the close")));
        QVERIFY(text.contains(QStringLiteral("Market reaction on 2025-01-28")));
        QVERIFY(text.contains(expectedDerivation(QStringLiteral("NVDA"), QStringLiteral("2025-01-28T00:00:00Z"))));
        const QJsonObject nvda = study(kStatement, QStringLiteral("NVDA"));
        QCOMPARE(nvda[QStringLiteral("first_session")].toString(), QStringLiteral("2025-01-28"));
        const QString layout = pdfText(pdf, true);
        QList<double> shown;
        for (const QString &line : layout.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("NVDA ")) && line.count(QLatin1Char('%')) == 8)
                shown = numbersIn(line.trimmed().mid(4));
        }
        compareFigures(shown, studyFigures(nvda), QStringLiteral("NVDA"));

        FileStore store(m_db, Store::Open::ReadOnly);
        const QList<Quote> quotes = store.quotesOfEvent(kStatement);
        QVERIFY(quotes.size() >= 2);
        for (const Quote &quote : quotes) {
            QVERIFY2(text.contains(QStringLiteral("“%1”").arg(simplified(quote.exact))), qPrintable(quote.exact));
            QVERIFY(text.contains(quote.uid));
        }
        QVERIFY(text.contains(QStringLiteral("Sam Altman")));
        QVERIFY(text.contains(QStringLiteral("responds-to %1").arg(store.event(kRelease)->title)));
        QVERIFY(text.contains(QStringLiteral("responds-to %1").arg(store.event(kSelloff)->title)));
    }

    // A day-precision event shows its date, never 00:00, and the holiday it fell on.
    void dayPrecision()
    {
        const QString text = simplified(pdfText(brief(kRelease, QStringLiteral("release.pdf")), false));
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QStringLiteral("2025-01-20 00:00")));
        QVERIFY(!text.contains(QStringLiteral("2025-01-19")));
        QVERIFY(text.contains(QStringLiteral("New York 2025-01-20")));
        QVERIFY(text.contains(QStringLiteral("Martin Luther King Jr. Day")));
        QVERIFY(text.contains(QStringLiteral("Tuesday 2025-01-21")));
    }

    // The HTML: self-contained (no script, images inline, no remote style), and the same figures.
    void selloffHtml()
    {
        const QString path = brief(kSelloff, QStringLiteral("selloff.html"));
        QVERIFY(!path.isEmpty());
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
        static const QRegularExpression source(QStringLiteral("src=\"([^\"]*)\""));
        int images = 0;
        for (auto it = source.globalMatch(html); it.hasNext(); ++images)
            QVERIFY(it.next().captured(1).startsWith(QStringLiteral("data:image/png;base64,")));
        QCOMPARE(images, 1);
        QCOMPARE(html.count(QStringLiteral("<img")), 1);
        const QString text = simplified(html);
        QVERIFY(text.contains(expectedDerivation(QStringLiteral("NVDA"), QStringLiteral("2025-01-27T00:00:00Z"))));
        for (const char *ticker : {"NVDA", "SMCI"}) {
            const QJsonObject expected = study(kSelloff, QLatin1String(ticker));
            const qsizetype columns = expected[QStringLiteral("days")].toArray().size() + 2;
            QList<double> shown;
            for (const QStringList &cells : htmlRows(html, QLatin1String(ticker))) {
                if (cells.size() == columns)
                    shown = numbersIn(cells.join(QLatin1Char(' ')));
            }
            compareFigures(shown, studyFigures(expected), QLatin1String(ticker));
        }
        // Provenance: every dataset the brief draws on, as the store holds it.
        FileStore store(m_db, Store::Open::ReadOnly);
        for (const DatasetInfo &info : store.datasets()) {
            if (info.uid == QLatin1String("deepseek-r1-episode-events") ||
                info.uid == QLatin1String("shares-outstanding"))
                QVERIFY2(html.contains(info.name.toHtmlEscaped()), qPrintable(info.name));
        }
    }

    // The footer prints what the store holds: a dataset's origin changed in the database is the
    // origin the brief names.
    void provenanceFromTheStore()
    {
        const QString copy = m_dir.filePath(QStringLiteral("changed.tickerline"));
        QVERIFY(QFile::copy(m_db, copy));
        {
            FileStore store(copy);
            store.database().exec("UPDATE datasets SET origin = 'https://example.org/episode/facts.md', "
                                  "licence = 'CC-BY-4.0 (test)' WHERE uid = 'deepseek-r1-episode-events'");
        }
        const QString saved = m_db;
        m_db = copy;
        const QString text = simplified(pdfText(brief(kSelloff, QStringLiteral("changed.pdf")), false));
        m_db = saved;
        QVERIFY(text.contains(QStringLiteral("origin: https://example.org/episode/facts.md")));
        QVERIFY(text.contains(QStringLiteral("licence: CC-BY-4.0 (test)")));
        QVERIFY(!text.contains(QStringLiteral("shared/data/EVENT_FACTS.md")));
    }

    // Chosen symbols, benchmark and window reach the document.
    void options()
    {
        const QString path =
            brief(kSelloff, QStringLiteral("options.html"),
                  {QStringLiteral("--symbols"), QStringLiteral("NVDA,AVGO"), QStringLiteral("--benchmark"),
                   QStringLiteral("QQQ"), QStringLiteral("--window"), QStringLiteral("0,2")});
        QVERIFY(!path.isEmpty());
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(htmlRows(html, QStringLiteral("MSFT")).isEmpty());
        const QJsonObject expected =
            runJson({QStringLiteral("study"), QStringLiteral("--event"), kSelloff, QStringLiteral("--symbol"),
                     QStringLiteral("AVGO"), QStringLiteral("--benchmark"), QStringLiteral("QQQ"),
                     QStringLiteral("--window"), QStringLiteral("0,2"), QStringLiteral("--json")})
                .object();
        QList<double> shown;
        for (const QStringList &cells : htmlRows(html, QStringLiteral("AVGO"))) {
            if (cells.size() == 5)
                shown = numbersIn(cells.join(QLatin1Char(' ')));
        }
        compareFigures(shown, studyFigures(expected), QStringLiteral("AVGO against QQQ"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown event") << QStringList{QStringLiteral("--event"), QStringLiteral("no-such-event")} << 1
                                       << QStringLiteral("no event \"no-such-event\"");
        QTest::newRow("unknown symbol") << QStringList{QStringLiteral("--event"), kSelloff, QStringLiteral("--symbols"),
                                                       QStringLiteral("NVDA,NOPE")}
                                        << 1 << QStringLiteral("no symbol \"NOPE\"");
        QTest::newRow("unknown benchmark")
            << QStringList{QStringLiteral("--event"), kSelloff, QStringLiteral("--benchmark"), QStringLiteral("NOPE")}
            << 1 << QStringLiteral("no symbol \"NOPE\"");
        QTest::newRow("bad window") << QStringList{QStringLiteral("--event"), kSelloff, QStringLiteral("--window"),
                                                   QStringLiteral("5,-1")}
                                    << 2 << QStringLiteral("--window: 5 comes after -1");
        QTest::newRow("no event") << QStringList{} << 2 << QStringLiteral("--event is required");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        QFile::remove(out);
        const Run result = run(QStringList{QStringLiteral("brief"), QStringLiteral("--out"), out} + args);
        QCOMPARE(result.status, status);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(out));

        const Run wrongType = run({QStringLiteral("brief"), QStringLiteral("--event"), kSelloff,
                                   QStringLiteral("--out"), m_dir.filePath(QStringLiteral("brief.docx"))});
        QCOMPARE(wrongType.status, 2);
        QVERIFY(wrongType.err.contains(QStringLiteral("not a .pdf or .html file")));
    }
};

QTEST_GUILESS_MAIN(TestBriefCommand)
#include "tst_briefcommand.moc"
