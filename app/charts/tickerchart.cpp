// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickerchart.h"

#include "charttext.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPen>
#include <QTextDocument>
#include <QValueAxis>

#include <cmath>

namespace tickerline {

namespace {

constexpr qreal kSideMargin = 12;
// A category axis' labels in ever shorter forms, and the first form not yet seen cut short.
constexpr char kCategoryForms[] = "tickerlineCategoryForms";
constexpr char kFirstUncutForm[] = "tickerlineFirstUncutForm";
// Room kept free beside a wrapped line: Qt Charts measures text with a document margin and
// elides what exceeds its room by a fraction of a pixel.
constexpr qreal kWrapSlack = 12;
// Shorter than this, a chart draws its title smaller and (in the window) leaves out its caption.
constexpr qreal kRoomyHeight = 420;

} // namespace

TickerChart::TickerChart(ColourTheme theme, QGraphicsItem *parent)
    : QChart(parent), m_theme(theme), m_palette(ChartPalette::of(theme)), m_fonts(ChartFonts::standard())
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setBackgroundBrush(m_palette.background);
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    setTitleFont(m_fonts.title);
    setTitleBrush(m_palette.text);
    setMargins(QMargins(int(kSideMargin), 8, int(kSideMargin), 8));
    styleLegend();

    m_notes = new QGraphicsTextItem(this);
    m_notes->setDefaultTextColor(m_palette.mutedText);
    m_notes->setFont(m_fonts.note);
    m_notes->setZValue(20);
    m_notes->setVisible(false);

    // These come from within Qt Charts' layout pass, which must not be changed under it: the
    // texts are fitted on the next event-loop turn (and the layout runs again if they changed).
    const auto laidOut = [this] {
        scheduleFit();
        m_fitLater = true;
        updateOverlays();
        m_fitLater = false;
    };
    connect(this, &QChart::plotAreaChanged, this, laidOut);
    connect(this, &QGraphicsWidget::geometryChanged, this, laidOut);
}

void TickerChart::styleLegend()
{
    legend()->setFont(m_fonts.legend);
    legend()->setLabelColor(m_palette.text);
    legend()->setAlignment(Qt::AlignTop);
    legend()->setBackgroundVisible(false);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // Each marker keeps the font it was made with; markers made before the legend's font was
    // set are measured with the default one and elide their names.
    for (QLegendMarker *marker : legend()->markers()) {
        marker->setFont(m_fonts.legend);
        marker->setLabelBrush(m_palette.text);
        if (marker->type() == QLegendMarker::LegendMarkerTypeArea
            || marker->type() == QLegendMarker::LegendMarkerTypeCandlestick
            || marker->type() == QLegendMarker::LegendMarkerTypeBar)
            marker->setShape(QLegend::MarkerShapeRectangle);
    }
}

void TickerChart::styleAxis(QAbstractAxis *axis, const QString &title, const QColor &labelColor)
{
    setFullAxisTitle(axis, title);
    axis->setTitleFont(m_fonts.axisTitle);
    axis->setTitleBrush(labelColor.isValid() ? labelColor : m_palette.text);
    axis->setLabelsFont(m_fonts.axisLabels);
    axis->setLabelsColor(labelColor.isValid() ? labelColor : m_palette.mutedText);
    axis->setGridLineColor(m_palette.grid);
    axis->setMinorGridLineVisible(false);
    axis->setLinePen(QPen(m_palette.axisLine, 1));
    axis->setShadesVisible(false);
}

void TickerChart::setNiceTicks(QValueAxis *axis, double low, double high, int wanted)
{
    if (!(high > low))
        high = low + 1;
    const double rough = (high - low) / std::max(1, wanted);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    axis->setRange(low, high);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)) + (step / magnitude == 2.5 ? 1 : 0));
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
}

QString humanList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    //: The last two items of a list: "NVDA, AVGO and QQQ".
    return TickerChart::tr("%1 and %2")
        .arg(QStringList(items.begin(), items.end() - 1).join(TickerChart::tr(", ")), items.last());
}

void TickerChart::setTitle(const QString &title)
{
    m_title = title;
    QChart::setTitle(title.toHtmlEscaped());
    fitTexts();
}

bool TickerChart::fitTexts()
{
    bool changed = false;
    const auto set = [&changed](const QString &now, const QString &wanted, const auto &apply) {
        if (now != wanted) {
            apply(wanted);
            changed = true;
        }
    };
    qreal left = 0, top = 0, right = 0, bottom = 0;
    if (layout())
        layout()->getContentsMargins(&left, &top, &right, &bottom); // the style's, inside the margins
    const qreal chartWidth = size().width() - margins().left() - margins().right() - left - right - kWrapSlack;
    QFont titleFont = m_fonts.title;
    if (size().height() > 0 && size().height() < kRoomyHeight)
        titleFont.setPixelSize(titleFont.pixelSize() * 5 / 6);
    if (titleFont != QChart::titleFont()) {
        setTitleFont(titleFont);
        changed = true;
    }
    if (!m_title.isEmpty() && chartWidth > 0)
        set(QChart::title(), wrappedTitleHtml(m_title, titleFont, chartWidth),
            [this](const QString &html) { QChart::setTitle(html); });
    // The legend on one row above the plot with the series' full names while they fit across,
    // else with their short names ("NVDA"), else those listed beside the plot: never names that
    // Qt Charts cuts short.
    if (legend()->isVisible() && chartWidth > 0) {
        const QFontMetricsF legendMetrics(m_fonts.legend);
        const auto across = [&](bool shortNames) {
            qreal width = 0;
            for (QLegendMarker *marker : legend()->markers()) {
                if (marker->isVisible())
                    width += legendMetrics.horizontalAdvance(shortNames ? shortLegendName(marker->series())
                                                                        : marker->series()->name()) +
                             legendMetrics.height() + 24;
            }
            return width;
        };
        const bool shortNames = across(false) > chartWidth;
        const Qt::Alignment wanted = !shortNames || across(true) <= chartWidth ? Qt::AlignTop : Qt::AlignRight;
        for (QLegendMarker *marker : legend()->markers()) {
            // Qt Charts gives a marker its series' name again on some changes of the series.
            connect(marker, &QLegendMarker::labelChanged, this, &TickerChart::scheduleFit, Qt::UniqueConnection);
            const QString name = shortNames ? shortLegendName(marker->series()) : marker->series()->name();
            if (marker->label() != name) {
                marker->setLabel(name);
                changed = true;
            }
        }
        if (legend()->alignment() != wanted) {
            legend()->setAlignment(wanted);
            changed = true;
        }
    }
    const QRectF plot = plotArea();
    if (plot.width() <= 0 || plot.height() <= 0)
        return changed;
    for (QAbstractAxis *axis : axes()) {
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        const qreal length = (horizontal ? plot.width() : plot.height()) - kWrapSlack;
        const QString full = fullAxisTitle(axis);
        if (!full.isEmpty() && length > 0)
            set(axis->titleText(), wrappedTitleHtml(full, axis->titleFont(), length),
                [axis](const QString &html) { axis->setTitleText(html); });
        // Names under bars stand on end when they do not fit across their bar's width.
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || !horizontal || categories->count() == 0)
            continue;
        const QFontMetricsF metrics(m_fonts.axisLabels);
        const auto widestOf = [&metrics](const QStringList &labels) {
            qreal widest = 0;
            for (const QString &category : labels) {
                for (const QString &line : category.split(QLatin1String("<br>")))
                    widest = std::max(widest, metrics.horizontalAdvance(line));
            }
            return widest;
        };
        // Qt Charts keeps some padding either side of a label within its bar's width.
        const qreal room = plot.width() / categories->count() - 2 * kWrapSlack;
        // Labels give way to a shorter form when they are too wide, or were cut short (too tall).
        const QVariantList forms = categories->property(kCategoryForms).toList();
        if (!forms.isEmpty()) {
            int first = categories->property(kFirstUncutForm).toInt();
            for (int i = 0; i < forms.size(); ++i) {
                if (categories->categories() == forms.at(i).toStringList() && categories->labelsTruncated())
                    first = std::max(first, std::min(i + 1, int(forms.size()) - 1));
            }
            categories->setProperty(kFirstUncutForm, first);
            int chosen = int(forms.size()) - 1;
            for (int i = first; i < forms.size(); ++i) {
                if (widestOf(forms.at(i).toStringList()) <= room) {
                    chosen = i;
                    break;
                }
            }
            const QStringList wanted = forms.at(chosen).toStringList();
            if (categories->categories() != wanted) {
                categories->clear();
                categories->append(wanted);
                changed = true;
            }
        }
        const int angle = widestOf(categories->categories()) > room ? -90 : 0;
        if (axis->labelsAngle() != angle) {
            axis->setLabelsAngle(angle);
            axis->setLabelsFont(m_fonts.axisLabels);
            changed = true;
        } else if (axis->labelsTruncated() && axis->labelsFont().pixelSize() > 9) {
            // Still too long for the room Qt Charts gives them (a short chart): smaller.
            QFont smaller = axis->labelsFont();
            smaller.setPixelSize(smaller.pixelSize() - 1);
            axis->setLabelsFont(smaller);
            changed = true;
        }
    }
    return changed;
}

void TickerChart::setCaption(const QString &text)
{
    m_captionText = text;
    updateNotes();
}

void TickerChart::setSourcesText(const QString &text)
{
    m_sourcesText = text;
    updateNotes();
}

void TickerChart::setFooterVisible(bool visible)
{
    m_footerVisible = visible;
    updateNotes();
}

void TickerChart::scheduleFit()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fitPending = false;
            fitTexts();
        },
        Qt::QueuedConnection);
}

void TickerChart::setCategories(QBarCategoryAxis *axis, const QList<QStringList> &forms)
{
    QVariantList list;
    for (const QStringList &form : forms)
        list << form;
    axis->setProperty(kCategoryForms, list);
    axis->append(forms.value(0));
}

void TickerChart::setCaptionMayHide(bool mayHide)
{
    m_captionMayHide = mayHide;
    updateOverlays();
}

void TickerChart::updateNotes()
{
    QStringList lines;
    if (!m_captionText.isEmpty() && m_captionShown)
        lines << m_captionText.toHtmlEscaped();
    if (m_footerVisible && !m_sourcesText.isEmpty())
        lines << m_sourcesText.toHtmlEscaped();
    m_notes->setVisible(!lines.isEmpty());
    m_notes->setHtml(lines.join(QStringLiteral("<br>")));
    if (!m_inUpdate)
        updateOverlays();
}

void TickerChart::updateOverlays()
{
    // Margins changed here lay the chart out again, which calls back: do nothing on that turn.
    if (m_inUpdate)
        return;
    m_inUpdate = true;
    if (const bool shown = !m_captionMayHide || size().height() >= kRoomyHeight; shown != m_captionShown) {
        m_captionShown = shown;
        updateNotes();
    }
    if (!m_fitLater)
        fitTexts();
    const qreal width = size().width() - 2 * kSideMargin;
    qreal notesHeight = 0;
    if (m_notes->isVisible() && width > 0) {
        m_notes->setTextWidth(width);
        notesHeight = m_notes->document()->size().height();
        m_notes->setPos(kSideMargin, size().height() - notesHeight - 6);
    }
    const int bottom = int(std::ceil(notesHeight)) + 8;
    if (margins().bottom() != bottom)
        setMargins(QMargins(margins().left(), margins().top(), margins().right(), bottom));
    m_inUpdate = false;
}

} // namespace tickerline
