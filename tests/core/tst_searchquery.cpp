// SPDX-License-Identifier: GPL-3.0-or-later
// How a typed search is read, the same on a file and on a server: words, "phrases", or, -exclusions.
#include "store/searchquery.h"

#include <QtTest>

using namespace tickerline;

namespace {

// An alternative written as the test reads it: "word", "-word", "\"a phrase\"".
QStringList written(const QList<SearchQuery::Term> &alternative)
{
    QStringList terms;
    for (const SearchQuery::Term &term : alternative) {
        const QString text =
            term.text.contains(QLatin1Char(' ')) ? QLatin1Char('"') + term.text + QLatin1Char('"') : term.text;
        terms << (term.excluded ? QLatin1Char('-') + text : text);
    }
    return terms;
}

QString written(const SearchQuery &query)
{
    QStringList alternatives;
    for (const QList<SearchQuery::Term> &alternative : query.alternatives)
        alternatives << written(alternative).join(QLatin1Char(' '));
    return alternatives.join(QStringLiteral(" | "));
}

} // namespace

class tst_SearchQuery final : public QObject
{
    Q_OBJECT

private slots:
    void readsAsAWebSearch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("read");
        QTest::newRow("words") << "nvidia  selloff"
                               << "nvidia selloff";
        QTest::newRow("phrase") << "\"cut your   expectations\" 100x"
                                << "\"cut your expectations\" 100x";
        QTest::newRow("phrase of one word") << "\"nvidia\""
                                            << "nvidia";
        QTest::newRow("unclosed phrase runs to the end") << "altman \"cut your"
                                                         << "altman \"cut your\"";
        QTest::newRow("or, any case") << "stargate OR deepseek or r1"
                                      << "stargate | deepseek | r1";
        QTest::newRow("and binds tighter than or") << "a b or c"
                                                   << "a b | c";
        QTest::newRow("exclusions") << "nvidia -stargate -\"wake up\""
                                    << "nvidia -stargate -\"wake up\"";
        QTest::newRow("exclusion in an alternative") << "a -b or c"
                                                     << "a -b | c";
        QTest::newRow("only exclusions match nothing") << "-nvidia"
                                                       << "";
        QTest::newRow("an alternative of only exclusions is dropped") << "a or -b"
                                                                      << "a";
        QTest::newRow("or at the ends and twice") << "or a or or b or"
                                                  << "a | b";
        QTest::newRow("quoted or is a word") << "\"or\" a"
                                             << "or a";
        QTest::newRow("excluded or is a word") << "a -or"
                                               << "a -or";
        QTest::newRow("hyphen inside a word") << "deepseek-r1 -x-y"
                                              << "deepseek-r1 -x-y";
        QTest::newRow("quote inside a word") << "x\"y z\"w"
                                             << "x \"y z\" w";
        QTest::newRow("punctuation only") << "&& || ! - \"\" \" , \" ( )"
                                          << "";
        QTest::newRow("engine syntax is text") << "NEAR(a b) title:x a*"
                                               << "NEAR(a b) title:x a*";
        QTest::newRow("chinese") << QStringLiteral("深度求索 \"英伟达 股价\"")
                                 << QStringLiteral("深度求索 \"英伟达 股价\"");
        QTest::newRow("empty") << "   "
                               << "";
    }

    void readsAsAWebSearch()
    {
        QFETCH(QString, typed);
        QFETCH(QString, read);
        const SearchQuery query = SearchQuery::parse(typed);
        QCOMPARE(written(query), read);
        QCOMPARE(query.isEmpty(), read.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_SearchQuery)
#include "tst_searchquery.moc"
