// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotimport.h"

#include "error.h"
#include "io/jsonlocator.h"
#include "io/tickerlinejson.h"
#include "store/store.h"

#include <QHash>
#include <QSet>

namespace tickerline {

namespace {

class ConflictCheck final
{
public:
    ConflictCheck(Store &store, const QByteArray &data, const QString &fileName)
        : m_store(store), m_data(data), m_file(fileName)
    {
    }

    [[noreturn]] void fail(const QVariantList &path, const QString &reason) const
    {
        throw jsonError(m_data, m_file, path, reason);
    }

    bool inStore(KeyedTable table, const QString &value)
    {
        auto it = m_existing.find(int(table));
        if (it == m_existing.end()) // every key read once: a million rows are a million hash look-ups
            it = m_existing.insert(int(table), m_store.keys(table));
        return it->contains(value);
    }

    void notTaken(KeyedTable table, const QString &value, const QVariantList &path,
                  const QString &what)
    {
        if (inStore(table, value))
            fail(path, QStringLiteral("%1 \"%2\" is already in the database").arg(what, value));
    }

    void known(const QSet<QString> &inFile, KeyedTable table, const QString &value,
               const QVariantList &path, const QString &what)
    {
        if (!value.isEmpty() && !inFile.contains(value) && !inStore(table, value))
            fail(path, QStringLiteral("names an unknown %1 \"%2\"").arg(what, value));
    }

private:
    Store &m_store;
    const QByteArray &m_data;
    QString m_file;
    QHash<int, QSet<QString>> m_existing; // by KeyedTable
};

template<typename T, typename Key>
QSet<QString> keys(const QList<T> &items, Key key)
{
    QSet<QString> set;
    for (const T &item : items)
        set.insert(key(item));
    return set;
}

} // namespace

void importTickerlineJson(Store &store, const QByteArray &data, const QString &fileName)
{
    importTickerlineJson(store, readTickerlineJson(data, fileName), data, fileName);
}

void importTickerlineJson(Store &store, const Snapshot &snapshot, const QByteArray &data, const QString &fileName)
{
    ConflictCheck check(store, data, fileName);
    const auto datasets = keys(snapshot.datasets, [](const DatasetInfo &d) { return d.uid; });
    const auto actors = keys(snapshot.actors, [](const Actor &a) { return a.uid; });
    const auto events = keys(snapshot.events, [](const Event &e) { return e.uid; });
    const auto sources = keys(snapshot.sources, [](const Source &s) { return s.uid; });
    const auto symbols = keys(snapshot.symbols, [](const Symbol &y) { return y.ticker; });
    const QString uid = QStringLiteral("uid");
    const QString dataset = QStringLiteral("dataset");

    for (qsizetype i = 0; i < snapshot.datasets.size(); ++i)
        check.notTaken(KeyedTable::Datasets, snapshot.datasets[i].uid, {QStringLiteral("datasets"), i, uid},
                       QStringLiteral("dataset"));
    for (qsizetype i = 0; i < snapshot.actors.size(); ++i) {
        const QVariantList at{QStringLiteral("actors"), i};
        check.notTaken(KeyedTable::Actors, snapshot.actors[i].uid, at + QVariantList{uid}, QStringLiteral("actor"));
        check.known(datasets, KeyedTable::Datasets, snapshot.actors[i].dataset, at + QVariantList{dataset}, dataset);
    }
    for (qsizetype i = 0; i < snapshot.events.size(); ++i) {
        const Event &event = snapshot.events[i];
        const QVariantList at{QStringLiteral("events"), i};
        check.notTaken(KeyedTable::Events, event.uid, at + QVariantList{uid}, QStringLiteral("event"));
        check.known(datasets, KeyedTable::Datasets, event.dataset, at + QVariantList{dataset}, dataset);
        for (qsizetype j = 0; j < event.actors.size(); ++j)
            check.known(actors, KeyedTable::Actors, event.actors[j].actor,
                        at + QVariantList{QStringLiteral("actors"), j, QStringLiteral("actor")}, QStringLiteral("actor"));
    }
    for (qsizetype i = 0; i < snapshot.links.size(); ++i) {
        const QVariantList at{QStringLiteral("links"), i};
        check.known(events, KeyedTable::Events, snapshot.links[i].from, at + QVariantList{QStringLiteral("from")},
                    QStringLiteral("event"));
        check.known(events, KeyedTable::Events, snapshot.links[i].to, at + QVariantList{QStringLiteral("to")},
                    QStringLiteral("event"));
    }
    for (qsizetype i = 0; i < snapshot.eras.size(); ++i)
        check.notTaken(KeyedTable::Eras, snapshot.eras[i].uid, {QStringLiteral("eras"), i, uid}, QStringLiteral("era"));
    for (qsizetype i = 0; i < snapshot.sources.size(); ++i)
        check.notTaken(KeyedTable::Sources, snapshot.sources[i].uid, {QStringLiteral("sources"), i, uid},
                       QStringLiteral("source"));
    for (qsizetype i = 0; i < snapshot.quotes.size(); ++i) {
        const Quote &quote = snapshot.quotes[i];
        const QVariantList at{QStringLiteral("quotes"), i};
        check.notTaken(KeyedTable::Quotes, quote.uid, at + QVariantList{uid}, QStringLiteral("quote"));
        check.known(sources, KeyedTable::Sources, quote.source, at + QVariantList{QStringLiteral("source")},
                    QStringLiteral("source"));
        check.known(events, KeyedTable::Events, quote.event, at + QVariantList{QStringLiteral("event")},
                    QStringLiteral("event"));
        check.known(actors, KeyedTable::Actors, quote.speaker, at + QVariantList{QStringLiteral("speaker")},
                    QStringLiteral("actor"));
        if (!sources.contains(quote.source) && (quote.status == AnchorStatus::Exact || quote.status == AnchorStatus::Moved)) {
            const auto source = store.source(quote.source);
            if (source && codePointSlice(source->text, quote.start, quote.end) != quote.exact)
                check.fail(at + QVariantList{QStringLiteral("exact")},
                           QStringLiteral("the quoted text is not at %1–%2 of source \"%3\"")
                               .arg(quote.start).arg(quote.end).arg(quote.source));
        }
    }
    for (qsizetype i = 0; i < snapshot.symbols.size(); ++i)
        check.notTaken(KeyedTable::Symbols, snapshot.symbols[i].ticker, {QStringLiteral("symbols"), i,
                                                                         QStringLiteral("ticker")},
                       QStringLiteral("symbol"));
    for (qsizetype i = 0; i < snapshot.series.size(); ++i)
        check.known(symbols, KeyedTable::Symbols, snapshot.series[i].symbol,
                    {QStringLiteral("prices"), i, QStringLiteral("symbol")}, QStringLiteral("symbol"));
    for (qsizetype i = 0; i < snapshot.views.size(); ++i) {
        const QVariantList at{QStringLiteral("views"), i};
        check.notTaken(KeyedTable::Views, snapshot.views[i].name, at + QVariantList{QStringLiteral("name")},
                       QStringLiteral("view"));
        check.known(datasets, KeyedTable::Datasets, snapshot.views[i].dataset, at + QVariantList{dataset}, dataset);
    }

    try {
        store.importSnapshot(snapshot);
    } catch (const Error &error) {
        throw Error(QStringLiteral("%1: %2").arg(fileName, error.message()));
    }
}

} // namespace tickerline
