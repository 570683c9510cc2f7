// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QListView;
class QRadioButton;

namespace tickerline {

class EventFilterProxyModel;
class EventTableModel;
class TimelineIndex;

// Where a quote goes: an existing event, or a new one (uid still to be given), and who speaks.
struct QuoteTarget
{
    QString eventUid;             // empty when newEvent is set
    std::optional<Event> newEvent; // title, kind, start and precision filled; no uid yet
    QString speakerUid;           // empty: no speaker
};

// Asks which event a quote documents — picked from a searchable list or made on the spot — and
// who speaks in it. The same dialog links an existing quote to another event.
class QuoteDialog final : public QDialog
{
    Q_OBJECT

public:
    // events: the index of every event (the window's, so a million events cost nothing more);
    // eventOf: an event's whole record, for its actors' roles.
    QuoteDialog(const QString &quotedText, std::shared_ptr<const TimelineIndex> events,
                std::function<std::optional<Event>(const QString &uid)> eventOf, const QList<Actor> &actors,
                QWidget *parent = nullptr);
    // The same from a list of events.
    QuoteDialog(const QString &quotedText, const QList<Event> &events, const QList<Actor> &actors,
                QWidget *parent = nullptr);

    // Preselects an event and a speaker (a relinked quote's current ones, say).
    void setCurrent(const QString &eventUid, const QString &speakerUid);
    // The zone the window shows times in (New York unless told): the list's times and a new
    // event's time are shown in it, and a new event is given it as its own zone.
    void setDisplayZone(const QTimeZone &zone);
    QTimeZone displayZone() const { return m_zone; }
    // The date a new event starts with (the source's publication, when known).
    void setNewEventTime(std::int64_t ms);
    QuoteTarget target() const;
    // Day and coarser precisions keep midnight UTC of the calendar date, as the store expects.
    static std::int64_t truncated(std::int64_t ms, Precision precision);

private:
    QString chosenEvent() const;
    void updateMode();
    void updateOk();
    void followChosenEvent();
    std::int64_t shownTime() const;
    void showTime(std::int64_t ms);

    std::function<std::optional<Event>(const QString &uid)> m_eventOf;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    EventTableModel *m_model = nullptr;
    EventFilterProxyModel *m_proxy = nullptr;
    QWidget *m_newForm = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QComboBox *m_precision = nullptr;
    QComboBox *m_speaker = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimeZone m_zone{"America/New_York"};
    bool m_speakerChosen = false; // the user picked a speaker: choosing an event no longer changes it
};

} // namespace tickerline
