// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexporter.h"
#include "charttheme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace tickerline {

// Asks how to export a chart: size, DPI, theme and whether to name the data's sources.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    ExportOptions options() const;
    ColourTheme theme() const;

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QComboBox *m_theme;
    QCheckBox *m_footer;
};

} // namespace tickerline
