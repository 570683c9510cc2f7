// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "brief/briefdocument.h"
#include "brief/eventbrief.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tickerline {

// File → Export brief…: the choices of `tickerline brief` for one event — symbols, benchmark,
// the study's window, PDF or HTML and the file. It opens with the symbols focused; Enter accepts,
// Esc cancels; OK stays disabled, with the reason shown, while the file is not a .pdf or .html.
class BriefDialog final : public QDialog
{
    Q_OBJECT

public:
    BriefDialog(const QString &eventTitle, const QString &suggestedPath, QWidget *parent = nullptr);

    EventBriefOptions options() const;
    QString path() const;
    BriefFormat format() const;

    QLineEdit *symbolsEdit() const { return m_symbols; }
    QLineEdit *benchmarkEdit() const { return m_benchmark; }
    QSpinBox *firstOffsetBox() const { return m_first; }
    QSpinBox *lastOffsetBox() const { return m_last; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void chooseFile();
    void formatChanged();
    void validate();

    QLineEdit *m_symbols;
    QLineEdit *m_benchmark;
    QSpinBox *m_first;
    QSpinBox *m_last;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace tickerline
