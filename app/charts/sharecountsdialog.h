// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tickerline {

class Store;

// Edits the share counts behind the market-value impact chart: shares outstanding, the date they
// were reported and where from, per symbol. OK writes every change in one transaction; a value
// that does not parse is named (symbol, column, value) and nothing is written.
class ShareCountsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { Ticker, Name, Shares, AsOf, Source, ColumnCount };

    explicit ShareCountsDialog(Store &store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString problem() const; // why OK did not close the dialog; empty otherwise

public slots:
    void accept() override;

private:
    // The symbols whose cells differ from the database; throws the message for a bad cell.
    QList<Symbol> edited() const;

    Store &m_store;
    QList<Symbol> m_symbols;
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace tickerline
