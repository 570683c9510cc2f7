// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "workspace.h"

#include <optional>

namespace tickerline {

// A new quote, and the new event it documents when there is one.
class AddQuoteCommand final : public WorkspaceCommand
{
public:
    AddQuoteCommand(Workspace &workspace, const Quote &quote, const std::optional<Event> &newEvent);

private:
    void apply(Store &store, WorkspaceChange &change) override;
    void revert(Store &store, WorkspaceChange &change) override;

    Quote m_quote;
    std::optional<Event> m_newEvent;
    bool m_madeDataset = false;
};

class RemoveQuoteCommand final : public WorkspaceCommand
{
public:
    RemoveQuoteCommand(Workspace &workspace, const Quote &quote);

private:
    void apply(Store &store, WorkspaceChange &change) override;
    void revert(Store &store, WorkspaceChange &change) override;

    Quote m_quote; // as stored, so that undo puts back the same uid, anchors and links
};

// Points a quote at another event (a new one, perhaps) and speaker.
class RelinkQuoteCommand final : public WorkspaceCommand
{
public:
    RelinkQuoteCommand(Workspace &workspace, const Quote &quote, const QString &eventUid, const QString &speakerUid,
                       const std::optional<Event> &newEvent);

private:
    void apply(Store &store, WorkspaceChange &change) override;
    void revert(Store &store, WorkspaceChange &change) override;

    QString m_quote;
    QString m_source;
    QString m_oldEvent;
    QString m_oldSpeaker;
    QString m_newEvent;
    QString m_newSpeaker;
    std::optional<Event> m_createdEvent;
    bool m_madeDataset = false;
};

// A source made from an imported article.
class AddSourceCommand final : public WorkspaceCommand
{
public:
    AddSourceCommand(Workspace &workspace, const Source &source, const DatasetInfo &provenance);

private:
    void apply(Store &store, WorkspaceChange &change) override;
    void revert(Store &store, WorkspaceChange &change) override;

    Source m_source;
    DatasetInfo m_provenance;
};

// A source's new text with its quotes re-anchored; undo restores the old text and anchors.
class ReplaceSourceTextCommand final : public WorkspaceCommand
{
public:
    ReplaceSourceTextCommand(Workspace &workspace, const QString &sourceUid, const QString &oldText,
                             const QList<Quote> &oldQuotes, const QString &newText, const QList<Quote> &newQuotes);

private:
    void apply(Store &store, WorkspaceChange &change) override;
    void revert(Store &store, WorkspaceChange &change) override;

    QString m_source;
    QString m_oldText;
    QList<Quote> m_oldQuotes;
    QString m_newText;
    QList<Quote> m_newQuotes;
};

} // namespace tickerline
