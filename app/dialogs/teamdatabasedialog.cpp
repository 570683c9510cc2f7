// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamdatabasedialog.h"

#include "store/postgres/pgconnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tickerline {

TeamDatabaseDialog::TeamDatabaseDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent), m_target(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    setWindowTitle(tr("Connect to team database"));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("&PostgreSQL database:"), this);
    prompt->setBuddy(m_target);
    layout->addWidget(prompt);
    m_target->setObjectName(QStringLiteral("teamDatabaseTarget"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->addItems(recent);
    m_target->setMinimumContentsLength(48);
    m_target->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://analyst@db.example.com/episodes"));
    layout->addWidget(m_target);
    auto *hint = new QLabel(tr("A URI such as postgresql://user@host/dbname?sslmode=require, a key=value string "
                               "such as \"host=db dbname=episodes\", or service=NAME. Passwords come from "
                               "~/.pgpass or the service file; Tickerline never stores one. An empty database "
                               "gets Tickerline's tables."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::editTextChanged, this, &TeamDatabaseDialog::updateButtons);
    m_target->setFocus();
    updateButtons();
}

QString TeamDatabaseDialog::target() const
{
    return m_target->currentText().trimmed();
}

void TeamDatabaseDialog::updateButtons()
{
    // Only what libpq takes for a database: a file's path belongs to File → Open.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isPostgresTarget(target()));
}

} // namespace tickerline
