// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sourcelistmodel.h"
#include "time/isotime.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace tickerline;

namespace {

QList<Source> sources()
{
    Source article;
    article.uid = QStringLiteral("futurism-altman-deepseek");
    article.kind = QStringLiteral("article");
    article.title = QStringLiteral("Sam Altman Says DeepSeek Is Impressive");
    article.outlet = QStringLiteral("Futurism");
    article.author = QStringLiteral("Victor Tangermann");
    article.url = QStringLiteral("https://futurism.com/altman-deepseek");
    article.publishedMs = parseIsoTime(QStringLiteral("2025-01-28")).value().ms;
    article.precision = Precision::Day;
    article.uncertain = true;

    Source post;
    post.uid = QStringLiteral("altman-post-2025-01-20");
    post.kind = QStringLiteral("post");
    post.title = QStringLiteral("twitter hype is out of control again");
    post.outlet = QStringLiteral("X");
    post.author = QStringLiteral("Sam Altman");
    post.publishedMs = parseIsoTime(QStringLiteral("2025-01-20T08:32:19Z")).value().ms;
    post.precision = Precision::Second;

    Source undated;
    undated.uid = QStringLiteral("undated-note");
    undated.kind = QStringLiteral("memo"); // a kind this version does not know
    undated.title = QStringLiteral("备忘录");
    return {article, post, undated};
}

} // namespace

class TestSourceListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester()
    {
        SourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(sources());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SourceListModel::ColumnCount));
        model.setSources({});
        QCOMPARE(model.rowCount(), 0);
    }

    void showsEachColumn()
    {
        SourceListModel model;
        model.setSources(sources());
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, SourceListModel::OutletColumn), QStringLiteral("Futurism"));
        QCOMPARE(text(0, SourceListModel::TitleColumn), QStringLiteral("Sam Altman Says DeepSeek Is Impressive"));
        QCOMPARE(text(0, SourceListModel::DateColumn), QStringLiteral("~2025-01-28"));
        QCOMPARE(text(0, SourceListModel::KindColumn), QStringLiteral("Article"));
        QCOMPARE(text(0, SourceListModel::UrlColumn), QStringLiteral("https://futurism.com/altman-deepseek"));
        QCOMPARE(model.index(0, SourceListModel::TitleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Sam Altman Says DeepSeek Is Impressive, by Victor Tangermann"));
        QCOMPARE(model.index(0, SourceListModel::DateColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2025-01-28 (uncertain date)"));

        QCOMPARE(text(1, SourceListModel::DateColumn), QStringLiteral("2025-01-20 08:32:19"));
        QCOMPARE(text(1, SourceListModel::KindColumn), QStringLiteral("Post"));

        QCOMPARE(text(2, SourceListModel::DateColumn), QString());
        QCOMPARE(text(2, SourceListModel::KindColumn), QStringLiteral("memo"));
        QCOMPARE(text(2, SourceListModel::TitleColumn), QStringLiteral("备忘录"));
        QVERIFY(!model.index(2, 0).data(SourceListModel::PublishedMsRole).isValid());
        QCOMPARE(model.index(1, 3).data(SourceListModel::UidRole).toString(), QStringLiteral("altman-post-2025-01-20"));
        QCOMPARE(model.rowOfSource(QStringLiteral("undated-note")), 2);
        QCOMPARE(model.rowOfSource(QStringLiteral("missing")), -1);
    }

    void sortsDatesAsTimeWithUnknownFirst()
    {
        SourceListModel model;
        model.setSources(sources());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SourceListModel::SortRole);
        proxy.sort(SourceListModel::DateColumn);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, 0).data(SourceListModel::UidRole).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("undated-note"), QStringLiteral("altman-post-2025-01-20"),
                                     QStringLiteral("futurism-altman-deepseek")}));
    }
};

QTEST_GUILESS_MAIN(TestSourceListModel)
#include "tst_sourcelistmodel.moc"
