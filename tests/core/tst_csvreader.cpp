// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "io/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;

namespace {

struct Row
{
    int line;
    QStringList fields;
};

QList<Row> readAll(const QByteArray &data, char separator = ',')
{
    CsvReader reader(data, QStringLiteral("test.csv"), separator);
    CsvRecord record;
    QList<Row> rows;
    while (reader.next(record))
        rows << Row{record.line(), record.texts()};
    return rows;
}

QString errorOf(const QByteArray &data)
{
    try {
        readAll(data);
    } catch (const Error &error) {
        return error.message();
    }
    return QStringLiteral("no error");
}

QStringList fields(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void plainRecordsCarryTheirLines()
    {
        const auto rows = readAll("Date,Close\n2025-01-24,142.62\n2025-01-27,118.42\n");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].fields, fields({"Date", "Close"}));
        QCOMPARE(rows[2].fields, fields({"2025-01-27", "118.42"}));
        QCOMPARE(rows[0].line, 1);
        QCOMPARE(rows[2].line, 3);
    }

    void byteOrderMarkIsDropped()
    {
        const auto rows = readAll("\xEF\xBB\xBF"
                                  "Date,Ticker\n2025-01-27,^SOX\n");
        QCOMPARE(rows[0].fields.first(), QStringLiteral("Date"));
        QCOMPARE(rows[1].fields, fields({"2025-01-27", "^SOX"}));
    }

    void everyLineEndCounts()
    {
        const auto rows = readAll("a,b\r\nc,d\re,f\ng,h");
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].fields, fields({"c", "d"}));
        QCOMPARE(rows[2].fields, fields({"e", "f"}));
        QCOMPARE(rows[3].fields, fields({"g", "h"}));
        QCOMPARE(rows[3].line, 4);
    }

    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks()
    {
        const auto rows =
            readAll("title,text\r\n\"Stargate, $500bn\",\"He said \"\"no\"\"\r\nthen left\"\r\nnext,\"\"\n");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].fields, fields({"Stargate, $500bn", "He said \"no\"\nthen left"}));
        QCOMPARE(rows[1].line, 2);
        QCOMPARE(rows[2].line, 4); // the line break inside the quotes counts
        QCOMPARE(rows[2].fields, fields({"next", ""}));
    }

    void blankLinesAreSkipped()
    {
        const auto rows = readAll("a,b\n\n   \r\n\r\nc,d\n\n");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].line, 5);
        QCOMPARE(rows[1].fields, fields({"c", "d"}));
    }

    void emptyFieldsSurvive()
    {
        const auto rows = readAll("2025-01-01,,,,,\nx,\"\",y,\n");
        QCOMPARE(rows[0].fields, fields({"2025-01-01", "", "", "", "", ""}));
        QCOMPARE(rows[1].fields, fields({"x", "", "y", ""}));
    }

    void quoteInsideAnUnquotedFieldIsText()
    {
        const auto rows = readAll("12\" vinyl,b\n");
        QCOMPARE(rows[0].fields, fields({"12\" vinyl", "b"}));
    }

    void unicodeTextIsDecoded()
    {
        const auto rows = readAll("name\n\xE2\x80\x9CWinners\xE2\x80\x9D \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x93\x89\n");
        QCOMPARE(rows[1].fields.first(), QStringLiteral("\u201CWinners\u201D \u4E2D\u6587 \U0001F4C9"));
    }

    void otherSeparators()
    {
        const auto rows = readAll("Date;Close\n2025-01-27;\"118,42\"\n", ';');
        QCOMPARE(rows[1].fields, fields({"2025-01-27", "118,42"}));
    }

    void unterminatedQuoteNamesTheLineItOpensOn()
    {
        QCOMPARE(errorOf("a,b\nc,\"never closed\nmore\nlines\n"),
                 QStringLiteral("test.csv:2: field 2: the quote opened here is never closed"));
    }

    void textAfterClosingQuoteIsRefused()
    {
        QCOMPARE(errorOf("a,b\n\"x\"y,z\n"),
                 QStringLiteral("test.csv:2: field 1: text after the closing quote (write a quote inside a quoted "
                                "field as \"\")"));
    }

    void invalidUtf8IsRefusedWithItsLine()
    {
        QCOMPARE(errorOf("a,b\nc,d\ncaf\xE9,x\n"),
                 QStringLiteral("test.csv:3: invalid UTF-8 (byte 0xe9 at byte offset 11); save the file as UTF-8"));
        QVERIFY(errorOf("a\n\xC0\x80\n").startsWith(QStringLiteral("test.csv:2: invalid UTF-8")));  // overlong NUL
        QVERIFY(errorOf("\xED\xA0\x80\n").startsWith(QStringLiteral("test.csv:1: invalid UTF-8"))); // surrogate
        QVERIFY(errorOf("a\r\nb\xF4\x90\x80\x80\n").startsWith(QStringLiteral("test.csv:2: invalid UTF-8")));
    }

    void nulByteIsRefused()
    {
        QCOMPARE(errorOf(QByteArray("a,b\r\nc,d\r\ne,\0f\r\n", 16)),
                 QStringLiteral("test.csv:3: NUL byte at byte offset 12; this is not a text file"));
    }

    void hugeFieldsAreRefused()
    {
        QByteArray big = "a,b\nx,";
        big.append(QByteArray(CsvReader::kMaxFieldBytes + 1, 'z'));
        QCOMPARE(errorOf(big), QStringLiteral("test.csv:2: field 2 is longer than 1 MB"));
        QByteArray bigQuoted = "a\n\"";
        bigQuoted.append(QByteArray(CsvReader::kMaxFieldBytes + 1, 'z'));
        bigQuoted.append('"');
        QCOMPARE(errorOf(bigQuoted), QStringLiteral("test.csv:2: field 1 is longer than 1 MB"));
        QByteArray justFits = "a\n";
        justFits.append(QByteArray(CsvReader::kMaxFieldBytes, 'z'));
        QCOMPARE(readAll(justFits).at(1).fields.first().size(), CsvReader::kMaxFieldBytes);
    }

    void manyRowsAreReadWithTheirLines()
    {
        QByteArray data = "Date,Close\n";
        const int rows = 200'000;
        data.reserve(rows * 20);
        for (int i = 0; i < rows; ++i)
            data += QByteArray::number(i) + ',' + QByteArray::number(i * 2) + '\n';
        CsvReader reader(data, QStringLiteral("big.csv"));
        CsvRecord record;
        int count = 0;
        qint64 sum = 0;
        while (reader.next(record)) {
            if (count++ > 0)
                sum += record.raw(1).toLongLong();
        }
        QCOMPARE(count, rows + 1);
        QCOMPARE(record.line(), rows + 1);
        QCOMPARE(sum, qint64(rows) * (rows - 1));
    }

    void realFileHasAllItsRecords()
    {
        const QByteArray data = CsvReader::readFile(QStringLiteral(TICKERLINE_TEST_DATA "/prices/QQQ.csv"));
        const auto rows = readAll(data);
        QCOMPARE(rows.size(), 754);
        QCOMPARE(rows.last().fields.first(), QStringLiteral("2026-07-02"));
        QCOMPARE(rows.last().line, 754);
    }

    // A file of 64 MB or more is read in two halves at once; it comes back byte for byte.
    void largeFileIsReadWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.csv"));
        QByteArray written;
        for (int line = 0; written.size() < (65 << 20) + 7; ++line)
            written += "row " + QByteArray::number(line) + ",\"text, quoted\"," + QByteArray::number(line * 7) + '\n';
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(written), written.size());
        file.close();
        const QByteArray read = CsvReader::readFile(path);
        QCOMPARE(read.size(), written.size());
        QVERIFY(read == written);
    }

    void missingFileIsNamed()
    {
        const QString path = QStringLiteral(TICKERLINE_TEST_DATA "/prices/does-not-exist.csv");
        try {
            CsvReader::readFile(path);
            QFAIL("no error");
        } catch (const Error &error) {
            QVERIFY(error.message().startsWith(path + QStringLiteral(": cannot open")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
