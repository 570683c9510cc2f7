// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imports/importjob.h"
#include "imports/pricefilequestion.h"

#include <QDialog>

#include <array>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tickerline {

// Asks for what a price CSV does not say: which column holds the date, the prices and the volume
// when its header is not recognised, and the symbol when neither the file nor its name gives one.
// It shows the file's first rows as the CSV reader parses them, and checks every change by reading
// the start of the file as the import will: OK stays disabled, with the parser's line and column
// shown, until it reads. It opens with the missing piece focused: the symbol, else the date column.
class PriceColumnsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Field { Date, Open, High, Low, Close, AdjClose, Volume, FieldCount };

    explicit PriceColumnsDialog(PriceFileQuestion question, QWidget *parent = nullptr);

    // The answers for ImportRequest::priceFiles: only what the file does not say itself.
    PriceFileChoice choice() const;
    // Why OK is disabled; empty when the file reads with the answers given.
    QString problem() const { return m_problem; }

    QLineEdit *symbolEdit() const { return m_symbol; }
    QComboBox *columnBox(Field field) const { return m_columns[field]; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *messageLabel() const { return m_message; }

private:
    PriceColumnMapping mapping() const;
    std::optional<PriceColumnMapping> chosenColumns() const;
    QString chosenSymbol() const;
    QString mappingProblem() const;
    QString parserMessage(const QString &message) const;
    void validate();

    PriceFileQuestion m_question;
    QTableWidget *m_preview;
    QLineEdit *m_symbol;
    std::array<QComboBox *, FieldCount> m_columns{};
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};

} // namespace tickerline
