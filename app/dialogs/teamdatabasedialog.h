// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace tickerline {

// File → Connect to team database…: asks for a PostgreSQL database (a postgresql:// URI, a
// key=value string or "service=NAME"), offering the team databases opened before. Passwords are
// never asked for nor kept: libpq reads them from ~/.pgpass or the service file.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    // `recent`: connections opened before, newest first (without their passwords).
    explicit TeamDatabaseDialog(const QStringList &recent, QWidget *parent = nullptr);

    QString target() const;

private:
    void updateButtons();

    QComboBox *m_target;
    QDialogButtonBox *m_buttons;
};

} // namespace tickerline
