// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace tickerline {

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent), m_width(new QSpinBox), m_height(new QSpinBox), m_dpi(new QSpinBox), m_theme(new QComboBox),
      m_footer(new QCheckBox(tr("Name the data's sources under the chart")))
{
    setWindowTitle(tr("Export chart"));
    m_width->setRange(200, 16384);
    m_width->setValue(1920);
    m_width->setSuffix(tr(" px"));
    m_height->setRange(150, 16384);
    m_height->setValue(1080);
    m_height->setSuffix(tr(" px"));
    m_dpi->setRange(48, 1200);
    m_dpi->setValue(96);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("192 dpi draws the chart at twice the detail: text keeps its size relative to the image."));
    m_theme->addItem(tr("Light"));
    m_theme->addItem(tr("Dark"));
    m_footer->setChecked(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(QString(), m_footer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ExportOptions ExportDialog::options() const
{
    return ExportOptions{QSize(m_width->value(), m_height->value()), m_dpi->value(), m_footer->isChecked()};
}

ColourTheme ExportDialog::theme() const
{
    return m_theme->currentIndex() == 1 ? ColourTheme::Dark : ColourTheme::Light;
}

} // namespace tickerline
