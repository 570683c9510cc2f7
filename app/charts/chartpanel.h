// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexporter.h"
#include "chartrequest.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace tickerline {

class EventSelection;
class PriceChartView;
class Store;
class TickerChart;

// The charts of the main window: a kind selector (price, candles, compare, impact, density), a
// symbol chooser, and Export… / Copy. Price charts follow and drive the shared visible range;
// compare and impact charts are anchored at the selected event; clicking a marker selects its
// event everywhere.
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    ChartPanel(Store &store, EventSelection *selection, QWidget *parent = nullptr);
    ~ChartPanel() override;

    ChartRequest request() const;
    void setKind(ChartKind kind);
    void setSymbols(const QStringList &symbols);
    TickerChart *chart() const;
    PriceChartView *view() const { return m_view; }
    QString problem() const; // why no chart is shown; empty when one is

    // Export the chart as shown (kind, symbols, range), with the options given.
    void exportTo(const QString &path, const ExportOptions &options, ColourTheme theme);

public slots:
    void reload(); // after the store changed (an import)
    void exportWithDialog();
    void copyToClipboard();
    void editShareCounts();

private:
    void rebuild();
    std::unique_ptr<TickerChart> buildChart(ColourTheme theme) const;
    void fillSymbolMenu();

    Store &m_store;
    EventSelection *m_selection;
    QComboBox *m_kind;
    QToolButton *m_symbolsButton;
    QMenu *m_symbolMenu;
    QCheckBox *m_events;
    QCheckBox *m_value;
    QPushButton *m_shares;
    QPushButton *m_export;
    QPushButton *m_copy;
    PriceChartView *m_view;
    QLabel *m_problem;
    QStringList m_symbols;
};

} // namespace tickerline
