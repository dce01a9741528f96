// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/barlinechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace sc::ui {

namespace {
    double niceMax(const QList<double>& values)
    {
        const double m = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
        return m > 0 ? m * 1.1 : 1.0;
    }
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
    if (index < m_data.barTexts.size())
        text += QLatin1Char('\n') + m_data.barName + QStringLiteral(": ") + m_data.barTexts.at(index);
    if (index < m_data.lineTexts.size())
        text += QLatin1Char('\n') + m_data.lineName + QStringLiteral(": ") + m_data.lineTexts.at(index);
    if (index < m_data.markerTexts.size() && !m_data.markerTexts.at(index).isEmpty())
        text += QLatin1Char('\n') + m_data.markerName + QStringLiteral(": ") + m_data.markerTexts.at(index);
    return text;
}

QString BarLineChart::readoutText() const { return m_readout->text(); }

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
    // Leaving the line next to a bar can arrive after entering the bar: only the element whose
    // tip shows takes it away.
    if (key != m_hoverKey)
        return;
    m_hoverKey.clear();
    QToolTip::hideText();
}

void BarLineChart::setData(const Data& in)
{
    m_data = in;
    m_lastHover.clear();
    m_hoverKey.clear();
    m_readout->setForegroundRole(QPalette::PlaceholderText);
    m_readout->setText(tr("Point at a bar to see its exact values."));
    QChart* chart = m_panel->chart();
    chart->removeAllSeries();
    const auto oldAxes = chart->axes();
    for (QAbstractAxis* axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis; // removeAxis gives ownership back
    }
    const QPalette pal = palette();

    auto* set = new QBarSet(in.barName);
    for (double v : in.bars)
        set->append(v);
    set->setColor(pal.color(QPalette::Highlight));
    set->setBorderColor(pal.color(QPalette::Highlight));
    connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
        const QString key = QStringLiteral("bar %1").arg(index);
        on ? showHover(key, index) : endHover(key);
    });
    auto* bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);

    auto* x = new QBarCategoryAxis;
    x->append(in.categories);
    if (in.categories.size() > 10)
        x->setLabelsAngle(-90);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);

    auto* y = new QValueAxis;
    y->setTitleText(in.barAxisTitle);
    y->setRange(0, niceMax(in.bars));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.4g"));
    y->setLabelsFont(small);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);

    if (!in.line.isEmpty()) {
        auto* line = new QLineSeries;
        line->setName(in.lineName);
        for (int i = 0; i < in.line.size(); ++i)
            line->append(i, in.line.at(i));
        QPen pen(pal.color(QPalette::Text));
        pen.setWidthF(2);
        line->setPen(pen);
        connect(line, &QLineSeries::hovered, this, [this](const QPointF& point, bool on) {
            const int index = static_cast<int>(std::lround(point.x()));
            const QString key = QStringLiteral("line %1").arg(index);
            on ? showHover(key, index) : endHover(key);
        });
        chart->addSeries(line);
        auto* y2 = new QValueAxis;
        y2->setTitleText(in.lineAxisTitle);
        y2->setRange(0, niceMax(in.line));
        y2->applyNiceNumbers();
        y2->setLabelFormat(QStringLiteral("%.4g"));
        y2->setLabelsFont(small);
        chart->addAxis(y2, Qt::AlignRight);
        line->attachAxis(x);
        line->attachAxis(y2);
        auto* marks = new QScatterSeries;
        marks->setName(in.markerName);
        marks->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        marks->setMarkerSize(QFontMetrics(font()).height() * 0.7);
        // Amber: apart from the bars' highlight colour and the line's text colour, in light and dark.
        marks->setColor(QColor(0xe6, 0x9b, 0x00));
        marks->setBorderColor(pal.color(QPalette::Base));
        for (int i = 0; i < in.line.size() && i < in.markerTexts.size(); ++i) {
            if (!in.markerTexts.at(i).isEmpty())
                marks->append(i, in.line.at(i));
        }
        if (marks->count() > 0) {
            connect(marks, &QScatterSeries::hovered, this, [this](const QPointF& point, bool on) {
                const int index = static_cast<int>(std::lround(point.x()));
                const QString key = QStringLiteral("mark %1").arg(index);
                on ? showHover(key, index) : endHover(key);
            });
            chart->addSeries(marks);
            marks->attachAxis(x);
            marks->attachAxis(y2);
        } else {
            delete marks;
        }
    }
    chart->legend()->setVisible(!in.line.isEmpty());
    m_panel->showChart();
}

} // namespace sc::ui
