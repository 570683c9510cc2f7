// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectorpane.h"
#include "imports/bundleddataset.h"
#include "models/eventselection.h"
#include "store/filestore.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tickerline;

class tst_InspectorPane final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<FileStore>(m_dir.filePath(QStringLiteral("bundled.db")));
        installBundledDataset(*m_store);
    }

    void emptyState()
    {
        EventSelection selection;
        InspectorPane pane(*m_store, &selection);
        QVERIFY(pane.plainText().contains(QStringLiteral("Select an event")));
    }

    void selloffShowsTheMarketReactionFromData()
    {
        EventSelection selection;
        InspectorPane pane(*m_store, &selection);
        selection.setCurrentEvent(QStringLiteral("market-selloff-2025-01-27"));
        const QString text = pane.plainText();
        QVERIFY2(text.contains(QStringLiteral("Tech selloff")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2025-01-27 14:30 UTC – 2025-01-27 21:00 UTC")));
        QVERIFY(text.contains(QStringLiteral("2025-01-27 09:30 EST")));
        // NVDA's move, its abnormal return against SPY that day and summed over −1…+5 (as
        // `tickerline study` computes them; tst_cli checks those against the closes), and its
        // market value, from the bundled closes and share count.
        QVERIFY2(text.contains(QStringLiteral("NVDA\n−16.97 %\n−15.55 %\n−19.05 %\n−$592.7 B")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Abnormal = the move less SPY's that session")));
        // The 13 companies together: the article's "more than $1 trillion tech wipeout".
        QVERIFY2(text.contains(QStringLiteral("Total of 13 companies\n−$1,246.7 B")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("a more than $1 trillion tech wipeout")));
    }

    // The window's locale (--lang, set as the default QLocale) writes the dates, percentages and
    // market values: German 27.01.2025 and −16,97 %, Japanese 2025/01/27.
    void reactionInTheWindowsLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("inNewYork");
        QTest::addColumn<QString>("nvda");
        QTest::addColumn<QString>("total");
        QTest::newRow("de") << "de"
                            << "27.01.2025 14:30 UTC – 27.01.2025 21:00 UTC"
                            << "27.01.2025 09:30 EST"
                            << "NVDA\n−16,97 %\n−15,55 %\n−19,05 %\n−$592,7 B"
                            << "−$1.246,7 B";
        QTest::newRow("ja") << "ja"
                            << "2025/01/27 14:30 UTC – 2025/01/27 21:00 UTC"
                            << "2025/01/27 09:30 EST"
                            << "NVDA\n−16.97 %\n−15.55 %\n−19.05 %\n−$592.7 B"
                            << "−$1,246.7 B";
    }

    void reactionInTheWindowsLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, when);
        QFETCH(QString, inNewYork);
        QFETCH(QString, nvda);
        QFETCH(QString, total);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        EventSelection selection;
        InspectorPane pane(*m_store, &selection);
        selection.setCurrentEvent(QStringLiteral("market-selloff-2025-01-27"));
        const QString text = pane.plainText();
        QVERIFY2(text.contains(when), qPrintable(text));
        QVERIFY2(text.contains(inNewYork), qPrintable(text));
        QVERIFY2(text.contains(nvda), qPrintable(text));
        QVERIFY2(text.contains(total), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("2025-01-27")), qPrintable(text));
    }

    void statementShowsItsQuotesAndLinks()
    {
        EventSelection selection;
        InspectorPane pane(*m_store, &selection);
        selection.setCurrentEvent(QStringLiteral("altman-deepseek-statement-2025-01-28"));
        const QString text = pane.plainText();
        QVERIFY(text.contains(QStringLiteral("exact “look forward to bringing you all AGI and beyond.”")));
        QVERIFY(text.contains(QStringLiteral("responds-to DeepSeek releases R1")));
        // Monday evening in San Francisco.
        QVERIFY2(text.contains(QStringLiteral("2025-01-27 18:29:53 PST")), qPrintable(text));
    }

    void linksSelectEventsAndQuotes()
    {
        EventSelection selection;
        InspectorPane pane(*m_store, &selection);
        selection.setCurrentEvent(QStringLiteral("altman-deepseek-statement-2025-01-28"));
        auto *browser = pane.findChild<QTextBrowser *>();
        QSignalSpy quotes(&pane, &InspectorPane::quoteActivated);
        emit browser->anchorClicked(QUrl(QStringLiteral("quote:q-sama-statement-agi")));
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().first().toString(), QStringLiteral("q-sama-statement-agi"));
        emit browser->anchorClicked(QUrl(QStringLiteral("event:deepseek-r1-release-2025-01-20")));
        QCOMPARE(selection.currentEvent(), QStringLiteral("deepseek-r1-release-2025-01-20"));
        QVERIFY(pane.plainText().contains(QStringLiteral("DeepSeek releases R1")));
    }
};

QTEST_MAIN(tst_InspectorPane)
#include "tst_inspectorpane.moc"
