// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small episode that the window tests share: three events, an article and a post with
// Chinese text and emoji before their quotes, and helpers to read and drive the source panes.

#include "timeline/timelinearea.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "imports/bundleddataset.h"
#include "sources/sourcepane.h"
#include "sources/quotedialog.h"
#include "sources/sourcedeck.h"
#include "sources/sourceeditor.h"
#include "support/databasefingerprint.h"
#include "store/filestore.h"
#include "time/isotime.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDropEvent>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QUndoStack>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

namespace tickerline::testing {

inline const QString kAltmanQuote = QStringLiteral("DeepSeek's R1 is an impressive model");
inline const QString kGomezQuote = QStringLiteral("The winners won’t be the ones burning the most cash");
inline const QString kPostQuote = QStringLiteral("we will obviously deliver much better models");
inline const QString kReleaseQuote = QStringLiteral("DeepSeek-R1 is here");

// Chinese and emoji (surrogate pairs) before the article's quotes, and enough lines that its
// quotes lie below the first screen.
inline QString articleText()
{
    QString text = QStringLiteral("深度求索（DeepSeek）发布 R1 🚀🐳 之后，市场震荡。\n");
    for (int i = 1; i <= 60; ++i)
        text += QStringLiteral("第%1段 📉 The market waited for the open, line %1.\n").arg(i);
    text += QStringLiteral("Altman 😀 wrote: “") + kAltmanQuote + QStringLiteral("”, and Gomez told the FT: “")
            + kGomezQuote + QStringLiteral("”.\n");
    for (int i = 61; i <= 90; ++i)
        text += QStringLiteral("第%1段 The end of the article, line %1.\n").arg(i);
    return text;
}

inline QString postText()
{
    return QStringLiteral("deepseek's r1 is an impressive model, particularly around what they're able to deliver "
                          "for the price. ") + kPostQuote + QStringLiteral(" 🚀\n") + kReleaseQuote
           + QStringLiteral(" (quoted).\n");
}

inline Quote quoteOf(const char *uid, const Source &source, const QString &exact, const char *event, const char *speaker)
{
    const qsizetype utf16 = source.text.indexOf(exact);
    Q_ASSERT(utf16 >= 0);
    Quote quote;
    quote.uid = QString::fromLatin1(uid);
    quote.source = source.uid;
    quote.event = QString::fromLatin1(event);
    quote.speaker = QString::fromLatin1(speaker);
    quote.exact = exact;
    quote.start = source.text.left(utf16).toUcs4().size(); // code points, as the format counts them
    quote.end = quote.start + exact.toUcs4().size();
    quote.dataset = QStringLiteral("test");
    return quote;
}

inline Snapshot snapshot()
{
    Snapshot snapshot;
    snapshot.datasets = {{QStringLiteral("test"), QStringLiteral("Window test"), QStringLiteral("tst_mainwindow"),
                          QStringLiteral("CC0"), {}, QStringLiteral("2025-02-01T00:00:00Z")}};
    snapshot.actors = {{QStringLiteral("sam-altman"), QStringLiteral("Sam Altman"), QStringLiteral("person"),
                        QStringLiteral("test")},
                       {QStringLiteral("aidan-gomez"), QStringLiteral("Aidan Gomez"), QStringLiteral("person"),
                        QStringLiteral("test")},
                       {QStringLiteral("deepseek"), QStringLiteral("深度求索"), QStringLiteral("organisation"),
                        QStringLiteral("test")}};

    Event statement;
    statement.uid = QStringLiteral("altman-statement");
    statement.title = QStringLiteral("Altman calls R1 impressive");
    statement.kind = EventKind::Statement;
    statement.startMs = parseIsoTime(QStringLiteral("2025-01-28T02:29:53Z")).value().ms;
    statement.actors = {{QStringLiteral("sam-altman"), QStringLiteral("author")}};
    statement.dataset = QStringLiteral("test");

    Event gomez;
    gomez.uid = QStringLiteral("gomez-ft");
    gomez.title = QStringLiteral("Gomez to the FT: the winners won’t burn the most cash");
    gomez.kind = EventKind::Statement;
    gomez.startMs = parseIsoTime(QStringLiteral("2025-01-27")).value().ms;
    gomez.precision = Precision::Day;
    gomez.uncertain = true;
    gomez.actors = {{QStringLiteral("aidan-gomez"), QStringLiteral("speaker")}};
    gomez.dataset = QStringLiteral("test");

    Event release;
    release.uid = QStringLiteral("r1-release");
    release.title = QStringLiteral("深度求索发布 R1");
    release.kind = EventKind::Release;
    release.startMs = parseIsoTime(QStringLiteral("2025-01-20")).value().ms;
    release.precision = Precision::Day;
    release.actors = {{QStringLiteral("deepseek"), QStringLiteral("author")}};
    release.symbols = {QStringLiteral("NVDA")};
    release.dataset = QStringLiteral("test");
    snapshot.events = {statement, gomez, release};

    Source article;
    article.uid = QStringLiteral("article");
    article.kind = QStringLiteral("article");
    article.title = QStringLiteral("Sam Altman Says DeepSeek Is Impressive");
    article.outlet = QStringLiteral("Futurism");
    article.url = QStringLiteral("https://futurism.com/altman-deepseek");
    article.text = articleText();
    article.dataset = QStringLiteral("test");

    Source post;
    post.uid = QStringLiteral("post");
    post.kind = QStringLiteral("post");
    post.title = QStringLiteral("deepseek's r1 is an impressive model");
    post.outlet = QStringLiteral("X");
    post.author = QStringLiteral("Sam Altman");
    post.text = postText();
    post.dataset = QStringLiteral("test");
    snapshot.sources = {article, post};

    // The statement's first quote is in the article, its second in the post.
    snapshot.quotes = {quoteOf("q-article-altman", article, kAltmanQuote, "altman-statement", "sam-altman"),
                       quoteOf("q-article-gomez", article, kGomezQuote, "gomez-ft", "aidan-gomez"),
                       quoteOf("q-post-altman", post, kPostQuote, "altman-statement", "sam-altman"),
                       quoteOf("q-post-release", post, kReleaseQuote, "r1-release", "")};
    return snapshot;
}

// Runs `act` on the modal dialog that the next step opens, once it is shown and active (a dialog
// takes the keyboard focus when it is activated); a dialog that `act` left open is rejected, so
// that a failed check never leaves the test waiting on it.
template<typename Dialog>
void onModalDialog(QObject *context, std::function<void(Dialog *)> act)
{
    QTimer::singleShot(0, context, [act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (QTest::qWaitForWindowActive(dialog))
            act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

inline QModelIndex rowOf(const QTableView *view, const QString &uid)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EventTableModel::UidRole).toString() == uid)
            return model->index(row, EventTableModel::TitleColumn);
    }
    return {};
}

inline QString currentRowUid(const QTableView *view)
{
    return view->selectionModel()->currentIndex().data(EventTableModel::UidRole).toString();
}

inline const QTextEdit::ExtraSelection *selectionAt(const QPlainTextEdit *view, qsizetype start)
{
    static QList<QTextEdit::ExtraSelection> selections;
    selections = view->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : std::as_const(selections)) {
        if (selection.cursor.selectionStart() == start)
            return &selection;
    }
    return nullptr;
}

inline bool isInside(const QPlainTextEdit *view, qsizetype utf16Position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(utf16Position));
    return view->viewport()->rect().contains(view->cursorRect(cursor));
}

// The middle of a character a little after the position, on the same visual line as the next
// one (a narrow pane wraps lines inside quotes).
inline QPoint pointInText(const QPlainTextEdit *view, qsizetype utf16Position)
{
    QTextCursor cursor(view->document());
    for (int offset = 3; offset < 12; ++offset) {
        cursor.setPosition(int(utf16Position) + offset);
        const QRect before = view->cursorRect(cursor);
        cursor.setPosition(int(utf16Position) + offset + 1);
        const QRect after = view->cursorRect(cursor);
        if (after.top() == before.top())
            return QPoint((before.left() + after.left()) / 2, before.center().y());
    }
    return {};
}

// Runs handle on the modal dialog of type T as soon as it is open (exec() blocks the test).
template<typename T>
inline void whenModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, handle] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            handle(dialog);
        } else if (++*tries > 250) {
            timer->deleteLater(); // never opened: the test's own checks fail
        }
    });
    timer->start(20);
}

inline void drag(QPlainTextEdit *view, qsizetype from, qsizetype to)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(from));
    const QPoint start = view->cursorRect(cursor).center();
    cursor.setPosition(int(to));
    const QPoint end = view->cursorRect(cursor).center();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view->viewport(), end);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, end);
}

inline bool storeHasQuote(Store &store, const QString &sourceUid, const QString &exact, Quote *found = nullptr)
{
    for (const Quote &quote : store.quotesOfSource(sourceUid)) {
        if (quote.exact == exact) {
            if (found)
                *found = quote;
            return true;
        }
    }
    return false;
}

inline void dropFiles(QWidget *window, const QStringList &paths, bool *accepted)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at = window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    *accepted = enter.isAccepted();
    if (!*accepted)
        return;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}


// Keeps what the window saves with QSettings("Tickerline", "Tickerline") (its layout, recent
// databases, theme) in `dir`, away from the user's own.
inline void keepSettingsIn(const QTemporaryDir &dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
}

// The episode, imported into a new file `name` of `dir`.
inline std::unique_ptr<FileStore> episodeIn(const QTemporaryDir &dir, const char *name)
{
    auto store = std::make_unique<FileStore>(dir.filePath(QString::fromLatin1(name)));
    store->importSnapshot(snapshot());
    return store;
}

} // namespace tickerline::testing
