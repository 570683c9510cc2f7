// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>
#include <QHash>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace tickerline {

// The form of one event: title, kind, start and end with their precision, uncertain, zone,
// actors with their roles, symbols, summary and links to other events. It opens with the title
// focused and a valid start, so typing a title and pressing Enter makes an event; times are typed
// as wall-clock times in the event's zone. OK stays disabled, with the reason shown, while a
// field is not valid.
class EventDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Choices
    {
        QList<Actor> actors;  // offered by name; a new name makes a new actor
        QStringList symbols;  // offered as completions
        // The events a link may point at: a model whose rows carry the uid in `uidRole` and a
        // label in column `labelColumn` (the window's events table).
        QAbstractItemModel *events = nullptr;
        int uidRole = Qt::UserRole;
        int labelColumn = 0;
    };

    EventDialog(const Choices &choices, QWidget *parent = nullptr);

    // Fills the form; a new event has an empty uid.
    void setEvent(const Event &event, const QList<EventLink> &links = {});
    // The event the form describes. Actors the store does not know carry their typed name as uid
    // and are listed by newActorNames().
    Event event() const;
    QList<EventLink> links() const;
    QStringList newActorNames() const;
    // Why OK is disabled; empty when the form is valid.
    QString problem() const { return m_problem; }

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *precisionBox() const { return m_precision; }
    QComboBox *zoneBox() const { return m_zone; }
    QTableWidget *actorTable() const { return m_actors; }
    QTableWidget *linkTable() const { return m_links; }
    QLineEdit *symbolsEdit() const { return m_symbols; }

private:
    void addActorRow(const QString &name, const QString &role);
    void addLinkRow(const QString &type, const QString &targetUid);
    void startEdited();
    void validate();
    QByteArray zoneId() const;

    Choices m_choices;
    QHash<QString, QString> m_actorUidByName; // case-folded name → uid
    QHash<QString, QString> m_actorNameByUid;
    Event m_original;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QComboBox *m_precision;
    QCheckBox *m_uncertain;
    QComboBox *m_zone;
    QTableWidget *m_actors;
    QLineEdit *m_symbols;
    QPlainTextEdit *m_summary;
    QTableWidget *m_links;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    bool m_precisionChosen = false; // the user picked one: typing no longer changes it
};

} // namespace tickerline
