// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace tickerline {

class Store;

// What every edit command reports to: the window refreshes on changed, and shows failed's message.
struct StoreCommandHooks
{
    std::function<void()> changed;
    std::function<void(const QString &)> failed;
};

// An undoable change to the store. redo and undo each run in one transaction, so a failure leaves
// the store as it was; a command that fails is marked obsolete, and QUndoStack then drops it.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Store &store, StoreCommandHooks hooks, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual void apply(Store &store) = 0;
    virtual void revert(Store &store) = 0;

private:
    void run(const std::function<void(Store &)> &change);

    Store &m_store;
    StoreCommandHooks m_hooks;
};

// A new quote, and the new event it documents when there is one.
class AddQuoteCommand final : public StoreCommand
{
public:
    AddQuoteCommand(Store &store, StoreCommandHooks hooks, const Quote &quote, const std::optional<Event> &newEvent);

private:
    void apply(Store &store) override;
    void revert(Store &store) override;

    Quote m_quote;
    std::optional<Event> m_newEvent;
};

class RemoveQuoteCommand final : public StoreCommand
{
public:
    RemoveQuoteCommand(Store &store, StoreCommandHooks hooks, const Quote &quote);

private:
    void apply(Store &store) override;
    void revert(Store &store) override;

    Quote m_quote; // as stored, so that undo puts back the same uid, anchors and links
};

// Points a quote at another event (a new one, perhaps) and speaker.
class RelinkQuoteCommand final : public StoreCommand
{
public:
    RelinkQuoteCommand(Store &store, StoreCommandHooks hooks, const Quote &quote, const QString &eventUid,
                       const QString &speakerUid, const std::optional<Event> &newEvent);

private:
    void apply(Store &store) override;
    void revert(Store &store) override;

    QString m_quote;
    QString m_oldEvent;
    QString m_oldSpeaker;
    QString m_newEvent;
    QString m_newSpeaker;
    std::optional<Event> m_createdEvent;
};

// A source made from an imported article.
class AddSourceCommand final : public StoreCommand
{
public:
    AddSourceCommand(Store &store, StoreCommandHooks hooks, const Source &source, const DatasetInfo &provenance);

private:
    void apply(Store &store) override;
    void revert(Store &store) override;

    Source m_source;
    DatasetInfo m_provenance;
};

// A source's new text with its quotes re-anchored; undo restores the old text and anchors.
class ReplaceSourceTextCommand final : public StoreCommand
{
public:
    ReplaceSourceTextCommand(Store &store, StoreCommandHooks hooks, const QString &sourceUid, const QString &oldText,
                             const QList<Quote> &oldQuotes, const QString &newText, const QList<Quote> &newQuotes);

private:
    void apply(Store &store) override;
    void revert(Store &store) override;

    QString m_source;
    QString m_oldText;
    QList<Quote> m_oldQuotes;
    QString m_newText;
    QList<Quote> m_newQuotes;
};

} // namespace tickerline
