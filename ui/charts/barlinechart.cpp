// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/barlinechart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sc::ui {

namespace {
    constexpr int kMaxYTicks = 6;
} // namespace

BarLineChart::BarLineChart(QWidget* parent)
    : QWidget(parent)
    , m_panel(new ChartPanel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    // The exact values of the bar or point under the pointer, in words, under the chart (a
    // tooltip too, where the desktop shows one): readable by screen readers and never hidden.
    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setForegroundRole(QPalette::PlaceholderText);
    m_readout->setText(tr("Point at a bar to see its exact values."));
    layout->addWidget(m_readout);
}

BarLineChart::~BarLineChart() = default;

QString BarLineChart::hoverText(int index) const
{
    if (index < 0 || index >= m_data.categories.size())
        return {};
    QString text = m_data.categories.at(index);
    if (index < m_data.texts.size())
        text += QLatin1Char('\n') + m_data.name + QStringLiteral(": ") + m_data.texts.at(index);
    if (index < m_data.secondTexts.size())
        text += QLatin1Char('\n') + m_data.secondName + QStringLiteral(": ") + m_data.secondTexts.at(index);
    if (index < m_data.markerTexts.size() && !m_data.markerTexts.at(index).isEmpty())
        text += QLatin1Char('\n') + m_data.markerName + QStringLiteral(": ") + m_data.markerTexts.at(index);
    return text;
}

QString BarLineChart::readoutText() const { return m_readout->text(); }

QStringList BarLineChart::barSetNames() const
{
    QStringList names;
    for (QAbstractSeries* series : m_panel->chart()->series()) {
        if (const auto* bars = qobject_cast<const QBarSeries*>(series)) {
            for (const QBarSet* set : bars->barSets())
                names.append(set->label());
        }
    }
    return names;
}

void BarLineChart::showEmpty(const QString& sentence)
{
    m_readout->hide();
    m_panel->showEmpty(sentence);
}

void BarLineChart::showHover(const QString& key, int index)
{
    m_hoverKey = key;
    m_lastHover = hoverText(index);
    if (m_lastHover.isEmpty())
        return;
    m_readout->setForegroundRole(QPalette::WindowText);
    m_readout->setText(QString(m_lastHover).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    QToolTip::showText(QCursor::pos(), m_lastHover, this);
}

void BarLineChart::endHover(const QString& key)
{
    // Leaving one element can arrive after entering the next: only the element whose tip
    // shows takes it away.
    if (key != m_hoverKey)
        return;
    m_hoverKey.clear();
    QToolTip::hideText();
}

QList<QPointF> BarLineChart::stepPoints() const
{
    QList<QPointF> points;
    if (!m_line)
        return points;
    for (qsizetype i = 0; i < m_line->count(); ++i)
        points.append(m_line->at(i));
    return points;
}

void BarLineChart::setData(const Data& in)
{
    m_data = in;
    if (!m_data.yLabel)
        m_data.yLabel = [](double v) { return QLocale().toString(v); };
    m_lastHover.clear();
    m_hoverKey.clear();
    m_readout->show();
    m_readout->setForegroundRole(QPalette::PlaceholderText);
    m_readout->setText(in.step ? tr("Point at the line to see its exact values.")
                               : tr("Point at a bar to see its exact values."));
    QChart* chart = m_panel->chart();
    chart->removeAllSeries();
    m_line = nullptr;
    const auto oldAxes = chart->axes();
    for (QAbstractAxis* axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis; // removeAxis gives ownership back
    }
    const QPalette pal = palette();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int n = static_cast<int>(in.values.size());

    // x: bar i at x = i; labels only where dateTicks puts them (set in layoutTicks).
    m_x = new QCategoryAxis;
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setRange(-0.5, std::max(0, n - 1) + 0.5);
    m_x->setLabelsFont(small);
    m_x->setGridLineVisible(false);
    chart->addAxis(m_x, Qt::AlignBottom);

    // y: one axis, from 0, round steps, labels in the user's locale.
    double top = in.values.isEmpty() ? 0 : *std::max_element(in.values.cbegin(), in.values.cend());
    const bool pairs = !in.step && !in.secondValues.isEmpty();
    if (pairs)
        top = std::max(top, *std::max_element(in.secondValues.cbegin(), in.secondValues.cend()));
    // A little room above the highest bar, so it never touches the frame.
    const QList<double> yTicks = core::history::niceTicks(top > 0 ? top * 1.08 : 1, kMaxYTicks);
    auto* y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(0, yTicks.last());
    y->setStartValue(0);
    for (double t : yTicks)
        y->append(m_data.yLabel(t), t);
    y->setTitleText(in.axisTitle);
    y->setLabelsFont(small);
    chart->addAxis(y, Qt::AlignLeft);

    if (!in.step) {
        auto* bars = new QBarSeries;
        const auto addSet = [&](const QString& name, const QList<double>& values, const QColor& colour) {
            auto* set = new QBarSet(name);
            for (double v : values)
                set->append(v);
            set->setColor(colour);
            set->setBorderColor(colour);
            connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
                const QString key = QStringLiteral("bar %1").arg(index);
                on ? showHover(key, index) : endHover(key);
            });
            bars->append(set);
        };
        addSet(in.name, in.values, pal.color(QPalette::Highlight));
        // Orange beside the highlight blue: told apart with any colour vision, 3:1 on both
        // palettes' backgrounds; the legend and the order (always second) say which is which.
        if (pairs)
            addSet(in.secondName, in.secondValues, QColor(0xd9, 0x5f, 0x02));
        bars->setBarWidth(pairs ? 0.9 : 0.8);
        chart->addSeries(bars);
        bars->attachAxis(m_x);
        bars->attachAxis(y);
    } else {
        // A running total changes only when credit lands: flat across each bucket, up at its start.
        m_line = new QLineSeries;
        m_line->setName(in.name);
        double before = in.stepFrom;
        for (int i = 0; i < n; ++i) {
            const double v = in.values.at(i);
            m_line->append(i - 0.5, before);
            m_line->append(i - 0.5, v);
            m_line->append(i + 0.5, v);
            before = v;
        }
        QPen pen(pal.color(QPalette::Highlight));
        pen.setWidthF(2.5);
        m_line->setPen(pen);
        connect(m_line, &QLineSeries::hovered, this, [this](const QPointF& point, bool on) {
            const int index = static_cast<int>(std::lround(point.x()));
            const QString key = QStringLiteral("line %1").arg(index);
            on ? showHover(key, index) : endHover(key);
        });
        chart->addSeries(m_line);
        m_line->attachAxis(m_x);
        m_line->attachAxis(y);
        auto* marks = new QScatterSeries;
        marks->setName(in.markerName);
        marks->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        marks->setMarkerSize(QFontMetrics(font()).height() * 0.7);
        // Amber: apart from the line's highlight colour, in light and dark.
        marks->setColor(QColor(0xe6, 0x9b, 0x00));
        marks->setBorderColor(pal.color(QPalette::Base));
        for (int i = 0; i < n && i < in.markerTexts.size(); ++i) {
            if (!in.markerTexts.at(i).isEmpty())
                marks->append(i, in.values.at(i));
        }
        if (marks->count() > 0) {
            connect(marks, &QScatterSeries::hovered, this, [this](const QPointF& point, bool on) {
                const int index = static_cast<int>(std::lround(point.x()));
                const QString key = QStringLiteral("mark %1").arg(index);
                on ? showHover(key, index) : endHover(key);
            });
            chart->addSeries(marks);
            marks->attachAxis(m_x);
            marks->attachAxis(y);
        } else {
            delete marks;
        }
    }
    chart->legend()->setVisible((in.step && !in.markerTexts.isEmpty()) || pairs);
    m_tickWidth = -1;
    layoutTicks();
    m_panel->showChart();
}

void BarLineChart::layoutTicks()
{
    if (!m_x)
        return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics fm(small);
    // The widest label this range can have, with room on both sides.
    const QString sample = m_data.bucket == core::history::Bucket::Month ? QStringLiteral("May 2026")
                                                                         : QStringLiteral("28 May 26");
    const int labelWidth = fm.horizontalAdvance(sample) + fm.averageCharWidth() * 3;
    // The plot is the chart less its axis labels and margins (about 90 px at this font).
    const int plotWidth = std::max(60, width() - fm.averageCharWidth() * 12 - 40);
    if (plotWidth == m_tickWidth)
        return;
    m_tickWidth = plotWidth;
    m_ticks = core::history::dateTicks(m_data.starts, m_data.bucket, plotWidth, labelWidth);
    for (const QString& label : m_x->categoriesLabels())
        m_x->remove(label);
    for (const core::history::AxisTick& t : m_ticks)
        m_x->append(t.label, t.index);
}

void BarLineChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutTicks();
}

} // namespace sc::ui
