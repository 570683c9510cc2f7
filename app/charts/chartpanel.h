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

class BackgroundTask;

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
    // The same as the window does it: a PNG is rendered in strips behind a progress dialog
    // (the window stays responsive, Cancel writes nothing) and encoded and written off the GUI
    // thread; exported or exportFailed follows.
    void exportWithProgress(const QString &path, const ExportOptions &options, ColourTheme theme);
    BackgroundTask *exportTask() const { return m_exportTask; }

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message, bool cancelled);
    // What a copy to the clipboard did, for the status bar: its size, or why it failed.
    void message(const QString &text);

public slots:
    void reload(); // after the store changed (an import)
    void exportWithDialog();
    void copyToClipboard(); // the button and Ctrl+C in the panel
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
    BackgroundTask *m_exportTask;
};

} // namespace tickerline
